/**
 * A zip guard for untrusted workbooks: reads the central directory, refuses archives whose parts
 * inflate beyond a bound (declared or actual: a bomb can lie about its sizes), and lists the part
 * names. Uses the platform's DecompressionStream (Node ≥ 18 and every current browser). Also
 * streams one part at a time with a byte budget (fflate), for the probe that reads only what it needs.
 */
import { Inflate } from 'fflate';
import { concatBytes } from '../bytes/concat';
import type { Bilingual } from '../messages/define';
import { formatSize } from '../messages/size';
import { wt } from './messages';

export class ZipProblem extends Error {
  constructor(
    readonly text: Bilingual,
    readonly tooLarge = false,
  ) {
    super(text.en);
    this.name = 'ZipProblem';
  }
}

const problem = (text: Bilingual, tooLarge = false) => new ZipProblem(text, tooLarge);

const MAX_ENTRIES = 10_000;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (
    ((b[o] as number) | ((b[o + 1] as number) << 8) | ((b[o + 2] as number) << 16)) +
    (b[o + 3] as number) * 0x1000000
  );
}

export function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw problem(wt('zip.no-end'));
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count > MAX_ENTRIES) throw problem(wt('zip.too-many-parts', { count }), true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw problem(wt('zip.directory-damaged'));
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    entries.push({
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Counts the bytes a raw-deflate slice inflates to, stopping past `budget`. The default uses the
 * platform's DecompressionStream; Node callers can pass a faster one (zlib).
 */
export type InflatedSize = (data: Uint8Array, budget: number) => Promise<number> | number;

async function streamInflatedSize(data: Uint8Array, budget: number): Promise<number> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > budget) {
        await reader.cancel();
        break;
      }
    }
  } catch {
    throw cannotInflate();
  }
  return total;
}

const cannotInflate = (name?: string) =>
  problem(name ? wt('zip.cannot-unpack-part', { name }) : wt('zip.cannot-unpack'));

/** Lists the part names after checking the archive inflates to at most `maxInflated` bytes. */
export async function inspectZip(
  bytes: Uint8Array,
  maxInflated: number,
  inflatedSize: InflatedSize = streamInflatedSize,
): Promise<string[]> {
  const entries = centralDirectory(bytes);
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > maxInflated) throw problem(wt('zip.declares-size', { size: formatSize(declared) }), true);
  let actual = 0;
  for (const e of entries) {
    const { start, end } = partRange(bytes, e);
    if (e.method === 0) actual += e.compressedSize;
    else if (e.method === 8) {
      try {
        actual += await inflatedSize(bytes.subarray(start, end), maxInflated - actual);
      } catch (err) {
        if (err instanceof ZipProblem) throw err;
        throw cannotInflate(e.name);
      }
    } else throw unknownMethod(e);
    if (actual > maxInflated) throw problem(wt('zip.unpacks-over', { size: formatSize(maxInflated) }), true);
  }
  return entries.map((e) => e.name);
}

const unknownMethod = (e: ZipEntry) =>
  problem(wt('zip.unsupported-method', { name: e.name, method: e.method }));

/** Where a part's compressed data lies in the archive. */
function partRange(bytes: Uint8Array, e: ZipEntry): { start: number; end: number } {
  const lh = e.localOffset;
  if (lh + 30 > bytes.length || u32(bytes, lh) !== 0x04034b50)
    throw problem(wt('zip.part-missing', { name: e.name }));
  const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw problem(wt('zip.part-cut', { name: e.name }));
  return { start, end };
}

/**
 * A one-shot raw-deflate inflater with a cap: the bytes, or undefined past `maxBytes`. Node passes
 * zlib's (native, much faster at start than fflate); browsers use fflate's streaming inflater.
 */
export type RawInflate = (data: Uint8Array, maxBytes: number) => Uint8Array | undefined;

/** An archive being read: its bytes and, optionally, a faster inflater. */
export interface Archive {
  bytes: Uint8Array;
  inflateRaw?: RawInflate;
}

/** What `streamPart` did: read the whole part, was stopped by the consumer, or hit the budget. */
export type StreamEnd = 'done' | 'stopped' | 'over-budget';

/**
 * Inflates one part in slices and hands each piece of output to `onData` (return false to stop
 * early). Stops with 'over-budget' as soon as more than `budget` bytes came out: a part never
 * costs more than its budget, whatever its sizes claim.
 */
export function streamPart(
  zip: Archive,
  entry: ZipEntry,
  budget: number,
  onData: (chunk: Uint8Array) => boolean,
): StreamEnd {
  const { start, end } = partRange(zip.bytes, entry);
  const data = zip.bytes.subarray(start, end);
  let out = 0;
  let state: StreamEnd | undefined;
  let failure: { error: unknown } | undefined; // the consumer's own error, passed on as it is
  const take = (chunk: Uint8Array): void => {
    if (state) return;
    out += chunk.length;
    if (out > budget) state = 'over-budget';
    else {
      try {
        if (!onData(chunk)) state = 'stopped';
      } catch (error) {
        failure = { error };
        state = 'stopped';
      }
    }
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length && !state; at += SLICE) take(data.subarray(at, at + SLICE));
    if (failure) throw failure.error;
    return state ?? 'done';
  }
  if (entry.method !== 8) throw unknownMethod(entry);
  if (zip.inflateRaw) {
    let whole: Uint8Array | undefined;
    try {
      whole = zip.inflateRaw(data, budget);
    } catch {
      throw cannotInflate(entry.name);
    }
    // Past the budget: stream it below, so that a consumer that stops early still gets its start.
    if (whole) {
      for (let at = 0; at < whole.length && !state; at += WHOLE_SLICE)
        take(whole.subarray(at, at + WHOLE_SLICE));
      if (failure) throw failure.error;
      return state ?? 'done';
    }
  }
  const inflate = new Inflate((chunk) => take(chunk));
  try {
    for (let at = 0; at < data.length && !state; at += SLICE) {
      const next = at + SLICE;
      inflate.push(data.subarray(at, next), next >= data.length);
    }
  } catch {
    if (!failure) throw cannotInflate(entry.name);
  }
  if (failure) throw failure.error;
  return state ?? 'done';
}

/** Compressed bytes pushed at a time: small enough to stop soon after the budget. */
const SLICE = 8 * 1024;
/** Inflated bytes handed on at a time when the part was inflated at once. */
const WHOLE_SLICE = 64 * 1024;

/** A whole part, or undefined when it inflates to more than `budget` bytes. */
export function readPart(zip: Archive, entry: ZipEntry, budget: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  const end = streamPart(zip, entry, budget, (c) => {
    chunks.push(c.slice());
    return true;
  });
  if (end !== 'done') return undefined;
  return concatBytes(chunks);
}
