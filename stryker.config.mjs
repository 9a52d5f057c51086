// Mutation testing of the PDF checker (`npm run mutate`, not part of `npm test`). Scoped to the
// modules that decide a verdict: the allowed-update rules, the verdict, DocMDP, signature discovery,
// the byte-range checks, the bounds and the signer's path validation (path.ts, signer-trust.ts,
// ess.ts). Generated tables and pure formatting (messages) are left out. Narrow it with e.g.
// `nice npx stryker run --mutate src/pdf/diff/dss.ts` (docs/pdf.md, Mutation testing).
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
    'src/pdf/verify.ts:101-164',
    'src/pdf/verify.ts:87-99',
    // RFC 5280 path validation and the signer's certificate rules.
    'src/pdf/path.ts',
    'src/pdf/signer-trust.ts',
    'src/pdf/ess.ts',
    // The panes' incremental hasher of the signed ranges.
    'src/pdf/hash.ts',
  ],
  concurrency: 1,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  timeoutMS: 60_000,
  ignorePatterns: ['build', 'dist', '.tmp', 'coverage'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.tmp/mutation/pdf.json' },
  tempDirName: '.tmp/stryker',
  cleanTempDir: true,
};
