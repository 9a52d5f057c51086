// Byte helpers. PDF syntax is bytes, not text: everything here works on Uint8Array offsets and
// decodes as latin1 (one byte, one character), never UTF-8.

/** PDF white-space characters (ISO 32000-1, 7.2.2). */
export function isWhite(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}

/** PDF delimiter characters. */
export function isDelimiter(b: number | undefined): boolean {
  return (
    b === 0x28 || // (
    b === 0x29 || // )
    b === 0x3c || // <
    b === 0x3e || // >
    b === 0x5b || // [
    b === 0x5d || // ]
    b === 0x7b || // {
    b === 0x7d || // }
    b === 0x2f || // /
    b === 0x25 // %
  );
}

export function isDigit(b: number | undefined): boolean {
  return b !== undefined && b >= 0x30 && b <= 0x39;
}

/** Latin1 text of bytes[start, end) (for short slices: names, keywords, numbers). */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  const stop = Math.min(end, bytes.length);
  for (let i = start; i < stop; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(stop, i + 4096)));
  }
  return s;
}

export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

interface NativeSearch {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { indexOf(v: Uint8Array, from: number): number };
}
// Node's Buffer has a native multi-byte search (several times faster than a JavaScript loop on a
// large file); browsers fall back to the loop below. Feature-detected: nothing here needs Node.
const nativeSearch = (globalThis as { Buffer?: NativeSearch }).Buffer;

/** First index of needle in hay at or after from (the match ending by `to`), or -1. */
export function indexOf(hay: Uint8Array, needle: Uint8Array, from = 0, to = hay.length): number {
  const m = needle.length;
  if (m === 0) return from;
  const end = Math.min(to, hay.length);
  const start = Math.max(0, from);
  if (nativeSearch && end - start > 4096) {
    const i = nativeSearch.from(hay.buffer, hay.byteOffset, end).indexOf(needle, start);
    return i < 0 || i + m > end ? -1 : i;
  }
  const first = needle[0] as number;
  let i = start;
  while (i <= end - m) {
    i = hay.indexOf(first, i);
    if (i < 0 || i > end - m) return -1;
    let k = 1;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
    i++;
  }
  return -1;
}

/** Last index of needle in hay that starts at or before `before`, or -1. */
export function lastIndexOf(
  hay: Uint8Array,
  needle: Uint8Array,
  before = hay.length - needle.length,
  after = 0,
): number {
  const first = needle[0];
  if (first === undefined) return before;
  let i = Math.min(before, hay.length - needle.length);
  while (i >= after) {
    i = hay.lastIndexOf(first, i);
    if (i < after) return -1;
    let k = 1;
    while (k < needle.length && hay[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
    i--;
  }
  return -1;
}

/** Whether hay has the ASCII text at pos. */
export function startsWith(hay: Uint8Array, pos: number, text: string): boolean {
  if (pos < 0 || pos + text.length > hay.length) return false;
  for (let k = 0; k < text.length; k++) if (hay[pos + k] !== text.charCodeAt(k)) return false;
  return true;
}

export function toHex(bytes: Uint8Array, upper = false): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return upper ? s.toUpperCase() : s;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
}

/** Skips white space and comments from pos; returns the next position. */
export function skipWhite(bytes: Uint8Array, pos: number, end = bytes.length): number {
  let i = pos;
  while (i < end) {
    const b = bytes[i];
    if (isWhite(b)) i++;
    else if (b === 0x25) {
      while (i < end && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
    } else break;
  }
  return i;
}
