// The signer's side of a PDF signature: verifies the CMS (or the RFC 3161 token of a document
// timestamp) over the signed bytes, chooses the time the certificate is judged at, and validates
// the signer's path (path.ts). spec/pdf.md, "The signer's certificate".
//
// The time rule: validity is judged at the time of a trusted timestamp (a signature timestamp
// token that verifies and whose TSA chains to an anchor with the timeStamping purpose, the TSA
// judged at verification time), otherwise at verification time (`now`). The CMS signingTime and
// the dictionary's /M are the signer's claims: reported, never used to accept a certificate.
import type { Bilingual } from '../messages/define';
import { dnString, isoSeconds, signerEmail, signerInfo } from './certs';
import {
  type CmsFailure,
  hasEmbeddedRevocation,
  hasSigningCertificateAttr,
  OID,
  type ParsedCms,
  parseCms,
  signatureTimestampToken,
  signingTimeOf,
  verifySignerInfo,
  verifyTimestampToken,
} from './cms';
import { type MessageCode, msg, pdfWords } from './messages';
import { type PathFailure, type PathResult, validatePath } from './path';
import type { PdfChain, PdfHasher, PdfMessage, PdfSignature } from './types';
import { type Cert, signatureHash } from './x509';

export interface SignerInput {
  kind: 'approval' | 'timestamp';
  /** The DER in /Contents (padding removed or not). */
  der: Uint8Array;
  /** The signed bytes: the two byte ranges, as parts (never joined when a hasher is given). */
  signed: Uint8Array[];
  /** Hashes the signed ranges part by part (the command line's); default WebCrypto. */
  hasher?: PdfHasher;
  subFilter: string | null;
  /** The dictionary's /M, a claim. */
  claimedM?: Date;
  anchors: Cert[];
  /** The verification time: now, or `--today`. */
  now: Date;
  /** The signature's name in messages (its field, or the words for an unnamed one). */
  label: string | Bilingual;
  /** Filled in: digestAlgorithm, signingTime, timestampTime, signer, chain, problems. */
  report: PdfSignature;
}

export interface SignerOutcome {
  /** The signature does not verify (the file is `broken`). */
  failure?: MessageCode | CmsFailure;
  /** Problems that keep the verdict from `valid`. */
  trustProblems: PdfMessage[];
  chainFailure?: PdfMessage;
  signedBy?: PdfMessage;
  revocationEmbedded: boolean;
}

/** A claim more than a day after the verification time is in the future. */
const FUTURE_MARGIN_MS = 24 * 3600_000;
const WEAK_HASHES = new Set(['SHA-1']);

