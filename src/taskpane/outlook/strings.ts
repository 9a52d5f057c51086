/** The display strings both Outlook panes share, by language (each pane adds its own table). */
import { type Lang, type StringsOf, stringsByLang } from '../shared/i18n';
import { outlookMessages } from './messages';

/** The strings of one language, keyed without the `outlook.` prefix (`s.checking`). */
export type OutlookStrings = StringsOf<typeof outlookMessages>;

export const OUTLOOK_STRINGS: Readonly<Record<Lang, OutlookStrings>> =
  stringsByLang<OutlookStrings>(outlookMessages);
