import { describe, expect, it } from 'vitest';
import {
  BLOCK_MESSAGE_MAX,
  blockMessage,
  buildSubject,
  type FormCheck,
  formCheck,
  ISSUER,
  type PdfCheck,
  type PdfReportLike,
  pdfAcceptable,
  pdfCheck,
  type ReadinessInput,
  readiness,
  signerFindings,
  unknownSigners,
} from '../../src/mail';
import { makeReport } from './report';

const report = makeReport();
const FORM = '失効申請書.xlsx';
const PDF = '失効申請書.pdf';
const form: FormCheck = formCheck(report, { name: FORM });
const pdf: PdfCheck = { name: PDF, verdict: 'valid' };

const ready: ReadinessInput = {
  to: [ISSUER],
  subject: buildSubject(report),
  attachments: [{ name: FORM }, { name: PDF }],
  form,
  pdf,
  identityConfirmed: true,
  pdfConfirmed: false,
};

const stateOf = (input: ReadinessInput, id: string) => readiness(input).items.find((i) => i.id === id)?.state;

describe('readiness', () => {
  it('all five items ok → ready', () => {
    const r = readiness(ready);
    expect(r.ready).toBe(true);
    expect(r.items.map((i) => [i.id, i.state])).toEqual([
      ['to', 'ok'],
      ['subject', 'ok'],
      ['form', 'ok'],
      ['pdf', 'ok'],
      ['identity', 'ok'],
    ]);
    expect(r.missing).toEqual([]);
  });

  it.each<[string, Partial<ReadinessInput>, string, string, boolean]>([
    // name, change, item, state, ready
    ['To empty', { to: [] }, 'to', 'error', false],
    ['To another person', { to: [ISSUER, 'someone@example.jp'] }, 'to', 'error', false],
    ['To only someone else', { to: ['someone@example.jp'] }, 'to', 'error', false],
    ['To issuer twice', { to: [ISSUER, ISSUER] }, 'to', 'error', false],
    [
      'To issuer in capitals with a display name',
      { to: [{ emailAddress: 'UPKI@SECOM.CO.JP', displayName: 'UPKI' }] },
      'to',
      'ok',
      true,
    ],
    ['subject differs', { subject: '失効申請' }, 'subject', 'error', false],
    ['subject before any check', { form: null }, 'subject', 'pending', false],
    ['no form attached', { attachments: [{ name: PDF }], form: null }, 'form', 'error', false],
    ['checked form not attached yet', { attachments: [{ name: PDF }] }, 'form', 'pending', false],
    [
      'two forms',
      { attachments: [{ name: FORM }, { name: 'b.xlsx' }, { name: PDF }] },
      'form',
      'error',
      false,
    ],
    [
      'another form than the checked one',
      { attachments: [{ name: 'other.xlsx' }, { name: PDF }] },
      'form',
      'pending',
      false,
    ],
    ['form with errors', { form: { ...form, errors: 2 } }, 'form', 'error', false],
    [
      'checked form with errors, not attached yet',
      { attachments: [{ name: PDF }], form: { ...form, errors: 1 } },
      'form',
      'error',
      false,
    ],
    [
      'checked modified pdf, not attached yet',
      { attachments: [{ name: FORM }], pdf: { ...pdf, verdict: 'modified' } },
      'pdf',
      'error',
      false,
    ],
    [
      'checked unsigned pdf, confirmed, not attached yet',
      { attachments: [{ name: FORM }], pdf: { ...pdf, verdict: 'unsigned' }, pdfConfirmed: true },
      'pdf',
      'pending',
      false,
    ],
    ['form with warnings only', { form: { ...form, warnings: 1 } }, 'form', 'warning', true],
    [
      'form extension in capitals',
      {
        attachments: [{ name: FORM.replace('xlsx', 'XLSX') }, { name: PDF }],
        form: { ...form, name: FORM.replace('xlsx', 'XLSX') },
      },
      'form',
      'ok',
      true,
    ],
    ['no pdf attached', { attachments: [{ name: FORM }], pdf: null }, 'pdf', 'error', false],
    ['checked pdf not attached yet', { attachments: [{ name: FORM }] }, 'pdf', 'pending', false],
    ['two pdfs', { attachments: [{ name: FORM }, { name: PDF }, { name: 'x.pdf' }] }, 'pdf', 'error', false],
    ['pdf unsigned, not confirmed', { pdf: { ...pdf, verdict: 'unsigned' } }, 'pdf', 'error', false],
    [
      'pdf unsigned, confirmed',
      { pdf: { ...pdf, verdict: 'unsigned' }, pdfConfirmed: true },
      'pdf',
      'warning',
      true,
    ],
    ['pdf untrusted, not confirmed', { pdf: { ...pdf, verdict: 'untrusted' } }, 'pdf', 'error', false],
    [
      'pdf untrusted, confirmed',
      { pdf: { ...pdf, verdict: 'untrusted' }, pdfConfirmed: true },
      'pdf',
      'warning',
      true,
    ],
    [
      'pdf modified, even confirmed',
      { pdf: { ...pdf, verdict: 'modified' }, pdfConfirmed: true },
      'pdf',
      'error',
      false,
    ],
    ['pdf broken', { pdf: { ...pdf, verdict: 'broken' }, pdfConfirmed: true }, 'pdf', 'error', false],
    ['pdf error', { pdf: { ...pdf, verdict: 'error' } }, 'pdf', 'error', false],
    ['pdf valid, unknown signer', { pdf: { ...pdf, unknownSigners: ['x@y.jp'] } }, 'pdf', 'warning', true],
    ['identity not confirmed', { identityConfirmed: false }, 'identity', 'error', false],
    [
      'a third file',
      { attachments: [{ name: FORM }, { name: PDF }, { name: 'memo.txt' }] },
      'attachments',
      'error',
      false,
    ],
  ])('%s', (_name, change, id, state, isReady) => {
    const input = { ...ready, ...change };
    expect(stateOf(input, id)).toBe(state);
    expect(readiness(input).ready).toBe(isReady);
  });

  it('accepts full reports and names from their file', () => {
    const pdfReport: PdfReportLike = {
      file: PDF,
      verdict: 'valid',
      signatures: [{ signer: { email: 'other@univ.example.ac.jp' } }],
      messages: [],
    };
    const r = readiness({
      ...ready,
      form: undefined,
      pdf: undefined,
      formReport: { ...report, file: FORM },
      pdfReport,
    });
    expect(r.items.map((i) => i.state)).toEqual(['ok', 'ok', 'ok', 'warning', 'ok']);
    expect(r.ready).toBe(true);
  });

  it('every item has Japanese and English text', () => {
    for (const input of [
      ready,
      { ...ready, to: [], identityConfirmed: false, form: null, pdf: null, attachments: [] },
    ]) {
      for (const i of readiness(input).items) {
        expect(i.label.ja && i.label.en && i.detail.ja && i.detail.en).toBeTruthy();
      }
    }
  });
});

