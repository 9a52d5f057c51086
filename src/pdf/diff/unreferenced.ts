// A new object that nothing refers to (not the trailer, not an object written after signing, not
// an object of the signed revision) cannot be shown: poppler, for one, writes unused empty
// appearance streams when it signs.
import { refsIn } from '../objects';
import { type DiffContext, isNew, type RuleResult, result } from './context';

export async function unreferencedRule(ctx: DiffContext, signedRefs: Set<number>): Promise<RuleResult> {
  const out = result();
  const roots = new Set<number>(signedRefs);
  for (const r of refsIn(ctx.curTrailer)) roots.add(r.num);
  const refs = new Map<number, number[]>();
  for (const n of ctx.touched)
    refs.set(
      n,
      refsIn((await ctx.cur.get(n))?.value).map((r) => r.num),
    );
  // Unused: new objects that neither the trailer, the signed revision nor a used object refers to
  // (a dead cluster of new objects that only refer to each other is unused as a whole).
  const unused = new Set<number>();
  for (const n of ctx.touched) if (!roots.has(n) && (await isNew(ctx, n))) unused.add(n);
  const queue = [...ctx.touched].filter((n) => !unused.has(n));
  while (queue.length > 0) {
    for (const t of refs.get(queue.pop() as number) ?? []) if (unused.delete(t)) queue.push(t);
  }
  for (const n of unused) out.explained.set(n, 'unused');
  return out;
}
