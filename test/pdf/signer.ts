// A small PDF signer for the tests (pkijs + WebCrypto): signs a PDF that already holds a signature
// dictionary with a placeholder /ByteRange and /Contents, the way signing tools do. It makes what
// pdfsig cannot: ECDSA, CAdES with signingCertificateV2, signatures without signed attributes,
// padding garbage. Also helpers to append incremental updates (attacks and allowed LTV updates).
import * as asn1js from 'asn1js';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  StandardFonts,
} from 'pdf-lib';
import * as pkijs from 'pkijs';
import { concatBytes } from '../../src/bytes/concat';

export interface SignerKey {
  privateKey: CryptoKey;
  cert: pkijs.Certificate;
  chain: pkijs.Certificate[];
}

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const dec = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** Bytes and latin-1 text joined, for writing PDF updates by hand (the attack and hostile files). */
export function concat(...parts: (Uint8Array | string)[]): Uint8Array {
  return concatBytes(parts.map((p) => (typeof p === 'string' ? enc(p) : p)));
}

export function pemToDer(pem: string): Uint8Array {
  const b64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

export function parseCert(pem: string): pkijs.Certificate {
  return pkijs.Certificate.fromBER(pemToDer(pem) as Uint8Array<ArrayBuffer>);
}

export async function importKey(
  pkcs8: Uint8Array,
  kind: 'rsa' | 'ec' | 'ed25519',
  hash: string,
): Promise<CryptoKey> {
  const alg =
    kind === 'rsa'
      ? { name: 'RSASSA-PKCS1-v1_5', hash }
      : kind === 'ed25519'
        ? { name: 'Ed25519' }
        : { name: 'ECDSA', namedCurve: 'P-256' };
  return crypto.subtle.importKey('pkcs8', pkcs8 as Uint8Array<ArrayBuffer>, alg, false, ['sign']);
}

const PLACEHOLDER_BR = '[ 0 9999999999 9999999999 9999999999 ]';

/** A one-page PDF (pdf-lib) with an invisible signature field whose value is a placeholder. */
export async function placeholderPdf(
  opts: {
    subFilter?: string;
    text?: string;
    contentsBytes?: number;
    imageRgb?: { width: number; height: number; data: Uint8Array };
    /** A certification signature (DocMDP) with this P. */
    certify?: 1 | 2 | 3;
    /** No /M (signing time) in the signature dictionary. */
    withoutM?: boolean;
  } = {},
) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText(opts.text ?? 'UPKI revocation form (test)', { x: 50, y: 780, size: 14, font });
  const ctx = doc.context;
  if (opts.imageRgb) {
    // A raw RGB image (a scan, as far as size goes).
    const { width, height, data } = opts.imageRgb;
    const img = ctx.register(
      ctx.stream(data, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
      }),
    );
    page.node.setXObject(PDFName.of('Im1'), img);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(495, 0, 0, 700, 50, 50),
      drawObject('Im1'),
      popGraphicsState(),
    );
  }
  const sig = ctx.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: opts.subFilter ?? 'adbe.pkcs7.detached',
    ByteRange: [0, 9999999999, 9999999999, 9999999999],
    Contents: PDFHexString.of('0'.repeat((opts.contentsBytes ?? 8192) * 2)),
    ...(opts.withoutM ? {} : { M: PDFString.fromDate(new Date()) }),
    ...(opts.certify
      ? {
          Reference: [
            {
              Type: 'SigRef',
              TransformMethod: 'DocMDP',
              TransformParams: { Type: 'TransformParams', P: opts.certify, V: '1.2' },
            },
          ],
        }
      : {}),
  });
  const sigRef = ctx.register(sig);
  if (opts.certify) doc.catalog.set(PDFName.of('Perms'), ctx.obj({ DocMDP: sigRef }));
  const widget = ctx.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of('Signature1'),
    V: sigRef,
    F: 132,
    Rect: [0, 0, 0, 0],
    P: page.ref,
  });
  const wRef = ctx.register(widget);
  page.node.set(PDFName.of('Annots'), ctx.obj([wRef]));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [wRef], SigFlags: 3 }));
  return doc.save({ useObjectStreams: false });
}

