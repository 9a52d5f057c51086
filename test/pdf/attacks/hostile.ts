// Hostile files (issue 9, "Bounded work"): small files built in memory that would make a naive
// reader hang, run out of memory or answer "truncated". Each comes with the answer it must get.
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import type { PdfVerdict } from '../../../src/pdf/index';
import { appendUpdate, concat, lastStartxref, trailerInfo } from '../signer';

export interface Hostile {
  name: string;
  verdict: PdfVerdict;
  code: string;
  bytes: () => Uint8Array;
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

export async function plainPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('plain', { x: 50, y: 780 });
  return doc.save({ useObjectStreams: false });
}

export function hostileFiles(plain: Uint8Array): Hostile[] {
  const { root, size } = trailerInfo(plain);
  const prev = lastStartxref(plain);
  return [
    {
      name: 'repeated /ByteRange tokens (no quadratic scan)',
      verdict: 'broken',
      code: 'sig.duplicate-key',
      bytes: () =>
        appendUpdate(plain, [
          {
            num: size,
            body: `<< /Type /Sig /Filter /Adobe.PPKLite ${'/ByteRange [0 1 2 3] '.repeat(15_000)} /Contents <00> >>`,
          },
          {
            num: size + 1,
            body: `<< /Length 300000 >>\nstream\n${'/ByteRange '.repeat(27_273).slice(0, 300_000)}\nendstream`,
          },
        ]),
    },
    {
      name: 'an xref stream with /W [0 0 0] /Index [0 999999999999]',
      verdict: 'error',
      code: 'error.truncated',
      bytes: () =>
        xrefStreamUpdate(
          plain,
          size,
          `/Size ${size + 1} /Root ${root} 0 R /Prev ${prev} /W [0 0 0] /Index [0 999999999999]`,
          deflateSync(Buffer.alloc(16)),
        ),
    },
    {
      name: 'five chained xref streams inflating to 60 MB each (only the rows /Index names are inflated)',
      verdict: 'unsigned',
      code: 'verdict.unsigned',
      bytes: () => {
        const bomb = deflateSync(Buffer.alloc(60 * 1024 * 1024), { level: 9 });
        let bytes = plain;
        for (let k = 0; k < 5; k++)
          bytes = xrefStreamUpdate(
            bytes,
            size + k,
            `/Size ${size + 5} /Root ${root} 0 R /Prev ${lastStartxref(bytes)} /W [1 1 1] /Index [0 1]`,
            bomb,
          );
        return bytes;
      },
    },
    {
      name: 'an xref stream naming 2 million entries in a small file',
      verdict: 'error',
      code: 'error.too-many-objects',
      bytes: () =>
        xrefStreamUpdate(
          plain,
          size,
          `/Size ${size + 1} /Root ${root} 0 R /Prev ${prev} /W [1 0 0] /Index [100 2000000]`,
          deflateSync(Buffer.alloc(2_000_000), { level: 9 }),
        ),
    },
    {
      name: 'object streams inflating to 120 MB from a 124 KB file (past 4 × the file + 4 MB)',
      verdict: 'error',
      code: 'error.too-much-data',
      bytes: () => {
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
        const row = (t: number, a: number, b: number) => [t, (a >> 8) & 255, a & 255, b];
        return xrefStreamUpdate(
          withStreams,
          size + 12,
          `/Size ${size + 13} /Root ${root} 0 R /Prev ${lastStartxref(withStreams)} /W [1 2 1] /Index [${size + 10} 2]`,
          deflateSync(Buffer.from([...row(2, size, 0), ...row(2, size + 1, 0)])),
        );
      },
    },
    {
      name: '1,000 signature dictionaries (none hashed)',
      verdict: 'error',
      code: 'error.too-many-signatures',
      bytes: () =>
        appendUpdate(
          plain,
          Array.from({ length: 1000 }, (_, k) => ({
            num: size + k,
            body: '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 10 20 30] /Contents <3082> >>',
          })),
        ),
    },
    {
      name: 'more than 1,000 revisions',
      verdict: 'error',
      code: 'error.too-many-revisions',
      bytes: () => {
        const parts: (Uint8Array | string)[] = [plain];
        let len = plain.length;
        let p = prev;
        for (let k = 0; k < 1001; k++) {
          const text = `\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${p} >>\nstartxref\n${len + 1}\n%%EOF\n`;
          p = len + 1;
          parts.push(text);
          len += text.length;
        }
        return concat(...parts);
      },
    },
    {
      name: 'a cross-reference chain that loops',
      verdict: 'error',
      code: 'error.xref-loop',
      bytes: () => {
        const at = plain.length + 1;
        return concat(
          plain,
          `\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${at} >>\nstartxref\n${at}\n%%EOF\n`,
        );
      },
    },
    {
      name: 'deep nesting',
      verdict: 'error',
      code: 'error.nesting-too-deep',
      bytes: () => appendUpdate(plain, [{ num: size, body: `${'['.repeat(5000)}${']'.repeat(5000)}` }]),
    },
    {
      name: 'overlapping objects that would make parsing quadratic',
      verdict: 'error',
      code: 'error.too-complex',
      bytes: () => {
        // One literal string holding thousands of nested object headers, each listed in the xref.
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
        return concat(
          plain,
          '\n',
          body,
          `\n${x}trailer\n<< /Size ${size + n} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
        );
      },
    },
  ];
}
