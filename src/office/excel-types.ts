/**
 * The Excel adapter's interfaces.
 *
 * `ExcelAdapter` is what the pane and the ribbon command use: small typed promises, no Office
 * types. `ExcelHost` and the `*Surface` interfaces are the exact slice of Office.js the adapter
 * touches. Office's own objects satisfy them (src/office/excel.ts passes `Excel.RequestContext`
 * where `ContextSurface` is expected, so the compiler proves it), and so does the typed fake in
 * test/fakes/fake-excel.ts that counts `context.sync()` calls.
 */
import type { CellValue, Grid } from '../form/grid';
import type { Finding } from '../form/types';

// ---------------------------------------------------------------------------------------------
// What the pane sees

/** ExcelApi features above the manifest's floor (1.8), detected at run time. */
export interface ExcelCapabilities {
  /** ExcelApi 1.9: one `onChanged` for the whole workbook (otherwise one per sheet). */
  workbookOnChanged: boolean;
  /** ExcelApi 1.13: merged areas can be read (otherwise values under a merged label may be missed). */
  mergedAreas: boolean;
  /** ExcelApi 1.13: `insertWorksheetsFromBase64` (「テンプレートを挿入」). */
  insertTemplate: boolean;
  /** ExcelApi 1.14: `triggerSource` tells our own writes apart in `onChanged`. */
  triggerSource: boolean;
}

/** A cell's content before the add-in wrote it, so a fix can be undone. */
export interface CellSnapshot {
  /** `Sheet!C5` */
  address: string;
  /** The raw value Excel held (numbers for dates, '' for empty). */
  value: string | number | boolean;
}

export interface CellWrite {
  /** `Sheet!C5` */
  address: string;
  value: string | number | boolean;
  /**
   * Keep a string as text even when Excel would read it as a number or a date (serials, phone
   * numbers with a leading 0): written with Excel's `'` text prefix.
   */
  asText?: boolean;
}

export interface HighlightResult {
  /** Cells coloured now. */
  highlighted: number;
  /** Cells given back their original fill because they no longer have a finding. */
  restored: number;
}

export interface ChangeNotice {
  /** The changed areas (`Sheet!A1:B2`) since the last notice, own writes excluded. */
  addresses: string[];
}

export type AdapterErrorCode = 'unsupported' | 'not-found' | 'office';

export class ExcelAdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'ExcelAdapterError';
  }
}

/** Everything the add-in does to a workbook. The only implementation is src/office/excel.ts. */
export interface ExcelAdapter {
  readonly capabilities: ExcelCapabilities;
  /**
   * The used range of every sheet as the core's grid. One `context.sync()` once the sheet list is
   * known (the first call, and a call after sheets were added, costs one more).
   */
  readGrid(): Promise<Grid>;
  /**
   * Colours the cells of the findings (errors red, warnings yellow) and gives back their original
   * fill to cells that no longer have one; the original fills are kept in the workbook's settings.
   * One `context.sync()` whatever the number of findings. An empty list restores everything.
   */
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  /** Gives every cell the add-in coloured its original fill back (「ハイライト解除」). One sync. */
  restoreFormats(): Promise<number>;
  /** Whether cells coloured by the add-in are waiting to be restored (also after a pane reload). */
  hasHighlights(): boolean;
  /** Activates the cell's sheet, then selects the cell. */
  selectCell(address: string): Promise<void>;
  /**
   * Writes values with events muted; returns what the cells held before (for undo). One sync to
   * write (plus one to turn events back on).
   */
  writeCells(writes: readonly CellWrite[]): Promise<CellSnapshot[]>;
  /** Inserts the sheets of an .xlsx (base64) at the end; returns the new sheet names. ExcelApi 1.13. */
  insertTemplate(base64: string): Promise<string[]>;
  /**
   * Calls `listener` after cells change, debounced, ignoring the add-in's own writes. Resolves to
   * a function that unsubscribes.
   */
  onChanged(
    listener: (notice: ChangeNotice) => void,
    options?: { debounceMs?: number },
  ): Promise<() => Promise<void>>;
}

// ---------------------------------------------------------------------------------------------
// The slice of Office.js the adapter touches

/** `Office.context.document.settings` (per workbook). */
export type SettingsSurface = Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;

export interface ExcelHost {
  /** `Excel.run`; with `context`, reuses that context (to remove event handlers). */
  run<T>(batch: (context: ContextSurface) => Promise<T>, context?: unknown): Promise<T>;
  /** `Office.context.requirements.isSetSupported` */
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsSurface;
}

export interface Loadable {
  load(propertyNames: string): unknown;
}

export interface NullableSurface {
  isNullObject: boolean;
}

export interface EventHandlerResultSurface {
  remove(): void;
  readonly context: unknown;
}

export interface EventsSurface<A> {
  add(handler: (args: A) => Promise<unknown>): EventHandlerResultSurface;
}

/** The fields of `Excel.WorksheetChangedEventArgs` the adapter reads. */
export interface ChangedArgsSurface {
  address: string;
  worksheetId: string;
  /** ExcelApi 1.14 */
  triggerSource?: string;
}

export interface ContextSurface {
  workbook: WorkbookSurface;
  runtime: RuntimeSurface;
  sync(): Promise<void>;
}

export interface RuntimeSurface extends Loadable {
  enableEvents: boolean;
}

export interface WorkbookSurface {
  worksheets: WorksheetsSurface;
  /** ExcelApi 1.13 */
  insertWorksheetsFromBase64(
    base64: string,
    options?: Excel.InsertWorksheetOptions,
  ): OfficeExtension.ClientResult<string[]>;
}

export interface WorksheetsSurface extends Loadable {
  items: WorksheetSurface[];
  getItem(key: string): WorksheetSurface;
  /** ExcelApi 1.9 */
  onChanged: EventsSurface<ChangedArgsSurface>;
}

export interface WorksheetSurface extends Loadable {
  name: string;
  id: string;
  activate(): void;
  getRange(address?: string): RangeSurface;
  /** Never null: a blank sheet gives A1 (so methods can be chained on it in the same batch). */
  getUsedRange(valuesOnly?: boolean): RangeSurface;
  /** ExcelApi 1.7 */
  onChanged: EventsSurface<ChangedArgsSurface>;
}

export interface RangeSurface extends Loadable, NullableSurface {
  address: string;
  rowIndex: number;
  columnIndex: number;
  // biome-ignore lint/suspicious/noExplicitAny: Office.js types cell values as any.
  values: any[][];
  // biome-ignore lint/suspicious/noExplicitAny: Office.js types number formats as any.
  numberFormat: any[][];
  select(): void;
  format: { fill: FillSurface };
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): RangeAreasSurface;
}

export interface FillSurface extends Loadable {
  color: string;
  clear(): void;
}

export interface RangeAreasSurface extends Loadable, NullableSurface {
  address: string;
}

/** Re-exported for the fakes and tests. */
export type { CellValue };
