/**
 * Hostile workbooks (issue 11), built from the example form: whole-sheet ranges in a few KB,
 * huge sheets beside the form, thousands of parts. Shared by the tests and bench/workbook.bench.ts.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildTemplate } from '../../src/workbook/template';

type Files = Record<string, Uint8Array>;

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const FORM_SHEET = 'xl/worksheets/sheet1.xml';

const text = (files: Files, name: string) => strFromU8(files[name] as Uint8Array);
const put = (files: Files, name: string, s: string) => {
  files[name] = strToU8(s);
};

export async function exampleFiles(): Promise<Files> {
  return unzipSync(await buildTemplate({ example: true }));
}

export function pack(files: Files, level: 0 | 1 | 6 = 6): Uint8Array {
  return zipSync(files, { level });
}

/** Column letters of a 1-based column number. */
export function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A worksheet's XML with `rows` rows of `cols` numeric cells (the 50,000 × 10 data sheet). */
export function dataSheetXml(
  rows: number,
  cols: number,
  value = (r: number, c: number) => r * 100 + c,
): string {
  const parts: string[] = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>`];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 1; c <= cols; c++) row += `<c r="${letters(c)}${r}"><v>${value(r, c)}</v></c>`;
    parts.push(`${row}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/** Adds a worksheet before or after the form's sheet. */
export function addSheet(files: Files, name: string, xml: string, where: 'before' | 'after'): void {
  const n = Object.keys(files).filter((f) => f.startsWith('xl/worksheets/sheet')).length + 1;
  const part = `worksheets/sheet${n}.xml`;
  put(files, `xl/${part}`, xml);
  const rid = `rIdX${n}`;
  put(
    files,
    'xl/_rels/workbook.xml.rels',
    text(files, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${part}"/></Relationships>`,
    ),
  );
  const sheet = `<sheet sheetId="${n + 10}" name="${name}" r:id="${rid}"/>`;
  const wb = text(files, 'xl/workbook.xml');
  put(
    files,
    'xl/workbook.xml',
    where === 'before'
      ? wb.replace('<sheets>', `<sheets>${sheet}`)
      : wb.replace('</sheets>', `${sheet}</sheets>`),
  );
  put(
    files,
    '[Content_Types].xml',
    text(files, '[Content_Types].xml').replace(
      '</Types>',
      `<Override PartName="/xl/${part}" ContentType="${WORKSHEET_CT}"/></Types>`,
    ),
  );
}

/** Inserts XML into the form's sheet just before `</worksheet>` (or before `beforeTag`). */
function intoFormSheet(files: Files, xml: string, beforeTag = '</worksheet>'): void {
  const s = text(files, FORM_SHEET);
  const at = s.indexOf(beforeTag);
  put(files, FORM_SHEET, s.slice(0, at) + xml + s.slice(at));
}

export interface Hostile {
  name: string;
  /** The form is readable (exit 0, the example's report) or the answer is `input.too-complex`. */
  expect: 'form' | 'input.too-complex';
  build(): Promise<Uint8Array>;
}

/**
 * Rows of the 95 MB sheet (10 numeric cells a row, about 34 bytes a cell): 280,000 in the bench;
 * the test suite builds a proportionate 40 MB one (still past every budget) to stay quick.
 */
export function hostileWorkbooks(BIG_SHEET_ROWS = 120_000): Hostile[] {
  return [
    {
      name: 'a defined name covering the whole sheet',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        put(
          f,
          'xl/workbook.xml',
          text(f, 'xl/workbook.xml').replace(
            '<definedNames>',
            '<definedNames><definedName name="all">失効申請書!$A$1:$XFD$1048576</definedName>',
          ),
        );
        return pack(f);
      },
    },
    {
      name: 'a data validation, a conditional format and a hyperlink covering the whole sheet',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        intoFormSheet(
          f,
          '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
          '<dataValidations',
        );
        put(
          f,
          FORM_SHEET,
          text(f, FORM_SHEET).replace(
            '</dataValidations>',
            '<dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
          ),
        );
        return pack(f);
      },
    },
    {
      name: 'a merged area covering the whole sheet beside the form',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        addSheet(
          f,
          'merged',
          `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`,
          'before',
        );
        return pack(f);
      },
    },
    {
      name: 'a form whose own merged area covers the whole sheet',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        put(
          f,
          FORM_SHEET,
          text(f, FORM_SHEET).replace('</mergeCells>', '<mergeCell ref="K1:XFD1048576"/></mergeCells>'),
        );
        return pack(f);
      },
    },
    {
      name: '1,048,576 rows before the form',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        addSheet(
          f,
          'rows',
          dataSheetXml(1_048_576, 1, () => 1),
          'before',
        );
        return pack(f, 1);
      },
    },
    {
      name: '1,048,576 rows and no form',
      expect: 'input.too-complex',
      async build() {
        return pack({ ...minimalWorkbook(dataSheetXml(1_048_576, 1, () => 1)) }, 1);
      },
    },
    {
      name: '16,384 columns × 100 rows before the form',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        addSheet(
          f,
          'wide',
          dataSheetXml(100, 16_384, () => 7),
          'before',
        );
        return pack(f, 1);
      },
    },
    {
      name: '9,000 parts',
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        for (let i = 0; i < 9_000; i++) f[`customXml/item${i}.xml`] = strToU8(`<a>${i}</a>`);
        return pack(f, 1);
      },
    },
    {
      name: `${Math.round((BIG_SHEET_ROWS * 340) / 1e6)} MB of cells in a small file, after the form`,
      expect: 'form',
      async build() {
        const f = await exampleFiles();
        addSheet(f, 'big', dataSheetXml(BIG_SHEET_ROWS, 10), 'after');
        return pack(f, 1);
      },
    },
    {
      name: `the form beside ${Math.round((BIG_SHEET_ROWS * 340) / 1e6)} MB of cells on its own sheet`,
      expect: 'input.too-complex',
      async build() {
        const data = dataSheetXml(BIG_SHEET_ROWS, 10);
        const withLabel = data.replace(
          '<row r="1">',
          '<row r="1"><c r="K1" t="inlineStr"><is><t>利用機関名</t></is></c>',
        );
        return pack(minimalWorkbook(withLabel), 1);
      },
    },
  ];
}

/** A workbook with one sheet of the given XML and nothing else. */
export function minimalWorkbook(sheetXml: string): Files {
  return {
    '[Content_Types].xml': strToU8(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WORKSHEET_CT}"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheetXml),
  };
}
