/**
 * The only code that calls Office.js for Excel. It turns Office's proxies and batches into the
 * small promises of `ExcelAdapter` (excel-types.ts).
 *
 * Costs, by design (docs: office.md "Excel"):
 * - readGrid: one `context.sync()` for every sheet's used range (values + number formats +
 *   merged areas), once the sheet names are known;
 * - highlight: one `context.sync()` that reads the original fills of the cells it is about to
 *   colour *in the same batch, before the writes* (a batch runs in order), colours them, and gives
 *   back their fill to cells no longer flagged. The originals go to the workbook's settings
 *   (`Office.context.document.settings`, saved with `saveAsync`, not a `context.sync()`), so a
 *   reloaded pane can still restore them.
 * - selectCell: activate the sheet, sync, select (select on an inactive sheet is unreliable).
 * - writeCells: events off + write in one sync, events back on in a second.
 */
// Submodules rather than '../form': the adapter needs the grid, not the rules.
import {
  type Cell,
  cellAddress,
  excelSerialToDate,
  type Grid,
  isDateFormat,
  type MergedArea,
  parseCellAddress,
  type Sheet,
} from '../form/grid';
import type { Finding } from '../form/types';
import {
  type CellSnapshot,
  type CellWrite,
  type ChangedArgsSurface,
  type ChangeNotice,
  type ContextSurface,
  type EventHandlerResultSurface,
  type ExcelAdapter,
  ExcelAdapterError,
  type ExcelCapabilities,
  type ExcelHost,
  type FillSurface,
  type RangeAreasSurface,
  type RangeSurface,
} from './excel-types';

/** Key of the saved original fills in the workbook's settings. */
export const HIGHLIGHT_SETTING = 'upki-revoke.highlights.v1';
/** Excel's own "Bad" and "Neutral" cell-style fills. */
export const HIGHLIGHT_COLOURS = { error: '#FFC7CE', warning: '#FFEB9C' } as const;
/** What Excel reports as the fill of a cell without fill. */
const NO_FILL = '#FFFFFF';
/** How long a cell written by the add-in is ignored by onChanged (for hosts before ExcelApi 1.14). */
const OWN_WRITE_WINDOW_MS = 3000;

/** Original fill per cell (`Sheet!C5` → colour, or null for "no fill"). */
type SavedFills = Record<string, string | null>;

