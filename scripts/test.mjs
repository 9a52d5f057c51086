// Runs every test suite (type check, lint, unit and component tests with vitest, browser tests
// with Playwright against the production build) and prints one closing line for all of them:
// `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-results');
mkdirSync(out, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function step(name, cmd, args) {
  const status = run(name, cmd, args);
  if (status === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`✗ ${name} failed (exit ${status})`);
  }
}

step('generated data, command line and assets', 'node', ['scripts/build-cli.mjs']);
step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['biome', 'check', 'src', 'test', 'scripts']);
// The production build comes first: the manifest tests check every page and icon it names.
const hasBuild = existsSync(join(root, 'webpack.config.js'));
if (hasBuild) {
  step('production build', 'npm', ['run', 'build', '--silent']);
  // Fails when a page's first load grows past its budget (gzipped JavaScript: 150 KB by default,
  // the panes' own budgets in scripts/size.mjs).
  step('first-load size budget', 'node', ['scripts/size.mjs']);
}

const vitestJson = join(out, 'vitest.json');
run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else {
  totals.failed += 1;
  console.log('✗ vitest wrote no results');
}

const browserDir = join(root, 'test/browser');
const noChromium = missingChromium();
if (noChromium && existsSync(browserDir)) {
  totals.failed += 1;
  console.log(`\n✗ browser tests not run\n${noChromium}`);
} else if (existsSync(browserDir) && readdirSync(browserDir).some((f) => f.endsWith('.spec.ts'))) {
  const pwJson = join(out, 'playwright.json');
  run('browser tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats;
    totals.passed += s.expected + (s.flaky ?? 0);
    totals.failed += s.unexpected;
    totals.skipped += s.skipped;
  } else {
    totals.failed += 1;
    console.log('✗ playwright wrote no results');
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
