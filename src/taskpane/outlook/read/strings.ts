/** The read pane's display strings by language: the shared Outlook ones and its own table. */
import { type Lang, type StringsOf, stringsByLang } from '../../shared/i18n';
import { outlookMessages } from '../messages';
import type { OutlookStrings } from '../strings';
import { readMessages } from './messages';

/** The strings of one language, keyed without the domain prefix (`s.readTitle`). */
export type ReadStrings = OutlookStrings & StringsOf<typeof readMessages>;

export const READ_STRINGS: Readonly<Record<Lang, ReadStrings>> = stringsByLang<ReadStrings>(
  outlookMessages,
  readMessages,
);
