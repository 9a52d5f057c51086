// The verdict, derived from facets (spec/pdf.md "Verdicts"), its words, and whether it may go with
// the submission: the one home for all three (the CLI, the mail checks and the panes use these).
// Imports only its small word table, so the Outlook send handler (one isolated file) can use
// pdfVerdictAcceptable and the words without bundling the PDF checker.
import type { Bilingual } from '../messages/define';
import type { PdfReport, PdfVerdict } from './types';
import { verdictMessages } from './verdict-messages';

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

const V = verdictMessages.t;

/** The verdict's short name: Japanese first, English beside (「判定: 署名なし」). */
export const VERDICT_LABEL: Readonly<Record<PdfVerdict, Bilingual>> = {
  valid: V('verdict.label.valid'),
  untrusted: V('verdict.label.untrusted'),
  modified: V('verdict.label.modified'),
  broken: V('verdict.label.broken'),
  unsigned: V('verdict.label.unsigned'),
  error: V('verdict.label.error'),
};

/** Every verdict, in the order of spec/pdf.md. */
export const VERDICTS = Object.keys(VERDICT_LABEL) as PdfVerdict[];

/**
 * What the verdict means: the one sentence every front end shows; each adds only its own next
 * step (the report below, the compose pane's tick box, the `mail` command's option).
 */
export function verdictMeaning(v: PdfVerdict): Bilingual {
  return V(`verdict.${v}`);
}

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
