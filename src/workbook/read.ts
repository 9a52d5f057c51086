/**
 * .xlsx bytes → grid of the form's sheet, with exceljs loaded on demand. Unreadable input gets
 * the error codes of spec/cli.md; a zip bomb is refused before anything is unpacked; the form's
 * sheet is found by a bounded label probe (probe.ts) and only it is handed to exceljs, in a
 * rebuilt package without the ranges exceljs would expand (slim.ts). Runs in Node and in a task
 * pane (no Node imports here).
 */

import { MAX_FILE_BYTES } from '../bytes/limits';
import {
  type Cell,
  type CellValue,
  columnNumber,
  excelSerialToDate,
  type Grid,
  isDateFormat,
  type MergedArea,
  type Sheet,
} from '../form/grid';
import type { Bilingual } from '../messages/define';
import { OverBudget } from './budget';
import { wt } from './messages';
import { type Parts, partsOf, readOutline, readSharedStrings } from './probe';
import { findFormSheet, slimPackage } from './slim';
import { XmlProblem } from './xml';
import {
  type Archive,
  centralDirectory,
  type InflatedSize,
  inspectZip,
  type RawInflate,
  ZipProblem,
} from './zip';

export type WorkbookErrorCode =
  | 'input.not-xlsx'
  | 'input.encrypted'
  | 'input.legacy-xls'
  | 'input.too-large'
  | 'input.too-complex'
  | 'input.corrupt';

/** The largest workbook read (the largest attachment Outlook accepts). */
export const MAX_WORKBOOK_BYTES = MAX_FILE_BYTES;
/** The most the parts of a workbook may inflate to, all together. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly text: Bilingual,
  ) {
    super(`${code}: ${text.en}`);
    this.name = 'WorkbookError';
  }

  /** `{ ja, en }` as the CLI's JSON error shows it. */
  get bilingual(): Bilingual {
    return this.text;
  }
}

const MESSAGES: Record<WorkbookErrorCode, Bilingual> = {
  'input.not-xlsx': wt('workbook.not-xlsx'),
  'input.encrypted': wt('workbook.encrypted'),
  'input.legacy-xls': wt('workbook.legacy-xls'),
  'input.too-large': wt('workbook.too-large'),
  'input.too-complex': wt('workbook.too-complex'),
  'input.corrupt': wt('workbook.corrupt'),
};

/** The code's message, with what exactly is wrong (in words, both languages) when known. */
export function workbookError(code: WorkbookErrorCode, detail?: Bilingual): WorkbookError {
  const m = MESSAGES[code];
  return new WorkbookError(code, detail ? wt('workbook.with-detail', { message: m, detail }) : m);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether an OLE compound file holds an `EncryptionInfo` stream (an encrypted OOXML package). */
function oleHasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const pattern = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** Classifies bytes that cannot be a workbook, before any parsing; returns the package's parts. */
export async function screenWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<Parts> {
  if (bytes.length > MAX_WORKBOOK_BYTES) throw workbookError('input.too-large');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw workbookError(oleHasEncryptionInfo(bytes) ? 'input.encrypted' : 'input.legacy-xls');
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw workbookError('input.not-xlsx');
  try {
    await inspectZip(bytes, MAX_INFLATED_BYTES, options.inflatedSize);
    const parts = partsOf(centralDirectory(bytes));
    if (!parts.has('[content_types].xml') || !parts.has('xl/workbook.xml')) {
      throw workbookError('input.not-xlsx', wt('workbook.no-workbook-part'));
    }
    return parts;
  } catch (e) {
    throw asWorkbookError(e);
  }
}

/** Any failure while reading → a WorkbookError that says in words what is wrong (never a JS error text). */
function asWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  if (e instanceof ZipProblem) return workbookError(e.tooLarge ? 'input.too-large' : 'input.corrupt', e.text);
  if (e instanceof OverBudget) return workbookError('input.too-complex', e.what);
  if (e instanceof XmlProblem)
    return workbookError('input.corrupt', wt('workbook.xml-damaged', { part: e.part }));
  return workbookError('input.corrupt', wt('workbook.unreadable-content'));
}

type ExcelJSModule = typeof import('exceljs');

/** How exceljs is loaded: the command line injects its lighter loader (the prebuilt bundle). */
export type ExcelJSLoader = () => Promise<ExcelJSModule>;

const importExcelJS: ExcelJSLoader = async () => {
  const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  return mod.default ?? mod;
};

export interface ReadOptions {
  /** How to measure a part's inflated size (the command line passes zlib's; the default is DecompressionStream). */
  inflatedSize?: InflatedSize;
  /** How to inflate a part at once (the command line passes zlib's; the default streams with fflate). */
  inflateRaw?: RawInflate;
  /** How to load exceljs (default: `import('exceljs')`). */
  loadExcelJS?: ExcelJSLoader;
}

/**
 * Reads .xlsx bytes into the core's grid: the form's sheet alone (the first sheet with the form's
 * labels), or, when no sheet has them, every worksheet's name without cells (so that the checker
 * reports `form.not-found`). Throws a `WorkbookError`; never returns half a grid.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<Grid> {
  const parts = await screenWorkbook(bytes, options);
  let slim: Uint8Array;
  try {
    const zip: Archive = { bytes, inflateRaw: options.inflateRaw };
    const outline = readOutline(zip, parts);
    const sst = readSharedStrings(zip, outline.sharedStrings);
    const form = findFormSheet(zip, outline, sst);
    if (!form) return { sheets: outline.sheets.map((s) => ({ name: s.name, cells: [], merges: [] })) };
    slim = slimPackage(zip, outline, form);
  } catch (e) {
    throw asWorkbookError(e);
  }
  const ExcelJS = await (options.loadExcelJS ?? importExcelJS)();
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs wants an ArrayBuffer-like; hand it a view of the same bytes (it only reads them).
    await wb.xlsx.load(slim as unknown as ArrayBuffer);
    return gridOfWorkbook(wb);
  } catch (e) {
    throw asWorkbookError(e);
  }
}

type ExcelJSWorkbook = InstanceType<ExcelJSModule['Workbook']>;

export function gridOfWorkbook(wb: ExcelJSWorkbook): Grid {
  const sheets: Sheet[] = [];
  for (const ws of wb.worksheets) {
    const cells: Cell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const value = cellValue(cell.value, cell.numFmt);
        if (value !== null && value !== '') cells.push({ row: rowNumber, col: colNumber, value });
      });
    });
    const merges: MergedArea[] = [];
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const area = parseRange(range);
      if (area) merges.push(area);
    }
    sheets.push({ name: ws.name, cells, merges });
  }
  return { sheets };
}

/** exceljs's value (rich text, formula, hyperlink, error…) → the grid's typed value. */
export function cellValue(v: unknown, numFmt?: string): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return isDateFormat(numFmt) ? excelSerialToDate(v) : v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) return 'result' in o ? cellValue(o.result, numFmt) : null;
    if ('error' in o) return String(o.error);
    if ('text' in o) return cellValue(o.text, numFmt);
  }
  return String(v);
}

function parseRange(range: string): MergedArea | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range.toUpperCase());
  if (!m) return undefined;
  const [a, b] = [columnNumber(m[1] as string), columnNumber(m[3] as string)];
  const [r1, r2] = [Number(m[2]), Number(m[4])];
  return { top: Math.min(r1, r2), left: Math.min(a, b), bottom: Math.max(r1, r2), right: Math.max(a, b) };
}
