// verifyPdf: bytes in, report out. Never modifies the bytes; the report carries their SHA-256.

import { MAX_FILE_BYTES } from '../bytes/limits';
import { type Bilingual, listOf } from '../messages/define';
import { formatSize } from '../messages/size';
import { parseAnchors } from './anchors';
import { ascii, indexOf, lastIndexOf, sha256, startsWith, toHex } from './bytes';
import type { CmsFailure } from './cms';
import type { ChangeKind } from './diff/context';
import { type AppendedAnalysis, analyzeAppended } from './diff/index';
import { certificationLevel } from './docmdp';
import { incrementalHasher } from './hash';
import { MAX_SIGNATURES, PdfLimitError, Work } from './limits';
import { type MessageCode, msg, pdfWords } from './messages';
import { PdfString } from './objects';
import { type FoundSignature, findSignatures, isTimestampDict } from './signatures';
import { judgeSigner } from './signer-trust';
import type { PdfHasher, PdfMessage, PdfReport, PdfSignature, PdfVerdict, VerifyPdfOptions } from './types';
import { deriveVerdict } from './verdict';
import type { Cert } from './x509';
import { findLastStartxref, ObjectStore, readChain, readStartxrefAt, type XrefSection } from './xref';

/** 25 MB: the largest attachment Outlook accepts (spec/pdf.md, Limits). */
export const PDF_SIZE_LIMIT = MAX_FILE_BYTES;

const APPROVAL_SUBFILTERS = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached']);

function emptyReport(file: string, size: number): PdfReport {
  return {
    file,
    bytes: size,
    sha256: null,
    verdict: 'error',
    certification: null,
    signatures: [],
    appended: { bytes: 0, objects: [] },
    messages: [],
  };
}

/** The report for a file over the size limit, made without reading it (the command line uses it). */
export function tooLargeReport(file: string, size: number): PdfReport {
  const r = emptyReport(file, size);
  r.messages.push(msg('verdict.error'), msg('error.too-large', { size: formatSize(size) }));
  return r;
}

/** `D:YYYYMMDDHHmmSS+HH'mm'` → Date. */
export function parsePdfDate(s: string): Date | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(
    s.trim(),
  );
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', se = '00', tz, th = '00', tm = '00'] = m;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  if (tz === '+' || tz === '-') {
    const off = (Number(th) * 60 + Number(tm)) * 60_000;
    t += tz === '+' ? -off : off;
  }
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function hexBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

interface Checked {
  report: PdfSignature;
  /** End of the signed range, when the byte range is sound. */
  signedEnd?: number;
  signedStartxref?: number;
  /** Problems that keep the verdict from `valid` (the signature is intact). */
  trustProblems: PdfMessage[];
  chainFailure?: PdfMessage;
  signedBy?: PdfMessage;
  revocationEmbedded: boolean;
  found?: FoundSignature;
  analysis?: AppendedAnalysis;
  /** A P=1 certification followed by anything at all. */
  certifiedChanged?: boolean;
}

/** Where the signed part ends: just after `%%EOF` (+ EOL) of a `startxref N %%EOF` block. */
function signedRevisionEnd(bytes: Uint8Array, end: number): number | undefined {
  let e = end;
  if (bytes[e - 1] === 0x0a) e--;
  if (bytes[e - 1] === 0x0d) e--;
  if (!startsWith(bytes, e - 5, '%%EOF')) return undefined;
  const sx = lastIndexOf(bytes, ascii('startxref'), e - 5 - 9, Math.max(0, e - 5 - 64));
  if (sx < 0) return undefined;
  const r = readStartxrefAt(bytes, sx);
  if (!r) return undefined;
  // The range ends right after %%EOF or after its end-of-line.
  if (r.eofEnd !== end && e !== end) return undefined;
  return r.value;
}

