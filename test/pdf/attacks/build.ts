// Attacked PDFs built the way the papers describe (Mladenov et al. CCS 2019; Mainka et al. NDSS
// 2021 "shadow attacks"; Rohlmann et al. S&P 2021 "evil annotation" and "sneaky signature"), and
// the allowed updates that must stay valid. Built in memory from the test PKI of fixtures.ts.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfVerdict } from '../../../src/pdf/index';
import type { Fixtures } from '../fixtures';
import {
  addApprovalSignature,
  addDocumentTimestamp,
  appendUpdate,
  concat,
  importKey,
  lastStartxref,
  latin1Bytes,
  latin1Text,
  objectText,
  pageNum,
  parseCert,
  placeholderPdf,
  type SignerKey,
  signPlaceholder,
  stream,
  trailerInfo,
} from '../signer';

export interface Attack {
  name: string;
  what: string;
  verdict: PdfVerdict;
  /** A message code the report must carry. */
  code?: string;
  /** What the modification message must name (CHANGE_WORDS kind), when modified. */
  kind?: string;
  /** The attacked page renders differently from the signed one (pdftoppm). */
  renders?: boolean;
  bytes: Uint8Array;
  /** The signed file it was made from (for the rendering comparison). */
  signed?: Uint8Array;
}

const EVIL = 'BT /F1 36 Tf 50 600 Td (PAID 1,000,000 JPY) Tj ET';

