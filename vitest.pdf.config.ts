// The PDF checker's tests only: what `npm run mutate` (Stryker) runs against each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests that decide verdicts: the rules and attacks, units.test.ts (pdfVerdictAcceptable and
    // the small parsers, 3 s) and verify.test.ts (the byte-range, USF and wrapping cases, 5 s; without
    // it every byte-range check in verify.ts survives). Left out, because each would run for nearly
    // every mutant and adds little: messages.test.ts (builds every input of the suite),
    // hostile.test.ts (inflates 60 MB bombs) and cli.test.ts. Mutating limits.ts needs them: add
    // them back for that run.
    include: [
      'test/pdf/diff.test.ts',
      'test/pdf/attacks.test.ts',
      'test/pdf/units.test.ts',
      'test/pdf/verify.test.ts',
      'test/pdf/byterange.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
