import type { PdfVerdict } from './types';

/** Whether a PDF with this verdict may be submitted (pdf.md "Verdicts"). */
export function pdfAcceptable(verdict: PdfVerdict, confirmed: boolean): boolean {
  if (verdict === 'valid') return true;
  if (verdict === 'unsigned' || verdict === 'untrusted') return confirmed;
  return false;
}
