// Cross-reference sections (tables and streams), the chain of revisions, and an object store that
// resolves objects as of a given set of sections.
import { ascii, isWhite, lastIndexOf, startsWith } from './bytes';
import { MAX_REVISIONS, PdfLimitError, Work } from './limits';
import {
  Lexer,
  PdfDict,
  PdfName,
  type PdfObject,
  PdfRef,
  PdfSyntaxError,
  type PdfValue,
  parseObjectAt,
} from './objects';
import { decodeStream } from './streams';

export type XrefEntry =
  | { kind: 'free' }
  | { kind: 'n'; offset: number; gen: number }
  | { kind: 'c'; stm: number; idx: number };

export interface XrefSection {
  offset: number;
  kind: 'table' | 'stream';
  entries: Map<number, XrefEntry>;
  trailer: PdfDict;
  /** Just after the trailer dictionary (table) or `endobj` (stream). */
  end: number;
  /** Just after the `startxref N %%EOF` (+ one end-of-line) that closes this revision, or -1. */
  eofEnd: number;
  /** The N of that startxref. */
  startxref?: number;
  /** For a hybrid file: the entries of the /XRefStm stream. */
  hybrid?: XrefSection;
}

/** Reads `startxref N %%EOF` (+ EOL) starting at pos (white space allowed before it). */
export function readStartxrefAt(
  bytes: Uint8Array,
  pos: number,
): { value: number; eofEnd: number } | undefined {
  const lx = new Lexer(bytes, pos);
  if (!lx.keyword('startxref')) return undefined;
  const value = lx.integer();
  if (value === undefined) return undefined;
  let i = lx.pos;
  while (i < bytes.length && isWhite(bytes[i])) i++;
  if (!startsWith(bytes, i, '%%EOF')) return undefined;
  i += 5;
  if (bytes[i] === 0x0d) i++;
  if (bytes[i] === 0x0a) i++;
  return { value, eofEnd: i };
}

function closeRevision(bytes: Uint8Array, section: XrefSection): void {
  const r = readStartxrefAt(bytes, section.end);
  if (r) {
    section.eofEnd = r.eofEnd;
    section.startxref = r.value;
  }
}

async function readTable(bytes: Uint8Array, offset: number, work: Work): Promise<XrefSection> {
  const lx = new Lexer(bytes, offset);
  if (!lx.keyword('xref')) throw new PdfSyntaxError(`no xref at ${offset}`);
  const entries = new Map<number, XrefEntry>();
  for (;;) {
    if (lx.keyword('trailer')) break;
    const first = lx.integer();
    const count = lx.integer();
    if (first === undefined || count === undefined)
      throw new PdfSyntaxError(`bad xref subsection at ${lx.pos}`);
    // Each entry takes 20 bytes: a count the file cannot hold is not read entry by entry.
    if (count * 18 > bytes.length - lx.pos) throw new PdfSyntaxError(`bad xref subsection at ${lx.pos}`);
    work.chargeEntries(count);
    for (let k = 0; k < count; k++) {
      const off = lx.integer();
      const gen = lx.integer();
      const n = lx.keyword('n');
      const f = !n && lx.keyword('f');
      if (off === undefined || gen === undefined || (!n && !f)) {
        throw new PdfSyntaxError(`bad xref entry at ${lx.pos}`);
      }
      if (!entries.has(first + k))
        entries.set(first + k, n ? { kind: 'n', offset: off, gen } : { kind: 'free' });
    }
  }
  const trailer = lx.value();
  if (!(trailer instanceof PdfDict)) throw new PdfSyntaxError('trailer is not a dictionary');
  const section: XrefSection = { offset, kind: 'table', entries, trailer, end: lx.pos, eofEnd: -1 };
  closeRevision(bytes, section);
  const stm = trailer.get('XRefStm');
  if (typeof stm === 'number' && stm !== offset) {
    try {
      section.hybrid = await readStream(bytes, stm, work);
    } catch (e) {
      if (e instanceof PdfLimitError) throw e;
      // A broken hybrid stream is ignored, as readers for PDF 1.4 would.
    }
  }
  return section;
}

