// Writes build/exceljs-bare.cache: the V8 code cache of exceljs's prebuilt bundle, compiled the
// way the CLI compiles it (src/cli/exceljs.ts) and warmed by reading the example form, so that
// `upki-revoke check` does not compile exceljs at start. Run by scripts/build-cli.mjs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBareExcelJS } from '../src/cli/exceljs';
import { readWorkbook } from '../src/workbook/read';

const root = process.cwd();
const out = join(root, 'build/exceljs-bare.cache');
rmSync(out, { force: true });
const { exceljs, script } = loadBareExcelJS(out);
const bytes = new Uint8Array(readFileSync(join(root, 'assets/example-form.xlsx')));
const grid = await readWorkbook(bytes, { loadExcelJS: async () => exceljs });
if (grid.sheets.length !== 1) throw new Error('make-exceljs-cache: the example form was not read');
writeFileSync(out, script.createCachedData());
console.log(`build-cli: ${out}`);
