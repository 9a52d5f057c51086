// The allowed-update rules one by one (src/pdf/diff), on small object sets written as text: the
// signed revision (`old`), the revision judged (`cur`) and what was written after signing.
import { describe, expect, it } from 'vitest';
import { ascii } from '../../src/pdf/bytes';
import { acroformRule } from '../../src/pdf/diff/acroform';
import { catalogRule } from '../../src/pdf/diff/catalog';
import { type DiffContext, type RuleResult, referredOnlyBy, TRAILER } from '../../src/pdf/diff/context';
import { dssRule } from '../../src/pdf/diff/dss';
import { describeChange, signedReferences } from '../../src/pdf/diff/index';
import { metadataRule } from '../../src/pdf/diff/metadata';
import { pageNumbers, pagesRule } from '../../src/pdf/diff/pages';
import { isInvisible, signatureFieldRule } from '../../src/pdf/diff/signature-field';
import { unchangedRule } from '../../src/pdf/diff/unchanged';
import { unreferencedRule } from '../../src/pdf/diff/unreferenced';
import { xrefRule } from '../../src/pdf/diff/xref';
import { certificationLevel } from '../../src/pdf/docmdp';
import { Lexer, type PdfDict } from '../../src/pdf/objects';
import { deriveVerdict, type SignatureFacets } from '../../src/pdf/verdict';
import { ObjectStore, type XrefEntry, type XrefSection } from '../../src/pdf/xref';

type Objects = Record<number, string>;

