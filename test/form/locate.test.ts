import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/form/check';
import { locateForm } from '../../src/form/locate';
import { normaliseLabel } from '../../src/form/text';
import { grid, sheet, TODAY, utc, validFormCells } from '../helpers/grid';

describe('label normalisation (form.md §1)', () => {
  it.each([
    ['利用機関名', '利用機関名'],
    ['利用機関名：', '利用機関名'],
    ['利用機関名:', '利用機関名'],
    [' 利 用 機 関 名 ', '利用機関名'],
    ['利用機関名（必須）', '利用機関名'],
    ['利用機関名(必須)', '利用機関名'],
    ['利用機関名【必須】', '利用機関名'],
    ['利用機関名※法人格から', '利用機関名'],
    ['利用機関名（必須）：※正式名称', '利用機関名'],
    ['ｼﾘｱﾙ番号', 'シリアル番号'],
    ['Ｅ－ｍａｉｌ', 'e-mail'],
    ['E-Mail', 'e-mail'],
    // lenient beyond the spec
    ['【登録担当者】', '登録担当者'],
    ['＜利用管理者情報＞', '利用管理者情報'],
    ['■登録担当者', '登録担当者'],
    ['1. 利用機関名', '利用機関名'],
    ['(2)住所', '住所'],
    ['*利用機関名', '利用機関名'],
    ['利用機関名*', '利用機関名'],
    ['シリアル番号(16進)', 'シリアル番号'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLabel(input)).toBe(expected);
  });
});

