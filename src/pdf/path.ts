// Certification path validation for a PDF signer or a timestamp authority (RFC 5280 §6.1, as
// spec/pdf.md "The signer's certificate" narrows it). Pure: WebCrypto through x509.ts, no Node.
//
// Paths are built by names only (each certificate's issuer is the next one's subject), from the
// signature's own certificates to a trust anchor; every path found is then validated rule by rule,
// and the first failing rule is the reason. Revocation is not checked (no network).
import {
  basicConstraints,
  type Cert,
  extendedKeyUsage,
  keyUsageBits,
  publicKeyInfo,
  sameCert,
  sameName,
  signatureHash,
  verifySignature,
} from './x509';

/** Why a path is not trusted; each is its own message (`chain.<failure>`). */
export type PathFailure =
  | 'no-path'
  | 'issuer-name'
  | 'bad-signature'
  | 'weak-signature-algorithm'
  | 'weak-key'
  | 'critical-extension'
  | 'signer-is-ca'
  | 'key-usage'
  | 'ext-key-usage'
  | 'tsa-purpose'
  | 'ca-not-ca'
  | 'ca-key-cert-sign'
  | 'path-length'
  | 'expired'
  | 'not-yet-valid';

/** What the end certificate is validated for. */
export type Purpose = 'signing' | 'timestamping';

export interface PathResult {
  trusted: boolean;
  /** End certificate first; the anchor last when one was reached (else the longest path tried). */
  path: Cert[];
  failure?: PathFailure;
  /** The certificate that breaks the rule (for the message). */
  failedCert?: Cert;
}

export const OIDS = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.5.5.7.3.36',
  adobeAuthenticDocuments: '1.2.840.113583.1.1.5',
  microsoftDocumentSigning: '1.3.6.1.4.1.311.10.3.12',
  anyExtendedKeyUsage: '2.5.29.37.0',
  timeStamping: '1.3.6.1.5.5.7.3.8',
};

/** extKeyUsage purposes that allow signing a document (spec/pdf.md). */
const SIGNING_PURPOSES = new Set([
  OIDS.emailProtection,
  OIDS.documentSigning,
  OIDS.adobeAuthenticDocuments,
  OIDS.microsoftDocumentSigning,
  OIDS.anyExtendedKeyUsage,
]);

/**
 * Extensions this validation processes or that carry no constraint to enforce; any other extension
 * marked critical makes the path untrusted (RFC 5280 §6.1.4 (o), §6.1.5 (f)). Policies: any policy
 * is acceptable (initial policy set anyPolicy, no explicit policy required), so certificatePolicies
 * is processed; nameConstraints, policyConstraints, policyMappings and inhibitAnyPolicy are not.
 */
const KNOWN_EXTENSIONS = new Set([
  OIDS.basicConstraints,
  OIDS.keyUsage,
  OIDS.extKeyUsage,
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.35', // authorityKeyIdentifier
  '2.5.29.17', // subjectAltName
  '2.5.29.18', // issuerAltName
  '2.5.29.32', // certificatePolicies
  '2.5.29.31', // cRLDistributionPoints
  '2.5.29.46', // freshestCRL
  '2.5.29.9', // subjectDirectoryAttributes
  '1.3.6.1.5.5.7.1.1', // authorityInfoAccess
]);

const STRONG_HASHES = new Set(['SHA-256', 'SHA-384', 'SHA-512']);
const STRONG_CURVES = new Set(['P-256', 'P-384', 'P-521']);
const MIN_RSA_BITS = 2048;

/**
 * Certificates a path may hold below the anchor (the end certificate and 7 intermediates), paths
 * tried and certificates of the signature's set used, at most (a hostile certificate set stays cheap).
 */
const MAX_DEPTH = 8;
const MAX_PATHS = 8;
const MAX_POOL = 64;
/** Steps of the path search at most (certificates with one name that issue each other). */
const MAX_STEPS = 2000;

// keyUsage bits as keyUsageBits() returns them (first byte high).
const KU_DIGITAL_SIGNATURE = 0x8000;
const KU_NON_REPUDIATION = 0x4000;
const KU_KEY_CERT_SIGN = 0x0400;

/** The key usage bits, null when absent, 0 when unreadable. */
function keyUsage(c: Cert): number | null {
  try {
    return keyUsageBits(c);
  } catch {
    return 0;
  }
}

/** basicConstraints; unreadable ones refuse both ways (a CA signer, a CA that allows no path). */
function caInfo(c: Cert): { ca: boolean; pathLen?: number } {
  try {
    return basicConstraints(c);
  } catch {
    return { ca: true, pathLen: -1 };
  }
}

function purposes(c: Cert): string[] | null {
  try {
    return extendedKeyUsage(c);
  } catch {
    return [];
  }
}

function strongKey(c: Cert): boolean {
  const k = publicKeyInfo(c);
  if (k.kind === 'rsa') return k.bits >= MIN_RSA_BITS;
  if (k.kind === 'ec') return k.curve !== undefined && STRONG_CURVES.has(k.curve);
  return false;
}

function hasUnknownCritical(c: Cert): boolean {
  for (const [id, e] of c.extensions) if (e.critical && !KNOWN_EXTENSIONS.has(id)) return true;
  return false;
}