/** A store holding exactly these objects (`N 0 obj … endobj` each). */
function store(objects: Objects, trailer = '<< /Root 1 0 R >>'): ObjectStore {
  let text = '';
  const entries = new Map<number, XrefEntry>();
  for (const [n, body] of Object.entries(objects)) {
    entries.set(Number(n), { kind: 'n', offset: text.length, gen: 0 });
    text += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const section: XrefSection = {
    offset: 0,
    kind: 'table',
    entries,
    trailer: new Lexer(ascii(trailer), 0).value() as PdfDict,
    end: text.length,
    eofEnd: text.length,
  };
  return new ObjectStore(ascii(text), [section]);
}

const PAGE = '<< /Type /Page /Parent 3 0 R /Contents 4 0 R /Annots [5 0 R] >>';
const WIDGET =
  '<< /Type /Annot /Subtype /Widget /FT /Sig /T (S1) /V 6 0 R /Rect [0 0 0 0] /F 132 /P 2 0 R >>';
const SIGNED: Objects = {
  1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>',
  2: PAGE,
  3: '<< /Type /Pages /Kids [2 0 R] /Count 1 >>',
  4: '<< /Length 5 >>\nstream\nBT ET\nendstream',
  5: WIDGET,
  6: '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>',
};

async function context(
  changes: Objects,
  o: { trailer?: string; oldTrailer?: string; signatures?: number[]; base?: Objects } = {},
): Promise<DiffContext> {
  const base = o.base ?? SIGNED;
  const old = store(base, o.oldTrailer ?? '<< /Root 1 0 R /ID [<01> <02>] >>');
  const cur = store({ ...base, ...changes }, o.trailer ?? '<< /Root 1 0 R /ID [<01> <03>] >>');
  return {
    old,
    cur,
    oldTrailer: old.sections[0]?.trailer as PdfDict,
    curTrailer: cur.sections[0]?.trailer as PdfDict,
    oldCatalog: await old.dict(old.sections[0]?.trailer.get('Root')),
    curCatalog: await cur.dict(cur.sections[0]?.trailer.get('Root')),
    touched: new Set(Object.keys(changes).map(Number)),
    signatures: new Set(o.signatures ?? []),
    xrefStreams: new Set(),
    newFields: [],
    newWidgets: [],
    oldReferrers: (await signedReferences(old, old.sections)).referrers,
  };
}

const whats = (r: RuleResult) => r.violations.map((v) => v.what);
const explained = (r: RuleResult) => Object.fromEntries(r.explained);

describe('invisible widgets', () => {
  const widget = async (text: string, extra: Objects = {}) => {
    const s = store({ 9: text, ...extra });
    return isInvisible(s, (await s.dict(new Lexer(ascii('9 0 R'), 0).value())) as PdfDict);
  };
  it.each([
    ['<< /Rect [0 0 0 0] >>', true],
    ['<< /Rect [10 10 10 200] >>', true],
    ['<< /Rect [10 10 200 10] >>', true],
    ['<< /Rect [0 0 595 842] /F 2 >>', true],
    ['<< /Rect [0 0 595 842] /F 6 >>', true],
    ['<< /Rect [0 0 595 842] /F 4 >>', false],
    ['<< /Rect [0 0 595 842] /F 32 >>', false],
    ['<< /Rect [0 0 595 842] /F 36 >>', false],
    ['<< /Rect [0 0 595 842] >>', false],
    ['<< /Rect [0 0 595] >>', false],
    ['<< /Rect (x) >>', false],
    ['<< >>', false],
    ['<< /Rect [0 0 595 842] /F 2.5 >>', false],
  ])('%s → invisible %s', async (text, expected) => {
    expect(await widget(text)).toBe(expected);
  });
  it('resolves an indirect /Rect and references inside it', async () => {
    expect(await widget('<< /Rect 10 0 R >>', { 10: '[0 0 595 842]' })).toBe(false);
    expect(await widget('<< /Rect 10 0 R >>', { 10: '[0 0 0 0]' })).toBe(true);
    expect(await widget('<< /Rect [0 0 595 10 0 R] >>', { 10: '842' })).toBe(false);
    expect(await widget('<< /Rect [0 0 595 10 0 R] >>', { 10: '0' })).toBe(true);
    expect(await widget('<< /Rect [0 0 595 842] /F 10 0 R >>', { 10: '2' })).toBe(true);
  });
});

describe('cross-reference data and trailer (xref.ts)', () => {
  it('accepts new object streams and the revision’s own xref stream', async () => {
    const ctx = await context({
      7: '<< /Type /ObjStm /N 0 /First 0 /Length 0 >>\nstream\n\nendstream',
      8: '<< /Type /XRef /Length 0 >>\nstream\n\nendstream',
    });
    ctx.xrefStreams.add(8);
    const r = await xrefRule(ctx);
    expect(explained(r)).toEqual({ 7: 'object-stream', 8: 'xref' });
    expect(r.violations).toEqual([]);
  });
  it('does not accept an xref stream that is not the revision’s own, nor one replacing an object', async () => {
    const ctx = await context({
      8: '<< /Type /XRef /Length 0 >>\nstream\n\nendstream',
      4: '<< /Type /ObjStm /Length 0 >>\nstream\n\nendstream',
    });
    expect(explained(await xrefRule(ctx))).toEqual({});
  });
  it('a switched /Root, a changed /Encrypt or first /ID', async () => {
    expect(
      whats(await xrefRule(await context({}, { trailer: '<< /Root 7 0 R /ID [<01> <03>] >>' }))),
    ).toEqual(['root-switched']);
    expect(
      whats(
        await xrefRule(await context({}, { trailer: '<< /Root 1 0 R /Encrypt 9 0 R /ID [<01> <03>] >>' })),
      ),
    ).toEqual(['structure']);
    expect(
      whats(await xrefRule(await context({}, { trailer: '<< /Root 1 0 R /ID [<09> <03>] >>' }))),
    ).toEqual(['structure']);
    expect(whats(await xrefRule(await context({}, { trailer: '<< /Root 1 0 R >>' })))).toEqual(['structure']);
    expect(whats(await xrefRule(await context({}, { oldTrailer: '<< /Root 1 0 R >>' })))).toEqual([]);
  });
});

describe('the catalog (catalog.ts)', () => {
  const catalog = (extra: string) =>
    `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> ${extra} >>`;
  it.each([
    ['/DSS 9 0 R', true],
    ['/Metadata 9 0 R', true],
    ['/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >>', true],
    ['/Extensions << /ADBE 9 0 R >>', false],
    ['/OpenAction 9 0 R', false],
    ['/Names 9 0 R', false],
    ['/Version /2.0', false],
  ])('gains %s → allowed %s', async (extra, ok) => {
    const r = await catalogRule(await context({ 1: catalog(extra) }));
    expect(r.violations.length === 0).toBe(ok);
    expect(r.explained.has(1)).toBe(ok);
  });
  it('an untouched catalog is not its business', async () => {
    expect(explained(await catalogRule(await context({})))).toEqual({});
  });
  it('the form may be gained, not swapped for another object', async () => {
    const base = { ...SIGNED, 1: '<< /Type /Catalog /Pages 3 0 R >>' };
    const gained = await catalogRule(
      await context({ 1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 9 0 R >>' }, { base }),
    );
    expect(gained.violations).toEqual([]);
    const base2 = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>',
      8: '<< /Fields [] >>',
    };
    const swapped = await catalogRule(
      await context({ 1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 9 0 R >>' }, { base: base2 }),
    );
    expect(whats(swapped)).toEqual(['catalog']);
  });
});

describe('the catalog (catalog.ts) and trailer (xref.ts): which check fired', () => {
  const catalog = (extra: string) =>
    `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> ${extra} >>`;
  const c = (key: string) => [{ num: 1, what: 'catalog', reason: `the document catalog changed (${key})` }];
  it.each([
    ['/OpenAction 9 0 R', c('OpenAction')],
    ['/OpenAction 9 0 R /Names 9 0 R', c('OpenAction')],
    ['/Extensions << /ADBE 9 0 R >>', c('Extensions')],
    ['/Extensions 9 0 R', c('Extensions')],
    ['/DSS 9 0 R /Metadata (x)', []],
  ])('gains %s', async (extra, expected) => {
    const r = await catalogRule(await context({ 1: catalog(extra) }));
    expect(r.violations).toEqual(expected);
    expect(explained(r)).toEqual(expected.length === 0 ? { 1: 'catalog' } : {});
  });
  it.each([
    [
      '<< /Type /Catalog /Pages 3 0 R >>',
      '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [] >> >>',
      true,
    ],
    ['<< /Type /Catalog /Pages 3 0 R >>', '<< /Type /Catalog /Pages 3 0 R /AcroForm (x) >>', false],
    [
      '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [] >> >>',
      '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] >> >>',
      true,
    ],
    [
      '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [] >> >>',
      '<< /Type /Catalog /Pages 3 0 R /AcroForm 9 0 R >>',
      false,
    ],
    [
      '<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>',
      '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [] >> >>',
      false,
    ],
    ['<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>', '<< /Type /Catalog /Pages 3 0 R >>', false],
  ])('the form entry %s → %s: allowed %s', async (before, after, ok) => {
    const r = await catalogRule(
      await context({ 1: after }, { base: { ...SIGNED, 1: before, 8: '<< /Fields [] >>' } }),
    );
    expect(r.violations).toEqual(ok ? [] : c('AcroForm'));
  });
  it('a catalog that cannot be read', async () => {
    expect((await catalogRule(await context({ 1: '[1 2 3]' }))).violations).toEqual([
      { num: 1, what: 'catalog', reason: 'the document catalog cannot be read' },
    ]);
    const r = await catalogRule(await context({ 1: catalog('') }, { base: { ...SIGNED, 1: '(x)' } }));
    expect(r.violations).toEqual([
      { num: 1, what: 'catalog', reason: 'the document catalog cannot be read' },
    ]);
  });
  it('the trailer: each change with its reason', async () => {
    const t = (trailer: string, oldTrailer?: string) => context({}, { trailer, oldTrailer });
    expect((await xrefRule(await t('<< /Root 7 0 R /ID [<01> <03>] >>'))).violations).toEqual([
      { what: 'root-switched', reason: 'the trailer names another document catalog' },
    ]);
    expect((await xrefRule(await t('<< /Root (x) /ID [<01> <03>] >>'))).violations).toEqual([
      { what: 'root-switched', reason: 'the trailer names another document catalog' },
    ]);
    expect(
      (await xrefRule(await t('<< /Root 1 0 R /ID [<01> <03>] >>', '<< /ID [<01> <02>] >>'))).violations,
    ).toEqual([{ what: 'root-switched', reason: 'the trailer names another document catalog' }]);
    expect((await xrefRule(await t('<< /Root 1 0 R /Encrypt 9 0 R /ID [<01> <03>] >>'))).violations).toEqual([
      { what: 'structure', reason: 'the trailer /Encrypt changed' },
    ]);
    expect((await xrefRule(await t('<< /Root 1 0 R /ID [<09> <03>] >>'))).violations).toEqual([
      { what: 'structure', reason: 'the first file identifier changed' },
    ]);
    expect((await xrefRule(await t('<< /Root 1 0 R /ID (x) >>'))).violations).toEqual([
      { what: 'structure', reason: 'the first file identifier changed' },
    ]);
  });
  it('only new streams are cross-reference data', async () => {
    const ctx = await context({
      7: '<< /Type /ObjStm /N 0 /First 0 >>',
      8: '<< /Type /XRef /Length 0 >>\nstream\n\nendstream',
      9: '<< /Type /ObjStm /Length 0 >>',
      10: '<< /Type /XRef /Length 0 >>\nstream\n\nendstream',
      11: '[<< /Type /ObjStm >>]',
    });
    ctx.xrefStreams.add(10);
    ctx.xrefStreams.add(7);
    expect(explained(await xrefRule(ctx))).toEqual({ 10: 'xref' });
  });
});

describe('cross-reference data and unused objects: unreadable objects, trailers without a catalog', () => {
  it('a new object that cannot be read is neither cross-reference data nor unused-checked by its references', async () => {
    const ctx = await context({
      9: '<< /Type /XRef',
      10: '<< /Type /ObjStm /Length 0 >>\nstream\n\nendstream',
    });
    ctx.xrefStreams.add(10);
    expect(explained(await xrefRule(ctx))).toEqual({ 10: 'object-stream' });
    expect(explained(await unreferencedRule(ctx, new Set()))).toEqual({ 9: 'unused', 10: 'unused' });
  });
  it('no catalog in either trailer is a switched catalog; the same /Encrypt is no change', async () => {
    const none = await xrefRule(
      await context({}, { trailer: '<< /ID [<01> <03>] >>', oldTrailer: '<< /ID [<01> <02>] >>' }),
    );
    expect(none.violations).toEqual([
      { what: 'root-switched', reason: 'the trailer names another document catalog' },
    ]);
    const enc = await xrefRule(
      await context(
        {},
        { trailer: '<< /Root 1 0 R /Encrypt 9 0 R >>', oldTrailer: '<< /Root 1 0 R /Encrypt 9 0 R >>' },
      ),
    );
    expect(enc.violations).toEqual([]);
  });
});

describe('identical rewrites and unused objects: edge cases', () => {
  it('a dictionary rewritten as a stream with the same dictionary, or unreadable, is not unchanged', async () => {
    const base = { ...SIGNED, 9: '<< /Length 0 >>' };
    const r = await unchangedRule(
      await context({ 9: '<< /Length 0 >>\nstream\n\nendstream', 3: '<< /Type /Pages' }, { base }),
    );
    expect(explained(r)).toEqual({});
    const back = await unchangedRule(await context({ 4: '<< /Length 5 >>' }));
    expect(explained(back)).toEqual({});
  });
  it('new objects reached from a used new object are used', async () => {
    const ctx = await context({
      2: PAGE.replace('/Parent', '/X 14 0 R /Parent'),
      14: '<< /A 15 0 R >>',
      15: '<< /B 16 0 R >>',
      16: '<< >>',
      17: '<< >>',
    });
    expect(explained(await unreferencedRule(ctx, new Set()))).toEqual({ 17: 'unused' });
  });
});

describe('the form (acroform.ts)', () => {
  const form = (inner: string) => ({ 1: `<< /Type /Catalog /Pages 3 0 R /AcroForm << ${inner} >> >>` });
  it('appended fields are handed to the signature-field rule', async () => {
    const ctx = await context(form('/Fields [5 0 R 9 0 R] /SigFlags 3'));
    const r = await acroformRule(ctx);
    expect(r.violations).toEqual([]);
    expect(ctx.newFields.map((f) => (f as { num: number }).num)).toEqual([9]);
  });
  it.each([
    ['/Fields [9 0 R 5 0 R] /SigFlags 3', 'fields reordered'],
    ['/Fields [] /SigFlags 3', 'fields removed'],
    ['/Fields [5 0 R] /SigFlags 3 /DA (/Helv 40 Tf)', '/DA changed'],
    ['/Fields [5 0 R] /SigFlags 3 /NeedAppearances true', '/NeedAppearances set'],
    ['/Fields [5 0 R] /SigFlags 3 /DR << /Font << /Helv 4 0 R >> >>', '/DR gains an existing object'],
    ['/Fields [5 0 R] /SigFlags 3 /DR << /Font << /Helv 9 >> >>', '/DR gains a direct value'],
    ['/Fields [5 0 R] /SigFlags 3 /DR 4 0 R', '/DR is an existing object'],
    ['/Fields [5 0 R] /SigFlags (x)', '/SigFlags not a number'],
    ['/Fields 9 0 R /SigFlags 3', 'fields not a list'],
  ])('%s: %s', async (inner) => {
    expect(whats(await acroformRule(await context(form(inner))))).toEqual(['form']);
  });
  describe('/DR (default resources): may only gain new objects (Adobe Reader adds its font)', () => {
    const drBase = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /DR << /Font << /Helv 7 0 R >> >> >> >>',
      7: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    };
    const dr = (inner: string) => ({
      1: `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /DR ${inner} >> >>`,
    });
    const MYRIAD = '<< /Type /Font /Subtype /Type1 /BaseFont /MyriadPro-Regular /FontDescriptor 10 0 R >>';
    it('a new font entry with new objects: explained as the form’s resources', async () => {
      const r = await acroformRule(
        await context(
          {
            ...dr('<< /Font << /Helv 7 0 R /MyriadPro-Regular 9 0 R >> >>'),
            9: MYRIAD,
            10: '<< /Type /FontDescriptor >>',
          },
          { base: drBase },
        ),
      );
      expect(r.violations).toEqual([]);
      expect(explained(r)).toEqual({ 9: 'form-resources', 10: 'form-resources' });
    });
    it.each([
      ['<< /Font << /Helv 9 0 R >> >>', 'an entry redefined'],
      ['<< /Font << >> >>', 'an entry removed'],
      ['<< /Font << /Helv 7 0 R /F2 4 0 R >> >>', 'an entry naming an existing object'],
      ['<< /Font 9 0 R >>', 'the font dictionary replaced by another holding the same entries and more'],
    ])('%s: %s', async (inner) => {
      const ctx = await context({ ...dr(inner), 9: '<< /Helv 4 0 R /X 4 0 R >>' }, { base: drBase });
      expect(whats(await acroformRule(ctx))).toEqual(['form']);
    });
    // Indirect /DR and sub-dictionaries: the same object rewritten, or a new one, is judged by its
    // content; another existing object in its place is refused.
    const indirect = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /DR 11 0 R >> >>',
      11: '<< /Font 12 0 R >>',
      12: '<< /Helv 7 0 R >>',
      7: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    };
    const formWith = (drv: string) => ({
      1: `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /DR ${drv} >> >>`,
    });
    it.each([
      [
        'the font dictionary rewritten in place, a font added',
        { 12: '<< /Helv 7 0 R /My 9 0 R >>', 9: MYRIAD },
        { 12: 'form-resources', 9: 'form-resources' },
      ],
      [
        'the /DR dictionary rewritten in place with a new /XObject entry',
        { 11: '<< /Font 12 0 R /XObject << /X1 9 0 R >> >>', 9: MYRIAD },
        { 11: 'form-resources', 9: 'form-resources' },
      ],
      [
        'a new /DR object holding the old entries and a new font',
        { ...formWith('13 0 R'), 13: '<< /Font << /Helv 7 0 R /My 9 0 R >> >>', 9: MYRIAD },
        { 13: 'form-resources', 9: 'form-resources' },
      ],
    ] as [string, Objects, Record<number, string>][])('allowed: %s', async (_why, changes, expected) => {
      const r = await acroformRule(await context(changes, { base: indirect }));
      expect(r.violations).toEqual([]);
      expect(explained(r)).toEqual(expected);
    });
    it.each([
      ['/DR switched to another existing object', formWith('12 0 R')],
      ['/DR removed', { 1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] >> >>' }],
      [
        'a new /XObject entry naming an existing object',
        { 11: '<< /Font 12 0 R /XObject << /X1 4 0 R >> >>' },
      ],
      ['a new /XObject entry with a direct value', { 11: '<< /Font 12 0 R /XObject << /X1 5 >> >>' }],
      ['a new /XObject entry that is not a dictionary', { 11: '<< /Font 12 0 R /XObject 4 >> ' }],
      ['a new /XObject dictionary that is an existing object', { 11: '<< /Font 12 0 R /XObject 7 0 R >>' }],
      ['the font dictionary replaced by an existing object', { 11: '<< /Font 7 0 R >>' }],
      ['the font dictionary made a number', { 11: '<< /Font 3 >>' }],
    ] as [string, Objects][])('refused: %s', async (_why, changes) => {
      expect(whats(await acroformRule(await context(changes, { base: indirect })))).toEqual(['form']);
    });
    it('a form without /DR may gain one of new objects only', async () => {
      const base = {
        ...SIGNED,
        1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] >> >>',
        7: '<< /Type /Font >>',
      };
      const ok = await acroformRule(
        await context({ ...formWith('<< /Font << /My 9 0 R >> >>'), 9: MYRIAD }, { base }),
      );
      expect(ok.violations).toEqual([]);
      expect(explained(ok)).toEqual({ 9: 'form-resources' });
      const bad = await acroformRule(await context(formWith('<< /Font << /My 7 0 R >> >>'), { base }));
      expect(whats(bad)).toEqual(['form']);
    });
  });
  it('SigFlags may change; a removed form is a change', async () => {
    expect((await acroformRule(await context(form('/Fields [5 0 R] /SigFlags 1')))).violations).toEqual([]);
    expect(whats(await acroformRule(await context({ 1: '<< /Type /Catalog /Pages 3 0 R >>' })))).toEqual([
      'form',
    ]);
  });
  it('an indirect form rewritten in place or new, and its indirect field list, are explained', async () => {
    const base = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>',
      8: '<< /Fields 7 0 R >>',
      7: '[5 0 R]',
    };
    const ctx = await context({ 8: '<< /Fields 7 0 R /SigFlags 3 >>', 7: '[5 0 R 9 0 R]' }, { base });
    const r = await acroformRule(ctx);
    expect(explained(r)).toEqual({ 8: 'acroform', 7: 'field-list' });
    const ctx2 = await context({ 8: '<< /Fields 11 0 R >>', 11: '[5 0 R]' }, { base });
    expect(explained(await acroformRule(ctx2))).toEqual({ 8: 'acroform', 11: 'field-list' });
    const ctx3 = await context({ 8: '<< /Fields 4 0 R >>', 4: '[5 0 R]' }, { base });
    expect(explained(await acroformRule(ctx3))).toEqual({ 8: 'acroform' });
  });
});

describe('the form (acroform.ts): which check fired', () => {
  const form = (inner: string) => ({ 1: `<< /Type /Catalog /Pages 3 0 R /AcroForm << ${inner} >> >>` });
  const f = (reason: string, num?: number) => [{ num, what: 'form', reason }];
  it.each([
    ['/Fields [9 0 R 5 0 R] /SigFlags 3', f('form fields were removed or reordered')],
    ['/Fields [] /SigFlags 3', f('form fields were removed or reordered')],
    ['/Fields [5 0 R] /SigFlags 3 /DA (/Helv 40 Tf)', f('the form changed (DA)')],
    ['/Fields [5 0 R] /SigFlags (x)', f('the form changed (SigFlags)')],
    ['/Fields 9 0 R /SigFlags 3', f('the list of form fields cannot be read')],
    ['/Fields [5 0 R 9 0 R] /SigFlags 3', []],
  ])('%s', async (inner, expected) => {
    const r = await acroformRule(await context(form(inner)));
    expect(r.violations).toEqual(expected);
    // A direct form and direct field list are the catalog's: nothing to explain here.
    expect(explained(r)).toEqual({});
  });
  it('a removed form, an unreadable catalog now', async () => {
    expect(
      (await acroformRule(await context({ 1: '<< /Type /Catalog /Pages 3 0 R >>' }))).violations,
    ).toEqual(f('the form was removed'));
    expect((await acroformRule(await context({ 1: '(x)' }))).violations).toEqual(f('the form was removed'));
  });
  it('a form where the signed document had none (or no readable catalog)', async () => {
    for (const before of ['<< /Type /Catalog /Pages 3 0 R >>', '(x)']) {
      const base = { ...SIGNED, 1: before };
      const ctx = await context(
        {
          1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 10 0 R >>',
          10: '<< /Fields 11 0 R /SigFlags 3 >>',
          11: '[9 0 R]',
        },
        { base },
      );
      const r = await acroformRule(ctx);
      expect(r.violations).toEqual([]);
      expect(explained(r)).toEqual({ 10: 'acroform', 11: 'field-list' });
      expect(ctx.newFields.map((x) => (x as { num: number }).num)).toEqual([9]);
    }
  });
  it('an indirect form: explained only when touched, and only the signed one or a new one', async () => {
    const base = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>',
      8: '<< /Fields 7 0 R >>',
      7: '[5 0 R]',
    };
    expect(explained(await acroformRule(await context({}, { base })))).toEqual({});
    const fieldsUntouched = await acroformRule(
      await context({ 8: '<< /Fields 7 0 R /SigFlags 3 >>' }, { base }),
    );
    expect(explained(fieldsUntouched)).toEqual({ 8: 'acroform' });
    const swapped = await acroformRule(
      await context(
        { 1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 4 0 R >>', 4: '<< /Fields 7 0 R >>' },
        { base },
      ),
    );
    expect(explained(swapped)).toEqual({});
  });
});

describe('page annotations (pages.ts)', () => {
  it('widgets appended at the end are handed on; the page is explained', async () => {
    const ctx = await context({ 2: PAGE.replace('[5 0 R]', '[5 0 R 9 0 R]') });
    const r = await pagesRule(ctx);
    expect(explained(r)).toEqual({ 2: 'page-annotations' });
    expect(ctx.newWidgets.map((w) => (w as { num: number }).num)).toEqual([9]);
  });
  it('a page gaining its first annotation', async () => {
    const base = { ...SIGNED, 2: '<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>' };
    const ctx = await context({ 2: PAGE.replace('[5 0 R]', '[9 0 R]') }, { base });
    expect((await pagesRule(ctx)).violations).toEqual([]);
  });
  it.each([
    ['/Annots [9 0 R 5 0 R]', 'annotation-order'],
    ['/Annots []', 'annotation'],
    ['/Annots [5 0 R] /Rotate 90', 'page'],
  ])('%s → %s', async (annots, what) => {
    const r = await pagesRule(await context({ 2: PAGE.replace('/Annots [5 0 R]', annots) }));
    expect(whats(r)).toEqual([what]);
    expect(r.explained.size).toBe(0);
  });
  it('a swapped order is named as such', async () => {
    const base = { ...SIGNED, 2: PAGE.replace('[5 0 R]', '[5 0 R 7 0 R]'), 7: WIDGET };
    const r = await pagesRule(await context({ 2: PAGE.replace('[5 0 R]', '[7 0 R 5 0 R]') }, { base }));
    expect(whats(r)).toEqual(['annotation-order']);
  });
  it('an indirect /Annots rewritten in place', async () => {
    const base = { ...SIGNED, 2: PAGE.replace('[5 0 R]', '8 0 R'), 8: '[5 0 R]' };
    const ctx = await context({ 8: '[5 0 R 9 0 R]' }, { base });
    expect(explained(await pagesRule(ctx))).toEqual({ 8: 'annotation-list' });
    const ctx2 = await context({ 2: PAGE.replace('[5 0 R]', '4 0 R'), 4: '[5 0 R]' }, { base });
    expect(explained(await pagesRule(ctx2))).toEqual({ 2: 'page-annotations' });
  });
});

describe('page annotations (pages.ts): which check fired', () => {
  const catalogOf = async (objects: Objects) => {
    const st = store({ ...SIGNED, ...objects });
    return { st, catalog: await st.dict(new Lexer(ascii('1 0 R'), 0).value()) };
  };
  it('the page tree: each page once, kids that are no list, no catalog', async () => {
    const twice = await catalogOf({
      3: '<< /Type /Pages /Kids [2 0 R 2 0 R 7 0 R] >>',
      7: '<< /Type /Pages /Kids 5 >>',
    });
    expect(await pageNumbers(twice.st, twice.catalog)).toEqual([2]);
    expect(await pageNumbers(twice.st, undefined)).toEqual([]);
  });
  it('the page tree: pages at most 64 levels down', async () => {
    const nested = (levels: number) => {
      const o: Objects = {};
      for (let i = 0; i < levels; i++)
        o[100 + i] = `<< /Type /Pages /Kids [${i + 1 < levels ? 101 + i : 2} 0 R] >>`;
      return { ...o, 1: '<< /Type /Catalog /Pages 100 0 R >>' };
    };
    const deep = await catalogOf(nested(64));
    expect(await pageNumbers(deep.st, deep.catalog)).toEqual([2]);
    const deeper = await catalogOf(nested(65));
    expect(await pageNumbers(deeper.st, deeper.catalog)).toEqual([]);
  });
  const v = (what: string, reason: string) => ({ num: 2, what, reason });
  it.each([
    ['/Annots [5 0 R] /Rotate 90', [v('page', 'a page was changed (Rotate)')]],
    ['/Annots []', [v('annotation', 'annotations were removed')]],
    ['/Annots [9 0 R 7 0 R]', [v('annotation', 'annotations were removed')]],
    ['/Annots [7 0 R 5 0 R]', [v('annotation-order', 'the order of the annotations changed')]],
    ['/Annots (x)', [v('annotation', 'the annotations of a page cannot be read')]],
  ])('%s', async (annots, expected) => {
    const r = await pagesRule(await context({ 2: PAGE.replace('/Annots [5 0 R]', annots) }));
    expect(r.violations).toEqual(expected);
    expect(r.explained.size).toBe(0);
  });
  it.each([
    ['[5 0 R 5 0 R]', '[5 0 R]', v('annotation', 'annotations were removed')],
    ['[5 0 R 7 0 R]', '[7 0 R 9 0 R]', v('annotation', 'annotations were removed')],
    ['(x)', '[5 0 R]', v('annotation', 'the annotations of a page cannot be read')],
  ])('signed %s, now %s', async (before, after, expected) => {
    const base = { ...SIGNED, 2: PAGE.replace('[5 0 R]', before), 7: WIDGET };
    const r = await pagesRule(await context({ 2: PAGE.replace('[5 0 R]', after) }, { base }));
    expect(r.violations).toEqual([expected]);
  });
  it('an untouched page with an untouched indirect /Annots: nothing to explain', async () => {
    const base = { ...SIGNED, 2: PAGE.replace('[5 0 R]', '8 0 R'), 8: '[5 0 R]' };
    const r = await pagesRule(await context({}, { base }));
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({});
    const touched = await pagesRule(await context({ 2: PAGE.replace('[5 0 R]', '8 0 R') }, { base }));
    expect(explained(touched)).toEqual({ 2: 'page-annotations' });
  });
  it('an object that becomes a page is no page of the signed document', async () => {
    const base = { ...SIGNED, 9: '<< /A 1 >>' };
    const r = await pagesRule(
      await context(
        { 3: '<< /Type /Pages /Kids [2 0 R 9 0 R] >>', 9: '<< /Type /Page /Parent 3 0 R >>' },
        { base },
      ),
    );
    expect(r.violations).toEqual([]);
    expect(r.explained.size).toBe(0);
  });
});

describe('further signatures (signature-field.ts)', () => {
  const field = (extra: string) => `<< /Type /Annot /Subtype /Widget /FT /Sig /T (S2) /P 2 0 R ${extra} >>`;
  const run = async (changes: Objects, fields: number[], widgets: number[], signatures: number[] = []) => {
    const ctx = await context(changes, { signatures });
    ctx.newFields.push(...fields.map((n) => new Lexer(ascii(`${n} 0 R`), 0).value()));
    ctx.newWidgets.push(...widgets.map((n) => new Lexer(ascii(`${n} 0 R`), 0).value()));
    return signatureFieldRule(ctx);
  };
  it('a new field whose /V is a new verified signature, with its appearance', async () => {
    const r = await run(
      {
        9: field('/V 10 0 R /Rect [0 0 100 50] /F 4 /AP << /N 11 0 R >>'),
        10: '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>',
        11: '<< /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F 12 0 R >> >> /Length 0 >>\nstream\n\nendstream',
        12: '<< /Type /Font >>',
      },
      [9],
      [9],
      [10],
    );
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({
      9: 'signature-field',
      10: 'signature',
      11: 'appearance',
      12: 'appearance',
    });
  });
  it('an appearance that reaches into an existing object does not explain it', async () => {
    const r = await run(
      { 9: field('/V 10 0 R /Rect [0 0 0 0] /AP << /N 4 0 R >>'), 10: '<< >>', 4: '<< >>' },
      [9],
      [9],
      [10],
    );
    expect(r.explained.has(4)).toBe(false);
  });
  it.each([
    ['/V 6 0 R /Rect [0 0 0 0]', [6], 'the existing signature'],
    ['/V 10 0 R /Rect [0 0 0 0]', [], 'a signature that did not verify'],
    ['/Rect [0 0 595 842] /F 4', [], 'unsigned and visible'],
    ['/Rect [0 0 595 842] /F 36', [], 'unsigned, NoView + Print'],
  ])('%s: %s', async (extra, sigs) => {
    const r = await run({ 9: field(extra), 10: '<< /Type /Sig >>' }, [9], [9], sigs as number[]);
    expect(new Set(whats(r))).toEqual(new Set(['signature-field']));
    expect(r.explained.has(9)).toBe(false);
  });
  it('an unsigned invisible field is allowed', async () => {
    expect((await run({ 9: field('/Rect [0 0 0 0]') }, [9], [9])).violations).toEqual([]);
    expect((await run({ 9: field('/Rect [0 0 595 842] /F 2') }, [9], [9])).violations).toEqual([]);
  });
  it('a field with kids: every widget new', async () => {
    const ok = await run(
      {
        9: '<< /FT /Sig /T (S2) /Kids [11 0 R] >>',
        11: '<< /Subtype /Widget /Parent 9 0 R /Rect [0 0 0 0] >>',
      },
      [9],
      [11],
    );
    expect(ok.violations).toEqual([]);
    expect(explained(ok)).toEqual({ 9: 'signature-field', 11: 'signature-field' });
    const bad = await run({ 9: '<< /FT /Sig /T (S2) /Kids [5 0 R] >>' }, [9], []);
    expect(whats(bad)).toEqual(['signature-field']);
  });
  it('fields that are not new signature fields', async () => {
    expect(whats(await run({ 9: '<< /FT /Tx /T (x) >>' }, [9], []))).toEqual(['form']);
    expect(whats(await run({}, [5], []))).toEqual(['form']);
    expect(whats(await run({}, [99], []))).toEqual(['form']);
  });
  it('one signature for one field only', async () => {
    const r = await run(
      { 9: field('/V 10 0 R /Rect [0 0 0 0]'), 8: field('/V 10 0 R /Rect [0 0 0 0]'), 10: '<< >>' },
      [9, 8],
      [],
      [10],
    );
    expect(whats(r)).toEqual(['signature-field']);
  });
  it('a widget on a page that no new field owns', async () => {
    const r = await run({ 9: field('/V 6 0 R /Rect [0 0 595 842]') }, [], [9], [6]);
    expect(whats(r)).toEqual(['signature-field']);
    const a = await run({ 9: '<< /Type /Annot /Subtype /FreeText /Rect [0 0 1 1] >>' }, [], [9]);
    expect(whats(a)).toEqual(['annotation']);
  });
});

describe('further signatures (signature-field.ts): which check fired', () => {
  const field = (extra: string) => `<< /Type /Annot /Subtype /Widget /FT /Sig /T (S2) /P 2 0 R ${extra} >>`;
  const run = async (changes: Objects, fields: string[], widgets: string[], signatures: number[] = []) => {
    const ctx = await context(changes, { signatures });
    ctx.newFields.push(...fields.map((n) => new Lexer(ascii(n), 0).value()));
    ctx.newWidgets.push(...widgets.map((n) => new Lexer(ascii(n), 0).value()));
    return signatureFieldRule(ctx);
  };
  const v = (num: number | undefined, what: string, reason: string) => ({ num, what, reason });
  it.each([
    [
      'an existing field',
      {},
      ['5 0 R'],
      [],
      [v(5, 'form', 'a form field that is not new was added to the form')],
    ],
    [
      'a direct field',
      {},
      ['<< /FT /Sig >>'],
      [],
      [v(undefined, 'form', 'a form field that is not new was added to the form')],
    ],
    [
      'a new text field',
      { 9: '<< /FT /Tx >>' },
      ['9 0 R'],
      [],
      [v(9, 'form', 'a new form field that is not a signature field')],
    ],
    [
      'a new field that cannot be read',
      { 9: '<< /FT' },
      ['9 0 R'],
      [],
      [v(9, 'form', 'a new form field that is not a signature field')],
    ],
    [
      'a kid that cannot be read',
      { 9: '<< /FT /Sig /Kids [11 0 R] >>', 11: '<< /Rect' },
      ['9 0 R'],
      [],
      [v(9, 'signature-field', 'a new signature field uses a widget that is not new')],
    ],
    [
      'a direct kid',
      { 9: '<< /FT /Sig /Kids [<< /Rect [0 0 0 0] >>] >>' },
      ['9 0 R'],
      [],
      [v(9, 'signature-field', 'a new signature field uses a widget that is not new')],
    ],
    [
      'a visible unsigned field',
      { 9: field('/Rect [0 0 9 9]') },
      ['9 0 R'],
      [],
      [v(9, 'signature-field', 'a visible signature field without a signature')],
    ],
    [
      'a value that is not a verified signature',
      { 9: field('/V 10 0 R /Rect [0 0 0 0]'), 10: '<< >>' },
      ['9 0 R'],
      [],
      [v(9, 'signature-field', 'a new signature field whose value is not a new, verified signature')],
    ],
    [
      'a signature widget no new field owns',
      { 9: field('/Rect [0 0 0 0]') },
      [],
      ['9 0 R'],
      [v(9, 'signature-field', 'a signature widget on a page that is not a new field of the form')],
    ],
    [
      'a new annotation',
      { 9: '<< /Subtype /Text >>' },
      [],
      ['9 0 R'],
      [v(9, 'annotation', 'a new annotation on a page')],
    ],
    [
      'an annotation that cannot be read',
      {},
      [],
      ['99 0 R'],
      [v(99, 'annotation', 'a new annotation on a page')],
    ],
    [
      'a direct annotation',
      {},
      [],
      ['<< /FT /Sig >>'],
      [v(undefined, 'signature-field', 'a signature widget on a page that is not a new field of the form')],
    ],
  ] as const)('%s', async (_, changes, fields, widgets, expected) => {
    const r = await run(changes as Objects, [...fields], [...widgets]);
    expect(r.violations).toEqual(expected);
    expect(r.explained.size).toBe(0);
  });
  it('an unsigned field with /V null is unsigned (allowed when invisible)', async () => {
    const r = await run({ 9: field('/V null /Rect [0 0 0 0]') }, ['9 0 R'], ['9 0 R']);
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'signature-field' });
  });
  it("the signature's /Reference and the widget's /MK icons are explained with it", async () => {
    const r = await run(
      {
        9: field('/V 10 0 R /Rect [0 0 0 0] /MK << /I 12 0 R >> /AP << /N 14 0 R >>'),
        10: '<< /Type /Sig /Reference [13 0 R] >>',
        12: '<< /Length 0 >>\nstream\n\nendstream',
        13: '<< /Type /SigRef >>',
        14: '<< /Unreadable',
      },
      ['9 0 R'],
      ['9 0 R'],
      [10],
    );
    expect(r.violations).toEqual([]);
    // A new object that cannot be read is explained and ends that branch of the walk.
    expect(explained(r)).toEqual({
      9: 'signature-field',
      10: 'signature',
      12: 'appearance',
      13: 'signature',
      14: 'appearance',
    });
  });
  it.each([
    ['<< /Rect [0 0 0 0 1] >>', false],
    ['<< /Rect [null 0 null 5] >>', false],
    [`<< /Rect [${'9'.repeat(400)} 0 ${'9'.repeat(400)} 5] >>`, false],
  ])('widget %s → invisible %s', async (text, expected) => {
    const st = (await context({ 9: text })).cur;
    expect(await isInvisible(st, (await st.dict(new Lexer(ascii('9 0 R'), 0).value())) as PdfDict)).toBe(
      expected,
    );
  });
});

