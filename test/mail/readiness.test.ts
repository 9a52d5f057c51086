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
  type PdfVerdict,
  pdfCheck,
  planSubmission,
  type ReadinessInput,
  readiness,
  signerFindings,
  unknownSigners,
} from '../../src/mail';
import { pdfVerdictAcceptable } from '../../src/pdf/index';
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
    // No subject is proposed from a form with errors (it would carry them), even a matching one.
    ['subject of a form with errors', { form: { ...form, errors: 1 } }, 'subject', 'pending', false],
    [
      'subject differing from a form with errors',
      { subject: '失効申請', form: { ...form, errors: 1 } },
      'subject',
      'pending',
      false,
    ],
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

  it('planSubmission feeds it from full reports (the mail command and the pane)', () => {
    const pdfReport: PdfReportLike = {
      file: PDF,
      verdict: 'valid',
      signatures: [{ signer: { email: 'other@univ.example.ac.jp' } }],
      messages: [],
    };
    const plan = planSubmission({
      form: { name: FORM, bytes: new Uint8Array(10), report },
      pdf: { name: PDF, bytes: new Uint8Array(20), report: pdfReport },
      identityConfirmed: true,
      pdfConfirmed: false,
    });
    expect(plan.readiness.items.map((i) => i.state)).toEqual(['ok', 'ok', 'ok', 'warning', 'ok']);
    expect(plan.readiness.ready).toBe(true);
    expect(plan.checked.form?.size).toBe(10);
    expect(plan.checked.pdf).toMatchObject({ size: 20, unknownSigners: ['other@univ.example.ac.jp'] });
  });

  it.each<['form' | 'pdf', string]>([
    ['form', FORM],
    ['pdf', PDF],
  ])('a %s replaced after the check (same name, other size) is not ready, naming the file', (id, name) => {
    const r = readiness({
      ...ready,
      form: { ...form, size: 100 },
      pdf: { ...pdf, size: 200 },
      attachments: [
        { name: FORM, size: id === 'form' ? 101 : 100 },
        { name: PDF, size: id === 'pdf' ? 999 : 200 },
      ],
    });
    expect(r.ready).toBe(false);
    const item = r.items.find((i) => i.id === id);
    expect(item?.state).toBe('error');
    expect(item?.detail.ja).toContain(name);
    expect(item?.detail.en).toContain('changed after it was checked');
  });

  it('the same sizes are ready', () => {
    const r = readiness({
      ...ready,
      form: { ...form, size: 100 },
      pdf: { ...pdf, size: 200 },
      attachments: [
        { name: FORM, size: 100 },
        { name: PDF, size: 200 },
      ],
    });
    expect(r.ready).toBe(true);
  });

  it.each<PdfVerdict>(['valid', 'untrusted', 'modified', 'broken', 'unsigned', 'error'])(
    'the PDF item follows pdfVerdictAcceptable for %s (one decision, in src/pdf)',
    (verdict) => {
      for (const confirmed of [false, true]) {
        const r = readiness({ ...ready, pdf: { name: PDF, verdict }, pdfConfirmed: confirmed });
        expect(r.items.find((i) => i.id === 'pdf')?.state !== 'error').toBe(
          pdfVerdictAcceptable({ verdict }, confirmed),
        );
      }
    },
  );

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
    for (const m of Object.values(blockMessage(r))) {
      expect(m).toContain('押印または電子署名済みPDFを添付');
      expect(m).toContain('利用管理者の本人確認');
      expect(m).toContain("Usage administrator's identity checked");
      expect(m).not.toContain('宛先');
    }
  });
  it('gives Markdown whose list keeps one line per missing item (office-js#2949)', () => {
    const r = readiness({ ...ready, identityConfirmed: false, attachments: [{ name: FORM }], pdf: null });
    const { markdown, text } = blockMessage(r);
    expect(markdown.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(2);
    expect(markdown).toMatch(/^\*\*.+\*\*\n\n- /);
    expect(text).not.toContain('**');
  });
  it('escapes Markdown in file names', () => {
    const r = readiness({ ...ready, attachments: [{ name: FORM }, { name: 'a_*b*_.pdf' }] });
    expect(blockMessage(r).markdown).toContain('a\\_\\*b\\*\\_.pdf');
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
    const m = blockMessage(r);
    expect(m.text.length).toBeLessThanOrEqual(BLOCK_MESSAGE_MAX);
    expect(m.markdown.length).toBeLessThanOrEqual(BLOCK_MESSAGE_MAX);
    for (const i of r.missing) expect(m.text).toContain(i.label.ja);
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
