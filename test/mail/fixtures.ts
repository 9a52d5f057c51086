import { buildTemplate } from '../../src/workbook/template';

/** The project's filled example form (checks clean with today = 2026-11-25). */
export async function exampleForm(): Promise<Uint8Array> {
  return buildTemplate({ example: true });
}

/** The example form with cells changed (address → value), e.g. to give it errors. */
export async function formWith(changes: Record<string, string>): Promise<Uint8Array> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exampleForm()).buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no sheet');
  for (const [addr, value] of Object.entries(changes)) ws.getCell(addr).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The address of the cell right of a label on the example form. */
export async function cellRightOf(label: string): Promise<string> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exampleForm()).buffer as ArrayBuffer);
  const ws = wb.worksheets[0];
  let found = '';
  ws?.eachRow((row) => {
    row.eachCell((cell) => {
      if (!found && String(cell.value) === label) {
        const right = ws.getCell(cell.row, Number(cell.col) + 1);
        found = (right.master ?? right).address;
      }
    });
  });
  if (!found) throw new Error(`no label ${label}`);
  return found;
}

export { tinyPdf } from '../fakes/tiny-pdf';
