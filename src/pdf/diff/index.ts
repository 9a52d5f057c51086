// Revision analysis as a whitelist (spec/pdf.md "Allowed updates after the newest signature"):
// every revision after a signed one is compared with the signed revision object by object, after
// resolving references; every object (re)defined after signing must be explained by exactly one
// allowed-update rule, and anything unexplained makes the file `modified`. The rules, one module
// each: cross-reference data (xref.ts), the catalog (catalog.ts), the form (acroform.ts), page
// annotations (pages.ts), further signatures (signature-field.ts), LTV data (dss.ts), metadata
// (metadata.ts), identical rewrites (unchanged.ts) and objects nothing refers to (unreferenced.ts).
import { isDigit, skipWhite, startsWith } from '../bytes';
import type { Work } from '../limits';
import { PdfDict, type PdfObject, parseObjectAt, refsIn } from '../objects';
import type { PdfAppendedObject } from '../types';
import { ObjectStore, readStartxrefAt, type XrefSection } from '../xref';
import { acroformRule } from './acroform';
import { catalogRule } from './catalog';
import {
  type ChangeKind,
  type DiffContext,
  type RuleResult,
  refNum,
  TRAILER,
  type Violation,
} from './context';
import { dssRule } from './dss';
import { metadataRule } from './metadata';
import { pageNumbers, pagesRule } from './pages';
import { signatureFieldRule } from './signature-field';
import { unchangedRule } from './unchanged';
import { unreferencedRule } from './unreferenced';
import { xrefRule } from './xref';

export type { ChangeKind, Violation } from './context';

export interface AppendedAnalysis {
  /** Objects written after the signed revision, each allowed or not. */
  objects: PdfAppendedObject[];
  /** Why the appended data is not allowed (empty when it is). */
  violations: Violation[];
  /** Bytes after the last revision's %%EOF (+ EOL), or unaccounted for. */
  trailing: number;
  /** Number of revisions appended after the signed one. */
  revisions: number;
  /** Everything after the signed range is allowed. */
  allowed: boolean;
}

/** At most this many revisions after a signature are compared one by one. */
export const MAX_APPENDED_REVISIONS = 50;

/** Objects that explain nothing on their own: a real rule may explain them too. */
const WEAK = new Set(['unchanged', 'unused']);
/** New objects that a new appearance and the form's new default resources may share (a font). */
const SHAREABLE = new Set(['appearance', 'form-resources']);

interface Found {
  num: number;
  gen: number;
  offset: number;
  obj: PdfObject;
}

/** Reads a revision region sequentially: objects, the xref section, startxref, %%EOF. */
function scanRegion(
  bytes: Uint8Array,
  start: number,
  section: XrefSection,
  work: Work,
): { objects: Found[]; junkAt?: number } {
  const objects: Found[] = [];
  let pos = start;
  const end = section.eofEnd;
  while (pos < end) {
    pos = skipWhite(bytes, pos, end);
    if (pos >= end) break;
    if (section.kind === 'table' && pos === section.offset) {
      pos = section.end;
      const r = readStartxrefAt(bytes, pos);
      if (!r) return { objects, junkAt: pos };
      pos = r.eofEnd;
      continue;
    }
    if (startsWith(bytes, pos, 'startxref')) {
      const r = readStartxrefAt(bytes, pos);
      if (!r) return { objects, junkAt: pos };
      pos = r.eofEnd;
      continue;
    }
    if (isDigit(bytes[pos])) {
      try {
        const obj = parseObjectAt(bytes, pos, end, work);
        objects.push({ num: obj.num, gen: obj.gen, offset: pos, obj });
        pos = obj.end;
        continue;
      } catch {
        return { objects, junkAt: pos };
      }
    }
    return { objects, junkAt: pos };
  }
  return { objects };
}

function entriesOf(section: XrefSection) {
  const m = new Map(section.hybrid?.entries ?? []);
  for (const [k, v] of section.entries) m.set(k, v);
  return m;
}

export interface AnalyzeOptions {
  work: Work;
  /** Intact signature dictionaries (object numbers) of the file. */
  signatures: Set<number>;
}

/**
 * Judges everything after `signedEnd`. `chain` is the whole file's chain (newest first);
 * `signedStartxref` is the startxref value of the signed revision.
 */