describe('blockMessage', () => {
  it('names each missing item in Japanese and English', () => {
    const r = readiness({ ...ready, identityConfirmed: false, attachments: [{ name: FORM }], pdf: null });
    const m = blockMessage(r);
    expect(m).toContain('押印または電子署名済みPDFを添付');
    expect(m).toContain('利用管理者の本人確認');
    expect(m).toContain("Usage administrator's identity checked");
    expect(m).not.toContain('宛先');
  });
  it('stays within the Smart Alerts limit when everything is missing', () => {
    const r = readiness({
      to: [],
      subject: '',
      attachments: [
        { name: 'a.xlsx' },
        { name: 'b.xlsx' },
        { name: 'a.pdf' },
        { name: 'b.pdf' },
        { name: 'c.txt' },
      ],
      identityConfirmed: false,
      pdfConfirmed: false,
    });
    expect(r.missing).toHaveLength(6);
    expect(blockMessage(r).length).toBeLessThanOrEqual(BLOCK_MESSAGE_MAX);
  });
});

describe('pdf.signer-unknown', () => {
  const sig = (email?: string) => ({ signer: email === undefined ? null : { email } });
  it.each<[string, Array<string | undefined>, { officerEmail?: string; known?: string[] }, string[]]>([
    ['officer signed', ['taro@u.ac.jp'], { officerEmail: 'Taro@U.ac.jp' }, []],
    [
      'profile person signed',
      ['boss@u.ac.jp'],
      { officerEmail: 'taro@u.ac.jp', known: ['boss@u.ac.jp'] },
      [],
    ],
    ['stranger signed', ['x@y.jp'], { officerEmail: 'taro@u.ac.jp' }, ['x@y.jp']],
    [
      'two signatures, one stranger twice',
      ['x@y.jp', 'taro@u.ac.jp', 'x@y.jp'],
      { officerEmail: 'taro@u.ac.jp' },
      ['x@y.jp'],
    ],
    ['no signer e-mail', [undefined], { officerEmail: 'taro@u.ac.jp' }, []],
  ])('%s', (_n, emails, opts, expected) => {
    expect(unknownSigners({ signatures: emails.map(sig) }, opts)).toEqual(expected);
  });
  it('a document timestamp is not a signer', () => {
    expect(
      unknownSigners(
        { signatures: [{ kind: 'timestamp', signer: { email: 'tsa@x.jp' } }] },
        { officerEmail: 'a@b.jp' },
      ),
    ).toEqual([]);
  });
  it('the profile officer counts as known, and the finding is a warning with both languages', () => {
    const report: PdfReportLike = { verdict: 'valid', signatures: [sig('x@y.jp')], messages: [] };
    expect(
      pdfCheck(report, { name: PDF }, { profile: { officer: { email: 'x@y.jp' } } }).unknownSigners,
    ).toBeUndefined();
    const [f] = signerFindings(['x@y.jp']);
    expect(f).toMatchObject({ rule: 'pdf.signer-unknown', severity: 'warning' });
    expect(f?.message.ja).toContain('x@y.jp');
    expect(f?.message.en).toContain('x@y.jp');
  });
});

describe('pdfAcceptable', () => {
  it.each([
    ['valid', false, true],
    ['unsigned', false, false],
    ['unsigned', true, true],
    ['untrusted', true, true],
    ['modified', true, false],
    ['broken', true, false],
    ['error', true, false],
  ] as const)('%s confirmed=%s → %s', (v, c, ok) => {
    expect(pdfAcceptable(v, c)).toBe(ok);
  });
});
