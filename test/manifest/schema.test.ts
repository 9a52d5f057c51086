/** The shipped schemas accept the known-good samples and reject the known-bad ones. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR, validateManifest } from './schema';

const samples = readdirSync(join(SCHEMA_DIR, 'tests'));

describe('Office manifest schemas (offline)', () => {
  it.each(samples.filter((f) => f.startsWith('good-')))('accepts %s', async (f) => {
    const r = await validateManifest(readFileSync(join(SCHEMA_DIR, 'tests', f), 'utf8'), f);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });
  it.each(samples.filter((f) => f.startsWith('bad-')))('rejects %s with a message', async (f) => {
    const r = await validateManifest(readFileSync(join(SCHEMA_DIR, 'tests', f), 'utf8'), f);
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/\S/);
  });
});
