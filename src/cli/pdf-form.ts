/**
 * The PDF's text compared with the form, for `verify-pdf --form` and `mail` (pdf.md "The PDF shows
 * the same form"). pdf.js (legacy build) loads only here.
 */
import type { CheckReport } from '../form/types';
import { compareWithForm, formContent } from '../pdf-form/compare';
import { extractText, PdfTextError } from '../pdf-form/extract';
import { loadPdfJsNode } from '../pdf-form/node';
import type { Bilingual, FormComparison } from '../pdf-form/types';

/** The `form` member of `verify-pdf --json`. */
export interface FormJson {
  file: string;
  match: FormComparison['match'];
  missing: string[];
  extra: string[];
}

const UNREADABLE: Record<PdfTextError['code'], Bilingual> = {
  'pdf-text.unreadable': {
    ja: 'PDFの文字を読み取れませんでした。プレビューで申請書と同じ内容か目で確かめてください。',
    en: 'The text of the PDF could not be read. Compare it with the form by eye.',
  },
  'pdf-text.encrypted': {
    ja: 'PDFが暗号化されているため文字を読み取れません。暗号化しないPDFを添付してください。',
    en: 'The PDF is encrypted, so its text cannot be read. Attach an unencrypted PDF.',
  },
  'pdf-text.timeout': {
    ja: 'PDFの文字の読み取りが時間内に終わりませんでした。申請書と同じ内容か目で確かめてください。',
    en: 'Reading the text of the PDF took too long. Compare it with the form by eye.',
  },
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
  same: { ja: '申請書と同じ内容', en: 'same as the form' },
  mismatch: { ja: '申請書と違う', en: 'differs from the form' },
  'no-text': { ja: '文字なし（目で確認）', en: 'no text (compare by eye)' },
};

/** The readable lines of the comparison (after the PDF report). */
export function formatFormComparison(file: string, c: FormComparison): string {
  const m = MATCH_TEXT[c.match];
  let out = `\n申請書との照合 / Form cross-check (${file}): ${m.ja} / ${m.en} (${c.match})\n`;
  for (const f of c.findings) out += `  [${f.rule}] ${f.message.ja}\n  ${f.message.en}\n`;
  return out;
}