describe('locator', () => {
  it('reads the plain layout', () => {
    const form = locateForm(grid(sheet('Form', validFormCells())));
    expect(form?.sheet).toBe('Form');
    expect(form?.fields.institutionName?.text).toBe('学校法人申請学園 申請大学');
    expect(form?.fields['officer.name']?.cell).toBe('Form!B7');
    expect(form?.fields['admin.name']?.cell).toBe('Form!B12');
    expect(form?.fields['admin.phone']?.text).toBe('090-1234-5678');
    expect(form?.certificates).toHaveLength(1);
    expect(form?.certificates[0]?.cells.serial?.cell).toBe('Form!A18');
  });

  it('gives no finding on a complete valid form', () => {
    const report = checkGrid(grid(sheet('Form', validFormCells())), { today: TODAY });
    expect(report.findings).toEqual([]);
  });

  it('takes the value after a merged label, from the top-left of a merged value cell', () => {
    const s = sheet(
      'S',
      { B2: '利用機関名', E2: '学校法人申請学園 申請大学', B3: '住所', D3: 'not me', E3: '東京都千代田区' },
      ['B2:D2', 'E2:H2', 'B3:C3'],
    );
    const form = locateForm(grid(s));
    expect(form?.fields.institutionName).toMatchObject({ text: '学校法人申請学園 申請大学', cell: 'S!E2' });
    // Label B3:C3 → the value is D3, the first cell after the merged label.
    expect(form?.fields.address).toMatchObject({ text: 'not me', cell: 'S!D3' });
  });

  it('reads an empty value when the next cell is another label', () => {
    const form = locateForm(grid(sheet('S', { A1: '利用機関名', B1: '住所', C1: '東京都' })));
    expect(form?.fields.institutionName?.text).toBe('');
    expect(form?.fields.address?.text).toBe('東京都');
  });

  it('finds labels anywhere on the sheet (labels on the right half)', () => {
    const cells = Object.fromEntries(
      Object.entries(validFormCells()).map(([a1, v]) => {
        const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
        const col = String.fromCharCode((m[1] as string).charCodeAt(0) + 5);
        return [`${col}${Number(m[2]) + 3}`, v];
      }),
    );
    const report = checkGrid(grid(sheet('S', { A1: 'タイトル', ...cells })), { today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.fields.institutionName?.cell).toBe('S!G5');
    expect(report.certificates[0]?.serial?.cell).toBe('S!F21');
  });

  it('reads compound labels without sections', () => {
    const form = locateForm(
      grid(
        sheet('S', {
          A1: '利用機関名',
          B1: 'x',
          A2: '登録担当者氏名',
          B2: '申請 太郎',
          A3: '利用管理者E-mail',
          B3: 'a@b.jp',
        }),
      ),
    );
    expect(form?.fields['officer.name']?.text).toBe('申請 太郎');
    expect(form?.fields['admin.email']?.text).toBe('a@b.jp');
  });

  it('assigns short labels by section, with side-by-side sections', () => {
    const form = locateForm(
      grid(
        sheet('S', {
          A1: '利用機関名',
          B1: 'x',
          A3: '登録担当者情報',
          D3: '利用管理者情報',
          A4: '氏名',
          B4: '申請 太郎',
          D4: '氏名',
          E4: '管理 花子',
          A5: 'E-mail',
          B5: 'taro@x.jp',
          D5: 'メールアドレス（必須）',
          E5: 'hanako@x.jp',
        }),
      ),
    );
    expect(form?.fields['officer.name']?.text).toBe('申請 太郎');
    expect(form?.fields['admin.name']?.text).toBe('管理 花子');
    expect(form?.fields['officer.email']?.text).toBe('taro@x.jp');
    expect(form?.fields['admin.email']?.text).toBe('hanako@x.jp');
  });

  it('ignores short labels outside any section', () => {
    const form = locateForm(grid(sheet('S', { A1: '利用機関名', B1: 'x', A2: '氏名', B2: '誰か' })));
    expect(form?.fields['officer.name']).toBeUndefined();
    expect(form?.fields['admin.name']).toBeUndefined();
  });

  it('finds the form on a second sheet', () => {
    const report = checkGrid(
      grid(
        sheet('説明', { A1: '記入要領', A2: 'この申請書に記入してください' }),
        sheet('申請書', validFormCells()),
      ),
      { today: TODAY },
    );
    expect(report.sheet).toBe('申請書');
    expect(report.findings).toEqual([]);
  });

  it('accepts any two field labels instead of 利用機関名', () => {
    expect(locateForm(grid(sheet('S', { A1: '住所', A2: '申請日' })))?.sheet).toBe('S');
    expect(locateForm(grid(sheet('S', { A1: '住所', A2: 'メモ' })))).toBeUndefined();
  });

  it('reports form.not-found when no sheet holds the form', () => {
    const report = checkGrid(grid(sheet('Sheet1', { A1: 'hello' })));
    expect(report.sheet).toBeNull();
    expect(report.findings.map((f) => f.rule)).toEqual(['form.not-found']);
    expect(report.findings[0]?.cell).toBe('Sheet1!A1');
  });

  it('reads the certificate table with alias headers, stops at the first empty row, at most 20', () => {
    const cells: Record<string, string | Date> = {
      A1: '利用機関名',
      B1: 'x',
      C10: '証明書シリアル番号',
      D10: 'コモンネーム',
      E10: '組織名',
      F10: '都道府県名',
      G10: '国名',
      H10: '失効理由',
      I10: '備考',
    };
    for (let i = 0; i < 25; i++) cells[`C${11 + i}`] = (0x1000 + i).toString(16);
    const form = locateForm(grid(sheet('S', cells)));
    expect(form?.table?.columns).toMatchObject({
      serial: 3,
      cn: 4,
      o: 5,
      st: 6,
      c: 7,
      reason: 8,
      reasonDetail: 9,
    });
    expect(form?.certificates).toHaveLength(20);
    const gap = { ...cells, C13: '' };
    expect(locateForm(grid(sheet('S', gap)))?.certificates).toHaveLength(2);
  });

  it('handles a two-row merged table header', () => {
    const form = locateForm(
      grid(
        sheet('S', { A1: '利用機関名', B1: 'x', A5: 'シリアル番号', B5: 'CN', A7: 'ABCD', B7: 'Example' }, [
          'A5:A6',
          'B5:B6',
        ]),
      ),
    );
    expect(form?.certificates).toHaveLength(1);
    expect(form?.certificates[0]?.row).toBe(7);
  });

  it('reads typed values: numbers, dates and formula results as given', () => {
    const report = checkGrid(
      grid(sheet('S', validFormCells({ B1: '2026/11/25', A18: 1234, G18: utc(2027, 1, 2) }))),
      { today: TODAY },
    );
    expect(report.fields.applicationDate?.value).toBe('2026-11-25');
    expect(report.certificates[0]?.serial?.value).toBe('1234');
    expect(report.certificates[0]?.notAfter?.value).toBe('2027-01-02');
  });
});
