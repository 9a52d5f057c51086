/** `upki-revoke template OUT.xlsx` */

import { parseArgs, UsageError } from './args';
import type { CliIO } from './io';

export const TEMPLATE_USAGE = 'upki-revoke template OUT.xlsx';

export async function templateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, {});
  const [out, ...extra] = args.positional;
  if (!out || extra.length > 0) throw new UsageError(`使い方: ${TEMPLATE_USAGE}`, `Usage: ${TEMPLATE_USAGE}`);
  const { buildTemplate } = await import('../workbook/template');
  const bytes = await buildTemplate();
  try {
    await io.writeFile(out, bytes);
  } catch (e) {
    io.stderr(
      `テンプレートを書き込めません: ${out}（${(e as Error).message}）\nCannot write the template to ${out}.\n`,
    );
    return 2;
  }
  io.stderr(`テンプレートを書き出しました / Template written: ${out}\n`);
  return 0;
}
