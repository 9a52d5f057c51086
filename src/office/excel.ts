/**
 * The only code that calls Office.js for Excel. It turns Office's proxies and batches into the
 * small promises of `ExcelAdapter` (excel-types.ts).
 *
 * Costs, by design (docs/excel.md "Syncs"; ../shared/notes/office.md "Excel", "Real clients"):
 * - readForm: one `context.sync()` that loads the sheet list, the add-in's saved fills
 *   (`context.workbook.settings`) and the form's sheet alone — by name once it is known; on a
 *   first read, a capped probe (used range ∩ A1:Z300) of the first and the active sheet, which is
 *   the whole form when the form is one of them and fits the window. Otherwise one more sync
 *   probes the other sheets (capped), and one more reads a form larger than the window. Only the
 *   form's sheet is read in full: Excel on the web refuses a response above 5 MB.
 * - highlight: one `context.sync()` that colours, restores and saves the list of original fills in
 *   the same batch, using the fills `readForm` brought along (`getCellProperties`, ExcelApi 1.9);
 *   one more when an original is not known yet (ExcelApi 1.8, or a cell outside the used range).
 *   Only fills that change are written, and the list is saved only when it changed (each write
 *   lands on the user's undo stack).
 * - writeCells: events off, writes, events on and the next readForm, all in one sync.
 * - selectCell: activate the sheet, sync, select (select on an inactive sheet is unreliable).
 */
// Submodules rather than '../form': the adapter needs the grid and the probe, not the rules.
import {
  type Cell,
  cellAddress,
  excelSerialToDate,
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
  type FormRead,
  type RangeAreasSurface,
  type RangeSurface,
  type ReadNoticeCode,
  type SettingSurface,
  type WorksheetSurface,
} from './excel-types';

/**
 * The layout contract's sheet probe (spec/form.md §1), loaded on first use: it brings the form's
 * label tables, which the pane loads with its checker rather than in its first load.
 */
type SheetProbe = (texts: Iterable<string>) => boolean;
let probeModule: Promise<SheetProbe> | undefined;
function loadProbe(): Promise<SheetProbe> {
  probeModule ??= import('../form/locate').then((m) => m.sheetHasFormLabels);
  return probeModule;
}

/** Key of the saved original fills in the workbook's settings (v2: pattern-aware). */
export const HIGHLIGHT_SETTING = 'upki-revoke.highlights.v2';
/** Excel's own "Bad" and "Neutral" cell-style fills. */
export const HIGHLIGHT_COLOURS = { error: '#FFC7CE', warning: '#FFEB9C' } as const;
/** What Excel reports as the colour of a cell without fill (and of a white one). */
const WHITE = '#FFFFFF';
/** How long a cell written by the add-in is ignored by onChanged (for hosts before ExcelApi 1.14). */
const OWN_WRITE_WINDOW_MS = 3000;
/**
 * The probe window: a sheet's used range is read only within it until the sheet is known to be
 * the form (the template's form is A1:I39). Bounds a probe's response whatever the sheet holds.
 */
export const PROBE_WINDOW = 'A1:Z300';
const WINDOW_AREA: MergedArea = { top: 1, left: 1, bottom: 300, right: 26 };
/** The label that alone makes a sheet the form (spec/form.md §1). */
const KEY_LABEL = '利用機関名';

/** A cell's fill before the add-in coloured it. */
export interface SavedFill {
  /** null = No Fill (restored with `fill.clear()`). */
  color: string | null;
  /** `format.fill.pattern` when not Solid (ExcelApi 1.9). */
  pattern?: string;
  /** The colour the add-in applied, so an unchanged highlight is not written again. */
  applied: string;
}
/** Original fill per cell (`Sheet!C5`). */
export type SavedFills = Record<string, SavedFill>;

type FillProps = { color?: string; pattern?: string };

/**
 * How a sheet is read: `full` (the form's used range with merges and fills), `probe` (the used
 * range within the probe window, with merges and fills: the whole form when the form fits), or
 * `bare` (the used range within the window, values only: just enough for the label probe).
 */
type ReadKind = 'full' | 'probe' | 'bare';

/** One sheet's queued read. */
interface QueuedSheet {
  ws: WorksheetSurface;
  kind: ReadKind;
  /** The used range (its address is the sheet's full extent). */
  used: RangeSurface;
  /** What was read: the used range, or its part inside the probe window (may be a null object). */
  data: RangeSurface;
  merged?: RangeAreasSurface;
  fills?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

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
    fillPattern: has('1.9'),
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
  };
}

