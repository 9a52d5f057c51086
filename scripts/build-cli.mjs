// Runs the scripts/gen-*.mjs generators (gen-anchors.mjs excepted: its output is committed) and
// bundles the command line into build/cli.mjs. Runs in `prepare`, so `npm install` / `npm ci` leave
// `npx upki-revoke` working.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleForNode } from './bundle-node.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Every dependency (and its subpaths) except `bundled`, for esbuild's `external`. */
function externalPackages(bundled) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (n) => !bundled.includes(n),
  );
  return names.flatMap((n) => [n, `${n}/*`]);
}
for (const f of readdirSync(join(root, 'scripts'))
  // gen-anchors needs NSS certutil: its output (src/pdf/anchors.data.ts) is committed instead.
  .filter((n) => /^gen-.*\.mjs$/.test(n) && n !== 'gen-anchors.mjs')
  .sort()) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', f)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
rmSync(join(root, 'build'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src/cli/main.ts') },
  outdir: join(root, 'build'),
  outExtension: { '.js': '.mjs' },
  // Each command is its own chunk: `check` does not load the PDF checker or nodemailer.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Libraries stay in node_modules and load only when a command needs them, except the workbook
  // probe's small fflate and saxes: bundled, they load without Node's CommonJS loader (bench/workbook).
  external: externalPackages(['fflate', 'saxes']),
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('build-cli: build/cli.mjs');

/** Bundles a TypeScript script of scripts/ into .tmp and runs it in the project root. */
async function runScript(name) {
  const out = join(root, `.tmp/${name}.mjs`);
  await bundleForNode(join(root, `scripts/${name}.ts`), out);
  const r = spawnSync(process.execPath, [out], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// The template and the example form, generated from the field table.
await runScript('make-assets');
// The V8 code cache of exceljs's prebuilt bundle, which `check` loads (src/cli/exceljs.ts); made
// after the example form it reads to warm up. Without it the CLI still works, only slower.
await runScript('make-exceljs-cache');
