/**
 * Reads a certificate file (.cer/.crt/.pem, DER or PEM) for 「証明書ファイルから入力」 with the
 * project's own X.509 reader (src/pdf). Loaded with import() only when a file is picked. Never
 * reads a private key: files holding one (PEM private keys, PKCS#12) are refused.
 */
import { certificatesFromFile, latin1Head } from '../../bytes/pem';
import { parseCertificate, serialHex } from '../../pdf/certs';
import { children, parse, value } from '../../pdf/der';

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
  const cert = parseCertificate(toDer(bytes));
  if (!cert) throw new CertificateFileError('not-certificate', 'not an X.509 certificate (DER or PEM)');
  const out: CertificateFields = {
    serial: serialHex(cert)
      .toUpperCase()
      .replace(/^0+(?=.)/, ''),
    notAfter: localDate(cert.notAfter),
  };
  for (const rdn of cert.subject) {
    for (const { oid, value: text } of rdn) {
      const key = OIDS[oid];
      if (key && out[key] === undefined) out[key] = text;
    }
  }
  return out;
}

function toDer(bytes: Uint8Array): Uint8Array {
  const head = latin1Head(bytes);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(head)) {
    throw new CertificateFileError('private-key', 'private key');
  }
  if (!head.includes('-----BEGIN') && looksLikePkcs12(bytes))
    throw new CertificateFileError('private-key', 'PKCS#12');
  const [der] = certificatesFromFile(bytes);
  return der ?? bytes;
}

/** PKCS#12 (.pfx/.p12): SEQUENCE { INTEGER 3, SEQUENCE { OID pkcs7-data … } } */
function looksLikePkcs12(bytes: Uint8Array): boolean {
  try {
    const [version] = children(parse(bytes));
    if (version?.cls !== 0 || version.tag !== 2) return false;
    const v = value(version);
    return v.length === 1 && v[0] === 3;
  } catch {
    return false;
  }
}

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())}`;
}
