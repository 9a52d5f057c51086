/**
 * Why a file could not be read or written, in words an officer understands (「ファイルが見つかりません」),
 * instead of Node's `ENOENT: no such file or directory, open '…tmp'`.
 */
import type { Bilingual } from '../form/fields';

type Mode = 'read' | 'write';

const PROBLEMS: Record<string, Record<Mode, Bilingual>> = {
  ENOENT: {
    read: { ja: 'ファイルが見つかりません', en: 'no such file' },
    write: { ja: '保存先のフォルダーがありません', en: 'the folder does not exist' },
  },
  EISDIR: {
    read: { ja: 'フォルダーです。ファイルを指定してください', en: 'it is a folder: name a file' },
    write: {
      ja: 'フォルダーです。ファイル名まで指定してください',
      en: 'it is a folder: give the file name too',
    },
  },
  EACCES: {
    read: { ja: '読み取る権限がありません', en: 'permission denied' },
    write: { ja: '書き込む権限がありません', en: 'permission denied' },
  },
  EROFS: {
    read: { ja: '読み取り専用の場所です', en: 'read-only file system' },
    write: { ja: '読み取り専用の場所です', en: 'read-only file system' },
  },
  ENOSPC: {
    read: { ja: 'ディスクの空きがありません', en: 'no space left on the disk' },
    write: { ja: 'ディスクの空きがありません', en: 'no space left on the disk' },
  },
};
PROBLEMS.EPERM = PROBLEMS.EACCES as Record<Mode, Bilingual>;
PROBLEMS.ENOTDIR = PROBLEMS.ENOENT as Record<Mode, Bilingual>;

/** The code of a Node file-system error (`code`, or the `ENOENT:` its message starts with). */
function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return /^(E[A-Z]+):/.exec(e instanceof Error ? e.message : String(e))?.[1];
}

/** The reason a file could not be read or written; an unknown error keeps its own text. */
export function fileProblem(e: unknown, mode: Mode): Bilingual {
  const known = PROBLEMS[errorCode(e) ?? '']?.[mode];
  if (known) return known;
  const message = e instanceof Error ? e.message : String(e);
  return { ja: message, en: message };
}
