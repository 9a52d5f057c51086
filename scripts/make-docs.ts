// `npm run docs`: writes docs/form.md (field table and rules) and docs/messages.md (every message).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFormDocs } from '../src/form/docs';
import { renderMessageDocs } from '../src/messages/catalog';

writeFileSync(join(process.cwd(), 'docs/form.md'), renderFormDocs());
console.log('docs/form.md written');
writeFileSync(join(process.cwd(), 'docs/messages.md'), renderMessageDocs());
console.log('docs/messages.md written');
