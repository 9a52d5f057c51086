/**
 * Ribbon function commands of the Excel add-in (excel-commands.html, the FunctionFile).
 * 「今すぐ検査」 (`checkNow`): checks the open workbook and highlights the findings without opening
 * the pane. The profile is the one the pane saved (same origin, same storage).
 */
import { checkGrid } from '../form';
import { createExcelAdapter, officeExcelHost } from '../office/excel';
import { localProfileStore } from '../taskpane/excel/profile';

export async function checkNow(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const adapter = createExcelAdapter(officeExcelHost());
    const report = checkGrid(await adapter.readGrid(), { profile: localProfileStore().load() });
    await adapter.highlight(report.findings);
  } catch (e) {
    console.error('checkNow', e);
  } finally {
    event.completed();
  }
}

const office = (globalThis as { Office?: typeof Office }).Office;
if (office?.onReady) {
  void office.onReady(() => {
    office.actions?.associate('checkNow', checkNow);
  });
}
