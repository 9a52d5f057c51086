/** The Outlook panes' display strings by language (the shared i18n picks the language). */
import { type Lang, stringsOf } from '../shared/i18n';
import { outlookMessages } from './messages';

type OutlookKey = keyof typeof outlookMessages.messages extends `outlook.${infer K}` ? K : never;

/** The strings of one language, keyed without the `outlook.` prefix (`s.composeTitle`). */
export type OutlookStrings = Readonly<Record<OutlookKey, string>>;

export const OUTLOOK_STRINGS: Readonly<Record<Lang, OutlookStrings>> = {
  ja: stringsOf(outlookMessages.messages, 'outlook.', 'ja') as OutlookStrings,
  en: stringsOf(outlookMessages.messages, 'outlook.', 'en') as OutlookStrings,
};
