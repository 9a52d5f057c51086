/**
 * Runs the real command line in its own process and reports its exit code, output, wall time and
 * peak resident memory (the kernel's VmHWM of the process, read by a preloaded script as it exits):
 * every copy counts, native ones too. Not getrusage's maxRSS: on Linux a child keeps its parent's
 * high-water mark across fork and exec, so a large test worker would show in every child.
 * Used by the hostile-input tests (workbooks, PDFs) and the benches.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const BIN = join(import.meta.dirname, '../../bin/upki-revoke.mjs');
const PEAK = join(mkdtempSync(join(tmpdir(), 'upki-peak-')), 'peak.cjs');
writeFileSync(
  PEAK,
  [
    "process.on('exit', () => {",
    '  let kb = process.resourceUsage().maxRSS;',
    "  try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}",
    "  process.stderr.write('\\nPEAK_RSS_KB ' + kb + '\\n');",
    '});',
    '',
  ].join('\n'),
);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  peakKB: number;
  ms: number;
}

export async function runCliMeasured(args: string[]): Promise<CliRun> {
  const t = performance.now();
  let r: { code: number; stdout: string; stderr: string };
  try {
    r = {
      code: 0,
      ...(await run(process.execPath, ['--require', PEAK, BIN, ...args], { maxBuffer: 16 * 1024 * 1024 })),
    };
  } catch (e) {
    r = e as { code: number; stdout: string; stderr: string };
  }
  const ms = performance.now() - t;
  const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr);
  return { ...r, peakKB: Number(peak?.[1] ?? Number.NaN), ms };
}