function num(v: PdfValue | undefined, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback;
}

async function readStream(bytes: Uint8Array, offset: number, work: Work): Promise<XrefSection> {
  const obj = parseObjectAt(bytes, offset);
  const dict = obj.value;
  if (!(dict instanceof PdfDict) || !obj.stream || dict.name('Type') !== 'XRef') {
    throw new PdfSyntaxError(`no cross-reference stream at ${offset}`);
  }
  const w = dict.get('W');
  if (!Array.isArray(w) || w.length < 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8)) {
    throw new PdfSyntaxError('bad /W in cross-reference stream');
  }
  const [w0, w1, w2] = w as [number, number, number];
  const size = num(dict.get('Size'), 0);
  const index = dict.get('Index');
  const ranges: number[] = Array.isArray(index) ? (index as number[]) : [0, size];
  const entries = new Map<number, XrefEntry>();
  const rowLen = w0 + w1 + w2;
  // A row of zero bytes would let /Index name any number of entries without data.
  if (rowLen === 0) throw new PdfSyntaxError('bad /W in cross-reference stream');
  let rows = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) rows += num(ranges[r + 1], 0);
  // Only the rows /Index names are inflated (a PNG predictor adds one byte per row).
  const need = rows * (rowLen + 1);
  const data = await decodeStream(dict, bytes.subarray(obj.stream.start, obj.stream.end), work, need);
  let at = 0;
  const field = (width: number, dflt: number): number => {
    if (width === 0) return dflt;
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 256 + (data[at + k] as number);
    at += width;
    return v;
  };
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    const first = num(ranges[r], 0);
    const count = num(ranges[r + 1], 0);
    if (at + count * rowLen > data.length) throw new PdfSyntaxError('cross-reference stream too short');
    work.chargeEntries(count);
    for (let k = 0; k < count; k++) {
      if (at + rowLen > data.length) throw new PdfSyntaxError('cross-reference stream too short');
      const type = field(w0, 1);
      const a = field(w1, 0);
      const b = field(w2, 0);
      const n = first + k;
      if (entries.has(n)) continue;
      if (type === 0) entries.set(n, { kind: 'free' });
      else if (type === 1) entries.set(n, { kind: 'n', offset: a, gen: b });
      else if (type === 2) entries.set(n, { kind: 'c', stm: a, idx: b });
    }
  }
  const section: XrefSection = { offset, kind: 'stream', entries, trailer: dict, end: obj.end, eofEnd: -1 };
  closeRevision(bytes, section);
  return section;
}

export async function readSection(
  bytes: Uint8Array,
  offset: number,
  work = new Work(bytes.length),
): Promise<XrefSection> {
  if (offset < 0 || offset >= bytes.length)
    throw new PdfSyntaxError(`cross-reference offset ${offset} outside the file`);
  const lx = new Lexer(bytes, offset);
  lx.skip();
  if (startsWith(bytes, lx.pos, 'xref')) return readTable(bytes, lx.pos, work);
  return readStream(bytes, lx.pos, work);
}

/** The sections reachable from a startxref value, newest first (following /Prev). */
export async function readChain(
  bytes: Uint8Array,
  start: number,
  work = new Work(bytes.length),
): Promise<XrefSection[]> {
  const out: XrefSection[] = [];
  const seen = new Set<number>();
  let offset: number | undefined = start;
  while (offset !== undefined) {
    if (seen.has(offset)) throw new PdfLimitError('xref-loop');
    if (out.length >= MAX_REVISIONS) throw new PdfLimitError('too-many-revisions');
    seen.add(offset);
    const s = await readSection(bytes, offset, work);
    out.push(s);
    const prev = s.trailer.get('Prev');
    offset = typeof prev === 'number' && Number.isInteger(prev) ? prev : undefined;
  }
  return out;
}

