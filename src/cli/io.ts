/**
 * What a command needs from the outside world (tests pass their own), and the one way every
 * command reads an input file: with a byte cap, never trusting the size the file system reports
 * (spec/cli.md: FIFOs and devices are refused, a file that grows is cut off at the cap).
 */
import { constants, open } from 'node:fs/promises';
import { concatBytes } from '../bytes/concat';
import { MAX_FILE_BYTES } from '../bytes/limits';
import type { Bilingual } from '../messages/define';
import { formatSize } from '../messages/size';
import { fileProblem } from './file-problem';
import { text } from './messages';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The file's bytes. With `maxBytes`, reads at most one byte more than that (so the caller can
   * tell the file is too large) and may throw an `InputError`; `nodeIO` refuses FIFOs and devices.
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /**
   * Writes an output file (src/cli/output.ts: temporary file and rename). Without `overwrite` an
   * existing file is refused; `hint` names the option that allows replacing it.
   */
  writeFile(
    path: string,
    bytes: Uint8Array | string,
    options?: { overwrite?: boolean; hint?: string },
  ): Promise<void>;
  fileSize(path: string): Promise<number>;
  /** Whether stdout is a terminal (colours, hints). */
  isTTY: boolean;
}

/** The largest input any command reads (25 MB, the largest attachment Outlook accepts). */
export const MAX_INPUT_BYTES = MAX_FILE_BYTES;

export type InputErrorCode = 'input.unreadable' | 'input.too-large';

/** An input file that was not read: the code of spec/cli.md and a bilingual message. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly text: Bilingual,
    /** For `input.too-large`: the size seen, when known (at least `maxBytes + 1`). */
    readonly size?: number,
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'InputError';
  }
}

/** What the input is, for messages: 「ファイル」/“file” unless the command says more. */
export type InputKind = Bilingual;

export function tooLargeError(path: string, maxBytes: number, size: number, what?: InputKind): InputError {
  const limit = formatSize(maxBytes);
  return new InputError(
    'input.too-large',
    text('cli.input.too-large', { what: kind(what), path, limit }),
    size,
  );
}

const kind = (what: InputKind | undefined): Bilingual => what ?? text('cli.input.file');

export function unreadableError(path: string, e: unknown, what?: InputKind): InputError {
  // Why, in words (never a stack or a JS error).
  const reason = fileProblem(e, 'read');
  return new InputError('input.unreadable', text('cli.input.unreadable', { what: kind(what), path, reason }));
}

/**
 * Node's capped reader (used by `nodeIO`): opens without blocking (a FIFO without a writer would
 * block `open`), refuses anything that is not a regular file (FIFOs, devices such as /dev/zero,
 * sockets, folders), and reads at most `maxBytes + 1` bytes whatever `stat` said.
 */
export async function readFileCapped(path: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const want = Math.min(1024 * 1024, maxBytes + 1 - total);
      const buf = new Uint8Array(want);
      const { bytesRead } = await handle.read(buf, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
    }
    return concatBytes(chunks);
  } finally {
    await handle.close();
  }
}

/**
 * Reads one input of a command with a byte cap: the bytes, or an `InputError`
 * (`input.too-large` over `maxBytes`, `input.unreadable` otherwise) for the command to report.
 * A size reported above the cap is refused without reading; a size below it is not trusted.
 */
export async function readInputFile(
  io: CliIO,
  path: string,
  options: { maxBytes?: number; what?: InputKind } = {},
): Promise<Uint8Array | InputError> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let reported: number | undefined;
  try {
    reported = await io.fileSize(path);
  } catch (e) {
    return unreadableError(path, e, options.what);
  }
  if (reported > maxBytes) return tooLargeError(path, maxBytes, reported, options.what);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path, maxBytes);
  } catch (e) {
    if (e instanceof InputError) return e;
    return unreadableError(path, e, options.what);
  }
  if (bytes.length > maxBytes) return tooLargeError(path, maxBytes, bytes.length, options.what);
  return bytes;
}
