/**
 * The Excel pane in Debian's Chromium against the production build (dist/): a fake Excel host
 * (test/fakes, appended to the real office.js served from @microsoft/office-js), no network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { bundleForPage, isLocal, OFFICE_CDN, offlineOffice, recordRequests, runAxe } from './support';

const FAKE_HOST = bundleForPage('test/browser/fake-host.ts');
const SHOTS = 'test-results/screenshots';
const root = new URL('../..', import.meta.url).pathname;
const C = (a1: string) => `失効申請書!${a1}`;

type Fake = {
  value(a: string): unknown;
  fill(a: string): string | null;
  selection: string;
  activeSheet: string;
  syncCount: number;
  userEdit(a: string, v: string): void;
};
const fake = <T>(page: Page, fn: (wb: Fake) => T) =>
  page.evaluate(`(${fn.toString()})(window.__fakeExcel)`) as Promise<T>;

test.beforeEach(async ({ page }) => {
  // The date rules use "today": pin it (timers keep running).
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'));
});

test.describe('in Excel (fake host)', () => {
  test.beforeEach(async ({ context }) => {
    await offlineOffice(context, FAKE_HOST);
  });

  test('checks the workbook, goes to a cell, fixes, undoes, clears highlights and re-checks live', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto('excel-taskpane.html');
    const findings = page.getByTestId('finding');
    await expect(findings).toHaveCount(4);
    await expect(page.getByTestId('summary')).toContainText('エラー 4 件');
    await expect(page.getByRole('heading', { name: '利用機関' })).toBeVisible();
    expect(await fake(page, (wb) => wb.fill('失効申請書!C5'))).toBe('#FFC7CE');
    await page.screenshot({ path: `${SHOTS}/excel-pane-findings.png`, fullPage: true });

    // Click a finding: its sheet is activated, then the cell selected.
    await page
      .locator(`[data-cell="${C('F23')}"] button`)
      .first()
      .click();
    await expect
      .poll(() => fake(page, (wb) => [wb.activeSheet, wb.selection]))
      .toEqual(['失効申請書', C('F23')]);

    // One fix: previewed, applied, re-checked; the cell gets its own fill back.
    await page
      .locator(`[data-cell="${C('C11')}"]`)
      .getByTestId('fix')
      .click();
    const preview = page.getByTestId('fix-preview');
    await expect(preview).toContainText('髙橋 一郎');
    await expect(preview).toContainText('高橋 一郎');
    await page.screenshot({ path: `${SHOTS}/excel-pane-fix-preview.png`, fullPage: true });
    await page.getByTestId('apply-fix').click();
    await expect.poll(() => fake(page, (wb) => wb.value('失効申請書!C11'))).toBe('高橋 一郎');
    await expect(findings).toHaveCount(3);
    expect(await fake(page, (wb) => wb.fill('失効申請書!C11'))).toBe('#00B0F0');

    // Undo from the pane.
    await page.getByRole('button', { name: '元に戻す' }).click();
    await expect.poll(() => fake(page, (wb) => wb.value('失効申請書!C11'))).toBe('髙橋 一郎');
    await expect(findings).toHaveCount(4);

    // All safe fixes at once.
    await page.getByRole('button', { name: /安全な修正をすべて適用/ }).click();
    await expect(page.getByTestId('fix-preview').locator('tbody tr')).toHaveCount(3);
    await page.getByTestId('apply-fix').click();
    await expect(findings).toHaveCount(1);
    expect(await fake(page, (wb) => [wb.value('失効申請書!C5'), wb.value('失効申請書!F23')])).toEqual([
      '学校法人申請学園 申請大学',
      'JP',
    ]);
    await expect(findings.first()).toHaveAttribute('data-rule', 'email.format');
    expect(await fake(page, (wb) => wb.fill('失効申請書!C20'))).toBe('#FFC7CE');

    // Clear highlights: every cell has its original fill again.
    await page.getByRole('button', { name: 'ハイライト解除' }).click();
    await expect(page.getByTestId('notice')).toContainText('元の書式に戻しました');
    expect(
      await fake(page, (wb) => ['C5', 'C11', 'C20', 'F23'].map((a) => wb.fill(`失効申請書!${a}`))),
    ).toEqual([null, '#00B0F0', null, null]);

    // Live re-check as the user types (turned off by clearing; turn it on again).
    await page.getByLabel('入力に合わせて再検査').check();
    await fake(page, (wb) => wb.userEdit('失効申請書!C20', 'hanako.kanri@univ.example.ac.jp'));
    await expect(page.getByTestId('summary')).toContainText('問題は見つかりませんでした');
    await expect(findings).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/excel-pane-clean.png`, fullPage: true });

    const offMachine = requests.filter((u) => !isLocal(u) && !u.startsWith(OFFICE_CDN));
    expect(offMachine).toEqual([]);
  });

  test('has no serious or critical accessibility violation', async ({ page }) => {
    await page.goto('excel-taskpane.html');
    await expect(page.getByTestId('finding')).toHaveCount(4);
    await page
      .locator(`[data-cell="${C('C11')}"]`)
      .getByTestId('fix')
      .click();
    const violations = await runAxe(page);
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  });

  test('is keyboard usable: Tab reaches a finding and Enter goes to its cell', async ({ page }) => {
    await page.goto('excel-taskpane.html');
    await expect(page.getByTestId('finding')).toHaveCount(4);
    const target = page.locator(`[data-cell="${C('C5')}"] button`).first();
    for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => fake(page, (wb) => wb.selection)).toBe(C('C5'));
  });

  test('English and dark when Office says so', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __fakeOptions: unknown }).__fakeOptions = {
        displayLanguage: 'en-US',
        dark: true,
      };
    });
    await page.goto('excel-taskpane.html');
    await expect(page.getByTestId('finding')).toHaveCount(4);
    await expect(page.getByTestId('summary')).toContainText('4 errors');
    await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
    const bg = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: `${SHOTS}/excel-pane-en-dark.png`, fullPage: true });
    const violations = await runAxe(page);
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  });

  test('waits for a slow Office start instead of turning standalone', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __fakeOptions: unknown }).__fakeOptions = { readyDelayMs: 6000 };
    });
    await page.goto('excel-taskpane.html');
    await page.waitForTimeout(4500); // past the 4 s after which the old pane gave up on Office
    await expect(page.getByText('Office の外で開いています')).toHaveCount(0);
    await expect(page.getByTestId('finding')).toHaveCount(4, { timeout: 15_000 });
    await expect(page.getByText('Office の外で開いています')).toHaveCount(0);
  });

  test('each page carries the Content-Security-Policy', async ({ page }) => {
    for (const p of ['excel-taskpane.html', 'excel-commands.html']) {
      await page.goto(p);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      expect(csp).toContain("connect-src 'self'");
    }
  });
});

test.describe('standalone (outside Office)', () => {
  test.beforeEach(async ({ context }) => {
    await offlineOffice(context); // the real office.js alone: Office.onReady gives no host
  });

  test('opens the bundled example, then a file with errors', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('excel-taskpane.html');
    await expect(page.getByText('Office の外で開いています')).toBeVisible();
    await page.getByRole('button', { name: '記入例を開く' }).click();
    await expect(page.getByTestId('summary')).toContainText('問題は見つかりませんでした', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('summary')).toContainText('example-form.xlsx');

    // A form with errors, made from the example with exceljs.
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(root, 'assets/example-form.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets.find((w) => w.name === '失効申請書') ?? wb.worksheets[0];
    let replaced = 0;
    ws?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '学校法人申請学園 申請大学') {
          cell.value = '(学)申請学園 申請大学';
          replaced++;
        }
      }),
    );
    expect(replaced).toBe(1);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    await page.getByTestId('file-input').setInputFiles({
      name: '失効申請書 エラーあり.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await expect(page.locator('[data-rule="institution.abbreviation"]')).toBeVisible();
    await expect(page.getByTestId('summary')).toContainText('エラー 1 件');
    // No fix buttons: a picked file is never rewritten.
    await expect(page.getByTestId('fix')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '申請書ファイルを開く' })).toBeEnabled();
    await page.screenshot({ path: `${SHOTS}/excel-pane-standalone.png`, fullPage: true });

    // A file that is not a workbook.
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'x.xlsx', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByTestId('notice')).toContainText('.xlsx');

    const offMachine = requests.filter((u) => !isLocal(u) && !u.startsWith(OFFICE_CDN));
    expect(offMachine).toEqual([]);
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
