// X.509 certificates and signature verification with WebCrypto (RSA PKCS#1 v1.5, RSA-PSS, ECDSA).
import { bytesEqual } from './bytes';
import {
  bitString,
  CONTEXT,
  children,
  DerError,
  expect,
  integerValue,
  is,
  oid,
  parse,
  readTlv,
  T,
  type Tlv,
  text,
  time,
  UNIVERSAL,
  value,
  whole,
} from './der';

export interface AlgorithmId {
  oid: string;
  /** The parameters element, if any (other than NULL). */
  params?: Tlv;
}

export interface NameAttr {
  oid: string;
  value: string;
}

export interface Cert {
  der: Uint8Array;
  tbs: Uint8Array;
  serial: Uint8Array;
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  issuer: NameAttr[][];
  subject: NameAttr[][];
  notBefore: Date;
  notAfter: Date;
  spki: Uint8Array;
  keyAlg: AlgorithmId;
  sigAlg: AlgorithmId;
  signature: Uint8Array;
  extensions: Map<string, { critical: boolean; value: Uint8Array }>;
}

export function algorithm(t: Tlv): AlgorithmId {
  const [o, p] = children(expect(t, T.SEQUENCE, 'AlgorithmIdentifier'));
  if (!o) throw new DerError('empty AlgorithmIdentifier');
  return { oid: oid(o), params: p && !is(p, UNIVERSAL, T.NULL) ? p : undefined };
}

function name(t: Tlv): NameAttr[][] {
  return children(expect(t, T.SEQUENCE, 'Name')).map((rdn) =>
    children(expect(rdn, T.SET, 'RDN')).map((atv) => {
      const [o, v] = children(expect(atv, T.SEQUENCE, 'AttributeTypeAndValue'));
      if (!o || !v) throw new DerError('bad AttributeTypeAndValue');
      return { oid: oid(o), value: text(v) };
    }),
  );
}

export function parseCert(der: Uint8Array): Cert {
  const top = parse(der);
  const [tbsT, sigAlgT, sigT] = children(expect(top, T.SEQUENCE, 'Certificate'));
  if (!tbsT || !sigAlgT || !sigT) throw new DerError('bad Certificate');
  const f = children(expect(tbsT, T.SEQUENCE, 'TBSCertificate'));
  let k = 0;
  if (is(f[0], CONTEXT, 0)) k = 1; // version
  const [serialT, , issuerT, validityT, subjectT, spkiT] = f.slice(k);
  if (!serialT || !issuerT || !validityT || !subjectT || !spkiT) throw new DerError('bad TBSCertificate');
  const [nb, na] = children(expect(validityT, T.SEQUENCE, 'Validity'));
  if (!nb || !na) throw new DerError('bad Validity');
  const [keyAlgT] = children(expect(spkiT, T.SEQUENCE, 'SubjectPublicKeyInfo'));
  if (!keyAlgT) throw new DerError('bad SubjectPublicKeyInfo');
  const extensions = new Map<string, { critical: boolean; value: Uint8Array }>();
  for (const e of f.slice(k + 6)) {
    if (!is(e, CONTEXT, 3)) continue;
    const [seq] = children(e);
    if (!seq) continue;
    for (const ext of children(expect(seq, T.SEQUENCE, 'Extensions'))) {
      const parts = children(expect(ext, T.SEQUENCE, 'Extension'));
      const id = oid(parts[0] as Tlv);
      const critical = is(parts[1], UNIVERSAL, T.BOOLEAN) && value(parts[1] as Tlv)[0] !== 0;
      const v = parts[parts.length - 1] as Tlv;
      extensions.set(id, { critical, value: value(expect(v, T.OCTET_STRING, 'extnValue')) });
    }
  }
  return {
    der: whole(top),
    tbs: whole(tbsT),
    serial: value(expect(serialT, T.INTEGER, 'serial')),
    issuerDer: whole(issuerT),
    subjectDer: whole(subjectT),
    issuer: name(issuerT),
    subject: name(subjectT),
    notBefore: time(nb),
    notAfter: time(na),
    spki: whole(spkiT),
    keyAlg: algorithm(keyAlgT),
    sigAlg: algorithm(sigAlgT),
    signature: bitString(sigT).bits,
    extensions,
  };
}

