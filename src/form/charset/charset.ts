/**
 * Character classes of spec/form.md §3.1 and the fix table of §3.2. The sets come from the CP932
 * table the platform already has: the WHATWG `TextDecoder('shift_jis')` decodes CP932 (NEC row 13
 * and the IBM extensions included). They are derived on first use and kept; nothing here lists the
 * set by hand. test/form/charset-sets.test.ts checks them against iconv-lite's CP932 table.
 */

/** Inclusive ranges of CP932 lead bytes. */
type Leads = ReadonlyArray<readonly [number, number]>;

/** JIS X 0208 rows (CP932 lead bytes 0x81–0x84, 0x88–0x9F, 0xE0–0xEA). */
export const JIS_X0208_LEADS: Leads = [
  [0x81, 0x84],
  [0x88, 0x9f],
  [0xe0, 0xea],
];
/** NEC special characters (row 13, lead byte 0x87). */
export const NEC_LEADS: Leads = [[0x87, 0x87]];
/** IBM extended characters: NEC-selected (0xED–0xEE) and IBM's own (0xFA–0xFC). */
export const IBM_LEADS: Leads = [
  [0xed, 0xee],
  [0xfa, 0xfc],
];
/** Characters JIS and Microsoft map to different code points (spec/form.md §3.1): accept both. */
export const ALTERNATES: ReadonlyArray<readonly [number, number]> = [
  [0x301c, 0xff5e],
  [0x2212, 0xff0d],
  [0x2016, 0x2225],
  [0x00a2, 0xffe0],
  [0x00a3, 0xffe1],
  [0x00ac, 0xffe2],
  [0x2014, 0x2015],
];

export interface Cp932Sets {
  /** JIS X 0208 with the alternates (code points). */
  jis: Set<number>;
  /** NEC special characters that are not JIS X 0208. */
  nec: Set<number>;
  /** IBM extended characters that are neither JIS X 0208 nor NEC special. */
  ibm: Set<number>;
}

/**
 * The characters of the two-byte codes with the given lead bytes (trail bytes 0x40–0xFC but 0x7F).
 * Each code is decoded followed by a line feed, so one bad code cannot shift the others: it comes
 * out as U+FFFD (and its trail byte when that is ASCII) and is skipped.
 */
function decodeLeads(decoder: TextDecoder, ranges: Leads): Set<number> {
  const out = new Set<number>();
  for (const [lo, hi] of ranges) {
    for (let lead = lo; lead <= hi; lead++) {
      const bytes: number[] = [];
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) bytes.push(lead, trail, 0x0a);
      for (const s of decoder.decode(new Uint8Array(bytes)).split('\n')) {
        if (s.length === 1 && s !== '\ufffd') out.add(s.charCodeAt(0));
      }
    }
  }
  return out;
}

let sets: Cp932Sets | undefined;

/** The sets, derived from the platform's Shift_JIS (CP932) decoder on first use. */
export function cp932Sets(): Cp932Sets {
  if (sets) return sets;
  const decoder = new TextDecoder('shift_jis');
  const jis = decodeLeads(decoder, JIS_X0208_LEADS);
  for (const [a, b] of ALTERNATES) {
    if (jis.has(a) || jis.has(b)) {
      jis.add(a);
      jis.add(b);
    }
  }
  const nec = new Set([...decodeLeads(decoder, NEC_LEADS)].filter((c) => !jis.has(c)));
  const ibm = new Set([...decodeLeads(decoder, IBM_LEADS)].filter((c) => !jis.has(c) && !nec.has(c)));
  sets = { jis, nec, ibm };
  return sets;
}

export function isJisX0208(cp: number): boolean {
  return cp932Sets().jis.has(cp);
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
  const { nec, ibm } = cp932Sets();
  if (nec.has(cp)) return 'nec';
  if (ibm.has(cp)) return 'ibm';
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
