/**
 * What the reader needs before any sheet: the sheet list (workbook.xml and its relationships)
 * and the shared strings (their texts for the label probe, their XML for the rebuilt package).
 * The sheets themselves are probed in order by `findFormSheet` (slim.ts).
 */
import { isFormLabel } from '../form/locate';
import { formatSize } from '../messages/size';
import { MAX_SHEETS, OUTLINE_BYTES, OverBudget, SHARED_STRINGS_BYTES } from './budget';
import { wt } from './messages';
import { escapeText, parsePart, startTag } from './xml';
import type { Archive, ZipEntry } from './zip';

/** The parts of a package by lower-case name (part names are case-insensitive in OPC). */
export type Parts = Map<string, ZipEntry>;

export function partsOf(entries: ZipEntry[]): Parts {
  const parts: Parts = new Map();
  for (const e of entries) parts.set(e.name.toLowerCase(), e);
  return parts;
}

export interface SheetRef {
  name: string;
  /** The worksheet part; undefined when the relationship points nowhere. */
  part?: ZipEntry;
}

export interface Outline {
  /** The worksheets in workbook order (chart sheets and dialog sheets left out). */
  sheets: SheetRef[];
  /** workbook.xml's `workbookPr` attributes (date1904 matters for dates). */
  workbookPr: Record<string, string>;
  styles?: ZipEntry;
  sharedStrings?: ZipEntry;
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

function overBudget(part: string, limit: number): OverBudget {
  return new OverBudget(wt('workbook.part-too-large', { part, size: formatSize(limit) }));
}

/** A relationship target, relative to xl/, as a package part name in lower case. */
export function resolveTarget(target: string, base = 'xl/'): string {
  const path = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/').toLowerCase();
}

/** Reads the sheet list: workbook.xml and its relationships. */
export function readOutline(zip: Archive, parts: Parts): Outline {
  const declared: Array<{ name: string; rid: string }> = [];
  const workbookPr: Record<string, string> = {};
  const wb = parts.get(WORKBOOK) as ZipEntry;
  const { end } = parsePart(zip, wb, OUTLINE_BYTES, {
    open(name, attrs) {
      if (name === 'sheet') {
        if (declared.length >= MAX_SHEETS)
          throw new OverBudget(wt('workbook.too-many-sheets', { max: MAX_SHEETS }));
        const rid = Object.entries(attrs).find(([k]) => k === 'id' || k.endsWith(':id'))?.[1] ?? '';
        declared.push({ name: attrs.name ?? '', rid });
      } else if (name === 'workbookPr') Object.assign(workbookPr, attrs);
    },
  });
  if (end === 'over-budget') throw overBudget(WORKBOOK, OUTLINE_BYTES);

  const rels = new Map<string, { type: string; target: string }>();
  const relsPart = parts.get(WORKBOOK_RELS);
  if (relsPart) {
    const { end: relsEnd } = parsePart(zip, relsPart, OUTLINE_BYTES, {
      open(name, attrs) {
        if (name === 'Relationship' && attrs.Id && attrs.TargetMode !== 'External')
          rels.set(attrs.Id, { type: attrs.Type ?? '', target: resolveTarget(attrs.Target ?? '') });
      },
    });
    if (relsEnd === 'over-budget') throw overBudget(WORKBOOK_RELS, OUTLINE_BYTES);
  }
  const byType = (suffix: string) => {
    for (const r of rels.values()) if (r.type.endsWith(suffix)) return parts.get(r.target);
    return undefined;
  };
  const sheets: SheetRef[] = [];
  for (const d of declared) {
    const rel = rels.get(d.rid);
    if (rel && !rel.type.endsWith('/worksheet')) continue; // a chart sheet or a dialog sheet
    sheets.push({ name: d.name, part: rel ? parts.get(rel.target) : undefined });
  }
  return {
    sheets,
    workbookPr,
    styles: byType('/styles'),
    sharedStrings: byType('/sharedStrings'),
  };
}

/** The shared strings: each `<si>` written back as XML, and the texts that are form labels. */
export interface SharedStrings {
  items: string[];
  labels: Map<number, string>;
}

/**
 * Reads the shared strings once: the probe needs their texts, the rebuilt package the `<si>`
 * elements its sheet uses. Phonetic runs (`rPh`) are not part of the text, as in exceljs.
 */
export function readSharedStrings(zip: Archive, part: ZipEntry | undefined): SharedStrings {
  const items: string[] = [];
  const labels = new Map<number, string>();
  if (!part) return { items, labels };
  let xml = '';
  let text = '';
  let depth = 0; // inside <si>: depth of the current element below it
  let phonetic = 0;
  let inText = false;
  const selfClosing: boolean[] = [];
  const { end } = parsePart(zip, part, SHARED_STRINGS_BYTES, {
    open(name, attrs, isSelfClosing) {
      if (depth === 0) {
        if (name !== 'si') return;
        xml = '<si>';
        text = '';
        depth = 1;
        selfClosing.length = 0;
        selfClosing.push(isSelfClosing);
        return;
      }
      depth++;
      selfClosing.push(isSelfClosing);
      xml += startTag(name, attrs, isSelfClosing);
      if (name === 'rPh') phonetic++;
      else if (name === 't') inText = !isSelfClosing;
    },
    text(t) {
      if (depth === 0) return;
      xml += escapeText(t);
      if (inText && phonetic === 0) text += t;
    },
    close(name) {
      if (depth === 0) return;
      const wasSelfClosing = selfClosing.pop();
      depth--;
      if (depth === 0) {
        xml += '</si>';
        if (isFormLabel(text)) labels.set(items.length, text);
        items.push(xml);
        return;
      }
      if (!wasSelfClosing) xml += `</${name}>`;
      if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
  });
  if (end === 'over-budget') throw overBudget('xl/sharedStrings.xml', SHARED_STRINGS_BYTES);
  return { items, labels };
}
