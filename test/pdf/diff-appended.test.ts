// analyzeAppended (src/pdf/diff/index.ts) on small files written as text: the signed revision, then
// incremental updates with their own cross-reference tables. Each test names the violations (what,
// reason, object) and the objects the report lists, so that a check deleted or loosened shows.
import { describe, expect, it } from 'vitest';
import { ascii } from '../../src/pdf/bytes';
import { analyzeAppended } from '../../src/pdf/diff/index';
import { Work } from '../../src/pdf/limits';
import { findLastStartxref, readChain } from '../../src/pdf/xref';

type Objects = Record<number, string>;

const SIGNED: Objects = {
  1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>',
  2: '<< /Type /Page /Parent 3 0 R /Contents 4 0 R /Annots [5 0 R] >>',
  3: '<< /Type /Pages /Kids [2 0 R] /Count 1 >>',
  4: '<< /Length 5 >>\nstream\nBT ET\nendstream',
  5: '<< /Type /Annot /Subtype /Widget /FT /Sig /T (S1) /V 6 0 R /Rect [0 0 0 0] /F 132 /P 2 0 R >>',
  6: '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>',
};

interface Revision {
  objects?: Objects;
  /** Bytes written before the objects (junk). */
  before?: string;
  /** Objects written but not listed in the xref table. */
  unlisted?: Objects;
  /** Extra xref subsections, given the offsets of this revision's objects. */
  entries?: (offsets: Map<number, number>) => string;
  /** Order of the listed objects in the table (default: as written). */
  order?: number[];
  /** A cross-reference stream (object 30) instead of a table: listing itself or not, extra rows. */
  stream?: { self: boolean; rows?: [number, number, number, number][] };
  /** No `startxref … %%EOF` after this revision's table (a later revision follows). */
  noEnd?: boolean;
}

/** An uncompressed cross-reference stream, /W [1 4 2], one /Index range per row. */
function xrefStream(at: number, rows: [number, number, number, number][], trailer: string): string {
  let data = '';
  for (const [, type, a, b] of rows) {
    data += String.fromCharCode(type);
    for (const shift of [24, 16, 8, 0]) data += String.fromCharCode((a >>> shift) & 0xff);
    data += String.fromCharCode((b >> 8) & 0xff, b & 0xff);
  }
  const index = rows.map(([n]) => `${n} 1`).join(' ');
  return `30 0 obj\n<< /Type /XRef /W [1 4 2] /Index [${index}] ${trailer} /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`;
}

const entry = (n: number, off: number) => `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`;

/** The signed revision (SIGNED plus `base`), then each revision appended; and where each ends. */
function build(revisions: Revision[], base: Objects = {}, tail = '') {
  let text = '%PDF-1.7\n';
  const offsets = new Map<number, number>();
  const objs = { ...SIGNED, ...base };
  for (const [n, body] of Object.entries(objs)) {
    offsets.set(Number(n), text.length);
    text += `${n} 0 obj\n${body}\nendobj\n`;
  }
  let xref = text.length;
  text += `xref\n0 1\n0000000000 65535 f \n${[...offsets].map(([n, o]) => entry(n, o)).join('')}`;
  const size = Math.max(...Object.keys(objs).map(Number)) + 20;
  text += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const signedEnd = text.length;
  const signedStartxref = xref;
  for (const r of revisions) {
    text += r.before ?? '';
    const own = new Map<number, number>();
    for (const [n, body] of Object.entries(r.objects ?? {})) {
      own.set(Number(n), text.length);
      text += `${n} 0 obj\n${body}\nendobj\n`;
    }
    for (const [n, body] of Object.entries(r.unlisted ?? {})) text += `${n} 0 obj\n${body}\nendobj\n`;
    const prev = xref;
    xref = text.length;
    if (r.stream) {
      const rows: [number, number, number, number][] = [...own].map(([n, off]) => [n, 1, off, 0]);
      if (r.stream.self) rows.push([30, 1, xref, 0]);
      rows.push(...(r.stream.rows ?? []));
      text += xrefStream(xref, rows, `/Size ${size} /Root 1 0 R /Prev ${prev}`);
      continue;
    }
    const order = r.order ?? [...own.keys()];
    text += `xref\n0 1\n0000000000 65535 f \n${order.map((n) => entry(n, own.get(n) as number)).join('')}`;
    text += r.entries?.(own) ?? '';
    text += `trailer\n<< /Size ${size} /Root 1 0 R /Prev ${prev} >>\n`;
    if (!r.noEnd) text += `startxref\n${xref}\n%%EOF\n`;
  }
  return { bytes: ascii(text + tail), signedEnd, signedStartxref };
}

