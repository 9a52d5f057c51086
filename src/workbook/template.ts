/**
 * The project's own revocation form, generated from the field table (src/form/fields.ts): title,
 * sections, labels and input cells, a certificate table of 10 rows, a list for 失効理由, input
 * prompts, a seal box and A4 print setup. With `example`, a filled form that checks clean.
 */

import {
  type Bilingual,
  COLUMNS,
  FIELDS,
  type FieldDef,
  type FieldKind,
  FORM_TITLE,
  REASONS,
  SECTION_HEADERS,
} from '../form/fields';
import { ISSUER, ISSUER_NAME } from '../mail/constants';
import { templateMessages } from './template-messages';

export const TEMPLATE_SHEET = '失効申請書';
export const TEMPLATE_ROWS = 10;
/** The example form's application date: check it with `--today 2026-11-25`. */
export const EXAMPLE_DATE = { y: 2026, m: 11, d: 25 } as const;

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const INPUT_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFFFFDE7' } };
const LABEL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };
const FONT = { name: 'Yu Gothic', size: 10 };

const EXAMPLE_CERTS = [
  {
    serial: '4B3A21F0C9D8E7F6A5B4C3D2E1F00123',
    cn: 'Shinsei University',
    o: 'Shinsei University',
    l: 'Chiyoda-ku',
    st: 'Tokyo',
    c: 'JP',
    notAfter: new Date(Date.UTC(2027, 2, 31)),
    reason: '利用の終了',
    reasonDetail: '',
  },
  {
    serial: '0A1B2C3D4E5F60718293A4B5C6D7E8F9',
    cn: 'Shinsei University',
    o: 'Shinsei University',
    l: 'Chiyoda-ku',
    st: 'Tokyo',
    c: 'JP',
    notAfter: new Date(Date.UTC(2027, 5, 30)),
    reason: '秘密鍵の危殆化',
    reasonDetail: '署名用PCの盗難により秘密鍵が漏えいした可能性があるため',
  },
];

const REASON_LIST = `"${REASONS.map((r) => r.label).join(',')}"`;

type TemplateMessageId = keyof typeof templateMessages.messages;

/** The input prompt of a field or column (`officer.name` takes the people's `prompt.person.name`). */
export function promptOf(id: string): Bilingual {
  return templateMessages.t(`prompt.${id.replace(/^(officer|admin)\./, 'person.')}` as TemplateMessageId);
}

/** 「日本語 / English」 in one line, as Excel's error box shows it. */
const both = (m: Bilingual): string => `${m.ja} / ${m.en}`;

/** The input rule and prompt of an input cell: a list for 失効理由, a date, or a text length. */
function validation(kind: FieldKind, title: string, prompt: Bilingual, maxLength: number) {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: title,
    prompt: `${prompt.ja}\n${prompt.en}`,
    showErrorMessage: true,
    errorTitle: title,
  };
  if (kind === 'list') {
    return {
      ...common,
      type: 'list' as const,
      formulae: [REASON_LIST],
      error: both(templateMessages.t('template.error.list')),
    };
  }
  if (kind === 'date') {
    return {
      ...common,
      type: 'date' as const,
      operator: 'greaterThan' as const,
      formulae: [new Date(Date.UTC(2000, 0, 1))],
      error: both(templateMessages.t('template.error.date')),
    };
  }
  return {
    ...common,
    type: 'textLength' as const,
    operator: 'lessThanOrEqual' as const,
    formulae: [maxLength],
    error: both(templateMessages.t('template.error.length', { max: maxLength })),
  };
}

