// Where the browser tests find Chromium, and what to say when it is not there (instead of
// Playwright's raw launch error). Used by scripts/test.mjs and playwright.config.ts.
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The Debian packages the tests need (as .ci/run installs them). */
export const TEST_PACKAGES = 'chromium poppler-utils libnss3-tools openssl fonts-noto-cjk';

/** The message for a missing Chromium, or null when it is there. */
export function missingChromium(path = CHROMIUM_PATH) {
  if (existsSync(path)) return null;
  return [
    `ブラウザーテストに使う Chromium が見つかりません（${path}）。次のコマンドで入れてください:`,
    `Chromium for the browser tests was not found (${path}). Install it with:`,
    '',
    `  sudo apt-get install ${TEST_PACKAGES}`,
    '',
    '別の場所の Chromium を使う場合は CHROMIUM_PATH=/path/to/chromium を指定してください。',
    'To use a Chromium elsewhere, set CHROMIUM_PATH=/path/to/chromium.',
  ].join('\n');
}
