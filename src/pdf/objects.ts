// A small, strict reader of PDF objects (ISO 32000-1, 7.3). It reads only what the checker needs
// (signature dictionaries, the catalog, form fields, pages, cross-reference data) and keeps byte
// offsets, because the signature checks are about where things sit in the file.
import { isDelimiter, isDigit, isWhite, latin1, skipWhite, startsWith } from './bytes';
import { MAX_NESTING, PdfLimitError } from './limits';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
  get key(): string {
    return `${this.num} ${this.gen}`;
  }
}

export class PdfString {
  constructor(
    /** The bytes as latin1 text. */
    readonly value: string,
    readonly hex: boolean,
    /** Offset of the opening delimiter. */
    readonly start: number,
    /** Offset just after the closing delimiter. */
    readonly end: number,
  ) {}
}

export class PdfDict {
  readonly map = new Map<string, PdfValue>();
  /** Offset of each key's `/Name` token. */
  readonly keyPos = new Map<string, number>();
  /** Keys that occurred more than once (the last value wins in `map`). */
  readonly duplicates: string[] = [];
  constructor(
    readonly start: number,
    public end: number,
  ) {}
  get(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
  name(key: string): string | undefined {
    const v = this.map.get(key);
    return v instanceof PdfName ? v.name : undefined;
  }
}

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export class PdfSyntaxError extends Error {}

/** An indirect object as it sits in the file. */
export interface PdfObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Offset of `N G obj`. */
  start: number;
  /** Offset just after `endobj` (or after the value when endobj is missing and tolerated). */
  end: number;
  /** For streams: the raw (still encoded) data range. */
  stream?: { start: number; end: number };
}

