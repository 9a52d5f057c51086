import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zlibInflatedSize, zlibInflateRaw } from '../../src/cli/check';
import { loadExcelJSForNode } from '../../src/cli/exceljs';
import { checkGrid } from '../../src/form/check';
import type { Cell } from '../../src/form/grid';
import { sheetHasFormLabels } from '../../src/form/locate';
import { cellText } from '../../src/form/text';
import { gridOfWorkbook, readWorkbook, WorkbookError } from '../../src/workbook/read';
import { buildTemplate } from '../../src/workbook/template';
import { TODAY } from '../helpers/grid';
import { makeZip } from '../helpers/zip';

async function codeOf(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbook(bytes);
    return 'ok';
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    const w = e as WorkbookError;
    expect(w.text.ja.length).toBeGreaterThan(10);
    expect(w.text.en.length).toBeGreaterThan(10);
    return w.code;
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
function ole(withEncryption: boolean): Uint8Array {
  const b = new Uint8Array(4096);
  b.set(OLE, 0);
  const name = withEncryption ? 'EncryptionInfo' : 'Workbook';
  Array.from(name).forEach((c, i) => {
    b[1024 + i * 2] = c.charCodeAt(0);
  });
  return b;
}

describe('readWorkbook', () => {
  it('reads the generated example into a grid with typed values and merges', async () => {
    const g = await readWorkbook(await buildTemplate({ example: true }));
    expect(g.sheets.map((s) => s.name)).toEqual(['失効申請書']);
    const s = g.sheets[0];
    const date = s?.cells.find((c) => c.row === 4 && c.col === 2)?.value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-11-25');
    expect(s?.merges.some((m) => m.top === 4 && m.left === 2 && m.right === 6)).toBe(true);
    expect(checkGrid(g, { today: TODAY }).findings).toEqual([]);
  });

  it('the empty template draws only text.required and form.no-certificates', async () => {
    const r = checkGrid(await readWorkbook(await buildTemplate()), { today: TODAY });
    expect(new Set(r.findings.map((f) => f.rule))).toEqual(
      new Set(['text.required', 'form.no-certificates']),
    );
    expect(r.findings.filter((f) => f.rule === 'text.required')).toHaveLength(13);
  });

  it.each([
    ['plain text', new TextEncoder().encode('hello, not a workbook'), 'input.not-xlsx'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n...'), 'input.not-xlsx'],
    ['an empty file', new Uint8Array(0), 'input.not-xlsx'],
    [
      'a zip that is not a workbook',
      makeZip([
        { name: 'word/document.xml', data: '<w/>' },
        { name: '[Content_Types].xml', data: '<x/>' },
      ]),
      'input.not-xlsx',
    ],
    ['an encrypted workbook', ole(true), 'input.encrypted'],
    ['a legacy .xls', ole(false), 'input.legacy-xls'],
    [
      'over 25 MB',
      (() => {
        const b = new Uint8Array(25 * 1024 * 1024 + 1);
        b.set([0x50, 0x4b, 3, 4]);
        return b;
      })(),
      'input.too-large',
    ],
  ])('refuses %s', async (_name, bytes, code) => {
    expect(await codeOf(bytes)).toBe(code);
  });

  it('refuses a zip bomb by its declared size and by its actual size', async () => {
    const big = new Uint8Array(120 * 1024 * 1024);
    const parts = (declaredSize?: number) => [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: big, declaredSize },
    ];
    expect(await codeOf(makeZip(parts()))).toBe('input.too-large');
    expect(await codeOf(makeZip(parts(1000)))).toBe('input.too-large');
    // The command line's zlib measure refuses the same lying bomb.
    const lying = makeZip(parts(1000));
    await expect(readWorkbook(lying, { inflatedSize: zlibInflatedSize })).rejects.toMatchObject({
      code: 'input.too-large',
    });
  });

  it.each([
    ['the example', () => buildTemplate({ example: true })],
    [
      'a LibreOffice form',
      async () =>
        new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/libreoffice-merged-form.xlsx'))),
    ],
  ])('reads the same grid of %s with the command line’s zlib and exceljs bundle', async (_n, make) => {
    const bytes = await make();
    const cli = {
      inflatedSize: zlibInflatedSize,
      inflateRaw: zlibInflateRaw,
      loadExcelJS: loadExcelJSForNode,
    };
    expect(await readWorkbook(bytes, cli)).toEqual(await readWorkbook(bytes));
  });

  it('reports a damaged workbook as corrupt', async () => {
    const good = await buildTemplate();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    expect(await codeOf(truncated)).toBe('input.corrupt');
    const fake = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<<<not xml' },
    ]);
    expect(await codeOf(fake)).toBe('input.corrupt');
  });
});

describe('readWorkbook reads only the form’s sheet, as exceljs reads it in the whole workbook', () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name)));

  async function wholeWorkbookGrid(bytes: Uint8Array) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    return gridOfWorkbook(wb);
  }

  it.each([
    ['the example', async () => buildTemplate({ example: true })],
    ['the empty template', async () => buildTemplate()],
    ['a LibreOffice form', async () => fixture('libreoffice-form.xlsx')],
    [
      'a LibreOffice form with merges and a second sheet',
      async () => fixture('libreoffice-merged-form.xlsx'),
    ],
  ])('%s: the same cells, merges and report', async (_name, make) => {
    const bytes = await make();
    const whole = await wholeWorkbookGrid(bytes);
    const form = whole.sheets.find((s) => sheetHasFormLabels(s.cells.map((c) => cellText(c.value))));
    const grid = await readWorkbook(bytes);
    expect(grid.sheets).toHaveLength(1);
    const sheet = grid.sheets[0];
    expect(sheet?.name).toBe(form?.name);
    const order = (cells: Cell[]) => [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(order(sheet?.cells ?? [])).toEqual(order(form?.cells ?? []));
    expect(sheet?.merges).toEqual(form?.merges);
    expect(checkGrid(grid, { today: TODAY, file: 'f.xlsx' })).toEqual(
      checkGrid(whole, { today: TODAY, file: 'f.xlsx' }),
    );
  });

  it('answers form.not-found with the sheet names when no sheet has the labels', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('データ').getCell('A1').value = '利用者一覧';
    wb.addWorksheet('メモ').getCell('B2').value = 42;
    const grid = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(grid.sheets).toEqual([
      { name: 'データ', cells: [], merges: [] },
      { name: 'メモ', cells: [], merges: [] },
    ]);
    expect(checkGrid(grid, { today: TODAY }).findings.map((f) => `${f.rule}@${f.cell}`)).toEqual([
      'form.not-found@データ!A1',
    ]);
  });
});
