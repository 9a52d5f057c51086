/**
 * The readiness item "the PDF shows the same form" (mail.md checklist, pdf.md "The PDF shows the
 * same form"): a mismatch stops the submission; a scan (no text) is compared by eye and only warns.
 * Pure; readiness() (src/mail/readiness.ts) adds it when the comparison was made.
 */
import type { Bilingual, FormComparison } from './types';

/** What is kept of the comparison with the message (small: the pane records it for the send check). */
export type PdfFormCheck = Pick<FormComparison, 'match' | 'missing' | 'extra'>;

export const PDF_FORM_LABEL: Bilingual = {
  ja: 'PDFが申請書と同じ内容',
  en: 'The PDF shows the same form',
};

const describe = (entry: string): Bilingual =>
  entry.startsWith('serial:')
    ? { ja: `シリアル番号 ${entry.slice(7)}`, en: `serial ${entry.slice(7)}` }
    : entry === 'institutionName'
      ? { ja: '利用機関名', en: 'the institution name' }
      : { ja: entry, en: entry };

/** The item's state and detail. */
export function pdfFormState(check: PdfFormCheck): { state: 'ok' | 'warning' | 'error'; detail: Bilingual } {
  if (check.match === 'mismatch') {
    const what = check.missing.map(describe);
    return {
      state: 'error',
      detail: {
        ja: `PDFに申請書の${what.map((w) => w.ja).join('、')}がありません。この申請書から作り直したPDFを添付してください。`,
        en: `The PDF does not show the form's ${what.map((w) => w.en).join(', ')}. Attach a PDF made from this form.`,
      },
    };
  }
  if (check.match === 'no-text')
    return {
      state: 'warning',
      detail: {
        ja: 'PDFに文字がありません（スキャン）。プレビューで申請書と同じか目で確かめてください。',
        en: 'The PDF has no text (a scan): compare it with the form by eye in the preview.',
      },
    };
  if (check.extra.length)
    return {
      state: 'warning',
      detail: {
        ja: `申請書と一致しますが、申請書にないシリアル番号らしき値もあります（${check.extra.map((e) => e.replace(/^serial:/, '')).join(', ')}）。`,
        en: `It matches the form, but also shows serial-like values not on the form (${check.extra.map((e) => e.replace(/^serial:/, '')).join(', ')}).`,
      },
    };
  return {
    state: 'ok',
    detail: {
      ja: 'PDFに申請書のシリアル番号と利用機関名があります。',
      en: "The PDF shows the form's serials and institution name.",
    },
  };
}
