/** The compose pane's display strings by language: the shared Outlook ones and its own table. */
import { type Lang, type StringsOf, stringsByLang } from '../../shared/i18n';
import { outlookMessages } from '../messages';
import type { OutlookStrings } from '../strings';
import { composeMessages } from './messages';

/** The strings of one language, keyed without the domain prefix (`s.composeTitle`). */
export type ComposeStrings = OutlookStrings & StringsOf<typeof composeMessages>;

export const COMPOSE_STRINGS: Readonly<Record<Lang, ComposeStrings>> = stringsByLang<ComposeStrings>(
  outlookMessages,
  composeMessages,
);
