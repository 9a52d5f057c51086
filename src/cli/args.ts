/** A small, strict argument parser: unknown options are errors, not silently ignored. */
import { text } from './messages';

export class UsageError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    readonly code = 'usage',
  ) {
    super(en);
    this.name = 'UsageError';
  }

  /** A UsageError with a catalog message. */
  static of(message: { ja: string; en: string }, code = 'usage'): UsageError {
    return new UsageError(message.ja, message.en, code);
  }
}

/** 「使い方: …」: the usage line of a command as a UsageError. */
export function usageError(usage: string): UsageError {
  return UsageError.of(text('cli.usage', { usage }));
}

export interface ParsedArgs {
  positional: string[];
  flag(name: string): boolean;
  /** The last value of an option given once (or undefined). */
  one(name: string): string | undefined;
  /** Every value of a repeatable option. */
  all(name: string): string[];
}

export interface ArgSpec {
  values?: string[];
  flags?: string[];
  /** Old option names still accepted: alias → current name (e.g. `--accept-unsigned`). */
  aliases?: Record<string, string>;
}

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const given = eq > 0 ? a.slice(0, eq) : a;
      const name = spec.aliases?.[given] ?? given;
      if (spec.flags?.includes(name)) {
        if (eq > 0) throw UsageError.of(text('cli.args.no-value-taken', { option: name }));
        flags.add(name);
      } else if (spec.values?.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw UsageError.of(text('cli.args.value-needed', { option: name }));
        values.set(name, [...(values.get(name) ?? []), value]);
      } else {
        throw UsageError.of(text('cli.args.unknown-option', { option: given }));
      }
    } else if (/^-[^-]/.test(a)) {
      // A short option (-o, -h, -f): none exists, and it must not be taken for a file name.
      throw UsageError.of(text('cli.args.unknown-option', { option: a }));
    } else {
      positional.push(a);
    }
  }
  return {
    positional,
    flag: (n) => flags.has(n),
    one: (n) => values.get(n)?.at(-1),
    all: (n) => values.get(n) ?? [],
  };
}
