/**
 * The command line's way to load exceljs: its prebuilt bundle (`dist/exceljs.bare.min.js`, one
 * file) instead of `import('exceljs')` (about 660 CommonJS modules), compiled with the V8 code
 * cache that `scripts/build-cli.mjs` writes next to the CLI bundle. Falls back to the ordinary
 * import whenever anything differs (no bundle, no cache, another Node). Measured in
 * bench/workbook.bench.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type ExcelJSModule = typeof import('exceljs');

const require = createRequire(import.meta.url);

/** Where the code cache lives: beside build/cli.mjs (this module is bundled into build/). */
export function codeCachePath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // build/cli.mjs or build/chunks/*.mjs
  const build = here.endsWith('chunks') ? dirname(here) : here;
  return join(build, 'exceljs-bare.cache');
}

/** Compiles and runs the prebuilt bundle; with `cache`, the V8 code cache it was compiled with. */
export function loadBareExcelJS(cachePath = codeCachePath()): { exceljs: ExcelJSModule; script: Script } {
  const file = require.resolve('exceljs/dist/exceljs.bare.min.js');
  const source = readFileSync(file, 'utf8');
  const cachedData = existsSync(cachePath) ? readFileSync(cachePath) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const module = { exports: {} as ExcelJSModule };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  if (typeof module.exports.Workbook !== 'function') throw new Error('exceljs bundle without Workbook');
  return { exceljs: module.exports, script };
}

/** The lightest exceljs that reads the sheet: the prebuilt bundle, else the package. */
export async function loadExcelJSForNode(): Promise<ExcelJSModule> {
  try {
    return loadBareExcelJS().exceljs;
  } catch {
    const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
    return mod.default ?? mod;
  }
}
