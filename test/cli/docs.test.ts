/** Every error code the command line can print is documented in docs/cli.md and the README. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const sources = ['src/cli', 'src/workbook'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(root, d, f), 'utf8')),
);
const codes = new Set(
  sources.flatMap((s) => [...s.matchAll(/'((?:input|output)\.[a-z-]+)'/g)].map((m) => m[1])),
);

describe('error codes', () => {
  it('finds the codes in the sources', () => {
    expect(codes).toContain('input.too-complex');
    expect(codes).toContain('input.unreadable');
  });

  it.each(['docs/cli.md', 'README.md'])('%s documents every code', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8');
    for (const code of codes) expect(text, code).toContain(`\`${code}\``);
  });
});
