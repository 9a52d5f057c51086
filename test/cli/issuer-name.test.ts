/** The issuer's name is spelt one way: the template's address line and the mail body use ISSUER_NAME. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../src/mail/body';
import { ISSUER_NAME } from '../../src/mail/constants';
import { buildTemplate } from '../../src/workbook/template';

describe('issuer name', () => {
  it('is セコムトラストシステムズ株式会社', () => {
    expect(ISSUER_NAME).toBe('セコムトラストシステムズ株式会社');
  });

  it('the template addresses the issuer by that name', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate()) as never);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? '')))));
    const all = texts.join('\n');
    expect(all).toContain(`${ISSUER_NAME} 御中`);
    expect(all).not.toMatch(/SECOMトラスト|ＳＥＣＯＭ/);
  });

  it('the mail body starts with that name', () => {
    const body = buildBody(
      { fields: {}, certificates: [] },
      { formName: 'f.xlsx', pdfName: 'f.pdf', identityChecked: true },
    );
    expect(body.split('\n')[0]).toBe(ISSUER_NAME);
  });
});