export function tryParseCert(der: Uint8Array): Cert | undefined {
  try {
    return parseCert(der);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- extensions

export function keyUsageBits(c: Cert): number | null {
  const e = c.extensions.get('2.5.29.15');
  if (!e) return null;
  const { bits } = bitString(parse(e.value));
  return ((bits[0] ?? 0) << 8) | (bits[1] ?? 0);
}

export function basicConstraints(c: Cert): { ca: boolean; pathLen?: number } {
  const e = c.extensions.get('2.5.29.19');
  if (!e) return { ca: false };
  const parts = children(parse(e.value));
  let ca = false;
  let pathLen: number | undefined;
  for (const p of parts) {
    if (is(p, UNIVERSAL, T.BOOLEAN)) ca = value(p)[0] !== 0;
    else if (is(p, UNIVERSAL, T.INTEGER)) pathLen = integerValue(p);
  }
  return { ca, pathLen };
}

export function sanEmails(c: Cert): string[] {
  const e = c.extensions.get('2.5.29.17');
  if (!e) return [];
  return children(parse(e.value))
    .filter((g) => is(g, CONTEXT, 1))
    .map((g) => text({ ...g, tag: T.IA5 }));
}

export function extendedKeyUsage(c: Cert): string[] | null {
  const e = c.extensions.get('2.5.29.37');
  if (!e) return null;
  return children(parse(e.value)).map(oid);
}

// ---------------------------------------------------------------- signatures

const HASH_OF: Record<string, string> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};
export const DIGEST_OIDS: Record<string, string> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const CURVES: Record<string, { name: string; size: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
  '1.3.132.0.34': { name: 'P-384', size: 48 },
  '1.3.132.0.35': { name: 'P-521', size: 66 },
};
const RSA = '1.2.840.113549.1.1.1';
const RSA_PSS = '1.2.840.113549.1.1.10';
const EC = '1.2.840.10045.2.1';

function ecdsaRaw(sig: Uint8Array, size: number): Uint8Array {
  const [r, s] = children(expect(readTlv(sig, 0), T.SEQUENCE, 'ECDSA signature'));
  const out = new Uint8Array(size * 2);
  for (const [i, t] of [r, s].entries()) {
    let v = value(expect(t, T.INTEGER, 'ECDSA r/s'));
    while (v.length > size && v[0] === 0) v = v.subarray(1);
    if (v.length > size) throw new DerError('ECDSA value too long');
    out.set(v, i * size + size - v.length);
  }
  return out;
}

function pssParams(p: Tlv | undefined): { hash: string; saltLength: number } {
  let hash = 'SHA-1';
  let saltLength = 20;
  if (p) {
    for (const f of children(p)) {
      const [inner] = children(f);
      if (!inner) continue;
      if (is(f, CONTEXT, 0)) hash = DIGEST_OIDS[algorithm(inner).oid] ?? 'unsupported';
      else if (is(f, CONTEXT, 2)) saltLength = integerValue(inner);
    }
  }
  return { hash, saltLength };
}

/** The digest a signature algorithm uses (RSA PKCS#1 v1.5, RSA-PSS, ECDSA), or undefined when unknown. */
export function signatureHash(sigAlg: AlgorithmId): string | undefined {
  if (sigAlg.oid === RSA_PSS) {
    try {
      const h = pssParams(sigAlg.params).hash;
      return h === 'unsupported' ? undefined : h;
    } catch {
      return undefined;
    }
  }
  return HASH_OF[sigAlg.oid];
}

/** The public key's kind and strength: RSA modulus bits, or the EC curve (undefined when unknown). */
export function publicKeyInfo(
  c: Cert,
): { kind: 'rsa'; bits: number } | { kind: 'ec'; curve?: string } | { kind: 'other' } {
  try {
    if (c.keyAlg.oid === RSA) {
      const [, keyT] = children(parse(c.spki));
      const [modulus] = children(parse(bitString(keyT as Tlv).bits));
      let m = value(expect(modulus, T.INTEGER, 'modulus'));
      let k = 0;
      while (k < m.length - 1 && m[k] === 0) k++;
      m = m.subarray(k);
      return { kind: 'rsa', bits: (m.length - 1) * 8 + (32 - Math.clz32(m[0] ?? 0)) };
    }
    if (c.keyAlg.oid === EC)
      return { kind: 'ec', curve: c.keyAlg.params ? CURVES[oid(c.keyAlg.params)]?.name : undefined };
  } catch {
    // An unreadable key is no key this checker accepts.
  }
  return { kind: 'other' };
}

/**
 * Verifies `signature` over `data` with the key in `spki` (DER SubjectPublicKeyInfo).
 * `sigAlg` is the signature algorithm; for bare rsaEncryption / ecPublicKey, `hash` names the digest.
 */
export async function verifySignature(
  spki: Uint8Array,
  keyAlg: AlgorithmId,
  sigAlg: AlgorithmId,
  data: Uint8Array,
  signature: Uint8Array,
  hash?: string,
): Promise<boolean> {
  const subtle = globalThis.crypto.subtle;
  const key = spki as Uint8Array<ArrayBuffer>;
  try {
    if (sigAlg.oid === RSA_PSS) {
      const { hash: h, saltLength } = pssParams(sigAlg.params);
      const k = await subtle.importKey('spki', key, { name: 'RSA-PSS', hash: h }, false, ['verify']);
      return await subtle.verify(
        { name: 'RSA-PSS', saltLength },
        k,
        signature as Uint8Array<ArrayBuffer>,
        data as Uint8Array<ArrayBuffer>,
      );
    }
    const h = HASH_OF[sigAlg.oid] ?? (sigAlg.oid === RSA || sigAlg.oid === EC ? hash : undefined);
    if (!h) return false;
    if (keyAlg.oid === RSA) {
      const k = await subtle.importKey('spki', key, { name: 'RSASSA-PKCS1-v1_5', hash: h }, false, [
        'verify',
      ]);
      return await subtle.verify(
        'RSASSA-PKCS1-v1_5',
        k,
        signature as Uint8Array<ArrayBuffer>,
        data as Uint8Array<ArrayBuffer>,
      );
    }
    if (keyAlg.oid === EC && keyAlg.params) {
      const curve = CURVES[oid(keyAlg.params)];
      if (!curve) return false;
      const k = await subtle.importKey('spki', key, { name: 'ECDSA', namedCurve: curve.name }, false, [
        'verify',
      ]);
      const raw = ecdsaRaw(signature, curve.size);
      return await subtle.verify(
        { name: 'ECDSA', hash: h },
        k,
        raw as Uint8Array<ArrayBuffer>,
        data as Uint8Array<ArrayBuffer>,
      );
    }
    return false;
  } catch {
    return false;
  }
}

export function sameName(a: Uint8Array, b: Uint8Array): boolean {
  return bytesEqual(a, b);
}

export function sameCert(a: Cert, b: Cert): boolean {
  return sameName(a.subjectDer, b.subjectDer) && bytesEqual(a.spki, b.spki);
}
