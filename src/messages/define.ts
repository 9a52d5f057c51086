/**
 * The one shape of a user-facing message: an id, Japanese and English side by side, `{name}`
 * placeholders, and one format function. Every domain defines its table with `defineMessages`
 * (as ESLint rules do in `meta.messages`); src/messages/catalog.ts registers the tables, and the
 * docs and the catalog test read them from there.
 */

/** Japanese and English text of one message. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** Placeholder values: the same in both languages, or a Bilingual (each language takes its side). */
export type MessageParams = Readonly<Record<string, string | number | Bilingual>>;

/** A table of messages keyed by id, with `format` bound to it (ids are checked by the compiler). */
export interface MessageTable<Id extends string> {
  readonly domain: string;
  readonly messages: Readonly<Record<Id, Bilingual>>;
  /** The message `id` with its placeholders filled. */
  t(id: Id, params?: MessageParams): Bilingual;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a template, sorted (both languages must have the same ones). */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

/** Fills `{name}` placeholders of one language's template (the panes' string tables use it too). */
export function fill(template: string, params: MessageParams | undefined, lang: 'ja' | 'en' = 'ja'): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params?.[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? v[lang] : String(v);
  });
}

/**
 * The one format function: fills `{name}` in both languages; the English side gets English
 * quotation marks for the Japanese brackets 「」 (a quoted value reads “高橋 一郎” in English).
 */
export function format(message: Bilingual, params?: MessageParams): Bilingual {
  return {
    ja: fill(message.ja, params, 'ja'),
    en: fill(message.en, params, 'en').replace(/「/g, '“').replace(/」/g, '”'),
  };
}

/** Several values as one placeholder value: 、 between them in Japanese, a comma in English. */
export function listOf(items: readonly Bilingual[]): Bilingual {
  return { ja: items.map((i) => i.ja).join('、'), en: items.map((i) => i.en).join(', ') };
}

/** Sentences one after another: joined directly in Japanese, with a space in English. */
export function sentences(...parts: readonly Bilingual[]): Bilingual {
  return { ja: parts.map((p) => p.ja).join(''), en: parts.map((p) => p.en).join(' ') };
}

export function defineMessages<const T extends Record<string, Bilingual>>(
  domain: string,
  messages: T,
): MessageTable<Extract<keyof T, string>> {
  return {
    domain,
    messages,
    t: (id, params) => format(messages[id] as Bilingual, params),
  };
}