describe('validation data (dss.ts)', () => {
  const withDss = (dss: string) => ({ 1: SIGNED[1]?.replace('/Pages', `/DSS ${dss} /Pages`) as string });
  const cert = '<< /Length 1 >>\nstream\nx\nendstream';
  it('a new DSS with new streams', async () => {
    const r = await dssRule(
      await context({
        ...withDss('9 0 R'),
        9: '<< /Type /DSS /Certs [10 0 R] /OCSPs 11 0 R >>',
        10: cert,
        11: '[12 0 R]',
        12: cert,
      }),
    );
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'dss', 10: 'dss', 11: 'dss', 12: 'dss' });
  });
  it('the /Type /VRI that Adobe Acrobat writes into the VRI map itself (EU DSS adbe_crl_signed.pdf)', async () => {
    const vri = (type: string) =>
      context({
        ...withDss('9 0 R'),
        9: `<< /Type /DSS /Certs [10 0 R] /VRI 11 0 R >>`,
        10: cert,
        11: `<< ${type} /ABCD << /Cert [10 0 R] >> >>`,
      }).then(dssRule);
    const ok = await vri('/Type /VRI');
    expect(ok.violations).toEqual([]);
    expect(explained(ok)).toEqual({ 9: 'dss', 10: 'dss', 11: 'dss' });
    // Any other /Type, or /Type as a string, is an entry that is no VRI dictionary.
    expect(whats(await vri('/Type /Page'))).toEqual(['dss']);
    expect(whats(await vri('/Type (VRI)'))).toEqual(['dss']);
    expect(whats(await vri('/Other /VRI'))).toEqual(['dss']);
  });
  it('VRI entries with their own lists and timestamp', async () => {
    const r = await dssRule(
      await context({
        ...withDss('9 0 R'),
        9: '<< /Certs [10 0 R] /VRI << /ABCD << /Cert [10 0 R] /TS 11 0 R /TU (D:2026) >> >> >>',
        10: cert,
        11: cert,
      }),
    );
    expect(r.violations).toEqual([]);
  });
  const NAMES = 'the validation data names an object of the signed document';
  const MALFORMED = 'malformed validation data';
  const NOT_STREAM = 'validation data that is not a stream';
  it.each([
    ['<< /Type /DSS /Certs [4 0 R] >>', 'a content stream of the signed document', [[4, NAMES]]],
    ['<< /Type /DSS /Certs [2 0 R] >>', 'a page (not a stream)', [[2, NOT_STREAM]]],
    [
      '<< /Type /DSS /Certs 2 0 R >>',
      'a signed array',
      [
        [2, NAMES],
        [2, MALFORMED],
      ],
    ],
    ['<< /Type /DSS /Certs [10 0 R] /Font 4 0 R >>', 'another key', [[9, 'the validation data holds Font']]],
    ['<< /Type /Page /Certs [10 0 R] >>', 'another type', [[9, 'the validation data has another /Type']]],
    ['<< /VRI << /A << /Cert [4 0 R] >> >> >>', 'VRI naming a signed stream', [[4, NAMES]]],
    [
      '<< /VRI << /A << /Font [10 0 R] >> >> >>',
      'VRI with another key',
      [[undefined, 'the validation data holds Font']],
    ],
    [
      '<< /VRI << /A 4 0 R >> >>',
      'VRI entry that is a signed object',
      [
        [4, NAMES],
        [4, MALFORMED],
      ],
    ],
    ['<< /VRI << /A << /TU 10 0 R >> >> >>', 'VRI date that is an object', [[undefined, MALFORMED]]],
    ['<< /VRI << /A << /TU [(x)] >> >> >>', 'VRI date that is an array', [[undefined, MALFORMED]]],
    ['<< /VRI << /A << /TU << >> >> >> >>', 'VRI date that is a dictionary', [[undefined, MALFORMED]]],
    ['<< /VRI << /A << /TS 4 0 R >> >> >>', 'VRI timestamp naming a signed stream', [[4, NAMES]]],
    ['<< /VRI << /A << /TS (x) >> >> >>', 'VRI timestamp that is not a stream', [[undefined, NOT_STREAM]]],
    ['<< /VRI << /A (x) >> >>', 'VRI entry that is not a dictionary', [[undefined, MALFORMED]]],
    [
      '<< /VRI 3 0 R >>',
      'VRI a signed object',
      [
        [3, NAMES],
        [3, MALFORMED],
      ],
    ],
    ['<< /VRI [] >>', 'VRI not a dictionary', [[undefined, MALFORMED]]],
    ['<< /Certs (x) >>', 'not a list', [[undefined, MALFORMED]]],
    ['<< /Certs [(x)] >>', 'not a stream', [[undefined, NOT_STREAM]]],
    ['<< /Certs [12 0 R] >>', 'a new object that is not a stream', [[12, NOT_STREAM]]],
    ['<< /Certs [13 0 R] >>', 'an object that does not exist', [[13, NOT_STREAM]]],
  ] as const)('%s: %s', async (dss, _, expected) => {
    const r = await dssRule(await context({ ...withDss('9 0 R'), 9: dss, 10: cert, 12: '<< /A 1 >>' }));
    expect(r.violations).toEqual(expected.map(([num, reason]) => ({ num, what: 'dss', reason })));
    expect(r.explained.size).toBe(0);
  });
  it('a /DSS that is an object of the signed document', async () => {
    expect(whats(await dssRule(await context({ ...withDss('4 0 R'), 4: '<< /Certs [] >>' })))).toContain(
      'dss',
    );
    expect(whats(await dssRule(await context(withDss('(x)'))))).toEqual(['dss']);
  });
  it('the previous DSS: rewritten in place, its own streams kept unchanged', async () => {
    const base = { ...SIGNED, ...withDss('9 0 R'), 9: '<< /Type /DSS /Certs [10 0 R] >>', 10: cert };
    const ok = await dssRule(
      await context({ 9: '<< /Type /DSS /Certs [10 0 R 11 0 R] >>', 11: cert }, { base }),
    );
    expect(ok.violations).toEqual([]);
    expect(explained(ok)).toEqual({ 9: 'dss', 11: 'dss' });
    const rewritten = await dssRule(
      await context({ 9: '<< /Type /DSS /Certs [10 0 R] >>', 10: cert }, { base }),
    );
    expect(whats(rewritten)).toEqual(['dss']);
    const notDss = { ...base, 9: '<< /Type /DSS /Certs [10 0 R] /Font 4 0 R >>' };
    const wasMore = await dssRule(await context({ 9: '<< /Type /DSS /Certs [10 0 R] >>' }, { base: notDss }));
    expect(whats(wasMore)).toEqual(['dss']);
  });
  it('an unchanged container of the previous DSS may be named again', async () => {
    const base = { ...SIGNED, ...withDss('9 0 R'), 9: '<< /Certs 8 0 R >>', 8: '[10 0 R]', 10: cert };
    const r = await dssRule(await context({ ...withDss('11 0 R'), 11: '<< /Certs 8 0 R >>' }, { base }));
    expect(r.violations).toEqual([]);
  });
});

