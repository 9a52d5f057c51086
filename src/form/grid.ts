/**
 * The plain grid of cells that every source (an .xlsx file, a live Excel workbook, a test) fills
 * and the core reads. Rows and columns are 1-based, as in Excel.
 */

/**
 * A cell's typed value, as Excel typed it. A date is a `Date` whose UTC fields are the calendar
 * date (and time) shown in Excel: no time zone is involved.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  row: number;
  col: number;
  value: CellValue;
}

/** A merged area, inclusive bounds. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Sheet {
  name: string;
  /** Non-empty cells only. */
  cells: Cell[];
  merges: MergedArea[];
}

export interface Grid {
  sheets: Sheet[];
}

/** A sheet with fast look-ups, built once per check. */
export class SheetIndex {
  readonly name: string;
  readonly maxRow: number;
  readonly maxCol: number;
  private readonly byKey = new Map<number, Cell>();
  private readonly mergeOf = new Map<number, MergedArea>();

  constructor(readonly sheet: Sheet) {
    this.name = sheet.name;
    let maxRow = 0;
    let maxCol = 0;
    for (const cell of sheet.cells) {
      if (isEmptyValue(cell.value)) continue;
      this.byKey.set(key(cell.row, cell.col), cell);
      if (cell.row > maxRow) maxRow = cell.row;
      if (cell.col > maxCol) maxCol = cell.col;
    }
    for (const m of sheet.merges) {
      // Guard against absurd merges (whole columns) blowing up the index.
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area > 100_000 || area < 1) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeOf.set(key(r, c), m);
      }
    }
    this.maxRow = maxRow;
    this.maxCol = maxCol;
  }

  /** The cells in reading order (rows, then columns). */
  cellsInOrder(): Cell[] {
    return [...this.byKey.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /** The merged area holding the cell, if any. */
  merge(row: number, col: number): MergedArea | undefined {
    return this.mergeOf.get(key(row, col));
  }

  /** The value shown at a position: the top-left cell's value when the position is merged. */
  value(row: number, col: number): CellValue {
    const m = this.mergeOf.get(key(row, col));
    if (m) return this.byKey.get(key(m.top, m.left))?.value ?? null;
    return this.byKey.get(key(row, col))?.value ?? null;
  }

  /** The cell that holds the value shown at a position (top-left of a merge). */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeOf.get(key(row, col));
    return m ? { row: m.top, col: m.left } : { row, col };
  }
}

function key(row: number, col: number): number {
  return row * 20_000 + col;
}

export function isEmptyValue(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `C5` */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `Sheet!C5`, the form of spec/form.md §3 (the sheet name as it is, unquoted). */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Parses `Sheet!C5` (also `'My sheet'!C5`). The A1 part never holds `!`, so the last one splits. */
export function parseCellAddress(address: string): CellRef | undefined {
  const i = address.lastIndexOf('!');
  if (i < 0) return undefined;
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.slice(i + 1));
  if (!m) return undefined;
  return { sheet, row: Number(m[2]), col: columnNumber(m[1] as string) };
}

/** Excel's serial date (1900 system, with its 1900-02-29 quirk) to a UTC `Date`. */
export function excelSerialToDate(serial: number): Date {
  // 25569 = days from 1899-12-30 to 1970-01-01; Excel's serials count from 1899-12-30 after Feb 1900.
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms);
}

/** A `Date` (UTC fields = calendar date) to Excel's serial number. */
export function dateToExcelSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

/**
 * Whether an Excel number format displays a date (so the number under it is a date).
 * Ignores quoted text, escaped characters and colour/condition sections.
 */
export function isDateFormat(numberFormat: string | undefined | null): boolean {
  if (!numberFormat || numberFormat === 'General') return false;
  const stripped = numberFormat
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  // d/y (and the Japanese era codes g/e) mark a date; an E followed by a sign is scientific notation.
  return /[dyg]/i.test(stripped) || /e(?![+-])/i.test(stripped);
}
