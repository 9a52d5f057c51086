// Allowed update 3, the form dictionary: AcroForm may gain /SigFlags and appended /Fields (the new
// fields are judged by the signature-field rule); a new AcroForm holds only those. /DA,
// /NeedAppearances and every other key stay as signed.
//
// Decision beyond the spec's wording (as pyHanko, which lets "Acrobat / Adobe Reader mess with"
// /DR): the default resources /DR may gain entries (Adobe Reader adds the font of the signature's
// appearance, e.g. /MyriadPro-Regular), as new objects; every entry it had as signed stays as it
// was, so no field's text can be drawn with another font, NeedAppearances or not.
import { PdfDict, PdfRef, type PdfValue, sameValue } from '../objects';
import {
  appendedOnly,
  type DiffContext,
  explainNewReachable,
  isNew,
  type RuleResult,
  refNum,
  result,
} from './context';

/** /DR as signed → now: old entries unchanged (one level of sub-dictionaries), additions new. */
async function resourcesOnlyGrew(
  ctx: DiffContext,
  before: PdfValue | undefined,
  after: PdfValue | undefined,
  out: RuleResult,
): Promise<boolean> {
  const b = before === undefined ? new PdfDict(0, 0) : await ctx.old.dict(before);
  const a = await ctx.cur.dict(after);
  if (!b || !a) return false;
  // An indirect /DR (or sub-dictionary) rewritten in place, or replaced by a new one, is judged by
  // its content; an existing object in its place that is not the same one is not.
  const container = async (x: PdfValue | undefined, y: PdfValue | undefined): Promise<boolean> => {
    if (!(y instanceof PdfRef)) return true;
    if (x instanceof PdfRef && x.num === y.num) {
      if (ctx.touched.has(y.num)) out.explained.set(y.num, 'form-resources');
      return true;
    }
    if (await isNew(ctx, y.num)) {
      out.explained.set(y.num, 'form-resources');
      return true;
    }
    return false;
  };
  if (!(await container(before, after))) return false;
  for (const [key, bv] of b.map) {
    const av = a.get(key);
    if (sameValue(bv, av) && !(av instanceof PdfRef && ctx.touched.has(av.num))) continue;
    const bd = await ctx.old.dict(bv);
    const ad = await ctx.cur.dict(av);
    if (!bd || !ad || !(await container(bv, av))) return false;
    for (const [k, x] of bd.map) if (!sameValue(x, ad.get(k))) return false;
    for (const [k, x] of ad.map) {
      if (bd.map.has(k)) continue;
      if (!(x instanceof PdfRef) || !(await isNew(ctx, x.num))) return false;
      await explainNewReachable(ctx, x, 'form-resources', out);
    }
  }
  for (const [key, av] of a.map) {
    if (b.map.has(key)) continue;
    const ad = await ctx.cur.dict(av);
    if (!ad || !(await container(undefined, av))) return false;
    for (const x of ad.map.values()) {
      if (!(x instanceof PdfRef) || !(await isNew(ctx, x.num))) return false;
      await explainNewReachable(ctx, x, 'form-resources', out);
    }
  }
  return true;
}

export async function acroformRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  const oldRef = ctx.oldCatalog?.get('AcroForm');
  const curRef = ctx.curCatalog?.get('AcroForm');
  const before = await ctx.old.dict(oldRef);
  const after = await ctx.cur.dict(curRef);
  const num = refNum(curRef);
  const deny = (reason: string) => out.violations.push({ num, what: 'form', reason });
  if (!after) {
    if (before) deny('the form was removed');
    return out;
  }
  const keys = new Set([...(before?.map.keys() ?? []), ...after.map.keys()]);
  for (const key of keys) {
    if (key === 'Fields') continue;
    const b = before?.get(key);
    const a = after.get(key);
    if (key === 'DR') {
      // Judged by what it holds, even when the value is the same: it may name objects rewritten in
      // place.
      if (await resourcesOnlyGrew(ctx, b, a, out)) continue;
    } else if (sameValue(b, a) || (key === 'SigFlags' && typeof a === 'number')) continue;
    deny(`the form changed (${key})`);
    return out;
  }
  const oldFields = (await ctx.old.resolve(before?.get('Fields'))) ?? [];
  const curFields = await ctx.cur.resolve(after.get('Fields'));
  if (!Array.isArray(oldFields) || !Array.isArray(curFields)) {
    deny('the list of form fields cannot be read');
    return out;
  }
  const added = appendedOnly(oldFields, curFields, sameValue);
  if (!added) {
    deny('form fields were removed or reordered');
    return out;
  }
  ctx.newFields.push(...added);
  if (num !== undefined && ctx.touched.has(num) && (num === refNum(oldRef) || (await isNew(ctx, num))))
    out.explained.set(num, 'acroform');
  const fieldsRef = after.get('Fields');
  if (fieldsRef instanceof PdfRef && ctx.touched.has(fieldsRef.num)) {
    const same = fieldsRef.num === refNum(before?.get('Fields'));
    if (same || (await isNew(ctx, fieldsRef.num))) out.explained.set(fieldsRef.num, 'field-list');
  }
  return out;
}