export function createExcelAdapter(
  host: ExcelHost,
  clock: { now(): number } = { now: () => Date.now() },
): ExcelAdapter {
  const capabilities = detectCapabilities(host);
  /** The form's sheet, once found, and the sheet list it was found in. */
  let form: { name: string; among: string[] } | undefined;
  /** Sheets whose merged areas Excel refused to return (more than 512 in one call). */
  const tooManyMerges = new Set<string>();
  const idToName = new Map<string, string>();
  /** Cells the add-in wrote, with the time, to filter onChanged before ExcelApi 1.14. */
  const ownWrites = new Map<string, number>();
  /** The saved fills as of the last sync that read them. */
  let saved: SavedFills = {};
  /** Whether `saved` was read by the read that immediately precedes the next highlight. */
  let savedFresh = false;
  /** Fills of the form's cells, brought along by the last read (ExcelApi 1.9). */
  let knownFills = new Map<string, FillProps>();

  function target(address: string): { sheet: string; a1: string } {
    const ref = parseCellAddress(address);
    if (!ref) throw new ExcelAdapterError('not-found', `Not a cell address: ${address}`);
    return { sheet: ref.sheet, a1: cellAddress(ref.sheet, ref.row, ref.col).slice(ref.sheet.length + 1) };
  }

  function rememberSheets(items: ReadonlyArray<{ name: string; id: string }>) {
    idToName.clear();
    for (const s of items) idToName.set(s.id, s.name);
  }

  function queueSaved(ctx: ContextSurface): SettingSurface {
    const item = ctx.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
    item.load('value');
    return item;
  }

  function takeSaved(item: SettingSurface) {
    saved = item.isNullObject ? {} : parseSaved(item.value);
  }

  function queueSheet(ws: WorksheetSurface, kind: ReadKind, name?: string): QueuedSheet {
    ws.load('name');
    // getUsedRange, not …OrNullObject: a blank sheet gives A1, so chaining on it is safe.
    const used = ws.getUsedRange(true);
    used.load('address');
    const data = kind === 'full' ? used : used.getIntersectionOrNullObject(PROBE_WINDOW);
    data.load('address,rowIndex,columnIndex,values,numberFormat');
    const q: QueuedSheet = { ws, kind, used, data };
    if (kind === 'bare') return q;
    if (capabilities.mergedAreas && !(name && tooManyMerges.has(name))) {
      q.merged = (kind === 'full' ? used : ws.getRange(PROBE_WINDOW)).getMergedAreasOrNullObject();
      q.merged.load('address');
    }
    if (capabilities.fillPattern) {
      q.fills = data.getCellProperties({ address: true, format: { fill: { color: true, pattern: true } } });
    }
    return q;
  }

  /** Whether the queued read can stand as the form's read (whole used range, merges and fills). */
  function usable(q: QueuedSheet): boolean {
    if (q.kind === 'full') return true;
    if (q.kind === 'bare') return false;
    const area = parseAreas(localAddress(q.used.address))[0];
    return !!area && within(area, WINDOW_AREA);
  }

  function sheetOf(q: QueuedSheet): Sheet {
    if (q.data.isNullObject) return { name: q.ws.name, cells: [], merges: [] };
    const merged = q.merged && !q.merged.isNullObject ? q.merged : undefined;
    return toSheet(q.ws.name, q.data, merged);
  }

  function texts(q: QueuedSheet): string[] {
    if (q.data.isNullObject) return [];
    return q.data.values.flat().filter((v): v is string => typeof v === 'string');
  }

  function noticesFor(name: string | undefined): ReadNoticeCode[] {
    if (!capabilities.mergedAreas) return ['merges-unsupported'];
    return name && tooManyMerges.has(name) ? ['merges-too-many'] : [];
  }

  function finish(q: QueuedSheet, names: string[]): FormRead {
    const name = q.ws.name;
    form = { name, among: names };
    knownFills = new Map();
    if (q.fills && !q.data.isNullObject) {
      for (const row of q.fills.value) {
        for (const cell of row) {
          if (!cell.address) continue;
          const fill = cell.format?.fill;
          knownFills.set(normaliseAddress(cell.address), { color: fill?.color, pattern: fill?.pattern });
        }
      }
    }
    return { grid: { sheets: [sheetOf(q)] }, sheet: name, notices: noticesFor(name) };
  }

  /**
   * The first batch of a read: optional writes (events muted), the sheet list, the saved fills,
   * and the known form's sheet, or (`speculate`) a probe of the first and the active sheet.
   */
  async function firstBatch(writes: readonly CellWrite[], speculate: boolean) {
    return host.run(async (ctx) => {
      const before: Array<{ address: string; range: RangeSurface }> = [];
      if (writes.length) {
        ctx.runtime.enableEvents = false;
        for (const w of writes) {
          const { sheet, a1 } = target(w.address);
          const range = ctx.workbook.worksheets.getItem(sheet).getRange(a1);
          range.load('values'); // a batch runs in order: this is the value before the write
          range.values = [[excelInput(w)]];
          before.push({ address: normaliseAddress(w.address), range });
        }
        ctx.runtime.enableEvents = true;
      }
      const list = ctx.workbook.worksheets;
      list.load('items/name,items/id');
      const item = queueSaved(ctx);
      const queued = form
        ? [queueSheet(list.getItem(form.name), 'full', form.name)]
        : speculate
          ? [queueSheet(list.getFirst(), 'probe'), queueSheet(list.getActiveWorksheet(), 'probe')]
          : [];
      await ctx.sync();
      rememberSheets(list.items);
      takeSaved(item);
      const snapshots = before.map<CellSnapshot>(({ address, range }) => ({
        address,
        value: range.values[0]?.[0] ?? '',
      }));
      return { names: list.items.map((s) => s.name), queued, snapshots };
    });
  }

  /** The first batch, with the fallbacks a real workbook needs (see the catch). */
  async function firstBatchWithFallbacks(writes: readonly CellWrite[]) {
    let speculate = true;
    for (let attempt = 0; ; attempt++) {
      try {
        return await firstBatch(attempt === 0 ? writes : [], speculate);
      } catch (e) {
        // Writes may have gone in before the failure: no retry, the caller re-checks.
        if (attempt >= 2 || isSizeError(e) || (attempt === 0 && writes.length)) throw officeError(e);
        if (form && isItemNotFound(e))
          form = undefined; // the form's sheet was renamed or deleted
        else if (form && capabilities.mergedAreas && !tooManyMerges.has(form.name))
          tooManyMerges.add(form.name);
        else if (!form && speculate)
          speculate = false; // over 512 merges in a probe, or a null probe
        else throw officeError(e);
      }
    }
  }

  /** A batch reading the given sheets. */
  async function readSheets(names: readonly string[], kind: ReadKind): Promise<QueuedSheet[]> {
    return host.run(async (ctx) => {
      const queued = names.map((n) => queueSheet(ctx.workbook.worksheets.getItem(n), kind, n));
      await ctx.sync();
      return queued;
    });
  }

  /** The form's sheet in full; without merged areas when Excel refuses them (over 512). */
  async function readFull(name: string): Promise<QueuedSheet> {
    try {
      return (await readSheets([name], 'full'))[0] as QueuedSheet;
    } catch (e) {
      if (isSizeError(e) || isItemNotFound(e) || !capabilities.mergedAreas || tooManyMerges.has(name)) {
        throw officeError(e);
      }
      tooManyMerges.add(name);
      return readFull(name);
    }
  }

  async function readForm(
    writes: readonly CellWrite[] = [],
  ): Promise<{ read: FormRead; snapshots: CellSnapshot[] }> {
    const sheetHasFormLabels = await loadProbe();
    const { names, queued, snapshots } = await firstBatchWithFallbacks(writes);
    savedFresh = true;
    const [head] = queued;
    // The known form: still there, still the form, and the sheet list unchanged.
    if (form && head && sameList(form.among, names) && sheetHasFormLabels(texts(head))) {
      return { read: finish(head, names), snapshots };
    }
    form = undefined;
    const probed = new Map<string, QueuedSheet>();
    for (const q of queued) if (!probed.has(q.ws.name)) probed.set(q.ws.name, q);
    // The first sheet in order with the form's labels (spec/form.md §1); probe the others if needed.
    const isForm = (q: QueuedSheet) => sheetHasFormLabels(texts(q));
    let found = firstPassing(names, probed, isForm);
    const missing = names.filter((n) => !probed.has(n));
    if (found === 'unknown' && missing.length) {
      // With merges and fills, so that a small form needs no further read; values only when Excel
      // refuses that (over 512 merged areas in a window, or a probe that came back a null object).
      const more = await readSheets(missing, 'probe')
        .catch((e) => (isSizeError(e) ? Promise.reject(e) : readSheets(missing, 'bare')))
        .catch((e) => {
          throw officeError(e);
        });
      for (const q of more) probed.set(q.ws.name, q);
      found = firstPassing(names, probed, isForm);
    }
    if (found === 'none') found = await searchBeyondWindow(names, probed, isForm);
    if (found === 'unknown' || found === 'none') {
      const sheets = names.flatMap((n) => {
        const q = probed.get(n);
        return q ? [sheetOf(q)] : [];
      });
      return { read: { grid: { sheets }, notices: noticesFor(undefined) }, snapshots };
    }
    if (usable(found)) return { read: finish(found, names), snapshots };
    return { read: finish(await readFull(found.ws.name), names), snapshots };
  }

  /**
   * No probe window held the form's labels. Sheets whose content goes beyond the window are
   * searched whole for the key label 利用機関名 (ExcelApi 1.9, addresses only), in order; the first
   * one found is read in full and must pass the probe. Without ExcelApi 1.9 a form laid out beyond
   * A1:Z300 is not found (docs/excel.md).
   */
  async function searchBeyondWindow(
    names: readonly string[],
    probed: ReadonlyMap<string, QueuedSheet>,
    isForm: (q: QueuedSheet) => boolean,
  ): Promise<QueuedSheet | 'none'> {
    const beyond = names.filter((n) => {
      const q = probed.get(n);
      const area = q && parseAreas(localAddress(q.used.address))[0];
      return !!area && !within(area, WINDOW_AREA);
    });
    // findAllOrNullObject is ExcelApi 1.9, as the fill pattern.
    if (!capabilities.fillPattern || beyond.length === 0) return 'none';
    const hits = await host
      .run(async (ctx) => {
        const found = beyond.map((n) => {
          const areas = ctx.workbook.worksheets
            .getItem(n)
            .findAllOrNullObject(KEY_LABEL, { completeMatch: false, matchCase: false });
          areas.load('address');
          return { name: n, areas };
        });
        await ctx.sync();
        return found.filter((f) => !f.areas.isNullObject).map((f) => f.name);
      })
      .catch((e) => {
        throw officeError(e);
      });
    for (const name of hits) {
      const full = await readFull(name);
      if (isForm(full)) return full;
    }
    return 'none';
  }

  /** Queues the highlight's writes and the saved list into one batch; returns the new list. */
  function queueHighlight(
    ctx: ContextSurface,
    wanted: ReadonlyMap<string, string>,
    originals: ReadonlyMap<string, FillProps>,
  ): { next: SavedFills; writes: number } {
    const next: SavedFills = { ...saved };
    let writes = 0;
    for (const [address, colour] of wanted) {
      const entry = saved[address];
      if (entry?.applied === colour) continue; // already ours, unchanged: no write, no undo step
      const { sheet, a1 } = target(address);
      ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill.color = colour;
      writes += 1;
      next[address] = entry
        ? { ...entry, applied: colour }
        : { ...originalOf(originals.get(address), capabilities.fillPattern), applied: colour };
    }
    for (const address of Object.keys(saved)) {
      if (wanted.has(address)) continue;
      const { sheet, a1 } = target(address);
      restoreFill(
        ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill,
        saved[address] as SavedFill,
      );
      writes += 1;
      delete next[address];
    }
    // An empty list is saved as {} rather than deleted: delete() on a setting a co-author removed
    // meanwhile would fail the whole batch.
    if (!sameSaved(saved, next)) ctx.workbook.settings.add(HIGHLIGHT_SETTING, next);
    return { next, writes };
  }

  /** Loads the saved list (and the fills of `cells`) when the last read did not bring them. */
  async function refresh(cells: readonly string[]): Promise<Map<string, FillProps>> {
    const fills = new Map<string, FillSurface>();
    await host.run(async (ctx) => {
      const item = queueSaved(ctx);
      for (const address of cells) {
        const { sheet, a1 } = target(address);
        const fill = ctx.workbook.worksheets.getItem(sheet).getRange(a1).format.fill;
        fill.load(capabilities.fillPattern ? 'color,pattern' : 'color');
        fills.set(address, fill);
      }
      await ctx.sync();
      takeSaved(item);
    });
    const out = new Map<string, FillProps>();
    for (const [address, fill] of fills) {
      out.set(address, { color: fill.color, pattern: capabilities.fillPattern ? fill.pattern : undefined });
    }
    return out;
  }

  return {
    capabilities,

    async readForm() {
      return (await readForm()).read;
    },

    async highlight(findings: readonly Finding[]) {
      const wanted = new Map<string, string>();
      for (const f of findings) {
        if (!f.cell || !parseCellAddress(f.cell)) continue;
        const key = normaliseAddress(f.cell);
        if (f.severity === 'error' || !wanted.has(key)) wanted.set(key, HIGHLIGHT_COLOURS[f.severity]);
      }
      try {
        let originals = knownFills;
        // Cells to colour whose original is known neither from the list nor from the last read.
        const unknown = () => [...wanted.keys()].filter((a) => !(a in saved) && !originals.has(a));
        if (!savedFresh || unknown().length) {
          const loaded = await refresh(unknown());
          originals = new Map([...knownFills, ...loaded]);
        }
        savedFresh = false;
        const restored = Object.keys(saved).filter((a) => !wanted.has(a)).length;
        await host.run(async (ctx) => {
          const { next, writes } = queueHighlight(ctx, wanted, originals);
          // Nothing changes: no sync, no undo step.
          if (writes > 0 || !sameSaved(saved, next)) await ctx.sync();
          saved = next;
        });
        const result = { highlighted: wanted.size, restored };
        return result;
      } catch (e) {
        throw officeError(e);
      }
    },

    async restoreFormats() {
      try {
        await refresh([]);
        savedFresh = false;
        const count = Object.keys(saved).length;
        if (count === 0) return 0;
        await host.run(async (ctx) => {
          const { next } = queueHighlight(ctx, new Map(), new Map());
          await ctx.sync();
          saved = next;
        });
        return count;
      } catch (e) {
        throw officeError(e);
      }
    },

    hasHighlights() {
      return Object.keys(saved).length > 0;
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
      const { read, snapshots } = await readForm(writes);
      const now = clock.now();
      for (const s of snapshots) ownWrites.set(s.address, now);
      return { read, snapshots };
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
      form = undefined;
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

/** The saved list as stored, tolerating anything else a co-author or an old version left. */
export function parseSaved(value: unknown): SavedFills {
  const out: SavedFills = {};
  if (!value || typeof value !== 'object') return out;
  for (const [address, v] of Object.entries(value as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const e = v as Partial<SavedFill>;
    if (typeof e.applied !== 'string') continue;
    out[address] = {
      color: typeof e.color === 'string' ? e.color : null,
      ...(typeof e.pattern === 'string' ? { pattern: e.pattern } : {}),
      applied: e.applied,
    };
  }
  return out;
}

/**
 * A cell's original fill from what Excel reported. Excel reports '#FFFFFF' for both a white fill
 * and No Fill (office-js #4900, #6218); the pattern tells them apart ('None' = No Fill, ExcelApi
 * 1.9). Without the pattern, white is taken as No Fill, the common case.
 */
export function originalOf(fill: FillProps | undefined, patternKnown: boolean): Omit<SavedFill, 'applied'> {
  const color = fill?.color ?? null;
  if (!color) return { color: null };
  if (patternKnown && fill?.pattern) {
    if (fill.pattern === 'None') return { color: null };
    return fill.pattern === 'Solid' ? { color } : { color, pattern: fill.pattern };
  }
  return color.toUpperCase() === WHITE ? { color: null } : { color };
}

/** Gives a cell its original fill back: `clear()` for No Fill, colour (and pattern) otherwise. */
export function restoreFill(fill: FillSurface, original: SavedFill) {
  if (original.color === null) {
    fill.clear();
    return;
  }
  fill.color = original.color;
  if (original.pattern) fill.pattern = original.pattern as Excel.RangeFill['pattern'];
}

function sameSaved(a: SavedFills, b: SavedFills): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const x = a[k];
    const y = b[k];
    return !!x && !!y && x.color === y.color && x.pattern === y.pattern && x.applied === y.applied;
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * The first sheet in order passing the label probe, 'none' when every sheet was probed and none
 * passes, 'unknown' when a sheet before the first passing one (or any) was not probed yet.
 */
function firstPassing<Q>(
  names: readonly string[],
  probed: ReadonlyMap<string, Q>,
  isForm: (q: Q) => boolean,
): Q | 'none' | 'unknown' {
  for (const name of names) {
    const q = probed.get(name);
    if (!q) return 'unknown';
    if (isForm(q)) return q;
  }
  return 'none';
}

function within(inner: MergedArea, outer: MergedArea): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

/** `'My sheet'!A1:B2` → `A1:B2` */
function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** Excel on the web: a request or a response above 5 MB (docs: Excel error codes). */
function isSizeError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

function isItemNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === 'ItemNotFound';
}

function officeError(e: unknown): Error {
  if (e instanceof ExcelAdapterError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (isSizeError(e)) return new ExcelAdapterError('too-large', message, e);
  return new ExcelAdapterError(code === 'ItemNotFound' ? 'not-found' : 'office', message, e);
}
