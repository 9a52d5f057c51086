/**
 * The panes' display strings, Japanese first. Shared by the Excel and Outlook panes: add keys here
 * (both languages) rather than writing text in components.
 */
import { createContext, useContext } from 'react';

export type Lang = 'ja' | 'en';

/** Japanese by default; English when Office's (or the browser's) display language is English. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** The display language Office reports, else the browser's. */
export function officeDisplayLanguage(): string | undefined {
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    const lang = office?.context?.displayLanguage;
    if (lang) return lang;
  } catch {
    // Office.context is not available outside Office.
  }
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

const ja = {
  appTitle: '申請書チェック',
  appSubtitle: 'UPKI コード署名証明書 失効申請書',
  standaloneNote: 'Office の外で開いています。申請書ファイル（.xlsx）を開くと同じ検査を行います。',
  check: '検査',
  checking: '検査中…',
  applyAllFixes: '安全な修正をすべて適用',
  clearHighlights: 'ハイライト解除',
  clearHighlightsHint: '送付用に保存する前に押すと、セルの塗りつぶしが元に戻ります。',
  highlightsCleared: 'ハイライトを解除し、元の書式に戻しました。',
  liveRecheck: '入力に合わせて再検査',
  certificateFromFile: '証明書ファイルから入力',
  insertTemplate: 'テンプレートを挿入',
  templateInserted: 'シート「{name}」を挿入しました。',
  downloadTemplate: 'テンプレートをダウンロード',
  openFile: '申請書ファイルを開く',
  openExample: '記入例を開く',
  profile: 'プロファイル設定',
  summaryErrors: 'エラー {n} 件',
  summaryWarnings: '警告 {n} 件',
  summaryClean: '問題は見つかりませんでした。',
  summaryNone: 'まだ検査していません。',
  sheetChecked: '検査したシート: {sheet}',
  fileChecked: 'ファイル: {file}',
  error: 'エラー',
  warning: '警告',
  goToCell: 'セル {cell} へ移動',
  fix: '修正',
  fixTo: '修正: 「{value}」',
  fixCandidate: '→ 修正案「{value}」（{how}）',
  fixPreviewTitle: '修正の確認',
  fixAllPreviewTitle: '安全な修正をすべて適用',
  fixPreviewIntro: '次の内容でセルを書き換えます。あとで「元に戻す」で戻せます。',
  cell: 'セル',
  current: '現在の値',
  after: '修正後',
  apply: '適用',
  cancel: 'キャンセル',
  close: '閉じる',
  save: '保存',
  undo: '元に戻す',
  applied: '適用した修正',
  undone: '修正を元に戻しました。',
  empty: '（空）',
  unsupportedTemplate:
    'この Excel ではテンプレートの挿入ができません（ExcelApi 1.13 が必要です）。「テンプレートをダウンロード」から開いてください。',
  noMergedAreas:
    'この Excel では結合セルを読み取れません（ExcelApi 1.13 が必要です）。結合セルの値を見落とす場合があります。',
  noTable:
    '証明書の表（シリアル番号の見出し）が見つかりません。先に検査するか、テンプレートを挿入してください。',
  tableFull: '証明書の表に空き行がありません（最大 20 件）。',
  certificateFilled:
    '{row} 行目に証明書の情報を入力しました（シリアル番号 {serial}）。失効理由を選んでください。',
  certificateHint: '.cer / .crt / .pem（DER または PEM）。秘密鍵は読み込みません。',
  privateKeyRefused:
    'このファイルには秘密鍵が含まれています。秘密鍵は不要です。証明書（.cer / .crt / .pem）だけを選んでください。',
  notCertificate: '証明書として読み取れませんでした: {detail}',
  officeError: 'Excel とのやり取りで問題が起きました: {detail}',
  fileError: 'ファイルを読み取れませんでした: {detail}',
  profileTitle: 'プロファイル設定（利用機関の登録情報）',
  profileIntro:
    '入力した項目だけが申請書と照合されます。設定はこのコンピューターのこのブラウザー（Office）に保存されます。',
  profileSaved: 'プロファイルを保存しました。',
  profileInstitutionName: '利用機関名',
  profileAddress: '登録住所',
  profileOrganization: 'O（組織名）',
  profileLocality: 'L（市区町村名）',
  profileState: 'ST（都道府県名）',
  profileExtraPrefixes: '追加の法人種別（読点またはカンマ区切り）',
  profileOfficerName: '登録担当者氏名',
  profileOfficerEmail: '登録担当者メールアドレス',
  profileOfficerPhone: '登録担当者電話番号',
  profileOfficerDepartment: '登録担当者所属',
  loading: '読み込み中…',
  findingsHeading: '検査結果',
  actionsHeading: '操作',
};

