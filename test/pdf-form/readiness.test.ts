// The readiness item "the PDF shows the same form" in readiness() and in the send check (which reads
// what the compose pane recorded with the message).
import { describe, expect, it, vi } from 'vitest';
import { handleSend, type SendEvent } from '../../src/commands/onsend';
import { buildSubject, formCheck, ISSUER, readiness } from '../../src/mail';
import { STATE_KEY, type SubmissionState } from '../../src/office/mailbox';
import { FakeOutlook } from '../fakes/fake-mailbox';
import { makeReport } from '../mail/report';

const FORM = '失効申請書.xlsx';
const PDF = '失効申請書 押印.pdf';
const report = makeReport();
const SUBJECT = buildSubject(report);
const base = {
  to: [ISSUER],
  subject: SUBJECT,
  attachments: [{ name: FORM }, { name: PDF }],
  form: formCheck(report, { name: FORM }),
  pdf: { name: PDF, verdict: 'valid' as const },
  identityConfirmed: true,
  pdfConfirmed: false,
};

describe('readiness() with pdfForm', () => {
  it('no comparison: no item, ready as before', () => {
    const r = readiness(base);
    expect(r.items.map((i) => i.id)).not.toContain('pdfForm');
    expect(r.ready).toBe(true);
  });
  it('same: an ok item after the PDF item', () => {
    const r = readiness({ ...base, pdfForm: { match: 'same', missing: [], extra: [] } });
    expect(r.items.map((i) => i.id)).toEqual(['to', 'subject', 'form', 'pdf', 'pdfForm', 'identity']);
    expect(r.ready).toBe(true);
  });
  it('mismatch: not ready, the item names what is missing', () => {
    const r = readiness({
      ...base,
      pdfForm: { match: 'mismatch', missing: ['serial:AB12', 'institutionName'], extra: [] },
    });
    expect(r.ready).toBe(false);
    const item = r.missing.find((i) => i.id === 'pdfForm');
    expect(item?.state).toBe('error');
    expect(item?.detail.ja).toContain('シリアル番号 AB12');
    expect(item?.detail.en).toContain('the institution name');
  });
  it('no text (a scan): a warning, still ready', () => {
    const r = readiness({ ...base, pdfForm: { match: 'no-text', missing: [], extra: [] } });
    expect(r.ready).toBe(true);
    expect(r.items.find((i) => i.id === 'pdfForm')?.state).toBe('warning');
  });
});

describe('the send check uses what the pane recorded', () => {
  async function send(pdfForm?: SubmissionState['pdfForm']) {
    const fake = new FakeOutlook({
      latencyMs: 1,
      mailboxVersion: '1.14',
      to: [ISSUER],
      subject: SUBJECT,
      attachments: [
        { name: FORM, bytes: new Uint8Array([1, 2]) },
        { name: PDF, bytes: new Uint8Array([3]) },
      ],
    });
    const state: SubmissionState = {
      v: 1,
      form: formCheck(report, { name: FORM }),
      pdf: { name: PDF, verdict: 'valid' },
      identityConfirmed: true,
      pdfConfirmed: false,
      ...(pdfForm ? { pdfForm } : {}),
    };
    fake.sessionData.set(STATE_KEY, JSON.stringify(state));
    const completed = vi.fn<SendEvent['completed']>();
    await handleSend({ completed }, fake.mailbox, fake.requirements, { log: () => {} });
    return completed.mock.calls[0]?.[0];
  }
  it('same → allowed', async () => {
    expect(await send({ match: 'same', missing: [], extra: [] })).toEqual({ allowEvent: true });
  });
  it('mismatch → blocked, naming the item', async () => {
    const r = await send({ match: 'mismatch', missing: ['institutionName'], extra: [] });
    expect(r?.allowEvent).toBe(false);
    expect(String((r as { errorMessage?: string }).errorMessage)).toContain('PDFが申請書と同じ内容');
  });
});
