// What every allowed-update rule sees: the signed revision and the revision judged, object by
// object after resolving references, and the objects (re)defined after signing.
import { PdfDict, type PdfObject, PdfRef, type PdfValue, refsIn } from '../objects';
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

export async function curObject(ctx: DiffContext, n: number): Promise<PdfObject | undefined> {
  return ctx.cur.get(n);
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

/** Old entries unchanged and in the same order, at the start of the new list. */
export function appendedOnly(
  before: PdfValue[],
  after: PdfValue[],
  same: (a: PdfValue, b: PdfValue) => boolean,
) {
  if (after.length < before.length) return { ok: false as const, added: [] as PdfValue[] };
  for (let i = 0; i < before.length; i++) {
    if (!same(before[i] as PdfValue, after[i] as PdfValue)) return { ok: false as const, added: [] };
  }
  return { ok: true as const, added: after.slice(before.length) };
}

export function refNum(v: PdfValue | undefined): number | undefined {
  return v instanceof PdfRef ? v.num : undefined;
}

export function asDict(v: PdfValue | undefined): PdfDict | undefined {
  return v instanceof PdfDict ? v : undefined;
}
