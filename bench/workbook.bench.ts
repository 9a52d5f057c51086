// Workbook reading figures (issue 11), printed, never asserted. Everything runs in fresh child
// processes measured by /usr/bin/time (CPU = user + system; peak = maximum resident set size):
//  1. loading exceljs: `import('exceljs')` vs the prebuilt bundle, with and without the CLI's
//     V8 code cache;
//  2. `upki-revoke check` on the example form vs Python's openpyxl loading it (≤ 1.2×);
//  3. the form beside a 50,000-row × 10-column sheet vs openpyxl reading only the form's sheet
//     (read_only=True, one sheet) (≤ 2×);
//  4. the hostile workbooks: answer, time and peak memory (budget: ≤ 3 s and ≤ 600 MB).
// Runs are interleaved, side by side in one run; medians of several.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTemplate } from '../src/workbook/template';
import { addSheet, dataSheetXml, exampleFiles, hostileWorkbooks, pack } from '../test/helpers/hostile';

const root = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'upki-bench-workbook-'));
const cli = join(root, 'bin/upki-revoke.mjs');
const python = '/usr/bin/python3';
const TIME = '/usr/bin/time';

interface Usage {
  cpu: number; // seconds
  wall: number; // seconds
  peakMB: number;
  status: number | null;
  stdout: string;
}