async function checkSignature(
  bytes: Uint8Array,
  c: FoundSignature,
  field: string | null,
  anchors: Cert[],
  now: Date,
  hasher: PdfHasher | undefined,
): Promise<Checked> {
  const d = c.dict;
  const label = field ?? pdfWords.t('signature.unnamed');
  const subFilter = d.name('SubFilter') ?? null;
  const kind: 'approval' | 'timestamp' = isTimestampDict(d) ? 'timestamp' : 'approval';
  const report: PdfSignature = {
    field,
    kind,
    subFilter,
    byteRange: null,
    coversWholeFile: false,
    intact: false,
    digestAlgorithm: null,
    signingTime: null,
    timestampTime: null,
    signer: null,
    chain: null,
    unmodifiedSince: true,
    certification: null,
    problems: [],
  };
  const out: Checked = { report, trustProblems: [], revocationEmbedded: false };
  const broken = (code: MessageCode | CmsFailure, detail: string | Bilingual = '') => {
    report.problems.push(msg(code as MessageCode, { field: label, detail }));
    report.intact = false;
    return out;
  };
  if (d.duplicates.length > 0) return broken('sig.duplicate-key', d.duplicates.join(', '));
  const br = d.get('ByteRange');
  if (!Array.isArray(br)) return broken('sig.byterange-missing');
  if (br.length !== 4 || !br.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)) {
    return broken('sig.byterange-malformed', pdfWords.t('byterange.not-four-integers'));
  }
  const [a, b, cc, dd] = br as [number, number, number, number];
  report.byteRange = [a, b, cc, dd];
  const contents = d.get('Contents');
  if (!(contents instanceof PdfString) || !contents.hex) return broken('sig.contents-missing');
  if (a !== 0) return broken('sig.byterange-malformed', pdfWords.t('byterange.not-at-start'));
  if (b >= cc || cc + dd > bytes.length)
    return broken('sig.byterange-malformed', pdfWords.t('byterange.out-of-order'));
  if (b !== contents.start || cc !== contents.end) return broken('sig.hole-mismatch');
  const keyPos = d.keyPos.get('ByteRange') ?? -1;
  if (keyPos >= b && keyPos < cc) return broken('sig.hole-mismatch');
  const end = cc + dd;
  if (c.obj.end > end) return broken('sig.byterange-malformed', pdfWords.t('byterange.dictionary-outside'));
  const signedStartxref = signedRevisionEnd(bytes, end);
  if (signedStartxref === undefined) return broken('sig.not-at-eof');
  report.coversWholeFile = end === bytes.length;
  out.signedEnd = end;
  out.signedStartxref = signedStartxref;
  const der = hexBytes(contents.value);
  if (der.length === 0 || der.every((x) => x === 0)) return broken('sig.contents-missing');
  if (subFilter === null || (kind === 'approval' && !APPROVAL_SUBFILTERS.has(subFilter))) {
    return broken('sig.unsupported-subfilter', subFilter ?? '(none)');
  }
  const m = d.get('M');
  const claimedM = m instanceof PdfString ? parsePdfDate(m.value) : undefined;

  // The signed bytes as two parts, views of the file: hashed part by part, joined only for a CMS
  // signed without attributes (the signature is over them).
  const signed = [bytes.subarray(0, b), bytes.subarray(cc, end)];
  const t = await judgeSigner({
    kind,
    der,
    signed,
    hasher,
    subFilter,
    claimedM,
    anchors,
    now,
    label,
    report,
  });
  if (t.failure) return broken(t.failure);
  report.intact = true;
  out.trustProblems.push(...t.trustProblems);
  out.chainFailure = t.chainFailure;
  out.signedBy = t.signedBy;
  out.revocationEmbedded = t.revocationEmbedded;
  return out;
}

/**
 * Whether the bytes after the last `%%EOF` are a revision cut short (an object left open, or
 * cross-reference data without its %%EOF), rather than bytes appended to a complete file.
 */
function looksTruncated(bytes: Uint8Array, eofEnd: number): boolean {
  if (eofEnd >= bytes.length) return false;
  const tail = bytes.subarray(eofEnd);
  const xref = indexOf(tail, ascii('xref'));
  if (xref >= 0 || indexOf(tail, ascii('trailer')) >= 0) return true;
  const OBJ = ascii(' obj');
  const lastObj = lastIndexOf(tail, OBJ);
  if (lastObj < 0) return false;
  return indexOf(tail, ascii('endobj'), lastObj) < 0;
}

function errorReport(base: PdfReport, code: MessageCode): PdfReport {
  base.verdict = 'error';
  base.messages = [msg('verdict.error'), msg(code)];
  return base;
}

