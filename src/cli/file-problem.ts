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
  // Raised by readFileCapped (io.ts) for FIFOs, devices and sockets.
  ENOTREG: {
    read: {
      ja: '通常のファイルではありません。パイプやデバイスは読まないので、保存したファイルを指定してください',
      en: 'it is not a regular file; pipes and devices are not read, so give a saved file',
    },
    write: {
      ja: '通常のファイルではありません。保存先のファイル名を指定してください',
      en: 'it is not a regular file; give the name of a file to write',
    },
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

/** The reason a file could not be read or written, in words; an unknown error gives its code only. */
export function fileProblem(e: unknown, mode: Mode): Bilingual {
  const known = PROBLEMS[errorCode(e) ?? '']?.[mode];
  if (known) return known;
  // Never Node's own text inside a Japanese sentence: the code alone, when there is one.
  const code = errorCode(e);
  return mode === 'read'
    ? {
        ja: `読み取りに失敗しました${code ? `（${code}）` : ''}`,
        en: `reading failed${code ? ` (${code})` : ''}`,
      }
    : {
        ja: `書き込みに失敗しました${code ? `（${code}）` : ''}`,
        en: `writing failed${code ? ` (${code})` : ''}`,
      };
}