function measure(cmd: string, args: string[]): Usage {
  const r = spawnSync(TIME, ['-f', 'BENCH %U %S %e %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing from ${cmd} ${args.join(' ')}: ${r.stderr.slice(-500)}`);
  return {
    cpu: Number(m[1]) + Number(m[2]),
    wall: Number(m[3]),
    peakMB: Number(m[4]) / 1024,
    status: r.status,
    stdout: r.stdout,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Runs each command `n` times, interleaved, after one warm-up each; median CPU and peak. */
function sideBySide(cmds: Record<string, [string, string[]]>, n = 9): Record<string, { cpu: number; peakMB: number }> {
  const samples: Record<string, Usage[]> = {};
  for (const [name, [cmd, args]] of Object.entries(cmds)) {
    measure(cmd, args);
    samples[name] = [];
  }
  for (let i = 0; i < n; i++)
    for (const [name, [cmd, args]] of Object.entries(cmds)) samples[name]?.push(measure(cmd, args));
  const out: Record<string, { cpu: number; peakMB: number }> = {};
  for (const [name, s] of Object.entries(samples))
    out[name] = { cpu: median(s.map((u) => u.cpu)), peakMB: median(s.map((u) => u.peakMB)) };
  return out;
}

const fmt = (u: { cpu: number; peakMB: number }) => `${(u.cpu * 1000).toFixed(0)} ms CPU, ${u.peakMB.toFixed(0)} MB peak`;

if (!existsSync(TIME) || !existsSync(python)) {
  console.log(`skipped: needs ${TIME} and ${python} (python3-openpyxl)`);
  process.exit(0);
}

// 1. Loading exceljs.
const loaders = join(dir, 'load.mjs');
writeFileSync(
  loaders,
  `import { createRequire } from 'node:module';
const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
const how = process.argv[2];
if (how === 'package') await import(require.resolve('exceljs'));
else {
  const { loadBareExcelJS } = await import(${JSON.stringify(join(dir, 'exceljs-loader.mjs'))});
  loadBareExcelJS(how === 'bundle+cache' ? ${JSON.stringify(join(root, 'build/exceljs-bare.cache'))} : '/nonexistent');
}
`,
);
{
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src/cli/exceljs.ts')],
    outfile: join(dir, 'exceljs-loader.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    nodePaths: [join(root, 'node_modules')],
  });
}
const empty = join(dir, 'empty.mjs');
writeFileSync(empty, '');
const load = sideBySide({
  'node alone': [process.execPath, [empty]],
  "import('exceljs')": [process.execPath, [loaders, 'package']],
  'exceljs.bare.min.js': [process.execPath, [loaders, 'bundle']],
  'exceljs.bare.min.js + code cache (the CLI)': [process.execPath, [loaders, 'bundle+cache']],
});
console.log('1. loading exceljs (fresh process, median):');
for (const [name, u] of Object.entries(load)) console.log(`   ${name.padEnd(44)} ${fmt(u)}`);

// 2. The example form.
const example = join(dir, 'example-form.xlsx');
writeFileSync(example, await buildTemplate({ example: true }));
const openpyxlLoad = 'import openpyxl,sys; openpyxl.load_workbook(sys.argv[1])';
// The same CLI without the V8 code cache: a copy of build/ (inside the project, so that packages
// resolve) without build/exceljs-bare.cache.
const noCache = join(root, '.tmp/bench-build-without-code-cache');
rmSync(noCache, { recursive: true, force: true });
cpSync(join(root, 'build'), join(noCache, 'build'), { recursive: true });
rmSync(join(noCache, 'build/exceljs-bare.cache'));
writeFileSync(join(noCache, 'bin.mjs'), "import { main } from './build/cli.mjs';\nprocess.exitCode = await main(process.argv.slice(2));\n");
const small = sideBySide({
  check: [process.execPath, [cli, 'check', example, '--json', '--today', '2026-11-25']],
  noCache: [process.execPath, [join(noCache, 'bin.mjs'), 'check', example, '--json', '--today', '2026-11-25']],
  openpyxl: [python, ['-c', openpyxlLoad, example]],
});
console.log('2. the example form:');
console.log(`   upki-revoke check          ${fmt(small.check as Usage)}`);
console.log(`   … without the code cache   ${fmt(small.noCache as Usage)}`);
console.log(`   openpyxl.load_workbook     ${fmt(small.openpyxl as Usage)}`);
console.log(`   ratio ${((small.check?.cpu ?? 0) / (small.openpyxl?.cpu ?? 1)).toFixed(2)}× CPU (target ≤ 1.2×)`);

// 3. The form beside a 50,000 × 10 sheet (after it, and before it).
const openpyxlOneSheet =
  'import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1], read_only=True); ws=wb[sys.argv[2]]; rows=list(ws.iter_rows(values_only=True)); wb.close()';
for (const where of ['after', 'before'] as const) {
  const files = await exampleFiles();
  addSheet(files, 'data', dataSheetXml(50_000, 10), where);
  const file = join(dir, `beside-${where}.xlsx`);
  writeFileSync(file, pack(files));
  const big = sideBySide(
    {
      check: [process.execPath, [cli, 'check', file, '--json', '--today', '2026-11-25']],
      openpyxl: [python, ['-c', openpyxlOneSheet, file, '失効申請書']],
    },
    5,
  );
  console.log(`3. the form with a 50,000 × 10 sheet ${where} it:`);
  console.log(`   upki-revoke check                      ${fmt(big.check as Usage)}`);
  console.log(`   openpyxl read_only, the form's sheet   ${fmt(big.openpyxl as Usage)}`);
  console.log(`   ratio ${((big.check?.cpu ?? 0) / (big.openpyxl?.cpu ?? 1)).toFixed(2)}× CPU (target ≤ 2×)`);
}

// 4. Hostile workbooks, full size (95 MB of cells).
console.log('4. hostile workbooks (one run each; budget ≤ 3 s, ≤ 600 MB):');
for (const [i, h] of hostileWorkbooks(280_000).entries()) {
  const file = join(dir, `hostile-${i}.xlsx`);
  const bytes = await h.build();
  writeFileSync(file, bytes);
  const u = measure(process.execPath, [cli, 'check', file, '--json', '--today', '2026-11-25']);
  let answer = `exit ${u.status}`;
  try {
    const out = JSON.parse(u.stdout);
    answer = out.error ? out.error.code : `form read, ${out.summary.errors} errors`;
  } catch {
    // not JSON: shown as the exit status
  }
  console.log(
    `   ${h.name} (${(bytes.length / 1e6).toFixed(1)} MB file): ${answer}; ${u.wall.toFixed(2)} s wall, ${u.cpu.toFixed(2)} s CPU, ${u.peakMB.toFixed(0)} MB peak`,
  );
}
