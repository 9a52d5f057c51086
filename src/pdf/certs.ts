// The signer's identity and the path to a trust anchor (built here, so the report can say exactly
// why a chain failed).
import { sha256, toHex } from './bytes';
import type { PdfSigner } from './types';
import {
  basicConstraints,
  type Cert,
  issuedBy,
  keyUsageBits,
  type NameAttr,
  sameCert,
  sanEmails,
  tryParseCert,
} from './x509';

const DN_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'street',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
};

const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
];

/** RFC 4514 order (most specific first): `CN=…, O=…, C=JP`. */
export function dnString(name: NameAttr[][]): string {
  return name
    .map((rdn) =>
      rdn.map((a) => `${DN_NAMES[a.oid] ?? a.oid}=${a.value.replace(/([,+"\\<>;])/g, '\\$1')}`).join('+'),
    )
    .reverse()
    .join(', ');
}

function dnValues(name: NameAttr[][], oid: string): string[] {
  return name
    .flat()
    .filter((a) => a.oid === oid)
    .map((a) => a.value);
}

/** The key usage bit names, or null when the certificate has no key usage extension. */
export function keyUsage(cert: Cert): string[] | null {
  let bits: number | null;
  try {
    bits = keyUsageBits(cert);
  } catch {
    return [];
  }
  if (bits === null) return null;
  return KEY_USAGE_BITS.filter((_, i) => bits & (0x8000 >> i));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function signerEmail(cert: Cert): string | null {
  for (const cn of dnValues(cert.subject, '2.5.4.3')) if (EMAIL.test(cn)) return cn.toLowerCase();
  for (const e of dnValues(cert.subject, '1.2.840.113549.1.9.1')) if (EMAIL.test(e)) return e.toLowerCase();
  try {
    for (const e of sanEmails(cert)) if (EMAIL.test(e)) return e.toLowerCase();
  } catch {
    // A malformed SAN names nobody.
  }
  return null;
}

export function serialHex(cert: Cert): string {
  let v = cert.serial;
  if (v.length > 1 && v[0] === 0 && (v[1] as number) >= 0x80) v = v.subarray(1);
  return toHex(v, true);
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function signerInfo(cert: Cert): Promise<PdfSigner> {
  return {
    email: signerEmail(cert),
    subject: dnString(cert.subject),
    issuer: dnString(cert.issuer),
    serial: serialHex(cert),
    notBefore: isoSeconds(cert.notBefore),
    notAfter: isoSeconds(cert.notAfter),
    sha256: toHex(await sha256(cert.der), true),
    keyUsage: keyUsage(cert),
  };
}

export function parseCertificate(der: Uint8Array): Cert | undefined {
  return tryParseCert(der);
}

function caInfo(c: Cert): { ca: boolean; pathLen?: number } {
  try {
    return basicConstraints(c);
  } catch {
    return { ca: false };
  }
}

export type ChainFailure = 'no-path' | 'expired' | 'not-yet-valid' | 'key-usage';

export interface ChainResult {
  trusted: boolean;
  /** Signer first; the anchor last when one was reached. */
  path: Cert[];
  failure?: ChainFailure;
  /** The certificate whose validity failed (for the message). */
  failedCert?: Cert;
}

const MAX_DEPTH = 8;

/**
 * Builds a path from the signer through the pool (the signature's own certificates) to an anchor:
 * each issuer's subject matches, its signature verifies, and intermediates are CAs. Then checks
 * each certificate's validity at `date` (anchors excepted) and the signer's key usage.
 */
export async function buildChain(
  signer: Cert,
  pool: Cert[],
  anchors: Cert[],
  date: Date,
): Promise<ChainResult> {
  let best: Cert[] = [signer];
  const search = async (path: Cert[]): Promise<Cert[] | undefined> => {
    const cur = path[path.length - 1] as Cert;
    if (path.length > best.length) best = path;
    if (anchors.some((a) => sameCert(a, cur))) return path;
    for (const a of anchors) if (await issuedBy(cur, a)) return [...path, a];
    if (path.length >= MAX_DEPTH) return undefined;
    for (const c of pool) {
      if (path.some((p) => sameCert(p, c))) continue;
      const { ca, pathLen } = caInfo(c);
      if (!ca) continue;
      const ku = keyUsage(c);
      if (ku && !ku.includes('keyCertSign')) continue;
      // pathLen counts the intermediates below this CA (the signer excluded).
      if (pathLen !== undefined && path.length - 1 > pathLen) continue;
      if (!(await issuedBy(cur, c))) continue;
      const found = await search([...path, c]);
      if (found) return found;
    }
    return undefined;
  };
  const path = await search([signer]);
  if (!path) return { trusted: false, path: best, failure: 'no-path' };
  const anchored = anchors.some((a) => sameCert(a, path[path.length - 1] as Cert));
  const toCheck = anchored && path.length > 1 ? path.slice(0, -1) : path;
  for (const c of toCheck) {
    if (date < c.notBefore) return { trusted: false, path, failure: 'not-yet-valid', failedCert: c };
    if (date > c.notAfter) return { trusted: false, path, failure: 'expired', failedCert: c };
  }
  const ku = keyUsage(signer);
  if (ku && !ku.includes('digitalSignature') && !ku.includes('nonRepudiation')) {
    return { trusted: false, path, failure: 'key-usage' };
  }
  return { trusted: true, path };
}
