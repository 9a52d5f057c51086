/** What both panes share: i18n, theme, the finding list. */
export {
  FindingList,
  type FindingListProps,
  FindingSummary,
  type FindingSummaryProps,
  groupFindings,
  shortCell,
} from './FindingList';
export {
  format,
  type I18n,
  I18nContext,
  type Lang,
  officeDisplayLanguage,
  pickLang,
  STRINGS,
  type Strings,
  useI18n,
} from './i18n';
export { mountPane } from './mount';
export { isDarkOfficeTheme, loadPaneTheme, luminance, prefersDark } from './theme';
