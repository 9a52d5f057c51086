// Browser tests in Debian's Chromium (/usr/bin/chromium; no browser download) against the
// production build in dist/, served on 127.0.0.1 by scripts/serve-dist.mjs.
// `npm test` runs `npm run build` first; alone: `npm run build && npx playwright test`.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH, missingChromium } from './scripts/chromium.mjs';

// Without Chromium, say how to install it rather than let the launch fail with a raw error.
const noChromium = missingChromium();
if (noChromium) {
  console.error(`\n${noChromium}\n`);
  process.exit(1);
}

// A port per run (several runs may share the machine); workers inherit it through the environment.
process.env.UPKI_TEST_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const PORT = Number(process.env.UPKI_TEST_PORT);
// The browser gets its own HOME and XDG dirs, so it writes nothing into the user's home.
process.env.UPKI_BROWSER_HOME ??= mkdtempSync(join(tmpdir(), 'upki-chromium-'));
const home = process.env.UPKI_BROWSER_HOME;
for (const d of ['config', 'cache', 'data']) mkdirSync(join(home, d), { recursive: true });

export default defineConfig({
  testDir: 'test/browser',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [
    ['list'],
    // scripts/test.mjs sets PLAYWRIGHT_JSON_OUTPUT_NAME; alone, the JSON goes to test-results/.
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }],
  ],
  use: {
    browserName: 'chromium',
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 380, height: 900 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
      },
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/excel-taskpane.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
  },
});
