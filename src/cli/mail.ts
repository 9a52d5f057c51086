// PLACEHOLDER written by the lead so the CLI bundles; the helper that owns this command replaces this file.
import type { CliIO } from './io';

export async function mailCommand(_args: string[], io: CliIO): Promise<number> {
  io.stderr('not implemented yet\n');
  return 2;
}
