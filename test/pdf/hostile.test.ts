// Hostile files (issue 9, "Bounded work"): each is built here, small, and must end with a clear
// answer. The time bounds are only hang guards; bench/pdf.bench.ts measures the real figures.
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { type PdfReport, verifyPdf } from '../../src/pdf/index';
import { appendUpdate, lastStartxref, latin1Bytes, trailerInfo } from './signer';

const plainDoc = await PDFDocument.create();
plainDoc.addPage([595, 842]).drawText('plain', { x: 50, y: 780 });
const plain = await plainDoc.save({ useObjectStreams: false });

function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  const bs = parts.map((p) => (typeof p === 'string' ? latin1Bytes(p) : p));
  const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bs) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** An update whose cross-reference section is a stream with the given dictionary and data. */
function xrefStreamUpdate(pdf: Uint8Array, num: number, dict: string, data: Uint8Array): Uint8Array {
  const at = pdf.length + 1;
  return concat(
    pdf,
    '\n',
    `${num} 0 obj\n<< /Type /XRef ${dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`,
    data,
    `\nendstream\nendobj\nstartxref\n${at}\n%%EOF\n`,
  );
}

const HANG_GUARD_MS = 10_000;

async function timed(bytes: Uint8Array): Promise<{ r: PdfReport; ms: number }> {
  const t = performance.now();
  const r = await verifyPdf(bytes, { file: 'hostile.pdf' });
  return { r, ms: performance.now() - t };
}

function codes(r: PdfReport): string[] {
  return r.messages.map((m) => m.code);
}

