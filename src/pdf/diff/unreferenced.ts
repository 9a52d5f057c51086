// A new object that nothing refers to (not the trailer, not an object written after signing, not
// an object of the signed revision) cannot be shown: poppler, for one, writes unused empty
// appearance streams when it signs.
import { refsIn } from '../objects';
import { type DiffContext, isNew, type RuleResult, result } from './context';

export async function unreferencedRule(ctx: DiffContext, signedRefs: Set<number>): Promise<RuleResult> {
  const out = result();
  const referenced = new Set<number>(signedRefs);
  for (const r of refsIn(ctx.curTrailer)) referenced.add(r.num);
  for (const n of ctx.touched) {
    const o = await ctx.cur.get(n);
    for (const r of refsIn(o?.value)) if (r.num !== n) referenced.add(r.num);
  }
  for (const n of ctx.touched) {
    if (!referenced.has(n) && (await isNew(ctx, n))) out.explained.set(n, 'unused');
  }
  return out;
}
