// Signature discovery (src/pdf/signatures.ts) on small object sets written as text: which
// dictionaries count as signatures, where they are stored, and which form field names each.
import { describe, expect, it } from 'vitest';
import { ascii } from '../../src/pdf/bytes';
import { verifyPdf } from '../../src/pdf/index';
import { PdfLimitError, Work } from '../../src/pdf/limits';
import { Lexer, type PdfDict } from '../../src/pdf/objects';
import { decodeText, findSignatures, isTimestampDict } from '../../src/pdf/signatures';
import { ObjectStore, type XrefEntry, type XrefSection } from '../../src/pdf/xref';
import { plainPdf } from './attacks/hostile';
import { appendUpdate, trailerInfo } from './signer';

type Objects = Record<number, string>;

/** One revision holding these objects; `compressed` objects go into object stream 90. */
async function discover(
  objects: Objects,
  o: {
    compressed?: Objects;
    extra?: [number, XrefEntry][];
    twice?: boolean;
    alias?: [number, number];
    /** A later revision (a second section, listed first) redefining or adding these objects. */
    newer?: Objects;
    /** In that later revision, number `from` listed at the offset of object `to` of the first. */
    newerAlias?: [number, number];
    /** Object `n` listed only under the 200 numbers 500-699, never under its own. */
    aliasesOf?: number;
    /** Entries of a hybrid file's /XRefStm stream beside the table. */
    hybrid?: [number, XrefEntry][];
  } = {},
) {
  let text = '%PDF-1.7\n';
  const entries = new Map<number, XrefEntry>();
  for (const [n, body] of Object.entries(objects)) {
    entries.set(Number(n), { kind: 'n', offset: text.length, gen: 0 });
    text += `${n} 0 obj\n${body}\nendobj\n`;
  }
  if (o.compressed) {
    let head = '';
    let data = '';
    const nums = Object.keys(o.compressed).map(Number);
    nums.forEach((n, idx) => {
      head += `${n} ${data.length} `;
      data += `${o.compressed?.[n]} `;
      entries.set(n, { kind: 'c', stm: 90, idx });
    });
    const body = head + data;
    entries.set(90, { kind: 'n', offset: text.length, gen: 0 });
    text += `90 0 obj\n<< /Type /ObjStm /N ${nums.length} /First ${head.length} /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\n`;
  }
  for (const [n, e] of o.extra ?? []) entries.set(n, e);
  if (o.aliasesOf !== undefined) {
    const e = entries.get(o.aliasesOf) as XrefEntry;
    entries.delete(o.aliasesOf);
    for (let k = 500; k < 700; k++) entries.set(k, e);
  }
  if (o.alias) {
    // Number `from` listed at the offset of object `to` (which is not listed itself).
    entries.set(o.alias[0], entries.get(o.alias[1]) as XrefEntry);
    entries.delete(o.alias[1]);
  }
  const trailer = new Lexer(ascii('<< /Root 1 0 R >>'), 0).value() as PdfDict;
  const section: XrefSection = {
    offset: 0,
    kind: 'table',
    entries,
    trailer,
    end: text.length,
    eofEnd: text.length,
  };
  if (o.hybrid) section.hybrid = { ...section, entries: new Map(o.hybrid) };
  const chain = o.twice ? [section, section] : [section];
  if (o.newer || o.newerAlias) {
    const later = new Map<number, XrefEntry>();
    if (o.newerAlias) later.set(o.newerAlias[0], entries.get(o.newerAlias[1]) as XrefEntry);
    for (const [n, body] of Object.entries(o.newer ?? {})) {
      later.set(Number(n), { kind: 'n', offset: text.length, gen: 0 });
      text += `${n} 0 obj\n${body}\nendobj\n`;
    }
    chain.unshift({
      offset: 0,
      kind: 'table',
      entries: later,
      trailer,
      end: text.length,
      eofEnd: text.length,
    });
  }
  const bytes = ascii(text);
  const work = new Work(bytes.length);
  const store = new ObjectStore(bytes, chain, work);
  const catalog = (await store.dict(trailer.get('Root'))) as PdfDict;
  const r = await findSignatures(bytes, chain, store, catalog, work);
  return {
    found: r.found.map((f) => ({ num: f.num, field: f.field, inObjectStream: f.inObjectStream })),
    missing: r.missing,
  };
}

