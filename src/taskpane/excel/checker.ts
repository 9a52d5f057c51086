/**
 * The core's checker (every rule and the JIS X 0208 tables), loaded with import() so that the
 * pane's first paint does not wait for it. index.tsx starts loading it at once, in parallel with
 * Office.onReady, so it is there by the time the first read of the workbook returns.
 *
 * Its own chunk name (not the Outlook panes' `checker`): webpack leaves out of it what the pane's
 * first load already has (the grid, the text helpers); a chunk shared with the Outlook panes must
 * carry them, and the Excel pane would load them twice. scripts/size.mjs counts it as preloaded.
 */
import type { checkGrid } from '../../form/check';

export type CheckGrid = typeof checkGrid;

let loading: Promise<CheckGrid> | undefined;

export function loadChecker(): Promise<CheckGrid> {
  loading ??= import(/* webpackChunkName: "excel-checker" */ '../../form/check').then((m) => m.checkGrid);
  return loading;
}