export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos: number,
    readonly limit = bytes.length,
  ) {
    this.pos = pos;
  }

  skip(): void {
    this.pos = skipWhite(this.bytes, this.pos, this.limit);
  }

  /** Reads a regular token (keyword or number) at pos without consuming white space first. */
  private regular(): string {
    const start = this.pos;
    while (this.pos < this.limit) {
      const b = this.bytes[this.pos];
      if (isWhite(b) || isDelimiter(b)) break;
      this.pos++;
    }
    return latin1(this.bytes, start, this.pos);
  }

  /** Reads a keyword if one is next (consumes it), else returns undefined and stays. */
  keyword(word: string): boolean {
    this.skip();
    if (!startsWith(this.bytes, this.pos, word)) return false;
    const after = this.bytes[this.pos + word.length];
    if (this.pos + word.length < this.limit && !isWhite(after) && !isDelimiter(after)) return false;
    this.pos += word.length;
    return true;
  }

  /** Reads an unsigned integer if one is next. */
  integer(): number | undefined {
    this.skip();
    const start = this.pos;
    let i = start;
    while (i < this.limit && isDigit(this.bytes[i])) i++;
    if (i === start || i - start > 15) return undefined;
    const after = this.bytes[i];
    if (i < this.limit && !isWhite(after) && !isDelimiter(after)) return undefined;
    this.pos = i;
    return Number(latin1(this.bytes, start, i));
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_NESTING) throw new PdfLimitError('nesting-too-deep');
    this.skip();
    if (this.pos >= this.limit) throw new PdfSyntaxError('unexpected end of data');
    const b = this.bytes[this.pos];
    const start = this.pos;
    if (b === 0x2f) return this.name();
    if (b === 0x3c) {
      if (this.bytes[this.pos + 1] === 0x3c) return this.dict(depth);
      return this.hexString();
    }
    if (b === 0x28) return this.literalString();
    if (b === 0x5b) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (this.pos >= this.limit) throw new PdfSyntaxError('unterminated array');
        if (this.bytes[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        arr.push(this.value(depth + 1));
      }
    }
    if (b === 0x7b || b === 0x7d || b === 0x29 || b === 0x3e || b === 0x5d) {
      throw new PdfSyntaxError(`unexpected delimiter at ${start}`);
    }
    const tok = this.regular();
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (tok === 'null') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(tok)) {
      // An indirect reference is `num gen R`.
      if (/^\d+$/.test(tok)) {
        const save = this.pos;
        const gen = this.integer();
        if (gen !== undefined && this.keyword('R')) return new PdfRef(Number(tok), gen);
        this.pos = save;
      }
      return Number(tok);
    }
    throw new PdfSyntaxError(`unexpected token "${tok.slice(0, 20)}" at ${start}`);
  }

  private name(): PdfName {
    this.pos++;
    const start = this.pos;
    while (this.pos < this.limit) {
      const b = this.bytes[this.pos];
      if (isWhite(b) || isDelimiter(b)) break;
      this.pos++;
    }
    const raw = latin1(this.bytes, start, this.pos);
    return new PdfName(
      raw.includes('#')
        ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)))
        : raw,
    );
  }

  private dict(depth: number): PdfDict {
    const dict = new PdfDict(this.pos, this.pos);
    this.pos += 2;
    for (;;) {
      this.skip();
      if (this.pos >= this.limit) throw new PdfSyntaxError('unterminated dictionary');
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        dict.end = this.pos;
        return dict;
      }
      if (this.bytes[this.pos] !== 0x2f) throw new PdfSyntaxError(`dictionary key expected at ${this.pos}`);
      const keyPos = this.pos;
      const key = this.name().name;
      const value = this.value(depth + 1);
      if (dict.map.has(key)) dict.duplicates.push(key);
      dict.map.set(key, value);
      dict.keyPos.set(key, keyPos);
    }
  }

  private hexString(): PdfString {
    const start = this.pos;
    const close = this.bytes.indexOf(0x3e, start + 1);
    if (close < 0 || close >= this.limit) {
      this.pos = this.limit;
      throw new PdfSyntaxError('unterminated hex string');
    }
    let s = '';
    let hi = -1;
    for (let i = start + 1; i < close; i++) {
      const b = this.bytes[i] as number;
      let v: number;
      if (b >= 0x30 && b <= 0x39) v = b - 0x30;
      else if (b >= 0x41 && b <= 0x46) v = b - 0x37;
      else if (b >= 0x61 && b <= 0x66) v = b - 0x57;
      else if (isWhite(b)) continue;
      else throw new PdfSyntaxError(`bad hex digit at ${i}`);
      if (hi < 0) hi = v;
      else {
        s += String.fromCharCode(hi * 16 + v);
        hi = -1;
      }
    }
    if (hi >= 0) s += String.fromCharCode(hi * 16);
    this.pos = close + 1;
    return new PdfString(s, true, start, this.pos);
  }

  private literalString(): PdfString {
    const start = this.pos;
    let depth = 0;
    let s = '';
    let i = start + 1;
    for (;;) {
      if (i >= this.limit) {
        this.pos = this.limit;
        throw new PdfSyntaxError('unterminated string');
      }
      const b = this.bytes[i] as number;
      if (b === 0x5c) {
        const n = this.bytes[i + 1] as number;
        i += 2;
        const map: Record<number, string> = { 110: '\n', 114: '\r', 116: '\t', 98: '\b', 102: '\f' };
        if (map[n] !== undefined) s += map[n];
        else if (n >= 0x30 && n <= 0x37) {
          let oct = n - 0x30;
          for (
            let k = 0;
            k < 2 && (this.bytes[i] as number) >= 0x30 && (this.bytes[i] as number) <= 0x37;
            k++
          ) {
            oct = oct * 8 + ((this.bytes[i] as number) - 0x30);
            i++;
          }
          s += String.fromCharCode(oct & 0xff);
        } else if (n === 0x0d) {
          if (this.bytes[i] === 0x0a) i++;
        } else if (n !== 0x0a) s += String.fromCharCode(n);
        continue;
      }
      if (b === 0x28) depth++;
      else if (b === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      s += String.fromCharCode(b);
      i++;
    }
    this.pos = i + 1;
    return new PdfString(s, false, start, this.pos);
  }
}

/**
 * Reads `N G obj value [stream … endstream] endobj` at offset. `streamLength` resolves an indirect
 * /Length when the caller can; without it the reader looks for `endstream`.
 */
