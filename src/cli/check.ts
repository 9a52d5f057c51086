/** `upki-revoke check FORM.xlsx [--profile PROFILE.json] [--today YYYY-MM-DD] [--json]` */
import { inflateRawSync } from 'node:zlib';
import { checkGrid } from '../form/check';
import { parseIsoDate } from '../form/text';
import type { CheckReport, LocalDate, Profile } from '../form/types';
import { MAX_WORKBOOK_BYTES, readWorkbook } from '../workbook/read';
import { type ParsedArgs, parseArgs, UsageError, usageError } from './args';
import { loadExcelJSForNode } from './exceljs';
import { type CliIO, InputError, readInputFile } from './io';
import { text } from './messages';
import { formatCheckReport } from './report';

export const CHECK_USAGE =
  'upki-revoke check FORM.xlsx [--profile PROFILE.json] [--today YYYY-MM-DD] [--json]';

/** Reads `--profile` and `--today` (shared with `mail`). Throws UsageError with a bilingual text. */
export async function readCheckOptions(
  args: ParsedArgs,
  io: CliIO,
): Promise<{ today?: LocalDate; profile?: Profile }> {
  const out: { today?: LocalDate; profile?: Profile } = {};
  const today = args.one('--today');
  if (today !== undefined) {
    const d = parseIsoDate(today);
    if (!d) throw UsageError.of(text('cli.today-format', { value: today }));
    out.today = d;
  }
  const profilePath = args.one('--profile');
  if (profilePath !== undefined) out.profile = await readProfile(profilePath, io);
  return out;
}

export async function readProfile(path: string, io: CliIO): Promise<Profile> {
  let json: string;
  try {
    json = new TextDecoder().decode(await io.readFile(path));
  } catch {
    throw UsageError.of(text('cli.profile.unreadable', { path }), 'input.profile');
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw UsageError.of(
      text('cli.profile.not-json', { path, detail: (e as Error).message }),
      'input.profile',
    );
  }
  const problem = profileProblem(data);
  if (problem) {
    throw UsageError.of(text('cli.profile.invalid', { path, problem }), 'input.profile');
  }
  return data as Profile;
}

const STRING_KEYS = ['institutionName', 'address', 'organization', 'locality', 'state'] as const;
const OFFICER_KEYS = ['name', 'email', 'phone', 'department'] as const;

/** Why a parsed JSON value is not a profile (spec/form.md §4), or undefined. */
export function profileProblem(data: unknown): { ja: string; en: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return text('cli.profile.not-object');
  }
  const o = data as Record<string, unknown>;
  for (const k of STRING_KEYS) {
    if (o[k] !== undefined && typeof o[k] !== 'string') return text('cli.profile.not-string', { key: k });
  }
  const extra = o.extraEntityPrefixes;
  if (extra !== undefined && (!Array.isArray(extra) || extra.some((x) => typeof x !== 'string'))) {
    return text('cli.profile.prefixes-not-strings');
  }
  const officer = o.officer;
  if (officer !== undefined) {
    if (typeof officer !== 'object' || officer === null || Array.isArray(officer)) {
      return text('cli.profile.officer-not-object');
    }
    for (const k of OFFICER_KEYS) {
      const v = (officer as Record<string, unknown>)[k];
      if (v !== undefined && typeof v !== 'string')
        return text('cli.profile.not-string', { key: `officer.${k}` });
    }
  }
  return undefined;
}

/** Reads and checks a workbook file; WorkbookError for unreadable input. */
export async function checkFile(
  path: string,
  io: CliIO,
  options: { today?: LocalDate; profile?: Profile },
): Promise<{ bytes: Uint8Array; report: CheckReport }> {
  const bytes = await readInputFile(io, path, { maxBytes: MAX_WORKBOOK_BYTES });
  if (bytes instanceof InputError) throw bytes;
  const grid = await readWorkbook(bytes, {
    inflatedSize: zlibInflatedSize,
    inflateRaw: zlibInflateRaw,
    loadExcelJS: loadExcelJSForNode,
  });
  return { bytes, report: checkGrid(grid, { ...options, file: baseName(path) }) };
}

/** zlib's one-shot inflate, capped: much cheaper in Node than a DecompressionStream per part. */
export function zlibInflatedSize(data: Uint8Array, budget: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return budget + 1;
    throw e;
  }
}

/** zlib's one-shot inflate with a cap: the bytes, or undefined past `maxBytes`. */
export function zlibInflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw e;
  }
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['--profile', '--today'], flags: ['--json'] });
  const json = args.flag('--json');
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0) throw usageError(CHECK_USAGE);
  const options = await readCheckOptions(args, io);
  const { report } = await checkFile(file, io, options);
  if (json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(formatCheckReport(report));
  return report.summary.errors > 0 ? 1 : 0;
}