describe('validation data (dss.ts): which check fired', () => {
  const withDss = (dss: string) => ({ 1: SIGNED[1]?.replace('/Pages', `/DSS ${dss} /Pages`) as string });
  const cert = '<< /Length 1 >>\nstream\nx\nendstream';
  const NAMES = 'the validation data names an object of the signed document';
  const MALFORMED = 'malformed validation data';
  const v = (num: number | undefined, reason: string) => ({ num, what: 'dss', reason });
  /** The signed revision with a DSS (object 9) and validation streams 10 and 11. */
  const signedWith = (dss: string, extra: Objects = {}) => ({
    ...SIGNED,
    ...withDss('9 0 R'),
    9: dss,
    10: cert,
    11: cert,
    ...extra,
  });

  it('a VRI entry without /TS needs no timestamp', async () => {
    const r = await dssRule(
      await context({ ...withDss('9 0 R'), 9: '<< /VRI << /A << /Cert [10 0 R] >> >> >>', 10: cert }),
    );
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'dss', 10: 'dss' });
  });

  it("the previous DSS's VRI streams may be named by a new DSS", async () => {
    const base = signedWith('<< /VRI << /A << /Cert [10 0 R] /TS 11 0 R >> >> >>');
    const r = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /Certs [10 0 R 11 0 R] >>' }, { base }),
    );
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 12: 'dss' });
    // A stream the previous DSS did not hold is a signed object.
    const other = signedWith('<< /VRI << /A << /Cert [10 0 R] >> >> >>');
    const bad = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /Certs [11 0 R] >>' }, { base: other }),
    );
    expect(bad.violations).toEqual([v(11, NAMES)]);
  });

  it("the previous DSS's indirect VRI dictionary, entries and lists may be named again", async () => {
    const indirectVri = signedWith('<< /VRI 8 0 R >>', { 8: '<< /A << /Cert [10 0 R] >> >>' });
    const r = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /VRI 8 0 R >>' }, { base: indirectVri }),
    );
    expect(r.violations).toEqual([]);
    const indirectEntry = signedWith('<< /VRI << /A 8 0 R >> >>', { 8: '<< /Cert 7 0 R >>', 7: '[10 0 R]' });
    const e = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /VRI << /A 8 0 R >> >>' }, { base: indirectEntry }),
    );
    expect(e.violations).toEqual([]);
    expect(explained(e)).toEqual({ 12: 'dss' });
  });

  it('the previous DSS object itself is no list, VRI dictionary or VRI entry', async () => {
    const base = signedWith('<< /Certs [10 0 R] >>');
    for (const dss of ['<< /Certs 9 0 R >>', '<< /VRI 9 0 R >>', '<< /VRI << /A 9 0 R >> >>']) {
      const r = await dssRule(await context({ ...withDss('12 0 R'), 12: dss }, { base }));
      expect(r.violations, dss).toEqual([v(9, NAMES), v(9, MALFORMED)]);
    }
  });

  it('a rewritten container of the previous DSS, a container that never existed', async () => {
    const base = signedWith('<< /Certs 8 0 R /OCSPs 13 0 R >>', { 8: '[10 0 R]' });
    const rewritten = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /Certs 8 0 R >>', 8: '[10 0 R]' }, { base }),
    );
    expect(rewritten.violations).toEqual([v(8, NAMES), v(8, MALFORMED)]);
    const missing = await dssRule(
      await context({ ...withDss('12 0 R'), 12: '<< /OCSPs 13 0 R >>' }, { base }),
    );
    expect(missing.violations).toEqual([v(13, NAMES), v(13, MALFORMED)]);
  });

  it('the previous DSS kept as it was: nothing to explain', async () => {
    const base = signedWith('<< /Certs [10 0 R] >>');
    const r = await dssRule(await context({ ...withDss('9 0 R') }, { base }));
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({});
  });

  it('a new DSS after a previous one that held other keys is judged on its own', async () => {
    const base = signedWith('<< /Certs [10 0 R] /Font 4 0 R >>');
    const r = await dssRule(await context({ ...withDss('12 0 R'), 12: '<< /Certs [10 0 R] >>' }, { base }));
    expect(r.violations).toEqual([]);
    const inPlace = await dssRule(await context({ 9: '<< /Certs [10 0 R] >>' }, { base }));
    expect(inPlace.violations).toEqual([v(9, 'the previous validation data was not only validation data')]);
  });

  it('a catalog that cannot be read, before or after: no DSS to judge (the catalog rule judges it)', async () => {
    const unreadable = { ...SIGNED, 1: '(x)' };
    const r = await dssRule(
      await context({ ...withDss('9 0 R'), 9: '<< /Certs [10 0 R] >>', 10: cert }, { base: unreadable }),
    );
    expect(r.violations).toEqual([]);
    expect((await dssRule(await context({ 1: '(x)' }))).violations).toEqual([]);
  });

  it('a previous DSS whose VRI entry is no dictionary; the previous DSS rewritten unreadable', async () => {
    const base = signedWith('<< /VRI << /A (x) /B 4 0 R >> >>');
    const r = await dssRule(await context({ ...withDss('12 0 R'), 12: '<< /Certs [10 0 R] >>' }, { base }));
    expect(r.violations).toEqual([v(10, NAMES)]);
    const named = await dssRule(await context({ ...withDss('12 0 R'), 12: '<< /Certs 4 0 R >>' }, { base }));
    // 4 is a container of the previous DSS (its VRI entry B), so only its form is refused.
    expect(named.violations).toEqual([v(4, MALFORMED)]);
    const unreadable = await dssRule(
      await context({ 9: '<< /Certs' }, { base: signedWith('<< /Certs [10 0 R] >>') }),
    );
    expect(unreadable.violations).toEqual([v(9, 'the /DSS entry is not a validation-data dictionary')]);
  });
  it('a new DSS object that cannot be read', async () => {
    const r = await dssRule(await context({ ...withDss('9 0 R'), 9: '<< /Certs' }));
    expect(r.violations).toEqual([v(9, 'the /DSS entry is not a validation-data dictionary')]);
  });

  const vri = (n: number, last: string) =>
    `<< /VRI << ${Array.from({ length: n - 1 }, (_, i) => `/K${i} << >>`).join(' ')} /LAST << ${last} >> >> >>`;
  it('at most 10,000 VRI entries', async () => {
    const ok = await dssRule(
      await context({ ...withDss('9 0 R'), 9: vri(10_000, '/Cert [10 0 R]'), 10: cert }),
    );
    expect(ok.violations).toEqual([]);
    const over = await dssRule(
      await context({ ...withDss('9 0 R'), 9: vri(10_001, '/Cert [10 0 R]'), 10: cert }),
    );
    expect(over.violations).toEqual([v(undefined, 'too many validation-data entries')]);
  });
  it("only the previous DSS's first 10,000 VRI entries count as its streams", async () => {
    const named = await dssRule(
      await context(
        { ...withDss('12 0 R'), 12: '<< /Certs [10 0 R] >>' },
        { base: signedWith(vri(10_000, '/Cert [10 0 R]')) },
      ),
    );
    expect(named.violations).toEqual([]);
    const beyond = await dssRule(
      await context(
        { ...withDss('12 0 R'), 12: '<< /Certs [10 0 R] >>' },
        { base: signedWith(vri(10_001, '/Cert [10 0 R]')) },
      ),
    );
    expect(beyond.violations).toEqual([v(10, NAMES)]);
  });
});

