/** Workbooks written by another program (LibreOffice Calc), in a layout that keeps to the contract. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/form/check';
import { readWorkbook } from '../../src/workbook/read';
import { TODAY } from '../helpers/grid';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures', name)));

describe('a form saved by LibreOffice Calc', () => {
  it('is located and checks clean', async () => {
    const report = checkGrid(await readWorkbook(fixture('libreoffice-form.xlsx')), { today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.fields).toMatchObject({
      applicationDate: { value: '2026-11-20', cell: 'form!B3' },
      institutionName: { value: '国立大学法人テスト大学' },
      address: { value: '〒100-0001 東京都千代田区千代田1-1' },
      'officer.email': { value: 'takahashi@test-u.ac.jp', cell: 'form!B13' },
      'admin.name': { value: '山田 花子', cell: 'form!B16' },
    });
    expect(report.certificates).toEqual([
      expect.objectContaining({
        row: 22,
        serial: { value: '123456789ABCDEF', cell: 'form!B22' },
        reason: expect.anything(),
      }),
    ]);
  });

  it('refuses its legacy .xls with input.legacy-xls', async () => {
    await expect(readWorkbook(fixture('libreoffice-form.xls'))).rejects.toMatchObject({
      code: 'input.legacy-xls',
    });
  });

  it('reads merged cells, side-by-side sections and a second sheet', async () => {
    const report = checkGrid(await readWorkbook(fixture('libreoffice-merged-form.xlsx')), { today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.sheet).toBe('申請書');
    expect(report.fields).toMatchObject({
      applicationDate: { value: '2026-11-24', cell: '申請書!C3' },
      institutionName: { value: '学校法人申請学園 申請大学', cell: '申請書!C4' },
      'officer.name': { value: '申請 太郎', cell: '申請書!B10' },
      'admin.name': { value: '管理 花子', cell: '申請書!E10' },
      'admin.email': { value: 'hanako@univ.example.ac.jp', cell: '申請書!E13' },
    });
    expect(report.certificates.map((c) => c.serial?.value)).toEqual(['7A3F0011', 'BEEF']);
  });
});
