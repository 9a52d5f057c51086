/**
 * The panes' display strings (Excel and Outlook panes share them), Japanese and English side by side.
 * i18n.ts serves them to components as `t.key`; src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../../messages/define';

/** The panes' display strings, Japanese and English side by side (one table, src/messages). */
export const paneMessages = defineMessages('pane', {
  'pane.appTitle': { ja: '申請書チェック', en: 'Form check' },
  'pane.appSubtitle': {
    ja: 'UPKI コード署名証明書 失効申請書',
    en: 'UPKI code-signing certificate revocation form',
  },
  'pane.standaloneNote': {
    ja: 'Office の外で開いています。申請書ファイル（.xlsx）を開くと同じ検査を行います。',
    en: 'Running outside Office. Open a form (.xlsx) to run the same check.',
  },
  'pane.check': { ja: '検査', en: 'Check' },
  'pane.checking': { ja: '検査中…', en: 'Checking…' },
  'pane.applyAllFixes': { ja: '安全な修正をすべて適用', en: 'Apply all safe fixes' },
  'pane.clearHighlights': { ja: 'ハイライト解除', en: 'Clear highlights' },
  'pane.clearHighlightsHint': {
    ja: '送付用に保存する前に押すと、セルの塗りつぶしが元に戻ります。',
    en: 'Press before saving the file for sending: the cells get their own fill back.',
  },
  'pane.highlightsCleared': {
    ja: 'ハイライトを解除し、元の書式に戻しました。',
    en: 'Highlights cleared; the original formatting is back.',
  },
  'pane.liveRecheck': { ja: '入力に合わせて再検査', en: 'Re-check as I type' },
  'pane.certificateFromFile': { ja: '証明書ファイルから入力', en: 'Fill in from a certificate file' },
  'pane.insertTemplate': { ja: 'テンプレートを挿入', en: 'Insert the template' },
  'pane.templateInserted': { ja: 'シート「{name}」を挿入しました。', en: 'Inserted the sheet “{name}”.' },
  'pane.downloadTemplate': { ja: 'テンプレートをダウンロード', en: 'Download the template' },
  'pane.openFile': { ja: '申請書ファイルを開く', en: 'Open a form file' },
  'pane.openExample': { ja: '記入例を開く', en: 'Open the example' },
  'pane.profile': { ja: 'プロファイル設定', en: 'Profile' },
  'pane.summaryErrors': { ja: 'エラー {n} 件', en: '{n} errors' },
  'pane.summaryWarnings': { ja: '警告 {n} 件', en: '{n} warnings' },
  'pane.summaryClean': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'pane.summaryNone': { ja: 'まだ検査していません。', en: 'Not checked yet.' },
  'pane.sheetChecked': { ja: '検査したシート: {sheet}', en: 'Sheet checked: {sheet}' },
  'pane.fileChecked': { ja: 'ファイル: {file}', en: 'File: {file}' },
  'pane.error': { ja: 'エラー', en: 'Error' },
  'pane.warning': { ja: '警告', en: 'Warning' },
  'pane.goToCell': { ja: 'セル {cell} へ移動', en: 'Go to cell {cell}' },
  'pane.fix': { ja: '修正', en: 'Fix' },
  'pane.fixTo': { ja: '修正: 「{value}」', en: 'Fix: “{value}”' },
  'pane.fixCandidate': { ja: '→ 修正案「{value}」（{how}）', en: '→ fix: “{value}” ({how})' },
  'pane.fixPreviewTitle': { ja: '修正の確認', en: 'Confirm the fix' },
  'pane.fixAllPreviewTitle': { ja: '安全な修正をすべて適用', en: 'Apply all safe fixes' },
  'pane.fixPreviewIntro': {
    ja: '次の内容でセルを書き換えます。あとで「元に戻す」で戻せます。',
    en: 'These cells will be rewritten. You can undo it from the pane.',
  },
  'pane.cell': { ja: 'セル', en: 'Cell' },
  'pane.current': { ja: '現在の値', en: 'Now' },
  'pane.after': { ja: '修正後', en: 'After' },
  'pane.apply': { ja: '適用', en: 'Apply' },
  'pane.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'pane.close': { ja: '閉じる', en: 'Close' },
  'pane.save': { ja: '保存', en: 'Save' },
  'pane.undo': { ja: '元に戻す', en: 'Undo' },
  'pane.applied': { ja: '適用した修正', en: 'Applied fixes' },
  'pane.undone': { ja: '修正を元に戻しました。', en: 'The fix was undone.' },
  'pane.empty': { ja: '（空）', en: '(empty)' },
  'pane.unsupportedTemplate': {
    ja: 'この Excel ではテンプレートの挿入ができません（ExcelApi 1.13 が必要です）。「テンプレートをダウンロード」から開いてください。',
    en: 'This Excel cannot insert the template (needs ExcelApi 1.13). Use “Download the template” instead.',
  },
  'pane.noMergedAreas': {
    ja: 'この Excel では結合セルを読み取れません（ExcelApi 1.13 が必要です）。結合セルの値を見落とす場合があります。',
    en: 'This Excel cannot read merged cells (needs ExcelApi 1.13): values in merged cells may be missed.',
  },
  'pane.mergesTooMany': {
    ja: 'このシートは結合セルが多すぎて（512 か所を超える）、Excel が結合の一覧を返しません。結合セルの値を見落とす場合があります。不要な結合を解除するか、ファイルを保存して Office の外のページで検査してください。',
    en: 'This sheet has more merged areas than Excel returns at once (over 512): values in merged cells may be missed. Unmerge cells you do not need, or save the file and check it in the page outside Office.',
  },
  'pane.tooLarge': {
    ja: '申請書のシートが大きすぎて、Excel on the web が一度に返せません（5 MB の制限）。シートの不要な行を削除するか、デスクトップ版の Excel で開いてください。',
    en: 'The form’s sheet is too large for Excel on the web to return at once (5 MB limit). Delete unneeded rows on the sheet, or open the workbook in Excel for Windows or Mac.',
  },
  'pane.templateOnMac': {
    ja: 'Office for Mac ではアドインからのダウンロードが動きません。「テンプレートを挿入」でこのブックにシートとして追加してください。',
    en: 'Downloads from add-ins do not work in Office on Mac: use “Insert the template” to add it to this workbook as a sheet.',
  },
  'pane.noTable': {
    ja: '証明書の表（シリアル番号の見出し）が見つかりません。先に検査するか、テンプレートを挿入してください。',
    en: 'The certificate table (the serial number header) was not found. Check first, or insert the template.',
  },
  'pane.tableFull': {
    ja: '証明書の表に空き行がありません（最大 20 件）。',
    en: 'The certificate table has no empty row left (at most 20).',
  },
  'pane.certificateFilled': {
    ja: '{row} 行目に証明書の情報を入力しました（シリアル番号 {serial}）。失効理由を選んでください。',
    en: 'Filled in row {row} (serial {serial}). Choose the revocation reason.',
  },
  'pane.certificateHint': {
    ja: '.cer / .crt / .pem（DER または PEM）。秘密鍵は読み込みません。',
    en: '.cer / .crt / .pem (DER or PEM). Private keys are never read.',
  },
  'pane.privateKeyRefused': {
    ja: 'このファイルには秘密鍵が含まれています。秘密鍵は不要です。証明書（.cer / .crt / .pem）だけを選んでください。',
    en: 'This file holds a private key, which is not needed. Choose the certificate only (.cer / .crt / .pem).',
  },
  'pane.notCertificate': {
    ja: '証明書として読み取れませんでした: {detail}',
    en: 'Not a readable certificate: {detail}',
  },
  'pane.officeError': {
    ja: 'Excel とのやり取りで問題が起きました: {detail}',
    en: 'Excel reported a problem: {detail}',
  },
  'pane.fileError': {
    ja: 'ファイルを読み取れませんでした: {detail}',
    en: 'The file could not be read: {detail}',
  },
  'pane.profileTitle': {
    ja: 'プロファイル設定（利用機関の登録情報）',
    en: 'Profile (what the service knows of the institution)',
  },
  'pane.profileIntro': {
    ja: '入力した項目だけが申請書と照合されます。設定はこのコンピューターのこのブラウザー（Office）に保存されます。',
    en: 'Only the items you fill in are compared with the form. Kept in this browser (Office) on this computer.',
  },
  'pane.profileSaved': { ja: 'プロファイルを保存しました。', en: 'Profile saved.' },
  'pane.profileInstitutionName': { ja: '利用機関名', en: 'Institution name' },
  'pane.profileAddress': { ja: '登録住所', en: 'Registered address' },
  'pane.profileOrganization': { ja: 'O（組織名）', en: 'O (organisation)' },
  'pane.profileLocality': { ja: 'L（市区町村名）', en: 'L (locality)' },
  'pane.profileState': { ja: 'ST（都道府県名）', en: 'ST (prefecture)' },
  'pane.profileExtraPrefixes': {
    ja: '追加の法人種別（読点またはカンマ区切り）',
    en: 'Extra entity prefixes (comma separated)',
  },
  'pane.profileOfficerName': { ja: '登録担当者氏名', en: 'Registration officer’s name' },
  'pane.profileOfficerEmail': { ja: '登録担当者メールアドレス', en: 'Registration officer’s e-mail' },
  'pane.profileOfficerPhone': { ja: '登録担当者電話番号', en: 'Registration officer’s phone' },
  'pane.profileOfficerDepartment': { ja: '登録担当者所属', en: 'Registration officer’s department' },
  'pane.loading': { ja: '読み込み中…', en: 'Loading…' },
  'pane.findingsHeading': { ja: '検査結果', en: 'Findings' },
  'pane.actionsHeading': { ja: '操作', en: 'Actions' },
  'pane.readStandalone': {
    ja: 'Outlook の外で開いています。申請書ファイル（.xlsx）を選ぶと、受信した申請書と同じ確認を行います。',
    en: 'Running outside Outlook. Choose a form file (.xlsx) to check it as a received form is checked.',
  },
  'pane.readPickForm': { ja: '申請書ファイルを選ぶ', en: 'Choose a form file' },
  'pane.readBlockedPick': {
    ja: '申請書にエラーがあります。Excel で直して保存し、「申請書ファイルを選ぶ」で選び直してください。',
    en: 'The form has errors. Fix them in Excel, save, and choose the file again with “Choose a form file”.',
  },
  'pane.readBlockedMail': {
    ja: '申請書にエラーがあるため、このメールからは送信準備できません。利用管理者に修正した申請書を送ってもらうか、保存して Excel で直し、新しいメッセージの作成画面で選んでください。',
    en: 'The form has errors, so the submission cannot start from this mail. Ask the usage administrator for a corrected form, or save it, fix it in Excel and choose it in a new message’s compose pane.',
  },
});
