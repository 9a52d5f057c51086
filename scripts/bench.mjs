// `npm run bench`: builds each bench/*.ts with esbuild and runs it with Node, one after the other.
// Each benchmark prints its own figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForNode } from './bundle-node.mjs';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, '.tmp/bench');
mkdirSync(outDir, { recursive: true });
const only = process.argv[2];
const files = readdirSync(join(root, 'bench')).filter(
  (f) => f.endsWith('.bench.ts') && (!only || f.includes(only)),
);
for (const f of files.sort()) {
  const outfile = join(outDir, f.replace(/\.ts$/, '.mjs'));
  await bundleForNode(join(root, 'bench', f), outfile);
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
