/** `upki-revoke template OUT.xlsx [--force]` */

import { parseArgs, UsageError, usageError } from './args';
import type { CliIO } from './io';
import { text } from './messages';
import { unwritable } from './output';

export const TEMPLATE_USAGE = 'upki-revoke template OUT.xlsx [--force]';

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { flags: ['--force'] });
  const [out, ...extra] = args.positional;
  if (!out || extra.length > 0) throw usageError(TEMPLATE_USAGE);
  const { buildTemplate } = await import('../workbook/template');
  const bytes = await buildTemplate();
  try {
    await io.writeFile(out, bytes, { overwrite: args.flag('--force'), hint: '--force' });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw unwritable(out, e);
  }
  const m = text('cli.template.written', { path: out });
  io.stderr(`${m.ja}\n${m.en}\n`);
  return 0;
}
