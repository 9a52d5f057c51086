/**
 * A typed fake of the slice of Office.js that src/office/excel.ts uses (excel-types.ts), with
 * Office's batch semantics: proxies queue reads and writes, `context.sync()` runs the queue in
 * order, a property read before it was loaded and synced throws `PropertyNotLoaded`, a failing
 * operation rejects the sync (operations before it stay applied, as in Excel), and every sync is
 * counted. It also models the details the adapter must get right: Excel converting typed text to
 * numbers and dates unless it starts with `'`, `select()` only working on a sheet activated in an
 * earlier sync, `onChanged` firing for the add-in's own writes unless events are off, and
 * requirement sets. And what real clients do that a naive fake would not (../shared/notes/office.md
 * "Real clients"):
 * - Excel on the web refuses a response above 5 MB (`ResponsePayloadSizeLimitExceeded`, docs:
 *   "Excel JavaScript API error codes"); the fake sums the JSON of what each sync returns;
 * - `getMergedAreasOrNullObject` fails above 512 merged areas (its remarks in office-js's
 *   excel.d.ts: "if the merged areas count in this range is more than 512, then this method will
 *   fail to return the result");
 * - a fill reads '#FFFFFF' for both No Fill and white (office-js #4900, #6218); only
 *   `pattern` ('None' vs 'Solid', ExcelApi 1.9) tells them apart;
 * - each write (values, fill colour, pattern, clear) is a step on the user's undo stack
 *   (docs: "Undo with the Excel JavaScript API"): `undoSteps` counts them;
 * - `Office.context.document.settings` is a copy per runtime (pane, ribbon function), taken when
 *   the runtime starts; `saveAsync` writes the whole copy to the document (docs: "Persist add-in
 *   state and settings"; `Settings.refreshAsync`). `context.workbook.settings` (ExcelApi 1.4)
 *   reads and writes the document at each sync.
 *
 * No Node APIs: the browser tests bundle it into the page as the fake Excel host.
 */
import { columnLetters } from '../../src/form/grid';
import type {
  ChangedArgsSurface,
  ContextSurface,
  EventHandlerResultSurface,
  EventsSurface,
  ExcelHost,
  FillSurface,
  RangeAreasSurface,
  RangeSurface,
  RuntimeSurface,
  SettingCollectionSurface,
  SettingSurface,
  WorkbookSurface,
  WorksheetSurface,
  WorksheetsSurface,
} from '../../src/office/excel-types';

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  numberFormat: string;
  /** null = No Fill (Excel reports '#FFFFFF' for it too, with pattern 'None'). */
  fill: string | null;
  /** The fill's pattern when it is not a plain colour. */
  pattern?: string;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  merges: Area[];
}

export interface FakeSheetInit {
  name: string;
  /** A1 → value; a Date becomes a serial number under a date format. */
  cells?: Record<
    string,
    FakeValue | Date | { value: FakeValue | Date; numberFormat?: string; fill?: string | null }
  >;
  /** A1 ranges such as 'A5:B5'. */
  merges?: string[];
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Handler = (args: ChangedArgsSurface) => Promise<unknown>;

// ---------------------------------------------------------------------------------------------
// The workbook model

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = '';
  selection = '';
  syncCount = 0;
  runCount = 0;
  /** Writes that land on the user's undo stack (values, fill colour, pattern, clear). */
  undoSteps = 0;
  /** Writes to the add-in's settings in the document. */
  settingsWrites = 0;
  enableEvents = true;
  /** Highest ExcelApi version the fake host supports. */
  apiVersion: string;
  /** Excel on the web limits what one sync may return; the fake checks it on every platform. */
  responseLimitBytes = 5 * 1024 * 1024;
  /** Bytes returned by the last sync (JSON of the loaded values). */
  lastResponseBytes = 0;
  /** The add-in's settings as stored in the document (what a new runtime starts from). */
  document: Record<string, unknown> = {};
  /** `Office.context.document.settings` of the runtime the fake host serves (see runtimeSettings). */
  readonly settings: FakeSettings;
  /** Events delivered to handlers, for assertions. */
  readonly delivered: ChangedArgsSurface[] = [];
  /** Sync number in which each sheet was last activated. */
  readonly activatedAt = new Map<string, number>();
  workbookHandlers = new Set<Handler>();
  sheetHandlers = new Map<string, Set<Handler>>();
  /** Names given to sheets inserted from base64 (the fake does not parse .xlsx). */
  templateSheets: FakeSheetInit[] = [{ name: '失効申請書 (2)' }];
  private nextId = 1;

