// Each byte-range rule of checkSignature, broken alone by a same-length edit of a signed file, gives
// `broken` with that rule's own reason on that signature. Verdict-level tests alone cannot tell the
// rules apart (a later digest check also breaks), so a deleted rule would go unnoticed: mutation
// testing found exactly that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificatesFromFile, verifyPdf } from '../../src/pdf/index';
import { officerKey } from './attacks/build';
import { getFixtures, HAVE_OPENSSL } from './fixtures';
import {
  buildCms,
  lastStartxref,
  latin1Bytes,
  latin1Text,
  patch,
  placeholderPdf,
  type SignerKey,
  trailerInfo,
} from './signer';

describe.skipIf(!HAVE_OPENSSL)('byte-range rules, one at a time', async () => {
  const fx = HAVE_OPENSSL ? await getFixtures() : undefined;
  const signed = () =>
    new Uint8Array(readFileSync(fx?.list.find((f) => f.name === 'node-rsa')?.file as string));
  const anchors = () => certificatesFromFile(new Uint8Array(readFileSync(fx?.root as string)));

  function edits() {
    const bytes = signed();
    const t = latin1Text(bytes);
    const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\s*\]/.exec(t);
    if (!m || m.index === undefined) throw new Error('no byte range');
    const [at, len] = [m.index, m[0].length];
    const [b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const range = (s: string) => patch(bytes, at, s.padEnd(len, ' '));
    const sub = t.indexOf('/SubFilter /adbe.pkcs7.detached');
    return [
      ['sig.byterange-missing', range('/ByteRange null')],
      ['sig.byterange-malformed', range(`/ByteRange [1 ${b} ${c} ${d}]`)],
      ['sig.byterange-malformed', range(`/ByteRange [0 ${c} ${b} ${d}]`)],
      ['sig.byterange-malformed', range(`/ByteRange [0 ${b} ${c} ${d + 9}]`)],
      ['sig.hole-mismatch', range(`/ByteRange [0 ${b - 1} ${c} ${d}]`)],
      ['sig.hole-mismatch', range(`/ByteRange [0 ${b} ${c + 1} ${d - 1}]`)],
      ['sig.not-at-eof', range(`/ByteRange [0 ${b} ${c} ${d - 3}]`)],
      ['sig.unsupported-subfilter', patch(bytes, sub, '/SubFilter /adbe.pkcs7.sha1XXXXX')],
    ] as const;
  }

  it.each(edits().map(([code, bytes], i) => [i, code, bytes] as const))(
    'edit %i: broken with %s on the signature',
    async (_i, code, bytes) => {
      const r = await verifyPdf(bytes, { trustAnchors: anchors() });
      expect(r.verdict).toBe('broken');
      const sig = r.signatures.find((s) => !s.intact);
      expect(sig?.problems.map((p) => p.code)).toContain(code);
    },
  );

  it('the unedited file: intact, covering the whole file, no problem', async () => {
    const r = await verifyPdf(signed(), { trustAnchors: anchors() });
    expect(r.verdict).toBe('valid');
    expect(r.signatures[0]?.intact).toBe(true);
    expect(r.signatures[0]?.coversWholeFile).toBe(true);
    expect(r.signatures[0]?.problems).toEqual([]);
    expect(r.signatures[0]?.byteRange).toHaveLength(4);
  });
});

