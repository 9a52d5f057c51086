/**
 * Ribbon function commands of the Excel add-in (excel-commands.html, the FunctionFile).
 * 「今すぐ検査」 (`checkNow`): checks the open workbook and highlights the findings without opening
 * the pane. This is a runtime of its own, beside the pane: both share the saved fills through the
 * workbook's settings, read at each sync (src/office/excel.ts). The profile is the one the pane
 * saved (same origin, same storage).
 */
import { checkGrid } from '../form';
import { createExcelAdapter, officeExcelHost } from '../office/excel';
import { type RibbonEvent, registerRibbonAction } from '../office/excel-runtime';
import { localProfileStore } from '../taskpane/excel/profile';

export async function checkNow(event: RibbonEvent): Promise<void> {
  try {
    const adapter = createExcelAdapter(officeExcelHost());
    const { grid } = await adapter.readForm();
    const report = checkGrid(grid, { profile: localProfileStore().load() });
    await adapter.highlight(report.findings);
  } catch (e) {
    console.error('checkNow', e);
  } finally {
    event.completed();
  }
}

registerRibbonAction('checkNow', checkNow);
