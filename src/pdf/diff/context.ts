// What every allowed-update rule sees: the signed revision and the revision judged, object by
// object after resolving references, and the objects (re)defined after signing.
import { PdfDict, PdfRef, type PdfValue, refsIn } from '../objects';
import type { ObjectStore } from '../xref';

/** What was changed; its words are messages.ts `change.<kind>` (pdfWords). */
export type ChangeKind =
  | 'page-content'
  | 'page'
  | 'page-tree'
  | 'annotation'
  | 'annotation-order'
  | 'signature-appearance'
  | 'signature-field'
  | 'signature'
  | 'form'
  | 'catalog'
  | 'root-switched'
  | 'dss'
  | 'metadata'
  | 'info'
  | 'resources'
  | 'object'
  | 'structure'
  | 'certified';

export interface Violation {
  /** Object number, when one object is at fault. */
  num?: number;
  what: ChangeKind;
  /** English detail for the report's `appended.objects[].reason`. */
  reason: string;
}

export interface DiffContext {
  /** Objects as signed. */
  old: ObjectStore;
  /** Objects as of the revision judged. */
  cur: ObjectStore;
  oldTrailer: PdfDict;
  curTrailer: PdfDict;
  oldCatalog?: PdfDict;
  curCatalog?: PdfDict;
  /** Object numbers (re)defined in the revisions after signing, up to the one judged. */
  touched: Set<number>;
  /** Intact signature dictionaries (object numbers) written after signing. */
  signatures: Set<number>;
  /** The appended revisions' own cross-reference streams. */
  xrefStreams: Set<number>;
  /** Filled by the form and page rules for the signature-field rule. */
  newFields: PdfValue[];
  newWidgets: PdfValue[];
  /**
   * Who refers to each object in the signed revision: object numbers, and TRAILER for the signed
   * trailer. An object rewritten in place is harmless only where nothing shows it (referredOnlyBy).
   */
  oldReferrers: Map<number, Set<number>>;
}

/** The trailer, as a referrer in DiffContext.oldReferrers. */
export const TRAILER = -1;

/**
 * Whether object n is referred to only by `holder` (an object number, or TRAILER), both as signed
 * and now, and, when the holder is an object, only under its key `key`. This is the reference check
 * that makes an in-place rewrite of the metadata stream or the document information harmless: the
 * same object used as page content, an appearance or a resource is refused (the "metadata as
 * content" attack).
 */
export async function referredOnlyBy(
  ctx: DiffContext,
  n: number,
  holder: number,
  key?: string,
): Promise<boolean> {
  for (const r of ctx.oldReferrers.get(n) ?? []) if (r !== holder) return false;
  const curTrailerRefs = refsIn(ctx.curTrailer).filter((r) => r.num === n).length;
  if (holder === TRAILER ? curTrailerRefs > 1 : curTrailerRefs > 0) return false;
  for (const t of ctx.touched) {
    // The object itself is not exempt: only the holder may name it, not even the object itself.
    if (ctx.xrefStreams.has(t)) continue;
    let v = (await ctx.cur.get(t))?.value;
    if (t === holder && v instanceof PdfDict && key !== undefined) {
      const rest = new PdfDict(0, 0);
      for (const [k, x] of v.map) if (k !== key) rest.map.set(k, x);
      v = rest;
    }
    if (refsIn(v).some((r) => r.num === n)) return false;
  }
  if (holder !== TRAILER && key !== undefined) {
    // As signed, the holder too may name n only under `key`.
    const old = (await ctx.old.get(holder))?.value;
    if (old instanceof PdfDict) {
      for (const [k, x] of old.map) if (k !== key && refsIn(x).some((r) => r.num === n)) return false;
    }
  }
  return true;
}

export interface RuleResult {
  /** Objects this rule explains, with what they are (report kind). */
  explained: Map<number, string>;
  violations: Violation[];
}

export type Rule = (ctx: DiffContext) => Promise<RuleResult>;

export function result(): RuleResult {
  return { explained: new Map(), violations: [] };
}

/** An object of the signed revision (free, missing or unreadable objects are not). */
export async function existedBefore(ctx: DiffContext, n: number): Promise<boolean> {
  return (await ctx.old.get(n)) !== undefined;
}

/** Written after signing under a number the signed revision did not use. */
export async function isNew(ctx: DiffContext, n: number): Promise<boolean> {
  return ctx.touched.has(n) && !(await existedBefore(ctx, n));
}

/**
 * Explains every new object reachable from `v` through new objects only (appearance streams and
 * their resources, a signature's references): a path into an existing object stops there, and an
 * existing object that was rewritten stays unexplained.
 */
export async function explainNewReachable(
  ctx: DiffContext,
  v: PdfValue | undefined,
  kind: string,
  out: RuleResult,
): Promise<void> {
  const queue = refsIn(v);
  const seen = new Set<number>();
  while (queue.length > 0) {
    const r = queue.pop() as PdfRef;
    if (seen.has(r.num) || !(await isNew(ctx, r.num))) continue;
    seen.add(r.num);
    out.explained.set(r.num, kind);
    const o = await ctx.cur.get(r.num);
    if (o) refsIn(o.value, queue);
  }
}

/**
 * The entries appended to `before` (old entries unchanged and in the same order at the start of
 * `after`), or undefined when an old entry was removed, changed or moved.
 */
export function appendedOnly(
  before: PdfValue[],
  after: PdfValue[],
  same: (a: PdfValue, b: PdfValue) => boolean,
): PdfValue[] | undefined {
  // An entry missing from `after` reads undefined, which matches no old entry (those are never undefined).
  for (let i = 0; i < before.length; i++)
    if (!same(before[i] as PdfValue, after[i] as PdfValue)) return undefined;
  return after.slice(before.length);
}

export function refNum(v: PdfValue | undefined): number | undefined {
  return v instanceof PdfRef ? v.num : undefined;
}