export interface SignOptions {
  hash?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  signedAttrs?: boolean;
  cades?: boolean;
  signingTime?: Date;
  /** Non-zero bytes written after the DER inside /Contents. */
  paddingGarbage?: boolean;
  /** Adds an RFC 3161 signature timestamp from this TSA. */
  tsa?: Tsa;
  /** The signature timestamp imprints other bytes than the signature value (it does not verify). */
  tsaWrongData?: boolean;
  /** A signature-timestamp attribute whose value is no timestamp token (an INTEGER). */
  tsaGarbage?: boolean;
  /**
   * The hash of the signature algorithm when it differs from `hash` (the digest algorithm, which
   * the messageDigest attribute uses): e.g. ecdsa-with-SHA1 over a SHA-256 messageDigest.
   */
  signatureHash?: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
  /** The SignerInfo's digestAlgorithm written after signing (the signature does not cover it). */
  digestAlgorithmOid?: string;
  /** The signer's own certificate left out of the certificate set (its chain still sent). */
  withoutSignerCert?: boolean;
  /** Adds an ESS signing-certificate attribute (besides `cades`), possibly naming another certificate. */
  ess?: EssOptions;
}

export interface EssOptions {
  /** 1: signingCertificate (SHA-1), 2: signingCertificateV2 (SHA-256, the default). */
  version?: 1 | 2;
  /** The certificate whose DER is hashed (default: the signer's). */
  hashOf?: pkijs.Certificate;
  /** The certificate whose issuer and serial number are named (default: none named). */
  issuerSerialOf?: pkijs.Certificate;
  /** The certificate whose issuer name is written in issuerSerial (default: `issuerSerialOf`). */
  issuerNameOf?: pkijs.Certificate;
  /** An rfc822Name before the directoryName in issuerSerial's GeneralNames. */
  extraName?: boolean;
  /** v2: writes this hashAlgorithm explicitly (SHA-384 hashes with SHA-384; any other OID with SHA-256). */
  hashAlgorithm?: string;
  /** An attribute value that is no SigningCertificate structure. */
  garbage?: boolean;
}

/** The value of an ESS signingCertificate(V2) attribute (RFC 2634, RFC 5035). */
export async function essAttribute(signer: pkijs.Certificate, o: EssOptions): Promise<pkijs.Attribute> {
  const v2 = o.version !== 1;
  const type = v2 ? '1.2.840.113549.1.9.16.2.47' : '1.2.840.113549.1.9.16.2.12';
  if (o.garbage) return attribute(type, new asn1js.Integer({ value: 1 }));
  const der = new Uint8Array((o.hashOf ?? signer).toSchema().toBER());
  const hashName = !v2 ? 'SHA-1' : o.hashAlgorithm === '2.16.840.1.101.3.4.2.2' ? 'SHA-384' : 'SHA-256';
  const hash = new Uint8Array(await crypto.subtle.digest(hashName, der));
  const id: asn1js.AsnType[] = [new asn1js.OctetString({ valueHex: hash })];
  if (o.hashAlgorithm) id.unshift(new pkijs.AlgorithmIdentifier({ algorithmId: o.hashAlgorithm }).toSchema());
  if (o.issuerSerialOf) {
    const c = o.issuerSerialOf;
    id.push(
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({
            value: [
              ...(o.extraName
                ? [
                    new asn1js.Primitive({
                      idBlock: { tagClass: 3, tagNumber: 1 },
                      valueHex: new TextEncoder().encode('ca@example.jp'),
                    }),
                  ]
                : []),
              new asn1js.Constructed({
                idBlock: { tagClass: 3, tagNumber: 4 },
                value: [(o.issuerNameOf ?? c).issuer.toSchema()],
              }),
            ],
          }),
          c.serialNumber,
        ],
      }),
    );
  }
  return attribute(
    type,
    new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: id })] })] }),
  );
}

export interface Tsa extends SignerKey {
  genTime: Date;
}

