/**
 * One home for every message: each registered message has both languages with the same
 * placeholders, ids are unique, every message is used by code, every rule names the messages it
 * reports, and docs/messages.md lists them all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORM_NOT_FOUND, RULES } from '../../src/form/check';
import { MESSAGE_TABLES, renderMessageDocs } from '../../src/messages/catalog';
import { format, placeholders } from '../../src/messages/define';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

/** The code that may use messages: every source file but the tables themselves. */
const tableFiles = new Set(MESSAGE_TABLES.map((t) => join(ROOT, t.source)));
const code = sources(join(ROOT, 'src'))
  .filter((p) => !tableFiles.has(p))
  .map((p) => readFileSync(p, 'utf8'))
  // A rule's `messages: [...]` metadata names ids; a use is a call, so the lists do not count.
  .map((s) => s.replace(/messages: \[[^\]]*\]/g, ''))
  .join('\n');

/** Ids built at run time (`char.kind.${kind}`): the literal prefixes before `${`. */
const dynamicPrefixes = [...code.matchAll(/`([a-z][\w.-]*[.-])\$\{/g)].map((m) => m[1] as string);

/** How the panes' components read a table's strings: `t.appTitle`, `s.composeTitle`. */
const PANE_ACCESSORS: Readonly<Record<string, string>> = {
  pane: '\\bt',
  excel: '\\bt',
  profile: '\\bt',
  outlook: '\\bs',
  compose: '\\bs',
  read: '\\bs',
};

function used(id: string, domain: string): boolean {
  if (code.includes(`'${id}'`)) return true;
  if (dynamicPrefixes.some((p) => id.startsWith(p))) return true;
  // The panes read their strings as `t.key` / `s.key` (the id without its domain prefix).
  const accessor = PANE_ACCESSORS[domain];
  if (accessor) return new RegExp(`${accessor}\\.${id.slice(domain.length + 1)}\\b`).test(code);
  return false;
}

const PDF_SYNTAX_IN_ENGLISH = new Set(['sig.duplicate-key', 'sig.unsupported-subfilter']);

const all = MESSAGE_TABLES.flatMap((t) =>
  Object.entries(t.messages).map(([id, m]) => ({ domain: t.domain, id, m })),
);

describe('the message catalog', () => {
  it('has unique ids', () => {
    const ids = all.map((x) => x.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(all.map((x) => [x.id, x] as const))(
    '%s has both languages with the same placeholders',
    (_id, x) => {
      expect(x.m.ja.trim()).not.toBe('');
      expect(x.m.en.trim()).not.toBe('');
      // The PDF checker's Japanese leaves out PDF syntax on purpose (test/pdf/messages.test.ts):
      // these two name the raw key or /SubFilter in English only.
      const enOnly = PDF_SYNTAX_IN_ENGLISH.has(x.id) ? ['detail'] : [];
      expect(placeholders(x.m.ja)).toEqual(placeholders(x.m.en).filter((p) => !enOnly.includes(p)));
      // Japanese first: the Japanese side is written in Japanese (or at least not the English text).
      if (/[a-z]{4}/.test(x.m.en)) expect(x.m.ja).not.toBe(x.m.en);
    },
  );

  it('has no message that no code uses', () => {
    expect(all.filter((x) => !used(x.id, x.domain)).map((x) => x.id)).toEqual([]);
  });

  it('every form message is named by a rule, and every rule has a description', () => {
    const named = new Set([FORM_NOT_FOUND, ...RULES].flatMap((r) => [...r.messages, `rule.${r.id}`]));
    // Words put into other messages (characters, the fields' names) are not findings.
    const words = /^(char|field|person)\./;
    const form = all.filter((x) => x.domain === 'form' && !words.test(x.id)).map((x) => x.id);
    expect(form.filter((id) => !named.has(id))).toEqual([]);
    for (const r of [FORM_NOT_FOUND, ...RULES]) expect(form, r.id).toContain(`rule.${r.id}`);
  });

  it('fails a message with one language missing or different placeholders (the check can fail)', () => {
    expect(placeholders('{a}と{b}')).not.toEqual(placeholders('{a} only'));
  });

  it('formats both languages with one function; English gets English quotes', () => {
    expect(
      format(
        { ja: '{field}「{v}」', en: 'The {field} 「{v}」' },
        { field: { ja: '氏名', en: 'name' }, v: 'x' },
      ),
    ).toEqual({ ja: '氏名「x」', en: 'The name “x”' });
  });

  /** Inline `{ ja: '…', en: '…' }` texts, local ja/en tables and `b(ja, en)` helpers. */
  const INLINE_PAIR = /\bja:\s*[{'`"]|\((ja|en): string, (en|ja): string\b/;
  /** A label written in both languages in a string: `'署名者 / signer'`, `'（日本時間 / JST）'`. */
  const INLINE_SLASHED =
    /^(?!\s*(\/\/|\/?\*)).*['`"][^'`"\n]*[\u3040-\u30ff\u4e00-\u9fff）」] \/ [A-Za-z(][^'`"\n]*['`"]/m;
  const inlineText = (s: string) => INLINE_PAIR.test(s) || INLINE_SLASHED.test(s);
  /** Documentation generators (docs/form.md, docs/messages.md), not messages. */
  const DOCS_GENERATORS = new Set(['src/form/docs.ts', 'src/messages/catalog.ts']);

  it('no source file writes bilingual text outside the tables', () => {
    const offenders = sources(join(ROOT, 'src'))
      .filter((p) => !tableFiles.has(p) && !DOCS_GENERATORS.has(p.slice(ROOT.length + 1)))
      .filter((p) => inlineText(readFileSync(p, 'utf8')))
      .map((p) => p.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });

  it.each([
    [`const USAGE = { ja: '使い方: …', en: 'Usage: …' };`],
    [`  let out = \`\${r.file} (\${r.bytes} バイト / bytes)\`;`],
    [`  return \`\${day}（日本時間 / JST）\`;`],
    [`const kind = s.timestamp ? '文書タイムスタンプ / document timestamp' : '署名 / signature';`],
    [`const problem = (ja: string, en: string, tooLarge = false) => new ZipProblem({ ja, en }, tooLarge);`],
    [`function tooMany(en: string, ja: string): OverBudget {`],
  ])('finds inline bilingual text: %s', (line) => {
    expect(inlineText(line)).toBe(true);
  });

  it.each([
    [`// 「件名 / Subject」: a label in both languages.`],
    ['/** An instant: `2026-12-04 10:15（日本時間 / JST）`. */'],
    [`const label = both(text('cli.mail.subject'));`],
    [`out.push(\`\${label('cli.notice.heading')}: \${r.file}\`);`],
  ])('leaves code and comments alone: %s', (line) => {
    expect(inlineText(line)).toBe(false);
  });

  it('docs/messages.md is up to date (run `npm run docs`)', () => {
    expect(readFileSync(join(ROOT, 'docs/messages.md'), 'utf8')).toBe(renderMessageDocs());
  });
});