/** Verifies the signature in `input.der` and judges its signer (spec/pdf.md). */
export async function judgeSigner(input: SignerInput): Promise<SignerOutcome> {
  const { kind, der, signed, hasher, subFilter, claimedM, anchors, now, label, report } = input;
  const out: SignerOutcome = { trustProblems: [], revocationEmbedded: false };
  let signerCert: Cert | undefined;
  let pool: Cert[] = [];
  let checkDate = now;
  let source: PdfChain['checkDateSource'] = 'now';
  let claimed: Date | undefined;

  if (kind === 'timestamp') {
    const ts = await verifyTimestampToken(der, signed, hasher);
    if (ts.failure) return { ...out, failure: ts.failure };
    report.digestAlgorithm = ts.parsed?.digestAlgorithm ?? null;
    report.timestampTime = ts.time ? isoSeconds(ts.time) : null;
    report.signingTime = report.timestampTime;
    if (ts.parsed?.trailingGarbage) report.problems.push(msg('sig.padding-garbage', { field: label }));
    signerCert = ts.parsed?.signerCert;
    pool = ts.parsed?.certs ?? [];
    claimed = ts.time;
  } else {
    const p = parseCms(der);
    if (typeof p === 'string') return { ...out, failure: p };
    if (p.eContent) return { ...out, failure: 'cms-encapsulated-content' };
    report.digestAlgorithm = p.digestAlgorithm ?? null;
    if (!p.digestAlgorithm) return { ...out, failure: 'cms-digest-unsupported' };
    const failure = await verifySignerInfo(p, signed, OID.data, hasher);
    if (failure) return { ...out, failure };
    if (p.trailingGarbage) report.problems.push(msg('sig.padding-garbage', { field: label }));
    if (WEAK_HASHES.has(p.digestAlgorithm) || WEAK_HASHES.has(signatureHash(p.signatureAlgorithm) ?? '')) {
      out.trustProblems.push(msg('sig.weak-digest', { field: label }));
    }
    if (subFilter === 'ETSI.CAdES.detached' && !hasSigningCertificateAttr(p)) {
      report.problems.push(msg('sig.cades-no-signing-cert', { field: label }));
    }
    out.revocationEmbedded = hasEmbeddedRevocation(p);
    signerCert = p.signerCert;
    pool = p.certs;
    claimed = signingTimeOf(p) ?? claimedM;
    report.signingTime = claimed ? isoSeconds(claimed) : null;
    const tsTime = await signatureTimestamp(p, anchors, now, label, report);
    if (tsTime) {
      checkDate = tsTime;
      source = 'timestamp';
    }
  }
  const latest = Math.max(checkDate.getTime(), claimed?.getTime() ?? 0);
  if (latest > now.getTime() + FUTURE_MARGIN_MS) {
    out.trustProblems.push(
      msg('sig.future-signing-time', { field: label, time: isoSeconds(new Date(latest)) }),
    );
  }
  if (!signerCert) {
    out.chainFailure = msg('chain.no-certificate');
    return out;
  }
  report.signer = await signerInfo(signerCert);
  // A document timestamp's signer is a TSA: it needs the timeStamping purpose.
  const chain = await validatePath(
    signerCert,
    pool,
    anchors,
    checkDate,
    kind === 'timestamp' ? 'timestamping' : 'signing',
  );
  report.chain = {
    trusted: chain.trusted,
    path: chain.path.map((x) => dnString(x.subject)),
    checkDate: isoSeconds(checkDate),
    checkDateSource: source,
    revocation: 'not-checked',
    revocationDataEmbedded: out.revocationEmbedded,
  };
  const who = signerEmail(signerCert) ?? dnString(signerCert.subject);
  const when = pdfWords.t(`date-source.${source}`);
  out.signedBy = msg('chain.signed-by', {
    signer: who,
    claimed: claimed ? isoSeconds(claimed) : pdfWords.t('signing-time.none'),
    date: isoSeconds(checkDate),
    source: when,
  });
  if (!chain.trusted) out.chainFailure = chainMessage(chain, signerCert, who, anchors, checkDate, source);
  return out;
}

/** The message that says why `chain` is not trusted. */
function chainMessage(
  chain: PathResult,
  signerCert: Cert,
  who: string,
  anchors: Cert[],
  checkDate: Date,
  source: PdfChain['checkDateSource'],
): PdfMessage {
  const fc = chain.failedCert ?? signerCert;
  const failure: PathFailure = chain.failure ?? 'no-path';
  return msg(`chain.${failure}` as MessageCode, {
    signer: who,
    anchors: anchors.map((x) => dnString(x.subject)).join(' / '),
    cert: dnString(fc.subject),
    date: isoSeconds(checkDate),
    source: pdfWords.t(`date-source.${source}`),
    notAfter: isoSeconds(fc.notAfter),
    notBefore: isoSeconds(fc.notBefore),
  });
}

/**
 * The time of the RFC 3161 token on the signature, when it verifies over the signature value and
 * its TSA chains to an anchor with the timeStamping purpose (judged at `now`); otherwise undefined,
 * with a problem saying why the timestamp was not used.
 */
async function signatureTimestamp(
  p: ParsedCms,
  anchors: Cert[],
  now: Date,
  label: string | Bilingual,
  report: PdfSignature,
): Promise<Date | undefined> {
  const token = signatureTimestampToken(p);
  if (!token) return undefined;
  const ts = await verifyTimestampToken(token, [p.signature]);
  // A token that verifies has a time and a signer certificate.
  const tsa = ts.parsed?.signerCert;
  if (!ts.time || !tsa) {
    report.problems.push(msg('sig.timestamp-invalid', { field: label }));
    return undefined;
  }
  report.timestampTime = isoSeconds(ts.time);
  const chain = await validatePath(tsa, ts.parsed?.certs ?? [], anchors, now, 'timestamping');
  if (!chain.trusted) {
    const reason = chainMessage(chain, tsa, dnString(tsa.subject), anchors, now, 'now');
    report.problems.push(
      msg('sig.timestamp-untrusted', { field: label, reason: { ja: reason.ja, en: reason.en } }),
    );
    return undefined;
  }
  return ts.time;
}