// Malformed byte ranges that a later rule would also reject, each with the reason of the rule that
// should catch it (the detail of `sig.byterange-malformed` tells the rules apart); the signature
// dictionary's own keys and /Contents; where the signed part may end. Mutation testing (issue 9)
// found each of these rules deletable without a failing test.
describe.skipIf(!HAVE_OPENSSL)('byte-range values, dictionary and signed end', async () => {
  const fx = HAVE_OPENSSL ? await getFixtures() : undefined;
  const key = fx ? await officerKey(fx) : undefined;
  const signed = () =>
    new Uint8Array(readFileSync(fx?.list.find((f) => f.name === 'node-rsa')?.file as string));
  const anchors = () => certificatesFromFile(new Uint8Array(readFileSync(fx?.root as string)));
  const verify = (bytes: Uint8Array) => verifyPdf(bytes, { trustAnchors: anchors() });
  const FOUR = 'four non-negative integers expected';

  /** The node-rsa file with its /ByteRange array replaced (same length: the padding after it). */
  function withRange(make: (b: number, c: number, d: number, objEnd: number) => string) {
    const bytes = signed();
    const t = latin1Text(bytes);
    const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\]( *)/.exec(t);
    if (!m || m.index === undefined) throw new Error('no byte range');
    const [b, c, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const objEnd = t.indexOf('endobj', c) + 'endobj'.length;
    const text = `/ByteRange ${make(b, c, d, objEnd)}`;
    if (text.length > m[0].length) throw new Error('no room');
    return patch(bytes, m.index, text.padEnd(m[0].length, ' '));
  }

  /** Japanese detail of each English one. */
  const JA: Record<string, string> = {
    [FOUR]: '0 以上の整数 4 つではありません',
    'does not start at byte 0': 'ファイルの先頭から始まっていません',
    'out of order': '範囲の順序が逆か、ファイルの終わりを超えています',
    'past the end': '範囲の順序が逆か、ファイルの終わりを超えています',
    'the signature dictionary is outside the signed range': '署名データ自身が署名範囲の外にあります',
  };

  /**
   * Broken with exactly this problem on the (only) signature, named after its field; a signature
   * stopped before its end was checked does not cover the whole file.
   */
  async function brokenWith(
    bytes: Uint8Array,
    code: string,
    detail?: string,
    o: { covers?: boolean; field?: string | { ja: string; en: string } } = {},
  ) {
    const field =
      typeof o.field === 'string' || o.field === undefined ? { ja: o.field, en: o.field } : o.field;
    const r = await verify(bytes);
    expect(r.verdict).toBe('broken');
    const sig = r.signatures.find((s) => !s.intact);
    expect(sig?.problems.map((p) => p.code)).toEqual([code]);
    expect(sig?.problems[0]?.en).toContain(`"${field.en ?? 'Signature1'}"`);
    expect(sig?.problems[0]?.ja).toContain(`「${field.ja ?? 'Signature1'}」`);
    expect(sig?.coversWholeFile).toBe(o.covers ?? false);
    if (detail) expect(sig?.problems[0]?.en).toContain(detail);
    const ja = detail && JA[detail];
    if (ja) expect(sig?.problems[0]?.ja).toContain(ja);
    return r;
  }

  it.each([
    ['a negative length', (b: number, c: number) => `[0 ${b} ${c} -1]`, FOUR],
    ['a negative offset', (b: number, c: number, d: number) => `[0 ${b} -${c} ${d}]`, FOUR],
    ['a non-integer length', (b: number, c: number, d: number) => `[0 ${b} ${c} ${d - 1}.5]`, FOUR],
    ['a name for a number', (b: number, c: number) => `[0 ${b} ${c} /D]`, FOUR],
    ['three numbers', (b: number, c: number) => `[0 ${b} ${c}]`, FOUR],
    ['five numbers', (b: number, c: number, d: number) => `[0 ${b} ${c} ${d} 0]`, FOUR],
    [
      'a start other than 0',
      (b: number, c: number, d: number) => `[1 ${b} ${c} ${d}]`,
      'does not start at byte 0',
    ],
    ['ranges out of order', (b: number, c: number, d: number) => `[0 ${c} ${b} ${d}]`, 'out of order'],
    ['an empty hole', (b: number, _c: number, d: number) => `[0 ${b} ${b} ${d}]`, 'out of order'],
    ['a range past the end', (b: number, c: number, d: number) => `[0 ${b} ${c} ${d + 1}]`, 'past the end'],
    [
      'a range ending inside the signature dictionary',
      (b: number, c: number) => `[0 ${b} ${c} 5]`,
      'the signature dictionary is outside the signed range',
    ],
  ] as const)(
    '/ByteRange with %s: broken, byterange-malformed with its own reason',
    async (_, make, detail) => {
      await brokenWith(withRange(make), 'sig.byterange-malformed', detail);
    },
  );

  it('a range ending right after the signature object (not a %%EOF): not-at-eof', async () => {
    await brokenWith(
      withRange((b, c, _d, objEnd) => `[0 ${b} ${c} ${objEnd - c}]`),
      'sig.not-at-eof',
    );
  });

  it('a range whose hole starts at the /ByteRange key (the key inside the hole): hole-mismatch', async () => {
    const t = latin1Text(signed());
    const keyAt = t.indexOf('/ByteRange [0 ');
    await brokenWith(
      withRange((_b, c, d) => `[0 ${keyAt} ${c} ${d}]`),
      'sig.hole-mismatch',
    );
  });

  it('a key repeated in the signature dictionary: duplicate-key, naming it', async () => {
    const bytes = signed();
    const m = /\/ByteRange \[0 \d+ \d+ \d+\]( +)/.exec(latin1Text(bytes));
    if (!m || m.index === undefined || (m[1]?.length ?? 0) < 12) throw new Error('no padding');
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    await brokenWith(patch(bytes, at, ' /Type /Sig'), 'sig.duplicate-key', '(Type)');
    await brokenWith(patch(bytes, at, ' /Type /Sig /M ()'), 'sig.duplicate-key', '(Type, M)');
  });

  it('a signature no form field names: the problem says "unnamed"', async () => {
    const bytes = withRange((b, c, d) => `[1 ${b} ${c} ${d}]`);
    const v = latin1Text(bytes).indexOf('/V 7 0 R');
    if (v < 0) throw new Error('no /V');
    await brokenWith(patch(bytes, v, '/X'), 'sig.byterange-malformed', 'does not start at byte 0', {
      field: { ja: '（名前なし）', en: '(unnamed)' },
    });
  });

  it('no /SubFilter: unsupported-subfilter "(none)", for an approval signature and a document timestamp', async () => {
    const bytes = signed();
    const at = latin1Text(bytes).indexOf('/SubFilter /adbe.pkcs7.detached');
    await brokenWith(patch(bytes, at, ' '.repeat(31)), 'sig.unsupported-subfilter', '(none)', {
      covers: true,
    });
    const ts = new Uint8Array(
      readFileSync(fx?.list.find((f) => f.name === 'node-timestamp-only')?.file as string),
    );
    const tsAt = latin1Text(ts).indexOf('/SubFilter /ETSI.RFC3161');
    if (tsAt < 0) throw new Error('no timestamp');
    await brokenWith(patch(ts, tsAt, ' '.repeat(24)), 'sig.unsupported-subfilter', '(none)', {
      covers: true,
      field: 'DocTimeStamp1',
    });
  });

  describe('/Contents', () => {
    const hole = () => {
      const bytes = signed();
      const m = /\/ByteRange \[0 (\d+) (\d+) (\d+)\]/.exec(latin1Text(bytes));
      return { bytes, b: Number(m?.[1]), c: Number(m?.[2]), d: Number(m?.[3]) };
    };
    it('absent (the key renamed): contents-missing', async () => {
      const { bytes, b } = hole();
      await brokenWith(patch(bytes, b - '/Contents '.length, '/Xontents'), 'sig.contents-missing');
    });
    it('a literal string instead of a hex string: contents-missing', async () => {
      const { bytes, b, c } = hole();
      await brokenWith(patch(patch(bytes, b, '('), c - 1, ')'), 'sig.contents-missing');
    });
    it('all zeros: contents-missing', async () => {
      const { bytes, b, c } = hole();
      await brokenWith(patch(bytes, b + 1, '0'.repeat(c - b - 2)), 'sig.contents-missing', undefined, {
        covers: true,
      });
    });
    it('empty (<>), the byte range fitted to it: contents-missing', async () => {
      const { bytes, b, c, d } = hole();
      const emptied = patch(bytes, b, `<>${' '.repeat(c - b - 2)}`);
      const br = latin1Text(emptied).indexOf('/ByteRange [0 ');
      const r = `/ByteRange [0 ${b} ${b + 2} ${d + c - b - 2}]`;
      await brokenWith(patch(emptied, br, r), 'sig.contents-missing', undefined, { covers: true });
    });
  });

  /**
   * A one-page PDF signed by the test officer over the whole file, its end (`startxref N %%EOF`)
   * rewritten first; `dictOrder` writes /Contents before /ByteRange, with no space between.
   */
  async function signedWith(o: { tail?: (sx: string) => string; contentsFirst?: boolean }) {
    let t = latin1Text(await placeholderPdf());
    const end = /startxref\n(\d+)\n%%EOF\n?$/.exec(t);
    if (!end) throw new Error('no startxref at the end');
    if (o.tail) t = t.slice(0, end.index) + o.tail(end[1] as string);
    const brText = /\/ByteRange \[ 0 9999999999 9999999999 9999999999 \]/.exec(t);
    const ctText = /\/Contents <0+>/.exec(t);
    if (!brText || !ctText) throw new Error('no placeholder');
    if (o.contentsFirst) {
      // `/ByteRange [..]\n/Contents <..>` → `/Contents <..>/ByteRange [..] `: same length.
      if (ctText.index !== brText.index + brText[0].length + 1) throw new Error('unexpected order');
      t = `${t.slice(0, brText.index)}${ctText[0]}${brText[0]} ${t.slice(ctText.index + ctText[0].length)}`;
    }
    const pdf = latin1Bytes(t);
    const text = latin1Text(pdf);
    const b = text.indexOf('/Contents <') + '/Contents '.length;
    const c = text.indexOf('>', b) + 1;
    const d = pdf.length - c;
    const brAt = text.indexOf('/ByteRange [ 0 9999999999');
    const out = patch(pdf, brAt, `/ByteRange [0 ${b} ${c} ${d}]`.padEnd(brText[0].length, ' '));
    const data = new Uint8Array(b + d);
    data.set(out.subarray(0, b), 0);
    data.set(out.subarray(c), b);
    const der = await buildCms(data, key as SignerKey, {});
    return patch(out, b + 1, Buffer.from(der).toString('hex'));
  }

  async function valid(bytes: Uint8Array) {
    const r = await verify(bytes);
    expect(r.verdict, r.messages.map((m) => m.code).join(' ')).toBe('valid');
    expect(r.signatures[0]?.intact).toBe(true);
    expect(r.signatures[0]?.coversWholeFile).toBe(true);
    expect(r.signatures[0]?.problems).toEqual([]);
  }

  it('/ByteRange right after the hole (`<..>/ByteRange`): outside the hole, valid', async () => {
    await valid(await signedWith({ contentsFirst: true }));
  });

  it.each([
    ['%%EOF', ''],
    ['%%EOF LF', '\n'],
    ['%%EOF CR LF', '\r\n'],
    ['%%EOF CR', '\r'],
  ])('a signed part ending after %s: valid', async (_, eol) => {
    await valid(await signedWith({ tail: (sx) => `startxref\n${sx}\n%%EOF${eol}` }));
  });

  it('startxref 64 bytes before %%EOF (the farthest allowed): valid', async () => {
    // startxref(9) + LF + N + LF + padding = 64 bytes.
    await valid(await signedWith({ tail: (sx) => `startxref\n${sx}\n${' '.repeat(53 - sx.length)}%%EOF` }));
  });

  it('startxref 65 bytes before %%EOF: not-at-eof', async () => {
    const bytes = await signedWith({ tail: (sx) => `startxref\n${sx}\n${' '.repeat(54 - sx.length)}%%EOF` });
    await brokenWith(bytes, 'sig.not-at-eof');
  });

  it('a bare `startxref N %%EOF` right after the signed part’s %%EOF and LF: intact, modified (trailing bytes)', async () => {
    // The signed part's own startxref is searched for before its %%EOF only: one that starts just
    // after the range is not the signed revision's end.
    const bytes = await signedWith({ tail: (sx) => `startxref\n${sx}\n%%EOF\n` });
    const out = latin1Bytes(`${latin1Text(bytes)}startxref\n${lastStartxref(bytes)}\n%%EOF\n`);
    const r = await verify(out);
    expect(r.verdict).toBe('modified');
    expect(r.signatures[0]?.intact).toBe(true);
    expect(r.signatures[0]?.problems).toEqual([]);
    expect(r.messages.map((m) => m.code)).toContain('mod.trailing-bytes');
  });

  it('a signed part ending between the CR and LF after %%EOF: not-at-eof', async () => {
    const bytes = await signedWith({ tail: (sx) => `startxref\n${sx}\n%%EOF\r` });
    const out = new Uint8Array(bytes.length + 1);
    out.set(bytes);
    out[bytes.length] = 0x0a;
    await brokenWith(out, 'sig.not-at-eof');
  });

  it('a signed revision whose startxref has no number, a later revision after it: not-at-eof', async () => {
    let xref = 0;
    const first = await signedWith({
      tail: (sx) => {
        xref = Number(sx);
        return `startxref\n${sx}x\n%%EOF\n`;
      },
    });
    const { root, size } = trailerInfo(first);
    const next = `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${xref} >>\n`;
    const tail = `${next}startxref\n${first.length}\n%%EOF\n`;
    const out = new Uint8Array(first.length + tail.length);
    out.set(first);
    out.set(latin1Bytes(tail), first.length);
    await brokenWith(out, 'sig.not-at-eof');
  });
});