export function detectCapabilities(host: Pick<ExcelHost, 'isSetSupported'>): ExcelCapabilities {
  const has = (v: string) => {
    try {
      return host.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    workbookOnChanged: has('1.9'),
    mergedAreas: has('1.13'),
    insertTemplate: has('1.13'),
    triggerSource: has('1.14'),
  };
}

/** The real host: `Excel.run` and `Office.context`. Only valid after `Office.onReady`. */
export function officeExcelHost(): ExcelHost {
  return {
    run<T>(batch: (context: ContextSurface) => Promise<T>, context?: unknown): Promise<T> {
      // Excel.RequestContext is passed where ContextSurface is expected: the compiler checks that
      // the surface is a true slice of Office.js.
      const b = (ctx: Excel.RequestContext) => batch(ctx);
      if (context) return Excel.run(context as OfficeExtension.ClientRequestContext, b);
      return Excel.run(b);
    },
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document.settings,
  };
}

export function createExcelAdapter(
  host: ExcelHost,
  clock: { now(): number } = { now: () => Date.now() },
): ExcelAdapter {
  const capabilities = detectCapabilities(host);
  let sheetNames: string[] | undefined;
  const idToName = new Map<string, string>();
  /** Cells the add-in wrote, with the time, to filter onChanged before ExcelApi 1.14. */
  const ownWrites = new Map<string, number>();

  function savedFills(): SavedFills {
    const v = host.settings.get(HIGHLIGHT_SETTING) as unknown;
    return v && typeof v === 'object' ? { ...(v as SavedFills) } : {};
  }

  function saveSettings(fills: SavedFills): Promise<void> {
    if (Object.keys(fills).length === 0) host.settings.remove(HIGHLIGHT_SETTING);
    else host.settings.set(HIGHLIGHT_SETTING, fills);
    return new Promise((resolve) => {
      // A failed save (read-only workbook) must not break the check; the originals stay in memory.
      host.settings.saveAsync(() => resolve());
    });
  }

  function restoreFill(fill: FillSurface, original: string | null | undefined) {
    if (!original || original.toUpperCase() === NO_FILL) fill.clear();
    else fill.color = original;
  }

  function target(address: string): { sheet: string; a1: string } {
    const ref = parseCellAddress(address);
    if (!ref) throw new ExcelAdapterError('not-found', `Not a cell address: ${address}`);
    return { sheet: ref.sheet, a1: cellAddress(ref.sheet, ref.row, ref.col).slice(ref.sheet.length + 1) };
  }

  async function loadSheetNames(): Promise<string[]> {
    return host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      rememberSheets(sheets.items);
      return sheetNames ?? [];
    });
  }

  function rememberSheets(items: ReadonlyArray<{ name: string; id: string }>) {
    sheetNames = items.map((s) => s.name);
    idToName.clear();
    for (const s of items) idToName.set(s.id, s.name);
  }

  async function readSheets(names: readonly string[]): Promise<{ sheets: Sheet[]; current: string[] }> {
    return host.run(async (ctx) => {
      const list = ctx.workbook.worksheets;
      list.load('items/name,items/id');
      const queued = names.map((name) => {
        // getUsedRange, not …OrNullObject: a blank sheet gives A1 instead of a null object, so
        // chaining getMergedAreasOrNullObject on it in the same batch is safe.
        const used = list.getItem(name).getUsedRange(true);
        used.load('address,rowIndex,columnIndex,values,numberFormat');
        let merged: RangeAreasSurface | undefined;
        if (capabilities.mergedAreas) {
          merged = used.getMergedAreasOrNullObject();
          merged.load('address');
        }
        return { name, used, merged };
      });
      await ctx.sync();
      const current = list.items.map((s) => s.name);
      rememberSheets(list.items);
      return { sheets: queued.map((q) => toSheet(q.name, q.used, q.merged)), current };
    });
  }

  return {
    capabilities,

    async readGrid(): Promise<Grid> {
      let names = sheetNames ?? (await loadSheetNames());
      let result: { sheets: Sheet[]; current: string[] };
      try {
        result = await readSheets(names);
      } catch (e) {
        // A sheet was renamed or deleted since the last read: learn the names again, once.
        if (!isItemNotFound(e)) throw officeError(e);
        names = await loadSheetNames();
        result = await readSheets(names);
      }
      const added = result.current.filter((n) => !names.includes(n));
      if (added.length > 0) result.sheets.push(...(await readSheets(added)).sheets);
      const order = new Map(result.current.map((n, i) => [n, i]));
      result.sheets.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
      return { sheets: result.sheets.filter((s) => order.has(s.name)) };
    },

    async highlight(findings: readonly Finding[]) {
      const wanted = new Map<string, string>();
      for (const f of findings) {
        if (!f.cell || !parseCellAddress(f.cell)) continue;
        const key = normaliseAddress(f.cell);
        if (f.severity === 'error' || !wanted.has(key)) wanted.set(key, HIGHLIGHT_COLOURS[f.severity]);
      }
      const saved = savedFills();
      const toRestore = Object.keys(saved).filter((a) => !wanted.has(a));
      if (wanted.size === 0 && toRestore.length === 0) return { highlighted: 0, restored: 0 };
      const reads = new Map<string, FillSurface>();
      await host
        .run(async (ctx) => {
          for (const [address, colour] of wanted) {
            const { sheet, a1 } = target(address);
            const fill = ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill;
            // Read the original before the write, in the same batch.
            if (!(address in saved)) {
              fill.load('color');
              reads.set(address, fill);
            }
            fill.color = colour;
          }
          for (const address of toRestore) {
            const { sheet, a1 } = target(address);
            restoreFill(ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill, saved[address]);
          }
          await ctx.sync();
        })
        .catch((e) => {
          throw officeError(e);
        });
      for (const [address, fill] of reads) saved[address] = fill.color ?? null;
      for (const address of toRestore) delete saved[address];
      await saveSettings(saved);
      return { highlighted: wanted.size, restored: toRestore.length };
    },

    async restoreFormats() {
      const saved = savedFills();
      const addresses = Object.keys(saved);
      if (addresses.length === 0) return 0;
      await host
        .run(async (ctx) => {
          for (const address of addresses) {
            const { sheet, a1 } = target(address);
            restoreFill(ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill, saved[address]);
          }
          await ctx.sync();
        })
        .catch((e) => {
          throw officeError(e);
        });
      await saveSettings({});
      return addresses.length;
    },

    hasHighlights() {
      return Object.keys(savedFills()).length > 0;
    },

    async selectCell(address: string) {
      const { sheet, a1 } = target(address);
      await host
        .run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          await ctx.sync();
          ws.getRange(a1).select();
          await ctx.sync();
        })
        .catch((e) => {
          throw officeError(e);
        });
    },

    async writeCells(writes: readonly CellWrite[]) {
      if (writes.length === 0) return [];
      const ranges: Array<{ address: string; range: RangeSurface }> = [];
      await host
        .run(async (ctx) => {
          ctx.runtime.enableEvents = false;
          try {
            for (const w of writes) {
              const { sheet, a1 } = target(w.address);
              const range = ctx.workbook.worksheets.getItem(sheet).getRange(a1);
              range.load('values');
              range.values = [[excelInput(w)]];
              ranges.push({ address: normaliseAddress(w.address), range });
            }
            await ctx.sync();
          } finally {
            ctx.runtime.enableEvents = true;
            await ctx.sync();
          }
        })
        .catch((e) => {
          throw officeError(e);
        });
      const now = clock.now();
      for (const r of ranges) ownWrites.set(r.address, now);
      return ranges.map<CellSnapshot>(({ address, range }) => ({
        address,
        value: range.values[0]?.[0] ?? '',
      }));
    },

    async insertTemplate(base64: string) {
      if (!capabilities.insertTemplate) {
        throw new ExcelAdapterError('unsupported', 'insertWorksheetsFromBase64 needs ExcelApi 1.13');
      }
      const names = await host
        .run(async (ctx) => {
          const result = ctx.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
          await ctx.sync();
          return result.value;
        })
        .catch((e) => {
          throw officeError(e);
        });
      sheetNames = undefined;
      return names;
    },

    async onChanged(listener, options = {}) {
      const debounceMs = options.debounceMs ?? 800;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let pending: string[] = [];
      const handler = async (args: ChangedArgsSurface) => {
        if (args.triggerSource === 'ThisLocalAddin') return;
        const sheet = idToName.get(args.worksheetId);
        const address = sheet ? `${sheet}!${args.address}` : args.address;
        if (sheet && isOwnWrite(address)) return;
        pending.push(address);
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          const notice: ChangeNotice = { addresses: pending };
          pending = [];
          listener(notice);
        }, debounceMs);
      };
      const registrations: EventHandlerResultSurface[] = await host
        .run(async (ctx) => {
          const sheets = ctx.workbook.worksheets;
          sheets.load('items/name,items/id');
          const regs: EventHandlerResultSurface[] = [];
          if (capabilities.workbookOnChanged) regs.push(sheets.onChanged.add(handler));
          await ctx.sync();
          rememberSheets(sheets.items);
          if (!capabilities.workbookOnChanged) {
            for (const ws of sheets.items) regs.push(ws.onChanged.add(handler));
            await ctx.sync();
          }
          return regs;
        })
        .catch((e) => {
          throw officeError(e);
        });
      return async () => {
        if (timer) clearTimeout(timer);
        const first = registrations[0];
        if (!first) return;
        await host.run(async (ctx) => {
          for (const r of registrations) r.remove();
          await ctx.sync();
        }, first.context);
      };
    },
  };

  function isOwnWrite(changed: string): boolean {
    const now = clock.now();
    for (const [address, at] of ownWrites) {
      if (now - at > OWN_WRITE_WINDOW_MS) ownWrites.delete(address);
    }
    const bounds = areaOf(changed);
    if (!bounds) return false;
    for (const address of ownWrites.keys()) {
      const ref = parseCellAddress(address);
      if (!ref || ref.sheet !== bounds.sheet) continue;
      if (
        ref.row >= bounds.top &&
        ref.row <= bounds.bottom &&
        ref.col >= bounds.left &&
        ref.col <= bounds.right
      ) {
        // The change lies within our own write only when the area is that one cell.
        if (bounds.top === bounds.bottom && bounds.left === bounds.right) return true;
      }
    }
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers (exported for tests)

/** Turns a loaded used range into the core's sheet. */
export function toSheet(name: string, used: RangeSurface, merged?: RangeAreasSurface): Sheet {
  const cells: Cell[] = [];
  used.values.forEach((row, r) => {
    row.forEach((value: unknown, c) => {
      if (value === '' || value === null || value === undefined) return;
      const at = { row: used.rowIndex + r + 1, col: used.columnIndex + c + 1 };
      const format = used.numberFormat[r]?.[c] as string | undefined;
      if (typeof value === 'number' && isDateFormat(format)) {
        cells.push({ ...at, value: excelSerialToDate(value) });
      } else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
        cells.push({ ...at, value });
      } else {
        cells.push({ ...at, value: String(value) });
      }
    });
  });
  const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
  return { name, cells, merges };
}

