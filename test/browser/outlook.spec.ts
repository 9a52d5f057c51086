/**
 * The Outlook panes in Debian's Chromium against the production build (dist/): the real office.js
 * from @microsoft/office-js followed by a fake Outlook host (test/fakes/fake-mailbox.ts), no
 * network. Compose: pick both files, prepare, and check To, subject, body and the attached bytes;
 * a form with errors blocks preparation. Read: a received form is checked and the submission
 * started. axe-core on both. Screenshots in test-results/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { buildSubject } from '../../src/mail/subject';
import type { FakeOutlook } from '../fakes/fake-mailbox';
import { tinyPdf } from '../fakes/tiny-pdf';
import { bundleForPage, isLocal, offlineOffice, recordRequests, runAxe } from './support';

const FAKE_HOST = bundleForPage('test/browser/fake-outlook-host.ts');
const SHOTS = 'test-results/screenshots';
const root = new URL('../..', import.meta.url).pathname;
const ISSUER = 'upki@secom.co.jp';
const FORM_NAME = '失効申請書 （申請大学）.xlsx';
const PDF_NAME = '申請書 押印済み.pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const exampleForm = readFileSync(join(root, 'assets/example-form.xlsx'));
const pdf = Buffer.from(tinyPdf());
const SUBJECT =
  '【コード署名証明書】失効申請／学校法人申請学園 申請大学／S/N 4B3A21F0C9D8E7F6A5B4C3D2E1F00123 ほか1件';

const fake = <T>(page: Page, fn: (o: FakeOutlook) => T) =>
  page.evaluate(`(${fn.toString()})(window.__fakeOutlook)`) as Promise<T>;

async function badForm(): Promise<Buffer> {
  const mod = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const ExcelJS = mod.default ?? mod;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(exampleForm as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === '利用機関名')
        ws.getCell(cell.row, Number(cell.col) + 1).value = '(学)申請学園 申請大学';
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function open(page: Page, pageName: string, options: Record<string, unknown>) {
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`[console.error] ${m.text()}`);
  });
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'));
  await page.addInitScript((o) => {
    (window as unknown as { __fakeOutlookOptions: unknown }).__fakeOutlookOptions = o;
  }, options);
  await offlineOffice(page.context(), FAKE_HOST);
  await page.goto(pageName);
}

test.describe('compose pane', () => {
  test('pick both files, prepare: To, subject, body and the very bytes attached', async ({ page }) => {
    const requests = recordRequests(page);
    await open(page, 'outlook-compose.html', { mode: 'compose', bodyType: 'html', subject: '' });
    await expect(page.getByRole('heading', { name: '失効申請メールの準備' })).toBeVisible();
    await expect(page.getByTestId('prepare')).toBeDisabled();

    await page
      .getByTestId('form-input')
      .setInputFiles({ name: FORM_NAME, mimeType: XLSX, buffer: exampleForm });
    await expect(page.getByTestId('form-result').getByTestId('summary')).toBeVisible();
    await expect(page.getByTestId('form-result')).not.toContainText('エラー 1');
    await page
      .getByTestId('pdf-input')
      .setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: pdf });
    await expect(page.getByTestId('pdf-result')).toHaveAttribute('data-verdict', 'unsigned');
    await expect(page.getByTestId('blockers')).toContainText(
      '押印が見えることを確かめてチェックを入れてください',
    );
    await expect(page.getByTestId('prepare')).toBeDisabled();
    await page.screenshot({ path: `${SHOTS}/outlook-compose-picked.png`, fullPage: true });

    await page.getByTestId('confirm-pdf').check();
    await page.getByTestId('confirm-identity').check();
    await page.getByTestId('cc-admin').check();
    await expect(page.getByTestId('blockers')).toHaveCount(0);
    await page.getByTestId('prepare').click();
    await expect(page.getByTestId('notice')).toContainText('ファイルを添付しました');
    await expect(page.getByTestId('checklist')).toHaveAttribute('data-ready', 'true');
    await page.screenshot({ path: `${SHOTS}/outlook-compose-prepared.png`, fullPage: true });

    const mail = await fake(page, (o) => ({
      to: o.to.map((r) => r.emailAddress),
      cc: o.cc.map((r) => r.emailAddress),
      subject: o.subject,
      body: o.body.content,
      attachments: o.attachments.map((a) => ({ name: a.name, content: a.content, size: a.size })),
      violations: o.violations,
      sessionData: [...o.sessionData.values()],
    }));
    expect(mail.to).toEqual([ISSUER]);
    expect(mail.cc).toEqual(['hanako.kanri@univ.example.ac.jp']);
    expect(mail.subject).toBe(SUBJECT);
    expect(mail.body).toContain('4B3A21F0C9D8E7F6A5B4C3D2E1F00123');
    expect(mail.body).toContain('学校法人申請学園 申請大学');
    expect(mail.body).toContain(`1. 失効申請書（Excel）: ${FORM_NAME}`);
    expect(mail.body).toContain('利用管理者の本人確認を行ったことを確認しました');
    expect(mail.attachments.map((a) => a.name)).toEqual([FORM_NAME, PDF_NAME]);
    expect(Buffer.from(mail.attachments[0]?.content ?? '', 'base64').equals(exampleForm)).toBe(true);
    expect(Buffer.from(mail.attachments[1]?.content ?? '', 'base64').equals(pdf)).toBe(true);
    expect(mail.violations).toEqual([]);
    expect(JSON.parse(mail.sessionData[0] ?? '{}')).toMatchObject({
      identityConfirmed: true,
      pdfConfirmed: true,
      pdf: { verdict: 'unsigned' },
    });

    // The send handler of the same build agrees: this message may go.
    const handlerResult = await page.evaluate(async () => {
      const w = window as unknown as { __fakeCommands: Record<string, (e: unknown) => void> };
      const s = document.createElement('script');
      s.src = 'outlook-onsend.js';
      document.head.append(s);
      await new Promise((r) => s.addEventListener('load', r));
      return new Promise((resolve) => w.__fakeCommands.onMessageSendHandler?.({ completed: resolve }));
    });
    expect(handlerResult).toEqual({ allowEvent: true });

    // Preparing again attaches nothing twice.
    await page.getByTestId('prepare').click();
    await expect(page.getByTestId('notice')).toContainText('ファイルを添付しました');
    expect(await fake(page, (o) => o.attachments.length)).toBe(2);

    expect(
      requests.filter((u) => !isLocal(u) && !u.startsWith('https://appsforoffice.microsoft.com/')),
    ).toEqual([]);
    const violations = await runAxe(page);
    expect(violations).toEqual([]);
  });

  test('a form with errors blocks preparation', async ({ page }) => {
    await open(page, 'outlook-compose.html', { mode: 'compose' });
    await page
      .getByTestId('form-input')
      .setInputFiles({ name: 'bad.xlsx', mimeType: XLSX, buffer: await badForm() });
    await expect(page.getByTestId('finding').first()).toBeVisible();
    await expect(page.locator('[data-rule="institution.abbreviation"]')).toBeVisible();
    await page
      .getByTestId('pdf-input')
      .setInputFiles({ name: PDF_NAME, mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('confirm-pdf').check();
    await page.getByTestId('confirm-identity').check();
    await expect(page.getByTestId('blockers')).toContainText('申請書にエラーが1件あります');
    await expect(page.getByTestId('prepare')).toBeDisabled();
    await expect(page.locator('[data-id="form"]')).toHaveAttribute('data-state', 'error');
    await page.screenshot({ path: `${SHOTS}/outlook-compose-errors.png`, fullPage: true });
    const writes = await fake(page, (o) =>
      o.log.filter((l) => l.endsWith('setAsync') && !l.startsWith('sessionData')),
    );
    expect(writes).toEqual([]);
  });

  test('finds the form and the PDF already attached to the message', async ({ page }) => {
    await open(page, 'outlook-compose.html', {
      mode: 'compose',
      to: [ISSUER],
      subject: SUBJECT,
      attachments: [
        { name: FORM_NAME, base64: exampleForm.toString('base64') },
        { name: PDF_NAME, base64: pdf.toString('base64') },
      ],
    });
    await expect(page.getByTestId('form-result')).toContainText('添付済みのファイルを確認しました');
    await expect(page.getByTestId('pdf-result')).toHaveAttribute('data-verdict', 'unsigned');
    await expect(page.locator('[data-id="to"]')).toHaveAttribute('data-state', 'ok');
    await expect(page.locator('[data-id="subject"]')).toHaveAttribute('data-state', 'ok');
    await expect(page.locator('[data-id="form"]')).toHaveAttribute('data-state', /ok|warning/);
    await expect(page.locator('[data-id="identity"]')).toHaveAttribute('data-state', 'error');
    await page.getByTestId('confirm-identity').check();
    await page.getByTestId('confirm-pdf').check();
    await expect(page.getByTestId('checklist')).toHaveAttribute('data-ready', 'true');
  });
});

test.describe('read pane', () => {
  test('checks a received form and starts the submission', async ({ page }) => {
    await open(page, 'outlook-read.html', {
      mode: 'read',
      subject: '失効申請書を送ります',
      from: 'hanako.kanri@univ.example.ac.jp',
      attachments: [{ name: FORM_NAME, base64: exampleForm.toString('base64'), contentType: XLSX }],
    });
    const block = page.getByTestId('received-form');
    await expect(block.getByTestId('summary')).toBeVisible();
    await expect(block.getByRole('heading', { name: FORM_NAME })).toBeVisible();
    await page.getByTestId('start-submission').click();
    await expect(page.getByTestId('opened')).toContainText('新しいメッセージを開きました');
    const form = await fake(page, (o) => o.newForms[0]);
    expect(form).toMatchObject({ toRecipients: [ISSUER], subject: SUBJECT });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-form').click(),
    ]);
    expect(download.suggestedFilename()).toBe(FORM_NAME);
    expect(readFileSync(await download.path()).equals(exampleForm)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/outlook-read.png`, fullPage: true });
    expect(await runAxe(page)).toEqual([]);
  });

  test('a received mail without a form says so', async ({ page }) => {
    await open(page, 'outlook-read.html', {
      mode: 'read',
      attachments: [{ name: 'memo.txt', base64: 'aGk=' }],
    });
    await expect(page.getByTestId('no-xlsx')).toBeVisible();
  });
});

test('subject of the example form', () => {
  // Keeps SUBJECT above honest: the same function the pane uses.
  expect(
    buildSubject({
      fields: { institutionName: { value: '学校法人申請学園 申請大学', cell: '' } },
      certificates: [
        { row: 1, serial: { value: '4B3A21F0C9D8E7F6A5B4C3D2E1F00123', cell: '' } },
        { row: 2, serial: { value: '0A1B2C3D4E5F60718293A4B5C6D7E8F9', cell: '' } },
      ],
    }),
  ).toBe(SUBJECT);
});
