/**
 * The Excel task pane's display strings, Japanese and English side by side. strings.ts serves them
 * (with the shared ones) to components as `t.key`; src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../../messages/define';

export const excelMessages = defineMessages('excel', {
  'excel.appTitle': { ja: '申請書チェック', en: 'Form check' },
  'excel.appSubtitle': {
    ja: 'UPKI コード署名証明書 失効申請書',
    en: 'UPKI code-signing certificate revocation form',
  },
  'excel.standaloneNote': {
    ja: 'Office の外で開いています。申請書ファイル（.xlsx）を開くと同じ検査を行います。',
    en: 'Running outside Office. Open a form (.xlsx) to run the same check.',
  },
  'excel.check': { ja: '検査', en: 'Check' },
  'excel.checking': { ja: '検査中…', en: 'Checking…' },
  'excel.applyAllFixes': { ja: '安全な修正をすべて適用', en: 'Apply all safe fixes' },
  'excel.clearHighlights': { ja: 'ハイライト解除', en: 'Clear highlights' },
  'excel.clearHighlightsHint': {
    ja: '送付用に保存する前に押すと、セルの塗りつぶしが元に戻ります。',
    en: 'Press before saving the file for sending: the cells get their own fill back.',
  },
  'excel.highlightsCleared': {
    ja: 'ハイライトを解除し、元の書式に戻しました。',
    en: 'Highlights cleared; the original formatting is back.',
  },
  'excel.liveRecheck': { ja: '入力に合わせて再検査', en: 'Re-check as I type' },
  'excel.certificateFromFile': { ja: '証明書ファイルから入力', en: 'Fill in from a certificate file' },
  'excel.insertTemplate': { ja: 'テンプレートを挿入', en: 'Insert the template' },
  'excel.templateInserted': { ja: 'シート「{name}」を挿入しました。', en: 'Inserted the sheet “{name}”.' },
  'excel.downloadTemplate': { ja: 'テンプレートをダウンロード', en: 'Download the template' },
  'excel.openFile': { ja: '申請書ファイルを開く', en: 'Open a form file' },
  'excel.openExample': { ja: '記入例を開く', en: 'Open the example' },
  'excel.profile': { ja: 'プロファイル設定', en: 'Profile' },
  'excel.sheetChecked': { ja: '検査したシート: {sheet}', en: 'Sheet checked: {sheet}' },
  'excel.fileChecked': { ja: 'ファイル: {file}', en: 'File: {file}' },
  'excel.fixTo': { ja: '修正: 「{value}」', en: 'Fix: “{value}”' },
  'excel.fixPreviewTitle': { ja: '修正の確認', en: 'Confirm the fix' },
  'excel.fixAllPreviewTitle': { ja: '安全な修正をすべて適用', en: 'Apply all safe fixes' },
  'excel.fixPreviewIntro': {
    ja: '次の内容でセルを書き換えます。あとで「元に戻す」で戻せます。',
    en: 'These cells will be rewritten. You can undo it from the pane.',
  },
  'excel.cell': { ja: 'セル', en: 'Cell' },
  'excel.current': { ja: '現在の値', en: 'Now' },
  'excel.after': { ja: '修正後', en: 'After' },
  'excel.apply': { ja: '適用', en: 'Apply' },
  'excel.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'excel.undo': { ja: '元に戻す', en: 'Undo' },
  'excel.applied': { ja: '適用した修正', en: 'Applied fixes' },
  'excel.undone': { ja: '修正を元に戻しました。', en: 'The fix was undone.' },
  'excel.unsupportedTemplate': {
    ja: 'この Excel ではテンプレートの挿入ができません（ExcelApi 1.13 が必要です）。「テンプレートをダウンロード」から開いてください。',
    en: 'This Excel cannot insert the template (needs ExcelApi 1.13). Use “Download the template” instead.',
  },
  'excel.noMergedAreas': {
    ja: 'この Excel では結合セルを読み取れません（ExcelApi 1.13 が必要です）。結合セルの値を見落とす場合があります。',
    en: 'This Excel cannot read merged cells (needs ExcelApi 1.13): values in merged cells may be missed.',
  },
  'excel.mergesTooMany': {
    ja: 'このシートは結合セルが多すぎて（512 か所を超える）、Excel が結合の一覧を返しません。結合セルの値を見落とす場合があります。不要な結合を解除するか、ファイルを保存して Office の外のページで検査してください。',
    en: 'This sheet has more merged areas than Excel returns at once (over 512): values in merged cells may be missed. Unmerge cells you do not need, or save the file and check it in the page outside Office.',
  },
  'excel.tooLarge': {
    ja: '申請書のシートが大きすぎて、Excel on the web が一度に返せません（5 MB の制限）。シートの不要な行を削除するか、デスクトップ版の Excel で開いてください。',
    en: 'The form’s sheet is too large for Excel on the web to return at once (5 MB limit). Delete unneeded rows on the sheet, or open the workbook in Excel for Windows or Mac.',
  },
  'excel.templateOnMac': {
    ja: 'Office for Mac ではアドインからのダウンロードが動きません。「テンプレートを挿入」でこのブックにシートとして追加してください。',
    en: 'Downloads from add-ins do not work in Office on Mac: use “Insert the template” to add it to this workbook as a sheet.',
  },
  'excel.noTable': {
    ja: '証明書の表（シリアル番号の見出し）が見つかりません。先に検査するか、テンプレートを挿入してください。',
    en: 'The certificate table (the serial number header) was not found. Check first, or insert the template.',
  },
  'excel.tableFull': {
    ja: '証明書の表に空き行がありません（最大 20 件）。',
    en: 'The certificate table has no empty row left (at most 20).',
  },
  'excel.certificateFilled': {
    ja: '{row} 行目に証明書の情報を入力しました（シリアル番号 {serial}）。失効理由を選んでください。',
    en: 'Filled in row {row} (serial {serial}). Choose the revocation reason.',
  },
  'excel.certificateHint': {
    ja: '.cer / .crt / .pem（DER または PEM）。秘密鍵は読み込みません。',
    en: '.cer / .crt / .pem (DER or PEM). Private keys are never read.',
  },
  'excel.privateKeyRefused': {
    ja: 'このファイルには秘密鍵が含まれています。秘密鍵は不要です。証明書（.cer / .crt / .pem）だけを選んでください。',
    en: 'This file holds a private key, which is not needed. Choose the certificate only (.cer / .crt / .pem).',
  },
  'excel.notCertificate': {
    ja: '証明書として読み取れませんでした: {detail}',
    en: 'Not a readable certificate: {detail}',
  },
  'excel.officeError': {
    ja: 'Excel とのやり取りで問題が起きました: {detail}',
    en: 'Excel reported a problem: {detail}',
  },
  'excel.fileError': {
    ja: 'ファイルを読み取れませんでした: {detail}',
    en: 'The file could not be read: {detail}',
  },
  'excel.profileSaved': { ja: 'プロファイルを保存しました。', en: 'Profile saved.' },
  'excel.loading': { ja: '読み込み中…', en: 'Loading…' },
  'excel.findingsHeading': { ja: '検査結果', en: 'Findings' },
  'excel.actionsHeading': { ja: '操作', en: 'Actions' },
});
