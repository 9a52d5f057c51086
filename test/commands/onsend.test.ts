import { describe, expect, it, vi } from 'vitest';
import { CHECK_FAILED_MESSAGE, handleSend, type SendEvent } from '../../src/commands/onsend';
import { buildSubject, formCheck, ISSUER } from '../../src/mail';
import { STATE_KEY, type SubmissionState } from '../../src/office/mailbox';
import { type FakeOptions, FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

const FORM = '失効申請書.xlsx';
const PDF = '失効申請書 押印.pdf';
const report = makeReport();
const SUBJECT = buildSubject(report);
// Sizes as Outlook reports the attachments below (2 and 1 bytes).
const READY_STATE: SubmissionState = {
  v: 1,
  form: formCheck(report, { name: FORM, size: 2 }),
  pdf: { name: PDF, size: 1, verdict: 'valid' },
  identityConfirmed: true,
  pdfConfirmed: false,
};

function message(opts: FakeOptions & { state?: SubmissionState | null; cc?: string[] } = {}) {
  const fake = new FakeOutlook({
    latencyMs: 1,
    mailboxVersion: '1.14',
    to: [ISSUER],
    subject: SUBJECT,
    attachments: [
      { name: FORM, bytes: new Uint8Array([1, 2]) },
      { name: PDF, bytes: new Uint8Array([3]) },
    ],
    ...opts,
  });
  if (opts.cc) fake.cc = opts.cc.map((e) => ({ emailAddress: e }) as Office.EmailAddressDetails);
  const state = opts.state === undefined ? READY_STATE : opts.state;
  if (state) fake.sessionData.set(STATE_KEY, JSON.stringify(state));
  return fake;
}

async function send(fake: FakeOutlook, opts: Parameters<typeof handleSend>[3] = {}) {
  const completed = vi.fn<SendEvent['completed']>();
  await handleSend({ completed }, fake.mailbox, fake.requirements, { log: () => {}, ...opts });
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0]?.[0];
}

