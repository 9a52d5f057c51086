// The PDF checker's tests only: what `npm run mutate` (Stryker) runs against each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests that decide verdicts. Left out, because each would run for nearly every mutant and
    // adds little: messages.test.ts (builds every input of the suite), units.test.ts (property
    // tests over random bytes), hostile.test.ts (inflates 60 MB bombs), verify.test.ts (runs pdfsig
    // per fixture) and cli.test.ts. Mutating limits.ts or the byte-range checks needs them: add
    // them back for that run.
    include: ['test/pdf/diff.test.ts', 'test/pdf/attacks.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
