/**
 * The PDF's text compared with the form, for `verify-pdf --form` and `mail` (pdf.md "The PDF shows
 * the same form"). pdf.js (legacy build) loads only here.
 */
import type { CheckReport } from '../form/types';
import { compareWithForm, formContent } from '../pdf-form/compare';
import { extractText, PdfTextError } from '../pdf-form/extract';
import { pdfFormMessages } from '../pdf-form/messages';
import { loadPdfJsNode } from '../pdf-form/node';
import type { Bilingual, FormComparison } from '../pdf-form/types';
import { both, text } from './messages';

/** The `form` member of `verify-pdf --json`. */
export interface FormJson {
  file: string;
  match: FormComparison['match'];
  missing: string[];
  extra: string[];
}

const UNREADABLE: Record<PdfTextError['code'], Bilingual> = {
  'pdf-text.unreadable': pdfFormMessages.t('pdfForm.text.unreadable'),
  'pdf-text.encrypted': pdfFormMessages.t('pdfForm.text.encrypted'),
  'pdf-text.timeout': pdfFormMessages.t('pdfForm.text.timeout'),
};

/**
 * Compares the PDF (bytes, or undefined when it was too large to read) with a checked form. A PDF
 * whose text cannot be read counts as no text, with a message saying why.
 */
export async function comparePdfWithForm(
  pdfBytes: Uint8Array | undefined,
  report: Pick<CheckReport, 'fields' | 'certificates'>,
): Promise<FormComparison> {
  let lines: string[] = [];
  let why: Bilingual | undefined;
  if (pdfBytes) {
    try {
      lines = (await extractText(await loadPdfJsNode(), pdfBytes)).lines;
    } catch (e) {
      why = UNREADABLE[e instanceof PdfTextError ? e.code : 'pdf-text.unreadable'];
    }
  } else why = UNREADABLE['pdf-text.unreadable'];
  const result = compareWithForm({ lines }, formContent(report));
  if (why) result.findings.unshift({ rule: 'pdf.no-text', severity: 'info', message: why });
  return result;
}

export function formJson(file: string, c: FormComparison): FormJson {
  return { file, match: c.match, missing: c.missing, extra: c.extra };
}

const MATCH_TEXT: Record<FormComparison['match'], Bilingual> = {
  same: text('cli.pdf-form.same'),
  mismatch: text('cli.pdf-form.mismatch'),
  'no-text': text('cli.pdf-form.no-text'),
};

/** The readable lines of the comparison (after the PDF report). */
export function formatFormComparison(file: string, c: FormComparison): string {
  let out = `\n${both(text('cli.pdf-form.heading'))} (${file}): ${both(MATCH_TEXT[c.match])} (${c.match})\n`;
  for (const f of c.findings) out += `  [${f.rule}] ${f.message.ja}\n  ${f.message.en}\n`;
  return out;
}
