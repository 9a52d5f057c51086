/**
 * Every file a command writes goes through here (spec/cli.md: "No command ever writes to one of its
 * inputs"; "outputs are written to a temporary file in the same folder and renamed").
 *
 * - `refuseInputAsOutput` compares files by identity (device and inode after resolving links), so
 *   `.//form.xlsx`, `sub/../form.xlsx`, an absolute path, a symlink or a hard link to an input are
 *   all recognised; an output that does not exist yet is compared by its resolved folder and name.
 * - `writeOutputFile` writes a temporary file beside the target and renames it into place, so a
 *   failure leaves neither half a file nor a stray temporary file; without `overwrite` an existing
 *   target is refused (and never replaced, even in a race: the temporary file is hard-linked).
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args';
import { fileProblem } from './file-problem';
import { text } from './messages';

type Identity = { kind: 'inode'; dev: number; ino: number } | { kind: 'path'; path: string };

/** What names the file a path leads to: device and inode when it exists, else its resolved place. */
export async function fileIdentity(path: string): Promise<Identity> {
  try {
    const s = await stat(path); // follows symlinks
    return { kind: 'inode', dev: s.dev, ino: s.ino };
  } catch {
    const abs = resolve(path);
    let parent = dirname(abs);
    try {
      parent = await realpath(parent);
    } catch {
      // The folder does not exist either: the resolved path is the best name there is.
    }
    return { kind: 'path', path: join(parent, basename(abs)) };
  }
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([fileIdentity(a), fileIdentity(b)]);
  if (x.kind === 'inode' && y.kind === 'inode') return x.dev === y.dev && x.ino === y.ino;
  if (x.kind === 'path' && y.kind === 'path') return x.path === y.path;
  return false;
}

/** Throws (exit 2, `output.is-input`) when `out` is the same file as one of `inputs`. */
export async function refuseInputAsOutput(out: string, inputs: string[]): Promise<void> {
  for (const input of inputs) {
    if (await sameFile(out, input)) {
      const m = text('cli.output.is-input', { out, input });
      throw new UsageError(m.ja, m.en, 'output.is-input');
    }
  }
}

/** Exit 2, `output.unwritable`: `path` could not be written, with the reason in words. */
export function unwritable(path: string, e: unknown): UsageError {
  const why = fileProblem(e, 'write');
  const ja = text('cli.output.unwritable', { path, detail: why.ja }).ja;
  const en = text('cli.output.unwritable', { path, detail: why.en }).en;
  return new UsageError(ja, en, 'output.unwritable');
}

export class OutputExistsError extends UsageError {
  constructor(path: string, hint: string) {
    const m = text('cli.output.exists', { path, hint });
    super(m.ja, m.en, 'output.exists');
  }
}

/**
 * Writes `bytes` to `path` through a temporary file in the same folder. Without `overwrite`, an
 * existing `path` is refused with OutputExistsError (`hint` names the option that allows it).
 */
export async function writeOutputFile(
  path: string,
  bytes: Uint8Array | string,
  options: { overwrite?: boolean; hint?: string } = {},
): Promise<void> {
  const exists = async () =>
    lstat(path).then(
      () => true,
      () => false,
    );
  // A folder is never a file to write (renaming onto it fails with EBUSY or EISDIR).
  if (
    await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    throw Object.assign(new Error(`EISDIR: ${path} is a folder`), { code: 'EISDIR' });
  if (!options.overwrite && (await exists())) throw new OutputExistsError(path, options.hint ?? '--force');
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, path);
    else {
      try {
        await link(temp, path); // fails with EEXIST rather than replace a file that appeared meanwhile
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw new OutputExistsError(path, options.hint ?? '--force');
        if (await exists()) throw e;
        await rename(temp, path); // a file system without hard links
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
