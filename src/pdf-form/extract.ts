/**
 * The text of a PDF with pdf.js (`pdfjs-dist`), as lines. pdf.js reads the CID fonts and ToUnicode
 * maps of Excel's PDF export. The library is passed in (Node: the legacy build, see node.ts; panes:
 * a dynamically imported build with its worker from our origin, see browser.ts), so this module
 * imports nothing heavy. Bounded: at most MAX_TEXT_PAGES pages, and a time limit.
 */
import type { PdfText } from './types';

/** A form is 1–3 pages; a PDF with more is read only this far. */
export const MAX_TEXT_PAGES = 10;
/** Reading the text of a form takes well under a second; past this, give up. */
export const TEXT_TIMEOUT_MS = 15_000;

/** The part of pdf.js's text content this code reads. */
interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** The part of pdf.js's API this code uses (the same in the legacy and the modern build). */
export interface PdfJsLike {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
    [k: string]: unknown;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{
        getTextContent(): Promise<{ items: ReadonlyArray<TextItemLike | { type: string }> }>;
      }>;
      destroy(): Promise<void>;
    }>;
    destroy(): Promise<void>;
  };
}

/** Why the text could not be read. */
export class PdfTextError extends Error {
  constructor(
    readonly code: 'pdf-text.unreadable' | 'pdf-text.encrypted' | 'pdf-text.timeout',
    detail: string,
  ) {
    super(detail);
    this.name = 'PdfTextError';
  }
}

const isText = (i: TextItemLike | { type: string }): i is TextItemLike => 'str' in i;

/**
 * Lines from text items: items on the same baseline (within half a font height) form a line, left to
 * right; a gap wider than a quarter of the font height becomes a space. Excel's export draws glyph
 * runs or single glyphs at their own positions: they join into the words they show.
 */
export function linesOf(items: readonly TextItemLike[]): string[] {
  const runs = items
    .filter((i) => i.str.length > 0)
    .map((i) => {
      const [a = 0, b = 0, , , x = 0, y = 0] = i.transform;
      const size = Math.hypot(a, b) || i.height || 10;
      return { str: i.str, x, y, size, end: x + i.width };
    });
  // Top to bottom, then left to right.
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<typeof runs> = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs((l[0] as (typeof runs)[0]).y - r.y) <= r.size / 2);
    if (line) line.push(r);
    else lines.push([r]);
  }
  const out: string[] = [];
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const r of line) {
      if (text && r.x - end > r.size / 4 && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
      text += r.str;
      end = Math.max(end, r.end);
    }
    const t = text.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

type PdfDocumentLike = Awaited<ReturnType<PdfJsLike['getDocument']>['promise']>;

/** The text of an open document (pdf.js), at most `maxPages` pages. */
export async function textOfDocument(doc: PdfDocumentLike, maxPages = MAX_TEXT_PAGES): Promise<PdfText> {
  const read = Math.min(doc.numPages, maxPages);
  const lines: string[] = [];
  for (let n = 1; n <= read; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    lines.push(...linesOf(content.items.filter(isText)));
  }
  return { pages: doc.numPages, pagesRead: read, lines };
}

/** The text of a PDF as lines, reading at most MAX_TEXT_PAGES pages within TEXT_TIMEOUT_MS. */
export async function extractText(
  pdfjs: PdfJsLike,
  bytes: Uint8Array,
  opts: { maxPages?: number; timeoutMs?: number } = {},
): Promise<PdfText> {
  const maxPages = opts.maxPages ?? MAX_TEXT_PAGES;
  // pdf.js may transfer the buffer to its worker: give it a copy, never the caller's bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfTextError('pdf-text.timeout', 'timed out')),
      opts.timeoutMs ?? TEXT_TIMEOUT_MS,
    );
  });
  const work = task.promise.then((doc) => textOfDocument(doc, maxPages));
  try {
    return await Promise.race([work, timeout]);
  } catch (e) {
    if (e instanceof PdfTextError) throw e;
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new PdfTextError('pdf-text.encrypted', (e as Error).message);
    throw new PdfTextError('pdf-text.unreadable', (e as Error)?.message ?? String(e));
  } finally {
    clearTimeout(timer);
    work.catch(() => {});
    await task.destroy().catch(() => {});
  }
}
