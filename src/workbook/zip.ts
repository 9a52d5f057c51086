/**
 * A zip guard for untrusted workbooks: reads the central directory, refuses archives whose parts
 * inflate beyond a bound (declared or actual: a bomb can lie about its sizes), and lists the part
 * names. Uses the platform's DecompressionStream (Node ≥ 18 and every current browser).
 */

export class ZipProblem extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = 'ZipProblem';
  }
}

const MAX_ENTRIES = 10_000;

interface Entry {
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

function centralDirectory(bytes: Uint8Array): Entry[] {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipProblem('zip の終端がありません / no end of central directory');
  const count = u16(bytes, eocd + 10);
  const cdOffset = u32(bytes, eocd + 16);
  if (count > MAX_ENTRIES) throw new ZipProblem(`too many parts (${count})`, true);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      throw new ZipProblem('central directory is damaged');
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
    throw new ZipProblem('a part cannot be inflated');
  }
  return total;
}

/** Lists the part names after checking the archive inflates to at most `maxInflated` bytes. */
export async function inspectZip(
  bytes: Uint8Array,
  maxInflated: number,
  inflatedSize: InflatedSize = streamInflatedSize,
): Promise<string[]> {
  const entries = centralDirectory(bytes);
  let declared = 0;
  for (const e of entries) declared += e.size;
  if (declared > maxInflated)
    throw new ZipProblem(`declared ${Math.round(declared / 1e6)} MB unpacked`, true);
  let actual = 0;
  for (const e of entries) {
    const lh = e.localOffset;
    if (lh + 30 > bytes.length || u32(bytes, lh) !== 0x04034b50)
      throw new ZipProblem(`part ${e.name} is missing`);
    const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw new ZipProblem(`part ${e.name} is truncated`);
    if (e.method === 0) actual += e.compressedSize;
    else if (e.method === 8) {
      try {
        actual += await inflatedSize(bytes.subarray(start, end), maxInflated - actual);
      } catch (err) {
        if (err instanceof ZipProblem) throw err;
        throw new ZipProblem('a part cannot be inflated');
      }
    } else throw new ZipProblem(`part ${e.name} uses compression method ${e.method}`);
    if (actual > maxInflated)
      throw new ZipProblem(`more than ${Math.round(maxInflated / 1e6)} MB unpacked`, true);
  }
  return entries.map((e) => e.name);
}