  constructor(sheets: FakeSheetInit[] = [], options: { apiVersion?: string } = {}) {
    this.apiVersion = options.apiVersion ?? '1.14';
    this.settings = new FakeSettings(this);
    for (const s of sheets) this.addSheet(s);
    this.activeSheet = this.sheets[0]?.name ?? '';
  }

  addSheet(init: FakeSheetInit): FakeSheet {
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name: init.name,
      cells: new Map(),
      merges: [],
    };
    for (const [a1, v] of Object.entries(init.cells ?? {})) {
      const spec = typeof v === 'object' && v !== null && !(v instanceof Date) ? v : { value: v };
      let value = spec.value;
      let numberFormat = spec.numberFormat ?? 'General';
      if (value instanceof Date) {
        value = value.getTime() / 86_400_000 + 25569;
        if (numberFormat === 'General') numberFormat = 'yyyy/m/d';
      }
      sheet.cells.set(a1Key(parseA1(a1)), { value, numberFormat, fill: spec.fill ?? null });
    }
    for (const m of init.merges ?? []) sheet.merges.push(parseArea(m));
    this.sheets.push(sheet);
    return sheet;
  }

  /** A new runtime (another pane, the ribbon's function file): its own copy of the settings. */
  runtimeSettings(): FakeSettings {
    return new FakeSettings(this);
  }

  /** `count` merged areas of two cells down column `col` from `startRow`, each holding a value. */
  addMerges(sheet: string, count: number, col = 'K', startRow = 41) {
    const s = this.sheet(sheet);
    for (let i = 0; i < count; i++) {
      const top = startRow + 2 * i;
      s.merges.push(parseArea(`${col}${top}:${col}${top + 1}`));
      this.applyTyped(s, parseA1(`${col}${top}`), `m${i}`);
    }
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }

  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0;
  }

  requireSet(version: string, what: string) {
    if (!this.isSetSupported('ExcelApi', version)) {
      throw new FakeOfficeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
    }
  }

  /** `Sheet!C5` → the cell (created empty when missing). */
  cell(address: string): FakeCell {
    const { sheet, a1 } = splitAddress(address);
    const s = this.sheet(sheet);
    const key = a1Key(parseA1(a1));
    let c = s.cells.get(key);
    if (!c) {
      c = { value: '', numberFormat: 'General', fill: null };
      s.cells.set(key, c);
    }
    return c;
  }

  value(address: string): FakeValue {
    return this.cell(address).value;
  }

  fill(address: string): string | null {
    return this.cell(address).fill;
  }

  /** The user types into a cell: Excel converts the text, then fires onChanged. */
  userEdit(address: string, typed: string) {
    const { sheet, a1 } = splitAddress(address);
    this.applyTyped(this.sheet(sheet), parseA1(a1), typed);
    this.fire(this.sheet(sheet), a1, 'Unknown');
  }

  /** Writes a value as Excel does for `range.values` or typing. */
  applyTyped(sheet: FakeSheet, at: { row: number; col: number }, input: FakeValue) {
    const key = a1Key(at);
    const cell = sheet.cells.get(key) ?? { value: '', numberFormat: 'General', fill: null };
    sheet.cells.set(key, cell);
    if (typeof input !== 'string') {
      cell.value = input;
      return;
    }
    if (input.startsWith("'")) {
      cell.value = input.slice(1);
      return;
    }
    const date = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(input.trim());
    if (date) {
      cell.value = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25569;
      if (cell.numberFormat === 'General' || cell.numberFormat === '@') cell.numberFormat = 'yyyy/m/d';
      return;
    }
    if (cell.numberFormat !== '@' && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(input)) {
      cell.value = Number(input);
      return;
    }
    cell.value = input;
  }

  fire(sheet: FakeSheet, a1: string, triggerSource: string) {
    if (!this.enableEvents) return;
    const args: ChangedArgsSurface = { address: a1, worksheetId: sheet.id };
    if (this.isSetSupported('ExcelApi', '1.14')) args.triggerSource = triggerSource;
    const handlers = [...this.workbookHandlers, ...(this.sheetHandlers.get(sheet.id) ?? [])];
    if (handlers.length === 0) return;
    this.delivered.push(args);
    // Office delivers events asynchronously, after the batch that caused them.
    setTimeout(() => {
      for (const h of handlers) void h(args);
    }, 0);
  }

  /** The ExcelHost the adapter is given. */
  host(): ExcelHost {
    return {
      run: <T>(batch: (context: ContextSurface) => Promise<T>, context?: unknown) => this.run(batch, context),
      isSetSupported: (name, version) => this.isSetSupported(name, version),
    };
  }

  async run<T>(batch: (context: ContextSurface) => Promise<T>, context?: unknown): Promise<T> {
    this.runCount += 1;
    const ctx = context instanceof FakeContext ? context : new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending() > 0) throw new Error(`Excel.run ended with ${ctx.pending()} operations never synced`);
    return result;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings (Office.context.document.settings)