async function analyze(revisions: Revision[], o: { base?: Objects; tail?: string; startxref?: number } = {}) {
  const { bytes, signedEnd, signedStartxref } = build(revisions, o.base, o.tail);
  const work = new Work(bytes.length);
  const last = findLastStartxref(bytes);
  if (!last) throw new Error('no startxref');
  const chain = await readChain(bytes, last.value, work);
  return analyzeAppended(bytes, chain, signedEnd, o.startxref ?? signedStartxref, {
    work,
    signatures: new Set(),
  });
}

const structure = (reason: string, num?: number) => ({ num, what: 'structure', reason });

describe('nothing appended after the signed revision', () => {
  it.each([
    ['', 0],
    ['\n', 0],
    ['\r', 0],
    ['\r\n', 0],
    ['\n\n', 2],
    ['\n\r', 2],
    ['x', 1],
    ['\rx', 2],
    ['\r\nx', 3],
  ])('then %j: %i trailing bytes', async (tail, trailing) => {
    const r = await analyze([], { tail });
    expect(r.trailing).toBe(trailing);
    expect(r.allowed).toBe(trailing === 0);
    expect(r.revisions).toBe(0);
    expect(r.violations).toEqual([]);
    expect(r.objects).toEqual([]);
  });
  it('a chain that does not continue from the signed revision', async () => {
    const r = await analyze([], { startxref: 1 });
    expect(r.violations).toEqual([
      structure('the cross-reference chain does not continue from the signed revision'),
    ]);
    expect(r.allowed).toBe(false);
  });
});

