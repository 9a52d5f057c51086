/**
 * The panes' display strings, Japanese first. Shared by the Excel and Outlook panes: add keys here
 * (both languages, side by side) rather than writing text in components.
 */
import { createContext, useContext } from 'react';
import { type Bilingual, fill } from '../../messages/define';
import { officeDisplayLanguageTag } from '../../office/office-context';
import { paneMessages } from './messages';

export type Lang = 'ja' | 'en';

/** Japanese by default; English when Office's (or the browser's) display language is English. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** The display language Office reports, else the browser's. */
export function officeDisplayLanguage(): string | undefined {
  const lang = officeDisplayLanguageTag();
  if (lang) return lang;
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

type PaneKey = keyof typeof paneMessages.messages extends `pane.${infer K}` ? K : never;

/** The strings of one language, keyed without the `pane.` prefix (`t.appTitle`). */
export type Strings = Readonly<Record<PaneKey, string>>;

/** One language of a message table, keyed by id without the domain prefix (`pane.appTitle` → `appTitle`). */
export function stringsOf(
  messages: Readonly<Record<string, Bilingual>>,
  prefix: string,
  lang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, m] of Object.entries(messages)) out[id.slice(prefix.length)] = m[lang];
  return out;
}

const ja = stringsOf(paneMessages.messages, 'pane.', 'ja') as Strings;

export const STRINGS: Readonly<Record<Lang, Strings>> = {
  ja,
  en: stringsOf(paneMessages.messages, 'pane.', 'en') as Strings,
};

/** Fills `{name}` placeholders (the catalog's one fill function). */
export function format(template: string, values: Record<string, string | number>): string {
  return fill(template, values);
}

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'ja', t: ja });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
