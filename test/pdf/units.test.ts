// The pieces of the PDF checker: object syntax, dates, anchors, the acceptance rule, limits, and
// robustness against arbitrary bytes.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascii } from '../../src/pdf/bytes';
import {
  certificatesFromFile,
  defaultAnchorNames,
  defaultAnchorsDer,
  PDF_SIZE_LIMIT,
  pdfSignerEmails,
  pdfVerdictAcceptable,
  verifyPdf,
} from '../../src/pdf/index';
import {
  Lexer,
  PdfDict,
  PdfName,
  PdfRef,
  type PdfString,
  parseObjectAt,
  sameValue,
} from '../../src/pdf/objects';
import { parsePdfDate } from '../../src/pdf/verify';
import { type Fixture, getFixtures, HAVE_OPENSSL } from './fixtures';

describe('object syntax', () => {
  const value = (s: string) => new Lexer(ascii(s), 0).value();

  it.each([
    ['42', 42],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['true', true],
    ['null', null],
  ])('reads %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads names with #-escapes, references, arrays and dictionaries', () => {
    const v = value('<< /Type /Sig /A#20B 12 0 R /Arr [1 2 0 R (x)] /D << /K <4142> >> >>');
    expect(v).toBeInstanceOf(PdfDict);
    const d = v as PdfDict;
    expect(d.name('Type')).toBe('Sig');
    expect(d.get('A B')).toEqual(new PdfRef(12, 0));
    const arr = d.get('Arr') as unknown[];
    expect(arr[0]).toBe(1);
    expect(arr[1]).toEqual(new PdfRef(2, 0));
    expect((arr[2] as PdfString).value).toBe('x');
    expect(((d.get('D') as PdfDict).get('K') as PdfString).value).toBe('AB');
  });

  it('reads literal strings with escapes and nested parentheses', () => {
    const s = value('(a\\(b\\) (c) \\101\\n)') as PdfString;
    expect(s.value).toBe('a(b) (c) A\n');
    expect(s.hex).toBe(false);
  });

  it('keeps offsets of hex strings and keys, and notes duplicate keys', () => {
    const text = '<< /Contents <00ff> /ByteRange [0 1 2 3] /Contents <01> >>';
    const d = value(text) as PdfDict;
    expect(d.duplicates).toEqual(['Contents']);
    expect(d.keyPos.get('ByteRange')).toBe(text.indexOf('/ByteRange'));
    const c = d.get('Contents') as PdfString;
    expect(text.slice(c.start, c.end)).toBe('<01>');
  });

  it('reads an indirect object with a stream', () => {
    const o = parseObjectAt(ascii('7 0 obj\n<< /Length 5 >>\nstream\nhello\nendstream\nendobj'), 0);
    expect(o.num).toBe(7);
    expect(o.stream).toEqual({ start: 31, end: 36 });
  });

  it('rejects garbage', () => {
    expect(() => parseObjectAt(ascii('x 0 obj'), 0)).toThrow();
    expect(() => value('<< /A ')).toThrow();
    expect(() => value(')')).toThrow();
  });

  it('compares values structurally', () => {
    expect(sameValue(value('<< /A [1 (x) /N] >>'), value('<</A[1<78>/N]>>'))).toBe(true);
    expect(sameValue(value('<< /A 1 >>'), value('<< /A 2 >>'))).toBe(false);
    expect(sameValue(new PdfName('A'), new PdfName('A'))).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ["D:20261125110715+09'00'", '2026-11-25T02:07:15.000Z'],
    ['D:20261125020715Z', '2026-11-25T02:07:15.000Z'],
    ["D:20261124210715-05'00", '2026-11-25T02:07:15.000Z'],
    ['D:2026', '2026-01-01T00:00:00.000Z'],
  ])('%s', (s, iso) => {
    expect(parsePdfDate(s)?.toISOString()).toBe(iso);
  });
  it('rejects non-dates', () => {
    expect(parsePdfDate('yesterday')).toBeUndefined();
  });
});

describe('trust anchors', () => {
  it('are the SECOM roots, generated from the root store (more in anchors.test.ts)', () => {
    const names = defaultAnchorNames();
    expect(names.some((n) => n.includes('Security Communication RootCA2'))).toBe(true);
    expect(names.every((n) => /O=SECOM Trust(\.net| Systems)/.test(n))).toBe(true);
    expect(defaultAnchorsDer().every((d) => d[0] === 0x30)).toBe(true);
  });
  it('are read from PEM (several blocks) or DER', () => {
    const der = defaultAnchorsDer();
    const pem = der
      .map(
        (d) =>
          `-----BEGIN CERTIFICATE-----\n${Buffer.from(d).toString('base64')}\n-----END CERTIFICATE-----\n`,
      )
      .join('');
    expect(certificatesFromFile(ascii(pem))).toEqual(der);
    expect(certificatesFromFile(der[0] as Uint8Array)).toEqual([der[0]]);
    expect(certificatesFromFile(ascii('hello'))).toEqual([]);
  });
});

