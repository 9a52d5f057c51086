/**
 * One explanation per PDF verdict: src/pdf/verdict-messages.ts says what each verdict means, and
 * every front end (the verify-pdf report, the compose pane's checklist, the `mail` command) shows
 * that sentence and adds only its own next step. Fails when another table explains a verdict again.
 */
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io';
import { mailCommand } from '../../src/cli/mail';
import { ISSUER, type PdfVerdict, readiness } from '../../src/mail';
import { mailMessages } from '../../src/mail/messages';
import { MESSAGE_TABLES } from '../../src/messages/catalog';
import { msg } from '../../src/pdf/messages';
import { VERDICT_LABEL, VERDICTS, verdictMeaning } from '../../src/pdf/verdict';
import { verdictMessages } from '../../src/pdf/verdict-messages';
import type { FormComparison } from '../../src/pdf-form/types';
import { exampleForm, tinyPdf } from '../mail/fixtures';

const HOME = 'src/pdf/verdict-messages.ts';
const others = MESSAGE_TABLES.filter((t) => t.source !== HOME).flatMap((t) =>
  Object.entries(t.messages).map(([id, m]) => ({ id, source: t.source, m })),
);
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The core of each verdict's meaning, as any wording of it would have to say it (the old second
 * and third wordings all did): none of these may appear in another table.
 */
const MEANING_CORES: Readonly<Record<PdfVerdict, RegExp>> = {
  valid: /電子署名は有効|署名は有効です/,
  untrusted: /改ざんされていません|証明書が信頼できない|証明書を信頼できません/,
  modified: /署名(の)?後に内容が/,
  broken: /電子署名が壊れて/,
  unsigned: /電子署名のない/,
  error: /PDFとして(検査|読め)/,
};

describe('the PDF verdict is explained once', () => {
  it('its home defines a name and a meaning for every verdict', () => {
    for (const v of VERDICTS) {
      expect(verdictMessages.messages).toHaveProperty(`verdict.label.${v}`);
      expect(verdictMessages.messages).toHaveProperty(`verdict.${v}`);
      expect(squash(verdictMeaning(v).ja), v).toMatch(MEANING_CORES[v]);
    }
  });

  it('no other table has a message per verdict (as `mail.verdict.unsigned` or `cli.mail.pdf.broken` were)', () => {
    const perVerdict = new RegExp(`(verdict|pdf)[\\w.-]*[.-](${VERDICTS.join('|')})$`);
    // The report's own next steps (src/pdf/messages.ts) follow the meaning; they do not explain it.
    const nextStep = (x: { id: string; source: string }) =>
      x.source === 'src/pdf/messages.ts' && x.id.startsWith('verdict.next.');
    expect(
      others.filter((x) => perVerdict.test(x.id) && !nextStep(x)).map((x) => `${x.source}: ${x.id}`),
    ).toEqual([]);
    expect(perVerdict.test('mail.verdict.unsigned') && perVerdict.test('cli.mail.pdf.broken')).toBe(true);
  });

  it('no other table words a verdict meaning again', () => {
    const repeats = others.flatMap(({ id, source, m }) =>
      VERDICTS.filter((v) => MEANING_CORES[v].test(squash(m.ja))).map((v) => `${source}: ${id} (${v})`),
    );
    expect(repeats).toEqual([]);
  });

  it('the check above can fail: the old second wording is caught', () => {
    expect(squash('署名の後に内容が変更されています。')).toMatch(MEANING_CORES.modified);
    expect(squash('PDFとして読めません（壊れている、暗号化、または25MB超）。')).toMatch(MEANING_CORES.error);
  });
});

describe('every front end shows the one meaning and adds its own step', () => {
  it.each(VERDICTS)('the report (verify-pdf, --json) for %s: the meaning, then the next step', (v) => {
    const m = msg(`verdict.${v}`);
    expect(m.code).toBe(`verdict.${v}`);
    expect(m.ja.startsWith(verdictMeaning(v).ja)).toBe(true);
    expect(m.en.startsWith(verdictMeaning(v).en)).toBe(true);
    if (v !== 'valid') expect(m.ja.length).toBeGreaterThan(verdictMeaning(v).ja.length);
  });

  const PANE_STEP: Readonly<Record<Exclude<PdfVerdict, 'valid'>, keyof typeof mailMessages.messages>> = {
    untrusted: 'mail.pdf.confirm-signer',
    unsigned: 'mail.pdf.confirm-seal',
    modified: 'mail.pdf.attach-resigned',
    broken: 'mail.pdf.attach-resigned',
    error: 'mail.pdf.attach-readable',
  };

  it.each(VERDICTS)('the compose pane checklist for %s: the meaning, then the pane step', (v) => {
    const item = readiness({
      to: [ISSUER],
      subject: '',
      attachments: [{ name: 'f.pdf' }],
      pdf: { name: 'f.pdf', verdict: v },
      identityConfirmed: true,
      pdfConfirmed: false,
    }).items.find((i) => i.id === 'pdf');
    const meaning = verdictMeaning(v);
    const step = v === 'valid' ? { ja: '', en: '' } : mailMessages.messages[PANE_STEP[v]];
    expect(item?.detail).toEqual({
      ja: meaning.ja + step.ja,
      en: v === 'valid' ? meaning.en : `${meaning.en} ${step.en}`,
    });
  });

  it.each<PdfVerdict>(['unsigned', 'untrusted', 'modified'])(
    'the mail command for %s: the name and the meaning, then its option or what to do',
    async (v) => {
      const form = await exampleForm();
      let err = '';
      const io: CliIO = {
        stdout: () => undefined,
        stderr: (t) => {
          err += t;
        },
        readFile: async (p) => (p === 'f.xlsx' ? form : tinyPdf()),
        writeFile: async () => undefined,
        fileSize: async (p) => {
          if (p === 'f.xlsx') return form.length;
          if (p === 'f.pdf') return tinyPdf().length;
          throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        },
        isTTY: false,
      };
      const verifyPdf = async () => ({ verdict: v, signatures: [], messages: [] });
      const argv = ['--form', 'f.xlsx', '--pdf', 'f.pdf', '--identity-checked', '--today', '2026-11-25'];
      expect(await mailCommand(argv, io, { verifyPdf, comparePdf: async () => sameForm })).toBe(1);
      expect(err).toContain(`判定「${VERDICT_LABEL[v].ja}」— ${verdictMeaning(v).ja}`);
      expect(err).toContain(`Verdict “${VERDICT_LABEL[v].en}” — ${verdictMeaning(v).en}`);
      // The pane's tick box is not the command line's way: it names its option instead.
      expect(err).not.toContain('チェックを入れて');
      if (v !== 'modified') expect(err).toContain('--accept-unverified-pdf');
    },
  );
});

const sameForm: FormComparison = { match: 'same', missing: [], extra: [], findings: [] };