/** An RFC 3161 token over `data` (what a TSA returns), signed with SHA-256. */
export async function timestampToken(data: Uint8Array, tsa: Tsa): Promise<Uint8Array> {
  const imprint = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  const tst = new pkijs.TSTInfo({
    version: 1,
    policy: '1.2.3.4.1',
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: '2.16.840.1.101.3.4.2.1' }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint }),
    }),
    serialNumber: new asn1js.Integer({ value: Date.now() % 100000 }),
    genTime: tsa.genTime,
  });
  const tstDer = new Uint8Array(tst.toSchema().toBER());
  const sd = new pkijs.SignedData({
    version: 3,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({
      eContentType: '1.2.840.113549.1.9.16.1.4',
      eContent: new asn1js.OctetString({ valueHex: tstDer }),
    }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: tsa.cert.issuer,
          serialNumber: tsa.cert.serialNumber,
        }),
      }),
    ],
    certificates: [tsa.cert, ...tsa.chain],
  });
  const md = new Uint8Array(await crypto.subtle.digest('SHA-256', tstDer));
  const certHash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new Uint8Array(tsa.cert.toSchema().toBER())),
  );
  (sd.signerInfos[0] as pkijs.SignerInfo).signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.9.16.1.4' })),
      attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({ valueHex: md })),
      attribute(
        '1.2.840.113549.1.9.16.2.47',
        new asn1js.Sequence({
          value: [
            new asn1js.Sequence({
              value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })],
            }),
          ],
        }),
      ),
    ],
  });
  await sd.sign(tsa.privateKey, 0, 'SHA-256', tstDer);
  const ci = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: sd.toSchema(true) });
  return new Uint8Array(ci.toSchema().toBER());
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

const DIGEST_OIDS: Record<string, string> = {
  'SHA-1': '1.3.14.3.2.26',
  'SHA-256': '2.16.840.1.101.3.4.2.1',
  'SHA-384': '2.16.840.1.101.3.4.2.2',
  'SHA-512': '2.16.840.1.101.3.4.2.3',
};

export async function buildCms(data: Uint8Array, key: SignerKey, o: SignOptions): Promise<Uint8Array> {
  const hash = o.hash ?? 'SHA-256';
  const sd = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: key.cert.issuer,
          serialNumber: key.cert.serialNumber,
        }),
      }),
    ],
    certificates: o.withoutSignerCert ? key.chain : [key.cert, ...key.chain],
  });
  const si = sd.signerInfos[0] as pkijs.SignerInfo;
  if (o.signedAttrs !== false) {
    const md = new Uint8Array(await crypto.subtle.digest(hash, data as Uint8Array<ArrayBuffer>));
    const attrs = [
      attribute('1.2.840.113549.1.9.3', new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })),
      attribute('1.2.840.113549.1.9.4', new asn1js.OctetString({ valueHex: md })),
    ];
    if (o.cades) {
      const certDer = new Uint8Array(key.cert.toSchema().toBER());
      const certHash = new Uint8Array(await crypto.subtle.digest('SHA-256', certDer));
      attrs.push(
        attribute(
          '1.2.840.113549.1.9.16.2.47',
          new asn1js.Sequence({
            value: [
              new asn1js.Sequence({
                value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certHash })] })],
              }),
            ],
          }),
        ),
      );
    } else {
      attrs.push(
        attribute('1.2.840.113549.1.9.5', new asn1js.UTCTime({ valueDate: o.signingTime ?? new Date() })),
      );
    }
    if (o.ess) attrs.push(await essAttribute(key.cert, o.ess));
    si.signedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: attrs });
  }
  await sd.sign(key.privateKey, 0, o.signatureHash ?? hash, data as Uint8Array<ArrayBuffer>);
  if (o.signatureHash || o.digestAlgorithmOid) {
    // The digest algorithm is outside the signed attributes: naming `hash` keeps the signature valid.
    const digestAlg = () =>
      new pkijs.AlgorithmIdentifier({
        algorithmId: o.digestAlgorithmOid ?? DIGEST_OIDS[hash],
        algorithmParams: new asn1js.Null(),
      });
    si.digestAlgorithm = digestAlg();
    sd.digestAlgorithms = [digestAlg()];
  }
  if (o.tsaGarbage) {
    si.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [attribute('1.2.840.113549.1.9.16.2.14', new asn1js.Integer({ value: 7 }))],
    });
  }
  if (o.tsa) {
    const imprinted = o.tsaWrongData ? new Uint8Array([1, 2, 3]) : si.signature.valueBlock.valueHexView;
    const token = await timestampToken(imprinted, o.tsa);
    si.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [
        attribute('1.2.840.113549.1.9.16.2.14', asn1js.fromBER(token as Uint8Array<ArrayBuffer>).result),
      ],
    });
  }
  const ci = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: sd.toSchema(true) });
  return new Uint8Array(ci.toSchema().toBER());
}

