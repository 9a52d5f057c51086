// CMS (PKCS #7) SignedData over the signed byte ranges: read with der.ts, verified with WebCrypto.
import { concatBytes } from '../bytes/concat';
import { bytesEqual } from './bytes';
import {
  CONTEXT,
  children,
  DerError,
  expect,
  is,
  octets,
  oid,
  parse,
  T,
  type Tlv,
  time,
  UNIVERSAL,
  value,
  whole,
} from './der';
import { signingCertificateMatches } from './ess';
import type { PdfDigestAlgorithm, PdfHasher } from './types';
import { type AlgorithmId, algorithm, type Cert, DIGEST_OIDS, tryParseCert, verifySignature } from './x509';

export const OID = {
  signedData: '1.2.840.113549.1.7.2',
  data: '1.2.840.113549.1.7.1',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  timeStampToken: '1.2.840.113549.1.9.16.2.14',
  adbeRevocation: '1.2.840.113583.1.1.8',
};

/** Why a CMS structure does not verify (codes of messages.ts). */
export type CmsFailure =
  | 'cms-unparsable'
  | 'cms-not-signed-data'
  | 'cms-signer-count'
  | 'cms-no-signer-cert'
  | 'cms-digest-unsupported'
  | 'cms-digest-mismatch'
  | 'cms-signature-invalid'
  | 'cms-attributes'
  | 'cms-signing-cert-mismatch'
  | 'cms-encapsulated-content'
  | 'tst-imprint-mismatch';

export interface Attribute {
  oid: string;
  values: Tlv[];
}

export interface ParsedCms {
  eContentType: string;
  eContent?: Uint8Array;
  certs: Cert[];
  signerCert?: Cert;
  digestAlgorithm?: string;
  signedAttrs?: Attribute[];
  /** The DER of the signed attributes as signed (SET OF, tag 0x31). */
  signedAttrsDer?: Uint8Array;
  unsignedAttrs: Attribute[];
  signatureAlgorithm: AlgorithmId;
  signature: Uint8Array;
  /** Non-zero bytes after the DER structure inside /Contents. */
  trailingGarbage: boolean;
}

function attributes(t: Tlv): Attribute[] {
  return children(t).map((a) => {
    const [o, set] = children(expect(a, T.SEQUENCE, 'Attribute'));
    if (!o || !set) throw new DerError('bad Attribute');
    return { oid: oid(o), values: children(expect(set, T.SET, 'AttributeValues')) };
  });
}

