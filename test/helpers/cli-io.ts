/**
 * An in-memory CliIO for the command tests, behaving as nodeIO does where it matters: a missing
 * file is ENOENT, reads honour the byte cap (one byte more than asked, as nodeIO reads), and
 * writing over an existing file (an input or an earlier output) without `overwrite` is refused
 * with the same OutputExistsError (src/cli/output.ts).
 */
import type { CliIO } from '../../src/cli/io';
import { OutputExistsError } from '../../src/cli/output';

export interface MemIO extends CliIO {
  out: string;
  err: string;
  written: Map<string, Uint8Array | string>;
}

export function memIO(files: Record<string, Uint8Array>): MemIO {
  const written = new Map<string, Uint8Array | string>();
  const missing = (p: string) =>
    Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
  const io: MemIO = {
    out: '',
    err: '',
    written,
    isTTY: false,
    stdout: (t) => {
      io.out += t;
    },
    stderr: (t) => {
      io.err += t;
    },
    readFile: async (p, maxBytes) => {
      const f = files[p];
      if (!f) throw missing(p);
      return maxBytes === undefined ? f : f.subarray(0, maxBytes + 1);
    },
    writeFile: async (p, b, options = {}) => {
      if (!options.overwrite && (p in files || written.has(p)))
        throw new OutputExistsError(p, options.hint ?? '--force');
      written.set(p, b);
    },
    fileSize: async (p) => {
      const f = files[p];
      if (!f) throw missing(p);
      return f.length;
    },
  };
  return io;
}
