/**
 * Entry of the Excel task pane page (excel-taskpane.html). Waits for Office; inside Excel it
 * checks the live workbook, elsewhere (Office.onReady gives no host, or office.js could not load)
 * it runs in standalone mode.
 */
import { createExcelAdapter, officeExcelHost } from '../../office/excel';
import type { ExcelAdapter } from '../../office/excel-types';
import { mountPane } from '../shared/mount';
import { bundledAssets } from './assets';
import { loadChecker } from './checker';
import { ExcelPane } from './ExcelPane';
import { localProfileStore } from './profile';

/** How long to wait for office.js before running standalone (it may be blocked or absent). */
const OFFICE_WAIT_MS = 4000;

async function officeHost(): Promise<string | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_WAIT_MS));
  const ready = office.onReady().then((info) => (info?.host ? String(info.host) : null));
  return Promise.race([ready, timeout]);
}

async function main() {
  // Start loading the checker now; it arrives while Office initialises.
  void loadChecker();
  const host = await officeHost();
  let adapter: ExcelAdapter | null = null;
  if (host === 'Excel') adapter = createExcelAdapter(officeExcelHost());
  await mountPane(<ExcelPane adapter={adapter} assets={bundledAssets} profileStore={localProfileStore()} />);
}

void main();
