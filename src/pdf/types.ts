// The report of the PDF checker: the JSON of `verify-pdf --json` (spec/pdf.md).

export type PdfVerdict = 'valid' | 'untrusted' | 'modified' | 'broken' | 'unsigned' | 'error';

/** A sentence for the officer, Japanese first. `code` names the reason for programs and tests. */
export interface PdfMessage {
  code: string;
  ja: string;
  en: string;
}

export interface PdfSigner {
  /** From the CN (UPKI: CN = e-mail), the emailAddress attribute or the rfc822Name SAN; null if none. */
  email: string | null;
  subject: string;
  issuer: string;
  /** Serial number in upper-case hex. */
  serial: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the certificate's DER, upper-case hex. */
  sha256: string;
  /** Key usage bits present (digitalSignature, nonRepudiation, …); null when the extension is absent. */
  keyUsage: string[] | null;
}

export interface PdfChain {
  /** The signer chains to a trust anchor and every certificate was valid at the check date. */
  trusted: boolean;
  /** Subjects from the signer to the anchor (as far as a path was found). */
  path: string[];
  /**
   * The date the certificates were judged at, and where it came from: a trusted signature
   * timestamp, or the time of verification (now, or `--today`). The signer's claimed signingTime
   * or /M is never used (spec/pdf.md, "Time").
   */
  checkDate: string;
  checkDateSource: 'timestamp' | 'now';
  /** Revocation status: never fetched (no network). */
  revocation: 'not-checked';
  /** Whether the signer embedded revocation data (CRL/OCSP) that this checker does not evaluate. */
  revocationDataEmbedded: boolean;
}

export interface PdfSignature {
  /** Full name of the signature field, or null when no form field refers to this dictionary. */
  field: string | null;
  /** `approval` for a signer's signature, `timestamp` for a document timestamp (ETSI.RFC3161). */
  kind: 'approval' | 'timestamp';
  subFilter: string | null;
  byteRange: number[] | null;
  coversWholeFile: boolean;
  /** The byte range is sound and the CMS signature verifies over exactly those bytes. */
  intact: boolean;
  digestAlgorithm: string | null;
  /** The signing time claimed in the CMS (signingTime attribute) or /M, ISO 8601. */
  signingTime: string | null;
  /** The time of a verified RFC 3161 timestamp on the signature, if any. */
  timestampTime: string | null;
  signer: PdfSigner | null;
  chain: PdfChain | null;
  /** Whether only allowed updates (spec/pdf.md) follow this signature. */
  unmodifiedSince: boolean;
  /** A certification signature (DocMDP) and its level; null for an approval signature or timestamp. */
  certification: { level: 1 | 2 | 3 } | null;
  problems: PdfMessage[];
}

export interface PdfAppendedObject {
  /** `N G` of the object. */
  ref: string;
  /** What it is: signature, signature-field, acroform, catalog, page, dss, appearance, xref, info, other… */
  kind: string;
  allowed: boolean;
  /** Why it is not allowed, in English (the messages carry both languages). */
  reason?: string;
}

export interface PdfAppended {
  /** Bytes after the newest signature's signed range. */
  bytes: number;
  /** Objects written in the revisions after the newest signature. */
  objects: PdfAppendedObject[];
}

export interface PdfReport {
  file: string;
  bytes: number;
  /** SHA-256 (lower-case hex) of exactly the bytes judged; null when the file was too large to read. */
  sha256: string | null;
  verdict: PdfVerdict;
  /** The file's certification (DocMDP) level, from its certification signature; null when none. */
  certification: { level: 1 | 2 | 3 } | null;
  signatures: PdfSignature[];
  appended: PdfAppended;
  messages: PdfMessage[];
}

/** The digest algorithms a CMS may name (SHA-1 only to be reported as weak). */
export type PdfDigestAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

/**
 * Hashes the concatenation of `parts` without joining them. The panes use @noble/hashes (hash.ts);
 * the command line injects node:crypto's incremental hash (src/pdf stays free of Node imports).
 */
export type PdfHasher = (algorithm: PdfDigestAlgorithm, parts: Uint8Array[]) => Promise<Uint8Array>;

export interface VerifyPdfOptions {
  /**
   * Hashes the whole file for the report and the signed byte ranges, as parts (default: WebCrypto
   * for the file, which copies it once, and hash.ts's incremental hasher for the ranges: no copy).
   */
  hasher?: PdfHasher;
  /** File name shown in the report. */
  file?: string;
  /** DER certificates; when given they replace the default anchors. */
  trustAnchors?: Uint8Array[];
  /** The current time (tests). */
  now?: Date;
}
