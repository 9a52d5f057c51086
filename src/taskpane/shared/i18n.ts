/**
 * The panes' display strings, Japanese first: the language, the shared strings (`t`) in a context,
 * and the helpers each pane builds its own strings with (excel/strings.ts, outlook/…/strings.ts).
 * Add keys to a table (both languages, side by side) rather than writing text in components.
 */
import { createContext, useContext } from 'react';
import { type Bilingual, fill, type MessageTable } from '../../messages/define';
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

/** A table's keys without the domain prefix (`excel.check` → `check`). */
export type KeyOf<T> =
  T extends MessageTable<infer Id> ? (Id extends `${string}.${infer K}` ? K : never) : never;

/** One language of a table, keyed without the domain prefix. */
export type StringsOf<T> = Readonly<Record<KeyOf<T>, string>>;

/** The shared strings of one language (`t.summaryNone`); each pane adds its own table to them. */
export type Strings = StringsOf<typeof paneMessages>;

/** One language of a message table, keyed by id without the domain prefix (`pane.error` → `error`). */
export function stringsOf(
  messages: Readonly<Record<string, Bilingual>>,
  prefix: string,
  lang: Lang,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, m] of Object.entries(messages)) out[id.slice(prefix.length)] = m[lang];
  return out;
}

/**
 * Both languages of one or more tables, merged and keyed without their domain prefixes. A pane
 * builds its strings from the tables it shows, so it ships no other pane's text.
 */
export function stringsByLang<S>(...tables: ReadonlyArray<MessageTable<string>>): Readonly<Record<Lang, S>> {
  const of = (lang: Lang) =>
    Object.assign({}, ...tables.map((t) => stringsOf(t.messages, `${t.domain}.`, lang))) as S;
  return { ja: of('ja'), en: of('en') };
}

export const STRINGS: Readonly<Record<Lang, Strings>> = stringsByLang<Strings>(paneMessages);

/** Fills `{name}` placeholders (the catalog's one fill function). */
export function format(template: string, values: Record<string, string | number>): string {
  return fill(template, values);
}

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'ja', t: STRINGS.ja });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