/** The rules of the end certificate (the signer, or the TSA). */
function endEntityFailure(c: Cert, purpose: Purpose): PathFailure | undefined {
  if (caInfo(c).ca) return 'signer-is-ca';
  const ku = keyUsage(c);
  if (ku !== null && (ku & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) === 0) return 'key-usage';
  const eku = purposes(c);
  if (purpose === 'timestamping') {
    if (!eku?.includes(OIDS.timeStamping)) return 'tsa-purpose';
  } else if (eku !== null && !eku.some((p) => SIGNING_PURPOSES.has(p))) {
    return 'ext-key-usage';
  }
  return undefined;
}

/**
 * The rules of a CA at `index` on the path (1 = the signer's issuer). `below` is the number of
 * intermediate CAs between it and the end certificate.
 */
function caFailure(c: Cert, below: number, isAnchor: boolean): PathFailure | undefined {
  const { ca, pathLen } = caInfo(c);
  if (!isAnchor) {
    if (!ca) return 'ca-not-ca';
    const ku = keyUsage(c);
    // A CA without keyUsage has no keyCertSign either (spec: "basicConstraints CA true and keyCertSign").
    if (((ku ?? 0) & KU_KEY_CERT_SIGN) === 0) return 'ca-key-cert-sign';
  }
  if (below > (pathLen ?? Number.POSITIVE_INFINITY)) return 'path-length';
  return undefined;
}

/** The rules every certificate below the anchor must meet, checked against its issuer. */
async function certFailure(c: Cert, issuer: Cert): Promise<PathFailure | undefined> {
  if (!STRONG_HASHES.has(signatureHash(c.sigAlg) as string)) return 'weak-signature-algorithm';
  if (!(await verifySignature(issuer.spki, issuer.keyAlg, c.sigAlg, c.tbs, c.signature)))
    return 'bad-signature';
  if (!strongKey(c)) return 'weak-key';
  if (hasUnknownCritical(c)) return 'critical-extension';
  return undefined;
}

/** Validates one complete path (end certificate first, anchor last) at `date`. */
async function validate(path: Cert[], date: Date, purpose: Purpose): Promise<PathResult> {
  const fail = (failure: PathFailure, failedCert: Cert): PathResult => ({
    trusted: false,
    path,
    failure,
    failedCert,
  });
  const end = path[0] as Cert;
  const last = path.length - 1;
  const endRule = endEntityFailure(end, purpose);
  if (endRule) return fail(endRule, end);
  // The anchor's own signature, key and extensions are trusted as configured (RFC 5280 §6.1.1 (d)).
  for (let i = 0; i < last; i++) {
    const c = path[i] as Cert;
    const rule = await certFailure(c, path[i + 1] as Cert);
    if (rule) return fail(rule, c);
  }
  for (let i = 1; i <= last; i++) {
    const c = path[i] as Cert;
    const rule = caFailure(c, i - 1, i === last);
    if (rule) return fail(rule, c);
  }
  for (let i = 0; i < Math.max(last, 1); i++) {
    const c = path[i] as Cert;
    if (date < c.notBefore) return fail('not-yet-valid', c);
    if (date > c.notAfter) return fail('expired', c);
  }
  return { trusted: true, path };
}

/** Paths by names from `end` to an anchor, in the order found (at most MAX_PATHS). */
function buildPaths(end: Cert, pool: Cert[], anchors: Cert[]): { complete: Cert[][]; longest: Cert[] } {
  const complete: Cert[][] = [];
  let longest: Cert[] = [end];
  let steps = 0;
  const walk = (path: Cert[]) => {
    if (complete.length >= MAX_PATHS || ++steps > MAX_STEPS) return;
    const cur = path[path.length - 1] as Cert;
    if (path.length > longest.length) longest = path;
    const anchor = anchors.find((a) => sameCert(a, cur));
    if (anchor) {
      complete.push([...path.slice(0, -1), anchor]);
      return;
    }
    if (path.length > MAX_DEPTH) return;
    for (const c of [...anchors, ...pool]) {
      if (!sameName(cur.issuerDer, c.subjectDer)) continue;
      if (path.some((p) => sameCert(p, c))) continue;
      walk([...path, c]);
    }
  };
  walk([end]);
  return { complete, longest };
}

/**
 * Validates the end certificate `end` for `purpose` at `date`: a path through `pool` (the
 * signature's own certificates) to one of `anchors`, every rule met. When no path is found by
 * names but a certificate's key did sign the last certificate reached, the reason is the names.
 */
export async function validatePath(
  end: Cert,
  pool: Cert[],
  anchors: Cert[],
  date: Date,
  purpose: Purpose,
): Promise<PathResult> {
  // (A copy of an anchor among them becomes the anchor when reached.)
  const certs = pool.slice(0, MAX_POOL);
  const { complete, longest } = buildPaths(end, certs, anchors);
  let first: PathResult | undefined;
  for (const path of complete) {
    const r = await validate(path, date, purpose);
    if (r.trusted) return r;
    first ??= r;
  }
  if (first) return first;
  const cur = longest[longest.length - 1] as Cert;
  for (const c of [...anchors, ...certs]) {
    // A certificate the name already leads to was tried by the search (a cycle, or a path cut at
    // MAX_DEPTH): the names are not what is wrong.
    if (sameCert(c, cur) || sameName(cur.issuerDer, c.subjectDer)) continue;
    if (await verifySignature(c.spki, c.keyAlg, cur.sigAlg, cur.tbs, cur.signature)) {
      return { trusted: false, path: longest, failure: 'issuer-name', failedCert: cur };
    }
  }
  return { trusted: false, path: longest, failure: 'no-path', failedCert: cur };
}
