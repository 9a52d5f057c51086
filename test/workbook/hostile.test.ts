/**
 * Hostile workbooks (issue 11) through the real command line, each in its own process: the
 * answer (the form read, or `input.too-complex`), the process's peak memory (≤ 600 MB, the work
 * budget of spec/cli.md) and the input file unchanged. Times are in bench/workbook.bench.ts.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate } from '../../src/workbook/template';
import { hostileWorkbooks } from '../helpers/hostile';
import { runCliMeasured } from '../helpers/peak';

const dir = mkdtempSync(join(tmpdir(), 'upki-hostile-'));
const MAX_RSS_KB = 600 * 1024;

const check = (file: string) => runCliMeasured(['check', file, '--json', '--today', '2026-11-25']);

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const cases = hostileWorkbooks();
const files: string[] = [];
let exampleReport: unknown;

beforeAll(async () => {
  const example = join(dir, 'example.xlsx');
  writeFileSync(example, await buildTemplate({ example: true }));
  const r = await check(example);
  expect(r.code).toBe(0);
  exampleReport = { ...JSON.parse(r.stdout), file: undefined };
  for (const [i, c] of cases.entries()) {
    const file = join(dir, `hostile-${i}.xlsx`);
    writeFileSync(file, await c.build());
    files.push(file);
  }
}, 120_000);

describe('hostile workbooks: answered in bounded memory, the input unchanged', () => {
  it.each(cases.map((c, i) => [c.name, i] as const))(
    '%s',
    async (_name, i) => {
      const c = cases[i];
      const file = files[i] as string;
      const before = sha(file);
      const r = await check(file);
      expect(sha(file)).toBe(before);
      expect(r.peakKB).toBeGreaterThan(0);
      expect(r.peakKB).toBeLessThan(MAX_RSS_KB);
      if (c?.expect === 'form') {
        expect(r.code).toBe(0);
        expect({ ...JSON.parse(r.stdout), file: undefined }).toEqual(exampleReport);
      } else {
        expect(r.code).toBe(2);
        expect(JSON.parse(r.stdout).error.code).toBe(c?.expect);
      }
    },
    60_000,
  );
});