/** Checks a PDF's signatures and what was written after them (spec/pdf.md). */
export async function verifyPdf(bytes: Uint8Array, options: VerifyPdfOptions = {}): Promise<PdfReport> {
  const file = options.file ?? 'document.pdf';
  const now = options.now ?? new Date();
  if (bytes.length > PDF_SIZE_LIMIT) return tooLargeReport(file, bytes.length);
  const report = emptyReport(file, bytes.length);
  // The file's hash runs (on WebCrypto's worker threads, over the one copy WebCrypto makes) while
  // the signatures are checked; the signed ranges are hashed part by part, never joined (hash.ts).
  const fileHash = options.hasher ? options.hasher('SHA-256', [bytes]) : sha256(bytes);
  fileHash.catch(() => {});
  try {
    return await judge(bytes, report, options.trustAnchors, now, options.hasher ?? incrementalHasher);
  } catch (e) {
    // A bound was hit (limits.ts), or a structure this reader does not understand: never a pass,
    // never a stack trace.
    report.verdict = 'error';
    report.signatures = [];
    report.appended = { bytes: 0, objects: [] };
    report.certification = null;
    report.messages = [
      msg('verdict.error'),
      msg(e instanceof PdfLimitError ? (`error.${e.kind}` as MessageCode) : 'error.unreadable'),
    ];
    return report;
  } finally {
    report.sha256 = toHex(await fileHash);
  }
}

async function judge(
  bytes: Uint8Array,
  report: PdfReport,
  trustAnchors: Uint8Array[] | undefined,
  now: Date,
  hasher: PdfHasher | undefined,
): Promise<PdfReport> {
  const work = new Work(bytes.length);
  // Structure: header, final startxref / %%EOF, cross-reference chain, no encryption.
  const header = indexOf(bytes, ascii('%PDF-'), 0, Math.min(bytes.length, 1024 + 5));
  if (header < 0) return errorReport(report, 'error.not-pdf');
  const last = findLastStartxref(bytes);
  if (!last || looksTruncated(bytes, last.eofEnd)) return errorReport(report, 'error.truncated');
  let chain: XrefSection[];
  try {
    chain = await readChain(bytes, last.value, work);
  } catch (e) {
    if (e instanceof PdfLimitError) throw e;
    return errorReport(report, 'error.truncated');
  }
  if (chain.some((s) => s.trailer.get('Encrypt') !== undefined))
    return errorReport(report, 'error.encrypted');
  const store = new ObjectStore(bytes, chain, work);
  const catalog = await store.dict(chain[0]?.trailer.get('Root'));
  if (!catalog) return errorReport(report, 'error.truncated');
  const anchors = parseAnchors(trustAnchors);

  // Every signature dictionary found anywhere must verify.
  const { found, missing: missingFields } = await findSignatures(bytes, chain, store, catalog, work);
  const missing: (string | Bilingual)[] = missingFields;
  if (found.length > MAX_SIGNATURES) {
    report.verdict = 'error';
    report.messages = [msg('verdict.error'), msg('error.too-many-signatures', { count: found.length })];
    return report;
  }
  if (found.some((f) => f.inObjectStream) && missing.length === 0)
    missing.push(pdfWords.t('signature.unnamed'));
  const checked: Checked[] = [];
  for (const f of found) {
    if (f.inObjectStream) continue;
    const ch = await checkSignature(bytes, f, f.field, anchors, now, hasher);
    ch.found = f;
    if (f.field === null) ch.trustProblems.push(msg('sig.not-in-form'));
    if (ch.report.intact) {
      const level = await certificationLevel(store, catalog, f.dict, f.num);
      ch.report.certification = level ? { level } : null;
    }
    checked.push(ch);
  }
  checked.sort((x, y) => (x.signedEnd ?? 0) - (y.signedEnd ?? 0));
  report.signatures = checked.map((c) => c.report);
  report.certification = checked.find((c) => c.report.certification)?.report.certification ?? null;

  // What follows each signature: only allowed updates (P=1 certification: nothing at all).
  const intact = new Set<number>();
  for (const c of checked) if (c.report.intact && c.found?.num !== undefined) intact.add(c.found.num);
  const analyses = new Map<number, AppendedAnalysis>();
  for (const c of checked) {
    if (c.signedEnd === undefined || c.signedStartxref === undefined) continue;
    let a = analyses.get(c.signedEnd);
    if (!a) {
      a = await analyzeAppended(bytes, chain, c.signedEnd, c.signedStartxref, { work, signatures: intact });
      analyses.set(c.signedEnd, a);
    }
    c.analysis = a;
    c.report.unmodifiedSince = a.allowed;
    if (c.report.certification?.level === 1 && (a.revisions > 0 || a.trailing > 0)) {
      c.report.unmodifiedSince = false;
      c.certifiedChanged = true;
    }
  }
  const newest = [...checked].reverse().find((c) => c.signedEnd !== undefined);
  if (newest?.signedEnd !== undefined && newest.analysis) {
    report.appended = { bytes: bytes.length - newest.signedEnd, objects: newest.analysis.objects };
  }

  const verdict = deriveVerdict({
    signatures: checked.map((c) => ({
      intact: c.report.intact,
      unmodified: c.report.unmodifiedSince,
      approval: c.report.kind === 'approval',
      trusted: c.report.chain?.trusted === true && c.trustProblems.length === 0 && !c.chainFailure,
    })),
    missingSignatures: missing.length,
  });
  report.verdict = verdict;
  report.messages = verdictMessages(verdict, checked, missing);
  return report;
}

