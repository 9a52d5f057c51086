// `npm run bench`: builds each bench/*.ts with esbuild and runs it with Node, one after the other.
// Each benchmark prints its own figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.tmp/bench');
mkdirSync(outDir, { recursive: true });
const only = process.argv[2];
const files = readdirSync(join(root, 'bench')).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
for (const f of files.sort()) {
  const outfile = join(outDir, f.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'bench', f)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
