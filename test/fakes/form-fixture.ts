/**
 * A revocation form with known errors, laid out as the template does (labels in merged A:B,
 * values in C; the certificate table from row 22), for the fake Excel host.
 */
import type { FakeSheetInit } from './fake-excel';

export const FORM_SHEET = '失効申請書';

/** The cells that carry the known errors, and what the safe fix writes. */
export const KNOWN = {
  institutionName: {
    cell: `${FORM_SHEET}!C5`,
    bad: '(学)申請学園 申請大学',
    fixed: '学校法人申請学園 申請大学',
  },
  officerName: { cell: `${FORM_SHEET}!C11`, bad: '髙橋 一郎', fixed: '高橋 一郎' },
  adminEmail: { cell: `${FORM_SHEET}!C20`, bad: 'hanako.kanri@univ' },
  country: { cell: `${FORM_SHEET}!F23`, bad: 'Japan', fixed: 'JP' },
} as const;

/** Today for the date rules in tests. */
export const TODAY = { y: 2026, m: 11, d: 25 };

export function formSheet(overrides: Record<string, string | number | Date> = {}): FakeSheetInit {
  const label = (row: number, text: string) => ({ [`A${row}`]: text });
  const cells: FakeSheetInit['cells'] = {
    A1: '【コード署名証明書】失効申請書（UPKI電子証明書発行サービス）',
    ...label(3, '申請日'),
    C3: new Date(Date.UTC(2026, 10, 20)),
    ...label(5, '利用機関名'),
    C5: KNOWN.institutionName.bad,
    ...label(6, '住所'),
    C6: '東京都千代田区一ツ橋二丁目1番2号',
    ...label(7, '代表者または機関責任者の資格'),
    C7: '学長',
    ...label(8, '代表者または機関責任者の氏名'),
    C8: '学長 一郎',
    ...label(10, '登録担当者'),
    ...label(11, '氏名'),
    C11: KNOWN.officerName.bad,
    ...label(12, '所属'),
    C12: '情報基盤センター',
    ...label(13, '電話番号'),
    C13: { value: '03-1234-5678', numberFormat: '@' },
    ...label(14, 'メールアドレス'),
    C14: 'taro.shinsei@univ.example.ac.jp',
    ...label(16, '利用管理者'),
    ...label(17, '氏名'),
    C17: '管理 花子',
    ...label(18, '所属'),
    C18: '情報学研究科',
    ...label(19, '電話番号'),
    C19: { value: '03-1234-9876', numberFormat: '@' },
    ...label(20, 'メールアドレス'),
    C20: KNOWN.adminEmail.bad,
    A22: 'シリアル番号',
    B22: 'CN',
    C22: 'O',
    D22: 'L',
    E22: 'ST',
    F22: 'C',
    G22: '有効期限',
    H22: '失効理由',
    I22: '失効理由詳細',
    A23: { value: '1A2B3C4D5E6F', numberFormat: '@' },
    B23: 'Shinsei University',
    C23: 'Shinsei University',
    D23: 'Chiyoda-ku',
    E23: 'Tokyo',
    F23: KNOWN.country.bad,
    G23: new Date(Date.UTC(2027, 5, 30)),
    H23: '利用の終了',
    ...overrides,
  };
  const merges: string[] = [];
  for (const row of [3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20]) merges.push(`A${row}:B${row}`);
  return { name: FORM_SHEET, cells, merges };
}

/** A workbook: an instructions sheet first, then the form (the checker must find it). */
export function formWorkbook(): FakeSheetInit[] {
  return [{ name: '記入例', cells: { A1: 'この申請書の記入方法' } }, formSheet()];
}
