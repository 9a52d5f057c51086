import { pdfVerdictAcceptable } from '../pdf/verdict';
import type { PdfVerdict } from './types';

/** Whether a PDF with this verdict may be submitted (pdf.md "Verdicts"): the rule of src/pdf. */
export function pdfAcceptable(verdict: PdfVerdict, confirmed: boolean): boolean {
  return pdfVerdictAcceptable({ verdict }, confirmed);
}
