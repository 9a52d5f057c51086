/** Shapes of the PDF-text cross-check (spec/pdf.md "The PDF shows the same form"). */
import type { Bilingual } from '../form/fields';

export type { Bilingual };

/** The text of a PDF as lines, top to bottom, page after page. */
export interface PdfText {
  /** Pages in the document. */
  pages: number;
  /** Pages read (at most MAX_TEXT_PAGES). */
  pagesRead: number;
  lines: string[];
}

export type FormMatch = 'same' | 'mismatch' | 'no-text';

export type PdfFormRule = 'pdf.form-mismatch' | 'pdf.form-extra' | 'pdf.no-text';

export interface PdfFormFinding {
  rule: PdfFormRule;
  severity: 'error' | 'warning' | 'info';
  message: Bilingual;
}

/** What the form says that the PDF must show. */
export interface FormContent {
  institutionName?: string;
  /** The form's serials as written (any case, separators); normalised when compared. */
  serials: string[];
}

/** The result of comparing the PDF's text with the form (the `form` member of verify-pdf's JSON). */
export interface FormComparison {
  match: FormMatch;
  /** `serial:<normalised hex>` or a field id (`institutionName`). */
  missing: string[];
  /** `serial:<normalised hex>` of serial-like values in the PDF that are not on the form. */
  extra: string[];
  findings: PdfFormFinding[];
}
