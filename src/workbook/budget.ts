/**
 * The work budget of reading a workbook: how much XML the probe and the rebuild may read, and how
 * large the form's sheet may be. A workbook beyond one of these is answered with
 * `input.too-complex` (a form is one small sheet), in bounded time and memory, instead of being
 * expanded cell by cell. Figures: bench/workbook.bench.ts.
 */
import type { Bilingual } from '../form/fields';

/**
 * XML bytes of one sheet read by the label probe: a form's labels come long before this; the
 * form's own sheet must be within it too.
 */
export const PROBE_SHEET_BYTES = 8 * 1024 * 1024;
/** XML bytes of all sheets read by the probe together. */
export const PROBE_TOTAL_BYTES = 32 * 1024 * 1024;
/** Cells (with a value or a style) on the form's sheet. */
export const FORM_SHEET_CELLS = 50_000;
/** Cells covered by the form sheet's merged areas, after clipping them to the used range. */
export const FORM_MERGED_CELLS = 200_000;
/** XML bytes of the shared strings (every sheet's texts) and of the styles. */
export const SHARED_STRINGS_BYTES = 24 * 1024 * 1024;
export const STYLES_BYTES = 8 * 1024 * 1024;
/** XML bytes of workbook.xml and of a relationships part. */
export const OUTLINE_BYTES = 4 * 1024 * 1024;
/** Sheets listed in workbook.xml. */
export const MAX_SHEETS = 2_000;

/** A workbook that would cost more than the budget; `what` says which limit, in words. */
export class OverBudget extends Error {
  constructor(readonly what: Bilingual) {
    super(what.en);
    this.name = 'OverBudget';
  }
}
