/** The display strings both Outlook panes share, by language (each pane adds its own table). */
import { type Lang, type StringsOf, stringsByLang } from '../shared/i18n';
import { outlookMessages } from './messages';

/** The strings of one language, keyed without the `outlook.` prefix (`s.checking`). */
export type OutlookStrings = StringsOf<typeof outlookMessages>;

export const OUTLOOK_STRINGS: Readonly<Record<Lang, OutlookStrings>> =
  stringsByLang<OutlookStrings>(outlookMessages);

/** 1.2 MB, 340 KB, 12 bytes. */
export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