describe('acceptance for the submission', () => {
  it.each([
    ['valid', false, true],
    ['valid', true, true],
    ['unsigned', false, false],
    ['unsigned', true, true],
    ['untrusted', false, false],
    ['untrusted', true, true],
    ['modified', true, false],
    ['broken', true, false],
    ['error', true, false],
  ] as const)('%s (confirmed: %s) → %s', (verdict, confirmed, ok) => {
    expect(pdfVerdictAcceptable({ verdict }, confirmed)).toBe(ok);
  });
  it('lists the signers of approval signatures', () => {
    const sig = (kind: 'approval' | 'timestamp', email: string | null) =>
      ({ kind, signer: email === null ? null : { email } }) as never;
    expect(
      pdfSignerEmails({
        signatures: [sig('approval', 'a@x.jp'), sig('timestamp', 't@x.jp'), sig('approval', null)],
      }),
    ).toEqual(['a@x.jp']);
  });
});

describe('inputs that are not a checkable PDF', () => {
  it('over 25 MB: error at once, without hashing', async () => {
    const big = new Uint8Array(PDF_SIZE_LIMIT + 1);
    big.set(ascii('%PDF-1.7\n'));
    const t = performance.now();
    const r = await verifyPdf(big, { file: 'big.pdf' });
    expect(performance.now() - t).toBeLessThan(50);
    expect(r.verdict).toBe('error');
    expect(r.sha256).toBeNull();
    expect(r.messages.map((m) => m.code)).toContain('error.too-large');
  });
  it.each([
    ['empty', ''],
    ['header only', '%PDF-1.7\n'],
    ['text', 'hello world'],
    ['no xref', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'],
    ['bad startxref', '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstartxref\n999\n%%EOF\n'],
  ])('%s → error', async (_, text) => {
    const r = await verifyPdf(ascii(text));
    expect(r.verdict).toBe('error');
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (b, header) => {
        const bytes = header ? new Uint8Array([...ascii('%PDF-1.7\n'), ...b]) : b;
        const r = await verifyPdf(bytes);
        expect(['error', 'unsigned']).toContain(r.verdict);
      }),
      { numRuns: 200 },
    );
  });
});

describe.skipIf(!HAVE_OPENSSL)('mutations of a signed PDF', async () => {
  const fx = HAVE_OPENSSL ? await getFixtures() : undefined;
  const f = fx?.list.find((x) => x.name === 'node-rsa') as Fixture;
  const signed = f ? new Uint8Array(readFileSync(f.file)) : new Uint8Array();
  const anchors = fx ? certificatesFromFile(new Uint8Array(readFileSync(fx.root))) : [];
  const text = Buffer.from(signed).toString('latin1');
  const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(text);
  const [b, c] = [Number(m?.[1]), Number(m?.[2])];

  it('no byte outside the signature value can change without losing `valid`', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: signed.length - 1 }).filter((i) => i < b || i >= c),
        fc.integer({ min: 1, max: 255 }),
        async (i, x) => {
          const bytes = signed.slice();
          bytes[i] = (bytes[i] as number) ^ x;
          const r = await verifyPdf(bytes, { trustAnchors: anchors });
          expect(r.verdict).not.toBe('valid');
        },
      ),
      { numRuns: 150 },
    );
  });

  // Parts of the CMS are not signed (the certificates, the outer digestAlgorithms, the version):
  // changing them may break the chain or nothing at all. The signature value itself is signed.
  it('a changed byte in /Contents never throws and never yields modified or unsigned', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: b + 1, max: c - 2 }), async (i) => {
        const bytes = signed.slice();
        bytes[i] = bytes[i] === 0x30 ? 0x31 : 0x30;
        const r = await verifyPdf(bytes, { trustAnchors: anchors });
        expect(['valid', 'untrusted', 'broken', 'error']).toContain(r.verdict);
      }),
      { numRuns: 60 },
    );
  });

  it('a changed byte in the signature value or the length headers breaks it', async () => {
    // The DER ends with the RSA-2048 signature value (256 bytes = 512 hex digits).
    const hex = text.slice(b + 1, c - 1);
    const derHexLength = (4 + Number.parseInt(hex.slice(4, 8), 16)) * 2;
    const positions = [b + 1 + 4, b + 1 + 5, b + 1 + 6, b + 1 + 7];
    for (let k = 0; k < 24; k++) positions.push(b + 1 + derHexLength - 512 + k * 21);
    for (const i of positions) {
      const bytes = signed.slice();
      bytes[i] = bytes[i] === 0x30 ? 0x31 : 0x30;
      const r = await verifyPdf(bytes, { trustAnchors: anchors });
      expect(r.verdict, `hex digit ${i - b - 1}`).toBe('broken');
    }
  });

  it('one end-of-line after the signed %%EOF is not content', async () => {
    for (const eol of ['\n', '\r\n']) {
      const bytes = new Uint8Array([...signed, ...ascii(eol)]);
      expect((await verifyPdf(bytes, { trustAnchors: anchors })).verdict).toBe('valid');
    }
  });

  it('appending anything at all loses `valid`', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 200 }), async (tail) => {
        const bytes = new Uint8Array(signed.length + tail.length);
        bytes.set(signed);
        bytes.set(tail, signed.length);
        const r = await verifyPdf(bytes, { trustAnchors: anchors });
        // A lone end-of-line after %%EOF is not content.
        const t = Buffer.from(tail).toString('latin1');
        if (t === '\n' || t === '\r' || t === '\r\n') expect(r.verdict).toBe('valid');
        else expect(r.verdict).not.toBe('valid');
      }),
      { numRuns: 100 },
    );
  });
});
