/**
 * Why a file could not be read or written, in words an officer understands (「ファイルが見つかりません」),
 * instead of Node's `ENOENT: no such file or directory, open '…tmp'`. The words are in the cli
 * message table (`cli.file.*`).
 */
import type { Bilingual } from '../form/fields';
import { text } from './messages';

type Mode = 'read' | 'write';

/** Node's codes with their own words; EPERM reads as EACCES and ENOTDIR as ENOENT. */
const KNOWN = ['ENOENT', 'EISDIR', 'EACCES', 'EROFS', 'ENOSPC', 'ENOTREG'] as const;
type Known = (typeof KNOWN)[number];
const ALIAS: Record<string, Known> = { EPERM: 'EACCES', ENOTDIR: 'ENOENT' };

/** The code of a Node file-system error (`code`, or the `ENOENT:` its message starts with). */
function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return /^(E[A-Z]+):/.exec(e instanceof Error ? e.message : String(e))?.[1];
}

/** The reason a file could not be read or written, in words; an unknown error gives its code only. */
export function fileProblem(e: unknown, mode: Mode): Bilingual {
  const code = errorCode(e);
  const known = code ? (ALIAS[code] ?? (KNOWN as readonly string[]).find((k) => k === code)) : undefined;
  if (known) return text(`cli.file.${mode}.${known as Known}`);
  // Never Node's own text inside a Japanese sentence: the code alone, when there is one.
  return code ? text(`cli.file.${mode}.other-code`, { code }) : text(`cli.file.${mode}.other`);
}