/** Fills the placeholder: byte range, then the CMS over the two ranges. */
export async function signPlaceholder(
  pdf: Uint8Array,
  key: SignerKey,
  o: SignOptions = {},
): Promise<Uint8Array> {
  return fillPlaceholder(pdf, (data) => buildCms(data, key, o), o.paddingGarbage);
}

/**
 * Appends a document timestamp (ETSI.RFC3161) in an invisible field, as Acrobat's LTV does.
 * `paddingGarbage`: non-zero bytes after the token in /Contents; `wrongData`: the token imprints
 * other bytes than the signed ranges.
 */
export async function addDocumentTimestamp(
  pdf: Uint8Array,
  tsa: Tsa,
  o: { paddingGarbage?: boolean; wrongData?: boolean } = {},
): Promise<Uint8Array> {
  const page = pageNum(pdf);
  const { root, size } = trailerInfo(pdf);
  const sig = size;
  const widget = size + 1;
  // Appended after the existing entries, their order unchanged (spec/pdf.md, allowed update 2).
  const catalog = objectText(pdf, root).replace(/\/Fields\s*\[([^\]]*)\]/, `/Fields [$1 ${widget} 0 R ]`);
  const pageText = objectText(pdf, page).replace(/\/Annots\s*\[([^\]]*)\]/, `/Annots [$1 ${widget} 0 R ]`);
  const updated = appendUpdate(pdf, [
    {
      num: sig,
      body: `<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange ${PLACEHOLDER_BR} /Contents <${'0'.repeat(16384)}> >>`,
    },
    {
      num: widget,
      body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (DocTimeStamp1) /V ${sig} 0 R /F 132 /Rect [0 0 0 0] /P ${page} 0 R >>`,
    },
    { num: page, body: pageText },
    { num: root, body: catalog },
  ]);
  return fillPlaceholder(
    updated,
    (data) => timestampToken(o.wrongData ? new Uint8Array([1, 2, 3]) : data, tsa),
    o.paddingGarbage,
  );
}

/** Appends a further approval signature in a new invisible field (appended to /Fields and /Annots). */
export async function addApprovalSignature(
  pdf: Uint8Array,
  key: SignerKey,
  o: SignOptions & { field?: string } = {},
): Promise<Uint8Array> {
  const page = pageNum(pdf);
  const { root, size } = trailerInfo(pdf);
  const sig = size;
  const widget = size + 1;
  const catalogText = objectText(pdf, root);
  const acroRef = /\/AcroForm\s+(\d+) 0 R/.exec(catalogText);
  const acroNum = acroRef ? Number(acroRef[1]) : root;
  const acro = objectText(pdf, acroNum).replace(/\/Fields\s*\[([^\]]*)\]/, `/Fields [$1 ${widget} 0 R ]`);
  const pageText = objectText(pdf, page).replace(/\/Annots\s*\[([^\]]*)\]/, `/Annots [$1 ${widget} 0 R ]`);
  const updated = appendUpdate(pdf, [
    {
      num: sig,
      body: `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange ${PLACEHOLDER_BR} /Contents <${'0'.repeat(16384)}> >>`,
    },
    {
      num: widget,
      body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (${o.field ?? 'Signature2'}) /V ${sig} 0 R /F 132 /Rect [0 0 0 0] /P ${page} 0 R >>`,
    },
    { num: page, body: pageText },
    { num: acroNum, body: acro },
  ]);
  return fillPlaceholder(updated, (data) => buildCms(data, key, o));
}

