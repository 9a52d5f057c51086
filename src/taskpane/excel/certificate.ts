/**
 * Reads a certificate file (.cer/.crt/.pem, DER or PEM) for 「証明書ファイルから入力」 with pkijs.
 * Loaded with import() only when a file is picked. Never reads a private key: files holding one
 * (PEM private keys, PKCS#12) are refused.
 */
import { fromBER } from 'asn1js';
import { Certificate } from 'pkijs';
import { certificatesFromFile, latin1Head } from '../../bytes/pem';

export interface CertificateFields {
  /** Upper-case hex, no separators, no leading zeros. */
  serial: string;
  cn?: string;
  o?: string;
  l?: string;
  st?: string;
  c?: string;
  /** Local calendar date of the end of validity, `yyyy/mm/dd`. */
  notAfter: string;
}

export class CertificateFileError extends Error {
  constructor(
    readonly code: 'private-key' | 'not-certificate',
    message: string,
  ) {
    super(message);
  }
}

const OIDS: Record<string, keyof Omit<CertificateFields, 'serial' | 'notAfter'>> = {
  '2.5.4.3': 'cn',
  '2.5.4.10': 'o',
  '2.5.4.7': 'l',
  '2.5.4.8': 'st',
  '2.5.4.6': 'c',
};

export function readCertificate(bytes: Uint8Array): CertificateFields {
  const der = toDer(bytes);
  const asn1 = fromBER(der);
  if (asn1.offset === -1) throw new CertificateFileError('not-certificate', 'not DER or PEM');
  let cert: Certificate;
  try {
    cert = new Certificate({ schema: asn1.result });
  } catch (e) {
    throw new CertificateFileError('not-certificate', e instanceof Error ? e.message : String(e));
  }
  const out: CertificateFields = {
    serial: hex(cert.serialNumber.valueBlock.valueHexView),
    notAfter: localDate(cert.notAfter.value),
  };
  for (const tv of cert.subject.typesAndValues) {
    const key = OIDS[tv.type];
    const value = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock?.value;
    if (key && typeof value === 'string' && out[key] === undefined) out[key] = value;
  }
  return out;
}

function toDer(bytes: Uint8Array): ArrayBuffer {
  const head = latin1Head(bytes);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(head)) {
    throw new CertificateFileError('private-key', 'private key');
  }
  if (!head.includes('-----BEGIN') && looksLikePkcs12(bytes))
    throw new CertificateFileError('private-key', 'PKCS#12');
  const [der] = certificatesFromFile(bytes);
  return (der ?? bytes).slice().buffer;
}

/** PKCS#12 (.pfx/.p12): SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } } */
function looksLikePkcs12(bytes: Uint8Array): boolean {
  const asn1 = fromBER(bytes.slice().buffer);
  if (asn1.offset === -1) return false;
  const seq = asn1.result as { valueBlock?: { value?: Array<{ valueBlock?: { valueDec?: number } }> } };
  return seq.valueBlock?.value?.[0]?.valueBlock?.valueDec === 3;
}

function hex(view: Uint8Array): string {
  const s = [...view]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return s.replace(/^0+(?=.)/, '');
}

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())}`;
}