describe('appended revisions', () => {
  it('an identical rewrite is allowed and listed', async () => {
    const r = await analyze([{ objects: { 4: SIGNED[4] as string } }]);
    expect(r.violations).toEqual([]);
    expect(r.objects).toEqual([{ ref: '4', kind: 'unchanged', allowed: true }]);
    expect(r.revisions).toBe(1);
    expect(r.trailing).toBe(0);
    expect(r.allowed).toBe(true);
  });
  it('bytes after the last revision', async () => {
    const r = await analyze([{ objects: { 2: SIGNED[2] as string } }], { tail: 'xyz' });
    expect(r.trailing).toBe(3);
    expect(r.violations).toEqual([]);
    expect(r.allowed).toBe(false);
  });
  it('a changed page content and a new page object: listed in number order, each with its reason', async () => {
    const r = await analyze([
      {
        objects: {
          10: '<< /Type /Page /Parent 3 0 R >>',
          4: '<< /Length 5 >>\nstream\nBT XX\nendstream',
          3: '<< /Type /Pages /Kids [2 0 R 10 0 R] /Count 2 >>',
        },
        order: [10, 4, 3],
      },
    ]);
    expect(r.objects).toEqual([
      { ref: '3', kind: 'page-tree', allowed: false, reason: 'an existing page-tree was changed' },
      { ref: '4', kind: 'page-content', allowed: false, reason: 'an existing page-content was changed' },
      { ref: '10', kind: 'page-tree', allowed: false, reason: 'a new page was added' },
    ]);
    expect(r.violations).toEqual([
      { num: 10, what: 'page-tree', reason: 'a new page was added' },
      { num: 4, what: 'page-content', reason: 'an existing page-content was changed' },
      { num: 3, what: 'page-tree', reason: 'an existing page-tree was changed' },
    ]);
    expect(r.allowed).toBe(false);
  });
  it('the same change judged in two revisions is reported once', async () => {
    const changed = { 4: '<< /Length 5 >>\nstream\nBT XX\nendstream' };
    const r = await analyze([{ objects: changed }, { objects: { 2: SIGNED[2] as string } }]);
    expect(r.violations).toEqual([
      { num: 4, what: 'page-content', reason: 'an existing page-content was changed' },
    ]);
    expect(r.objects.map((o) => [o.ref, o.allowed])).toEqual([
      ['2', true],
      ['4', false],
    ]);
    expect(r.revisions).toBe(2);
  });
  it('a deleted object of the signed document (a free entry); free entries for other numbers are none', async () => {
    const del = await analyze([{ entries: () => '4 1\n0000000000 00001 f \n' }]);
    expect(del.violations).toEqual([structure('an object of the signed document was deleted', 4)]);
    const other = await analyze([{ entries: () => '40 1\n0000000000 00001 f \n' }]);
    expect(other.violations).toEqual([]);
    expect(other.allowed).toBe(true);
  });
  it('an entry pointing into the signed revision', async () => {
    const r = await analyze([{ entries: () => entry(4, 9) }]);
    expect(r.violations).toContainEqual(structure('a cross-reference entry points outside its revision', 4));
    expect(r.allowed).toBe(false);
  });
  it('an entry pointing at another object of its revision', async () => {
    const r = await analyze([
      { objects: { 2: SIGNED[2] as string }, entries: (own) => entry(3, own.get(2) as number) },
    ]);
    expect(r.violations).toContainEqual(structure('a cross-reference entry points outside its revision', 3));
  });
  it('an object the cross-reference table does not list', async () => {
    const r = await analyze([{ unlisted: { 9: '<< /A 1 >>' } }]);
    expect(r.violations).toEqual([structure('an object not in the cross-reference data', 9)]);
    expect(r.allowed).toBe(false);
  });
  it('unexpected data in a revision', async () => {
    const { signedEnd } = build([]);
    const r = await analyze([{ before: 'garbage\n', objects: { 2: SIGNED[2] as string } }]);
    expect(r.violations).toEqual([
      structure(`unexpected data at byte ${signedEnd}`),
      structure('a cross-reference entry points outside its revision', 2),
    ]);
  });
  it('an entry in an object stream that is not in its revision', async () => {
    const r = await analyze([{ entries: () => '9 1\n0000000044 00000 c \n' }]).catch(() => undefined);
    // A classic table has no compressed entries: the reader refuses or ignores it; never allowed.
    expect(r?.allowed ?? false).toBe(false);
  });
  it('a cross-reference stream: itself explained as such when it lists itself, not judged when not', async () => {
    const self = await analyze([{ objects: { 4: SIGNED[4] as string }, stream: { self: true } }]);
    expect(self.violations).toEqual([]);
    expect(self.objects).toEqual([
      { ref: '4', kind: 'unchanged', allowed: true },
      { ref: '30', kind: 'xref', allowed: true },
    ]);
    const notSelf = await analyze([{ objects: { 4: SIGNED[4] as string }, stream: { self: false } }]);
    expect(notSelf.violations).toEqual([]);
    expect(notSelf.objects).toEqual([{ ref: '4', kind: 'unchanged', allowed: true }]);
  });
  it('a cross-reference stream naming an object stream outside its revision', async () => {
    const r = await analyze([{ stream: { self: true, rows: [[9, 2, 4, 0]] } }]);
    expect(r.violations).toContainEqual(structure('an object stream outside its revision', 9));
    expect(r.allowed).toBe(false);
  });
  it('a revision without its startxref and %%EOF: judged no further', async () => {
    const r = await analyze([
      { objects: { 4: SIGNED[4] as string }, noEnd: true },
      { objects: { 2: SIGNED[2] as string } },
    ]);
    expect(r.violations).toEqual([structure('a revision without its end (startxref, %%EOF)')]);
    expect(r.objects).toEqual([]);
    expect(r.trailing).toBe(0);
    expect(r.allowed).toBe(false);
  });
  it('an object that cannot be parsed in a revision is unexpected data', async () => {
    const { signedEnd } = build([]);
    const r = await analyze([{ before: '9 0 obj\n<< /A\nendobj\n', objects: { 4: SIGNED[4] as string } }]);
    expect(r.violations).toContainEqual(structure(`unexpected data at byte ${signedEnd}`));
  });
  it('at most 50 revisions after signing', async () => {
    const same = { objects: { 2: SIGNED[2] as string } };
    const fifty = await analyze(Array.from({ length: 50 }, () => same));
    expect(fifty.allowed).toBe(true);
    expect(fifty.revisions).toBe(50);
    const more = await analyze(Array.from({ length: 51 }, () => same));
    expect(more.violations).toEqual([structure('more than 50 revisions after signing')]);
    expect(more.objects).toEqual([]);
    expect(more.allowed).toBe(false);
  });
  it('an object the signed document referred to without defining it, added later', async () => {
    const base = { 2: '<< /Type /Page /Parent 3 0 R /Contents 4 0 R /Annots [5 0 R] /X 9 0 R >>' };
    const r = await analyze(
      [{ objects: { 9: '<< /Type /ObjStm /N 0 /First 0 /Length 0 >>\nstream\n\nendstream' } }],
      {
        base,
      },
    );
    expect(r.violations).toEqual([
      { num: 9, what: 'object', reason: 'an object the signed document already referred to was added' },
    ]);
    expect(r.objects).toEqual([
      {
        ref: '9',
        kind: 'object',
        allowed: false,
        reason: 'an object the signed document already referred to was added',
      },
    ]);
  });
  it('one object explained by two rules', async () => {
    const r = await analyze([
      {
        objects: {
          1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> /DSS 10 0 R /Metadata 9 0 R >>',
          9: '<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\nx\nendstream',
          10: '<< /Certs [9 0 R] >>',
        },
      },
    ]);
    expect(r.violations).toEqual([
      { num: 9, what: 'object', reason: 'one object serves as dss and metadata' },
    ]);
  });
  it('an appearance or form resource may be shared only with another appearance or form resource', async () => {
    const r = await analyze([
      {
        objects: {
          1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 /DR << /Font << /F9 9 0 R >> >> >> /DSS 10 0 R >>',
          9: '<< /Length 1 >>\nstream\nx\nendstream',
          10: '<< /Certs [9 0 R] >>',
        },
      },
    ]);
    expect(r.violations).toEqual([
      { num: 9, what: 'object', reason: 'one object serves as form-resources and dss' },
    ]);
  });
});
