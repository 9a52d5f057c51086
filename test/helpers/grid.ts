/** Builds grids for tests from `{ A1: value }` maps. */
import { type CellValue, columnNumber, type Grid, type MergedArea, type Sheet } from '../../src/form/grid';

export function sheet(name: string, cells: Record<string, CellValue>, merges: string[] = []): Sheet {
  return {
    name,
    cells: Object.entries(cells).map(([a1, value]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a1);
      if (!m) throw new Error(`bad address ${a1}`);
      return { row: Number(m[2]), col: columnNumber(m[1] as string), value };
    }),
    merges: merges.map(area),
  };
}

export function area(range: string): MergedArea {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  return {
    top: Number(m[2]),
    left: columnNumber(m[1] as string),
    bottom: Number(m[4]),
    right: columnNumber(m[3] as string),
  };
}

export function grid(...sheets: Sheet[]): Grid {
  return { sheets };
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A complete, valid form in a plain layout (labels in A, values in B), for tests to vary. */
export function validFormCells(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    A1: '申請日',
    B1: utc(2026, 11, 25),
    A2: '利用機関名',
    B2: '学校法人申請学園 申請大学',
    A3: '住所',
    B3: '東京都千代田区一ツ橋二丁目1番2号',
    A4: '代表者または機関責任者の資格',
    B4: '学長',
    A5: '代表者または機関責任者の氏名',
    B5: '学長 一郎',
    A6: '登録担当者',
    A7: '氏名',
    B7: '申請 太郎',
    A8: '所属',
    B8: '情報基盤センター',
    A9: '電話番号',
    B9: '03-1234-5678',
    A10: 'メールアドレス',
    B10: 'taro@univ.example.ac.jp',
    A11: '利用管理者',
    A12: '氏名',
    B12: '管理 花子',
    A13: '所属',
    B13: '情報学研究科',
    A14: '電話番号',
    B14: '090-1234-5678',
    A15: 'メールアドレス',
    B15: 'hanako@univ.example.ac.jp',
    A17: 'シリアル番号',
    B17: 'CN',
    C17: 'O',
    D17: 'L',
    E17: 'ST',
    F17: 'C',
    G17: '有効期限',
    H17: '失効理由',
    I17: '失効理由詳細',
    A18: '4B3A21F0',
    B18: 'Shinsei University',
    C18: 'Shinsei University',
    D18: 'Chiyoda-ku',
    E18: 'Tokyo',
    F18: 'JP',
    G18: utc(2027, 3, 31),
    H18: '利用の終了',
    ...overrides,
  };
}

export const TODAY = { y: 2026, m: 11, d: 25 };
