/**
 * Rebuilds, in memory, a package holding only what exceljs needs to read the form's sheet: the
 * sheet's cells and merged areas, the shared strings it uses, the styles (number formats tell
 * dates), and a workbook.xml with that one sheet. Everything that names ranges without holding
 * values is left out — defined names, data validations, conditional formats, hyperlinks, column
 * definitions, formulas (their cached results stay) — and merged areas are clipped to the used
 * range, so nothing is expanded cell by cell. The user's file is never touched.
 */
import { zipSync } from 'fflate';
import { columnNumber } from '../form/grid';
import { isFormLabel, sheetHasFormLabels } from '../form/locate';
import type { Bilingual } from '../messages/define';
import { formatSize } from '../messages/size';
import {
  FORM_MERGED_CELLS,
  FORM_SHEET_CELLS,
  OverBudget,
  PROBE_SHEET_BYTES,
  PROBE_TOTAL_BYTES,
  STYLES_BYTES,
} from './budget';
import { wt } from './messages';
import type { Outline, SharedStrings, SheetRef } from './probe';
import { escapeAttribute, escapeText, parsePart, startTag } from './xml';
import { type Archive, readPart, type ZipEntry } from './zip';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Elements inside a cell that carry no value: formulas (the cached `<v>` stays) and extensions. */
const SKIPPED_IN_CELL = new Set(['f', 'extLst']);

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1` / `$A$1` → [row, col]; undefined for anything else. */
function cellRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  return [Number(m[2]), columnNumber((m[1] as string).toUpperCase())];
}

function parseArea(ref: string): Area | undefined {
  const [a, b = a] = ref.split(':');
  const p = cellRef(a ?? '');
  const q = cellRef(b ?? '');
  if (!p || !q) return undefined;
  return {
    top: Math.min(p[0], q[0]),
    bottom: Math.max(p[0], q[0]),
    left: Math.min(p[1], q[1]),
    right: Math.max(p[1], q[1]),
  };
}

export function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const address = (row: number, col: number) => `${columnLetters(col)}${row}`;

/** What reading one sheet found: the form (rewritten), not the form, or no answer within the budget. */
export type SheetScan =
  | { kind: 'form'; xml: string; strings: string[] }
  | { kind: 'not-form'; bytes: number }
  | { kind: 'cut'; bytes: number };

/**
 * Reads one sheet once, both as the label probe (spec/form.md §1: does it hold the form's labels?)
 * and as the rewrite of the form's sheet: its cells (values and styles) and its merged areas
 * clipped to the used range, with the shared strings it uses renumbered. Stops at `budget` bytes
 * of XML. A sheet with the labels that is beyond the form's budget throws `OverBudget`.
 */
export function scanSheet(zip: Archive, part: ZipEntry, sst: SharedStrings, budget: number): SheetScan {
  let out: string[] | undefined = []; // undefined once the sheet is too large to be the form
  let tooComplex: OverBudget | undefined;
  const used = new Map<number, number>(); // old shared-string index → new
  const strings: string[] = [];
  const merges: Area[] = [];
  const labels: string[] = [];
  let freshLabel = false;
  let qualified = false;
  let finished = false;
  let cells = 0;
  let maxRow = 0;
  let maxCol = 0;
  let inData = false;
  let row = 0;
  let col = 0;
  let pendingRow: string | undefined; // a row's start tag, written with its first cell
  let rowOpen = false;
  // Inside a cell.
  let inCell = false;
  let cell: string[] | undefined; // the cell's XML, when writing
  let cellType = '';
  let skipDepth = 0;
  let inValue = false;
  let value = '';
  let inText = false;
  let phonetic = 0;
  let inline = '';
  const nested: boolean[] = []; // self-closing flags of elements open inside the cell

  const giveUp = (reason: OverBudget) => {
    tooComplex = reason;
    out = undefined;
    cell = undefined;
    strings.length = 0;
    used.clear();
  };

  const cellLabel = (): string | undefined => {
    if (cellType === 's') return sst.labels.get(Number(value));
    if (cellType === 'inlineStr') return inline;
    if (cellType === 'str') return value;
    return undefined;
  };

  function sharedIndex(v: string): string {
    const old = Number(v);
    const item = Number.isInteger(old) ? sst.items[old] : undefined;
    if (item === undefined) return v;
    let index = used.get(old);
    if (index === undefined) {
      index = strings.length;
      used.set(old, index);
      strings.push(item);
    }
    return String(index);
  }

  const { end, bytes } = parsePart(
    zip,
    part,
    budget,
    {
      open(name, attrs, selfClosing) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (inCell) {
          if (SKIPPED_IN_CELL.has(name)) {
            skipDepth = 1; // saxes reports a closing tag for a self-closing one too
            return;
          }
          nested.push(selfClosing);
          if (name === 'v' && nested.length === 1) {
            inValue = !selfClosing;
            value = '';
            return;
          }
          if (name === 'rPh') phonetic++;
          else if (name === 't') inText = !selfClosing;
          cell?.push(startTag(name, attrs, selfClosing));
          return;
        }
        if (name === 'sheetData') inData = !selfClosing;
        else if (name === 'mergeCell' && attrs.ref) {
          if (!out) return;
          if (merges.length >= FORM_SHEET_CELLS) giveUp(tooMany(wt('workbook.too-many.merged-areas')));
          const area = parseArea(attrs.ref);
          if (area) merges.push(area);
        } else if (inData && name === 'row') {
          const r = Number(attrs.r);
          row = Number.isInteger(r) && r > row ? r : row + 1;
          col = 0;
          if (out) {
            const { spans: _spans, ...rest } = attrs;
            pendingRow = startTag('row', { ...rest, r: String(row) }, selfClosing);
          }
          rowOpen = false;
        } else if (inData && name === 'c') {
          const ref = attrs.r ? cellRef(attrs.r) : undefined;
          col = ref && ref[1] > col ? ref[1] : col + 1;
          if (++cells > FORM_SHEET_CELLS && out) giveUp(tooMany(wt('workbook.too-many.cells')));
          if (row > maxRow) maxRow = row;
          if (col > maxCol) maxCol = col;
          cellType = attrs.t ?? 'n';
          value = '';
          inline = '';
          if (out) {
            if (pendingRow !== undefined) {
              out.push(pendingRow);
              pendingRow = undefined;
              rowOpen = true;
            }
            const tag = startTag('c', { ...attrs, r: address(row, col) }, selfClosing);
            if (selfClosing) out.push(tag);
            else cell = [tag];
          }
          inCell = !selfClosing;
        }
      },
      text(t) {
        if (skipDepth > 0 || !inCell) return;
        if (inValue) value += t;
        else {
          cell?.push(escapeText(t));
          if (inText && phonetic === 0 && cellType === 'inlineStr') inline += t;
        }
      },
      close(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (inCell) {
          if (name === 'c' && nested.length === 0) {
            inCell = false;
            if (cell && out) {
              cell.push('</c>');
              out.push(cell.join(''));
            }
            cell = undefined;
            const label = cellLabel();
            if (label !== undefined && label.length <= 80 && isFormLabel(label)) {
              labels.push(label);
              freshLabel = true;
            }
            return;
          }
          const wasSelfClosing = nested.pop();
          if (name === 'v' && nested.length === 0 && inValue) {
            inValue = false;
            cell?.push(`<v>${escapeText(cellType === 's' ? sharedIndex(value) : value)}</v>`);
          } else if (!wasSelfClosing && name !== 'v') cell?.push(`</${name}>`);
          if (name === 'rPh') phonetic--;
          else if (name === 't') inText = false;
          return;
        }
        if (name === 'sheetData') {
          inData = false;
          finished = true;
        } else if (name === 'row' && inData) {
          if (rowOpen) out?.push('</row>');
          pendingRow = undefined;
          rowOpen = false;
        }
      },
    },
    () => {
      if (freshLabel) {
        freshLabel = false;
        qualified = qualified || sheetHasFormLabels(labels);
      }
      // The form's sheet too large to read: known now. Not the form: its cells are enough.
      if (qualified && tooComplex) throw tooComplex;
      return !out && finished;
    },
  );
  if (freshLabel) qualified = qualified || sheetHasFormLabels(labels);
  if (!qualified) return end === 'over-budget' ? { kind: 'cut', bytes } : { kind: 'not-form', bytes };
  if (tooComplex) throw tooComplex;
  if (end === 'over-budget')
    throw new OverBudget(wt('workbook.sheet-too-large', { size: formatSize(budget) }));

  // Merged areas clipped to the used range; what is left must stay small.
  const clipped: string[] = [];
  let covered = 0;
  for (const m of merges) {
    const bottom = Math.min(m.bottom, maxRow);
    const right = Math.min(m.right, maxCol);
    if (bottom < m.top || right < m.left || (bottom === m.top && right === m.left)) continue;
    covered += (bottom - m.top + 1) * (right - m.left + 1);
    if (covered > FORM_MERGED_CELLS) throw tooMany(wt('workbook.too-many.merged-cells'));
    clipped.push(`<mergeCell ref="${address(m.top, m.left)}:${address(bottom, right)}"/>`);
  }
  const mergeXml =
    clipped.length > 0 ? `<mergeCells count="${clipped.length}">${clipped.join('')}</mergeCells>` : '';
  const xml = `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${(out ?? []).join('')}</sheetData>${mergeXml}</worksheet>`;
  return { kind: 'form', xml, strings };
}

/**
 * The first sheet with the form's labels, rewritten, or undefined. A sheet whose first
 * `PROBE_SHEET_BYTES` of XML hold no labels does not count as the form; if no sheet qualifies and
 * one was cut short (or the probe's total budget ran out) the workbook is too complex to tell.
 */
export function findFormSheet(
  zip: Archive,
  outline: Outline,
  sst: SharedStrings,
): { sheet: SheetRef; xml: string; strings: string[] } | undefined {
  let left = PROBE_TOTAL_BYTES;
  let cut = false;
  for (const sheet of outline.sheets) {
    if (!sheet.part) continue;
    if (left <= 0) {
      cut = true;
      break;
    }
    const scan = scanSheet(zip, sheet.part, sst, Math.min(PROBE_SHEET_BYTES, left));
    if (scan.kind === 'form') return { sheet, xml: scan.xml, strings: scan.strings };
    if (scan.kind === 'cut') cut = true;
    left -= scan.bytes;
  }
  if (cut) throw new OverBudget(wt('workbook.no-labels', { size: formatSize(PROBE_SHEET_BYTES) }));
  return undefined;
}

function tooMany(what: Bilingual): OverBudget {
  return new OverBudget(wt('workbook.too-many', { what }));
}

const enc = (s: string) => new TextEncoder().encode(s);

/** The package exceljs reads: the form's sheet alone, uncompressed (it is read once, in memory). */
export function slimPackage(
  zip: Archive,
  outline: Outline,
  form: { sheet: SheetRef; xml: string; strings: string[] },
): Uint8Array {
  const { sheet, xml, strings } = form;
  const files: Record<string, Uint8Array> = {};
  const overrides = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    [
      '/xl/worksheets/sheet1.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    ],
  ];
  const rels = [`<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>`];
  if (outline.styles) {
    const styles = readPart(zip, outline.styles, STYLES_BYTES);
    if (!styles) throw new OverBudget(wt('workbook.styles-too-large', { size: formatSize(STYLES_BYTES) }));
    files['xl/styles.xml'] = styles;
    overrides.push([
      '/xl/styles.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
    ]);
    rels.push(`<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  if (strings.length > 0) {
    files['xl/sharedStrings.xml'] = enc(
      `${XML_DECL}<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`,
    );
    overrides.push([
      '/xl/sharedStrings.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
    ]);
    rels.push(`<Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  files['[Content_Types].xml'] = enc(
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('') +
      '</Types>',
  );
  files['_rels/.rels'] = enc(
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/_rels/workbook.xml.rels'] = enc(
    `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`,
  );
  const pr = outline.workbookPr.date1904
    ? `<workbookPr date1904="${escapeAttribute(outline.workbookPr.date1904)}"/>`
    : '';
  files['xl/workbook.xml'] = enc(
    `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pr}<sheets><sheet name="${escapeAttribute(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  files['xl/worksheets/sheet1.xml'] = enc(xml);
  return zipSync(files, { level: 0 });
}
