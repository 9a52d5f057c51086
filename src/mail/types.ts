/** Shapes the submission code reads. The form report is the core's; the PDF report follows pdf.md. */
import type { Bilingual } from '../form/fields';
import type { CheckReport, Finding, Profile } from '../form/types';
import type { PdfFormCheck } from '../pdf-form/readiness';

export type { Bilingual, CheckReport, Finding, Profile };

export type PdfVerdict = 'valid' | 'untrusted' | 'modified' | 'broken' | 'unsigned' | 'error';

/** The part of the PDF checker's report (pdf.md, `verify-pdf --json`) the submission reads. */
export interface PdfReportLike {
  file?: string;
  bytes?: number;
  verdict: PdfVerdict;
  signatures: Array<{ kind?: 'approval' | 'timestamp'; signer?: { email?: string | null } | null }>;
  messages: Bilingual[];
}

/** What was checked of the form, small enough to keep with the message. */
export interface FormCheck {
  /** The attachment's file name. */
  name: string;
  size?: number;
  errors: number;
  warnings: number;
  /** The subject built from this form (mail.md). */
  subject: string;
}

/** What was checked of the PDF. */
export interface PdfCheck {
  name: string;
  size?: number;
  verdict: PdfVerdict;
  /** Signer e-mails that are neither the officer's nor the profile's (`pdf.signer-unknown`). */
  unknownSigners?: string[];
}

/** An attachment as a mail program lists it. */
export interface AttachmentRef {
  name: string;
  size?: number;
}

/** What was checked of a submission's files, kept with the message for the send check. */
export interface CheckedSubmission {
  form?: FormCheck;
  pdf?: PdfCheck;
  identityConfirmed: boolean;
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form (pdf.md "The PDF shows the same form"), when made. */
  pdfForm?: PdfFormCheck;
}