describe('OnMessageSend handler', () => {
  it('ready → allowed', async () => {
    expect(await send(message())).toEqual({ allowEvent: true });
  });

  it('a message to someone else → allowed at once, without reading attachments or state', async () => {
    const fake = message({ to: ['colleague@univ.example.ac.jp'], subject: 'ランチ', state: null });
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.log).not.toContain('getAttachmentsAsync');
    expect(fake.log).not.toContain('sessionData.getAsync');
  });

  it.each<[string, Parameters<typeof message>[0], RegExp[]]>([
    [
      'identity not confirmed',
      { state: { ...READY_STATE, identityConfirmed: false } },
      [/利用管理者の本人確認/],
    ],
    [
      'form has errors',
      { state: { ...READY_STATE, form: { ...formCheck(report, { name: FORM }), errors: 3 } } },
      [/申請書（\.xlsx）を添付し、エラーなし/],
    ],
    [
      'unsigned PDF not confirmed',
      { state: { ...READY_STATE, pdf: { name: PDF, verdict: 'unsigned' } } },
      [/押印または電子署名済みPDF/],
    ],
    [
      'modified PDF',
      { state: { ...READY_STATE, pdf: { name: PDF, verdict: 'modified' }, pdfConfirmed: true } },
      [/押印または電子署名済みPDF/],
    ],
    [
      'the PDF was removed after the check',
      { attachments: [{ name: FORM, bytes: new Uint8Array([1]) }] },
      [/押印または電子署名済みPDF/],
    ],
    [
      'another form attached than the checked one',
      {
        attachments: [
          { name: 'other.xlsx', bytes: new Uint8Array([1]) },
          { name: PDF, bytes: new Uint8Array([3]) },
        ],
      },
      [/申請書（\.xlsx）/],
    ],
    ['subject edited after the check', { subject: `${SUBJECT} 再送` }, [/件名が申請書どおり/]],
    ['another To recipient', { to: [ISSUER, 'x@example.jp'] }, [/宛先（To）/]],
    ['marker subject but To is someone else', { to: ['x@example.jp'] }, [/宛先（To）/]],
    [
      'issuer only in Cc, files attached',
      { to: [], cc: [ISSUER], subject: 'お問い合わせ' },
      [/宛先（To）/, /件名/],
    ],
    [
      'the form replaced by another file of the same name (size differs)',
      {
        attachments: [
          { name: FORM, bytes: new Uint8Array([1, 2, 3]) },
          { name: PDF, bytes: new Uint8Array([3]) },
        ],
      },
      [new RegExp(`${FORM} は確認した後で変わっています`)],
    ],
    [
      'a third attachment',
      {
        attachments: [
          { name: FORM, bytes: new Uint8Array([1]) },
          { name: PDF, bytes: new Uint8Array([3]) },
          { name: 'memo.docx', bytes: new Uint8Array([3]) },
        ],
      },
      [/2つだけ/],
    ],
  ])('%s → blocked, naming what is missing', async (_name, opts, expected) => {
    const r = await send(message(opts));
    expect(r?.allowEvent).toBe(false);
    for (const re of expected) expect(r?.errorMessage).toMatch(re);
    expect(r?.errorMessage?.length).toBeLessThanOrEqual(500);
    expect(r?.errorMessage).toMatch(/Not ready/);
  });

  it('a submission the pane never checked → blocked with "open the add-in pane and check the files first"', async () => {
    const r = await send(message({ state: null }));
    expect(r?.allowEvent).toBe(false);
    expect(r?.errorMessage).toContain('アドインの作業ウィンドウ');
    expect(r?.errorMessage).toContain('Open the add-in pane and check the form and the PDF first');
  });

  it.each<[string, Parameters<typeof message>[0]]>([
    ['a reply to the issuer without files', { subject: 'RE: お問い合わせ', attachments: [] }],
    [
      'a question to the issuer with a screenshot',
      { subject: '質問', attachments: [{ name: 'screen.png', bytes: new Uint8Array([1]) }] },
    ],
    [
      'a message to someone else with the files',
      { to: ['colleague@univ.example.ac.jp'], subject: '確認お願いします' },
    ],
  ])('%s → allowed at once, the check is never read', async (_name, opts) => {
    const fake = message({ state: null, ...opts });
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect(fake.log).not.toContain('sessionData.getAsync');
    expect(fake.log).not.toContain('loadCustomPropertiesAsync');
    expect(fake.log.length).toBeLessThanOrEqual(5);
  });

  it('a submission known by its subject: only subject, To, attachments and the check are read', async () => {
    const fake = message();
    expect(await send(fake)).toEqual({ allowEvent: true });
    expect([...fake.log].sort()).toEqual([
      'getAttachmentsAsync',
      'sessionData.getAsync',
      'subject.getAsync',
      'to.getAsync',
    ]);
  });

  it('the issuer in Bcc with a PDF attached is a submission', async () => {
    const fake = message({ to: ['x@example.jp'], subject: 'ご確認', state: null });
    fake.bcc = [{ emailAddress: ISSUER } as Office.EmailAddressDetails];
    expect((await send(fake))?.allowEvent).toBe(false);
  });

  it('sizes as Outlook reports them (not the bytes) are what is compared', async () => {
    const fake = message({
      platform: 'classic',
      attachments: [
        { name: FORM, bytes: new Uint8Array([1, 2]), reportedSize: 4096 },
        { name: PDF, bytes: new Uint8Array([3]), reportedSize: 5120 },
      ],
      state: {
        ...READY_STATE,
        form: { ...formCheck(report, { name: FORM }), size: 4096 },
        pdf: { name: PDF, size: 5120, verdict: 'valid' },
      },
    });
    expect(await send(fake)).toEqual({ allowEvent: true });
  });

  it('an inline picture (a signature logo) is not a third attachment', async () => {
    const fake = message({
      attachments: [
        { name: FORM, bytes: new Uint8Array([1, 2]) },
        { name: PDF, bytes: new Uint8Array([3]) },
        { name: 'logo.png', bytes: new Uint8Array([9]), isInline: true },
      ],
    });
    expect(await send(fake)).toEqual({ allowEvent: true });
  });

  it.each([
    ['1.15', true],
    ['1.14', false],
  ])('Mailbox %s: errorMessageMarkdown given = %s, within 500 characters', async (version, markdown) => {
    const fake = message({ mailboxVersion: version, state: { ...READY_STATE, identityConfirmed: false } });
    const r = await fake.send((event) =>
      handleSend(event, fake.mailbox, fake.requirements, { log: () => {} }),
    );
    expect(r.allowEvent).toBe(false);
    expect(r.errorMessage).toContain('利用管理者の本人確認');
    expect(r.errorMessageMarkdown !== undefined).toBe(markdown);
    if (markdown) expect(r.errorMessageMarkdown).toMatch(/\n- .*利用管理者の本人確認/);
    expect(fake.sendViolations).toEqual([]);
  });

  it('an unsigned PDF confirmed by the officer → allowed', async () => {
    expect(
      await send(
        message({ state: { ...READY_STATE, pdf: { name: PDF, verdict: 'unsigned' }, pdfConfirmed: true } }),
      ),
    ).toEqual({
      allowEvent: true,
    });
  });

  it('state kept in custom properties (Mailbox below 1.11) is read too', async () => {
    const fake = message({ state: null, mailboxVersion: '1.12' });
    fake.customProperties.set(STATE_KEY, JSON.stringify(READY_STATE));
    // 1.12 has sessionData, but the key is missing there: falls back.
    expect(await send(fake)).toEqual({ allowEvent: true });
  });

  it('an Office error → completes; Mailbox 1.14 asks with "send anyway"', async () => {
    const fake = message();
    fake.failNext('getAttachmentsAsync', { name: 'GenericResponseError' });
    expect(await send(fake)).toEqual({
      allowEvent: false,
      errorMessage: CHECK_FAILED_MESSAGE,
      sendModeOverride: 'promptUser',
    });
  });

  it('an Office error below Mailbox 1.14 → the send goes (SoftBlock)', async () => {
    const fake = message({ mailboxVersion: '1.12' });
    fake.failNext('to.getAsync', { name: 'GenericResponseError' });
    expect(await send(fake)).toEqual({ allowEvent: true });
  });

  it('a callback that never returns → completes after the time-out', async () => {
    const fake = message({ mailboxVersion: '1.13' });
    fake.hang('subject.getAsync');
    const t0 = Date.now();
    expect(await send(fake, { callTimeoutMs: 30 })).toEqual({ allowEvent: true });
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('the overall guard completes even when every call hangs', async () => {
    const fake = message();
    fake.hang('to.getAsync');
    fake.hang('subject.getAsync');
    const r = await send(fake, { callTimeoutMs: 60_000, overallTimeoutMs: 40 });
    expect(r).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });

  it('a mailbox that throws synchronously → completes', async () => {
    const completed = vi.fn();
    const broken = {
      get item(): never {
        throw new Error('boom');
      },
      displayNewMessageForm() {},
    };
    await handleSend({ completed }, broken, { isSetSupported: () => false }, { log: () => {} });
    expect(completed).toHaveBeenCalledExactlyOnceWith({ allowEvent: true });
  });

  it('a completed() that throws does not escape', async () => {
    const fake = message();
    const completed = vi.fn(() => {
      throw new Error('host gone');
    });
    await expect(
      handleSend({ completed }, fake.mailbox, fake.requirements, { log: () => {} }),
    ).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it('never more than three Office calls in flight', async () => {
    const fake = message({ latencyMs: 5 });
    await send(fake);
    expect(fake.violations).toEqual([]);
  });
});
