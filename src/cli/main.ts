/** `upki-revoke`: the command line of spec/cli.md. */
import { stat } from 'node:fs/promises';
import { CHECK_USAGE } from './check';
import { describeError, errorLines } from './errors';
import { type CliIO, readFileCapped } from './io';
import { both, text } from './messages';
import { writeOutputFile } from './output';
import { TEMPLATE_USAGE } from './template';

const USAGE = `upki-revoke — ${both(text('cli.help.title'))}

${both(text('cli.help.usage'))}:
  ${CHECK_USAGE}
  upki-revoke verify-pdf FILE.pdf [--form FORM.xlsx] [--trust ROOT.pem]... [--today YYYY-MM-DD] [--json]
  ${TEMPLATE_USAGE}
  upki-revoke notice MAIL.eml [--form FORM.xlsx] [--json]
  upki-revoke mail --form FORM.xlsx --pdf FILE.pdf --identity-checked [--trust ROOT.pem]...
                   [--accept-unverified-pdf] [--profile PROFILE.json] [--cc-admin] [--today YYYY-MM-DD] [--out DRAFT.eml] [--force]

${both(text('cli.help.exit-codes'))}: 0 = OK, 1 = ${both(text('cli.help.exit.problems'))}, 2 = ${both(text('cli.help.exit.unreadable'))}
`;

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p, maxBytes) => readFileCapped(p, maxBytes),
  writeFile: (p, b, o) => writeOutputFile(p, b, o),
  fileSize: async (p) => (await stat(p)).size,
  isTTY: Boolean(process.stdout.isTTY),
};

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check')).checkCommand,
  template: async () => (await import('./template')).templateCommand,
  'verify-pdf': async () => (await import('./verify-pdf')).verifyPdfCommand,
  mail: async () => (await import('./mail')).mailCommand,
  notice: async () => (await import('./notice')).noticeCommand,
};

/** Runs a command; returns the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    const m = text('cli.unknown-command', { name });
    io.stderr(`${m.ja}\n${m.en}\n\n${USAGE}`);
    return 2;
  }
  // `upki-revoke check --help`: the usage, not "unknown option" (nor a file named -h).
  const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  if (options.includes('--help') || options.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const json = rest.includes('--json');
  try {
    const command = await load();
    return await command(rest, io);
  } catch (e) {
    const { code, ja, en } = describeError(e);
    if (json) io.stdout(`${JSON.stringify({ error: { code, message: { ja, en } } }, null, 2)}\n`);
    io.stderr(errorLines({ ja, en }));
    return 2;
  }
}