describe('what an unexplained object is (describeChange)', () => {
  const stream = (dict: string) => `<< ${dict} /Length 1 >>\nstream\nx\nendstream`;
  const page = (contents: string) => `<< /Type /Page /Parent 3 0 R /Contents ${contents} /Annots [5 0 R] >>`;
  it.each([
    [
      'the catalog',
      1,
      { 1: '<< /Type /Catalog /Pages 3 0 R /OpenAction 4 0 R >>' },
      {},
      'catalog',
      'changed',
    ],
    ['a page', 2, { 2: page('4 0 R /Rotate 90') }, {}, 'page', 'changed'],
    ['a new page', 9, { 9: '<< /Type /Page /Parent 3 0 R >>' }, {}, 'page-tree', 'new'],
    ['the page tree', 3, { 3: '<< /Type /Pages /Kids [] /Count 0 >>' }, {}, 'page-tree', 'changed'],
    ['a new page tree node', 9, { 9: '<< /Type /Pages /Kids [] >>' }, {}, 'page-tree', 'new'],
    ['another catalog', 9, { 9: '<< /Type /Catalog >>' }, {}, 'catalog', 'new'],
    ['metadata', 9, { 9: stream('/Type /Metadata') }, {}, 'metadata', 'new'],
    [
      'a signature',
      6,
      { 6: '<< /Type /Sig /ByteRange [0 1 2 4] /Contents <00> >>' },
      {},
      'signature',
      'changed',
    ],
    ['a document timestamp', 9, { 9: '<< /Type /DocTimeStamp >>' }, {}, 'signature', 'new'],
    ['a /Sig dictionary', 9, { 9: '<< /Type /Sig >>' }, {}, 'signature', 'new'],
    ['a link annotation without /Type or /Rect', 9, { 9: '<< /Subtype /Link >>' }, {}, 'object', 'new'],
    ['another stream beside array contents', 9, { 9: stream('') }, { 2: page('[4 0 R]') }, 'object', 'new'],
    [
      'content of a page of a new page tree',
      9,
      {
        1: '<< /Type /Catalog /Pages 30 0 R >>',
        30: '<< /Type /Pages /Kids [31 0 R] >>',
        31: '<< /Type /Page /Contents 9 0 R >>',
        9: stream(''),
      },
      {},
      'page-content',
      'new',
    ],
    ['a dictionary with /ByteRange', 9, { 9: '<< /ByteRange [0 1 2 3] >>' }, {}, 'signature', 'new'],
    ['a signature field', 9, { 9: '<< /FT /Sig /T (S2) >>' }, {}, 'signature-appearance', 'new'],
    ['an annotation', 9, { 9: '<< /Type /Annot >>' }, {}, 'annotation', 'new'],
    ['a widget', 9, { 9: '<< /Subtype /Widget >>' }, {}, 'annotation', 'new'],
    ['something with /Rect', 9, { 9: '<< /Rect [0 0 1 1] >>' }, {}, 'annotation', 'new'],
    ['a font', 9, { 9: '<< /Type /Font >>' }, {}, 'resources', 'new'],
    ['a font descriptor', 9, { 9: '<< /Type /FontDescriptor >>' }, {}, 'resources', 'new'],
    ['an XObject', 9, { 9: '<< /Type /XObject >>' }, {}, 'resources', 'new'],
    ['a graphics state', 9, { 9: '<< /Type /ExtGState >>' }, {}, 'resources', 'new'],
    ['a stream with /Subtype', 9, { 9: stream('/Subtype /Image') }, {}, 'resources', 'new'],
    ['a stream with /BBox', 9, { 9: stream('/BBox [0 0 1 1]') }, {}, 'resources', 'new'],
    ['a page content stream', 4, { 4: stream('') }, {}, 'page-content', 'changed'],
    ['a new page content stream', 9, { 2: page('[4 0 R 9 0 R]'), 9: stream('') }, {}, 'page-content', 'new'],
    [
      'content in an indirect array',
      4,
      { 4: stream('') },
      { 2: page('8 0 R'), 8: '[4 0 R]' },
      'page-content',
      'changed',
    ],
    ['content the signed page had', 4, { 2: page('9 0 R'), 4: stream('') }, {}, 'page-content', 'changed'],
    ['another stream', 9, { 9: stream('') }, {}, 'object', 'new'],
    ['a dictionary of no known type', 9, { 9: '<< /A 1 >>' }, {}, 'object', 'new'],
    ['a number', 9, { 9: '42' }, {}, 'object', 'new'],
    ['an unreadable page', 2, { 2: '<< /Type /Page' }, {}, 'page', 'unreadable'],
  ] as const)('%s: %s', async (_, n, changes, base, what, how) => {
    const ctx = await context(changes as Objects, { base: { ...SIGNED, ...(base as Objects) } });
    const reason =
      how === 'unreadable'
        ? 'an object cannot be read'
        : how === 'new'
          ? `a new ${what === 'page-tree' && (changes as Objects)[n]?.includes('/Page ') ? 'page' : what} was added`
          : `an existing ${what} was changed`;
    expect(await describeChange(ctx, n)).toEqual({ what, reason });
  });
  it('the form dictionary of the signed catalog', async () => {
    const base = {
      ...SIGNED,
      1: '<< /Type /Catalog /Pages 3 0 R /AcroForm 8 0 R >>',
      8: '<< /Fields [5 0 R] >>',
    };
    const ctx = await context({ 8: '<< /Fields [] >>' }, { base });
    expect(await describeChange(ctx, 8)).toEqual({ what: 'form', reason: 'an existing form was changed' });
  });
  it('the catalog the trailer named when signed, or names now (whatever its /Type)', async () => {
    const ctx = await context({ 7: '<< /Pages 3 0 R >>' }, { trailer: '<< /Root 7 0 R >>' });
    expect((await describeChange(ctx, 7)).what).toBe('catalog');
    const base = { ...SIGNED, 1: '<< /Pages 3 0 R >>' };
    const old = await context({ 1: '<< /A 1 >>' }, { trailer: '<< /Root 7 0 R >>', base });
    expect((await describeChange(old, 1)).what).toBe('catalog');
  });
  it('an object in neither revision; a signed catalog that cannot be read', async () => {
    expect(await describeChange(await context({}), 99)).toEqual({
      what: 'object',
      reason: 'an object cannot be read',
    });
    const ctx = await context({ 9: '<< /A 1 >>' }, { base: { ...SIGNED, 1: '(x)' } });
    expect(await describeChange(ctx, 9)).toEqual({ what: 'object', reason: 'a new object was added' });
  });
});

describe('metadata and document information (metadata.ts)', () => {
  const meta = '<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\nx\nendstream';
  const cat = (m: string) => ({ 1: SIGNED[1]?.replace('/Pages', `/Metadata ${m} /Pages`) as string });
  it('a new XML metadata stream', async () => {
    const r = await metadataRule(await context({ ...cat('9 0 R'), 9: meta }));
    expect(explained(r)).toEqual({ 9: 'metadata' });
  });
  it.each([
    [{ ...cat('4 0 R'), 4: meta }, 'an existing object rewritten as metadata'],
    [{ ...cat('9 0 R'), 9: '<< /Type /Metadata /Subtype /XML >>' }, 'not a stream'],
    [{ ...cat('9 0 R'), 9: meta.replace('/XML', '/Text') }, 'another subtype'],
    [{ ...cat('9 0 R'), 9: meta.replace('/Metadata', '/XObject') }, 'another type'],
    [{ ...cat('(x)') }, 'not a reference'],
  ] as [Objects, string][])('%s: %s', async (changes) => {
    expect(whats(await metadataRule(await context(changes)))).toEqual(['metadata']);
  });
  const info = (d: string, extra: Objects = {}) =>
    context(
      { 9: d, ...extra },
      {
        oldTrailer: '<< /Root 1 0 R /Info 7 0 R >>',
        trailer: '<< /Root 1 0 R /Info 9 0 R >>',
        base: { ...SIGNED, 7: '<< /Title (Form) /Producer (A) >>' },
      },
    );
  it('a new information dictionary of text entries, the title kept', async () => {
    expect(
      explained(await metadataRule(await info('<< /Title (Form) /Producer (B) /ModDate (D:2030) >>'))),
    ).toEqual({
      9: 'info',
    });
  });
  it.each([
    ['<< /Title (Approved) >>', 'the title changed'],
    ['<< /Title (Form) /Author (Someone) >>', 'an author added'],
    ['<< /Title (Form) /Count 3 >>', 'more than text'],
    ['<< /Title (Form) /Length 0 >>\nstream\n\nendstream', 'a stream'],
  ])('%s: %s', async (d) => {
    expect(whats(await metadataRule(await info(d)))).toEqual(['info']);
  });
  it('an existing object as the information dictionary', async () => {
    const ctx = await context(
      {},
      {
        oldTrailer: '<< /Root 1 0 R /Info 7 0 R >>',
        trailer: '<< /Root 1 0 R /Info 4 0 R >>',
        base: { ...SIGNED, 7: '<< >>' },
      },
    );
    expect(whats(await metadataRule(ctx))).toEqual(['info']);
  });
  it.each([
    ['8 0 R', 'an existing text dictionary of the signed revision'],
    ['<< /Title (Form) >>', 'a direct dictionary in the trailer'],
  ])('refused: /Info %s (%s)', async (v) => {
    const ctx = await context(
      {},
      {
        oldTrailer: '<< /Root 1 0 R /Info 7 0 R >>',
        trailer: `<< /Root 1 0 R /Info ${v} >>`,
        base: { ...SIGNED, 7: '<< /Title (Form) >>', 8: '<< /Title (Form) >>' },
      },
    );
    expect(whats(await metadataRule(ctx))).toEqual(['info']);
  });
});

