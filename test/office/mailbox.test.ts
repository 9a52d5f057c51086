import { describe, expect, it } from 'vitest';
import { ISSUER, MAX_ATTACHABLE_BYTES } from '../../src/mail';
import {
  CallQueue,
  createMailboxAdapter,
  MailboxError,
  mailboxError,
  type SubmissionState,
  textToHtml,
} from '../../src/office/mailbox';
import { type FakeOptions, FakeOutlook } from '../fakes/fake-mailbox';

function setup(opts: FakeOptions = {}, adapterOpts: Parameters<typeof createMailboxAdapter>[2] = {}) {
  const fake = new FakeOutlook({ latencyMs: 1, ...opts });
  const mb = createMailboxAdapter(fake.mailbox, fake.requirements, {
    yieldFn: async () => {},
    ...adapterOpts,
  });
  return { fake, mb };
}

const bytes = (n: number, seed = 7) => Uint8Array.from({ length: n }, (_, i) => (i * seed + 3) & 0xff);

describe('mailbox adapter: compose', () => {
  it('sets and reads recipients, subject and a text body', async () => {
    const { fake, mb } = setup({ bodyType: 'text' });
    expect(mb.mode).toBe('compose');
    await mb.setRecipients('to', [ISSUER]);
    await mb.setRecipients('cc', ['hanako@u.ac.jp']);
    await mb.setSubject('【コード署名証明書】失効申請／x／S/N 1');
    await mb.setBodyText('一行目\n<二行目>');
    expect((await mb.getRecipients('to')).map((r) => r.emailAddress)).toEqual([ISSUER]);
    expect((await mb.getRecipients('cc')).map((r) => r.emailAddress)).toEqual(['hanako@u.ac.jp']);
    expect(await mb.getSubject()).toBe('【コード署名証明書】失効申請／x／S/N 1');
    expect(fake.body.content).toBe('一行目\n<二行目>');
    expect(fake.log).toContain('body.getTypeAsync');
  });

  it('an HTML body gets escaped HTML that keeps the lines', async () => {
    const { fake, mb } = setup({ bodyType: 'html' });
    await mb.setBodyText('a & b\n<c>');
    expect(fake.body.content).toBe(textToHtml('a & b\n<c>'));
    expect(fake.body.content).toContain('<div>a &amp; b</div><div>&lt;c&gt;</div>');
  });

  it('cuts a subject to 255 characters', async () => {
    const { fake, mb } = setup();
    await mb.setSubject('あ'.repeat(300));
    expect(fake.subject.length).toBe(255);
  });

  it('attaches the very bytes, with progress, and lists them', async () => {
    const { fake, mb } = setup();
    const data = bytes(1_000_003);
    const progress: number[] = [];
    const id = await mb.attachFile('失効申請書 （押印）.pdf', data, { onProgress: (d) => progress.push(d) });
    expect(fake.attachmentBytes('失効申請書 （押印）.pdf')).toEqual(data);
    expect(progress.at(-1)).toBe(data.length);
    const list = await mb.listAttachments();
    expect(list).toEqual([
      { id, name: '失効申請書 （押印）.pdf', size: data.length, kind: 'file', isInline: false },
    ]);
    expect(await mb.readAttachment(id)).toEqual(data);
    await mb.removeAttachment(id);
    expect(await mb.listAttachments()).toEqual([]);
  });

  it('refuses over 25 MB before calling Outlook', async () => {
    const { fake, mb } = setup();
    const big = new Uint8Array(MAX_ATTACHABLE_BYTES + 1);
    await expect(mb.attachFile('big.pdf', big)).rejects.toMatchObject({ code: 'too-large' });
    expect(fake.log).not.toContain('addFileAttachmentFromBase64Async');
  });

  it('the largest attachable file (the base64 limit, just under 25 MiB) goes through', async () => {
    const { fake, mb } = setup();
    expect(MAX_ATTACHABLE_BYTES).toBe(26_148_864);
    await mb.attachFile('limit.pdf', new Uint8Array(MAX_ATTACHABLE_BYTES));
    expect(fake.attachments[0]?.size).toBe(MAX_ATTACHABLE_BYTES);
  });

  it('maps Outlook size errors to too-large', async () => {
    const { fake, mb } = setup();
    fake.failNext('addFileAttachmentFromBase64Async', { name: 'AttachmentSizeExceeded', code: 9000 });
    const e = await mb.attachFile('a.pdf', bytes(10)).catch((x) => x);
    expect(e).toBeInstanceOf(MailboxError);
    expect(e).toMatchObject({ code: 'too-large', op: 'addFileAttachmentFromBase64Async', officeCode: 9000 });
    expect(e.text.ja).toContain('25MB');
  });

  it('never has more than three calls in flight', async () => {
    const { fake, mb } = setup({ latencyMs: 3 });
    await Promise.all([
      ...Array.from({ length: 8 }, () => mb.getSubject()),
      ...Array.from({ length: 4 }, () => mb.getRecipients('to')),
      mb.listAttachments(),
      mb.attachFile('a.xlsx', bytes(100)),
      mb.attachFile('b.pdf', bytes(100)),
    ]);
    expect(fake.violations).toEqual([]);
    expect(fake.peakInFlight).toBe(3);
    expect(mb.queue.peak).toBe(3);
  });

  it('the fake enforces the limit when a caller does not', async () => {
    const fake = new FakeOutlook({ latencyMs: 2 });
    const item = fake.mailbox.item as import('../../src/office/mailbox-types').ComposeItemSurface;
    const results = await Promise.all(
      Array.from(
        { length: 4 },
        () => new Promise<string>((r) => item.subject.getAsync((x) => r(String(x.status)))),
      ),
    );
    expect(results).toEqual(['succeeded', 'succeeded', 'succeeded', 'failed']);
    expect(fake.violations).toEqual(['subject.getAsync']);
  });

  it('times out a call whose callback never comes, and keeps its slot until the late callback', async () => {
    const { fake, mb } = setup({}, { timeoutMs: 20, abandonMs: 10_000 });
    fake.hang('subject.getAsync', 3);
    const hung = [mb.getSubject(), mb.getSubject(), mb.getSubject()].map((p) => p.catch((e) => e));
    const errors = await Promise.all(hung);
    for (const e of errors) expect(e).toMatchObject({ code: 'timeout', op: 'subject.getAsync' });
    expect(mb.queue.active).toBe(3);
    const next = mb.getRecipients('to');
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.log.filter((l) => l === 'to.getAsync')).toHaveLength(0);
    fake.releaseHung();
    await expect(next).resolves.toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it('frees a timed-out slot after abandonMs', async () => {
    const { fake, mb } = setup({}, { timeoutMs: 5, abandonMs: 15, maxInFlight: 1 });
    fake.hang('subject.getAsync');
    await expect(mb.getSubject()).rejects.toMatchObject({ code: 'timeout' });
    await expect(mb.getRecipients('to')).resolves.toEqual([]);
  });

  it('needs Mailbox 1.8 to attach or list', async () => {
    const { fake, mb } = setup({ mailboxVersion: '1.7' });
    await expect(mb.attachFile('a.pdf', bytes(3))).rejects.toMatchObject({ code: 'unsupported' });
    await expect(mb.listAttachments()).rejects.toMatchObject({ code: 'unsupported' });
    expect(fake.log).toEqual([]);
  });

  it('a cloud attachment cannot be read', async () => {
    const { mb } = setup({ attachments: [{ name: 'form.xlsx', attachmentType: 'cloud', base64: '' }] });
    const [a] = await mb.listAttachments();
    expect(a?.kind).toBe('cloud');
    await expect(mb.readAttachment(a?.id ?? '')).rejects.toMatchObject({ code: 'cloud-attachment' });
    await expect(mb.readAttachment('nope')).rejects.toMatchObject({ code: 'attachment-not-found' });
  });

  it.each([
    [{ mailboxVersion: '1.13' }, 'sessionData.setAsync'],
    [{ mailboxVersion: '1.8' }, 'customProperties.saveAsync'],
  ])('keeps the submission state with the item (%o)', async (opts, op) => {
    const { fake, mb } = setup(opts);
    expect(await mb.loadState()).toBeNull();
    const state: SubmissionState = {
      v: 1,
      form: { name: 'f.xlsx', errors: 0, warnings: 1, subject: 's' },
      pdf: { name: 'p.pdf', verdict: 'valid' },
      identityConfirmed: true,
      pdfConfirmed: false,
    };
    await mb.saveState(state);
    expect(fake.log).toContain(op);
    expect(await mb.loadState()).toEqual(state);
  });

  it('notifications are cut to 150 characters', async () => {
    const { fake, mb } = setup();
    await mb.notify('k', 'error', 'x'.repeat(200));
    expect(fake.notifications.get('k')?.message.length).toBe(150);
    await mb.notify('i', 'info', '準備しました');
    expect(fake.notifications.get('i')).toMatchObject({
      type: 'informationalMessage',
      message: '準備しました',
    });
  });

  it('refuses more than 100 recipients in one call', async () => {
    const { fake, mb } = setup();
    await expect(
      mb.setRecipients(
        'cc',
        Array.from({ length: 101 }, (_, i) => `a${i}@x.jp`),
      ),
    ).rejects.toMatchObject({
      code: 'too-many-recipients',
    });
    expect(fake.log).toEqual([]);
  });
});

describe('mailbox adapter against the real clients (fakes per platform)', () => {
  it('5001 reading an attachment ("Send to > Mail recipient", office-js#6581) says what to do, for that file', async () => {
    const { fake, mb } = setup({
      platform: 'classic',
      attachments: [
        { name: 'a.xlsx', bytes: bytes(5), unreadable: true },
        { name: 'b.pdf', bytes: bytes(4) },
      ],
    });
    const [a, b] = await mb.listAttachments();
    const err = await mb.readAttachment(a?.id ?? '').catch((e) => e);
    expect(err).toBeInstanceOf(MailboxError);
    expect(err.code).toBe('attachment-unreadable');
    expect(err.text.ja).toContain('メール受信者');
    expect(await mb.readAttachment(b?.id ?? '')).toEqual(bytes(4));
    expect(fake.violations).toEqual([]);
  });

  it('web and new Outlook: 25 MB per message, not per file', async () => {
    const { fake, mb } = setup({
      platform: 'web',
      attachments: [{ name: 'big.pdf', base64: '', reportedSize: 20 * 1024 * 1024 }],
    });
    const err = await mb.attachFile('f.xlsx', bytes(6 * 1024 * 1024)).catch((e) => e);
    expect(err).toMatchObject({ code: 'too-large' });
    expect(fake.attachments).toHaveLength(1);
  });

  it('classic Windows: the same attach goes (its limit is per file)', async () => {
    const { fake, mb } = setup({
      platform: 'classic',
      attachments: [{ name: 'big.pdf', base64: '', reportedSize: 20 * 1024 * 1024 }],
    });
    await mb.attachFile('f.xlsx', bytes(6 * 1024 * 1024));
    expect(fake.attachments).toHaveLength(2);
  });

  it("getAttachmentsAsync reports Outlook's sizes", async () => {
    const { mb } = setup({ attachments: [{ name: 'a.pdf', bytes: bytes(3), reportedSize: 4096 }] });
    expect((await mb.listAttachments())[0]?.size).toBe(4096);
  });

  it.each(['web', 'new', 'classic', 'mac'] as const)(
    '%s, Mailbox 1.11+: the check is kept in sessionData, which the send handler reads',
    async (platform) => {
      const { fake, mb } = setup({ platform, mailboxVersion: '1.12' });
      await mb.saveState({ v: 1, identityConfirmed: true, pdfConfirmed: false });
      expect(fake.sessionData.size).toBe(1);
      expect(fake.customProperties.size).toBe(0);
      expect(await mb.loadState()).toMatchObject({ identityConfirmed: true });
    },
  );

  it('below Mailbox 1.11 (no sessionData): custom properties of the item', async () => {
    const { fake, mb } = setup({ mailboxVersion: '1.8' });
    await mb.saveState({ v: 1, identityConfirmed: true, pdfConfirmed: false });
    expect(fake.customProperties.size).toBe(1);
    expect(await mb.loadState()).toMatchObject({ identityConfirmed: true });
  });

  it('Mailbox 1.15 is detected (errorMessageMarkdown)', () => {
    expect(setup({ mailboxVersion: '1.15' }).mb.supports('1.15')).toBe(true);
    expect(setup({ mailboxVersion: '1.14' }).mb.supports('1.15')).toBe(false);
  });
});

describe('mailbox adapter: read', () => {
  it('lists and reads the received attachments; compose calls are refused', async () => {
    const data = bytes(5000);
    const { fake, mb } = setup({
      mode: 'read',
      subject: 'Fw: 申請書',
      attachments: [
        {
          name: '失効申請書.xlsx',
          bytes: data,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
      ],
    });
    expect(mb.mode).toBe('read');
    expect(await mb.getSubject()).toBe('Fw: 申請書');
    const [a] = await mb.listAttachments();
    expect(a).toMatchObject({ name: '失効申請書.xlsx', size: 5000, kind: 'file' });
    expect(await mb.readAttachment(a?.id ?? '')).toEqual(data);
    await expect(mb.setSubject('x')).rejects.toMatchObject({ code: 'wrong-mode' });
    mb.displayNewMessage({ to: [ISSUER], subject: 'S', body: 'a\nb' });
    expect(fake.newForms[0]).toMatchObject({ toRecipients: [ISSUER], subject: 'S' });
    expect(fake.newForms[0]?.htmlBody).toContain('<div>a</div><div>b</div>');
  });

  it('no item selected', async () => {
    const fake = new FakeOutlook();
    const mb = createMailboxAdapter({ item: null, displayNewMessageForm: () => {} }, fake.requirements);
    expect(mb.mode).toBe('none');
    await expect(mb.getSubject()).rejects.toMatchObject({ code: 'no-item' });
  });
});

describe('mailboxError', () => {
  it.each([
    [{ name: 'AttachmentSizeExceeded', code: 9000 }, 'too-large'],
    [{ name: 'Whatever', code: 9000 }, 'too-large'],
    [{ name: 'NumberOfAttachmentsExceeded' }, 'too-many-attachments'],
    [{ name: 'InvalidAttachmentId' }, 'attachment-not-found'],
    [{ name: 'HtmlSanitizationFailure' }, 'html-failure'],
    [{ name: 'NumberOfRecipientsExceeded' }, 'too-many-recipients'],
    [{ name: 'APICallFailedDueToItemChange' }, 'item-changed'],
    [{ name: 'AccessRestricted' }, 'access-restricted'],
    [{ name: 'NetworkError' }, 'network'],
    [{ name: 'Strange', message: 'boom', code: 1 }, 'office'],
    [undefined, 'office'],
  ])('%o → %s', (error, code) => {
    const e = mailboxError(error, 'op');
    expect(e.code).toBe(code);
    expect(e.text.ja).toBeTruthy();
    expect(e.text.en).toBeTruthy();
  });
  it('a generic error carries the detail', () => {
    expect(mailboxError({ name: 'Strange', message: 'boom', code: 1 }, 'op').text.en).toContain('boom');
  });
});

describe('CallQueue', () => {
  it('runs in order, FIFO', async () => {
    const q = new CallQueue({ maxInFlight: 1 });
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3].map((n) =>
        q.call<number>('op', (cb) =>
          setTimeout(() => {
            order.push(n);
            cb({ status: 'succeeded', value: n } as unknown as Office.AsyncResult<number>);
          }, 5 - n),
        ),
      ),
    );
    expect(order).toEqual([1, 2, 3]);
  });
  it('a throwing start rejects and frees the slot', async () => {
    const q = new CallQueue({ maxInFlight: 1 });
    await expect(
      q.call('op', () => {
        throw new TypeError('nope');
      }),
    ).rejects.toMatchObject({ code: 'office' });
    expect(q.active).toBe(0);
  });
});