/** The last `startxref N %%EOF` of the file. */
export function findLastStartxref(
  bytes: Uint8Array,
): { pos: number; value: number; eofEnd: number } | undefined {
  let before = bytes.length;
  for (let tries = 0; tries < 4; tries++) {
    const pos = lastIndexOf(bytes, ascii('startxref'), before - 9);
    if (pos < 0) return undefined;
    const r = readStartxrefAt(bytes, pos);
    if (r) return { pos, ...r };
    before = pos;
  }
  return undefined;
}

/** Objects as of a list of sections (newest first). */
export class ObjectStore {
  private cache = new Map<number, PdfObject | null>();
  private objStreams = new Map<
    number,
    Promise<{ data: Uint8Array; offsets: Map<number, number>; first: number }>
  >();
  constructor(
    readonly bytes: Uint8Array,
    readonly sections: XrefSection[],
    readonly work = new Work(bytes.length),
  ) {}

  entry(n: number): XrefEntry | undefined {
    for (const s of this.sections) {
      const e = s.entries.get(n) ?? s.hybrid?.entries.get(n);
      if (e) return e;
    }
    return undefined;
  }

  /** The object with number n, or undefined when free, missing or unreadable. */
  async get(n: number): Promise<PdfObject | undefined> {
    if (this.cache.has(n)) return this.cache.get(n) ?? undefined;
    this.cache.set(n, null);
    const e = this.entry(n);
    let obj: PdfObject | undefined;
    try {
      if (e?.kind === 'n') {
        obj = parseObjectAt(this.bytes, e.offset, undefined, this.work);
        if (obj.num !== n) obj = undefined;
      } else if (e?.kind === 'c') obj = await this.fromObjStream(e.stm, e.idx, n);
    } catch (e) {
      if (e instanceof PdfLimitError) throw e;
      obj = undefined;
    }
    this.cache.set(n, obj ?? null);
    return obj;
  }

  private async fromObjStream(stm: number, _idx: number, n: number): Promise<PdfObject | undefined> {
    let p = this.objStreams.get(stm);
    if (!p) {
      p = (async () => {
        const container = await this.get(stm);
        if (!container?.stream || !(container.value instanceof PdfDict))
          throw new PdfSyntaxError('bad object stream');
        if (container.value.name('Type') !== 'ObjStm') throw new PdfSyntaxError('not an object stream');
        const data = await decodeStream(
          container.value,
          this.bytes.subarray(container.stream.start, container.stream.end),
          this.work,
        );
        const count = num(container.value.get('N'), 0);
        const first = num(container.value.get('First'), 0);
        const lx = new Lexer(data, 0, first);
        const offsets = new Map<number, number>();
        for (let k = 0; k < count; k++) {
          const on = lx.integer();
          const off = lx.integer();
          if (on === undefined || off === undefined) break;
          if (!offsets.has(on)) offsets.set(on, off);
        }
        return { data, offsets, first };
      })();
      this.objStreams.set(stm, p);
    }
    const { data, offsets, first } = await p;
    const off = offsets.get(n);
    if (off === undefined) return undefined;
    const lx = new Lexer(data, first + off);
    try {
      const value = lx.value();
      return { num: n, gen: 0, value, start: -1, end: -1 };
    } finally {
      this.work.chargeParsed(Math.max(1, lx.pos - first - off));
    }
  }

  /** Follows references (a few levels) to a direct value. */
  async resolve(v: PdfValue | undefined): Promise<PdfValue | undefined> {
    let cur = v;
    for (let k = 0; k < 16 && cur instanceof PdfRef; k++) cur = (await this.get(cur.num))?.value;
    return cur instanceof PdfRef ? undefined : cur;
  }

  async dict(v: PdfValue | undefined): Promise<PdfDict | undefined> {
    const r = await this.resolve(v);
    return r instanceof PdfDict ? r : undefined;
  }
}

export function trailerRoot(s: XrefSection): PdfRef | undefined {
  const r = s.trailer.get('Root');
  return r instanceof PdfRef ? r : undefined;
}

export function isName(v: PdfValue | undefined, name: string): boolean {
  return v instanceof PdfName && v.name === name;
}