describe('rewritten in place where nothing shows it (Adobe Reader’s second signature)', () => {
  const meta = (x: string) => `<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\n${x}\nendstream`;
  const withMeta = {
    ...SIGNED,
    1: SIGNED[1]?.replace('/Pages', '/Metadata 9 0 R /Pages') as string,
    9: meta('a'),
  };
  it('the XMP stream the catalog alone names, rewritten in place', async () => {
    const r = await metadataRule(await context({ 9: meta('b') }, { base: withMeta }));
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'metadata' });
  });
  it.each(
    [
      [
        { ...withMeta, 2: PAGE.replace('/Contents 4 0 R', '/Contents 9 0 R') },
        {},
        'also the page’s content as signed',
      ],
      [
        withMeta,
        { 2: PAGE.replace('/Contents 4 0 R', '/Contents 9 0 R') },
        'made the page’s content by the update',
      ],
      [
        { ...withMeta, 1: withMeta[1]?.replace('/Pages', '/Outlines 9 0 R /Pages') as string },
        {},
        'also named by the catalog under another key',
      ],
      [{ ...withMeta, 9: '<< /Length 1 >>\nstream\na\nendstream' }, {}, 'not a metadata stream as signed'],
    ].map(([base, extra, why]) => [why, base, extra]) as [string, Objects, Objects][],
  )('refused: %s', async (_why, base, extra) => {
    const r = await metadataRule(await context({ 9: meta('b'), ...extra }, { base }));
    expect(whats(r)).toEqual(['metadata']);
  });
  const info = { ...SIGNED, 7: '<< /Title (Form) /ModDate (D:2020) >>' };
  const infoCtx = (d: string, base: Objects = info, extra: Objects = {}) =>
    context(
      { 7: d, ...extra },
      { base, oldTrailer: '<< /Root 1 0 R /Info 7 0 R >>', trailer: '<< /Root 1 0 R /Info 7 0 R >>' },
    );
  it('the information dictionary rewritten in place, its title kept', async () => {
    const r = await metadataRule(await infoCtx('<< /Title (Form) /ModDate (D:2021) >>'));
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 7: 'info' });
  });
  it.each(
    [
      ['<< /Title (Other) /ModDate (D:2021) >>', info, {}, 'the title changed'],
      ['<< /Title (Form) /ModDate (D:2021) /X 4 0 R >>', info, {}, 'more than text'],
      [
        '<< /Title (Form) /ModDate (D:2021) >>',
        { ...info, 5: WIDGET.replace('/P 2 0 R', '/P 2 0 R /MK 7 0 R') },
        {},
        'a widget used it as signed',
      ],
      [
        '<< /Title (Form) /ModDate (D:2021) >>',
        info,
        { 2: PAGE.replace('>>', '/Resources 7 0 R >>') },
        'the update made it a page’s resources',
      ],
    ].map(([d, base, extra, why]) => [why, d, base, extra]) as [string, string, Objects, Objects][],
  )('refused: %s', async (_why, d, base, extra) => {
    expect(whats(await metadataRule(await infoCtx(d, base, extra)))).toEqual(['info']);
  });
});

describe('referredOnlyBy (context.ts): who may refer to an object rewritten in place', () => {
  const base = {
    ...SIGNED,
    1: SIGNED[1]?.replace('/Pages', '/Metadata 9 0 R /Pages') as string,
    9: '<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\na\nendstream',
  };
  const check = async (changes: Objects, holder: number, key?: string, trailer?: string) => {
    const ctx = await context(changes, { base, ...(trailer ? { trailer } : {}) });
    return referredOnlyBy(ctx, 9, holder, key);
  };
  it.each([
    ['only the catalog’s /Metadata', {}, 1, 'Metadata', undefined, true],
    [
      'the catalog rewritten, still naming it under /Metadata only',
      { 1: base[1]?.replace('/Type /Catalog', '/Type /Catalog /Lang (ja)') as string },
      1,
      'Metadata',
      undefined,
      true,
    ],
    [
      'the catalog rewritten to name it also under /Outlines',
      { 1: base[1]?.replace('/Pages', '/Outlines 9 0 R /Pages') as string },
      1,
      'Metadata',
      undefined,
      false,
    ],
    ['the new trailer names it', {}, 1, 'Metadata', '<< /Root 1 0 R /X 9 0 R >>', false],
    // Only the holder's own key is set aside: a page naming it under the same key still counts.
    [
      'a page rewritten to name it as its own /Metadata',
      { 2: PAGE.replace('>>', '/Metadata 9 0 R >>') },
      1,
      'Metadata',
      undefined,
      false,
    ],
    [
      'a new cross-reference stream’s dictionary names it (a trailer)',
      {},
      -1,
      undefined,
      '<< /Root 1 0 R /Info 9 0 R >>',
      false,
    ],
    ['held by another object than the one asked', {}, 2, undefined, undefined, false],
  ] as [string, Objects, number, string | undefined, string | undefined, boolean][])(
    '%s',
    async (_why, changes, holder, key, trailer, expected) => {
      expect(await check(changes, holder, key, trailer)).toBe(expected);
    },
  );
  it('the trailer may name it once, not twice', async () => {
    const ctx = await context(
      {},
      {
        base: { ...SIGNED, 9: '<< >>' },
        oldTrailer: '<< /Root 1 0 R /Info 9 0 R >>',
        trailer: '<< /Root 1 0 R /Info 9 0 R >>',
      },
    );
    expect(await referredOnlyBy(ctx, 9, TRAILER)).toBe(true);
    const twice = await context(
      {},
      {
        base: { ...SIGNED, 9: '<< >>' },
        oldTrailer: '<< /Root 1 0 R /Info 9 0 R >>',
        trailer: '<< /Root 1 0 R /Info 9 0 R /X 9 0 R >>',
      },
    );
    expect(await referredOnlyBy(twice, 9, TRAILER)).toBe(false);
  });
  it('a cross-reference stream written after signing does not count as a referrer', async () => {
    const ctx = await context(
      { 12: '<< /Type /XRef /Info 9 0 R /Length 0 >>\nstream\n\nendstream' },
      { base },
    );
    ctx.xrefStreams.add(12);
    expect(await referredOnlyBy(ctx, 9, 1, 'Metadata')).toBe(true);
    ctx.xrefStreams.delete(12);
    expect(await referredOnlyBy(ctx, 9, 1, 'Metadata')).toBe(false);
  });
});

describe('a prepared signature field signed later (signature-field.ts, filledFields)', () => {
  const EMPTY = '<< /Type /Annot /Subtype /Widget /FT /Sig /T (S2) /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
  const base = {
    ...SIGNED,
    1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R 8 0 R] /SigFlags 3 >> >>',
    2: PAGE.replace('[5 0 R]', '[5 0 R 8 0 R]'),
    8: EMPTY,
    7: '<< /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream',
  };
  const SIG = '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>';
  const AP =
    '<< /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F 12 0 R >> >> /Length 0 >>\nstream\n\nendstream';
  const run = (changes: Objects, signatures = [10]) =>
    context(changes, { base, signatures }).then(signatureFieldRule);
  it('gains /V (a new verified signature), a new /AP and the Locked flag: explained', async () => {
    const r = await run({
      8: EMPTY.replace('/F 4', '/F 132 /V 10 0 R /AP << /N 11 0 R >>'),
      10: SIG,
      11: AP,
      12: '<< /Type /Font >>',
    });
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({
      8: 'signature-field',
      10: 'signature',
      11: 'appearance',
      12: 'appearance',
    });
  });
  it.each(
    [
      [{ 8: EMPTY.replace('/F 4', '/F 4 /V 10 0 R'), 10: SIG }, [], 'a signature that did not verify'],
      [{ 8: EMPTY.replace('/F 4', '/F 4 /V 6 0 R') }, [6], 'the first signature’s dictionary'],
      [
        { 8: EMPTY.replace('/F 4', '/F 4 /V 10 0 R /AP << /N 7 0 R >>'), 10: SIG },
        [10],
        'an existing object as its appearance',
      ],
      [{ 8: EMPTY.replace('/F 4', '/F 6 /V 10 0 R'), 10: SIG }, [10], 'Hidden set'],
      [{ 8: EMPTY.replace('/F 4', '/F 0 /V 10 0 R'), 10: SIG }, [10], 'Print cleared'],
      [
        { 8: EMPTY.replace('[0 0 100 50]', '[0 0 600 800]').replace('/F 4', '/F 4 /V 10 0 R'), 10: SIG },
        [10],
        'a new /Rect',
      ],
      [{ 8: EMPTY.replace('/F 4', '/F 4 /V 10 0 R /MK << /BG [1] >>'), 10: SIG }, [10], 'a new /MK'],
    ].map(([changes, signatures, why]) => [why, changes, signatures]) as [string, Objects, number[]][],
  )('refused: %s', async (_why, changes, signatures) => {
    expect(whats(await run(changes, signatures))).toEqual(['signature-appearance']);
  });
  it('an indirect /AP of new objects is explained too', async () => {
    const r = await run({
      8: EMPTY.replace('/F 4', '/F 4 /V 10 0 R /AP 13 0 R'),
      10: SIG,
      11: AP,
      12: '<< /Type /Font >>',
      13: '<< /N 11 0 R >>',
    });
    expect(r.violations).toEqual([]);
    expect(explained(r)).toMatchObject({ 8: 'signature-field', 13: 'appearance', 11: 'appearance' });
  });
  it('a /V that is a direct dictionary is refused', async () => {
    expect(whats(await run({ 8: EMPTY.replace('/F 4', `/F 4 /V ${SIG}`) }))).toEqual([
      'signature-appearance',
    ]);
  });
  // A field with a separate widget kid: /V on the field, /AP on the kid.
  const FIELD = '<< /FT /Sig /T (S2) /Kids [9 0 R] >>';
  const KID = '<< /Type /Annot /Subtype /Widget /Parent 8 0 R /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
  const kidsBase = { ...base, 8: FIELD, 9: KID, 2: PAGE.replace('[5 0 R]', '[5 0 R 9 0 R]') };
  it('a field with a widget kid: /V on the field, a new /AP on the kid', async () => {
    const ctx = await context(
      {
        8: FIELD.replace('>>', '/V 10 0 R >>'),
        9: KID.replace('/F 4', '/F 4 /AP << /N 11 0 R >>'),
        10: SIG,
        11: AP,
      },
      { base: kidsBase, signatures: [10] },
    );
    const r = await signatureFieldRule(ctx);
    expect(r.violations).toEqual([]);
    expect(explained(r)).toMatchObject({
      8: 'signature-field',
      9: 'signature-field',
      10: 'signature',
      11: 'appearance',
    });
  });
  it('the kid of a field signed as signed cannot get a new appearance', async () => {
    const signedKids = { ...kidsBase, 8: FIELD.replace('>>', '/V 6 0 R >>') };
    const ctx = await context(
      { 9: KID.replace('/F 4', '/F 4 /AP << /N 11 0 R >>'), 11: AP },
      { base: signedKids },
    );
    const r = await signatureFieldRule(ctx);
    expect(r.explained.has(9)).toBe(false);
  });
  it('the kid of a text field is not a signature field', async () => {
    const textKids = { ...kidsBase, 8: FIELD.replace('/FT /Sig', '/FT /Tx') };
    const ctx = await context(
      { 9: KID.replace('/F 4', '/F 4 /AP << /N 11 0 R >>'), 11: AP },
      { base: textKids },
    );
    expect((await signatureFieldRule(ctx)).explained.has(9)).toBe(false);
  });
  it('a field already signed as signed cannot be signed again', async () => {
    const signedBase = { ...base, 8: EMPTY.replace('/F 4', '/F 4 /V 6 0 R') };
    const ctx = await context(
      { 8: EMPTY.replace('/F 4', '/F 4 /V 10 0 R'), 10: SIG },
      { base: signedBase, signatures: [10] },
    );
    const r = await signatureFieldRule(ctx);
    expect(r.explained.has(8)).toBe(false);
  });
});

