/** The PDF shows the same form: text extraction (pdf.js passed in) and the pure comparison. */
export { compactText, compareWithForm, formContent, hexRuns, serialLikeValues, showsSerial } from './compare';
export {
  extractText,
  linesOf,
  MAX_TEXT_PAGES,
  type PdfJsLike,
  PdfTextError,
  TEXT_TIMEOUT_MS,
} from './extract';
export type * from './types';
