// Allowed update 5, cross-reference data: the appended revisions' cross-reference streams and new
// object streams, and trailers whose /Root, /Encrypt and first /ID are those of the signed revision.
import { PdfDict, PdfRef, sameValue } from '../objects';
import { type DiffContext, isNew, type RuleResult, result } from './context';

export async function xrefRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  for (const n of ctx.touched) {
    if (!(await isNew(ctx, n))) continue;
    const o = await ctx.cur.get(n);
    const v = o?.value;
    if (!(v instanceof PdfDict) || !o?.stream) continue;
    if (v.name('Type') === 'XRef' && ctx.xrefStreams.has(n)) out.explained.set(n, 'xref');
    else if (v.name('Type') === 'ObjStm') out.explained.set(n, 'object-stream');
  }
  const oldRoot = ctx.oldTrailer.get('Root');
  const curRoot = ctx.curTrailer.get('Root');
  if (!(oldRoot instanceof PdfRef) || !(curRoot instanceof PdfRef) || !sameValue(oldRoot, curRoot)) {
    out.violations.push({ what: 'root-switched', reason: 'the trailer names another document catalog' });
  }
  if (!sameValue(ctx.oldTrailer.get('Encrypt'), ctx.curTrailer.get('Encrypt'))) {
    out.violations.push({ what: 'structure', reason: 'the trailer /Encrypt changed' });
  }
  const oldId = ctx.oldTrailer.get('ID');
  const curId = ctx.curTrailer.get('ID');
  if (Array.isArray(oldId) && (!Array.isArray(curId) || !sameValue(oldId[0], curId[0]))) {
    out.violations.push({ what: 'structure', reason: 'the first file identifier changed' });
  }
  return out;
}
