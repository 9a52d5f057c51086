/** charset.halfwidth-katakana, charset.machine-dependent, charset.not-jis-x0208, charset.not-ascii */
import {
  classifyZen,
  describeChar,
  fullwidthKatakana,
  isHalfwidthKatakana,
  machineDependentFix,
} from '../charset/charset';
import { listSome } from '../text';
import type { Target } from '../types';
import { type FieldRule, msg, nameOf } from './rule';

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

function described(list: string[]): { ja: string; en: string } {
  const d = list.map(describeChar);
  return {
    ja: listSome(
      d.map((x) => x.ja),
      '、',
    ),
    en: listSome(
      d.map((x) => x.en),
      ', ',
    ),
  };
}

const isText = (t: Target) => t.def.kind !== 'date';
/** Printable ASCII and line breaks only: nothing for the charset rules to look at. */
const PLAIN_ASCII = /^[\x20-\x7e\r\n\t]*$/;
const HALFWIDTH_KATAKANA = /[\uff61-\uff9f]/;

export const halfwidthKatakana: FieldRule = {
  scope: 'field',
  id: 'charset.halfwidth-katakana',
  severity: 'error',
  description: msg('半角カタカナが使われています', 'Half-width katakana'),
  appliesTo: isText,
  check(t) {
    if (!HALFWIDTH_KATAKANA.test(t.value.text)) return [];
    const bad = chars(t.value.text).filter((c) => isHalfwidthKatakana(c.codePointAt(0) as number));
    if (bad.length === 0) return [];
    const n = nameOf(t);
    const d = described(bad);
    return [
      {
        message: msg(
          `${n.ja}に半角カタカナ ${d.ja} があります。全角カタカナで入力してください。`,
          `The ${n.en} contains half-width katakana ${d.en}: use full-width katakana.`,
        ),
        fix: {
          value: fullwidthKatakana(t.value.text),
          ja: '全角カタカナに変換',
          en: 'Convert to full-width katakana',
        },
      },
    ];
  },
};

export const machineDependent: FieldRule = {
  scope: 'field',
  id: 'charset.machine-dependent',
  severity: 'error',
  description: msg(
    '機種依存文字（NEC特殊文字・IBM拡張文字）が使われています',
    'Vendor-specific characters (NEC special, IBM extended)',
  ),
  appliesTo: (t) => t.def.kind === 'zen',
  check(t) {
    if (PLAIN_ASCII.test(t.value.text)) return [];
    const bad = scanZen(t.value.text).md;
    if (bad.length === 0) return [];
    const n = nameOf(t);
    const fixable = bad.filter((c) => machineDependentFix(c, t.key) !== undefined);
    const unfixable = bad.filter((c) => machineDependentFix(c, t.key) === undefined);
    const d = described(bad);
    let ja = `${n.ja}に機種依存文字 ${d.ja} があります。申請書はShift_JIS（JIS X 0208）で扱われるため、この文字は発行者に正しく届きません。`;
    let en = `The ${n.en} contains vendor-specific characters ${d.en}. The form is processed as Shift_JIS (JIS X 0208), so the issuer cannot receive them.`;
    if (unfixable.length > 0) {
      const u = described(unfixable);
      ja += `${u.ja} は標準の文字（例: 髙→高）に置き換えて入力し直してください。`;
      en += ` Retype ${u.en} with a standard character (e.g. 髙 → 高).`;
    } else {
      ja += '置き換え候補があります。';
      en += ' A replacement is available.';
    }
    const problem = { message: msg(ja, en) };
    if (fixable.length === 0) return [problem];
    const value = [...t.value.text]
      .map((c) => (fixable.includes(c) ? (machineDependentFix(c, t.key) as string) : c))
      .join('');
    const pairs = fixable.map((c) => `${c}→${machineDependentFix(c, t.key)}`).join('、');
    const pairsEn = fixable.map((c) => `${c} → ${machineDependentFix(c, t.key)}`).join(', ');
    return [{ ...problem, fix: { value, ja: `置き換え: ${pairs}`, en: `Replace ${pairsEn}` } }];
  },
};

export const notJisX0208: FieldRule = {
  scope: 'field',
  id: 'charset.not-jis-x0208',
  severity: 'error',
  description: msg('JIS X 0208 にない文字が使われています', 'Characters outside JIS X 0208'),
  appliesTo: (t) => t.def.kind === 'zen',
  check(t) {
    if (PLAIN_ASCII.test(t.value.text)) return [];
    const bad = scanZen(t.value.text).bad;
    if (bad.length === 0) return [];
    const n = nameOf(t);
    const d = described(bad);
    return [
      {
        message: msg(
          `${n.ja}に JIS X 0208 にない文字 ${d.ja} があります。申請書では使えないため、JIS第1・第2水準の文字に置き換えてください（例: 𠮷→吉）。`,
          `The ${n.en} contains characters outside JIS X 0208 ${d.en}, which the form cannot carry: replace them with standard (JIS level 1/2) characters (e.g. 𠮷 → 吉).`,
        ),
      },
    ];
  },
};

export const notAscii: FieldRule = {
  scope: 'field',
  id: 'charset.not-ascii',
  severity: 'error',
  description: msg(
    '半角で入力する欄に全角などの文字があります',
    'Non-ASCII characters in a half-width field',
  ),
  appliesTo: (t) => t.def.kind === 'ascii',
  check(t) {
    const text = t.value.text;
    if (PLAIN_ASCII.test(text)) return [];
    const bad = chars(text).filter((c) => {
      const cp = c.codePointAt(0) as number;
      return cp > 0x7e && !isHalfwidthKatakana(cp);
    });
    if (bad.length === 0) return [];
    const n = nameOf(t);
    const d = described(bad);
    const nfkc = text.normalize('NFKC');
    const problem = {
      message: msg(
        `${n.ja}は半角英数字で入力する欄ですが、${d.ja} があります。半角で入力し直してください。`,
        `The ${n.en} takes half-width (ASCII) characters only, but contains ${d.en}: retype it in half-width.`,
      ),
    };
    if (!/^[\x20-\x7e]*$/.test(nfkc)) return [problem];
    return [{ ...problem, fix: { value: nfkc, ja: '半角に変換', en: 'Convert to half-width' } }];
  },
};

export const charsetRules = [halfwidthKatakana, machineDependent, notJisX0208, notAscii];
