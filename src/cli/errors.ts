/** Turns any error into the bilingual message and code that the commands print. */
import { UsageError } from './args';
import { text } from './messages';

export function describeError(
  e: unknown,
  afterwards = text('cli.inputs-unchanged'),
): { code: string; ja: string; en: string } {
  if (e instanceof UsageError) return { code: e.code, ja: e.ja, en: e.en };
  const maybe = e as { code?: unknown; text?: { ja: string; en: string } };
  if (typeof maybe?.code === 'string' && maybe.text)
    return { code: maybe.code, ja: maybe.text.ja, en: maybe.text.en };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'internal', ...text('cli.internal', { detail, afterwards }) };
}

/** 「エラー: …」 and 「Error: …」, the two lines every command prints for a failure. */
export function errorLines(message: { ja: string; en: string }): string {
  const m = text('cli.error', { message });
  return `${m.ja}\n${m.en}\n`;
}
