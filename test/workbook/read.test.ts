import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
import { addSheet, exampleFiles, pack } from '../helpers/hostile';
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

describe('damaged workbooks: input.corrupt says in words what is wrong', () => {
  const JS_ERROR = /Cannot read|undefined|TypeError|RangeError|SyntaxError|is not a function|null/;

  async function damaged(edit: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
    const files = unzipSync(await buildTemplate({ example: true }));
    edit(files);
    return zipSync(files);
  }
  const text = (s: string) => strToU8(s);

  it.each([
    [
      'a sheet whose XML is cut short',
      (f: Record<string, Uint8Array>) => {
        f['xl/worksheets/sheet1.xml'] = (f['xl/worksheets/sheet1.xml'] as Uint8Array).slice(0, 3000);
      },
    ],
    [
      'workbook.xml that is not XML',
      (f: Record<string, Uint8Array>) => {
        f['xl/workbook.xml'] = text('<workbook><sheets><sheet name="a"');
      },
    ],
    [
      'shared strings that are not UTF-8',
      (f: Record<string, Uint8Array>) => {
        f['xl/sharedStrings.xml'] = new Uint8Array([0x3c, 0x73, 0x73, 0x74, 0x3e, 0xff, 0xfe, 0x3c, 0x2f]);
      },
    ],
    [
      'a cell pointing past the shared strings',
      (f: Record<string, Uint8Array>) => {
        const s = strFromU8(f['xl/worksheets/sheet1.xml'] as Uint8Array);
        f['xl/worksheets/sheet1.xml'] = text(
          s.replace(/<c r="A1"([^>]*)t="s"([^>]*)><v>\d+<\/v>/, '<c r="A1"$1t="s"$2><v>99999</v>'),
        );
      },
    ],
  ])('%s', async (_name, edit) => {
    const bytes = await damaged(edit);
    try {
      await readWorkbook(bytes);
    } catch (e) {
      expect(e).toBeInstanceOf(WorkbookError);
      const w = e as WorkbookError;
      expect(w.code).toBe('input.corrupt');
      expect(w.text.ja).not.toMatch(JS_ERROR);
      expect(w.text.en).not.toMatch(JS_ERROR);
      expect(w.text.en).toMatch(/\(.+\)/); // the detail, in words
      return;
    }
    expect.unreachable('a damaged workbook was read');
  });

  it('a deflate stream that is damaged', async () => {
    const good = await buildTemplate({ example: true });
    const bad = good.slice();
    const at = bad.length >> 1;
    for (let i = at; i < at + 64; i++) bad[i] = 0xff;
    await expect(readWorkbook(bad)).rejects.toMatchObject({ code: 'input.corrupt' });
    await readWorkbook(bad).catch((e: WorkbookError) => {
      expect(e.text.en).not.toMatch(JS_ERROR);
    });
  });
});

describe('the locator’s sheet (spec/form.md §1)', () => {
  it('finds the form on a second sheet, after a sheet of other text, and reads only it', async () => {
    const files = await exampleFiles();
    addSheet(
      files,
      '説明',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>記入の手引き</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>申請日</t></is></c></row></sheetData></worksheet>',
      'before',
    );
    const grid = await readWorkbook(pack(files));
    expect(grid.sheets.map((s) => s.name)).toEqual(['失効申請書']);
    expect(checkGrid(grid, { today: TODAY }).findings).toEqual([]);
  });

  it('takes the first sheet with two labels, even when a later one has 利用機関名', async () => {
    const files = await exampleFiles();
    addSheet(
      files,
      '控え',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>申請日</t></is></c><c r="B1" t="inlineStr"><is><t>住所</t></is></c></row></sheetData></worksheet>',
      'before',
    );
    const grid = await readWorkbook(pack(files));
    expect(grid.sheets.map((s) => s.name)).toEqual(['控え']);
  });
});
