/**
 * The real `upki-revoke` bin run in a child process, for the end-to-end command tests: exit code,
 * stdout and stderr, never a throw. A run that does not end within `timeout` is killed and fails
 * the test (a hang is a bug, spec/cli.md).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';

export const BIN = join(import.meta.dirname, '../../bin/upki-revoke.mjs');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A runner of the bin in `cwd`. */
export function cliIn(cwd: string, timeout = 60_000): (...args: string[]) => Promise<CliResult> {
  return async (...args) => {
    try {
      const r = await run(process.execPath, [BIN, ...args], { cwd, timeout });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const x = e as CliResult & { killed?: boolean };
      expect(x.killed ?? false).toBe(false);
      return { code: x.code, stdout: x.stdout, stderr: x.stderr };
    }
  };
}

/** SHA-256 of a file, to show an input was not changed. */
export const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
