import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFormDocs } from '../../src/form/docs';

describe('docs/form.md', () => {
  it('is up to date with the field table and rules (run `npm run docs`)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../docs/form.md'), 'utf8');
    expect(committed).toBe(renderFormDocs());
  });
});
