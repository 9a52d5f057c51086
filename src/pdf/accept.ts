// Whether a PDF verdict may go with the submission: its own small module so that the Outlook send
// handler (dist/outlook-onsend.js, one isolated file) can use the one decision without bundling the
// PDF checker. Re-exported from ./index.
import type { PdfReport, PdfVerdict } from './types';

/**
 * Whether the PDF may go with the submission (spec/pdf.md, Verdicts): `valid` yes; `unsigned` and
 * `untrusted` only when the officer confirmed (the seal is visible / the signer was checked);
 * anything else no.
 */
export function pdfVerdictAcceptable(report: Pick<PdfReport, 'verdict'>, confirmed: boolean): boolean {
  const v: PdfVerdict = report.verdict;
  if (v === 'valid') return true;
  if (v === 'unsigned' || v === 'untrusted') return confirmed;
  return false;
}
