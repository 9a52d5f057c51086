// The PDF checker's tests only: what `npm run mutate` (Stryker, stryker.config.mjs) runs against each
// mutant. With `coverageAnalysis: 'perTest'` each mutant runs only the tests that reach it, so one list
// serves every mutated module.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests that decide verdicts: the rules and attacks, units.test.ts (pdfVerdictAcceptable and
    // the small parsers, 3 s), verify.test.ts (the byte-range, USF and wrapping cases, 5 s; without
    // it every byte-range check in verify.ts survives), byterange.test.ts (each byte-range rule's own
    // reason), and for the signer's path code signer-cert.test.ts (the certificate rule table) and
    // path.test.ts (RFC 5280 path validation). Left out, because each would run for nearly every
    // mutant and adds little: messages.test.ts (builds every input of the suite), hostile.test.ts
    // (inflates 60 MB bombs) and cli.test.ts; limits.ts's bounds are killed by inflated-cap.test.ts,
    // which charges each bound directly.
    include: [
      'test/pdf/diff.test.ts',
      'test/pdf/diff-appended.test.ts',
      'test/pdf/signatures.test.ts',
      'test/pdf/attacks.test.ts',
      'test/pdf/units.test.ts',
      'test/pdf/verify.test.ts',
      'test/pdf/byterange.test.ts',
      'test/pdf/signer-cert.test.ts',
      'test/pdf/path.test.ts',
      // Files we did not write (Adobe Reader's second signatures), the inflate cap, the panes' hasher.
      'test/pdf/external.test.ts',
      'test/pdf/inflated-cap.test.ts',
      'test/pdf/pane-hasher.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
