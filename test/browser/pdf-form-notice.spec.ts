/**
 * The compose pane's PDF preview and text cross-check, and the read pane's completion notice, in
 * Debian's Chromium against dist/: pdf.js loads only when a PDF is checked, its worker from our own
 * origin; page 1 is drawn on a canvas scaled to the pane; a PDF of another form makes the checklist
 * item an error. The notice: a saved .eml (ISO-2022-JP, S/MIME-signed) parsed in the page, then
 * compared with the form. Screenshots in test-results/screenshots/; with UPKI_UPDATE_DOCS_IMAGES=1
 * also in docs/images/ (a test run never changes a tracked file otherwise).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { exampleCerts, noticeMail } from '../mail/notice-fixtures';
import { formPdf } from '../pdf-form/make-pdf';
import { bundleForPage, isLocal, offlineOffice, recordRequests, runAxe } from './support';

const FAKE_HOST = bundleForPage('test/browser/fake-outlook-host.ts');
const SHOTS = 'test-results/screenshots';
// docs/images/ is rewritten only on request, as in docs-screenshots.spec.ts.
const UPDATE_DOCS = process.env.UPKI_UPDATE_DOCS_IMAGES === '1';
const root = new URL('../..', import.meta.url).pathname;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const exampleForm = readFileSync(join(root, 'assets/example-form.xlsx'));
const NAME = '学校法人申請学園 申請大学';
const SERIALS = ['4B3A21F0C9D8E7F6A5B4C3D2E1F00123', '0A1B2C3D4E5F60718293A4B5C6D7E8F9'];

async function openCompose(page: Page) {
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'));
  await page.addInitScript(
    (o) => {
      (window as unknown as { __fakeOutlookOptions: unknown }).__fakeOutlookOptions = o;
    },
    { mode: 'compose', bodyType: 'html' },
  );
  await offlineOffice(page.context(), FAKE_HOST);
  await page.goto('outlook-compose.html');
}

/** Whether the canvas has drawn (non-white) pixels, and its size against the pane. */
const canvasInfo = (page: Page) =>
  page.getByTestId('pdf-canvas').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d');
    const d = ctx?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if ((d[i] as number) < 128) dark++;
    return { dark, cssWidth: c.getBoundingClientRect().width, paneWidth: document.body.clientWidth };
  });

test.describe('compose pane: PDF preview and the form cross-check', () => {
  test('the PDF of the form: page 1 drawn, text matches, pdf.js only after the pick', async ({ page }) => {
    const requests = recordRequests(page);
    await openCompose(page);
    await expect(page.getByTestId('form-input')).toBeAttached();
    // pdf.js is not in the first load: no script loaded so far holds it, nor the worker.
    const hasPdfJs = (urls: string[]) =>
      urls
        .filter((u) => isLocal(u) && u.endsWith('.js'))
        .some((u) => readFileSync(join(root, 'dist', new URL(u).pathname)).includes('GlobalWorkerOptions'));
    const firstLoad = [...requests];
    expect(firstLoad.some((u) => u.endsWith('.js'))).toBe(true);
    expect(hasPdfJs(firstLoad)).toBe(false);
    expect(firstLoad.some((u) => u.includes('pdf.worker'))).toBe(false);
    await page
      .getByTestId('form-input')
      .setInputFiles({ name: '申請書.xlsx', mimeType: XLSX, buffer: exampleForm });
    const pdf = Buffer.from(await formPdf({ institutionName: NAME, serials: SERIALS }, { mode: 'glyphs' }));
    await page
      .getByTestId('pdf-input')
      .setInputFiles({ name: '申請書.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByTestId('pdf-preview')).toHaveAttribute('data-state', 'shown', { timeout: 20_000 });
    await expect(page.getByTestId('pdf-form')).toHaveAttribute('data-match', 'same');
    const info = await canvasInfo(page);
    expect(info.dark).toBeGreaterThan(500); // text was drawn
    expect(info.cssWidth).toBeGreaterThan(info.paneWidth * 0.7); // scaled to the pane
    expect(info.cssWidth).toBeLessThanOrEqual(info.paneWidth);
    // The worker came from our origin; nothing else left the machine.
    expect(requests.some((u) => isLocal(u) && u.endsWith('/pdf.worker.min.js'))).toBe(true);
    expect(hasPdfJs(requests)).toBe(true); // loaded on demand
    expect(
      requests.filter((u) => !isLocal(u) && !u.startsWith('https://appsforoffice.microsoft.com/')),
    ).toEqual([]);
    await expect(page.getByTestId('checklist')).toContainText('PDFが申請書と同じ内容');
    await page.getByTestId('pdf-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/outlook-pdf-preview.png`, fullPage: true });
    if (UPDATE_DOCS)
      await page.getByTestId('pdf-preview').screenshot({ path: 'docs/images/outlook-pdf-preview.png' });
    expect(await runAxe(page)).toEqual([]);
  });

  test('the PDF of another form: mismatch shown, the checklist item is an error', async ({ page }) => {
    await openCompose(page);
    await page
      .getByTestId('form-input')
      .setInputFiles({ name: '申請書.xlsx', mimeType: XLSX, buffer: exampleForm });
    const other = Buffer.from(
      await formPdf({ institutionName: '国立大学法人別大学', serials: ['7F6E5D4C3B2A1908'] }),
    );
    await page
      .getByTestId('pdf-input')
      .setInputFiles({ name: '別.pdf', mimeType: 'application/pdf', buffer: other });
    await expect(page.getByTestId('pdf-form')).toHaveAttribute('data-match', 'mismatch', { timeout: 20_000 });
    await expect(page.getByTestId('pdf-form')).toContainText('PDFに申請書の内容が見つかりません');
    await expect(page.locator('[data-id="pdfForm"]')).toHaveAttribute('data-state', 'error');
  });
});

test.describe('read pane: completion notice', () => {
  test('a saved notice lists the revoked certificates; the form marks one still missing', async ({
    page,
  }) => {
    page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
    await offlineOffice(page.context()); // office.js without a host: standalone
    await page.goto('outlook-read.html');
    const eml = Buffer.from(noticeMail({ certs: exampleCerts(1), signed: true, enc: 'iso-2022-jp' }));
    await page
      .getByTestId('notice-eml-input')
      .setInputFiles({ name: '通知.eml', mimeType: 'message/rfc822', buffer: eml });
    const list = page.getByTestId('notice-certificates');
    await expect(list).toContainText(SERIALS[0] as string);
    await expect(list).toContainText(BigInt(`0x${SERIALS[0]}`).toString(10));
    await expect(list).toContainText('CN=Shinsei University');
    await page
      .getByTestId('notice-form-input')
      .setInputFiles({ name: '申請書.xlsx', mimeType: XLSX, buffer: exampleForm });
    const form = page.getByTestId('notice-form');
    await expect(form).toHaveAttribute('data-complete', 'false');
    await expect(form.locator(`[data-serial="${SERIALS[0]}"]`)).toHaveAttribute('data-status', 'revoked');
    await expect(form.locator('[data-serial="A1B2C3D4E5F60718293A4B5C6D7E8F9"]')).toHaveAttribute(
      'data-status',
      'missing',
    );
    await page.screenshot({ path: `${SHOTS}/outlook-notice.png`, fullPage: true });
    if (UPDATE_DOCS)
      await page.getByTestId('notice-view').screenshot({ path: 'docs/images/outlook-notice.png' });
    expect(await runAxe(page)).toEqual([]);
  });
});
