/** pdf.js in Node: the legacy build, its worker run in-process (pdf.js's fake worker). */
import type { PdfJsLike } from './extract';

export async function loadPdfJsNode(): Promise<PdfJsLike> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJsLike;
}
