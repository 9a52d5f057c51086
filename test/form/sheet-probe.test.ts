import { describe, expect, it } from 'vitest';
import { sheetHasFormLabels } from '../../src/form';

describe('sheetHasFormLabels (the sheet probe of spec/form.md §1)', () => {
  it.each([
    [['利用機関名'], true],
    [['  利用機関名（必須）:'], true],
    [['申請日', '住所'], true],
    [['シリアル番号', 'CN'], true],
    [['氏名', '所属'], true],
  ])('%j → form sheet', (texts, expected) => {
    expect(sheetHasFormLabels(texts)).toBe(expected);
  });

  it.each([
    [[], false],
    [['申請日'], false],
    [['申請日', '申請日', '申請年月日'], false],
    [['売上', '合計', 'メモ'], false],
    [['利用機関名です。ここに長い説明文が入ります'], false],
  ])('%j → not the form', (texts, expected) => {
    expect(sheetHasFormLabels(texts)).toBe(expected);
  });

  it('stops reading once the answer is known', () => {
    let read = 0;
    function* texts() {
      for (const t of ['メモ', '利用機関名', 'never read']) {
        read += 1;
        yield t;
      }
    }
    expect(sheetHasFormLabels(texts())).toBe(true);
    expect(read).toBe(2);
  });
});