/** Builds the template (or the filled example) as .xlsx bytes. */
export async function buildTemplate(options: { example?: boolean } = {}): Promise<Uint8Array> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'upki-revoke';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(TEMPLATE_SHEET, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  ws.properties.defaultRowHeight = 20;
  COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  ws.getColumn(1).width = 40; // labels and serials

  const example = options.example === true;
  const exampleValue = (def: FieldDef): string | Date =>
    def.kind === 'date'
      ? new Date(Date.UTC(EXAMPLE_DATE.y, EXAMPLE_DATE.m - 1, EXAMPLE_DATE.d))
      : def.example;

  ws.mergeCells('A1:I1');
  const title = ws.getCell('A1');
  title.value = FORM_TITLE;
  title.font = { ...FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  ws.mergeCells('A2:I2');
  ws.getCell('A2').value = `${ISSUER_NAME} 御中（送付先: ${ISSUER}）`;
  ws.getCell('A2').font = { ...FONT, color: { argb: 'FF505050' } };

  let row = 4;
  const heading = (text: string) => {
    ws.mergeCells(row, 1, row, 6);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { ...FONT, size: 11, bold: true };
    c.border = { bottom: { style: 'medium', color: { argb: 'FF1F4E79' } } };
    row++;
  };
  const field = (def: FieldDef, label: string) => {
    const l = ws.getCell(row, 1);
    l.value = label;
    l.font = { ...FONT, bold: true };
    l.fill = LABEL_FILL;
    l.border = BOX;
    l.alignment = { vertical: 'middle' };
    ws.mergeCells(row, 2, row, 6);
    const v = ws.getCell(row, 2);
    if (example) v.value = exampleValue(def);
    v.fill = INPUT_FILL;
    v.border = BOX;
    v.font = FONT;
    v.alignment = { vertical: 'middle', horizontal: 'left' };
    v.numFmt = def.kind === 'date' ? 'yyyy/mm/dd' : '@';
    v.dataValidation = validation(def.kind, label, promptOf(def.id), def.maxLength ?? 128);
    row++;
  };
  const byId = (id: string) => FIELDS.find((f) => f.id === id) as FieldDef;

  field(byId('applicationDate'), byId('applicationDate').labels[0] as string);
  row++;
  heading('利用機関');
  const institutionTop = row;
  for (const id of ['institutionName', 'address', 'representativeTitle', 'representativeName']) {
    field(byId(id), byId(id).labels[0] as string);
  }
  // The seal box (印) beside the institution, for the printed form.
  ws.mergeCells(institutionTop, 8, row - 1, 9);
  const seal = ws.getCell(institutionTop, 8);
  seal.value = '印\n（機関の印または電子署名）';
  seal.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  seal.font = { ...FONT, color: { argb: 'FF9E9E9E' } };
  seal.border = {
    top: { style: 'dashed' },
    left: { style: 'dashed' },
    bottom: { style: 'dashed' },
    right: { style: 'dashed' },
  };
  row++;

  for (const person of ['officer', 'admin'] as const) {
    heading(SECTION_HEADERS[person][0] as string);
    for (const def of FIELDS.filter((f) => f.person === person)) field(def, def.shortLabels?.[0] as string);
    row++;
  }

  heading('失効する証明書');
  const headerRow = row;
  COLUMNS.forEach((c, i) => {
    const h = ws.getCell(headerRow, i + 1);
    h.value = c.labels[0] as string;
    h.font = { ...FONT, bold: true };
    h.fill = LABEL_FILL;
    h.border = BOX;
    h.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  for (let i = 0; i < TEMPLATE_ROWS; i++) {
    const r = headerRow + 1 + i;
    COLUMNS.forEach((c, j) => {
      const cell = ws.getCell(r, j + 1);
      cell.border = BOX;
      cell.fill = INPUT_FILL;
      cell.font = FONT;
      cell.numFmt = c.kind === 'date' ? 'yyyy/mm/dd' : '@';
      cell.alignment = { vertical: 'middle', wrapText: c.id === 'reasonDetail' };
      cell.dataValidation = validation(c.kind, c.labels[0] as string, promptOf(c.id), c.maxLength ?? 64);
      const ex = example ? EXAMPLE_CERTS[i] : undefined;
      if (ex) {
        const v = ex[c.id as keyof typeof ex];
        if (v !== '') cell.value = v;
      }
    });
  }
  row = headerRow + TEMPLATE_ROWS + 2;
  const notes = [
    '※ 太枠内の黄色のセルに入力してください。文字は JIS第1・第2水準の範囲で（機種依存文字・半角カタカナは使えません）。',
    '※ シリアル番号は16進数で、証明書の表示のとおりに写してください。失効理由が「秘密鍵の危殆化」「その他」の場合は詳細が必要です。',
    '※ 印刷して押印したPDF、または電子署名したPDFとこのExcelファイルを upki@secom.co.jp へ送ってください。',
  ];
  for (const n of notes) {
    ws.mergeCells(row, 1, row, 9);
    const c = ws.getCell(row, 1);
    c.value = n;
    c.font = { ...FONT, size: 9, color: { argb: 'FF505050' } };
    row++;
  }
  ws.pageSetup.printArea = `A1:I${row - 1}`;
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
