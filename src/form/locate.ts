/**
 * The locator: finds the form's fields on a grid by their labels, following the layout contract
 * of spec/form.md §1 exactly. No fixed addresses.
 */
import {
  COLUMNS,
  type ColumnDef,
  FIELDS,
  type FieldDef,
  MAX_CERTIFICATES,
  type Person,
  SECTION_HEADERS,
} from './fields';
import { cellAddress, type Grid, isEmptyValue, SheetIndex } from './grid';
import { cellText, normaliseLabel } from './text';
import type { CertificateEntry, ColumnId, LocatedForm, LocatedValue } from './types';

type LabelMeaning =
  | { kind: 'field'; def: FieldDef }
  | { kind: 'short'; byPerson: Partial<Record<Person, FieldDef>> }
  | { kind: 'column'; def: ColumnDef }
  | { kind: 'section'; person: Person };

/** Normalised label → meaning. Built once. */
const LABELS: Map<string, LabelMeaning[]> = (() => {
  const map = new Map<string, LabelMeaning[]>();
  const add = (label: string, meaning: LabelMeaning) => {
    const key = normaliseLabel(label);
    const list = map.get(key) ?? [];
    list.push(meaning);
    map.set(key, list);
  };
  for (const def of FIELDS) for (const l of def.labels) add(l, { kind: 'field', def });
  const shorts = new Map<string, Partial<Record<Person, FieldDef>>>();
  for (const def of FIELDS) {
    for (const l of def.shortLabels ?? []) {
      const key = normaliseLabel(l);
      const entry = shorts.get(key) ?? {};
      if (def.person) entry[def.person] = def;
      shorts.set(key, entry);
    }
  }
  for (const [key, byPerson] of shorts) add(key, { kind: 'short', byPerson });
  for (const def of COLUMNS) for (const l of def.labels) add(l, { kind: 'column', def });
  for (const person of ['officer', 'admin'] as const) {
    for (const l of SECTION_HEADERS[person]) add(l, { kind: 'section', person });
  }
  return map;
})();

function meaningsOf(text: string): LabelMeaning[] | undefined {
  if (text.length > 80) return undefined; // labels are short; long text is a note or a value
  return LABELS.get(normaliseLabel(text));
}

/** Whether a cell's text is any label of the form (field, short, column or section header). */
export function isFormLabel(text: string): boolean {
  return meaningsOf(text) !== undefined;
}

/**
 * The sheet probe of the layout contract (spec/form.md §1): whether the texts of one sheet's cells
 * make it the form's sheet (the label 利用機関名, or any two distinct field labels). The texts may
 * come from anywhere (a grid, an .xlsx sheet's shared strings and inline strings, Excel's values),
 * in any order; non-label texts are ignored. Stops as soon as the answer is known.
 */
export function sheetHasFormLabels(texts: Iterable<string>): boolean {
  const seen = new Set<string>();
  for (const text of texts) {
    const meanings = meaningsOf(text);
    if (!meanings) continue;
    for (const m of meanings) {
      if (m.kind === 'field') {
        if (m.def.id === 'institutionName') return true;
        seen.add(m.def.id);
      } else if (m.kind === 'short' || m.kind === 'column') {
        seen.add(`label:${normaliseLabel(text)}`);
      }
    }
    if (seen.size >= 2) return true;
  }
  return false;
}

function* stringCells(index: SheetIndex): Generator<string> {
  for (const cell of index.cellsInOrder()) if (typeof cell.value === 'string') yield cell.value;
}

/**
 * Finds the form: the first worksheet holding the label 利用機関名 or any two field labels.
 * Returns undefined when no sheet qualifies (rule `form.not-found`).
 */
export function locateForm(grid: Grid): LocatedForm | undefined {
  for (const sheet of grid.sheets) {
    const index = new SheetIndex(sheet);
    if (sheetHasFormLabels(stringCells(index))) return locateOnSheet(index);
  }
  return undefined;
}

interface Header {
  person: Person;
  row: number;
  col: number;
}

/** The section a short label at (row, col) belongs to: the nearest header above it (spec §1). */
function sectionAt(headers: Header[], row: number, col: number): Person | undefined {
  let best: Header | undefined;
  for (const h of headers) {
    if (h.row > row) continue;
    if (!best || h.row > best.row) {
      best = h;
    } else if (h.row === best.row) {
      // Side-by-side sections on one row: the header nearest to the left of the label.
      const hLeft = h.col <= col;
      const bestLeft = best.col <= col;
      if ((hLeft && !bestLeft) || (hLeft && bestLeft && h.col > best.col)) best = h;
    }
  }
  return best?.person;
}