async function fillPlaceholder(
  pdf: Uint8Array,
  sign: (data: Uint8Array) => Promise<Uint8Array>,
  paddingGarbage = false,
): Promise<Uint8Array> {
  const o = { paddingGarbage };
  const text = dec(pdf);
  const brAt = text.lastIndexOf(PLACEHOLDER_BR);
  const cAt = text.indexOf('/Contents <', brAt) + '/Contents '.length;
  const cEnd = text.indexOf('>', cAt) + 1;
  if (brAt < 0 || cAt < 10) throw new Error('no placeholder');
  const b = cAt;
  const c = cEnd;
  const d = pdf.length - c;
  const br = `[0 ${b} ${c} ${d}]`.padEnd(PLACEHOLDER_BR.length, ' ');
  const out = new Uint8Array(pdf);
  out.set(enc(br), brAt);
  const data = new Uint8Array(b + d);
  data.set(out.subarray(0, b), 0);
  data.set(out.subarray(c), b);
  const der = await sign(data);
  let hex = Buffer.from(der).toString('hex');
  if (o.paddingGarbage) hex += 'deadbeef';
  if (hex.length > c - b - 2) throw new Error('placeholder too small');
  out.set(enc(hex), b + 1);
  return out;
}

// ---------------------------------------------------------------- incremental updates

export function lastStartxref(pdf: Uint8Array): number {
  const t = dec(pdf.subarray(Math.max(0, pdf.length - 1024)));
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(t);
  if (!m) throw new Error('no startxref');
  return Number(m[1]);
}

/** The last definition of object num, as text (classic, uncompressed objects only). */
export function objectText(pdf: Uint8Array, num: number): string {
  const t = dec(pdf);
  const re = new RegExp(`(?:^|[\\r\\n ])${num} 0 obj\\s*([\\s\\S]*?)\\s*endobj`, 'g');
  let last: string | undefined;
  for (const m of t.matchAll(re)) last = m[1];
  if (last === undefined) throw new Error(`object ${num} not found`);
  return last;
}

export function trailerInfo(pdf: Uint8Array): { root: number; size: number } {
  const t = dec(pdf);
  const all = [...t.matchAll(/trailer\s*<<([\s\S]*?)>>\s*startxref/g)];
  const last = all[all.length - 1]?.[1] ?? '';
  const root = /\/Root (\d+) 0 R/.exec(last);
  const size = /\/Size (\d+)/.exec(last);
  return { root: Number(root?.[1]), size: Number(size?.[1]) };
}

/** The number of the (first) page object. */
export function pageNum(pdf: Uint8Array): number {
  const t = dec(pdf);
  const m = /(\d+) 0 obj\s*<<\s*\/Type \/Page\b(?!s)/.exec(t);
  if (!m) throw new Error('no page');
  return Number(m[1]);
}

export interface NewObject {
  num: number;
  /** Everything between `N 0 obj` and `endobj`. */
  body: string | Uint8Array;
}

/** Appends an incremental update with a classic xref table. */
export function appendUpdate(pdf: Uint8Array, objects: NewObject[], extraTrailer = ''): Uint8Array {
  const { root, size } = trailerInfo(pdf);
  const prev = lastStartxref(pdf);
  const parts: Uint8Array[] = [pdf];
  let at = pdf.length;
  const push = (b: Uint8Array | string) => {
    const u = typeof b === 'string' ? enc(b) : b;
    parts.push(u);
    at += u.length;
  };
  push('\n');
  const offsets: [number, number][] = [];
  for (const o of objects) {
    offsets.push([o.num, at]);
    push(`${o.num} 0 obj\n`);
    push(o.body);
    push('\nendobj\n');
  }
  const xref = at;
  let x = 'xref\n0 1\n0000000000 65535 f \n';
  for (const [n, off] of offsets) x += `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  const newSize = Math.max(size, ...objects.map((o) => o.num + 1));
  x += `trailer\n<< /Size ${newSize} /Root ${root} 0 R /Prev ${prev} ${extraTrailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  push(x);
  const out = new Uint8Array(at);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

export function stream(dict: string, data: Uint8Array | string): Uint8Array {
  const d = typeof data === 'string' ? enc(data) : data;
  const head = enc(`<< ${dict} /Length ${d.length} >>\nstream\n`);
  const tail = enc('\nendstream');
  const out = new Uint8Array(head.length + d.length + tail.length);
  out.set(head, 0);
  out.set(d, head.length);
  out.set(tail, head.length + d.length);
  return out;
}

/** Replaces text in the bytes with the same number of bytes. */
export function patch(pdf: Uint8Array, at: number, text: string): Uint8Array {
  const out = new Uint8Array(pdf);
  out.set(enc(text), at);
  return out;
}

export { dec as latin1Text, enc as latin1Bytes };
