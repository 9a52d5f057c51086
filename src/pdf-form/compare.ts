/**
 * The PDF shows the same form (spec/pdf.md): every serial of the form and the institution name must
 * appear in the PDF's text. Pure. docs/pdf-form.md says how values are matched and what counts as
 * "serial-like".
 */
import { normaliseSerial } from '../form/serial';
import { listOf } from '../messages/define';
import { pdfFormMessages } from './messages';
import type { FormComparison, FormContent, PdfFormFinding } from './types';

const m = pdfFormMessages.t;

/** Serial-like (pdf.form-extra): 16 to 40 hex digits with at least one digit and one letter A–F. */
export const SERIAL_LIKE_MIN_DIGITS = 16;
export const SERIAL_LIKE_MAX_DIGITS = 40;
/** A serial this long is also looked for in the text with every space removed. */
const COMPACT_MATCH_MIN_DIGITS = 12;

/** A run of hex tokens on one line, joined by single separators (space, `:` or `-`). */
interface HexRun {
  tokens: string[];
}

/** Text as compared: NFKC, upper case, `0x` prefixes dropped. */
function prepare(line: string): string {
  return line
    .normalize('NFKC')
    .toUpperCase()
    .replace(/(^|[^0-9A-Z])0X(?=[0-9A-F])/g, '$1');
}

/**
 * The hex runs of a line: maximal hex tokens that stand alone (no letter or digit right before or
 * after), consecutive ones joined when one separator stands between them.
 */
export function hexRuns(line: string): HexRun[] {
  const s = prepare(line);
  const runs: HexRun[] = [];
  let current: HexRun | undefined;
  let lastEnd = -1;
  for (const m of s.matchAll(/[0-9A-F]+/g)) {
    const start = m.index as number;
    const end = start + m[0].length;
    const before = s[start - 1] ?? ' ';
    const after = s[end] ?? ' ';
    const alone = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
    if (!alone) {
      current = undefined;
      continue;
    }
    const gap = s.slice(lastEnd, start);
    if (current && lastEnd >= 0 && /^[ :-]$/.test(gap)) current.tokens.push(m[0]);
    else {
      current = { tokens: [m[0]] };
      runs.push(current);
    }
    lastEnd = end;
  }
  return runs;
}

function stripZeros(hex: string): string {
  return hex.replace(/^0+(?=.)/, '');
}

/** Whether the text shows this serial (normalised hex), in hex or in decimal. */
export function showsSerial(lines: readonly string[], hex: string, compact: string): boolean {
  const decimal = BigInt(`0x${hex}`).toString(10);
  for (const line of lines)
    for (const run of hexRuns(line))
      for (let i = 0; i < run.tokens.length; i++) {
        let joined = '';
        for (let j = i; j < run.tokens.length && joined.length <= SERIAL_LIKE_MAX_DIGITS + 8; j++) {
          joined += run.tokens[j];
          if (stripZeros(joined) === hex || joined === decimal) return true;
        }
      }
  return (
    (hex.length >= COMPACT_MATCH_MIN_DIGITS && compact.includes(hex)) ||
    (decimal.length >= COMPACT_MATCH_MIN_DIGITS && compact.includes(decimal))
  );
}

const isSerialLike = (hex: string) =>
  hex.length >= SERIAL_LIKE_MIN_DIGITS &&
  hex.length <= SERIAL_LIKE_MAX_DIGITS &&
  /[0-9]/.test(hex) &&
  /[A-F]/.test(hex);

/** Serial-like values of the text (normalised hex): whole tokens, or runs of two-digit octets. */
export function serialLikeValues(lines: readonly string[]): string[] {
  const out: string[] = [];
  const add = (raw: string) => {
    if (!isSerialLike(raw)) return; // judged on the digits as shown, leading zeros included
    const hex = stripZeros(raw);
    if (!out.includes(hex)) out.push(hex);
  };
  for (const line of lines)
    for (const run of hexRuns(line)) {
      if (run.tokens.length > 1 && run.tokens.every((t) => t.length === 2)) add(run.tokens.join(''));
      else for (const t of run.tokens) add(t);
    }
  return out;
}

/** Text without any white space, after NFKC (for the institution name and long serials). */
export function compactText(lines: readonly string[]): string {
  return lines.join('').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

const nameKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** Compares the PDF's text with the form. */
export function compareWithForm(text: { lines: readonly string[] }, form: FormContent): FormComparison {
  const compact = compactText(text.lines);
  if (compact.length === 0)
    return {
      match: 'no-text',
      missing: [],
      extra: [],
      findings: [
        {
          rule: 'pdf.no-text',
          severity: 'info',
          message: m('pdfForm.noText'),
        },
      ],
    };

  const serials: string[] = [];
  for (const s of form.serials) {
    const hex = normaliseSerial(s);
    if (hex && hex.length <= SERIAL_LIKE_MAX_DIGITS && !serials.includes(hex)) serials.push(hex);
  }
  const missingSerials = serials.filter((hex) => !showsSerial(text.lines, hex, compact));
  const name = form.institutionName?.trim();
  const nameMissing = !!name && !compact.includes(nameKey(name));
  const missing = [...missingSerials.map((h) => `serial:${h}`), ...(nameMissing ? ['institutionName'] : [])];
  const onForm = (hex: string) => serials.some((s) => s === hex || s.includes(hex) || hex.includes(s));
  const extra = serialLikeValues(text.lines)
    .filter((hex) => !onForm(hex))
    .map((h) => `serial:${h}`);

  const findings: PdfFormFinding[] = [];
  if (missing.length) {
    const what = [
      ...missingSerials.map((serial) => m('pdfForm.what.serial', { serial })),
      ...(nameMissing ? [m('pdfForm.what.institutionNamed', { name })] : []),
    ];
    findings.push({
      rule: 'pdf.form-mismatch',
      severity: 'error',
      message: m('pdfForm.mismatch', { what: listOf(what) }),
    });
  }
  if (extra.length) {
    const list = extra.map((e) => e.slice('serial:'.length)).join(', ');
    findings.push({
      rule: 'pdf.form-extra',
      severity: 'warning',
      message: m('pdfForm.extra', { serials: list }),
    });
  }
  return { match: missing.length ? 'mismatch' : 'same', missing, extra, findings };
}

/** What the form says that the PDF must show, from a form report (spec/form.md §5). */
export function formContent(report: {
  fields: Record<string, { value: string } | undefined>;
  certificates: ReadonlyArray<{ serial?: { value: string } | undefined }>;
}): FormContent {
  const name = report.fields.institutionName?.value?.trim();
  return {
    ...(name ? { institutionName: name } : {}),
    serials: report.certificates.map((c) => c.serial?.value ?? '').filter(Boolean),
  };
}
