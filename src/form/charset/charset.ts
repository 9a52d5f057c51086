/**
 * Character classes of spec/form.md §3.1 and the fix table of §3.2. The sets come from a
 * CP932 table at build time (scripts/gen-charset.mjs); nothing here lists the set by hand.
 */
import { fromBase64 } from '../../bytes/base64';
import { IBM_EXTENDED, JIS_X0208_BITMAP_BASE64, NEC_SPECIAL } from './generated/cp932-sets';

let bitmap: Uint8Array | undefined;

function jisBitmap(): Uint8Array {
  bitmap ??= fromBase64(JIS_X0208_BITMAP_BASE64);
  return bitmap;
}

const necSet = new Set(Array.from(NEC_SPECIAL, (c) => c.codePointAt(0) as number));
const ibmSet = new Set(Array.from(IBM_EXTENDED, (c) => c.codePointAt(0) as number));

export function isJisX0208(cp: number): boolean {
  if (cp >= 0x10000) return false;
  return ((jisBitmap()[cp >> 3] as number) & (1 << (cp & 7))) !== 0;
}

export function isPrintableAscii(cp: number): boolean {
  return cp >= 0x20 && cp <= 0x7e;
}

export function isHalfwidthKatakana(cp: number): boolean {
  return cp >= 0xff61 && cp <= 0xff9f;
}

export type MachineDependentKind = 'nec' | 'ibm' | 'compat';

/** NEC special (CP932 row 13), IBM extended, or another vendor compatibility character. */
export function machineDependentKind(cp: number): MachineDependentKind | undefined {
  if (necSet.has(cp)) return 'nec';
  if (ibmSet.has(cp)) return 'ibm';
  if (cp in FIX_TABLE) return 'compat';
  return undefined;
}

/** §3.2: the fixed table of replacements for machine-dependent characters. */
const FIX_TABLE: Record<number, string> = (() => {
  const t: Record<number, string> = {};
  // Circled numbers ①…⑳ → (1)…(20)
  for (let i = 1; i <= 20; i++) t[0x2460 + i - 1] = `(${i})`;
  // Roman numerals Ⅰ…Ⅹ, ⅰ…ⅹ → I…X, i…x
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  roman.forEach((r, i) => {
    t[0x2160 + i] = r;
    t[0x2170 + i] = r.toLowerCase();
  });
  Object.assign(t, {
    12849: '(株)', // ㈱
    12850: '(有)', // ㈲
    12857: '(代)', // ㈹
    13183: '株式会社', // ㍿
    8470: 'No.', // №
    8481: 'TEL', // ℡
    13179: '平成', // ㍻
    13180: '昭和', // ㍼
    13181: '大正', // ㍽
    13182: '明治', // ㍾
    13212: 'mm', // ㎜
    13213: 'cm', // ㎝
    13214: 'km', // ㎞
    13198: 'mg', // ㎎
    13199: 'kg', // ㎏
    13217: 'm2', // ㎡
    39641: '高', // 髙
    64017: '崎', // 﨑
    24503: '徳', // 德
    26625: '柳', // 栁
    64016: '塚', // 塚
    64025: '神', // 神
    64027: '福', // 福
    63964: '隆', // 隆
    28712: '瀬', // 瀨
  });
  return t;
})();

/** Replacement for a machine-dependent character in a field (§3.2), or undefined when none exists. */
export function machineDependentFix(ch: string, fieldId?: string): string | undefined {
  const cp = ch.codePointAt(0) as number;
  if (cp === 0x3231 && fieldId === 'institutionName') return '株式会社';
  const nfkc = ch.normalize('NFKC');
  if (nfkc !== ch && [...nfkc].length === 1 && isJisX0208(nfkc.codePointAt(0) as number)) return nfkc;
  return FIX_TABLE[cp];
}

/** How a character stands in a zen (JIS X 0208) field. */
export type ZenClass = 'ok' | 'halfwidth-katakana' | 'machine-dependent' | 'not-jis-x0208';

export function classifyZen(cp: number): ZenClass {
  if (isPrintableAscii(cp) || isJisX0208(cp)) return 'ok';
  if (isHalfwidthKatakana(cp)) return 'halfwidth-katakana';
  if (machineDependentKind(cp)) return 'machine-dependent';
  return 'not-jis-x0208';
}

/** What kind of character a code point is, as an officer would name it (for messages). */
export type CharKind =
  | 'nec'
  | 'ibm'
  | 'machine-dependent'
  | 'halfwidth-katakana'
  | 'fullwidth-alnum'
  | 'fullwidth-symbol'
  | 'fullwidth-space'
  | 'width-variant'
  | 'emoji'
  | 'symbol-emoji'
  | 'kanji-outside-jis'
  | 'compat-ideograph'
  | 'control'
  | 'japanese'
  | 'outside-jis';

/** The kinds in the order messages list them. */
export const CHAR_KINDS: readonly CharKind[] = [
  'fullwidth-alnum',
  'fullwidth-symbol',
  'fullwidth-space',
  'halfwidth-katakana',
  'japanese',
  'nec',
  'ibm',
  'machine-dependent',
  'kanji-outside-jis',
  'compat-ideograph',
  'emoji',
  'symbol-emoji',
  'width-variant',
  'control',
  'outside-jis',
];

export function charKind(cp: number): CharKind {
  const md = machineDependentKind(cp);
  if (md === 'nec') return 'nec';
  if (md === 'ibm') return 'ibm';
  if (md === 'compat') return 'machine-dependent';
  if (isHalfwidthKatakana(cp)) return 'halfwidth-katakana';
  if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a))
    return 'fullwidth-alnum';
  if (cp >= 0xff01 && cp <= 0xff5e) return 'fullwidth-symbol';
  if (cp === 0x3000) return 'fullwidth-space';
  if (cp >= 0x1f000 && cp <= 0x1faff) return 'emoji';
  if ((cp >= 0x2600 && cp <= 0x27bf) || cp === 0xfe0f || cp === 0x200d) return 'symbol-emoji';
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 'control';
  if (isJisX0208(cp)) return 'japanese';
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x3ffff))
    return 'kanji-outside-jis';
  if (cp >= 0xf900 && cp <= 0xfaff) return 'compat-ideograph';
  if (cp >= 0xff5f && cp <= 0xffef) return 'width-variant';
  return 'outside-jis';
}

/** The distinct characters of a list, grouped by kind in CHAR_KINDS order (first appearance within a kind). */
export function groupChars(chars: readonly string[]): Array<{ kind: CharKind; chars: string[] }> {
  const groups = new Map<CharKind, string[]>();
  for (const c of new Set(chars)) {
    const k = charKind(c.codePointAt(0) as number);
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return CHAR_KINDS.filter((k) => groups.has(k)).map((kind) => ({ kind, chars: groups.get(kind) ?? [] }));
}

/** Normalises runs of half-width katakana (with their sound marks) to full-width (NFKC). */
export function fullwidthKatakana(s: string): string {
  return s.replace(/[\uff61-\uff9f]+/g, (run) => run.normalize('NFKC'));
}
