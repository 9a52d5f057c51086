// Writes the generated workbooks into assets/: the empty template and the filled example.
// Bundled and run by scripts/build-cli.mjs (prepare), so they always follow src/form/fields.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTemplate } from '../src/workbook/template';

const root = process.cwd(); // run from the project root by build-cli.mjs
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'assets/revocation-form.xlsx'), await buildTemplate());
writeFileSync(join(root, 'assets/example-form.xlsx'), await buildTemplate({ example: true }));
console.log('make-assets: assets/revocation-form.xlsx, assets/example-form.xlsx');
