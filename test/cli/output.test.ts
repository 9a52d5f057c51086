/**
 * Never lose a file (spec/cli.md): no output onto an input however it is spelled, no overwrite of an
 * existing template without --force, and no half-written or stray temporary file.
 */
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OutputExistsError, sameFile, writeOutputFile } from '../../src/cli/output';
import { buildTemplate } from '../../src/workbook/template';
import { tinyPdf } from '../fakes/tiny-pdf';
import { cliIn, sha } from '../helpers/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'upki-out-'));
const cli = cliIn(dir);
const listing = (d = dir) => readdirSync(d).sort();

const FORM = join(dir, 'form.xlsx');
const PDF = join(dir, 'scan.pdf');

beforeAll(async () => {
  writeFileSync(FORM, await buildTemplate({ example: true }));
  writeFileSync(PDF, tinyPdf());
  mkdirSync(join(dir, 'sub'));
  symlinkSync(FORM, join(dir, 'link-to-form.xlsx'));
  linkSync(FORM, join(dir, 'hard-to-form.xlsx'));
  symlinkSync(PDF, join(dir, 'link-to-scan.pdf'));
  symlinkSync(dir, join(dir, 'here'));
});

describe('sameFile', () => {
  it.each([
    ['.//form.xlsx', 'form.xlsx'],
    ['sub/../form.xlsx', 'form.xlsx'],
    [FORM, 'form.xlsx'],
    ['link-to-form.xlsx', 'form.xlsx'],
    ['hard-to-form.xlsx', 'form.xlsx'],
    ['here/form.xlsx', FORM],
    ['here/new.eml', 'new.eml'],
    ['sub/../new.eml', './new.eml'],
  ])('%s is %s', async (a, b) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await sameFile(a, b)).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    ['form.xlsx', 'scan.pdf'],
    ['new.eml', 'form.xlsx'],
    ['sub/form.xlsx', 'form.xlsx'],
  ])('%s is not %s', async (a, b) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await sameFile(a, b)).toBe(false);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('writeOutputFile', () => {
  it('refuses an existing file without overwrite and leaves it and the folder as they were', async () => {
    const d = mkdtempSync(join(tmpdir(), 'upki-w-'));
    const p = join(d, 'a.txt');
    writeFileSync(p, 'keep me');
    await expect(writeOutputFile(p, 'new')).rejects.toBeInstanceOf(OutputExistsError);
    expect(readFileSync(p, 'utf8')).toBe('keep me');
    expect(listing(d)).toEqual(['a.txt']);
  });

  it('replaces with overwrite, writes a new file without, and leaves no temporary file', async () => {
    const d = mkdtempSync(join(tmpdir(), 'upki-w-'));
    await writeOutputFile(join(d, 'b.txt'), 'one');
    await writeOutputFile(join(d, 'b.txt'), 'two', { overwrite: true });
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe('two');
    expect(listing(d)).toEqual(['b.txt']);
  });

  it('a failed rename leaves neither half a file nor a temporary file', async () => {
    const d = mkdtempSync(join(tmpdir(), 'upki-w-'));
    mkdirSync(join(d, 'c.txt')); // a folder where the file should go: rename fails
    writeFileSync(join(d, 'c.txt', 'inner'), 'x');
    await expect(writeOutputFile(join(d, 'c.txt'), 'data', { overwrite: true })).rejects.toThrow();
    expect(listing(d)).toEqual(['c.txt']);
  });

  it('an unwritable folder fails before anything is written', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const d = mkdtempSync(join(tmpdir(), 'upki-w-'));
    chmodSync(d, 0o500);
    try {
      await expect(writeOutputFile(join(d, 'd.txt'), 'data')).rejects.toThrow();
    } finally {
      chmodSync(d, 0o700);
    }
    expect(listing(d)).toEqual([]);
  });
});

describe('upki-revoke template', () => {
  it('refuses an existing OUT (exit 2) and keeps its bytes; --force replaces it', async () => {
    const out = join(dir, 'filled.xlsx');
    writeFileSync(out, 'a filled form');
    const r = await cli('template', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('すでにあります');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('a filled form');
    const f = await cli('template', out, '--force');
    expect(f.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(listing().filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('upki-revoke mail --out', () => {
  const base = ['mail', '--form', 'form.xlsx', '--pdf', 'scan.pdf', '--identity-checked'];
  const common = ['--accept-unverified-pdf', '--today', '2026-11-25'];

  it.each([
    ['.//form.xlsx'],
    ['sub/../form.xlsx'],
    [FORM],
    ['link-to-form.xlsx'],
    ['hard-to-form.xlsx'],
    ['here/form.xlsx'],
    ['./scan.pdf'],
    ['link-to-scan.pdf'],
  ])('refuses --out %s (exit 2) and changes nothing', async (out) => {
    const before = { form: sha(FORM), pdf: sha(PDF), files: listing() };
    const r = await cli(...base, ...common, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('入力ファイル');
    expect(r.stderr).toContain('same file as the input');
    expect({ form: sha(FORM), pdf: sha(PDF), files: listing() }).toEqual(before);
  });

  it('refuses an absolute --out beside a relative --form', async () => {
    const before = sha(FORM);
    const r = await cli(
      'mail',
      '--form',
      './form.xlsx',
      '--pdf',
      PDF,
      '--identity-checked',
      ...common,
      '--out',
      FORM,
    );
    expect(r.code).toBe(2);
    expect(sha(FORM)).toBe(before);
  });

  it('refuses an existing --out (exit 2) and keeps its bytes; --force replaces it', async () => {
    const out = join(dir, 'kept.eml');
    writeFileSync(out, 'a draft the officer edited');
    const before = listing();
    const r = await cli(...base, ...common, '--out', 'kept.eml');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kept.eml はすでにあります');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('a draft the officer edited');
    expect(listing()).toEqual(before);
    const f = await cli(...base, ...common, '--out', 'kept.eml', '--force');
    expect(f.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^X-Unsent: 1/m);
    expect(listing().filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses the default draft name when that file exists, unless --force', async () => {
    writeFileSync(join(dir, 'form.eml'), 'an older draft');
    const r = await cli(...base, ...common);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'form.eml'), 'utf8')).toBe('an older draft');
    expect((await cli(...base, ...common, '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'form.eml'), 'utf8')).toMatch(/^X-Unsent: 1/m);
  });

  it.each([['draft.txt'], ['draft'], ['sub/draft.msg']])(
    'refuses --out %s without .eml (exit 2, nothing written) and names the .eml it would take',
    async (out) => {
      const before = listing();
      const r = await cli(...base, ...common, '--out', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('.eml');
      expect(r.stderr).toContain(`${out.replace(/\.[^./]*$/, '')}.eml`);
      expect(listing()).toEqual(before);
      expect(listing(join(dir, 'sub'))).toEqual([]);
    },
  );

  it('takes --out DRAFT.EML in capitals', async () => {
    const r = await cli(...base, ...common, '--out', 'UPPER.EML');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'UPPER.EML'), 'utf8')).toMatch(/^X-Unsent: 1/m);
  });

  it('writes a new draft next to the inputs, with no temporary file left', async () => {
    const r = await cli(...base, ...common, '--out', 'sub/../draft.eml');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'draft.eml'), 'utf8')).toMatch(/^X-Unsent: 1/m);
    expect(listing().filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
