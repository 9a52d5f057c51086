// The signer's identity as the report shows it (the path to an anchor is path.ts).
import { sha256, toHex } from './bytes';
import type { PdfSigner } from './types';
import { type Cert, keyUsageBits, type NameAttr, sanEmails, tryParseCert } from './x509';

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
