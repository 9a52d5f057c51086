/**
 * Every command reads its inputs with a byte cap (spec/cli.md): a FIFO with no writer, /dev/zero
 * and a folder get `input.unreadable` at once, never a hang or an out-of-memory; a file larger
 * than the cap is refused whatever its size looked like.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliIO, InputError, readFileCapped, readInputFile } from '../../src/cli/io';
import { buildTemplate } from '../../src/workbook/template';
import { cliIn } from '../helpers/cli-run';

const dir = mkdtempSync(join(tmpdir(), 'upki-input-'));
const FIFO = join(dir, 'fifo.xlsx');
const FORM = join(dir, 'form.xlsx');
const PDF = join(dir, 'notice.pdf');
const FOLDER = join(dir, 'folder.xlsx');

const cli = cliIn(dir, 20_000);

beforeAll(async () => {
  execFileSync('mkfifo', [FIFO]);
  mkdirSync(FOLDER);
  writeFileSync(FORM, await buildTemplate({ example: true }));
  writeFileSync(PDF, '%PDF-1.4\n%%EOF\n');
});

describe.each([
  ['a FIFO without a writer', FIFO],
  ['/dev/zero', '/dev/zero'],
  ['a folder', FOLDER],
])('%s as an input', (_name, input) => {
  it.each([
    ['check', () => ['check', input, '--json']],
    ['check --profile', () => ['check', FORM, '--profile', input, '--json']],
    ['verify-pdf', () => ['verify-pdf', input, '--json']],
    ['notice', () => ['notice', input, '--json']],
    ['notice --form', () => ['notice', input, '--form', input, '--json']],
    [
      'mail --form',
      () => ['mail', '--form', input, '--pdf', PDF, '--identity-checked', '--out', join(dir, 'a.eml')],
    ],
    [
      'mail --pdf',
      () => ['mail', '--form', FORM, '--pdf', input, '--identity-checked', '--out', join(dir, 'b.eml')],
    ],
  ])('%s: exit 2, input.unreadable or input.profile, in words', async (_cmd, args) => {
    const r = await cli(...args());
    expect(r.code).toBe(2);
    if (args().includes('--json')) {
      const { error } = JSON.parse(r.stdout);
      expect(['input.unreadable', 'input.profile']).toContain(error.code);
      expect(error.message.ja).toContain(input);
    } else {
      expect(r.stderr).toContain(input);
    }
    expect(r.stderr).not.toMatch(/Error: [A-Z]+[a-z]*Error|at .*\(|ENOTREG|undefined/);
  });
});

describe('readInputFile', () => {
  const fakeIO = (size: number, bytes: Uint8Array): CliIO => ({
    stdout: () => {},
    stderr: () => {},
    readFile: async () => bytes,
    writeFile: async () => {},
    fileSize: async () => size,
    isTTY: false,
  });

  it('refuses a file larger than the cap even when its reported size is small', async () => {
    const r = await readInputFile(fakeIO(10, new Uint8Array(101)), 'x.xlsx', { maxBytes: 100 });
    expect(r).toBeInstanceOf(InputError);
    expect((r as InputError).code).toBe('input.too-large');
  });

  it('refuses a reported size above the cap without reading', async () => {
    const io = fakeIO(1000, new Uint8Array(1));
    io.readFile = async () => {
      throw new Error('must not be read');
    };
    const r = await readInputFile(io, 'x.pdf', { maxBytes: 100 });
    expect((r as InputError).code).toBe('input.too-large');
    expect((r as InputError).size).toBe(1000);
  });

  it('returns the bytes of a file within the cap', async () => {
    const r = await readInputFile(fakeIO(3, new Uint8Array([1, 2, 3])), 'x', { maxBytes: 3 });
    expect(r).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('reads at most one byte past the cap from a real file', async () => {
    const big = join(dir, 'big.bin');
    writeFileSync(big, new Uint8Array(5000));
    expect((await readFileCapped(big, 1000)).length).toBe(1001);
    expect((await readFileCapped(big, 5000)).length).toBe(5000);
  });
});