describe('metadata and document information (metadata.ts): which check fired', () => {
  const meta = '<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\nx\nendstream';
  const cat = (m: string) => ({ 1: SIGNED[1]?.replace('/Pages', `/Metadata ${m} /Pages`) as string });
  const META = 'the metadata entry names something other than a new XML metadata stream';
  it.each([
    [{ ...cat('4 0 R'), 4: meta }, 4],
    [{ ...cat('9 0 R'), 9: '<< /Type /Metadata /Subtype /XML >>' }, 9],
    [{ ...cat('9 0 R'), 9: '<< /Type /Metadata' }, 9],
    [{ ...cat('(x)') }, undefined],
  ] as [Objects, number | undefined][])('%j', async (changes, num) => {
    const r = await metadataRule(await context(changes));
    expect(r.violations).toEqual([{ num, what: 'metadata', reason: META }]);
  });
  it('a removed /Metadata or unreadable catalogs are the catalog rule’s business', async () => {
    const base = { ...SIGNED, ...cat('4 0 R') };
    expect((await metadataRule(await context({ 1: SIGNED[1] as string }, { base }))).violations).toEqual([]);
    expect((await metadataRule(await context({ 1: '(x)' }, { base }))).violations).toEqual([]);
    const unreadable = { ...SIGNED, 1: '(x)' };
    const r = await metadataRule(await context({ ...cat('9 0 R'), 9: meta }, { base: unreadable }));
    expect(explained(r)).toEqual({ 9: 'metadata' });
  });
  const info = (d: string, o: { old?: string; info?: string; base?: Objects } = {}) =>
    context(
      { 9: d },
      {
        oldTrailer: `<< /Root 1 0 R ${o.old ?? '/Info 7 0 R'} >>`,
        trailer: `<< /Root 1 0 R /Info ${o.info ?? '9 0 R'} >>`,
        base: { ...SIGNED, 7: '<< /Title (Form) /Producer (A) >>', 8: '<< /Title (Form) >>', ...o.base },
      },
    );
  const v = (num: number | undefined, reason: string) => ({ num, what: 'info', reason });
  const NOT_NEW = 'the document information is not a new dictionary';
  const NOT_OWN = 'the document information is not a dictionary of its own';
  it.each([
    ['<< /Title (Approved) >>', {}, v(9, 'the document information changed (Title)')],
    ['<< /Title (Form) /Author (Someone) >>', {}, v(9, 'the document information changed (Author)')],
    ['<< /Title (Form) /Count 3 >>', {}, v(9, 'the document information holds more than text')],
    ['<< /Title (Form) /Length 0 >>\nstream\n\nendstream', {}, v(9, NOT_OWN)],
    ['[(Form)]', {}, v(9, NOT_OWN)],
    ['<< /Title', {}, v(9, NOT_OWN)],
    ['', { info: '8 0 R' }, v(8, NOT_NEW)],
    ['', { info: '<< /Title (Form) >>' }, v(undefined, NOT_OWN)],
  ] as const)('%s %j', async (d, o, expected) => {
    const r = await metadataRule(await info(d, o));
    expect(r.violations).toEqual([expected]);
    expect(r.explained.size).toBe(0);
  });
  it('a new information dictionary where the signed revision had none', async () => {
    const r = await metadataRule(await info('<< /Producer (B) >>', { old: '' }));
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'info' });
  });
});

describe('identical rewrites and unused objects', () => {
  it('an object written again unchanged is explained; a changed one is not', async () => {
    const r = await unchangedRule(
      await context({
        2: PAGE,
        4: '<< /Length 5 >>\nstream\nBT ET\nendstream',
        3: '<< /Type /Pages /Kids [2 0 R] /Count 2 >>',
      }),
    );
    expect(explained(r)).toEqual({ 2: 'unchanged', 4: 'unchanged' });
    const s = await unchangedRule(await context({ 4: '<< /Length 5 >>\nstream\nBT EX\nendstream' }));
    expect(explained(s)).toEqual({});
    const t = await unchangedRule(await context({ 2: '<< /Length 0 >>\nstream\n\nendstream' }));
    expect(explained(t)).toEqual({});
  });
  it('new objects nothing refers to, also as a cluster; not those the signed document refers to', async () => {
    const changes = { 9: '<< /A 10 0 R >>', 10: '<< /B 9 0 R >>', 11: '<< >>', 12: '<< >>', 13: '<< >>' };
    const ctx = await context({ ...changes, 2: PAGE.replace('/Parent', '/X 13 0 R /Parent') });
    const r = await unreferencedRule(ctx, new Set([12]));
    expect(explained(r)).toEqual({ 9: 'unused', 10: 'unused', 11: 'unused' });
    const ctx2 = await context(
      { 11: '<< >>' },
      { trailer: '<< /Root 1 0 R /Info 11 0 R /ID [<01> <03>] >>' },
    );
    expect(explained(await unreferencedRule(ctx2, new Set()))).toEqual({});
  });
});

describe('certification level (docmdp.ts)', () => {
  const sig = (p: string) =>
    `<< /Type /Sig /Reference [<< /TransformMethod /DocMDP /TransformParams << ${p} >> >>] >>`;
  it.each([
    ['/P 1', 1],
    ['/P 2', 2],
    ['/P 3', 3],
    ['', 2],
    ['/P 7', 1],
    ['/P 0', 1],
  ])('%s → %s', async (p, level) => {
    const s = store({ 6: sig(p) });
    expect(
      await certificationLevel(
        s,
        undefined,
        (await s.dict(new Lexer(ascii('6 0 R'), 0).value())) as PdfDict,
        6,
      ),
    ).toBe(level);
  });
  it('named by the catalog’s /Perms only: level 2; another transform: none', async () => {
    const s = store({
      6: '<< /Type /Sig >>',
      1: '<< /Perms << /DocMDP 6 0 R >> >>',
      7: '<< /Type /Sig /Reference [<< /TransformMethod /FieldMDP >>] >>',
    });
    const cat = await s.dict(new Lexer(ascii('1 0 R'), 0).value());
    const d6 = (await s.dict(new Lexer(ascii('6 0 R'), 0).value())) as PdfDict;
    const d7 = (await s.dict(new Lexer(ascii('7 0 R'), 0).value())) as PdfDict;
    expect(await certificationLevel(s, cat, d6, 6)).toBe(2);
    expect(await certificationLevel(s, cat, d7, 7)).toBeUndefined();
    expect(await certificationLevel(s, undefined, d6, 6)).toBeUndefined();
  });
});

describe('certification level (docmdp.ts): unreadable parts, a direct /DocMDP', () => {
  const at = async (s: ObjectStore, n: string) => (await s.dict(new Lexer(ascii(n), 0).value())) as PdfDict;
  it('a /Reference entry that cannot be read, a DocMDP transform without parameters', async () => {
    const s = store({
      6: '<< /Type /Sig /Reference [99 0 R] >>',
      7: '<< /Type /Sig /Reference [<< /TransformMethod /DocMDP >>] >>',
    });
    expect(await certificationLevel(s, undefined, await at(s, '6 0 R'), 6)).toBeUndefined();
    expect(await certificationLevel(s, undefined, await at(s, '7 0 R'), 7)).toBe(2);
  });
  it('several DocMDP entries (only one is allowed): the strictest counts, in either order', async () => {
    const entry = (p: number) => `<< /TransformMethod /DocMDP /TransformParams << /P ${p} >> >>`;
    const s = store({
      6: `<< /Type /Sig /Reference [${entry(3)} ${entry(1)}] >>`,
      7: `<< /Type /Sig /Reference [${entry(1)} ${entry(3)}] >>`,
      8: `<< /Type /Sig /Reference [${entry(3)} ${entry(2)}] >>`,
    });
    expect(await certificationLevel(s, undefined, await at(s, '6 0 R'), 6)).toBe(1);
    expect(await certificationLevel(s, undefined, await at(s, '7 0 R'), 7)).toBe(1);
    expect(await certificationLevel(s, undefined, await at(s, '8 0 R'), 8)).toBe(2);
  });
  it('/Perms /DocMDP as a direct dictionary names that dictionary only', async () => {
    const s = store({
      1: '<< /Perms << /DocMDP << /Type /Sig /ByteRange [0 1 2 3] >> >> >>',
      6: '<< /Type /Sig >>',
    });
    const cat = await at(s, '1 0 R');
    const direct = (await s.dict(cat.get('Perms')))?.get('DocMDP') as PdfDict;
    expect(await certificationLevel(s, cat, direct, undefined)).toBe(2);
    expect(await certificationLevel(s, cat, await at(s, '6 0 R'), 6)).toBeUndefined();
  });
});

describe('the verdict from facets (verdict.ts)', () => {
  const s = (o: Partial<SignatureFacets> = {}): SignatureFacets => ({
    intact: true,
    unmodified: true,
    approval: true,
    trusted: true,
    ...o,
  });
  it.each([
    [[], 0, 'unsigned'],
    [[], 1, 'broken'],
    [[s()], 0, 'valid'],
    [[s()], 1, 'broken'],
    [[s({ intact: false })], 0, 'broken'],
    [[s({ intact: false, unmodified: false })], 0, 'broken'],
    [[s({ unmodified: false })], 0, 'modified'],
    [[s({ unmodified: false, trusted: false })], 0, 'modified'],
    [[s({ trusted: false })], 0, 'untrusted'],
    [[s({ approval: false })], 0, 'untrusted'],
    [[s(), s({ approval: false, trusted: false })], 0, 'valid'],
    [[s(), s({ trusted: false })], 0, 'untrusted'],
    [[s(), s({ unmodified: false })], 0, 'modified'],
    [[s(), s({ intact: false })], 0, 'broken'],
  ] as const)('%j, %s missing → %s', (signatures, missing, verdict) => {
    expect(deriveVerdict({ signatures: [...signatures], missingSignatures: missing })).toBe(verdict);
  });
});

// Cases found by mutation testing (npm run mutate): each would otherwise let a change through.
describe('gaps found by mutation testing', () => {
  const cert = '<< /Length 1 >>\nstream\nx\nendstream';
  it('a form key that becomes a number (/Q) is a change; no form before or after is none', async () => {
    const r = await acroformRule(
      await context({
        1: '<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 /Q 1 >> >>',
      }),
    );
    expect(whats(r)).toEqual(['form']);
    const base = { ...SIGNED, 1: '<< /Type /Catalog /Pages 3 0 R >>' };
    expect((await acroformRule(await context({}, { base }))).violations).toEqual([]);
  });
  it('a catalog that cannot be read, a form that is not a dictionary, a lost /DSS or /Metadata', async () => {
    expect(whats(await catalogRule(await context({ 1: '[1 2 3]' })))).toEqual(['catalog']);
    const base = { ...SIGNED, 1: '<< /Type /Catalog /Pages 3 0 R >>' };
    expect(
      whats(
        await catalogRule(await context({ 1: '<< /Type /Catalog /Pages 3 0 R /AcroForm (x) >>' }, { base })),
      ),
    ).toEqual(['catalog']);
    const withBoth = { ...SIGNED, 1: '<< /Type /Catalog /Pages 3 0 R /DSS 8 0 R /Metadata 7 0 R >>' };
    expect(
      whats(
        await catalogRule(
          await context({ 1: '<< /Type /Catalog /Pages 3 0 R /Metadata 7 0 R >>' }, { base: withBoth }),
        ),
      ),
    ).toEqual(['catalog']);
    expect(
      whats(
        await catalogRule(
          await context({ 1: '<< /Type /Catalog /Pages 3 0 R /DSS 8 0 R >>' }, { base: withBoth }),
        ),
      ),
    ).toEqual(['catalog']);
  });
  it('validation data: a new object that is not a stream, a rewritten container, a timestamp naming a signed object', async () => {
    const dss = (d: string) => ({ 1: SIGNED[1]?.replace('/Pages', `/DSS ${d} /Pages`) as string });
    expect(
      whats(await dssRule(await context({ ...dss('9 0 R'), 9: '<< /Certs [10 0 R] >>', 10: '<< /A 1 >>' }))),
    ).toEqual(['dss']);
    const base = { ...SIGNED, ...dss('9 0 R'), 9: '<< /Certs 8 0 R >>', 8: '[10 0 R]', 10: cert };
    const r = await dssRule(
      await context({ ...dss('11 0 R'), 11: '<< /Certs 8 0 R >>', 8: '[10 0 R 4 0 R]' }, { base }),
    );
    expect(whats(r)).toContain('dss');
    const ts = await dssRule(await context({ ...dss('9 0 R'), 9: '<< /VRI << /A << /TS 4 0 R >> >> >>' }));
    expect(whats(ts)).toEqual(['dss']);
  });
  it('annotations that are not a list', async () => {
    const r = await pagesRule(await context({ 2: PAGE.replace('[5 0 R]', '9 0 R'), 9: '<< /A 1 >>' }));
    expect(whats(r)).toEqual(['annotation']);
  });
  it('an unchanged /Metadata needs no explanation; the xref rule explains no other stream', async () => {
    const base = { ...SIGNED, 1: SIGNED[1]?.replace('/Pages', '/Metadata 4 0 R /Pages') as string };
    const r = await metadataRule(await context({ 2: PAGE }, { base }));
    expect(r.violations).toEqual([]);
    const x = await xrefRule(await context({ 9: '<< /Length 0 >>\nstream\n\nendstream' }));
    expect(explained(x)).toEqual({});
  });
});

