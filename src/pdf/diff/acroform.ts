// Allowed update 3, the form dictionary: AcroForm may gain /SigFlags and appended /Fields (the new
// fields are judged by the signature-field rule); a new AcroForm holds only those. /DA, /DR,
// /NeedAppearances and every other key stay as signed.
import { PdfRef, sameValue } from '../objects';
import { appendedOnly, type DiffContext, isNew, type RuleResult, refNum, result } from './context';

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
    if (sameValue(b, a)) continue;
    if (key === 'SigFlags' && typeof a === 'number') continue;
    deny(`the form changed (${key})`);
    return out;
  }
  const oldFields = (await ctx.old.resolve(before?.get('Fields'))) ?? [];
  const curFields = await ctx.cur.resolve(after.get('Fields'));
  if (!Array.isArray(oldFields) || !Array.isArray(curFields)) {
    deny('the list of form fields cannot be read');
    return out;
  }
  const diff = appendedOnly(oldFields, curFields, sameValue);
  if (!diff.ok) {
    deny('form fields were removed or reordered');
    return out;
  }
  ctx.newFields.push(...diff.added);
  if (num !== undefined && ctx.touched.has(num) && (num === refNum(oldRef) || (await isNew(ctx, num))))
    out.explained.set(num, 'acroform');
  const fieldsRef = after.get('Fields');
  if (fieldsRef instanceof PdfRef && ctx.touched.has(fieldsRef.num)) {
    const same = fieldsRef.num === refNum(before?.get('Fields'));
    if (same || (await isNew(ctx, fieldsRef.num))) out.explained.set(fieldsRef.num, 'field-list');
  }
  return out;
}
