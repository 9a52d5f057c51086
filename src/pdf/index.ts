// The PDF checker (spec/pdf.md): bytes in, report out. Runs in Node and in the Outlook pane
// (WebCrypto and DecompressionStream only: no Node-only APIs, no pkijs on this path).
import type { PdfReport } from './types';

export { certificatesFromFile } from '../bytes/pem';
export { defaultAnchorNames, defaultAnchorsDer } from './anchors';
export type { CertificationLevel } from './docmdp';
export type {
  PdfAppended,
  PdfAppendedObject,
  PdfChain,
  PdfHasher,
  PdfMessage,
  PdfReport,
  PdfSignature,
  PdfSigner,
  PdfVerdict,
  VerifyPdfOptions,
} from './types';
export { deriveVerdict, pdfVerdictAcceptable, VERDICT_LABEL } from './verdict';
export { PDF_SIZE_LIMIT, tooLargeReport, verifyPdf } from './verify';

/** The signers' e-mail addresses (approval signatures), for the form cross-check (pdf.signer-unknown). */
export function pdfSignerEmails(report: Pick<PdfReport, 'signatures'>): string[] {
  return report.signatures
    .filter((s) => s.kind === 'approval' && s.signer?.email)
    .map((s) => s.signer?.email as string);
}
