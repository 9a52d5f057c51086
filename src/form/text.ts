/** Small text helpers shared by the locator and the rules. */
import type { CellValue } from './grid';
import type { LocalDate } from './types';

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const WHOLE_BRACKETS =
  /^(?:\(([^()]+)\)|\[([^[\]]+)\]|【([^【】]+)】|〔([^〔〕]+)〕|〈([^〈〉]+)〉|《([^《》]+)》|<([^<>]+)>)$/;
const LEADING_DECORATION = /^(?:[■□◆◇●○◎▶▷▼▽・*]+|\d{1,2}[.)、]|\(\d{1,2}\))/;
const TRAILING_NOTE =
  /(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|〈[^〈〉]*〉|《[^《》]*》|<[^<>]*>)$/;

/**
 * Label normalisation of spec/form.md §1: NFKC, no white space, no trailing `:`, no trailing
 * bracketed note, nothing from a `※` on, repeated until stable. ASCII letters are folded to lower
 * case so that `E-Mail` and `e-mail` read as `E-mail` (the spec compares exactly; this is lenient
 * only in letter case).
 */
export function normaliseLabel(text: string): string {
  let s = text.normalize('NFKC');
  for (;;) {
    const before = s;
    s = s.replace(INVISIBLE, '');
    const note = s.indexOf('※');
    if (note >= 0) s = s.slice(0, note);
    s = s.replace(/:+$/, '');
    // Beyond the spec, leniently: a label written wholly in brackets (【登録担当者】) is unwrapped,
    // and leading bullets, numbering and required-marks (■, 1., *) are dropped.
    const whole = WHOLE_BRACKETS.exec(s);
    s = whole ? (whole.slice(1).find((g) => g !== undefined) as string) : s.replace(TRAILING_NOTE, '');
    s = s.replace(LEADING_DECORATION, '').replace(/\*+$/, '');
    if (s === before) break;
  }
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A cell value as text: numbers without exponent or grouping, dates as yyyy/mm/dd. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const d = fromDate(v);
    return `${d.y}/${pad(d.m)}/${pad(d.d)}`;
  }
  return String(v);
}

export function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The calendar date of a grid `Date` (its UTC fields). */
export function fromDate(d: Date): LocalDate {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function isoDate(d: LocalDate): string {
  return `${String(d.y).padStart(4, '0')}-${pad(d.m)}-${pad(d.d)}`;
}

/** Days since 1970-01-01 (for comparisons and differences). */
export function dayNumber(d: LocalDate): number {
  return Math.round(Date.UTC(d.y, d.m - 1, d.d) / 86_400_000);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Today's local date on this machine. */
export function localToday(): LocalDate {
  const now = new Date();
  return { y: now.getFullYear(), m: now.getMonth() + 1, d: now.getDate() };
}

/** Parses `YYYY-MM-DD` (the `--today` option). */
export function parseIsoDate(s: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? { y, m: mo, d } : undefined;
}

const DASHES = /[‐\-–—―−ー－‑⁃﹣]/g;

/**
 * The comparison key of spec/form.md §3 for profile comparisons: width folded (NFKC), ASCII case
 * folded, white space removed, dash variants made one.
 */
export function comparisonKey(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').toLowerCase();
}

/** Makes every dash variant a half-width hyphen-minus. */
export function normaliseDashes(s: string): string {
  return s.replace(DASHES, '-');
}

/** `U+XXXX` */
export function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
}
