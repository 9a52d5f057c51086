/** Options the officer may guess: a short option is never taken for a file name; --help works after a command. */
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';

function memIO() {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    written: [] as string[],
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
    readFile: async (p: string): Promise<Uint8Array> => {
      throw new Error(`ENOENT: ${p}`);
    },
    writeFile: async (p: string) => {
      io.written.push(p);
    },
    fileSize: async (p: string): Promise<number> => {
      throw new Error(`ENOENT: ${p}`);
    },
  };
  return io satisfies CliIO;
}

describe('parseArgs', () => {
  it('a single-dash option is an unknown option, not a positional file name', () => {
    expect(() => parseArgs(['-o', 'x.eml'], { values: ['--out'] })).toThrow(UsageError);
    expect(() => parseArgs(['-o', 'x.eml'], { values: ['--out'] })).toThrow(/-o/);
  });

  it('a lone "-" (stdout) and anything after "--" stay positional', () => {
    expect(parseArgs(['-'], {}).positional).toEqual(['-']);
    expect(parseArgs(['--', '-h'], {}).positional).toEqual(['-h']);
  });
});

describe('help after a command', () => {
  it('template -h writes no file named "-h": it prints the usage, exit 0', async () => {
    const io = memIO();
    expect(await main(['template', '-h'], io)).toBe(0);
    expect(io.written).toEqual([]);
    expect(io.out).toContain('upki-revoke template OUT.xlsx');
  });

  it('check --help prints the usage, exit 0', async () => {
    const io = memIO();
    expect(await main(['check', '--help'], io)).toBe(0);
    expect(io.out).toContain('使い方 / Usage:');
    expect(io.err).toBe('');
  });

  it('mail -o names the unknown option', async () => {
    const io = memIO();
    expect(
      await main(['mail', '--form', 'f.xlsx', '--pdf', 'p.pdf', '--identity-checked', '-o', 'x.eml'], io),
    ).toBe(2);
    expect(io.err).toContain('不明なオプション: -o');
  });
});