const SIG = '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>';
const catalog = (fields: string, extra = '') =>
  `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [${fields}] >> ${extra} >>`;
const PAGES = '<< /Type /Pages /Kids [2 0 R] /Count 1 >>';
const PAGE = (annots = '') => `<< /Type /Page /Parent 3 0 R ${annots} >>`;

describe('which dictionaries are signatures', () => {
  it.each([
    ['<< /Type /DocTimeStamp >>', true],
    ['<< /SubFilter /ETSI.RFC3161 >>', true],
    ['<< /Type /DocTimeStamp /SubFilter /ETSI.RFC3161 >>', true],
    ['<< /Type /Sig /SubFilter /adbe.pkcs7.detached >>', false],
    ['<< >>', false],
  ])('%s: a document timestamp %s', (text, expected) => {
    expect(isTimestampDict(new Lexer(ascii(text), 0).value() as PdfDict)).toBe(expected);
  });
  it('every dictionary with /ByteRange, nested in dictionaries or arrays, once per object', async () => {
    const r = await discover({
      1: catalog(''),
      2: PAGE(),
      3: PAGES,
      6: SIG,
      7: `[1 ${SIG}]`,
      8: `<< /A << /B [${SIG}] >> >>`,
      9: '<< /Type /Sig >>',
    });
    expect(r.found).toEqual([
      { num: 6, field: null, inObjectStream: false },
      { num: undefined, field: null, inObjectStream: false },
      { num: undefined, field: null, inObjectStream: false },
    ]);
    expect(r.missing).toEqual([]);
  });
  it('an entry that points at an object with another number, or at nothing readable, adds nothing', async () => {
    const r = await discover(
      { 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG },
      { extra: [[40, { kind: 'n', offset: 1_000_000, gen: 0 }]] },
    );
    expect(r.found.map((f) => f.num)).toEqual([6]);
    const alias = await discover({ 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG }, { alias: [41, 6] });
    expect(alias.found).toEqual([]);
    // Two sections listing the same object (at the same offset): found once.
    const twice = await discover({ 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG }, { twice: true });
    expect(twice.found).toHaveLength(1);
  });
  it('a later revision listing another number at a signature’s offset does not hide it', async () => {
    const r = await discover({ 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG }, { newerAlias: [41, 6] });
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: false }]);
    // Nor an unreadable offset listed first under one number, then under another.
    const bad = await discover(
      { 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG },
      { extra: [[40, { kind: 'n', offset: 3, gen: 0 }]], newerAlias: [41, 40] },
    );
    expect(bad.found.map((f) => f.num)).toEqual([6]);
  });
  it('an offset listed under many numbers is parsed at most twice (the parser’s work bound holds)', async () => {
    // 200 entries of other numbers at one 40 KB object: parsed for each, 8 MB would pass the bound
    // of 4 × the file + 4 MB (limits.ts) and end in too-complex.
    const big = `<< /Big (${'x'.repeat(40_000)}) >>`;
    const r = await discover({ 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG, 7: big }, { aliasesOf: 7 });
    expect(r.found.map((f) => f.num)).toEqual([6]);
  });
  it('signatures in an object stream are found as such, and count as an unnamed missing field', async () => {
    const r = await discover({ 1: catalog(''), 2: PAGE(), 3: PAGES }, { compressed: { 6: SIG } });
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: true }]);
  });
  it('an object-stream entry of an older revision is read as that revision stored it', async () => {
    // Object 6 was a signature dictionary in an object stream; a later revision redefines it. The
    // older copy is still a signature dictionary of the file (which must verify).
    const r = await discover(
      { 1: catalog(''), 2: PAGE(), 3: PAGES },
      { compressed: { 6: SIG }, newer: { 6: '<< /A 1 >>' } },
    );
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: true }]);
  });
  it('a hybrid file’s stream marking a table object free adds nothing (found once, at its offset)', async () => {
    const r = await discover(
      { 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG },
      { hybrid: [[6, { kind: 'free' }]] },
    );
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: false }]);
  });
  it('an object-stream entry that cannot be read (no such stream) adds nothing', async () => {
    const r = await discover(
      { 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG },
      { extra: [[40, { kind: 'c', stm: 77, idx: 0 }]] },
    );
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: false }]);
  });
  it('an object nested past the bound stops the search with that bound, never skipped as unreadable', async () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const run = discover({ 1: catalog(''), 2: PAGE(), 3: PAGES, 6: SIG, 7: deep });
    await expect(run).rejects.toThrow(PdfLimitError);
    await expect(run).rejects.toHaveProperty('kind', 'nesting-too-deep');
  });
  it('a PDF with such an object appended: error, nesting-too-deep (not unsigned)', async () => {
    const plain = await plainPdf();
    const { size } = trailerInfo(plain);
    const bytes = appendUpdate(plain, [{ num: size, body: `${'['.repeat(100)}${']'.repeat(100)}` }]);
    const r = await verifyPdf(bytes);
    expect(r.verdict).toBe('error');
    expect(r.messages.map((m) => m.code)).toEqual(['verdict.error', 'error.nesting-too-deep']);
  });
});