export async function analyzeAppended(
  bytes: Uint8Array,
  chain: XrefSection[],
  signedEnd: number,
  signedStartxref: number,
  options: AnalyzeOptions,
): Promise<AppendedAnalysis> {
  const result: AppendedAnalysis = { objects: [], violations: [], trailing: 0, revisions: 0, allowed: true };
  const appended: XrefSection[] = [];
  let k = 0;
  while (k < chain.length && (chain[k] as XrefSection).offset >= signedEnd)
    appended.push(chain[k++] as XrefSection);
  const base = chain.slice(k);
  const fileEnd = bytes.length;
  const structure = (reason: string, num?: number) =>
    result.violations.push({ num, what: 'structure', reason });
  if (base[0]?.offset !== signedStartxref)
    structure('the cross-reference chain does not continue from the signed revision');
  if (appended.length === 0) {
    // One end-of-line after a range that stops right at %%EOF is not content.
    const rest = bytes.subarray(signedEnd);
    const eolOnly =
      (rest.length === 1 && (rest[0] === 0x0a || rest[0] === 0x0d)) ||
      (rest.length === 2 && rest[0] === 0x0d && rest[1] === 0x0a);
    result.trailing = eolOnly ? 0 : fileEnd - signedEnd;
    result.allowed = result.trailing === 0 && result.violations.length === 0;
    return result;
  }
  appended.reverse(); // file order
  result.revisions = appended.length;
  if (appended.length > MAX_APPENDED_REVISIONS) {
    structure(`more than ${MAX_APPENDED_REVISIONS} revisions after signing`);
    result.allowed = false;
    return result;
  }
  const oldStore = new ObjectStore(bytes, base, options.work);
  const oldTrailer = base[0]?.trailer ?? new PdfDict(0, 0);
  const oldCatalog = await oldStore.dict(oldTrailer.get('Root'));
  let signed: { refs: Set<number>; referrers: Map<number, Set<number>> } | undefined;
  const touched = new Set<number>();
  const xrefStreams = new Set<number>();
  const sections: XrefSection[] = [...base];
  let start = signedEnd;
  let last: { ctx: DiffContext; explained: Map<number, string> } | undefined;
  for (const section of appended) {
    if (section.eofEnd < 0 || section.eofEnd <= start || section.offset < start) {
      structure('a revision without its end (startxref, %%EOF)');
      break;
    }
    // The revision's own bytes: objects listed in its cross-reference data, nothing else.
    const { objects, junkAt } = scanRegion(bytes, start, section, options.work);
    if (junkAt !== undefined) structure(`unexpected data at byte ${junkAt}`);
    const byOffset = new Map(objects.map((o) => [o.offset, o]));
    const listed = new Set<number>();
    if (section.kind === 'stream') listed.add(section.offset);
    if (section.hybrid) listed.add(section.hybrid.offset);
    const entries = entriesOf(section);
    for (const [n, e] of entries) {
      if (e.kind === 'free') {
        if (n !== 0 && (await oldStore.get(n)) !== undefined)
          structure('an object of the signed document was deleted', n);
        continue;
      }
      if (e.kind === 'n') {
        const f = byOffset.get(e.offset);
        if (!f || f.num !== n) {
          structure('a cross-reference entry points outside its revision', n);
          continue;
        }
        listed.add(e.offset);
        if (e.offset === section.offset && section.kind === 'stream') xrefStreams.add(n);
      } else {
        const stm = entries.get(e.stm);
        if (stm?.kind !== 'n') structure('an object stream outside its revision', n);
      }
      touched.add(n);
    }
    for (const o of objects)
      if (!listed.has(o.offset)) structure('an object not in the cross-reference data', o.num);
    sections.unshift(section);
    start = section.eofEnd;

    const curStore = new ObjectStore(bytes, [...sections], options.work);
    const ctx: DiffContext = {
      old: oldStore,
      cur: curStore,
      oldTrailer,
      curTrailer: section.trailer,
      oldCatalog,
      curCatalog: await curStore.dict(section.trailer.get('Root')),
      touched: new Set(touched),
      signatures: options.signatures,
      xrefStreams,
      newFields: [],
      newWidgets: [],
      oldReferrers: new Map(),
    };
    signed ??= await signedReferences(oldStore, base);
    ctx.oldReferrers = signed.referrers;
    const explained = await judgeState(ctx, signed.refs, result.violations);
    last = { ctx, explained };
  }
  if (last) {
    for (const n of [...last.ctx.touched].sort((a, b) => a - b)) {
      const kind = last.explained.get(n);
      const bad = result.violations.find((v) => v.num === n);
      result.objects.push(
        kind !== undefined && !bad
          ? { ref: `${n}`, kind, allowed: true }
          : {
              ref: `${n}`,
              kind: bad?.what ?? kind ?? 'other',
              allowed: false,
              reason: bad?.reason ?? 'changed',
            },
      );
    }
  }
  const end = Math.max(start, chain[0] && chain[0].eofEnd > 0 ? chain[0].eofEnd : fileEnd);
  result.trailing = Math.max(0, fileEnd - end);
  // Dedupe the violations (each revision is judged against the signed one).
  const seen = new Set<string>();
  result.violations = result.violations.filter((v) => {
    const key = `${v.num}|${v.what}|${v.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  result.allowed = result.violations.length === 0 && result.trailing === 0;
  return result;
}

/** Runs every rule on one state; returns what explains each touched object. */
async function judgeState(
  ctx: DiffContext,
  signedRefs: Set<number>,
  violations: Violation[],
): Promise<Map<number, string>> {
  const results: RuleResult[] = [];
  // Order matters only for what the form and page rules hand to the signature-field rule.
  for (const rule of [
    xrefRule,
    catalogRule,
    acroformRule,
    pagesRule,
    signatureFieldRule,
    dssRule,
    metadataRule,
    unchangedRule,
  ])
    results.push(await rule(ctx));
  results.push(await unreferencedRule(ctx, signedRefs));
  const explained = new Map<number, string>();
  for (const r of results) {
    violations.push(...r.violations);
    for (const [n, kind] of r.explained) {
      const prev = explained.get(n);
      if (prev === undefined || WEAK.has(prev)) explained.set(n, kind);
      else if (!WEAK.has(kind) && prev !== kind && !(SHAREABLE.has(prev) && SHAREABLE.has(kind)))
        violations.push({ num: n, what: 'object', reason: `one object serves as ${prev} and ${kind}` });
    }
  }
  for (const n of ctx.touched) {
    const kind = explained.get(n);
    if (kind === undefined) {
      violations.push({ num: n, ...(await describeChange(ctx, n)) });
    } else if (signedRefs.has(n)) {
      violations.push({
        num: n,
        what: 'object',
        reason: 'an object the signed document already referred to was added',
      });
    }
  }
  return explained;
}

/** What an unexplained object is, in the words the messages use (exported for its tests). */
export async function describeChange(
  ctx: DiffContext,
  n: number,
): Promise<{ what: ChangeKind; reason: string }> {
  const before = await ctx.old.get(n);
  const after = await ctx.cur.get(n);
  const o = before ?? after;
  const what = await kindOf(ctx, n, o);
  if (!after) return { what, reason: 'an object cannot be read' };
  if (!before) return { what: what === 'page' ? 'page-tree' : what, reason: `a new ${what} was added` };
  return { what, reason: `an existing ${what} was changed` };
}

async function kindOf(ctx: DiffContext, n: number, o: PdfObject | undefined): Promise<ChangeKind> {
  const v = o?.value;
  if (n === refNum(ctx.curTrailer.get('Root')) || n === refNum(ctx.oldTrailer.get('Root'))) return 'catalog';
  if (n === refNum(ctx.oldCatalog?.get('AcroForm'))) return 'form';
  if (v instanceof PdfDict) {
    const type = v.name('Type');
    if (type === 'Page') return 'page';
    if (type === 'Pages') return 'page-tree';
    if (type === 'Catalog') return 'catalog';
    if (type === 'Metadata') return 'metadata';
    if (type === 'Sig' || type === 'DocTimeStamp' || v.map.has('ByteRange')) return 'signature';
    if (v.name('FT') === 'Sig') return 'signature-appearance';
    if (type === 'Annot' || v.name('Subtype') === 'Widget' || v.map.has('Rect')) return 'annotation';
    if (type === 'Font' || type === 'FontDescriptor' || type === 'XObject' || type === 'ExtGState')
      return 'resources';
    if (o?.stream) {
      if (v.map.has('Subtype') || v.map.has('BBox')) return 'resources';
      return (await isPageContent(ctx, n)) ? 'page-content' : 'object';
    }
  }
  return 'object';
}

/** Whether object n is (part of) the content of a page, as signed or as now. */
async function isPageContent(ctx: DiffContext, n: number): Promise<boolean> {
  for (const store of [ctx.old, ctx.cur]) {
    const catalog = store === ctx.old ? ctx.oldCatalog : ctx.curCatalog;
    for (const p of await pageNumbers(store, catalog)) {
      const page = (await store.get(p))?.value;
      const contents = page instanceof PdfDict ? page.get('Contents') : undefined;
      if (refsIn(contents).some((r) => r.num === n)) return true;
      const c = await store.resolve(contents);
      if (Array.isArray(c) && refsIn(c).some((r) => r.num === n)) return true;
    }
  }
  return false;
}

/**
 * Who refers to what in the signed revision (object numbers, TRAILER for its trailer), and the
 * numbers it refers to but does not define (a reference prepared before signing).
 */
export async function signedReferences(
  store: ObjectStore,
  base: XrefSection[],
): Promise<{ refs: Set<number>; referrers: Map<number, Set<number>> }> {
  const nums = new Set<number>();
  for (const s of base) for (const n of entriesOf(s).keys()) nums.add(n);
  const referrers = new Map<number, Set<number>>();
  const add = (target: number, from: number) => {
    const set = referrers.get(target) ?? new Set<number>();
    set.add(from);
    referrers.set(target, set);
  };
  for (const r of refsIn(base[0]?.trailer)) add(r.num, TRAILER);
  for (const n of nums) {
    const o = await store.get(n);
    // A cross-reference stream's dictionary is a trailer.
    const from = o?.value instanceof PdfDict && o.value.name('Type') === 'XRef' ? TRAILER : n;
    for (const r of refsIn(o?.value)) add(r.num, from);
  }
  const refs = new Set<number>();
  for (const n of referrers.keys()) if ((await store.get(n)) === undefined) refs.add(n);
  return { refs, referrers };
}