/** `Sheet1!A1:B2,Sheet1!D4` (sheet names possibly quoted) → merged areas. */
export function parseAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf('!');
    const local = (bang >= 0 ? part.slice(bang + 1) : part).replace(/\$/g, '');
    const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(local.trim());
    if (!m) continue;
    const left = colNumber(m[1] as string);
    const top = Number(m[2]);
    const right = m[3] ? colNumber(m[3]) : left;
    const bottom = m[4] ? Number(m[4]) : top;
    out.push({
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    });
  }
  return out;
}

function splitAreas(address: string): string[] {
  // Commas inside a quoted sheet name do not split.
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `'My sheet'!$c$5` → `My sheet!C5` (the form of findings). */
export function normaliseAddress(address: string): string {
  const ref = parseCellAddress(address);
  return ref ? cellAddress(ref.sheet, ref.row, ref.col) : address;
}

function areaOf(address: string): ({ sheet: string } & MergedArea) | undefined {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return undefined;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const area = parseAreas(address.slice(bang + 1))[0];
  return area ? { sheet, ...area } : undefined;
}

/** Text that Excel would turn into a number, a date, a formula or a boolean. */
const EXCEL_WOULD_CONVERT =
  /^\s*(?:[=+\-@]|[\d.,]+(?:e[+-]?\d+)?\s*%?\s*$|\d{1,4}[-/年.]\d{1,2}(?:[-/月.]\d{1,4}日?)?\s*$|true$|false$)/i;

/** The value to put in `range.values` for a write. */
export function excelInput(w: CellWrite): string | number | boolean {
  if (typeof w.value !== 'string' || !w.asText) return w.value;
  return EXCEL_WOULD_CONVERT.test(w.value) ? `'${w.value}` : w.value;
}

function isItemNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'ItemNotFound';
}

function officeError(e: unknown): Error {
  if (e instanceof ExcelAdapterError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return new ExcelAdapterError(code === 'ItemNotFound' ? 'not-found' : 'office', message, e);
}
