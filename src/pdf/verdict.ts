// The verdict, derived from facets (spec/pdf.md "Verdicts"), its words, and whether it may go with
// the submission: the one home for all three (the CLI, the mail checks and the panes use these).
// Imports types only, so the Outlook send handler (one isolated file) can use pdfVerdictAcceptable
// without bundling the PDF checker.
import type { PdfReport, PdfVerdict } from './types';

export interface SignatureFacets {
  /** The byte range is sound and the signature verifies over exactly those bytes. */
  intact: boolean;
  /** Only allowed updates follow it (coverage: nothing else after the signed range). */
  unmodified: boolean;
  /** A signer's signature (not a document timestamp). */
  approval: boolean;
  /** The signer's certificate chains to an anchor and meets every requirement at the time judged. */
  trusted: boolean;
}

export interface FileFacets {
  signatures: SignatureFacets[];
  /** Signed fields whose signature dictionary is not where it must be. */
  missingSignatures: number;
}

/** broken > modified > untrusted > valid; no signature at all: unsigned. */
export function deriveVerdict(f: FileFacets): Exclude<PdfVerdict, 'error'> {
  if (f.signatures.length === 0 && f.missingSignatures === 0) return 'unsigned';
  if (f.missingSignatures > 0 || f.signatures.some((s) => !s.intact)) return 'broken';
  if (f.signatures.some((s) => !s.unmodified)) return 'modified';
  const approvals = f.signatures.filter((s) => s.approval);
  if (approvals.length === 0 || approvals.some((s) => !s.trusted)) return 'untrusted';
  return 'valid';
}

/** The verdict's words: Japanese first, English beside. */
export const VERDICT_LABEL: Record<PdfVerdict, { ja: string; en: string }> = {
  valid: { ja: '有効', en: 'valid' },
  untrusted: { ja: '信頼できない署名者', en: 'untrusted signer' },
  modified: { ja: '署名後に変更あり', en: 'modified after signing' },
  broken: { ja: '署名が壊れている', en: 'broken signature' },
  unsigned: { ja: '署名なし', en: 'unsigned' },
  error: { ja: '読めない', en: 'unreadable' },
};

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
