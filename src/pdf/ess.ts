// ESS signing-certificate attributes (RFC 2634 signingCertificate, RFC 5035 signingCertificateV2):
// when the signer put one in its signed attributes, the first ESSCertID must name the signer's own
// certificate: the hash over its DER and, when present, its issuer and serial number.
import { bytesEqual } from './bytes';
import { CONTEXT, children, expect, is, T, type Tlv, UNIVERSAL, value, whole } from './der';
import { algorithm, type Cert, DIGEST_OIDS } from './x509';

export const ESS_OIDS = {
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

async function hashOf(name: string, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest(name, data as Uint8Array<ArrayBuffer>));
}

/** IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber INTEGER }: names the certificate? */
function issuerSerialMatches(t: Tlv, cert: Cert): boolean {
  const [names, serial] = children(expect(t, T.SEQUENCE, 'IssuerSerial'));
  if (!bytesEqual(value(expect(serial, T.INTEGER, 'serialNumber')), cert.serial)) return false;
  // directoryName [4] EXPLICIT Name
  return children(expect(names, T.SEQUENCE, 'GeneralNames')).some((g) => {
    if (!is(g, CONTEXT, 4)) return false;
    const [name] = children(g);
    return name !== undefined && bytesEqual(whole(name), cert.issuerDer);
  });
}

/** Whether one attribute value (SigningCertificate or SigningCertificateV2) names `cert`. */
async function namesCert(v: Tlv | undefined, cert: Cert, v2: boolean): Promise<boolean> {
  const [certsSeq] = children(expect(v, T.SEQUENCE, 'SigningCertificate'));
  const [id] = children(expect(certsSeq, T.SEQUENCE, 'ESSCertIDs'));
  const parts = children(expect(id, T.SEQUENCE, 'ESSCertID'));
  let hashName = v2 ? 'SHA-256' : 'SHA-1';
  let k = 0;
  if (v2 && is(parts[0], UNIVERSAL, T.SEQUENCE)) {
    const name = DIGEST_OIDS[algorithm(parts[0] as Tlv).oid];
    if (!name) return false;
    hashName = name;
    k = 1;
  }
  const hash = value(expect(parts[k], T.OCTET_STRING, 'certHash'));
  if (!bytesEqual(hash, await hashOf(hashName, cert.der))) return false;
  const issuerSerial = parts[k + 1];
  return issuerSerial === undefined || issuerSerialMatches(issuerSerial, cert);
}

/**
 * Checks every signingCertificate(V2) attribute among `attrs` against `cert`; true when there is
 * none. Unreadable attributes do not match.
 */
export async function signingCertificateMatches(
  attrs: { oid: string; values: Tlv[] }[] | undefined,
  cert: Cert,
): Promise<boolean> {
  for (const a of attrs ?? []) {
    const v2 = a.oid === ESS_OIDS.signingCertificateV2;
    if (!v2 && a.oid !== ESS_OIDS.signingCertificate) continue;
    try {
      if (!(await namesCert(a.values[0], cert, v2))) return false;
    } catch {
      return false;
    }
  }
  return true;
}
