// Mutation testing of the PDF checker (`npm run mutate`, not part of `npm test`). Scoped to the
// modules that decide a verdict: the allowed-update rules, the verdict, DocMDP, signature discovery,
// the byte-range checks and the bounds. Generated tables and pure formatting (messages) are left out.
// Narrow it further with e.g. `npx stryker run --mutate src/pdf/diff/dss.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.pdf.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/pdf/diff/**/*.ts',
    'src/pdf/verdict.ts',
    'src/pdf/docmdp.ts',
    'src/pdf/signatures.ts',
    'src/pdf/limits.ts',
    // The byte-range and signature-wrapping checks of checkSignature.
    'src/pdf/verify.ts:100-161',
    'src/pdf/verify.ts:86-98',
  ],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.tmp/mutation/pdf.json' },
  tempDirName: '.tmp/stryker',
  cleanTempDir: true,
};