/** Why the verdict is what it is, in plain words; each signer once. */
function verdictMessages(
  verdict: PdfVerdict,
  checked: Checked[],
  missing: readonly (string | Bilingual)[],
): PdfMessage[] {
  const messages: PdfMessage[] = [msg(`verdict.${verdict}`)];
  const approvals = checked.filter((c) => c.report.kind === 'approval');
  if (verdict === 'broken') {
    for (const c of checked) if (!c.report.intact) messages.push(...c.report.problems);
    for (const f of missing) messages.push(msg('sig.field-without-dictionary', { field: f }));
  } else if (verdict === 'modified') {
    const modified = checked.filter((c) => c.report.intact && !c.report.unmodifiedSince);
    const kinds = new Set<ChangeKind>();
    let trailing = 0;
    for (const c of modified) {
      for (const v of c.analysis?.violations ?? []) kinds.add(v.what);
      trailing = Math.max(trailing, c.analysis?.trailing ?? 0);
    }
    if (kinds.size > 0)
      messages.push(msg('mod.changed', { what: listOf([...kinds].map((k) => pdfWords.t(`change.${k}`))) }));
    if (trailing > 0) messages.push(msg('mod.trailing-bytes', { count: trailing }));
    if (modified.some((c) => c.certifiedChanged)) messages.push(msg('mod.certified-no-changes'));
  } else if (verdict === 'untrusted' || verdict === 'valid') {
    if (approvals.length === 0) messages.push(msg('chain.timestamp-only'));
    for (const c of approvals) {
      if (c.chainFailure) messages.push(c.chainFailure);
      messages.push(...c.trustProblems);
    }
    if (checked.some((c) => c.report.kind === 'approval' && !c.report.coversWholeFile))
      messages.push(msg('mod.allowed-updates'));
  }
  for (const c of checked) {
    const level = c.report.certification?.level;
    if (level)
      messages.push(msg('sig.certification', { level, meaning: pdfWords.t(`certification.${level}`) }));
  }
  if (verdict !== 'broken') {
    const signers = new Set<string>();
    for (const c of approvals) {
      const key = c.report.signer?.sha256 ?? c.signedBy?.ja;
      if (!c.signedBy || key === undefined || signers.has(key)) continue;
      signers.add(key);
      messages.push(c.signedBy);
    }
  }
  if (checked.length > 1) messages.push(msg('mod.multiple-signatures', { count: checked.length }));
  if (verdict === 'valid' || verdict === 'untrusted') {
    const embedded = approvals.some((c) => c.revocationEmbedded);
    messages.push(msg(embedded ? 'chain.revocation-embedded' : 'chain.revocation-not-checked'));
  }
  for (const c of checked) {
    for (const p of c.report.problems) {
      if (c.report.intact && !messages.some((m) => m.code === p.code && m.en === p.en)) messages.push(p);
    }
  }
  // Each message once.
  return messages.filter((m, i) => messages.findIndex((x) => x.code === m.code && x.en === m.en) === i);
}
