// Excel pane figures (printed, never asserted): time from loading the pane to its first findings,
// in Debian's headless Chromium against the production build (dist/, built when missing), with
// the fake Excel host of test/browser/fake-host.ts (the example-like form with four errors) and
// office.js served from @microsoft/office-js. Each run is a new browser context (cold cache).
//   npm run bench -- excel-pane
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveDist } from '../scripts/serve-dist.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const root = process.cwd();
if (!existsSync(join(root, 'dist/excel-taskpane.html'))) {
  console.log('building dist/ …');
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
}

const fakeHost =
  buildSync({ entryPoints: [join(root, 'test/browser/fake-host.ts')], bundle: true, format: 'iife', write: false, logLevel: 'error' })
    .outputFiles[0]?.text ?? '';
const officeJs = Buffer.concat([
  readFileSync(join(root, 'node_modules/@microsoft/office-js/dist/office.js')),
  Buffer.from(`\n;${fakeHost}\n`),
]);

const port = 20_000 + Math.floor(Math.random() * 20_000);
const server = await serveDist({ port, dir: join(root, 'dist') });
const home = mkdtempSync(join(tmpdir(), 'upki-bench-'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
});

interface Run {
  domContentLoaded: number;
  firstFindings: number;
}
const runs: Run[] = [];
try {
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 } });
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
    );
    await context.route('https://appsforoffice.microsoft.com/lib/1/hosted/**', (route) => {
      const rel = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
      if (rel === 'office.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
      const file = join(root, 'node_modules/@microsoft/office-js/dist', rel);
      return existsSync(file)
        ? route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) })
        : route.fulfill({ status: 404 });
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/excel-taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName('upki:first-findings').length > 0, null, { timeout: 30_000 });
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
        firstFindings: performance.getEntriesByName('upki:first-findings')[0]?.startTime ?? Number.NaN,
      };
    });
    if (i > 0) runs.push(r); // the first run warms up the browser process
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const fmt = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`Excel pane, fake host, headless Chromium, ${runs.length} cold runs (navigation start = 0):`);
console.log(`  DOMContentLoaded:          ${fmt(runs.map((r) => r.domContentLoaded))}`);
console.log(`  pane load → first findings: ${fmt(runs.map((r) => r.firstFindings))}`);
