/** charset.halfwidth-katakana, charset.machine-dependent, charset.not-jis-x0208, charset.not-ascii */

import type { Bilingual } from '../../messages/define';
import {
  classifyZen,
  fullwidthKatakana,
  groupChars,
  isHalfwidthKatakana,
  machineDependentFix,
} from '../charset/charset';
import { type FormMessageId, ft } from '../messages';
import type { Target } from '../types';
import { type FieldRule, nameOf } from './rule';

function chars(s: string): string[] {
  return [...new Set(s)];
}

/** The distinct characters of a zen value that are not allowed, by class (memoised per text). */
const zenCache = new Map<string, { md: string[]; bad: string[] }>();
function scanZen(text: string): { md: string[]; bad: string[] } {
  let r = zenCache.get(text);
  if (r) return r;
  r = { md: [], bad: [] };
  for (const c of text) {
    const cls = classifyZen(c.codePointAt(0) as number);
    if (cls === 'machine-dependent' && !r.md.includes(c)) r.md.push(c);
    else if (cls === 'not-jis-x0208' && c !== '\r' && c !== '\n' && c !== '\t' && !r.bad.includes(c))
      r.bad.push(c);
  }
  if (zenCache.size > 2000) zenCache.clear();
  zenCache.set(text, r);
  return r;
}

/** At most this many characters of one kind are shown; the rest are counted. */
const SHOWN_PER_KIND = 6;

function oneChar(c: string, lang: 'ja' | 'en'): string {
  const cp = c.codePointAt(0) as number;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return hex;
  return lang === 'ja' ? `「${c}」${hex}` : `「${c}」 ${hex}`;
}

/**
 * Each offending character once, grouped by kind and the kind named:
 * 全角英数字（「ｔ」U+FF54、「ａ」U+FF41）、全角記号（「＠」U+FF20）.
 */
export function describeChars(list: readonly string[]): { ja: string; en: string } {
  const parts = groupChars(list).map(({ kind, chars }) => {
    const name = ft(`char.kind.${kind}`);
    const shown = chars.slice(0, SHOWN_PER_KIND);
    const more = chars.length - shown.length;
    const side = (lang: 'ja' | 'en', sep: string) => {
      const text = shown.map((c) => oneChar(c, lang)).join(sep);
      return more > 0 ? ft('char.more', { shown: text, n: more })[lang] : text;
    };
    return {
      ja: ft('char.group', { kind: name.ja, chars: side('ja', '、') }).ja,
      en: ft('char.group', { kind: name.en, chars: side('en', ', ') }).en,
    };
  });
  return { ja: parts.map((p) => p.ja).join('、'), en: parts.map((p) => p.en).join('; ') };
}

/** A charset message: the field's name and its offending characters, grouped. */
function said(id: FormMessageId, t: Target, bad: string[], retype?: Bilingual): Bilingual {
  return ft(id, { field: nameOf(t), chars: describeChars(bad), ...(retype ? { retype } : {}) });
}

const isText = (t: Target) => t.def.kind !== 'date';
/** Printable ASCII and line breaks only: nothing for the charset rules to look at. */
const PLAIN_ASCII = /^[\x20-\x7e\r\n\t]*$/;
const HALFWIDTH_KATAKANA = /[\uff61-\uff9f]/;

export const halfwidthKatakana: FieldRule = {
  scope: 'field',
  id: 'charset.halfwidth-katakana',
  severity: 'error',
  description: ft('rule.charset.halfwidth-katakana'),
  messages: ['charset.halfwidth-katakana', 'charset.halfwidth-katakana.fix'],
  appliesTo: isText,
  check(t) {
    if (!HALFWIDTH_KATAKANA.test(t.value.text)) return [];
    const bad = chars(t.value.text).filter((c) => isHalfwidthKatakana(c.codePointAt(0) as number));
    if (bad.length === 0) return [];
    return [
      {
        message: said('charset.halfwidth-katakana', t, bad),
        fix: { value: fullwidthKatakana(t.value.text), ...ft('charset.halfwidth-katakana.fix') },
      },
    ];
  },
};

export const machineDependent: FieldRule = {
  scope: 'field',
  id: 'charset.machine-dependent',
  severity: 'error',
  description: ft('rule.charset.machine-dependent'),
  messages: [
    'charset.machine-dependent',
    'charset.machine-dependent.retype',
    'charset.machine-dependent.fix',
  ],
  appliesTo: (t) => t.def.kind === 'zen',
  check(t) {
    if (PLAIN_ASCII.test(t.value.text)) return [];
    const bad = scanZen(t.value.text).md;
    if (bad.length === 0) return [];
    const fixable = bad.filter((c) => machineDependentFix(c, t.key) !== undefined);
    const unfixable = bad.filter((c) => machineDependentFix(c, t.key) === undefined);
    const problem = {
      message:
        unfixable.length > 0
          ? said('charset.machine-dependent.retype', t, bad, describeChars(unfixable))
          : said('charset.machine-dependent', t, bad),
    };
    if (fixable.length === 0) return [problem];
    const value = [...t.value.text]
      .map((c) => (fixable.includes(c) ? (machineDependentFix(c, t.key) as string) : c))
      .join('');
    const pairs = ft('charset.machine-dependent.fix', {
      pairs: fixable.map((c) => `${c}→${machineDependentFix(c, t.key)}`).join('、'),
    });
    const pairsEn = ft('charset.machine-dependent.fix', {
      pairs: fixable.map((c) => `${c} → ${machineDependentFix(c, t.key)}`).join(', '),
    });
    return [{ ...problem, fix: { value, ja: pairs.ja, en: pairsEn.en } }];
  },
};

export const notJisX0208: FieldRule = {
  scope: 'field',
  id: 'charset.not-jis-x0208',
  severity: 'error',
  description: ft('rule.charset.not-jis-x0208'),
  messages: ['charset.not-jis-x0208'],
  appliesTo: (t) => t.def.kind === 'zen',
  check(t) {
    if (PLAIN_ASCII.test(t.value.text)) return [];
    const bad = scanZen(t.value.text).bad;
    if (bad.length === 0) return [];
    return [{ message: said('charset.not-jis-x0208', t, bad) }];
  },
};

export const notAscii: FieldRule = {
  scope: 'field',
  id: 'charset.not-ascii',
  severity: 'error',
  description: ft('rule.charset.not-ascii'),
  messages: ['charset.not-ascii', 'charset.not-ascii.fix'],
  appliesTo: (t) => t.def.kind === 'ascii',
  check(t) {
    const text = t.value.text;
    if (PLAIN_ASCII.test(text)) return [];
    const bad = chars(text).filter((c) => {
      const cp = c.codePointAt(0) as number;
      return cp > 0x7e && !isHalfwidthKatakana(cp);
    });
    if (bad.length === 0) return [];
    const nfkc = text.normalize('NFKC');
    const problem = { message: said('charset.not-ascii', t, bad) };
    if (!/^[\x20-\x7e]*$/.test(nfkc)) return [problem];
    return [{ ...problem, fix: { value: nfkc, ...ft('charset.not-ascii.fix') } }];
  },
};

export const charsetRules = [halfwidthKatakana, machineDependent, notJisX0208, notAscii];
