// A small, strict DER/BER reader: the checker reads CMS and X.509 with it (pkijs builds a schema
// tree for every parse, which costs more than the whole rest of a verification).
import { concatBytes } from '../bytes/concat';

export class DerError extends Error {}

export interface Tlv {
  /** Tag class: 0 universal, 1 application, 2 context, 3 private. */
  cls: number;
  tag: number;
  constructed: boolean;
  /** Offset of the identifier octet. */
  start: number;
  /** Offset of the first content octet. */
  valueStart: number;
  /** Offset after the content (before the end-of-contents octets of an indefinite length). */
  valueEnd: number;
  /** Offset after the whole element. */
  end: number;
  bytes: Uint8Array;
}

const MAX_DEPTH = 40;

/** Reads one element at pos, not past limit. */
export function readTlv(bytes: Uint8Array, pos: number, limit = bytes.length, depth = 0): Tlv {
  if (depth > MAX_DEPTH) throw new DerError('nesting too deep');
  if (pos + 2 > limit) throw new DerError('truncated');
  const id = bytes[pos] as number;
  const cls = id >> 6;
  const constructed = (id & 0x20) !== 0;
  let tag = id & 0x1f;
  let i = pos + 1;
  if (tag === 0x1f) {
    tag = 0;
    for (let k = 0; ; k++) {
      if (i >= limit || k > 3) throw new DerError('bad tag');
      const b = bytes[i++] as number;
      tag = tag * 128 + (b & 0x7f);
      if (!(b & 0x80)) break;
    }
  }
  if (i >= limit) throw new DerError('truncated');
  const first = bytes[i++] as number;
  if (first === 0x80) {
    // Indefinite length (BER): constructed only; children until 00 00.
    if (!constructed) throw new DerError('indefinite primitive');
    let p = i;
    for (;;) {
      if (p + 2 > limit) throw new DerError('unterminated indefinite length');
      if (bytes[p] === 0 && bytes[p + 1] === 0) break;
      p = readTlv(bytes, p, limit, depth + 1).end;
    }
    return { cls, tag, constructed, start: pos, valueStart: i, valueEnd: p, end: p + 2, bytes };
  }
  let len = first;
  if (first & 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4) throw new DerError('bad length');
    len = 0;
    for (let k = 0; k < n; k++) {
      if (i >= limit) throw new DerError('truncated');
      len = len * 256 + (bytes[i++] as number);
    }
  }
  const end = i + len;
  if (end > limit) throw new DerError('length past the end');
  return { cls, tag, constructed, start: pos, valueStart: i, valueEnd: end, end, bytes };
}

/** The children of a constructed element; they must fill it exactly. */
export function children(t: Tlv): Tlv[] {
  if (!t.constructed) throw new DerError('not constructed');
  const out: Tlv[] = [];
  let p = t.valueStart;
  while (p < t.valueEnd) {
    const c = readTlv(t.bytes, p, t.valueEnd);
    out.push(c);
    p = c.end;
  }
  if (p !== t.valueEnd) throw new DerError('children do not fill their parent');
  return out;
}

export function value(t: Tlv): Uint8Array {
  return t.bytes.subarray(t.valueStart, t.valueEnd);
}

export function whole(t: Tlv): Uint8Array {
  return t.bytes.subarray(t.start, t.end);
}

export function is(t: Tlv | undefined, cls: number, tag: number): t is Tlv {
  return t !== undefined && t.cls === cls && t.tag === tag;
}

export const UNIVERSAL = 0;
export const CONTEXT = 2;
export const T = {
  BOOLEAN: 1,
  INTEGER: 2,
  BIT_STRING: 3,
  OCTET_STRING: 4,
  NULL: 5,
  OID: 6,
  UTF8: 12,
  SEQUENCE: 16,
  SET: 17,
  PRINTABLE: 19,
  T61: 20,
  IA5: 22,
  UTC_TIME: 23,
  GENERALIZED_TIME: 24,
  UNIVERSAL_STRING: 28,
  BMP: 30,
};

export function expect(t: Tlv | undefined, tag: number, what: string): Tlv {
  if (!is(t, UNIVERSAL, tag)) throw new DerError(`${what} expected`);
  return t;
}

export function oid(t: Tlv): string {
  if (!is(t, UNIVERSAL, T.OID)) throw new DerError('OID expected');
  const v = value(t);
  if (v.length === 0) throw new DerError('empty OID');
  const parts: number[] = [];
  let n = 0;
  for (const b of v) {
    n = n * 128 + (b & 0x7f);
    if (!(b & 0x80)) {
      parts.push(n);
      n = 0;
    }
  }
  const first = parts.shift() ?? 0;
  const a = first < 40 ? 0 : first < 80 ? 1 : 2;
  return [a, first - a * 40, ...parts].join('.');
}

/** Octets of an OCTET STRING, joining the pieces of a constructed (BER) one. */
export function octets(t: Tlv): Uint8Array {
  if (!t.constructed) return value(t);
  return concatBytes(children(t).map(octets));
}

export function time(t: Tlv): Date {
  const s = String.fromCharCode(...value(t));
  let m: RegExpExecArray | null;
  if (t.tag === T.UTC_TIME) {
    m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(s);
    if (!m) throw new DerError('bad UTCTime');
    const yy = Number(m[1]);
    return new Date(
      Date.UTC(
        yy < 50 ? 2000 + yy : 1900 + yy,
        Number(m[2]) - 1,
        Number(m[3]),
        Number(m[4]),
        Number(m[5]),
        Number(m[6] ?? 0),
      ),
    );
  }
  if (t.tag === T.GENERALIZED_TIME) {
    m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})?(\d{2})?(?:[.,](\d+))?Z$/.exec(s);
    if (!m) throw new DerError('bad GeneralizedTime');
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return new Date(
      Date.UTC(
        Number(m[1]),
        Number(m[2]) - 1,
        Number(m[3]),
        Number(m[4]),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
        ms,
      ),
    );
  }
  throw new DerError('time expected');
}

export function text(t: Tlv): string {
  const v = value(t);
  switch (t.tag) {
    case T.UTF8:
      return new TextDecoder().decode(v);
    case T.BMP: {
      let s = '';
      for (let i = 0; i + 1 < v.length; i += 2)
        s += String.fromCharCode(((v[i] as number) << 8) | (v[i + 1] as number));
      return s;
    }
    case T.UNIVERSAL_STRING: {
      let s = '';
      for (let i = 0; i + 3 < v.length; i += 4) {
        s += String.fromCodePoint(
          (((v[i] as number) << 24) |
            ((v[i + 1] as number) << 16) |
            ((v[i + 2] as number) << 8) |
            (v[i + 3] as number)) >>>
            0,
        );
      }
      return s;
    }
    default: {
      let s = '';
      for (const b of v) s += String.fromCharCode(b);
      return s;
    }
  }
}

export function bitString(t: Tlv): { unused: number; bits: Uint8Array } {
  const v = value(expect(t, T.BIT_STRING, 'BIT STRING'));
  if (v.length === 0) throw new DerError('empty BIT STRING');
  return { unused: v[0] as number, bits: v.subarray(1) };
}

export function integerValue(t: Tlv): number {
  const v = value(expect(t, T.INTEGER, 'INTEGER'));
  let n = 0;
  for (const b of v) n = n * 256 + b;
  return n;
}

export function parse(bytes: Uint8Array): Tlv {
  return readTlv(bytes, 0);
}
