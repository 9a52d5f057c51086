/** A small, strict argument parser: unknown options are errors, not silently ignored. */

export class UsageError extends Error {
  constructor(
    readonly ja: string,
    readonly en: string,
    readonly code = 'usage',
  ) {
    super(en);
    this.name = 'UsageError';
  }
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
        if (eq > 0) throw new UsageError(`${name} は値を取りません。`, `${name} takes no value.`);
        flags.add(name);
      } else if (spec.values?.includes(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined)
          throw new UsageError(`${name} に値を指定してください。`, `${name} needs a value.`);
        values.set(name, [...(values.get(name) ?? []), value]);
      } else {
        throw new UsageError(`不明なオプション: ${name}`, `Unknown option: ${name}`);
      }
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
