// The PDF checker's tests only: what `npm run mutate` (Stryker) runs against each mutant.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/pdf/**/*.test.ts'],
    // Builds every input of the suite to check message coverage: it would run for every mutant.
    exclude: ['test/pdf/messages.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
