// Hostile PDFs (issue 9, "Bounded work") through the real command line, each in its own process:
// the answer, the peak memory and the input unchanged. The bound: the peak resident memory above
// that of verifying a small plain file is at most 4 × the hostile file, or 24 MB for files too small
// for 4 × to be measurable against Node's own noise. The worst case measured is the overlapping
// objects (15-16.5 MB: the parser's objects for the 4 × file + 4 MB it may parse), so the bound
// leaves room for garbage-collection timing, not for a bomb (the inflate bomb held 100 MB before
// its cap, about 9 MB after). The wall time is held to a generous hang guard
// here (a loaded CI machine); the figures are printed by `npm run bench pdf`.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliMeasured } from '../helpers/peak';
import { hostileFiles, plainPdf } from './attacks/hostile';

const dir = mkdtempSync(join(tmpdir(), 'upki-hostile-pdf-'));
const HANG_GUARD_MS = 20_000;
const SLACK_KB = 24 * 1024;
const plain = await plainPdf();
const cases = hostileFiles(plain);
const files: string[] = [];
let baselineKB = 0;

const verify = (file: string) => runCliMeasured(['verify-pdf', file, '--json']);
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

beforeAll(async () => {
  const p = join(dir, 'plain.pdf');
  writeFileSync(p, plain);
  const base = await verify(p);
  expect(JSON.parse(base.stdout).verdict).toBe('unsigned');
  baselineKB = base.peakKB;
  for (const [i, c] of cases.entries()) {
    const file = join(dir, `hostile-${i}.pdf`);
    writeFileSync(file, c.bytes());
    files.push(file);
  }
}, 60_000);

describe('hostile PDFs: a clear answer in bounded memory, the input unchanged', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))(
    '%s',
    async (_name, i) => {
      const c = cases[i];
      const file = files[i] as string;
      const size = readFileSync(file).length;
      const before = sha(file);
      const r = await verify(file);
      expect(sha(file)).toBe(before);
      const report = JSON.parse(r.stdout);
      expect(report.verdict).toBe(c?.verdict);
      const codes = [
        ...report.messages,
        ...report.signatures.flatMap((s: { problems: unknown[] }) => s.problems),
      ].map((m: { code: string }) => m.code);
      expect(codes).toContain(c?.code);
      expect(r.peakKB).toBeGreaterThan(0);
      const extraKB = r.peakKB - baselineKB;
      expect(
        extraKB,
        `peak ${r.peakKB} KB, baseline ${baselineKB} KB, file ${size} bytes`,
      ).toBeLessThanOrEqual(Math.max((4 * size) / 1024, SLACK_KB));
      expect(r.ms).toBeLessThan(HANG_GUARD_MS);
    },
    HANG_GUARD_MS + 10_000,
  );
});