export function parseCms(der: Uint8Array): ParsedCms | CmsFailure {
  try {
    const top = parse(der);
    let trailingGarbage = false;
    for (let i = top.end; i < der.length; i++) {
      if (der[i] !== 0) {
        trailingGarbage = true;
        break;
      }
    }
    const ci = children(expect(top, T.SEQUENCE, 'ContentInfo'));
    const [ct, content] = ci;
    if (!ct || oid(ct) !== OID.signedData) return 'cms-not-signed-data';
    if (ci.length !== 2 || !is(content, CONTEXT, 0)) return 'cms-unparsable';
    const inner = children(content);
    const [sd] = inner;
    if (inner.length !== 1) return 'cms-unparsable';
    const f = children(expect(sd, T.SEQUENCE, 'SignedData'));
    let k = 2; // version, digestAlgorithms
    const eci = children(expect(f[k++], T.SEQUENCE, 'EncapsulatedContentInfo'));
    if (eci.length > 2) return 'cms-unparsable';
    const eContentType = oid(eci[0] as Tlv);
    let eContent: Uint8Array | undefined;
    if (eci[1]) {
      if (!is(eci[1], CONTEXT, 0)) return 'cms-unparsable';
      const [oct] = children(eci[1]);
      eContent = octets(expect(oct, T.OCTET_STRING, 'eContent'));
    }
    const certs: Cert[] = [];
    if (is(f[k], CONTEXT, 0)) {
      for (const c of children(f[k] as Tlv)) {
        const cert = is(c, UNIVERSAL, T.SEQUENCE) ? tryParseCert(whole(c)) : undefined;
        if (cert) certs.push(cert);
      }
      k++;
    }
    if (is(f[k], CONTEXT, 1)) k++; // crls
    const infos = children(expect(f[k], T.SET, 'SignerInfos'));
    if (k + 1 !== f.length) return 'cms-unparsable';
    if (infos.length !== 1) return 'cms-signer-count';
    const si = children(expect(infos[0], T.SEQUENCE, 'SignerInfo'));
    let j = 1; // version
    const sid = si[j++] as Tlv;
    const digestAlg = algorithm(si[j++] as Tlv);
    let signedAttrs: Attribute[] | undefined;
    let signedAttrsDer: Uint8Array | undefined;
    if (is(si[j], CONTEXT, 0)) {
      const t = si[j++] as Tlv;
      signedAttrs = attributes(t);
      signedAttrsDer = new Uint8Array(whole(t));
      signedAttrsDer[0] = 0x31;
    }
    const signatureAlgorithm = algorithm(si[j++] as Tlv);
    const signature = value(expect(si[j++], T.OCTET_STRING, 'signature'));
    const unsignedAttrs = is(si[j], CONTEXT, 1) ? attributes(si[j++] as Tlv) : [];
    if (j !== si.length) return 'cms-unparsable';
    return {
      eContentType,
      eContent,
      certs,
      signerCert: findSignerCert(sid, certs),
      digestAlgorithm: DIGEST_OIDS[digestAlg.oid],
      signedAttrs,
      signedAttrsDer,
      unsignedAttrs,
      signatureAlgorithm,
      signature,
      trailingGarbage,
    };
  } catch {
    return 'cms-unparsable';
  }
}

function findSignerCert(sid: Tlv, certs: Cert[]): Cert | undefined {
  if (is(sid, UNIVERSAL, T.SEQUENCE)) {
    const [issuer, serial] = children(sid);
    if (!issuer || !serial) return undefined;
    const issuerDer = whole(issuer);
    const serialBytes = value(serial);
    return certs.find((c) => bytesEqual(c.issuerDer, issuerDer) && bytesEqual(c.serial, serialBytes));
  }
  if (is(sid, CONTEXT, 0)) {
    const ski = value(sid);
    return certs.find((c) => {
      const e = c.extensions.get('2.5.29.14');
      if (!e) return false;
      try {
        return bytesEqual(value(parse(e.value)), ski);
      } catch {
        return false;
      }
    });
  }
  return undefined;
}

function attr(attrs: Attribute[] | undefined, o: string): Attribute[] {
  return attrs?.filter((a) => a.oid === o) ?? [];
}

export function signingTimeOf(p: ParsedCms): Date | undefined {
  const v = attr(p.signedAttrs, OID.signingTime)[0]?.values[0];
  try {
    return v ? time(v) : undefined;
  } catch {
    return undefined;
  }
}

export function hasEmbeddedRevocation(p: ParsedCms): boolean {
  return attr(p.signedAttrs, OID.adbeRevocation).length > 0;
}

export function hasSigningCertificateAttr(p: ParsedCms): boolean {
  return (
    attr(p.signedAttrs, OID.signingCertificateV2).length > 0 ||
    attr(p.signedAttrs, OID.signingCertificate).length > 0
  );
}

export async function digest(name: string, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(name, data as Uint8Array<ArrayBuffer>));
}

const HASHER_ALGORITHMS: ReadonlySet<string> = new Set<PdfDigestAlgorithm>([
  'SHA-1',
  'SHA-256',
  'SHA-384',
  'SHA-512',
]);

/**
 * The digest of the concatenation of `parts`: through `hasher` when one is given (the command
 * line's is incremental: no copy), otherwise WebCrypto, one-shot, over the parts joined once.
 */
export function digestParts(name: string, parts: Uint8Array[], hasher?: PdfHasher): Promise<Uint8Array> {
  if (hasher && HASHER_ALGORITHMS.has(name)) return hasher(name as PdfDigestAlgorithm, parts);
  return digest(name, concatBytes(parts));
}