describe('hostile files end with a clear answer', () => {
  it('repeated /ByteRange tokens: no quadratic scan', async () => {
    const { root, size } = trailerInfo(plain);
    const keys = '/ByteRange [0 1 2 3] '.repeat(15_000);
    const bytes = appendUpdate(plain, [
      { num: size, body: `<< /Type /Sig /Filter /Adobe.PPKLite ${keys} /Contents <00> >>` },
      {
        num: size + 1,
        body: `<< /Length 300000 >>\nstream\n${'/ByteRange '.repeat(27_273).slice(0, 300_000)}\nendstream`,
      },
    ]);
    void root;
    const { r, ms } = await timed(bytes);
    expect(r.verdict).toBe('broken');
    expect(r.signatures[0]?.problems.map((p) => p.code)).toContain('sig.duplicate-key');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('an xref stream with /W [0 0 0] /Index [0 999999999999]', async () => {
    const { root, size } = trailerInfo(plain);
    const bytes = xrefStreamUpdate(
      plain,
      size,
      `/Size ${size + 1} /Root ${root} 0 R /Prev ${lastStartxref(plain)} /W [0 0 0] /Index [0 999999999999]`,
      deflateSync(Buffer.alloc(16)),
    );
    const { r, ms } = await timed(bytes);
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.truncated');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('an xref stream inflating to 60 MB: only the rows /Index names are inflated', async () => {
    const { root, size } = trailerInfo(plain);
    const bomb = deflateSync(Buffer.alloc(60 * 1024 * 1024), { level: 9 });
    let bytes = plain;
    for (let k = 0; k < 5; k++) {
      const { size: s } = trailerInfo(bytes.length === plain.length ? plain : bytes);
      void s;
      bytes = xrefStreamUpdate(
        bytes,
        size + k,
        `/Size ${size + 5} /Root ${root} 0 R /Prev ${lastStartxref(bytes)} /W [1 1 1] /Index [0 1]`,
        bomb,
      );
    }
    const { r, ms } = await timed(bytes);
    expect(r.verdict).toBe('unsigned');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('object streams inflating past 100 MB in total: error.too-much-data', async () => {
    const { root, size } = trailerInfo(plain);
    const objs = [0, 1].map((k) => {
      const head = `${size + 10 + k} 0 `;
      const bomb = deflateSync(
        Buffer.concat([Buffer.from(`${head}1 `), Buffer.alloc(60 * 1024 * 1024, 0x20)]),
        {
          level: 9,
        },
      );
      return {
        num: size + k,
        body: concat(
          `<< /Type /ObjStm /N 1 /First ${head.length} /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`,
          bomb,
          '\nendstream',
        ),
      };
    });
    const withStreams = appendUpdate(plain, objs);
    // A cross-reference stream that puts one object into each object stream.
    const row = (t: number, a: number, b: number) => [t, (a >> 8) & 255, a & 255, b];
    const data = Buffer.from([...row(2, size, 0), ...row(2, size + 1, 0)]);
    const bytes = xrefStreamUpdate(
      withStreams,
      size + 12,
      `/Size ${size + 13} /Root ${root} 0 R /Prev ${lastStartxref(withStreams)} /W [1 2 1] /Index [${size + 10} 2]`,
      deflateSync(data),
    );
    const { r, ms } = await timed(bytes);
    expect(r.verdict).toBe('error');
    expect(codes(r), JSON.stringify(r.messages)).toContain('error.too-much-data');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('1,000 signature dictionaries: error.too-many-signatures, nothing hashed per signature', async () => {
    const { size } = trailerInfo(plain);
    const sigs = Array.from({ length: 1000 }, (_, k) => ({
      num: size + k,
      body: '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 30] /Contents <3082> >>',
    }));
    const { r, ms } = await timed(appendUpdate(plain, sigs));
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.too-many-signatures');
    expect(r.messages.find((m) => m.code === 'error.too-many-signatures')?.ja).toContain('1000');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('more than 1,000 revisions: error.too-many-revisions', async () => {
    const { root, size } = trailerInfo(plain);
    const parts: (Uint8Array | string)[] = [plain];
    let len = plain.length;
    let prev = lastStartxref(plain);
    for (let k = 0; k < 1001; k++) {
      const text = `\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${len + 1}\n%%EOF\n`;
      prev = len + 1;
      parts.push(text);
      len += text.length;
    }
    const { r, ms } = await timed(concat(...parts));
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.too-many-revisions');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('a cross-reference chain that loops: error.xref-loop', async () => {
    const { root, size } = trailerInfo(plain);
    const at = plain.length + 1;
    const bytes = concat(
      plain,
      `\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${at} >>\nstartxref\n${at}\n%%EOF\n`,
    );
    const { r } = await timed(bytes);
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.xref-loop');
  });

  it('deep nesting: error.nesting-too-deep', async () => {
    const { size } = trailerInfo(plain);
    const bytes = appendUpdate(plain, [{ num: size, body: `${'['.repeat(5000)}${']'.repeat(5000)}` }]);
    const { r } = await timed(bytes);
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.nesting-too-deep');
  });

  it('overlapping objects that would make parsing quadratic: error.too-complex', async () => {
    // One literal string holding thousands of nested object headers, each listed in the xref.
    const { size } = trailerInfo(plain);
    const n = 3000;
    let body = '';
    const rel: number[] = [];
    for (let k = 0; k < n; k++) {
      rel.push(body.length);
      body += `${size + k} 0 obj (`;
    }
    body += 'x'.repeat(2000) + ')'.repeat(n);
    const start = plain.length + 1;
    let x = `xref\n0 1\n0000000000 65535 f \n${size} ${n}\n`;
    for (const r of rel) x += `${String(start + r).padStart(10, '0')} 00000 n \n`;
    const xrefAt = start + body.length + 1;
    const { root } = trailerInfo(plain);
    const bytes = concat(
      plain,
      '\n',
      body,
      `\n${x}trailer\n<< /Size ${size + n} /Root ${root} 0 R /Prev ${lastStartxref(plain)} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    const { r, ms } = await timed(bytes);
    expect(r.verdict).toBe('error');
    expect(codes(r)).toContain('error.too-complex');
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });
});