/** An update of only cross-reference entries (to any offsets) and a trailer. */
function xrefOnlyUpdate(pdf: Uint8Array, entries: [number, number][], trailer: string): Uint8Array {
  const { size } = trailerInfo(pdf);
  const prev = lastStartxref(pdf);
  const at = pdf.length + 1;
  let x = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [n, off] of entries) x += `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  x += `trailer\n<< /Size ${size} /Prev ${prev} ${trailer} >>\nstartxref\n${at}\n%%EOF\n`;
  return concat(pdf, '\n', x);
}

function contentsNum(pdf: Uint8Array, page: number): number {
  const m = /\/Contents\s*(?:\[\s*)?(\d+) 0 R/.exec(objectText(pdf, page));
  if (!m) throw new Error('no /Contents');
  return Number(m[1]);
}

function withAnnot(pageText: string, ref: string): string {
  return /\/Annots\s*\[/.test(pageText)
    ? pageText.replace(/\/Annots\s*\[([^\]]*)\]/, `/Annots [$1 ${ref} ]`)
    : pageText.replace(/>>\s*$/, `/Annots [ ${ref} ] >>`);
}

export async function officerKey(fx: Fixtures): Promise<SignerKey> {
  const pki = join(fx.dir, 'pki');
  return {
    privateKey: await importKey(new Uint8Array(readFileSync(join(pki, 'officer.p8'))), 'rsa', 'SHA-256'),
    cert: parseCert(readFileSync(join(pki, 'officer.pem'), 'utf8')),
    chain: [parseCert(readFileSync(join(pki, 'inter.pem'), 'utf8'))],
  };
}

async function tsa(fx: Fixtures) {
  const pki = join(fx.dir, 'pki');
  return {
    privateKey: await importKey(new Uint8Array(readFileSync(join(pki, 'tsa.p8'))), 'rsa', 'SHA-256'),
    cert: parseCert(readFileSync(join(pki, 'tsa.pem'), 'utf8')),
    chain: [],
    genTime: new Date(),
  };
}

function pemDer(file: string): Uint8Array {
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64'));
}

/** An allowed /DSS update (new DSS dictionary and new certificate streams). */
export function dssUpdate(pdf: Uint8Array, ders: Uint8Array[]): Uint8Array {
  const { root, size } = trailerInfo(pdf);
  const catalog = objectText(pdf, root)
    .replace(/\/DSS \d+ 0 R/, '')
    .replace(/^<</, `<< /DSS ${size} 0 R`);
  const certs = ders.map((der, i) => ({ num: size + 1 + i, body: stream('', der) }));
  return appendUpdate(pdf, [
    { num: size, body: `<< /Type /DSS /Certs [ ${certs.map((o) => `${o.num} 0 R`).join(' ')} ] >>` },
    ...certs,
    { num: root, body: catalog },
  ]);
}

/** The same /DSS update written as a cross-reference stream with an object stream (PDF 1.5). */
async function dssUpdateAsStreams(pdf: Uint8Array, der: Uint8Array): Promise<Uint8Array> {
  const { deflateSync } = await import('node:zlib');
  const { root, size } = trailerInfo(pdf);
  const prev = lastStartxref(pdf);
  const dssNum = size;
  const certNum = size + 1;
  const stmNum = size + 2;
  const xrefNum = size + 3;
  const catalog = objectText(pdf, root).replace(/^<</, `<< /DSS ${dssNum} 0 R`);
  // The DSS dictionary and the catalog go into the object stream; the certificate stays a stream.
  const members = [`<< /Type /DSS /Certs [ ${certNum} 0 R ] >>`, catalog];
  let header = '';
  let body = '';
  const nums = [dssNum, root];
  for (let i = 0; i < members.length; i++) {
    header += `${nums[i]} ${body.length} `;
    body += `${members[i]}\n`;
  }
  const objstmData = deflateSync(Buffer.from(header + body, 'latin1'));
  const parts: (Uint8Array | string)[] = [pdf, '\n'];
  let at = pdf.length + 1;
  const push = (p: Uint8Array | string) => {
    parts.push(p);
    at += typeof p === 'string' ? p.length : p.length;
  };
  const certAt = at;
  push(concat(`${certNum} 0 obj\n`, stream('', der), '\nendobj\n'));
  const stmAt = at;
  push(
    concat(
      `${stmNum} 0 obj\n`,
      stream(`/Type /ObjStm /N 2 /First ${header.length} /Filter /FlateDecode`, new Uint8Array(objstmData)),
      '\nendobj\n',
    ),
  );
  const xrefAt = at;
  const rows: [number, [number, number, number]][] = [
    [dssNum, [2, stmNum, 0]],
    [certNum, [1, certAt, 0]],
    [stmNum, [1, stmAt, 0]],
    [xrefNum, [1, xrefAt, 0]],
    [root, [2, stmNum, 1]],
  ];
  rows.sort((a, b) => a[0] - b[0]);
  const index: number[] = [];
  const data: number[] = [];
  for (const [n, [t, f2, f3]] of rows) {
    index.push(n, 1);
    data.push(t, (f2 >> 24) & 255, (f2 >> 16) & 255, (f2 >> 8) & 255, f2 & 255, (f3 >> 8) & 255, f3 & 255);
  }
  const xdata = deflateSync(Buffer.from(data));
  push(
    concat(
      `${xrefNum} 0 obj\n`,
      stream(
        `/Type /XRef /Size ${xrefNum + 1} /Root ${root} 0 R /Prev ${prev} /W [1 4 2] /Index [${index.join(' ')}] /Filter /FlateDecode`,
        new Uint8Array(xdata),
      ),
      '\nendobj\n',
    ),
  );
  push(`startxref\n${xrefAt}\n%%EOF\n`);
  return concat(...parts);
}

/**
 * The attacks of this fixture set, built once and kept beside the fixtures (signing them takes a
 * second or two; the mutation run imports this file for every mutant).
 */
export async function getAttacks(fx: Fixtures): Promise<Attack[]> {
  const key = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'signer.ts')))
    .digest('hex')
    .slice(0, 12);
  const cache = join(`${fx.dir}-attacks-${key}`);
  const index = join(cache, 'index.json');
  if (existsSync(index)) {
    const meta = JSON.parse(readFileSync(index, 'utf8')) as (Omit<Attack, 'bytes' | 'signed'> & {
      signed?: string;
    })[];
    return meta.map((m) => ({
      ...m,
      bytes: new Uint8Array(readFileSync(join(cache, `${m.name}.pdf`))),
      signed: m.signed ? new Uint8Array(readFileSync(join(cache, m.signed))) : undefined,
    }));
  }
  const list = await buildAttacks(fx);
  const work = `${cache}.tmp-${process.pid}`;
  mkdirSync(work, { recursive: true });
  const meta = list.map(({ bytes, signed, ...m }) => {
    writeFileSync(join(work, `${m.name}.pdf`), bytes);
    if (signed) writeFileSync(join(work, `${m.name}-signed.pdf`), signed);
    return { ...m, signed: signed ? `${m.name}-signed.pdf` : undefined };
  });
  writeFileSync(join(work, 'index.json'), JSON.stringify(meta));
  try {
    renameSync(work, cache);
  } catch {
    rmSync(work, { recursive: true, force: true }); // another process was first
  }
  return list;
}

export async function buildAttacks(fx: Fixtures): Promise<Attack[]> {
  const key = await officerKey(fx);
  const ders = [join(fx.dir, 'pki', 'officer.pem'), join(fx.dir, 'pki', 'inter.pem')].map(pemDer);
  const sign = async (pdf: Uint8Array) => signPlaceholder(pdf, key);
  const base = await placeholderPdf();
  const signed = await sign(base);
  const page = pageNum(signed);
  const { root, size } = trailerInfo(signed);
  const content = contentsNum(signed, page);
  const widget = Number(/\/Annots\s*\[\s*(\d+) 0 R/.exec(objectText(signed, page))?.[1]);
  const sigNum = Number(/\/V (\d+) 0 R/.exec(objectText(signed, widget))?.[1]);
  const list: Attack[] = [];
  const add = (a: Omit<Attack, 'signed'> & { signed?: Uint8Array }) => list.push({ signed, ...a });

  // ------------------------------------------------------------ what must stay valid
  add({ name: 'allowed-dss', what: 'a /DSS update only', verdict: 'valid', bytes: dssUpdate(signed, ders) });
  const ts = await addDocumentTimestamp(signed, await tsa(fx));
  add({ name: 'allowed-timestamp', what: 'a document timestamp', verdict: 'valid', bytes: ts });
  add({
    name: 'allowed-timestamp-dss',
    what: 'a document timestamp, then a /DSS update',
    verdict: 'valid',
    bytes: dssUpdate(ts, ders),
  });
  const two = await addApprovalSignature(signed, key);
  add({ name: 'allowed-second-signature', what: 'a second signature', verdict: 'valid', bytes: two });
  const dss1 = dssUpdate(signed, ders);
  const dssSigDss = dssUpdate(await addApprovalSignature(dss1, key), ders);
  add({
    name: 'allowed-dss-signature-dss',
    what: '/DSS, then a second signature, then /DSS again',
    verdict: 'valid',
    bytes: dssSigDss,
  });
  add({
    name: 'allowed-xref-stream',
    what: 'a /DSS update written as an object stream and a cross-reference stream',
    verdict: 'valid',
    bytes: await dssUpdateAsStreams(signed, ders[0] as Uint8Array),
  });
  const certified2 = await sign(await placeholderPdf({ certify: 2 }));
  add({
    name: 'allowed-certified-p2-second-signature',
    what: 'a certification (P=2) followed by a second signature',
    verdict: 'valid',
    code: 'sig.certification',
    bytes: await addApprovalSignature(certified2, key),
  });

  // ------------------------------------------------------------ attacks
  // /DSS naming an object of the signed revision, which the same update rewrites (no preparation).
  add({
    name: 'dss-names-content',
    what: '/DSS lists the page content stream as a "certificate" and the update rewrites it',
    verdict: 'modified',
    code: 'mod.changed',
    kind: 'dss',
    renders: true,
    bytes: appendUpdate(signed, [
      { num: size, body: `<< /Type /DSS /Certs [ ${content} 0 R ] >>` },
      { num: content, body: stream('', EVIL) },
      { num: root, body: objectText(signed, root).replace(/^<</, `<< /DSS ${size} 0 R`) },
    ]),
  });
  add({
    name: 'dss-is-page',
    what: '/DSS names the page object itself, rewritten with new content',
    verdict: 'modified',
    kind: 'dss',
    bytes: appendUpdate(signed, [
      { num: size, body: stream('', EVIL) },
      {
        num: page,
        body: objectText(signed, page).replace(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/, `/Contents ${size} 0 R`),
      },
      { num: root, body: objectText(signed, root).replace(/^<</, `<< /DSS ${page} 0 R`) },
    ]),
  });
  // The signature's own widget rewritten: a full-page /Rect with a new appearance.
  add({
    name: 'own-widget-rewritten',
    what: "the signature's own widget gets a full-page /Rect and a new appearance",
    verdict: 'modified',
    kind: 'signature-appearance',
    renders: true,
    bytes: appendUpdate(signed, [
      {
        num: widget,
        body: objectText(signed, widget)
          .replace(/\/Rect\s*\[[^\]]*\]/, '/Rect [0 0 595 842]')
          .replace(/\/F \d+/, '/F 4')
          .replace(/>>\s*$/, `/AP << /N ${size} 0 R >> >>`),
      },
      {
        num: size,
        body: stream(
          '/Type /XObject /Subtype /Form /BBox [0 0 595 842]',
          `1 0 0 rg 0 0 595 842 re f ${EVIL}`,
        ),
      },
    ]),
  });
  // Shadow "hide": an overlay annotation prepared before signing covers the evil text; afterwards
  // the overlay is set Hidden.
  {
    const pre = await placeholderPdf({ text: 'Hidden under the overlay: PAID 1,000,000 JPY' });
    const p = pageNum(pre);
    const { size: s0 } = trailerInfo(pre);
    const prepared = appendUpdate(pre, [
      {
        num: s0,
        body: `<< /Type /Annot /Subtype /Square /Rect [40 760 595 800] /F 4 /AP << /N ${s0 + 1} 0 R >> >>`,
      },
      {
        num: s0 + 1,
        body: stream('/Type /XObject /Subtype /Form /BBox [40 760 595 800]', '1 1 1 rg 40 760 555 40 re f'),
      },
      { num: p, body: withAnnot(objectText(pre, p), `${s0} 0 R`) },
    ]);
    const shadowSigned = await sign(prepared);
    add({
      name: 'shadow-hide',
      what: 'shadow attack (hide): an overlay signed in place is set Hidden after signing',
      verdict: 'modified',
      kind: 'annotation',
      renders: true,
      signed: shadowSigned,
      bytes: appendUpdate(shadowSigned, [
        { num: s0, body: objectText(shadowSigned, s0).replace('/F 4', '/F 6') },
      ]),
    });
  }
  // Shadow "replace": an alternative content stream hidden in the signed bytes (not in the
  // cross-reference data); after signing, an update of only an xref entry points the content there.
  {
    const pre = await placeholderPdf();
    const p = pageNum(pre);
    const c = contentsNum(pre, p);
    const hiddenAt = pre.length + 1;
    const hidden = concat(`${c} 0 obj\n`, stream('', `${EVIL}`), '\nendobj\n');
    const xrefAt = hiddenAt + hidden.length;
    const { root: r0, size: s0 } = trailerInfo(pre);
    const withXref = concat(
      pre,
      '\n',
      hidden,
      `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size ${s0} /Root ${r0} 0 R /Prev ${lastStartxref(pre)} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    const shadowSigned = await sign(withXref);
    add({
      name: 'shadow-replace',
      what: 'shadow attack (replace): an update re-points the content stream to bytes hidden before signing',
      verdict: 'modified',
      kind: 'structure',
      renders: true,
      signed: shadowSigned,
      bytes: xrefOnlyUpdate(shadowSigned, [[c, hiddenAt]], `/Root ${trailerInfo(pre).root} 0 R`),
    });
  }
  // Shadow "hide-and-replace": a second page object (other content) listed and signed but unused;
  // after signing, the page tree is re-pointed to it by an update without objects.
  {
    const pre = await placeholderPdf();
    const p = pageNum(pre);
    const { size: s0, root: r0 } = trailerInfo(pre);
    const altPage = objectText(pre, p).replace(
      /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/,
      `/Contents ${s0 + 1} 0 R`,
    );
    const pagesNum = Number(/\/Pages (\d+) 0 R/.exec(objectText(pre, r0))?.[1]);
    const altPages = objectText(pre, pagesNum).replace(/\/Kids\s*\[[^\]]*\]/, `/Kids [ ${s0} 0 R ]`);
    const altCatalog = objectText(pre, r0).replace(/\/Pages \d+ 0 R/, `/Pages ${s0 + 2} 0 R`);
    const prepared = appendUpdate(pre, [
      { num: s0, body: altPage.replace(/\/Parent \d+ 0 R/, `/Parent ${s0 + 2} 0 R`) },
      { num: s0 + 1, body: stream('', EVIL) },
      { num: s0 + 2, body: altPages },
      { num: s0 + 3, body: altCatalog },
    ]);
    const shadowSigned = await sign(prepared);
    add({
      name: 'root-switch',
      what: 'an update without objects switches /Root to a second catalog prepared and signed before',
      verdict: 'modified',
      kind: 'root-switched',
      renders: true,
      signed: shadowSigned,
      bytes: xrefOnlyUpdate(shadowSigned, [], `/Root ${s0 + 3} 0 R`),
    });
  }
  // The signature hidden from a reader that parses each offset once: the update lists a new number
  // at the signature dictionary's offset (read first, as another object, and skipped), and drops
  // the form and the widget that named it; the page gets new content.
  {
    const t = latin1Text(signed);
    const sigAt = t.indexOf(`\n${sigNum} 0 obj`) + 1;
    const pageText = objectText(signed, page)
      .replace(/\/Annots\s*\[[^\]]*\]/, '')
      .replace(/\/Contents\s*(?:\[[^\]]*\]|\d+ 0 R)/, `/Contents ${size} 0 R`);
    const cat = objectText(signed, root).replace(/\/AcroForm\s*(?:<<[\s\S]*?>>|\d+ 0 R)/, '');
    const updated = latin1Text(
      appendUpdate(signed, [
        { num: size, body: stream('', `1 0 0 rg 40 560 520 100 re f ${EVIL}`) },
        { num: page, body: pageText },
        { num: root, body: cat },
      ]),
    );
    const tr = updated.lastIndexOf('trailer\n');
    const alias = `${size + 1} 1\n${String(sigAt).padStart(10, '0')} 00000 n \n`;
    add({
      name: 'signature-hidden-by-alias',
      what: 'an update lists another number at the signature dictionary’s offset and drops its field',
      verdict: 'modified',
      code: 'mod.changed',
      renders: true,
      bytes: latin1Bytes(
        updated.slice(0, tr) + alias + updated.slice(tr).replace(/\/Size \d+/, `/Size ${size + 2}`),
      ),
    });
  }
  // Evil annotation (Rohlmann et al.): a FreeText annotation on a certified (P=3) document.
  const certified3 = await sign(await placeholderPdf({ certify: 3 }));
  {
    const p = pageNum(certified3);
    const { size: s } = trailerInfo(certified3);
    add({
      name: 'evil-annotation',
      what: 'evil annotation: a FreeText annotation added to a certified (P=3) document',
      verdict: 'modified',
      kind: 'annotation',
      renders: true,
      signed: certified3,
      bytes: appendUpdate(certified3, [
        {
          num: s,
          body: `<< /Type /Annot /Subtype /FreeText /Rect [40 560 560 660] /Contents (PAID 1,000,000 JPY) /DA (/Helv 30 Tf 1 0 0 rg) /AP << /N ${s + 1} 0 R >> >>`,
        },
        {
          num: s + 1,
          body: stream(
            '/Type /XObject /Subtype /Form /BBox [40 560 560 660]',
            `1 0 0 rg 40 560 520 100 re f`,
          ),
        },
        { num: p, body: withAnnot(objectText(certified3, p), `${s} 0 R`) },
      ]),
    });
  }
  // Sneaky signature (Rohlmann et al.): a new, unsigned signature field with a visible appearance
  // on a certified (P=2) document.
  const sneaky = (
    pdf: Uint8Array,
    widgetExtra: string,
    rect: string,
    extraObjs: { num: number; body: string | Uint8Array }[] = [],
  ) => {
    const p = pageNum(pdf);
    const { root: r, size: s } = trailerInfo(pdf);
    const cat = objectText(pdf, r).replace(/\/Fields\s*\[([^\]]*)\]/, `/Fields [$1 ${s} 0 R ]`);
    return appendUpdate(pdf, [
      {
        num: s,
        body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Sneaky) /Rect ${rect} ${widgetExtra} /AP << /N ${s + 1} 0 R >> /P ${p} 0 R >>`,
      },
      {
        num: s + 1,
        body: stream(
          '/Type /XObject /Subtype /Form /BBox [0 0 595 842]',
          `1 0 0 rg 40 560 520 100 re f ${EVIL}`,
        ),
      },
      { num: p, body: withAnnot(objectText(pdf, p), `${s} 0 R`) },
      { num: r, body: cat },
      ...extraObjs,
    ]);
  };
  add({
    name: 'sneaky-signature',
    what: 'sneaky signature: a visible unsigned signature field on a certified (P=2) document',
    verdict: 'modified',
    kind: 'signature-field',
    renders: true,
    signed: certified2,
    bytes: sneaky(certified2, '/F 4', '[0 0 595 842]'),
  });
  add({
    name: 'noview-print-field',
    what: 'an unsigned signature field with NoView+Print (hidden on screen, printed)',
    verdict: 'modified',
    kind: 'signature-field',
    bytes: sneaky(signed, '/F 36', '[0 0 595 842]'),
  });
  add({
    name: 'indirect-rect-field',
    what: 'an unsigned signature field whose /Rect is a reference',
    verdict: 'modified',
    kind: 'signature-field',
    bytes: sneaky(signed, '/F 4', `${size + 9} 0 R`, [{ num: size + 9, body: '[0 0 595 842]' }]),
  });
  add({
    name: 'rect-element-ref-field',
    what: 'an unsigned signature field whose /Rect holds a reference',
    verdict: 'modified',
    kind: 'signature-field',
    bytes: sneaky(signed, '/F 4', `[0 0 595 ${size + 9} 0 R]`, [{ num: size + 9, body: '842' }]),
  });
  // A new /FT /Sig widget listed only in the page's /Annots, reusing the existing /V.
  add({
    name: 'widget-reusing-signature',
    what: "a new signature widget only in the page's /Annots whose /V is the existing signature",
    verdict: 'modified',
    kind: 'signature-field',
    renders: true,
    bytes: appendUpdate(signed, [
      {
        num: size,
        body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V ${sigNum} 0 R /Rect [0 0 595 842] /F 4 /AP << /N ${size + 1} 0 R >> /P ${page} 0 R >>`,
      },
      {
        num: size + 1,
        body: stream(
          '/Type /XObject /Subtype /Form /BBox [0 0 595 842]',
          `1 0 0 rg 40 560 520 100 re f ${EVIL}`,
        ),
      },
      { num: page, body: withAnnot(objectText(signed, page), `${size} 0 R`) },
    ]),
  });
  // A bogus signature whose /ByteRange key is written with a name escape.
  {
    const s = size;
    const cat = objectText(signed, root).replace(/\/Fields\s*\[([^\]]*)\]/, `/Fields [$1 ${s + 1} 0 R ]`);
    add({
      name: 'escaped-byterange',
      what: 'a new signature whose key is written /Byte#52ange (a raw scan never sees it)',
      verdict: 'broken',
      bytes: appendUpdate(signed, [
        {
          num: s,
          body: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /Byte#52ange [0 10 20 30] /Contents <3082> >>`,
        },
        {
          num: s + 1,
          body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature2) /V ${s} 0 R /Rect [0 0 0 0] /F 132 /P ${page} 0 R >>`,
        },
        { num: page, body: withAnnot(objectText(signed, page), `${s + 1} 0 R`) },
        { num: root, body: cat },
      ]),
    });
  }
  // AcroForm /DA and /DR changed, with NeedAppearances.
  add({
    name: 'form-da-dr',
    what: 'AcroForm /DA and /DR changed, /NeedAppearances set',
    verdict: 'modified',
    kind: 'form',
    bytes: appendUpdate(signed, [
      {
        num: root,
        body: objectText(signed, root).replace(
          /\/SigFlags 3/,
          `/SigFlags 3 /NeedAppearances true /DA (/Helv 40 Tf 1 0 0 rg) /DR << /Font << /Helv ${size} 0 R >> >>`,
        ),
      },
      { num: size, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    ]),
  });
  // /Annots order swapped (after a document timestamp there are two widgets).
  {
    const p = pageNum(ts);
    const text = objectText(ts, p);
    const m = /\/Annots\s*\[\s*(\d+ 0 R)\s+(\d+ 0 R)\s*\]/.exec(text);
    if (!m) throw new Error('expected two annotations');
    add({
      name: 'annots-reordered',
      what: "the page's /Annots order swapped",
      verdict: 'modified',
      kind: 'annotation-order',
      signed: ts,
      bytes: appendUpdate(ts, [{ num: p, body: text.replace(m[0], `/Annots [ ${m[2]} ${m[1]} ]`) }]),
    });
  }
  // The page's content stream rewritten "as metadata" and named by the catalog's /Metadata.
  add({
    name: 'metadata-is-content',
    what: 'the page content stream rewritten as an XML metadata stream the catalog names',
    verdict: 'modified',
    kind: 'metadata',
    renders: true,
    bytes: appendUpdate(signed, [
      { num: content, body: stream('/Type /Metadata /Subtype /XML', EVIL) },
      { num: root, body: objectText(signed, root).replace(/^<</, `<< /Metadata ${content} 0 R`) },
    ]),
  });
  // DocMDP P=1 followed by another signature.
  const certified1 = await sign(await placeholderPdf({ certify: 1 }));
  add({
    name: 'certified-p1-second-signature',
    what: 'a certification with P=1 (no changes) followed by another signature',
    verdict: 'modified',
    code: 'mod.certified-no-changes',
    signed: certified1,
    bytes: await addApprovalSignature(certified1, key),
  });
  add({
    name: 'certified-p1-alone',
    what: 'a certification with P=1 and nothing after it',
    verdict: 'valid',
    code: 'sig.certification',
    bytes: certified1,
  });
  // A new object the signed document already referred to (a reference prepared before signing).
  {
    const pre = await placeholderPdf();
    const p = pageNum(pre);
    const { size: s0 } = trailerInfo(pre);
    const future = s0 + 5;
    const prepared = appendUpdate(pre, [{ num: p, body: withAnnot(objectText(pre, p), `${future} 0 R`) }]);
    const preSigned = await sign(prepared);
    const cat = objectText(preSigned, trailerInfo(preSigned).root);
    add({
      name: 'dangling-reference-filled',
      what: 'an annotation slot referenced before signing is filled afterwards, passed off as /DSS data',
      verdict: 'modified',
      signed: preSigned,
      renders: true,
      bytes: appendUpdate(preSigned, [
        { num: future + 1, body: `<< /Type /DSS /Certs [ ${future} 0 R ] >>` },
        {
          num: future,
          body: `<< /Type /Annot /Subtype /FreeText /Rect [40 560 560 660] /Contents (PAID) /AP << /N ${future + 2} 0 R >> >>`,
        },
        {
          num: future + 2,
          body: stream(
            '/Type /XObject /Subtype /Form /BBox [40 560 560 660]',
            '1 0 0 rg 40 560 520 100 re f',
          ),
        },
        { num: trailerInfo(preSigned).root, body: cat.replace(/^<</, `<< /DSS ${future + 1} 0 R`) },
      ]),
    });
  }
  void latin1Text;
  return list;
}
