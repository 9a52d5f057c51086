import { describe, expect, it } from 'vitest';
import {
  ISSUER,
  isSubmission,
  messageSizeProblem,
  type PdfReportLike,
  prepareSubmission,
  SubmissionError,
  type SubmissionInput,
} from '../../src/mail';
import { createMailboxAdapter, STATE_KEY } from '../../src/office/mailbox';
import { FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from './report';

const MARKER_SUBJECT = '【コード署名証明書】失効申請書（UPKI電子証明書発行サービス）';

describe('isSubmission (mail.md "Blocking a send (revised)")', () => {
  it.each([
    ['marker subject, nobody addressed', { to: [], subject: MARKER_SUBJECT, attachments: [] }, true],
    ['issuer in To with an .xlsx', { to: [ISSUER], subject: 'x', attachments: [{ name: 'a.xlsx' }] }, true],
    [
      'issuer in Cc with a .PDF',
      { to: ['a@b.jp'], cc: [ISSUER], subject: 'x', attachments: [{ name: 'A.PDF' }] },
      true,
    ],
    [
      'issuer in Bcc with a .pdf',
      { to: [], bcc: [ISSUER], subject: 'x', attachments: [{ name: 'a.pdf' }] },
      true,
    ],
    ['a reply to the issuer', { to: [ISSUER], subject: 'RE: 質問', attachments: [] }, false],
    ['a question with a picture', { to: [ISSUER], subject: '質問', attachments: [{ name: 'a.png' }] }, false],
    ['files to someone else', { to: ['a@b.jp'], subject: 'x', attachments: [{ name: 'a.xlsx' }] }, false],
  ])('%s → %s', (_n, m, expected) => {
    expect(isSubmission(m)).toBe(expected);
  });
});

describe('messageSizeProblem (mail.md "Size")', () => {
  const MB = 1024 * 1024;
  it('counts what is attached and what will be attached, per message', () => {
    expect(messageSizeProblem([{ size: 20 * MB }], [{ bytes: new Uint8Array(5 * MB) }])).toBeNull();
    const p = messageSizeProblem([{ size: 20 * MB }], [{ bytes: new Uint8Array(5 * MB + 1) }]);
    expect(p?.ja).toContain('25 MB');
    expect(p?.en).toContain('25 MB a message may carry');
  });
});

describe('prepareSubmission', () => {
  const report = makeReport();
  const pdfReport: PdfReportLike = { verdict: 'valid', signatures: [], messages: [] };
  const input = (over: Partial<SubmissionInput> = {}): SubmissionInput => ({
    form: { name: 'f.xlsx', bytes: new Uint8Array([1, 2, 3]), report },
    pdf: { name: 'f.pdf', bytes: new Uint8Array([4]), report: pdfReport },
    identityConfirmed: true,
    pdfConfirmed: false,
    ...over,
  });

  it('sets To, subject, body, attaches, and keeps the check with the sizes Outlook reports', async () => {
    const fake = new FakeOutlook({ latencyMs: 1, bodyType: 'text' });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { yieldFn: async () => {} });
    const plan = await prepareSubmission(mb, input());
    expect(fake.to.map((r) => r.emailAddress)).toEqual([ISSUER]);
    expect(fake.subject).toBe(plan.subject);
    expect(fake.attachments.map((a) => a.name)).toEqual(['f.xlsx', 'f.pdf']);
    const state = JSON.parse(fake.sessionData.get(STATE_KEY) ?? '{}');
    expect(state).toMatchObject({ v: 1, form: { name: 'f.xlsx', size: 3 }, pdf: { name: 'f.pdf', size: 1 } });
    expect(fake.violations).toEqual([]);
  });

  it('not ready (identity not confirmed) → refuses without touching the message', async () => {
    const fake = new FakeOutlook({ latencyMs: 1 });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements);
    await expect(prepareSubmission(mb, input({ identityConfirmed: false }))).rejects.toBeInstanceOf(
      SubmissionError,
    );
    expect(fake.log).toEqual([]);
  });

  it('does not attach a file a second time', async () => {
    const fake = new FakeOutlook({
      latencyMs: 1,
      attachments: [{ name: 'f.xlsx', bytes: new Uint8Array([1, 2, 3]) }],
    });
    const mb = createMailboxAdapter(fake.mailbox, fake.requirements, { yieldFn: async () => {} });
    await prepareSubmission(mb, input());
    expect(fake.attachments.map((a) => a.name)).toEqual(['f.xlsx', 'f.pdf']);
  });
});
