// An object written again after signing with exactly the value (and stream bytes) it had when
// signed is no change. Decision: the spec calls every re-pointed entry a change "whatever bytes it
// points to"; an identical value cannot show anything different, so it is explained here, and
// every other re-pointed object must be explained by another rule.
import { bytesEqual } from '../bytes';
import { sameValue } from '../objects';
import type { DiffContext, RuleResult } from './context';
import { result } from './context';

export async function unchangedRule(ctx: DiffContext): Promise<RuleResult> {
  const out = result();
  for (const n of ctx.touched) {
    const before = await ctx.old.get(n);
    const after = await ctx.cur.get(n);
    if (!before || !after || !sameValue(before.value, after.value)) continue;
    if (before.stream || after.stream) {
      if (!before.stream || !after.stream || before.start < 0 || after.start < 0) continue;
      const a = ctx.old.bytes.subarray(before.stream.start, before.stream.end);
      const b = ctx.cur.bytes.subarray(after.stream.start, after.stream.end);
      if (!bytesEqual(a, b)) continue;
    }
    out.explained.set(n, 'unchanged');
  }
  return out;
}
