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

/** A small well-formed PDF (no signature). */
export function tinyPdf(extra = ''): Uint8Array {
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra}>>`,
  ];
  let s = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(s.length);
    s += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = s.length;
  s += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) s += `${String(off).padStart(10, '0')} 00000 n \n`;
  s += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}
