// Form checker figures (printed, never asserted):
//  1. the core checking a located form with 5 certificates (median per check);
//  2. `upki-revoke check` on the example form against the unavoidable part (starting Node and
//     reading the same file with exceljs), measured side by side, interleaved, in one run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkForm } from '../src/form/check';
import { locateForm } from '../src/form/locate';
import { readWorkbook } from '../src/workbook/read';
import { buildTemplate } from '../src/workbook/template';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

const bytes = await buildTemplate({ example: true });
const grid = await readWorkbook(bytes);
// Five certificates: copy the example's first entry into rows 28–30.
const sheet = grid.sheets[0];
if (!sheet) throw new Error('no sheet');
const first = sheet.cells.filter((c) => c.row === 26);
for (const row of [28, 29, 30]) for (const c of first) sheet.cells.push({ ...c, row, value: c.col === 1 ? `ABCDEF${row}` : c.value });
// Row 27 is the example's second entry, so rows 26–30 make 5 entries.
const form = locateForm(grid);
if (!form) throw new Error('no form');
console.log(`certificates in the located form: ${form.certificates.length}`);
const today = { y: 2026, m: 11, d: 25 };
for (let i = 0; i < 2000; i++) checkForm(form, { today }); // warm up
const samples: number[] = [];
for (let round = 0; round < 50; round++) {
  const n = 200;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) checkForm(form, { today });
  samples.push((performance.now() - t0) / n);
}
console.log(`core check, 5 certificates: median ${(median(samples) * 1000).toFixed(1)} µs per check (target ≤ 200 µs)`);

const dir = mkdtempSync(join(tmpdir(), 'upki-bench-'));
const file = join(dir, 'example-form.xlsx');
writeFileSync(file, bytes);
const baseline = join(dir, 'baseline.mjs');
writeFileSync(
  baseline,
  `import { readFileSync } from 'node:fs';\nimport ExcelJS from '${join(process.cwd(), 'node_modules/exceljs/excel.js')}';\nconst wb = new ExcelJS.Workbook();\nawait wb.xlsx.load(readFileSync(process.argv[2]));\n`,
);
const cli = join(process.cwd(), 'bin/upki-revoke.mjs');
const time = (args: string[]) => {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: 'ignore' });
  } catch {
    // check exits 1 on findings; the example has none
  }
  return performance.now() - t0;
};
const base: number[] = [];
const ours: number[] = [];
for (let i = 0; i < 3; i++) {
  time([baseline, file]);
  time([cli, 'check', file, '--today', '2026-11-25']);
}
for (let i = 0; i < 21; i++) {
  base.push(time([baseline, file]));
  ours.push(time([cli, 'check', file, '--today', '2026-11-25', '--json']));
}
const b = median(base);
const o = median(ours);
console.log(`node + exceljs read of the example: median ${b.toFixed(1)} ms`);
console.log(`upki-revoke check on the example:  median ${o.toFixed(1)} ms`);
console.log(`ratio: ${(o / b).toFixed(3)}× (target ≤ 1.2×)`);