function locatedValue(index: SheetIndex, row: number, col: number): LocatedValue {
  const at = index.anchor(row, col);
  const raw = index.value(at.row, at.col);
  return {
    raw: isEmptyValue(raw) ? null : raw,
    text: isEmptyValue(raw) ? '' : cellText(raw),
    cell: cellAddress(index.name, at.row, at.col),
    row: at.row,
    col: at.col,
  };
}

/**
 * The value of a single field: the first cell to the right of the label after the label's merged
 * area, on the same row (its top-left cell when merged). Empty when that cell is another label.
 */
function valueRightOf(index: SheetIndex, row: number, col: number): LocatedValue {
  const merge = index.merge(row, col);
  const valueCol = (merge ? merge.right : col) + 1;
  const v = locatedValue(index, row, valueCol);
  if (typeof v.raw === 'string' && isFormLabel(v.raw)) return { ...v, raw: null, text: '' };
  return v;
}

export function locateOnSheet(index: SheetIndex): LocatedForm {
  const form: LocatedForm = { sheet: index.name, fields: {}, labels: {}, certificates: [] };
  const cells = index.cellsInOrder();
  const headers: Header[] = [];
  const shortLabels: Array<{ row: number; col: number; byPerson: Partial<Record<Person, FieldDef>> }> = [];
  let tableHeaderRow: number | undefined;

  for (const cell of cells) {
    if (typeof cell.value !== 'string') continue;
    const meanings = meaningsOf(cell.value);
    if (!meanings) continue;
    for (const m of meanings) {
      if (m.kind === 'section') headers.push({ person: m.person, row: cell.row, col: cell.col });
      else if (m.kind === 'short') shortLabels.push({ row: cell.row, col: cell.col, byPerson: m.byPerson });
      else if (m.kind === 'field' && !form.fields[m.def.id]) {
        form.fields[m.def.id] = valueRightOf(index, cell.row, cell.col);
        form.labels[m.def.id] = cellAddress(index.name, cell.row, cell.col);
      } else if (m.kind === 'column' && m.def.id === 'serial' && tableHeaderRow === undefined) {
        tableHeaderRow = cell.row;
      }
    }
  }

  // Short labels belong to the section they stand in; a compound label found earlier wins.
  for (const s of shortLabels) {
    const person = sectionAt(headers, s.row, s.col);
    const def = person ? s.byPerson[person] : undefined;
    if (!def || form.fields[def.id]) continue;
    form.fields[def.id] = valueRightOf(index, s.row, s.col);
    form.labels[def.id] = cellAddress(index.name, s.row, s.col);
  }

  if (tableHeaderRow !== undefined) locateTable(index, tableHeaderRow, form);
  return form;
}

/** The certificate table: the header row names the columns; entries follow until an empty row. */
function locateTable(index: SheetIndex, headerRow: number, form: LocatedForm): void {
  const columns: Partial<Record<ColumnId, number>> = {};
  let lastHeaderRow = headerRow;
  for (let col = 1; col <= index.maxCol; col++) {
    const v = index.value(headerRow, col);
    if (typeof v !== 'string') continue;
    const anchor = index.anchor(headerRow, col);
    if (anchor.col !== col) continue; // inside a merged header cell: the column is its first one
    const meaning = meaningsOf(v)?.find((m) => m.kind === 'column');
    if (meaning?.kind !== 'column' || columns[meaning.def.id] !== undefined) continue;
    columns[meaning.def.id] = col;
    const merge = index.merge(headerRow, col);
    if (merge && merge.bottom > lastHeaderRow) lastHeaderRow = merge.bottom;
  }
  form.table = { headerRow, columns };
  const cols = Object.entries(columns) as Array<[ColumnId, number]>;
  const entries: CertificateEntry[] = [];
  for (let row = lastHeaderRow + 1; row <= index.maxRow && entries.length < MAX_CERTIFICATES; row++) {
    const cells: Partial<Record<ColumnId, LocatedValue>> = {};
    let any = false;
    for (const [id, col] of cols) {
      const v = locatedValue(index, row, col);
      // A cell merged down from the row above belongs to that row, not this one.
      if (v.row !== row) v.raw = null;
      if (v.raw === null) v.text = '';
      else any = true;
      cells[id] = v.row === row ? v : { ...v, cell: cellAddress(index.name, row, col), row, col };
    }
    if (!any) break;
    entries.push({ row, index: entries.length + 1, cells });
  }
  form.certificates = entries;
}