export type Strings = typeof ja;

const en: Strings = {
  appTitle: 'Form check',
  appSubtitle: 'UPKI code-signing certificate revocation form',
  standaloneNote: 'Running outside Office. Open a form (.xlsx) to run the same check.',
  check: 'Check',
  checking: 'Checking…',
  applyAllFixes: 'Apply all safe fixes',
  clearHighlights: 'Clear highlights',
  clearHighlightsHint: 'Press before saving the file for sending: the cells get their own fill back.',
  highlightsCleared: 'Highlights cleared; the original formatting is back.',
  liveRecheck: 'Re-check as I type',
  certificateFromFile: 'Fill in from a certificate file',
  insertTemplate: 'Insert the template',
  templateInserted: 'Inserted the sheet “{name}”.',
  downloadTemplate: 'Download the template',
  openFile: 'Open a form file',
  openExample: 'Open the example',
  profile: 'Profile',
  summaryErrors: '{n} errors',
  summaryWarnings: '{n} warnings',
  summaryClean: 'No problems found.',
  summaryNone: 'Not checked yet.',
  sheetChecked: 'Sheet checked: {sheet}',
  fileChecked: 'File: {file}',
  error: 'Error',
  warning: 'Warning',
  goToCell: 'Go to cell {cell}',
  fix: 'Fix',
  fixTo: 'Fix: “{value}”',
  fixCandidate: '→ fix: “{value}” ({how})',
  fixPreviewTitle: 'Confirm the fix',
  fixAllPreviewTitle: 'Apply all safe fixes',
  fixPreviewIntro: 'These cells will be rewritten. You can undo it from the pane.',
  cell: 'Cell',
  current: 'Now',
  after: 'After',
  apply: 'Apply',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  undo: 'Undo',
  applied: 'Applied fixes',
  undone: 'The fix was undone.',
  empty: '(empty)',
  unsupportedTemplate:
    'This Excel cannot insert the template (needs ExcelApi 1.13). Use “Download the template” instead.',
  noMergedAreas:
    'This Excel cannot read merged cells (needs ExcelApi 1.13): values in merged cells may be missed.',
  noTable:
    'The certificate table (the serial number header) was not found. Check first, or insert the template.',
  tableFull: 'The certificate table has no empty row left (at most 20).',
  certificateFilled: 'Filled in row {row} (serial {serial}). Choose the revocation reason.',
  certificateHint: '.cer / .crt / .pem (DER or PEM). Private keys are never read.',
  privateKeyRefused:
    'This file holds a private key, which is not needed. Choose the certificate only (.cer / .crt / .pem).',
  notCertificate: 'Not a readable certificate: {detail}',
  officeError: 'Excel reported a problem: {detail}',
  fileError: 'The file could not be read: {detail}',
  profileTitle: 'Profile (what the service knows of the institution)',
  profileIntro:
    'Only the items you fill in are compared with the form. Kept in this browser (Office) on this computer.',
  profileSaved: 'Profile saved.',
  profileInstitutionName: 'Institution name',
  profileAddress: 'Registered address',
  profileOrganization: 'O (organisation)',
  profileLocality: 'L (locality)',
  profileState: 'ST (prefecture)',
  profileExtraPrefixes: 'Extra entity prefixes (comma separated)',
  profileOfficerName: 'Registration officer’s name',
  profileOfficerEmail: 'Registration officer’s e-mail',
  profileOfficerPhone: 'Registration officer’s phone',
  profileOfficerDepartment: 'Registration officer’s department',
  loading: 'Loading…',
  findingsHeading: 'Findings',
  actionsHeading: 'Actions',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { ja, en };

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export interface I18n {
  lang: Lang;
  t: Strings;
}

export const I18nContext = createContext<I18n>({ lang: 'ja', t: ja });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
