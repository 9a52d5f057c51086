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
  /**
   * ExcelApi 1.9: `format.fill.pattern` and `getCellProperties` tell No Fill from a white fill and
   * let the form's read bring the fills along (otherwise white is restored as No Fill, and a
   * highlight costs one more sync).
   */
  fillPattern: boolean;
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

/** `too-large`: Excel on the web refused a request or response above 5 MB. */
export type AdapterErrorCode = 'unsupported' | 'not-found' | 'too-large' | 'office';

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

/** Something the pane should say about how the form was read (Japanese + English beside). */
export type ReadNoticeCode =
  /** ExcelApi before 1.13: merged areas cannot be read at all. */
  | 'merges-unsupported'
  /** The form's sheet has more merged areas than Excel returns in one call (512). */
  | 'merges-too-many';

/** The form's sheet as read from the workbook. */
export interface FormRead {
  /**
   * The form's sheet alone (the first sheet passing the layout contract's probe); when no sheet
   * passes, the probed part of every sheet, so that the core reports `form.not-found`.
   */
  grid: Grid;
  /** Name of the form's sheet, or undefined when no sheet has the form's labels. */
  sheet?: string;
  notices: ReadNoticeCode[];
}

/** Everything the add-in does to a workbook. The only implementation is src/office/excel.ts. */
export interface ExcelAdapter {
  readonly capabilities: ExcelCapabilities;
  /**
   * Finds the form's sheet and reads it alone (used range values, number formats, merged areas).
   * One `context.sync()` once the form's sheet is known, and also on a first read when the form
   * is the first or the active sheet (a capped probe of both rides along); one more when the
   * form is elsewhere, and one more when it is larger than the probe window.
   */
  readForm(): Promise<FormRead>;
  /**
   * Colours the cells of the findings (errors red, warnings yellow) and gives back their original
   * fill to cells that no longer have one; the original fills are kept in the workbook's own
   * settings (`context.workbook.settings`, shared by every runtime and co-author). Writes only
   * fills that change and saves the list only when it changed. One `context.sync()` right after
   * `readForm` (which loaded the list); two otherwise. An empty list restores everything.
   */
  highlight(findings: readonly Finding[]): Promise<HighlightResult>;
  /** Gives every cell the add-in coloured its original fill back (「ハイライト解除」). Two syncs. */
  restoreFormats(): Promise<number>;
  /** Whether cells coloured by the add-in were waiting to be restored at the last read. */
  hasHighlights(): boolean;
  /** Activates the cell's sheet, then selects the cell. */
  selectCell(address: string): Promise<void>;
  /**
   * Writes values with events muted and reads the form again in the same batch: one
   * `context.sync()`. Returns what the cells held before (for undo) and the fresh read.
   */
  writeCells(writes: readonly CellWrite[]): Promise<{ snapshots: CellSnapshot[]; read: FormRead }>;
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

export interface ExcelHost {
  /** `Excel.run`; with `context`, reuses that context (to remove event handlers). */
  run<T>(batch: (context: ContextSurface) => Promise<T>, context?: unknown): Promise<T>;
  /** `Office.context.requirements.isSetSupported` */
  isSetSupported(name: string, version: string): boolean;
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
  /** ExcelApi 1.4: the add-in's settings in the document, read at each sync (not a runtime copy). */
  settings: SettingCollectionSurface;
  /** ExcelApi 1.13 */
  insertWorksheetsFromBase64(
    base64: string,
    options?: Excel.InsertWorksheetOptions,
  ): OfficeExtension.ClientResult<string[]>;
}

export interface SettingCollectionSurface {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): SettingSurface;
}

export interface SettingSurface extends Loadable, NullableSurface {
  // biome-ignore lint/suspicious/noExplicitAny: Office.js types setting values as any.
  value: any;
}

export interface WorksheetsSurface extends Loadable {
  items: WorksheetSurface[];
  getItem(key: string): WorksheetSurface;
  /** ExcelApi 1.5 */
  getFirst(visibleOnly?: boolean): WorksheetSurface;
  /** ExcelApi 1.1 */
  getActiveWorksheet(): WorksheetSurface;
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
  /** ExcelApi 1.9: every cell holding `text` (the whole sheet, cheap: only addresses come back). */
  findAllOrNullObject(text: string, criteria: Excel.WorksheetSearchCriteria): RangeAreasSurface;
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
  /** ExcelApi 1.13; fails when the range holds more than 512 merged areas (Office.js docs). */
  getMergedAreasOrNullObject(): RangeAreasSurface;
  /** ExcelApi 1.4 */
  getIntersectionOrNullObject(anotherRange: string): RangeSurface;
  /** ExcelApi 1.9: per-cell properties (here the fill's colour and pattern) in one call. */
  getCellProperties(
    options: Excel.CellPropertiesLoadOptions,
  ): OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

export interface FillSurface extends Loadable {
  /** '#FFFFFF' for both a white fill and No Fill (office-js #4900, #6218). */
  color: string;
  /** ExcelApi 1.9: 'None' for No Fill, 'Solid' for a plain colour. */
  pattern: Excel.RangeFill['pattern'];
  clear(): void;
}

export interface RangeAreasSurface extends Loadable, NullableSurface {
  address: string;
}

/** Re-exported for the fakes and tests. */
export type { CellValue };