// The rules added for what Adobe Reader writes (metadata in place, a prepared field signed later, /DR
// gaining fonts), each case a mutant of `npm run mutate` that no test killed before.
describe('gaps found by mutation testing: the Adobe Reader rules', () => {
  describe('/DR: only the signed object itself, or a new one, may hold the form’s resources', () => {
    const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
    const MYRIAD = '<< /Type /Font /Subtype /Type1 /BaseFont /MyriadPro-Regular >>';
    const formDr = (dr: string) =>
      `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields [5 0 R] /DR ${dr} >> >>`;
    // Object 12 is the page's resources, holding the same font as the form's /DR.
    const direct = {
      ...SIGNED,
      1: formDr('<< /Font << /Helv 7 0 R >> >>'),
      7: FONT,
      12: '<< /Font << /Helv 7 0 R >> >>',
    };
    const indirect = { ...direct, 1: formDr('11 0 R'), 11: '<< /Font << /Helv 7 0 R >> >>' };
    it.each([
      ['a direct /DR replaced by an existing object with the same entries', direct, { 1: formDr('12 0 R') }],
      [
        'a direct /DR replaced by the page’s resources, rewritten to gain a font',
        direct,
        { 1: formDr('12 0 R'), 12: '<< /Font << /Helv 7 0 R /My 9 0 R >> >>', 9: MYRIAD },
      ],
      [
        'an indirect /DR replaced by another existing object with the same entries',
        indirect,
        { 1: formDr('12 0 R') },
      ],
    ] as [string, Objects, Objects][])('refused: %s', async (_why, base, changes) => {
      const r = await acroformRule(await context(changes, { base }));
      expect(whats(r)).toEqual(['form']);
      expect(r.explained.has(12)).toBe(false);
    });
    it('entries that are not dictionaries (a /ProcSet list, direct or indirect) may stay as signed', async () => {
      for (const procSet of ['[/PDF /Text]', '14 0 R']) {
        const base = {
          ...direct,
          1: formDr(`<< /Font << /Helv 7 0 R >> /ProcSet ${procSet} >>`),
          14: '[/PDF /Text]',
        };
        const r = await acroformRule(
          await context(
            { 1: formDr(`<< /Font << /Helv 7 0 R /My 9 0 R >> /ProcSet ${procSet} >>`), 9: MYRIAD },
            { base },
          ),
        );
        expect(r.violations).toEqual([]);
        expect(explained(r)).toEqual({ 9: 'form-resources' });
      }
    });
  });

  describe('referredOnlyBy: objects and holders that are not there', () => {
    const base = {
      ...SIGNED,
      1: SIGNED[1]?.replace('/Pages', '/Metadata 9 0 R /Pages') as string,
      9: '<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\na\nendstream',
      10: '<< /Unused true >>',
      11: '[1 2]',
    };
    it('an object nothing referred to as signed; a holder that is missing or no dictionary', async () => {
      const ctx = await context({}, { base });
      expect(await referredOnlyBy(ctx, 10, 1, 'Metadata')).toBe(true);
      expect(await referredOnlyBy(ctx, 10, 50, 'X')).toBe(true);
      expect(await referredOnlyBy(ctx, 10, 11, 'X')).toBe(true);
    });
    it('without a key, the holder may name it anywhere', async () => {
      expect(await referredOnlyBy(await context({}, { base }), 9, 1)).toBe(true);
    });
    it('an object written after signing that cannot be read names nothing', async () => {
      const ctx = await context({ 9: base[9].replace('/Length 1', '/Length 1 /Rev 2') }, { base });
      ctx.touched.add(77);
      expect(await referredOnlyBy(ctx, 9, 1, 'Metadata')).toBe(true);
    });
    it('the object may not name itself either', async () => {
      const ctx = await context({ 9: base[9].replace('/Length 1', '/Length 1 /Self 9 0 R') }, { base });
      expect(await referredOnlyBy(ctx, 9, 1, 'Metadata')).toBe(false);
    });
  });

  describe('metadata in place: a stream that is not there', () => {
    const meta = (x: string) => `<< /Type /Metadata /Subtype /XML /Length 1 >>\nstream\n${x}\nendstream`;
    const catalog = SIGNED[1]?.replace('/Pages', '/Metadata 9 0 R /Pages') as string;
    it('named as signed but missing then, or missing now', async () => {
      const missingThen = await metadataRule(
        await context({ 9: meta('b') }, { base: { ...SIGNED, 1: catalog } }),
      );
      expect(missingThen.violations).toEqual([
        {
          num: 9,
          what: 'metadata',
          reason: 'the metadata stream was rewritten although something else uses it',
        },
      ]);
      const missingNow = await context({ 2: PAGE }, { base: { ...SIGNED, 1: catalog, 9: meta('a') } });
      // Object 9 written after signing but not readable now (a free entry in the newest revision).
      missingNow.cur = store({ ...SIGNED, 1: catalog }, '<< /Root 1 0 R >>');
      missingNow.touched.add(9);
      expect(whats(await metadataRule(missingNow))).toEqual(['metadata']);
    });
  });

  describe('a widget /Rect of names is not empty', () => {
    it('[0 0 0 /X] is visible', async () => {
      const s = store({ 9: '<< /Rect [0 0 0 /X] >>' });
      expect(await isInvisible(s, (await s.dict(new Lexer(ascii('9 0 R'), 0).value())) as PdfDict)).toBe(
        false,
      );
    });
  });

  it('a new field’s indirect /Kids array is explained as part of the field', async () => {
    const ctx = await context(
      {
        9: '<< /FT /Sig /T (S2) /Kids 12 0 R >>',
        12: '[11 0 R]',
        11: '<< /Subtype /Widget /Parent 9 0 R /Rect [0 0 0 0] >>',
      },
      {},
    );
    ctx.newFields.push(new Lexer(ascii('9 0 R'), 0).value());
    const r = await signatureFieldRule(ctx);
    expect(r.violations).toEqual([]);
    expect(explained(r)).toEqual({ 9: 'signature-field', 11: 'signature-field', 12: 'signature-field' });
  });

  describe('a prepared signature field signed later: edge cases', () => {
    const EMPTY = '<< /Type /Annot /Subtype /Widget /FT /Sig /T (S2) /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
    const SIG = '<< /Type /Sig /ByteRange [0 1 2 3] /Contents <00> >>';
    const AP = '<< /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream';
    const withField = (field: string, fields = '[5 0 R 8 0 R]', extra: Objects = {}) => ({
      ...SIGNED,
      1: `<< /Type /Catalog /Pages 3 0 R /AcroForm << /Fields ${fields} /SigFlags 3 >> >>`,
      2: PAGE.replace('[5 0 R]', '[5 0 R 8 0 R]'),
      8: field,
      ...extra,
    });
    const run = async (base: Objects, changes: Objects, signatures = [10]) =>
      signatureFieldRule(await context(changes, { base, signatures }));
    const signedNow = (field: string) => field.replace('/F 4', '/F 4 /V 10 0 R');

    it('a field with /V null as signed is unsigned and may be signed', async () => {
      const field = EMPTY.replace('/F 4', '/F 4 /V null');
      const r = await run(withField(field), { 8: field.replace('/V null', '/V 10 0 R'), 10: SIG });
      expect(r.violations).toEqual([]);
      expect(explained(r)).toEqual({ 8: 'signature-field', 10: 'signature' });
    });
    it('the new signature’s /Reference objects are explained with it', async () => {
      const r = await run(withField(EMPTY), {
        8: signedNow(EMPTY),
        10: SIG.replace('>>', '/Reference [14 0 R] >>'),
        14: '<< /Type /SigRef /TransformMethod /FieldMDP >>',
      });
      expect(r.violations).toEqual([]);
      expect(explained(r)).toEqual({ 8: 'signature-field', 10: 'signature', 14: 'signature' });
    });
    it('/F may gain Locked where it was absent (0), not where it was no number', async () => {
      const noF = EMPTY.replace(' /F 4', '');
      const ok = await run(withField(noF), {
        8: noF.replace('/P 2 0 R', '/P 2 0 R /V 10 0 R /F 128'),
        10: SIG,
      });
      expect(ok.violations).toEqual([]);
      const nameF = EMPTY.replace('/F 4', '/F /X');
      const bad = await run(withField(nameF), { 8: nameF.replace('/F /X', '/F 128 /V 10 0 R'), 10: SIG });
      expect(whats(bad)).toEqual(['signature-appearance']);
    });
    it.each([
      [
        'its appearance removed',
        { 8: signedNow(EMPTY.replace('/F 4', '/F 4 /AP << /N 7 0 R >>')).replace(' /AP << /N 7 0 R >>', '') },
        '(AP)',
      ],
      [
        'another key set to the value of Locked',
        { 8: signedNow(EMPTY).replace('/F 4', '/F 4 /Ff 128') },
        '(Ff)',
      ],
      ['a new /Rect', { 8: signedNow(EMPTY).replace('[0 0 100 50]', '[0 0 600 800]') }, '(Rect)'],
    ] as [string, Objects, string][])('refused, and not explained: %s', async (_why, changes, key) => {
      const base = withField(
        EMPTY.replace('/F 4', _why === 'its appearance removed' ? '/F 4 /AP << /N 7 0 R >>' : '/F 4'),
        undefined,
        { 7: AP },
      );
      const r = await run(base, { ...changes, 10: SIG });
      expect(whats(r)).toEqual(['signature-appearance']);
      expect(r.violations[0]?.reason).toBe(`a signature field of the signed document was changed ${key}`);
      expect(r.explained.has(8)).toBe(false);
    });
    it('a field that cannot be read now', async () => {
      const ctx = await context({ 8: '[1 2 3]' }, { base: withField(EMPTY), signatures: [10] });
      const r = await signatureFieldRule(ctx);
      expect(r.violations).toEqual([
        {
          num: 8,
          what: 'signature-appearance',
          reason: 'a signature field of the signed document cannot be read',
        },
      ]);
    });
    it('no readable catalog or form as signed, a missing field, a direct field: nothing to fill', async () => {
      const unreadable = await context(
        { 8: signedNow(EMPTY), 10: SIG },
        { base: withField(EMPTY), signatures: [10] },
      );
      unreadable.oldCatalog = undefined;
      expect(explained(await signatureFieldRule(unreadable))).toEqual({});
      const noForm = { ...withField(EMPTY), 1: '<< /Type /Catalog /Pages 3 0 R >>' };
      expect(explained(await run(noForm, { 8: signedNow(EMPTY), 10: SIG }))).toEqual({});
      expect(explained(await run(withField(EMPTY, '[5 0 R 8 0 R 60 0 R]'), {}))).toEqual({});
      // A direct root field (ISO 32000-1 12.7.2 wants references) is not looked into, nor its kids.
      const KID = '<< /Type /Annot /Subtype /Widget /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
      const directRoot = withField(KID, '[5 0 R << /FT /Sig /T (D) /Kids [8 0 R] >>]');
      const r = await run(directRoot, { 8: KID.replace('/F 4', '/F 4 /AP << /N 11 0 R >>'), 11: AP });
      expect(r.explained.has(8)).toBe(false);
    });
    it('only signature fields: a field group without /FT, a kid whose own /FT is text', async () => {
      const group = '<< /T (G) /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
      expect(
        explained(
          await run(withField(group), { 8: signedNow(group).replace('/F 4', '/F 4 /V 10 0 R'), 10: SIG }),
        ),
      ).toEqual({});
      const parent = '<< /FT /Sig /T (P) /Kids [9 0 R] >>';
      const textKid =
        '<< /Type /Annot /Subtype /Widget /FT /Tx /Parent 8 0 R /Rect [0 0 100 50] /F 4 /P 2 0 R >>';
      const r = await run(withField(parent, undefined, { 9: textKid }), {
        9: textKid.replace('/F 4', '/F 4 /AP << /N 11 0 R >>'),
        11: AP,
      });
      expect(r.explained.has(9)).toBe(false);
    });
    it('fields 16 levels down are looked into, 17 not; a field that is its own kid ends', async () => {
      // Root field 20 → 21 → … → 37: field 20+d is d levels down; 36 and 37 are prepared fields.
      const chain: Objects = {};
      for (let d = 0; d < 16; d++) chain[20 + d] = `<< /T (L${d}) /FT /Sig /Kids [${21 + d} 0 R] >>`;
      const leaf = (d: number) => `<< /Type /Annot /Subtype /Widget /T (L${d}) /Rect [0 0 0 0] /P 2 0 R >>`;
      chain[36] = leaf(16).replace('>>', '/Kids [37 0 R] >>');
      chain[37] = leaf(17);
      const base = withField(EMPTY, '[5 0 R 20 0 R]', chain);
      const r = await run(base, {
        36: chain[36]?.replace('/P 2 0 R', '/P 2 0 R /AP << /N 11 0 R >>') as string,
        37: leaf(17).replace('/P 2 0 R', '/P 2 0 R /AP << /N 12 0 R >>'),
        11: AP,
        12: AP,
      });
      expect(r.explained.get(36)).toBe('signature-field');
      expect(r.explained.has(37)).toBe(false);
      const loop = '<< /FT /Sig /T (L) /Kids [8 0 R] /Rect [0 0 0 0] /P 2 0 R >>';
      const looped = await run(withField(loop), {
        8: loop.replace('/P 2 0 R', '/P 2 0 R /V 10 0 R'),
        10: SIG,
      });
      expect(explained(looped)).toEqual({ 8: 'signature-field', 10: 'signature' });
    });
  });
});
