// `npm run docs`: writes docs/form.md from the field table and the rules.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFormDocs } from '../src/form/docs';

writeFileSync(join(process.cwd(), 'docs/form.md'), renderFormDocs());
console.log('docs/form.md written');
