// One esbuild setting for the TypeScript scripts the project runs with Node (the bench files, the
// asset and code-cache makers): bundled into one ESM file, packages left in node_modules.
import { build } from 'esbuild';

export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}
