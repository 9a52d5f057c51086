/**
 * The panes as an officer first sees them, at 350 px (the narrowest task pane), for the docs:
 * the standalone Excel pane with fix candidates, the Outlook read pane outside Outlook (its file
 * picker and a form with errors), and the compose pane. Written to test-results/screenshots/; with
 * UPKI_UPDATE_DOCS_IMAGES=1 also to docs/images/ (fonts-noto-cjk for the Japanese text).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { offlineOffice } from './support';

const root = new URL('../..', import.meta.url).pathname;
const SHOTS = 'test-results/screenshots';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test.use({ viewport: { width: 350, height: 760 } });

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}/${name}`;
  await page.screenshot({ path, fullPage: true });
  if (process.env.UPKI_UPDATE_DOCS_IMAGES === '1') copyFileSync(path, join(root, 'docs/images', name));
}

/** The example form with the mistakes of a first try: 髙, half-width katakana, a full-width e-mail. */
async function formWithMistakes(): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(root, 'assets/example-form.xlsx')) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('失効申請書');
  if (!ws) throw new Error('no sheet');
  const changes: Record<string, string> = {
    '申請 太郎': '髙橋 一郎',
    情報基盤センター: 'ｼﾞｮｳﾎｳｷﾊﾞﾝｾﾝﾀｰ',
    'taro.shinsei@univ.example.ac.jp': 'ｔａｒｏ．ｓｈｉｎｓｅｉ＠ｕｎｉｖ．ｅｘａｍｐｌｅ．ａｃ．ｊｐ',
  };
  let changed = 0;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const to = changes[String(cell.value)];
      if (to) {
        cell.value = to;
        changed++;
      }
    }),
  );
  expect(changed).toBeGreaterThanOrEqual(3);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test.beforeEach(async ({ page, context }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'));
  await offlineOffice(context); // office.js alone: outside Office
});

test('Excel pane, standalone: each fix shows its candidate value', async ({ page }) => {
  await page.goto('excel-taskpane.html');
  await page.getByTestId('file-input').setInputFiles({
    name: '失効申請書 初回.xlsx',
    mimeType: XLSX,
    buffer: await formWithMistakes(),
  });
  const candidates = page.getByTestId('fix-candidate');
  await expect(candidates.first()).toBeVisible({ timeout: 20_000 });
  await expect(candidates).toContainText([
    /修正案「高橋 一郎」/,
    /修正案「ジョウホウキバンセンター」/,
    /修正案「taro/,
  ]);
  await shoot(page, 'excel-standalone.png');
});

test('Outlook read pane, outside Outlook: offers a picker, and a bad form points at it', async ({ page }) => {
  await page.goto('outlook-read.html');
  await expect(page.getByTestId('read-pick')).toHaveText('申請書ファイルを選ぶ');
  await page.getByTestId('read-form-input').setInputFiles({
    name: '失効申請書 初回.xlsx',
    mimeType: XLSX,
    buffer: await formWithMistakes(),
  });
  await expect(page.getByTestId('blocked')).toContainText('「申請書ファイルを選ぶ」で選び直してください', {
    timeout: 20_000,
  });
  await shoot(page, 'outlook-read-standalone.png');
});

test('Outlook compose pane, outside Outlook', async ({ page }) => {
  await page.goto('outlook-compose.html');
  await page.getByTestId('form-input').setInputFiles({
    name: '失効申請書.xlsx',
    mimeType: XLSX,
    buffer: readFileSync(join(root, 'assets/example-form.xlsx')),
  });
  await expect(page.getByTestId('form-result').getByTestId('summary')).toBeVisible({ timeout: 20_000 });
  await shoot(page, 'outlook-compose.png');
});
