// Hostile files end with a clear answer. The time bound is only a hang guard; the real figures are
// in bench/pdf.bench.ts.
import { describe, expect, it } from 'vitest';
import { verifyPdf } from '../../src/pdf/index';
import { hostileFiles, plainPdf } from './attacks/hostile';

const HANG_GUARD_MS = 10_000;
const files = hostileFiles(await plainPdf());

describe('hostile files end with a clear answer', () => {
  it.each(files.map((h) => [`${h.name} → ${h.verdict} (${h.code})`, h] as const))('%s', async (_, h) => {
    const bytes = h.bytes();
    const t = performance.now();
    const r = await verifyPdf(bytes, { file: 'hostile.pdf' });
    const ms = performance.now() - t;
    const codes = [...r.messages, ...r.signatures.flatMap((s) => s.problems)].map((m) => m.code);
    expect(r.verdict, JSON.stringify(r.messages)).toBe(h.verdict);
    expect(codes).toContain(h.code);
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('says how many signature dictionaries there are', async () => {
    const h = files.find((x) => x.code === 'error.too-many-signatures');
    const r = await verifyPdf(h?.bytes() as Uint8Array);
    expect(r.messages.find((m) => m.code === 'error.too-many-signatures')?.ja).toContain('1000 個');
  });
});
