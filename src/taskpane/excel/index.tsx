/**
 * Entry of the Excel task pane page (excel-taskpane.html). Waits for Office, however long it
 * takes: inside Excel it checks the live workbook; only when Office says there is no host (a plain
 * browser) or office.js is absent does it run standalone (never on a timer: a slow Office start
 * must not turn the pane into the "open a file" screen).
 */
import { createExcelAdapter, officeExcelHost } from '../../office/excel';
import { officeReadyHost } from '../../office/excel-runtime';
import { mountPane } from '../shared/mount';
import { bundledAssets } from './assets';
import { loadChecker } from './checker';
import { ExcelPane } from './ExcelPane';
import { localProfileStore } from './profile';

async function main() {
  // Start loading the checker now; it arrives while Office initialises.
  void loadChecker();
  const host = await officeReadyHost();
  const adapter = host === 'Excel' ? createExcelAdapter(officeExcelHost()) : null;
  await mountPane(<ExcelPane adapter={adapter} assets={bundledAssets} profileStore={localProfileStore()} />);
}

void main();
