/**
 * pdf.js in the panes: loaded with import() only when a PDF is checked (its own chunk, never in a
 * pane's first load), its worker served from our own origin (dist/pdf.worker.min.js, copied by
 * webpack; the pages' CSP has `worker-src 'self'`).
 */
/** Named .js, not .mjs: every static host (IIS, nginx) serves .js as JavaScript; a module worker needs that. */
export const PDF_WORKER_FILE = 'pdf.worker.min.js';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | undefined;

export function loadPdfJsBrowser(): Promise<PdfJs> {
  loading ??= import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist').then((lib) => {
    const url = new URL(PDF_WORKER_FILE, document.baseURI).href;
    lib.GlobalWorkerOptions.workerSrc = url;
    // One worker for every document: starting a worker (parsing its 1 MB script) per PDF would cost
    // more than reading a form's text.
    if (typeof Worker === 'function') {
      try {
        lib.GlobalWorkerOptions.workerPort = new Worker(url, { type: 'module' });
      } catch {
        // pdf.js starts its own from workerSrc.
      }
    }
    return lib;
  });
  return loading;
}
