/** Turns any error into the bilingual message and code that the commands print. */
import { UsageError } from './args';

export function describeError(
  e: unknown,
  afterwards = { ja: '入力ファイルは変更していません。', en: 'The input files were not changed.' },
): { code: string; ja: string; en: string } {
  if (e instanceof UsageError) return { code: e.code, ja: e.ja, en: e.en };
  const maybe = e as { code?: unknown; text?: { ja: string; en: string } };
  if (typeof maybe?.code === 'string' && maybe.text)
    return { code: maybe.code, ja: maybe.text.ja, en: maybe.text.en };
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'internal',
    ja: `予期しないエラーが起きました（${detail}）。${afterwards.ja}`,
    en: `An unexpected error occurred (${detail}). ${afterwards.en}`,
  };
}
