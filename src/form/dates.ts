/** Reading dates as the form allows them (spec/form.md §3.4). */
import type { CellValue } from './grid';
import { fromDate, isValidDate } from './text';
import type { LocalDate } from './types';

export type DateReading =
  | { ok: true; date: LocalDate; era?: string }
  | { ok: false; reason: 'not-a-date' | 'impossible' | 'outside-era'; suggestion?: LocalDate };

interface Era {
  names: string[];
  start: LocalDate;
  end?: LocalDate;
}

const ERAS: Era[] = [
  { names: ['令和', 'R'], start: { y: 2019, m: 5, d: 1 } },
  { names: ['平成', 'H'], start: { y: 1989, m: 1, d: 8 }, end: { y: 2019, m: 4, d: 30 } },
  { names: ['昭和', 'S'], start: { y: 1926, m: 12, d: 25 }, end: { y: 1989, m: 1, d: 7 } },
];

const ord = (d: LocalDate) => d.y * 10_000 + d.m * 100 + d.d;

function checked(y: number, m: number, d: number): DateReading {
  return isValidDate(y, m, d) ? { ok: true, date: { y, m, d } } : { ok: false, reason: 'impossible' };
}

/** Reads a date cell: an Excel date, or text in one of the accepted forms. */
export function readDate(raw: CellValue): DateReading {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime())
      ? { ok: false, reason: 'not-a-date' }
      : { ok: true, date: fromDate(raw) };
  }
  if (typeof raw !== 'string') return { ok: false, reason: 'not-a-date' };
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  let m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  m ??= /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));

  const era = /^(令和|平成|昭和|[RHSrhs])\.?(元|\d{1,2})[年./-](\d{1,2})[月./-](\d{1,2})日?$/.exec(s);
  if (era) {
    const name = era[1] as string;
    const def = ERAS.find((e) => e.names.includes(name.toUpperCase()) || e.names.includes(name));
    if (!def) return { ok: false, reason: 'not-a-date' };
    const n = era[2] === '元' ? 1 : Number(era[2]);
    const y = def.start.y + n - 1;
    const mo = Number(era[3]);
    const d = Number(era[4]);
    if (!isValidDate(y, mo, d)) return { ok: false, reason: 'impossible' };
    const date = { y, m: mo, d };
    if (ord(date) < ord(def.start) || (def.end && ord(date) > ord(def.end))) {
      return { ok: false, reason: 'outside-era' };
    }
    return { ok: true, date, era: def.names[0] as string };
  }
  // Near misses with an obvious reading: 2026.11.25, 20261125.
  const near = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (near) {
    const [y, mo, d] = [Number(near[1]), Number(near[2]), Number(near[3])];
    if (isValidDate(y, mo, d)) return { ok: false, reason: 'not-a-date', suggestion: { y, m: mo, d } };
  }
  return { ok: false, reason: 'not-a-date' };
}

/** yyyy/mm/dd, the form the template uses. */
export function slashDate(d: LocalDate): string {
  return `${d.y}/${String(d.m).padStart(2, '0')}/${String(d.d).padStart(2, '0')}`;
}