/**
 * `Office.context.document.settings` as one runtime sees it: a copy of the document's settings
 * taken when the runtime starts; `saveAsync` replaces the document's settings with the whole copy,
 * `refreshAsync` reads them again. Two runtimes that both save lose each other's changes.
 */
export class FakeSettings {
  private live: Record<string, unknown>;
  saveCount = 0;

  constructor(private wb: FakeWorkbook) {
    this.live = structuredClone(wb.document);
  }
  get(name: string): unknown {
    return this.live[name] === undefined ? null : structuredClone(this.live[name]);
  }
  set(name: string, value: unknown): void {
    this.live[name] = structuredClone(value);
  }
  remove(name: string): void {
    delete this.live[name];
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.wb.document = structuredClone(this.live);
    this.saveCount += 1;
    setTimeout(
      () => callback?.({ status: 'succeeded', value: undefined } as unknown as Office.AsyncResult<void>),
      0,
    );
  }
  refreshAsync(callback?: (result: Office.AsyncResult<unknown>) => void): void {
    this.live = structuredClone(this.wb.document);
    setTimeout(() => callback?.({ status: 'succeeded' } as unknown as Office.AsyncResult<unknown>), 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Request context and proxies

class FakeContext implements ContextSurface {
  readonly workbook: WorkbookSurface;
  readonly runtime: RuntimeSurface;
  private queue: Array<() => void> = [];

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(op: () => void) {
    this.queue.push(op);
  }

  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.model.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.model.lastResponseBytes = 0;
    syncing = this;
    try {
      // Operations run in order; one that fails rejects the sync, those before it stay applied.
      for (const op of ops) op();
    } finally {
      syncing = undefined;
    }
    if (this.model.lastResponseBytes > this.model.responseLimitBytes) {
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.model.lastResponseBytes} bytes).`,
      );
    }
  }
}

/** The context whose sync is running (loads add what they return to its response size). */
let syncing: FakeContext | undefined;

function countResponse(value: unknown) {
  if (syncing) syncing.model.lastResponseBytes += jsonSize(value);
}

/** Bytes of the JSON Office would send for a value; proxies (loaded collection items) count 0 here. */
function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + jsonSize(v) + 1, 2);
  if (typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) return 0;
    return Object.entries(value).reduce((n, [k, v]) => n + k.length + 3 + jsonSize(v) + 1, 2);
  }
  return JSON.stringify(value).length;
}

/** Loaded property values of a proxy; reading one that was not loaded throws like Office. */
class Loaded {
  private values = new Map<string, unknown>();
  set(name: string, v: unknown) {
    countResponse(v);
    this.values.set(name, v);
  }
  get<T>(name: string, owner: string): T {
    if (!this.values.has(name)) {
      throw new FakeOfficeError('PropertyNotLoaded', `${owner}.${name} was read before load() and sync()`);
    }
    return this.values.get(name) as T;
  }
}

function props(names: string): string[] {
  return names
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

class FakeRuntime implements RuntimeSurface {
  private loaded = new Loaded();
  constructor(private ctx: FakeContext) {}
  get enableEvents(): boolean {
    return this.loaded.get('enableEvents', 'Runtime');
  }
  set enableEvents(v: boolean) {
    this.ctx.enqueue(() => {
      this.ctx.model.enableEvents = v;
    });
  }
  load(names: string) {
    this.ctx.enqueue(() => {
      for (const p of props(names)) if (p === 'enableEvents') this.loaded.set(p, this.ctx.model.enableEvents);
    });
    return this;
  }
}

class FakeWorkbookProxy implements WorkbookSurface {
  readonly worksheets: WorksheetsSurface;
  readonly settings: SettingCollectionSurface;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettingCollection(ctx);
  }
  insertWorksheetsFromBase64(base64: string, _options?: Excel.InsertWorksheetOptions) {
    const result = { value: [] as string[] };
    this.ctx.enqueue(() => {
      this.ctx.model.requireSet('1.13', 'insertWorksheetsFromBase64');
      if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) throw new FakeOfficeError('InvalidArgument', 'not base64');
      for (const t of this.ctx.model.templateSheets) {
        let name = t.name;
        for (let i = 2; this.ctx.model.sheets.some((s) => s.name === name); i++) name = `${t.name} (${i})`;
        this.ctx.model.addSheet({ ...t, name });
        result.value.push(name);
      }
    });
    return result as OfficeExtension.ClientResult<string[]>;
  }
}

/** `context.workbook.settings` (ExcelApi 1.4): reads and writes the document at each sync. */
class FakeSettingCollection implements SettingCollectionSurface {
  constructor(private ctx: FakeContext) {}
  add(key: string, value: unknown) {
    const copy = structuredClone(value);
    this.ctx.enqueue(() => {
      this.ctx.model.document = { ...this.ctx.model.document, [key]: copy };
      this.ctx.model.settingsWrites += 1;
    });
    return undefined;
  }
  getItemOrNullObject(key: string): SettingSurface {
    const ctx = this.ctx;
    const loaded = new Loaded();
    return {
      get isNullObject(): boolean {
        return loaded.get('isNullObject', 'Setting');
      },
      get value(): unknown {
        return loaded.get('value', 'Setting');
      },
      load() {
        ctx.enqueue(() => {
          const present = key in ctx.model.document;
          loaded.set('isNullObject', !present);
          if (present) loaded.set('value', structuredClone(ctx.model.document[key]));
        });
        return this;
      },
    };
  }
}

class FakeEvents implements EventsSurface<ChangedArgsSurface> {
  constructor(
    private ctx: FakeContext,
    private registry: () => Set<Handler>,
    private minVersion: string,
  ) {}
  add(handler: Handler): EventHandlerResultSurface {
    this.ctx.enqueue(() => {
      this.ctx.model.requireSet(this.minVersion, 'onChanged');
      this.registry().add(handler);
    });
    const ctx = this.ctx;
    return {
      context: ctx,
      remove: () => ctx.enqueue(() => this.registry().delete(handler)),
    };
  }
}

class FakeWorksheets implements WorksheetsSurface {
  private loaded = new Loaded();
  readonly onChanged: EventsSurface<ChangedArgsSurface>;
  constructor(private ctx: FakeContext) {
    this.onChanged = new FakeEvents(ctx, () => ctx.model.workbookHandlers, '1.9');
  }
  get items(): WorksheetSurface[] {
    return this.loaded.get('items', 'WorksheetCollection');
  }
  load(names: string) {
    this.ctx.enqueue(() => {
      const wanted = props(names).map((p) => p.replace(/^items\//, ''));
      const items = this.ctx.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fill(wanted);
        return ws;
      });
      this.loaded.set('items', items);
    });
    return this;
  }
  getItem(key: string): WorksheetSurface {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(key));
  }
  getFirst(): WorksheetSurface {
    return new FakeWorksheet(this.ctx, () => {
      const first = this.ctx.model.sheets[0];
      if (!first) throw new FakeOfficeError('ItemNotFound', 'no worksheet');
      return first;
    });
  }
  getActiveWorksheet(): WorksheetSurface {
    return new FakeWorksheet(this.ctx, () => this.ctx.model.sheet(this.ctx.model.activeSheet));
  }
}

class FakeWorksheet implements WorksheetSurface {
  private loaded = new Loaded();
  readonly onChanged: EventsSurface<ChangedArgsSurface>;
  constructor(
    private ctx: FakeContext,
    private resolve: () => FakeSheet,
  ) {
    this.onChanged = new FakeEvents(
      ctx,
      () => {
        const id = this.resolve().id;
        const set = ctx.model.sheetHandlers.get(id) ?? new Set<Handler>();
        ctx.model.sheetHandlers.set(id, set);
        return set;
      },
      '1.7',
    );
  }
  fill(names: string[]) {
    const s = this.resolve();
    for (const p of names) {
      if (p === 'name') this.loaded.set('name', s.name);
      if (p === 'id') this.loaded.set('id', s.id);
    }
  }
  get name(): string {
    return this.loaded.get('name', 'Worksheet');
  }
  get id(): string {
    return this.loaded.get('id', 'Worksheet');
  }
  load(names: string) {
    this.ctx.enqueue(() => this.fill(props(names)));
    return this;
  }
  activate() {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      this.ctx.model.activeSheet = s.name;
      this.ctx.model.activatedAt.set(s.name, this.ctx.model.syncCount);
    });
  }
  getRange(address?: string): RangeSurface {
    return new FakeRange(this.ctx, this.resolve, () => (address ? parseArea(address) : undefined), false);
  }
  findAllOrNullObject(text: string, criteria: Excel.WorksheetSearchCriteria): RangeAreasSurface {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.model.requireSet('1.9', 'findAllOrNullObject');
      const sheet = this.resolve();
      const want = criteria.matchCase ? text : text.toLowerCase();
      const hits: string[] = [];
      for (const [key, cell] of sheet.cells) {
        if (typeof cell.value !== 'string') continue;
        const have = criteria.matchCase ? cell.value : cell.value.toLowerCase();
        if (criteria.completeMatch ? have === want : have.includes(want)) {
          const { row, col } = fromKey(key);
          hits.push(`${quoteSheet(sheet.name)}!${colLetters(col)}${row}`);
        }
      }
      return hits.length ? hits.join(',') : null;
    });
  }
  getUsedRange(valuesOnly?: boolean): RangeSurface {
    // A blank sheet's used range is A1, as in Excel.
    return new FakeRange(
      this.ctx,
      this.resolve,
      () => usedArea(this.resolve(), valuesOnly ?? false) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      false,
    );
  }
}

function usedArea(sheet: FakeSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (
      valuesOnly
        ? cell.value === ''
        : cell.value === '' && cell.fill === null && cell.numberFormat === 'General'
    )
      continue;
    const { row, col } = fromKey(key);
    if (!area) area = { top: row, left: col, bottom: row, right: col };
    else {
      area.top = Math.min(area.top, row);
      area.left = Math.min(area.left, col);
      area.bottom = Math.max(area.bottom, row);
      area.right = Math.max(area.right, col);
    }
  }
  return area;
}

class FakeRange implements RangeSurface {
  private loaded = new Loaded();
  readonly format: { fill: FillSurface };
  constructor(
    private ctx: FakeContext,
    private sheetOf: () => FakeSheet,
    /** undefined = whole sheet (unsupported here), null = null object */
    private areaOf: () => Area | null | undefined,
    private nullable: boolean,
  ) {
    this.format = { fill: new FakeFill(ctx, () => this.resolve()) };
  }
  resolve(): { sheet: FakeSheet; area: Area | null } {
    const sheet = this.sheetOf();
    const area = this.areaOf();
    if (area === undefined)
      throw new FakeOfficeError('InvalidArgument', 'whole-sheet ranges are not modelled');
    if (area === null && !this.nullable) throw new FakeOfficeError('ItemNotFound', 'range');
    return { sheet, area };
  }
  private need(): { sheet: FakeSheet; area: Area } {
    const { sheet, area } = this.resolve();
    if (!area) throw new FakeOfficeError('InvalidObjectPath', 'operation on a null object');
    return { sheet, area };
  }
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', 'Range');
  }
  get address(): string {
    return this.loaded.get('address', 'Range');
  }
  get rowIndex(): number {
    return this.loaded.get('rowIndex', 'Range');
  }
  get columnIndex(): number {
    return this.loaded.get('columnIndex', 'Range');
  }
  // biome-ignore lint/suspicious/noExplicitAny: mirrors Office.js
  get values(): any[][] {
    return this.loaded.get('values', 'Range');
  }
  // biome-ignore lint/suspicious/noExplicitAny: mirrors Office.js
  set values(rows: any[][]) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.need();
      this.ctx.model.undoSteps += 1;
      rows.forEach((row, r) => {
        row.forEach((v, c) => {
          this.ctx.model.applyTyped(sheet, { row: area.top + r, col: area.left + c }, v);
        });
      });
      this.ctx.model.fire(sheet, areaA1(area), 'ThisLocalAddin');
    });
  }
  // biome-ignore lint/suspicious/noExplicitAny: mirrors Office.js
  get numberFormat(): any[][] {
    return this.loaded.get('numberFormat', 'Range');
  }
  load(names: string) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.resolve();
      this.loaded.set('isNullObject', area === null);
      if (!area) return;
      const grid = (f: (c: FakeCell | undefined) => unknown) => {
        const out: unknown[][] = [];
        for (let r = area.top; r <= area.bottom; r++) {
          const row: unknown[] = [];
          for (let c = area.left; c <= area.right; c++)
            row.push(f(sheet.cells.get(a1Key({ row: r, col: c }))));
          out.push(row);
        }
        return out;
      };
      for (const p of props(names)) {
        if (p === 'address') this.loaded.set(p, `${quoteSheet(sheet.name)}!${areaA1(area)}`);
        else if (p === 'rowIndex') this.loaded.set(p, area.top - 1);
        else if (p === 'columnIndex') this.loaded.set(p, area.left - 1);
        else if (p === 'values')
          this.loaded.set(
            p,
            grid((c) => c?.value ?? ''),
          );
        else if (p === 'numberFormat')
          this.loaded.set(
            p,
            grid((c) => c?.numberFormat ?? 'General'),
          );
        else throw new FakeOfficeError('InvalidArgument', `Range.${p} is not modelled by the fake`);
      }
    });
    return this;
  }
  select() {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.need();
      const activated = this.ctx.model.activatedAt.get(sheet.name);
      // Select on a sheet that was not active before this sync is unreliable in Excel: refuse it.
      if (this.ctx.model.activeSheet !== sheet.name || activated === this.ctx.model.syncCount) {
        throw new FakeOfficeError(
          'InvalidOperation',
          `select() on ${sheet.name}, which was not activated in an earlier sync`,
        );
      }
      this.ctx.model.selection = `${sheet.name}!${areaA1(area)}`;
    });
  }
  getMergedAreasOrNullObject(): RangeAreasSurface {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.model.requireSet('1.13', 'getMergedAreasOrNullObject');
      const { sheet, area } = this.need();
      const inside = sheet.merges.filter(
        (m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left,
      );
      // excel.d.ts: "if the merged areas count in this range is more than 512, then this method will
      // fail to return the result".
      if (inside.length > 512) {
        throw new FakeOfficeError('GeneralException', `${inside.length} merged areas: more than 512`);
      }
      return inside.length ? inside.map((m) => `${quoteSheet(sheet.name)}!${areaA1(m)}`).join(',') : null;
    });
  }
  getIntersectionOrNullObject(address: string): RangeSurface {
    return new FakeRange(
      this.ctx,
      this.sheetOf,
      () => {
        const own = this.resolve().area;
        return own ? intersect(own, parseArea(address)) : null;
      },
      true,
    );
  }
  /**
   * Methods on a null object: the fake refuses them (InvalidObjectPath). The docs only say to
   * test `isNullObject` after a sync; assuming the strict behaviour keeps the adapter's fallback
   * tested.
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions) {
    const result = { value: [] as Excel.CellProperties[][] };
    this.ctx.enqueue(() => {
      this.ctx.model.requireSet('1.9', 'getCellProperties');
      const { sheet, area } = this.need();
      const rows: Excel.CellProperties[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: Excel.CellProperties[] = [];
        for (let c = area.left; c <= area.right; c++) {
          const cell = sheet.cells.get(a1Key({ row: r, col: c }));
          const p: Excel.CellProperties = {};
          if (options.address) p.address = `${quoteSheet(sheet.name)}!${colLetters(c)}${r}`;
          if (options.format) p.format = { fill: fillOf(cell) };
          row.push(p);
        }
        rows.push(row);
      }
      countResponse(rows);
      result.value = rows;
    });
    return result as unknown as OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }
}

/** What Excel reports for a cell's fill: '#FFFFFF' for No Fill and for white alike. */
function fillOf(cell: FakeCell | undefined): { color: string; pattern: Excel.RangeFill['pattern'] } {
  if (!cell?.fill) return { color: '#FFFFFF', pattern: 'None' };
  return { color: cell.fill, pattern: (cell.pattern ?? 'Solid') as Excel.RangeFill['pattern'] };
}

class FakeFill implements FillSurface {
  private loaded = new Loaded();
  constructor(
    private ctx: FakeContext,
    private resolve: () => { sheet: FakeSheet; area: Area | null },
  ) {}
  private cells(): FakeCell[] {
    const { sheet, area } = this.resolve();
    if (!area) throw new FakeOfficeError('InvalidObjectPath', 'operation on a null object');
    const out: FakeCell[] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const key = a1Key({ row: r, col: c });
        let cell = sheet.cells.get(key);
        if (!cell) {
          cell = { value: '', numberFormat: 'General', fill: null };
          sheet.cells.set(key, cell);
        }
        out.push(cell);
      }
    }
    return out;
  }
  get color(): string {
    return this.loaded.get('color', 'RangeFill');
  }
  set color(v: string) {
    this.ctx.enqueue(() => {
      this.ctx.model.undoSteps += 1;
      for (const c of this.cells()) c.fill = v.toUpperCase();
    });
  }
  get pattern(): Excel.RangeFill['pattern'] {
    this.ctx.model.requireSet('1.9', 'RangeFill.pattern');
    return this.loaded.get('pattern', 'RangeFill');
  }
  set pattern(v: Excel.RangeFill['pattern']) {
    this.ctx.enqueue(() => {
      this.ctx.model.requireSet('1.9', 'RangeFill.pattern');
      this.ctx.model.undoSteps += 1;
      for (const c of this.cells()) {
        if (v === 'None') {
          c.fill = null;
          delete c.pattern;
        } else {
          c.fill ??= '#FFFFFF';
          if (v === 'Solid') delete c.pattern;
          else c.pattern = v;
        }
      }
    });
  }
  clear() {
    this.ctx.enqueue(() => {
      this.ctx.model.undoSteps += 1;
      for (const c of this.cells()) {
        c.fill = null;
        delete c.pattern;
      }
    });
  }
  load(names: string) {
    this.ctx.enqueue(() => {
      const fills = this.cells().map(fillOf);
      const uniform = <K extends 'color' | 'pattern'>(k: K) => {
        const set = new Set(fills.map((f) => f[k]));
        // A range of mixed fills reports null, as in Excel.
        return set.size === 1 ? [...set][0] : null;
      };
      for (const p of props(names)) {
        if (p === 'color') this.loaded.set('color', uniform('color'));
        else if (p === 'pattern') {
          this.ctx.model.requireSet('1.9', 'RangeFill.pattern');
          this.loaded.set('pattern', uniform('pattern'));
        } else throw new FakeOfficeError('InvalidArgument', `RangeFill.${p} is not modelled`);
      }
    });
    return this;
  }
}

class FakeRangeAreas implements RangeAreasSurface {
  private loaded = new Loaded();
  constructor(
    private ctx: FakeContext,
    private compute: () => string | null,
  ) {}
  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', 'RangeAreas');
  }
  get address(): string {
    return this.loaded.get('address', 'RangeAreas');
  }
  load(_names: string) {
    this.ctx.enqueue(() => {
      const address = this.compute();
      this.loaded.set('isNullObject', address === null);
      if (address !== null) this.loaded.set('address', address);
    });
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `bad address ${a1}`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

export function parseArea(a: string): Area {
  const [from, to] = a.split(':');
  const f = parseA1(from as string);
  const t = to ? parseA1(to) : f;
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

/** Column letters (the core's own conversion). */
export const colLetters = columnLetters;

function areaA1(a: Area): string {
  const from = `${colLetters(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? from : `${from}:${colLetters(a.right)}${a.bottom}`;
}

function intersect(a: Area, b: Area): Area | null {
  const out = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return out.top <= out.bottom && out.left <= out.right ? out : null;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_\u3000-\u9fff\uff00-\uffef]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function splitAddress(address: string): { sheet: string; a1: string } {
  const i = address.lastIndexOf('!');
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: address.slice(i + 1) };
}

function a1Key(at: { row: number; col: number }): string {
  return `${at.row},${at.col}`;
}

function fromKey(key: string): { row: number; col: number } {
  const [r, c] = key.split(',');
  return { row: Number(r), col: Number(c) };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
