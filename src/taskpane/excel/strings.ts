/** The Excel pane's display strings by language: the shared ones and the pane's own table. */
import { type Lang, type Strings, type StringsOf, stringsByLang, useI18n } from '../shared/i18n';
import { paneMessages } from '../shared/messages';
import { excelMessages } from './messages';

/** The strings of one language, keyed without the domain prefix (`t.appTitle`). */
export type ExcelStrings = Strings & StringsOf<typeof excelMessages>;

export const EXCEL_STRINGS: Readonly<Record<Lang, ExcelStrings>> = stringsByLang<ExcelStrings>(
  paneMessages,
  excelMessages,
);

/** The display language and the Excel pane's strings in it. */
export function useExcelI18n(): { lang: Lang; t: ExcelStrings } {
  const { lang } = useI18n();
  return { lang, t: EXCEL_STRINGS[lang] };
}
