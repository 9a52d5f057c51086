/**
 * Everything the compose pane's PDF preview needs beyond React, in one chunk loaded with import()
 * when a PDF is checked: pdf.js (worker from our origin), the text reader and the comparison.
 */
import { loadPdfJsBrowser } from './browser';

export { compareWithForm, formContent } from './compare';
export { TEXT_TIMEOUT_MS, textOfDocument } from './extract';
export { loadPdfJsBrowser };

export type PanePdfJs = Awaited<ReturnType<typeof loadPdfJsBrowser>>;
