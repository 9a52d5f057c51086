// verifyPdf: bytes in, report out. Never modifies the bytes; the report carries their SHA-256.

import { MAX_FILE_BYTES } from '../bytes/limits';
import { parseAnchors } from './anchors';
import { ascii, indexOf, isDigit, isWhite, lastIndexOf, sha256, skipWhite, startsWith, toHex } from './bytes';
import type { CmsFailure } from './cms';
import { type MessageCode, msg } from './messages';
import { PdfDict, type PdfObject, PdfRef, PdfString, type PdfValue, parseObjectAt } from './objects';
import { judgeSigner } from './signer-trust';
import type { PdfMessage, PdfReport, PdfSignature, PdfVerdict, VerifyPdfOptions } from './types';
import { type AppendedAnalysis, analyzeAppended, isTimestampDict } from './updates';
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

function formatSize(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

interface Candidate {
  obj: PdfObject;
  dict: PdfDict;
  /** Offset of the /ByteRange key. */
  pos: number;
}

/** Finds the `N G obj` header of the object that contains pos, scanning backwards. */
function objectHeaderBefore(bytes: Uint8Array, pos: number): number | undefined {
  const OBJ = ascii('obj');
  let at = pos - 3;
  for (let tries = 0; tries < 10000 && at >= 0; tries++) {
    const i = lastIndexOf(bytes, OBJ, at);
    if (i < 0) return undefined;
    if (bytes[i - 1] === 0x64 /* d: endobj */) return undefined;
    // Expect `digits ws digits ws` before `obj`.
    let j = i - 1;
    if (!isWhite(bytes[j])) {
      at = i - 1;
      continue;
    }
    while (j >= 0 && isWhite(bytes[j])) j--;
    if (!isDigit(bytes[j])) {
      at = i - 1;
      continue;
    }
    while (j >= 0 && isDigit(bytes[j])) j--;
    if (!isWhite(bytes[j])) {
      at = i - 1;
      continue;
    }
    while (j >= 0 && isWhite(bytes[j])) j--;
    if (!isDigit(bytes[j])) {
      at = i - 1;
      continue;
    }
    while (j >= 0 && isDigit(bytes[j])) j--;
    return j + 1;
  }
  return undefined;
}

function dictWithKeyAt(v: PdfValue, key: string, pos: number): PdfDict | undefined {
  if (v instanceof PdfDict) {
    if (v.keyPos.get(key) === pos) return v;
    for (const x of v.map.values()) {
      const d = dictWithKeyAt(x, key, pos);
      if (d) return d;
    }
  } else if (Array.isArray(v)) {
    for (const x of v) {
      const d = dictWithKeyAt(x, key, pos);
      if (d) return d;
    }
  }
  return undefined;
}

/** The signature dictionary of the object at offset, if it is one. */
function candidateAt(bytes: Uint8Array, at: number): Candidate | undefined {
  try {
    const obj = parseObjectAt(bytes, at);
    const find = (v: PdfValue): PdfDict | undefined => {
      if (v instanceof PdfDict) {
        if (v.keyPos.has('ByteRange')) return v;
        for (const x of v.map.values()) {
          const d = find(x);
          if (d) return d;
        }
      }
      return undefined;
    };
    const dict = find(obj.value);
    const pos = dict?.keyPos.get('ByteRange');
    return dict && pos !== undefined ? { obj, dict, pos } : undefined;
  } catch {
    return undefined;
  }
}

/** Every signature dictionary in the raw bytes (a signature's hole must sit at real offsets). */
const BYTE_RANGE = ascii('/ByteRange');

function findSignatureDicts(bytes: Uint8Array): { found: Candidate[]; unreadable: number[] } {
  const KEY = BYTE_RANGE;
  const found: Candidate[] = [];
  const unreadable: number[] = [];
  const seen = new Set<number>();
  let pos = indexOf(bytes, KEY, 0);
  while (pos >= 0) {
    const header = objectHeaderBefore(bytes, pos);
    if (header !== undefined && !seen.has(header)) {
      try {
        const obj = parseObjectAt(bytes, header);
        const dict = obj.end > pos ? dictWithKeyAt(obj.value, 'ByteRange', pos) : undefined;
        if (dict) {
          found.push({ obj, dict, pos });
          seen.add(header);
        }
      } catch {
        unreadable.push(pos);
      }
    }
    pos = indexOf(bytes, KEY, pos + KEY.length);
  }
  return { found, unreadable };
}

interface SigField {
  name: string;
  /** The /V value as written (a reference, or a direct dictionary). */
  value: PdfValue;
  /** Object number of the field, when it is an indirect object. */
  num?: number;
}

async function signatureFields(store: ObjectStore, catalog: PdfDict): Promise<SigField[]> {
  const out: SigField[] = [];
  const acro = await store.dict(catalog.get('AcroForm'));
  const fields = await store.resolve(acro?.get('Fields'));
  if (!Array.isArray(fields)) return out;
  const seen = new Set<number>();
  const visit = async (ref: PdfValue, prefix: string, inheritedFT: string | undefined, depth: number) => {
    if (depth > 32) return;
    if (ref instanceof PdfRef) {
      if (seen.has(ref.num)) return;
      seen.add(ref.num);
    }
    const d = await store.dict(ref);
    if (!d) return;
    const t = d.get('T');
    const part = t instanceof PdfString ? decodeText(t.value) : '';
    const name = part ? (prefix ? `${prefix}.${part}` : part) : prefix;
    const ft = d.name('FT') ?? inheritedFT;
    const v = d.get('V');
    if (ft === 'Sig' && v !== undefined && v !== null) {
      out.push({ name, value: v, num: ref instanceof PdfRef ? ref.num : undefined });
    }
    const kids = await store.resolve(d.get('Kids'));
    if (Array.isArray(kids)) for (const k of kids) await visit(k, name, ft, depth + 1);
  };
  for (const f of fields) await visit(f, '', undefined, 0);
  return out;
}

/** PDF text strings: UTF-16BE with BOM, UTF-8 with BOM, or PDFDocEncoding (≈ latin1). */
function decodeText(s: string): string {
  if (s.startsWith('\u00fe\u00ff')) {
    let r = '';
    for (let i = 2; i + 1 < s.length; i += 2)
      r += String.fromCharCode((s.charCodeAt(i) << 8) | s.charCodeAt(i + 1));
    return r;
  }
  if (s.startsWith('\u00ef\u00bb\u00bf')) {
    const b = new Uint8Array([...s.slice(3)].map((c) => c.charCodeAt(0)));
    return new TextDecoder().decode(b);
  }
  return s;
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
  c: Candidate,
  field: string | null,
  anchors: Cert[],
  now: Date,
): Promise<Checked> {
  const d = c.dict;
  const label = field ?? `${c.obj.num} ${c.obj.gen} R`;
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
    problems: [],
  };
  const out: Checked = { report, trustProblems: [], revocationEmbedded: false };
  const broken = (code: MessageCode | CmsFailure, detail = '') => {
    report.problems.push(msg(code as MessageCode, { field: label, detail }));
    report.intact = false;
    return out;
  };
  if (d.duplicates.length > 0) return broken('sig.duplicate-key', d.duplicates.join(', '));
  const br = d.get('ByteRange');
  if (!Array.isArray(br)) return broken('sig.byterange-missing');
  if (br.length !== 4 || !br.every((x) => typeof x === 'number' && Number.isInteger(x) && x >= 0)) {
    return broken('sig.byterange-malformed', 'four non-negative integers expected');
  }
  const [a, b, cc, dd] = br as [number, number, number, number];
  report.byteRange = [a, b, cc, dd];
  const contents = d.get('Contents');
  if (!(contents instanceof PdfString) || !contents.hex) return broken('sig.contents-missing');
  if (a !== 0) return broken('sig.byterange-malformed', 'the range does not start at byte 0');
  if (b >= cc || cc + dd > bytes.length)
    return broken('sig.byterange-malformed', 'ranges out of order or past the end');
  if (b !== contents.start || cc !== contents.end) return broken('sig.hole-mismatch');
  const keyPos = d.keyPos.get('ByteRange') ?? -1;
  if (keyPos >= b && keyPos < cc) return broken('sig.hole-mismatch');
  const end = cc + dd;
  if (c.obj.end > end)
    return broken('sig.byterange-malformed', 'the signature dictionary is outside the signed range');
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

  // The signed bytes: one copy (WebCrypto's digest is one-shot).
  const data = new Uint8Array(b + dd);
  data.set(bytes.subarray(0, b), 0);
  data.set(bytes.subarray(cc, end), b);

  const t = await judgeSigner({ kind, der, data, subFilter, claimedM, anchors, now, label, report });
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
  // The file's hash runs (on WebCrypto's worker threads) while the signatures are checked.
  const fileHash = sha256(bytes);
  fileHash.catch(() => {});
  try {
    return await judge(bytes, report, options.trustAnchors, now);
  } catch {
    // A structure this reader does not understand: never a pass, never a stack trace.
    report.verdict = 'error';
    report.signatures = [];
    report.appended = { bytes: 0, objects: [] };
    report.messages = [msg('verdict.error'), msg('error.unreadable')];
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
): Promise<PdfReport> {
  // Structure: header, final startxref / %%EOF, cross-reference chain, no encryption.
  const header = indexOf(bytes, ascii('%PDF-'), 0, Math.min(bytes.length, 1024 + 5));
  if (header < 0) return errorReport(report, 'error.not-pdf');
  const last = findLastStartxref(bytes);
  if (!last || looksTruncated(bytes, last.eofEnd)) return errorReport(report, 'error.truncated');
  let chain: XrefSection[];
  try {
    chain = await readChain(bytes, last.value);
  } catch {
    return errorReport(report, 'error.truncated');
  }
  if (chain.some((s) => s.trailer.get('Encrypt') !== undefined))
    return errorReport(report, 'error.encrypted');
  const store = new ObjectStore(bytes, chain);
  const catalog = await store.dict(chain[0]?.trailer.get('Root'));
  if (!catalog) return errorReport(report, 'error.truncated');

  const fields = await signatureFields(store, catalog);
  const anchors = parseAnchors(trustAnchors);

  // Where each signed field's dictionary must sit: the current cross-reference offset of /V (or of
  // the field itself when /V is a direct dictionary). A dictionary inside an object stream has no
  // real offsets: the file was re-saved.
  const fieldAt = new Map<number, string>();
  const missingFields: string[] = [];
  for (const f of fields) {
    const num = f.value instanceof PdfRef ? f.value.num : f.value instanceof PdfDict ? f.num : undefined;
    const e = num !== undefined ? store.entry(num) : undefined;
    if (e?.kind === 'n' && !fieldAt.has(skipWhite(bytes, e.offset)))
      fieldAt.set(skipWhite(bytes, e.offset), f.name);
    else missingFields.push(f.name);
  }
  // The first signed field's digest starts now and runs while the raw bytes are scanned.
  const started = new Map<number, Promise<Checked>>();
  for (const [at, name] of fieldAt) {
    const c = candidateAt(bytes, at);
    if (c) started.set(at, checkSignature(bytes, c, name, anchors, now));
    break;
  }
  const { found } = findSignatureDicts(bytes);
  for (const [at, name] of fieldAt) {
    if (!found.some((c) => c.obj.start === at)) missingFields.push(name);
  }
  // Every dictionary in the bytes is judged, also one no field refers to (a removed field).
  const checked: Checked[] = [];
  for (const c of found) {
    const field = fieldAt.get(c.obj.start) ?? null;
    const ch = await (started.get(c.obj.start) ?? checkSignature(bytes, c, field, anchors, now));
    if (field === null) ch.trustProblems.push(msg('sig.not-in-form'));
    checked.push(ch);
  }
  await Promise.allSettled(started.values());
  checked.sort((x, y) => (x.signedEnd ?? 0) - (y.signedEnd ?? 0));
  report.signatures = checked.map((c) => c.report);

  if (checked.length === 0) {
    if (missingFields.length > 0) {
      report.verdict = 'broken';
      report.messages = [
        msg('verdict.broken'),
        ...missingFields.map((f) => msg('sig.field-without-dictionary', { field: f })),
      ];
      return report;
    }
    report.verdict = 'unsigned';
    report.messages = [msg('verdict.unsigned')];
    return report;
  }

  // What follows each signature.
  const analyses = new Map<number, AppendedAnalysis>();
  for (const c of checked) {
    if (c.signedEnd === undefined || c.signedStartxref === undefined) continue;
    let a = analyses.get(c.signedEnd);
    if (!a) {
      a = await analyzeAppended(bytes, chain, c.signedEnd, c.signedStartxref);
      analyses.set(c.signedEnd, a);
    }
    c.report.unmodifiedSince = a.allowed;
  }
  const newest = [...checked].reverse().find((c) => c.signedEnd !== undefined);
  const newestAnalysis = newest?.signedEnd !== undefined ? analyses.get(newest.signedEnd) : undefined;
  if (newest?.signedEnd !== undefined && newestAnalysis) {
    report.appended = {
      bytes: bytes.length - newest.signedEnd,
      objects: newestAnalysis.revisions.flatMap((r) => r.objects),
    };
  }

  // The verdict: broken > modified > untrusted > valid.
  const messages: PdfMessage[] = [];
  let verdict: PdfVerdict;
  const brokenSigs = checked.filter((c) => !c.report.intact);
  const modifiedSigs = checked.filter((c) => c.report.intact && !c.report.unmodifiedSince);
  const approvals = checked.filter((c) => c.report.kind === 'approval');
  if (brokenSigs.length > 0 || missingFields.length > 0) {
    verdict = 'broken';
    messages.push(msg('verdict.broken'));
    for (const c of brokenSigs) messages.push(...c.report.problems);
    for (const f of missingFields) messages.push(msg('sig.field-without-dictionary', { field: f }));
  } else if (modifiedSigs.length > 0) {
    verdict = 'modified';
    messages.push(msg('verdict.modified'));
    const first = modifiedSigs[0] as Checked;
    const a = first.signedEnd !== undefined ? analyses.get(first.signedEnd) : undefined;
    const bad = a?.revisions.flatMap((r) => r.objects.filter((o) => !o.allowed)) ?? [];
    if (bad.length > 0) {
      const detail = bad
        .slice(0, 5)
        .map((o) => `${o.ref}: ${o.reason ?? o.kind}`)
        .join('; ');
      messages.push(msg('mod.after-signing', { detail }));
    }
    if (a && a.trailing > 0) messages.push(msg('mod.trailing-bytes', { count: a.trailing }));
    if (a?.structural && bad.length === 0 && a.trailing === 0) {
      messages.push(msg('mod.after-signing', { detail: a.structural }));
    }
  } else {
    const untrusted = approvals.filter((c) => !c.report.chain?.trusted || c.trustProblems.length > 0);
    if (approvals.length === 0) {
      verdict = 'untrusted';
      messages.push(msg('verdict.untrusted'), msg('chain.timestamp-only'));
    } else if (untrusted.length > 0) {
      verdict = 'untrusted';
      messages.push(msg('verdict.untrusted'));
      for (const c of untrusted) {
        if (c.chainFailure) messages.push(c.chainFailure);
        messages.push(...c.trustProblems);
      }
    } else {
      verdict = 'valid';
      messages.push(msg('verdict.valid'));
    }
    if (checked.some((c) => c.report.kind === 'approval' && !c.report.coversWholeFile)) {
      messages.push(msg('mod.allowed-updates'));
    }
  }
  for (const c of approvals) if (c.signedBy && verdict !== 'broken') messages.push(c.signedBy);
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
  report.verdict = verdict;
  report.messages = messages;
  return report;
}