/**
 * Verifies the one SignerInfo over `content`, the concatenation of its parts (the two signed byte
 * ranges, or the encapsulated content). With signed attributes: messageDigest = digest(content),
 * hashed part by part through `hasher` when given, contentType = the declared eContentType, and the
 * signature over the DER SET of the signed attributes. Without: the signature over the content
 * itself (the one place the parts are joined).
 */
export async function verifySignerInfo(
  p: ParsedCms,
  content: Uint8Array[],
  expectContentType: string,
  hasher?: PdfHasher,
): Promise<CmsFailure | undefined> {
  const cert = p.signerCert;
  if (!cert) return 'cms-no-signer-cert';
  const hashName = p.digestAlgorithm;
  if (!hashName) return 'cms-digest-unsupported';
  if (p.eContentType !== expectContentType) return 'cms-attributes';
  let signed: Uint8Array;
  if (p.signedAttrs && p.signedAttrsDer) {
    const md = attr(p.signedAttrs, OID.messageDigest);
    const ct = attr(p.signedAttrs, OID.contentType);
    if (md.length !== 1 || md[0]?.values.length !== 1 || ct.length !== 1 || ct[0]?.values.length !== 1) {
      return 'cms-attributes';
    }
    try {
      if (oid(ct[0]?.values[0] as Tlv) !== expectContentType) return 'cms-attributes';
      const mdValue = value(expect(md[0]?.values[0], T.OCTET_STRING, 'messageDigest'));
      const actual = await digestParts(hashName, content, hasher);
      if (!bytesEqual(mdValue, actual)) return 'cms-digest-mismatch';
    } catch {
      return 'cms-attributes';
    }
    if (!(await signingCertificateMatches(p.signedAttrs, cert))) return 'cms-signing-cert-mismatch';
    signed = p.signedAttrsDer;
  } else {
    signed = concatBytes(content);
  }
  const ok = await verifySignature(
    cert.spki,
    cert.keyAlg,
    p.signatureAlgorithm,
    signed,
    p.signature,
    hashName,
  );
  return ok ? undefined : 'cms-signature-invalid';
}

export interface TimestampResult {
  time?: Date;
  failure?: CmsFailure;
  parsed?: ParsedCms;
}

/**
 * Verifies an RFC 3161 token whose message imprint must be the digest of `imprinted` (the
 * concatenation of its parts, hashed through `hasher` when given).
 */
export async function verifyTimestampToken(
  token: Uint8Array,
  imprinted: Uint8Array[],
  hasher?: PdfHasher,
): Promise<TimestampResult> {
  const p = parseCms(token);
  if (typeof p === 'string') return { failure: p };
  if (p.eContentType !== OID.tstInfo || !p.eContent) return { failure: 'cms-attributes', parsed: p };
  const tstDer = p.eContent;
  let genTime: Date;
  let imprintAlg: string | undefined;
  let imprint: Uint8Array;
  try {
    const f = children(expect(parse(tstDer), T.SEQUENCE, 'TSTInfo'));
    const [algT, hashT] = children(expect(f[2], T.SEQUENCE, 'MessageImprint'));
    imprintAlg = DIGEST_OIDS[algorithm(algT as Tlv).oid];
    imprint = value(expect(hashT, T.OCTET_STRING, 'hashedMessage'));
    genTime = time(f[4] as Tlv);
  } catch {
    return { failure: 'cms-unparsable', parsed: p };
  }
  const failure = await verifySignerInfo(p, [tstDer], OID.tstInfo);
  if (failure) return { failure, parsed: p };
  if (!imprintAlg) return { failure: 'cms-digest-unsupported', parsed: p };
  if (!bytesEqual(imprint, await digestParts(imprintAlg, imprinted, hasher)))
    return { failure: 'tst-imprint-mismatch', parsed: p };
  return { time: genTime, parsed: p };
}

/** The RFC 3161 token in the unsigned attributes of an approval signature, if any. */
export function signatureTimestampToken(p: ParsedCms): Uint8Array | undefined {
  const v = attr(p.unsignedAttrs, OID.timeStampToken)[0]?.values[0];
  return v ? whole(v) : undefined;
}