describe('which field names each signature', () => {
  const W = (t: string, v = '6 0 R', extra = '') =>
    `<< /FT /Sig /T (${t}) /V ${v} /Subtype /Widget ${extra} >>`;
  it('a form field, named by its full name (parent.kid), the field type inherited', async () => {
    const r = await discover({
      1: catalog('5 0 R'),
      2: PAGE(),
      3: PAGES,
      5: '<< /FT /Sig /T (Parent) /Kids [10 0 R] >>',
      10: '<< /T (Kid) /V 6 0 R /Parent 5 0 R >>',
      6: SIG,
    });
    expect(r.found).toEqual([{ num: 6, field: 'Parent.Kid', inObjectStream: false }]);
    expect(r.missing).toEqual([]);
  });
  it('a kid without /T takes its parent’s name; a field listed twice is named once', async () => {
    const r = await discover({
      1: catalog('5 0 R 5 0 R'),
      2: PAGE(),
      3: PAGES,
      5: '<< /FT /Sig /T (Only) /Kids [10 0 R] >>',
      10: '<< /V 6 0 R >>',
      6: SIG,
    });
    expect(r.found[0]?.field).toBe('Only');
  });
  it('text strings in UTF-16BE and UTF-8 with their byte-order marks', async () => {
    expect(decodeText('\u00fe\u00ff\u0000A\u00300\u0000')).toBe('A\u3030');
    expect(decodeText('\u00fe\u00ff\u0000A\u0000')).toBe('A');
    expect(decodeText('\u00ef\u00bb\u00bf\u00c3\u00a9t\u00c3\u00a9')).toBe('été');
    expect(decodeText('plain \u00fe\u00ff')).toBe('plain \u00fe\u00ff');
    const r = await discover({
      1: catalog('5 0 R'),
      2: PAGE(),
      3: PAGES,
      5: '<< /FT /Sig /T <FEFF00530031> /V 6 0 R >>',
      6: SIG,
    });
    expect(r.found[0]?.field).toBe('S1');
  });
  it('a field whose /V is not a signature dictionary is missing (named once); /V null is unsigned', async () => {
    const r = await discover({
      1: catalog('5 0 R 7 0 R 8 0 R 9 0 R'),
      2: PAGE(),
      3: PAGES,
      5: W('Bad', '4 0 R'),
      7: W('Bad', '4 0 R'),
      8: W('Unsigned', 'null'),
      9: '<< /FT /Tx /T (Text) /V (x) >>',
      4: '<< /A 1 >>',
    });
    expect(r.found).toEqual([]);
    expect(r.missing).toEqual(['Bad']);
  });
  it('a merged field whose /V is a direct signature dictionary', async () => {
    const r = await discover({ 1: catalog('5 0 R'), 2: PAGE(), 3: PAGES, 5: W('Direct', SIG) });
    expect(r.found).toEqual([{ num: undefined, field: 'Direct', inObjectStream: false }]);
    expect(r.missing).toEqual([]);
    const direct = await discover({ 1: catalog(W('Inline', SIG)), 2: PAGE(), 3: PAGES });
    expect(direct.found).toEqual([{ num: undefined, field: null, inObjectStream: false }]);
    expect(direct.missing).toEqual(['Inline']);
  });
  it('a /V naming an object that holds a signature dictionary inside it, or nothing, is missing', async () => {
    const r = await discover({
      1: catalog('5 0 R 8 0 R 9 0 R'),
      2: PAGE(),
      3: PAGES,
      5: W('Nested', '7 0 R'),
      7: `[1 ${SIG}]`,
      8: W('Nothing', '99 0 R'),
      9: '99 0 R',
    });
    expect(r.found).toEqual([{ num: undefined, field: null, inObjectStream: false }]);
    expect(r.missing).toEqual(['Nested', 'Nothing']);
  });
  it('a field object with a direct /V: only that dictionary is its signature', async () => {
    // Another signature dictionary stored in the same field object (under /X, found first) is not
    // the field's value: with /V not a signature the field is missing; with /V one, /V is named.
    const other = await discover({
      1: catalog('5 0 R'),
      2: PAGE(),
      3: PAGES,
      5: `<< /FT /Sig /T (F) /X ${SIG} /V << /A 1 >> >>`,
    });
    expect(other.found).toEqual([{ num: undefined, field: null, inObjectStream: false }]);
    expect(other.missing).toEqual(['F']);
    const both = await discover({
      1: catalog('5 0 R'),
      2: PAGE(),
      3: PAGES,
      5: `<< /FT /Sig /T (F) /X ${SIG.replace('[0 1 2 3]', '[0 1 2 4]')} /V ${SIG} >>`,
    });
    expect(both.found.map((f) => f.field)).toEqual([null, 'F']);
    expect(both.missing).toEqual([]);
  });
  it('a field tree with cycles: each field visited once, under its first name', async () => {
    // Walked again, a field in a cycle would be named anew each time round (Loop.Loop, …) until the
    // depth bound; visited once, it is missing once, under one name.
    const r = await discover({
      1: catalog('5 0 R 5 0 R'),
      2: PAGE('/Annots [5 0 R 8 0 R]'),
      3: PAGES,
      4: '<< /A 1 >>',
      5: '<< /FT /Sig /T (Loop) /V 4 0 R /Kids [5 0 R] >>',
      8: '<< /FT /Sig /T (W) /V 6 0 R /Kids [8 0 R] >>',
      6: SIG,
    });
    expect(r.found).toEqual([{ num: 6, field: 'W', inObjectStream: false }]);
    expect(r.missing).toEqual(['Loop']);
  });
  it('several direct fields are each visited', async () => {
    const r = await discover({
      1: catalog(`${W('One', '6 0 R')} ${W('Two', '7 0 R')}`),
      2: PAGE(),
      3: PAGES,
      6: SIG,
      7: SIG,
    });
    expect(r.found.map((f) => f.field)).toEqual(['One', 'Two']);
  });
  it('a signature in an object stream is never named (its offsets are not the file’s)', async () => {
    const r = await discover(
      { 1: catalog('5 0 R'), 2: PAGE(), 3: PAGES, 5: W('S') },
      { compressed: { 6: SIG } },
    );
    expect(r.found).toEqual([{ num: 6, field: null, inObjectStream: true }]);
    expect(r.missing).toEqual(['S']);
  });
  it('fields at most 32 levels down', async () => {
    const nested = (levels: number) => {
      const o: Objects = { 2: PAGE(), 3: PAGES, 6: SIG };
      for (let i = 0; i < levels; i++)
        o[100 + i] = `<< /FT /Sig ${i === 0 ? '/T (A)' : ''} /Kids [${101 + i} 0 R] >>`;
      o[100 + levels] = '<< /V 6 0 R >>';
      o[1] = catalog('100 0 R');
      return o;
    };
    expect((await discover(nested(32))).found[0]?.field).toBe('A');
    expect((await discover(nested(33))).found[0]?.field).toBeNull();
  });
  it('a signature widget on a page that no form field lists, named from its /T; listed fields once', async () => {
    const r = await discover({
      1: catalog('5 0 R'),
      2: PAGE('/Annots [5 0 R 7 0 R]'),
      3: PAGES,
      5: W('Listed'),
      7: W('Sneaky', '8 0 R'),
      6: SIG,
      8: SIG,
    });
    expect(r.found.map((f) => [f.num, f.field])).toEqual([
      [6, 'Listed'],
      [8, 'Sneaky'],
    ]);
    const noForm = await discover({
      1: '<< /Type /Catalog /Pages 3 0 R >>',
      2: PAGE('/Annots 9 0 R'),
      3: PAGES,
      9: '[7 0 R]',
      7: W('W'),
      6: SIG,
    });
    expect(noForm.found.map((f) => f.field)).toEqual(['W']);
    const badAnnots = await discover({ 1: catalog(''), 2: PAGE('/Annots (x)'), 3: PAGES, 6: SIG });
    expect(badAnnots.found.map((f) => f.field)).toEqual([null]);
  });
});
