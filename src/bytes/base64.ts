/**
 * Base64, the one implementation for the project (attachments, templates, certificates, the
 * generated character set). For attachments: `addFileAttachmentFromBase64Async` wants base64 without a data-URL
 * prefix. A 20 MB PDF is converted in chunks that yield to the event loop between them, so the
 * pane keeps painting and answering clicks.
 */

/**
 * Bytes per chunk: a multiple of 3, so chunks concatenate into one valid base64 string. 192 KB
 * keeps each blocking stretch near 20 ms even on the btoa path (bench/mail.bench.ts).
 */
export const CHUNK_BYTES = 3 * 64 * 1024;

type WithToBase64 = Uint8Array & { toBase64?: () => string };
type FromBase64Ctor = { fromBase64?: (s: string) => Uint8Array };

/** Length of the base64 text of `n` bytes (with padding). */
export function base64Length(n: number): number {
  return Math.ceil(n / 3) * 4;
}

function encodeSlice(bytes: Uint8Array): string {
  const native = (bytes as WithToBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let bin = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    bin += String.fromCharCode.apply(null, bytes.subarray(i, i + step) as unknown as number[]);
  }
  return btoa(bin);
}

/** Base64 of the bytes in one go (small files). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES)
    parts.push(encodeSlice(bytes.subarray(i, i + CHUNK_BYTES)));
  return parts.join('');
}

export interface ChunkOptions {
  chunkBytes?: number;
  /** Awaited between chunks; by default `yieldToPage` so the page can paint and answer. */
  yieldFn?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

type SchedulerLike = { yield?: () => Promise<void> };

/**
 * Gives the page a turn: `scheduler.yield()` where the browser has it, else a MessageChannel
 * message (not clamped to 4 ms like nested timers), else a timer.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Base64 of the bytes, a chunk at a time, yielding between chunks. */
export async function toBase64Chunked(bytes: Uint8Array, opts: ChunkOptions = {}): Promise<string> {
  const size = Math.max(3, Math.floor((opts.chunkBytes ?? CHUNK_BYTES) / 3) * 3);
  const yieldFn = opts.yieldFn ?? yieldToPage;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
    parts.push(encodeSlice(bytes.subarray(i, i + size)));
    opts.onProgress?.(Math.min(i + size, bytes.length), bytes.length);
    if (i + size < bytes.length) await yieldFn();
  }
  return parts.join('');
}

/** Bytes of a base64 text (what `getAttachmentContentAsync` returns). */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const native = (Uint8Array as unknown as FromBase64Ctor).fromBase64;
  if (typeof native === 'function') return native(clean);
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