export function parseObjectAt(
  bytes: Uint8Array,
  offset: number,
  limit = bytes.length,
  work?: { chargeParsed(n: number): void },
): PdfObject {
  const lx = new Lexer(bytes, offset, limit);
  if (!work) return readObject(bytes, lx, limit);
  let charge = 0;
  try {
    const o = readObject(bytes, lx, limit);
    charge = o.end - offset;
    // Stream data skipped by its /Length was not read.
    const len = o.value instanceof PdfDict ? o.value.get('Length') : undefined;
    if (o.stream && len === o.stream.end - o.stream.start) charge -= len;
    return o;
  } catch (e) {
    charge = lx.pos - offset;
    throw e;
  } finally {
    work.chargeParsed(Math.max(1, charge));
  }
}

function readObject(bytes: Uint8Array, lx: Lexer, limit: number): PdfObject {
  const offset = lx.pos;
  lx.skip();
  const start = lx.pos;
  const num = lx.integer();
  const gen = lx.integer();
  if (num === undefined || gen === undefined || !lx.keyword('obj')) {
    throw new PdfSyntaxError(`no object header at ${offset}`);
  }
  const value = lx.value();
  const obj: PdfObject = { num, gen, value, start, end: lx.pos };
  if (value instanceof PdfDict && lx.keyword('stream')) {
    let dataStart = lx.pos;
    // `stream` is followed by CRLF or LF (CR alone tolerated).
    if (bytes[dataStart] === 0x0d) dataStart++;
    if (bytes[dataStart] === 0x0a) dataStart++;
    const len = value.get('Length');
    let dataEnd = -1;
    if (typeof len === 'number' && Number.isInteger(len) && len >= 0 && dataStart + len <= limit) {
      const after = skipWhite(bytes, dataStart + len, limit);
      if (startsWith(bytes, after, 'endstream')) dataEnd = dataStart + len;
    }
    let endstream: number;
    if (dataEnd < 0) {
      endstream = findKeyword(bytes, 'endstream', dataStart, limit);
      if (endstream < 0) {
        lx.pos = limit;
        throw new PdfSyntaxError(`unterminated stream in object ${num}`);
      }
      dataEnd = endstream;
      // The EOL before endstream is not data.
      if (bytes[dataEnd - 1] === 0x0a) dataEnd--;
      if (bytes[dataEnd - 1] === 0x0d) dataEnd--;
    } else {
      endstream = skipWhite(bytes, dataEnd, limit);
    }
    obj.stream = { start: dataStart, end: dataEnd };
    lx.pos = endstream + 'endstream'.length;
  }
  if (!lx.keyword('endobj')) throw new PdfSyntaxError(`endobj missing for object ${num}`);
  obj.end = lx.pos;
  return obj;
}

function findKeyword(bytes: Uint8Array, word: string, from: number, limit: number): number {
  const first = word.charCodeAt(0);
  let i = from;
  while (i < limit) {
    i = bytes.indexOf(first, i);
    if (i < 0 || i >= limit) return -1;
    if (startsWith(bytes, i, word)) return i;
    i++;
  }
  return -1;
}

/** Deep equality of PDF values (strings by content, references by number). */
export function sameValue(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
  if (a === b) return true;
  if (a instanceof PdfName && b instanceof PdfName) return a.name === b.name;
  if (a instanceof PdfRef && b instanceof PdfRef) return a.num === b.num && a.gen === b.gen;
  if (a instanceof PdfString && b instanceof PdfString) return a.value === b.value;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a instanceof PdfDict && b instanceof PdfDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, v] of a.map) if (!sameValue(v, b.map.get(k))) return false;
    return true;
  }
  return false;
}

/** Every reference inside a value (not following them). */
export function refsIn(v: PdfValue | undefined, out: PdfRef[] = []): PdfRef[] {
  if (v instanceof PdfRef) out.push(v);
  else if (Array.isArray(v)) for (const x of v) refsIn(x, out);
  else if (v instanceof PdfDict) for (const x of v.map.values()) refsIn(x, out);
  return out;
}
