/**
 * The Outlook panes' display strings (compose and read panes), Japanese and English side by side.
 * strings.ts serves them to components as `s.key`; src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../../messages/define';

export const outlookMessages = defineMessages('outlook', {
  'outlook.composeTitle': { ja: '失効申請メールの準備', en: 'Prepare the revocation mail' },
  'outlook.readTitle': { ja: '受け取った申請書の確認', en: 'Check a received form' },
  'outlook.subtitle': { ja: 'UPKI コード署名証明書', en: 'UPKI code-signing certificates' },
  'outlook.standalone': {
    ja: 'Outlook の外で開いています。ファイルの確認だけができます。',
    en: 'Running outside Outlook: files can be checked only.',
  },
  'outlook.formHeading': { ja: '1. 申請書（Excel）', en: '1. The form (Excel)' },
  'outlook.pdfHeading': { ja: '2. 押印または電子署名済みのPDF', en: '2. The sealed or signed PDF' },
  'outlook.confirmHeading': { ja: '3. 確認', en: '3. Confirmations' },
  'outlook.checklistHeading': { ja: '送信前チェックリスト', en: 'Checklist before sending' },
  'outlook.pickForm': { ja: '申請書（.xlsx）を選ぶ', en: 'Choose the form (.xlsx)' },
  'outlook.pickPdf': { ja: 'PDFを選ぶ', en: 'Choose the PDF' },
  'outlook.dropHint': {
    ja: 'ファイルをここにドラッグ＆ドロップすることもできます（Windows 版・Mac 版 Outlook）。',
    en: 'You can also drag and drop the files here (Outlook for Windows and Mac).',
  },
  'outlook.fromAttachment': {
    ja: 'メッセージに添付済みのファイルを確認しました',
    en: 'Checked the file already attached to the message',
  },
  'outlook.checking': { ja: '確認中…', en: 'Checking…' },
  'outlook.notPicked': { ja: 'まだ選ばれていません。', en: 'Not chosen yet.' },
  'outlook.fileLine': { ja: '{name}（{size}）', en: '{name} ({size})' },
  'outlook.verdict': { ja: '判定', en: 'Verdict' },
  'outlook.identity': {
    ja: '利用管理者の本人確認を行いました（登録担当者として確認済み）',
    en: "I checked the usage administrator's identity (as registration officer)",
  },
  'outlook.confirmSeal': {
    ja: 'PDFに押印がはっきり見えることを確認しました',
    en: 'I checked that the seal is clearly visible in the PDF',
  },
  'outlook.confirmSigner': {
    ja: '署名者と証明書を確認し、このPDFで申請します',
    en: 'I checked the signer and its certificate and submit this PDF',
  },
  'outlook.ccAdmin': {
    ja: '利用管理者（{email}）を Cc に入れる',
    en: 'Cc the usage administrator ({email})',
  },
  'outlook.ccAdminNoEmail': {
    ja: '利用管理者を Cc に入れる（申請書にメールアドレスがありません）',
    en: 'Cc the usage administrator (no e-mail on the form)',
  },
  'outlook.prepare': { ja: '送信準備', en: 'Prepare' },
  'outlook.preparing': { ja: '準備中…', en: 'Preparing…' },
  'outlook.attaching': { ja: '{name} を添付中… {pct}%', en: 'Attaching {name}… {pct}%' },
  'outlook.prepared': {
    ja: '宛先・件名・本文を設定し、ファイルを添付しました。チェックリストを確かめてから送信してください。',
    en: 'To, subject and body are set and the files attached. Check the list, then send.',
  },
  'outlook.preparedNotice': {
    ja: '失効申請の送信準備ができました。',
    en: 'The revocation mail is ready to send.',
  },
  'outlook.tooLarge': {
    ja: '{name} は {size} あり、Outlook で添付できる大きさ（約25MB）を超えています。',
    en: '{name} is {size}, more than Outlook can attach (about 25 MB).',
  },
  'outlook.wrongType': { ja: '{name} は {kind} ではありません。', en: '{name} is not {kind}.' },
  'outlook.readError': {
    ja: 'ファイルを読み取れませんでした: {detail}',
    en: 'The file could not be read: {detail}',
  },
  'outlook.outlookError': {
    ja: 'Outlook とのやり取りで問題が起きました: {detail}',
    en: 'Outlook reported a problem: {detail}',
  },
  'outlook.signerUnknown': {
    ja: '署名者 {email} は登録担当者ではありません。署名者を確かめてください。',
    en: 'The signer {email} is not the registration officer. Check who signed.',
  },
  'outlook.ready': { ja: '送信できます', en: 'Ready to send' },
  'outlook.notReady': { ja: 'まだ送信できません', en: 'Not ready to send' },
  'outlook.refresh': { ja: 'メッセージを再確認', en: 'Re-check the message' },
  'outlook.stateOk': { ja: 'OK', en: 'OK' },
  'outlook.stateWarning': { ja: '警告', en: 'Warning' },
  'outlook.stateError': { ja: '要対応', en: 'To do' },
  'outlook.statePending': { ja: '未了', en: 'Pending' },
  'outlook.noXlsx': {
    ja: 'このメールには申請書（.xlsx）が添付されていません。',
    en: 'No form (.xlsx) is attached to this mail.',
  },
  'outlook.cloudAttachment': {
    ja: '{name} はクラウド添付のため読めません。',
    en: '{name} is a cloud attachment and cannot be read.',
  },
  'outlook.startSubmission': {
    ja: 'この申請書で失効申請メールを作成',
    en: 'Start the revocation mail with this form',
  },
  'outlook.startSubmissionHint': {
    ja: '新しいメッセージに宛先と件名を入れて開きます。添付ファイルは引き継げないため、次の手順で添付してください。',
    en: 'Opens a new message with To and subject filled in. Attachments cannot be carried over; attach them as follows.',
  },
  'outlook.nextStepSave': {
    ja: '1. 下の「申請書を保存」で申請書をそのまま保存します（内容は変わりません）。',
    en: '1. Save the form with “Save the form” below (its bytes are unchanged).',
  },
  'outlook.nextStepPick': {
    ja: '2. 新しいメッセージでこのアドインの「申請メール準備」を開き、保存した申請書と押印・署名済みPDFを選びます。',
    en: '2. In the new message open this add-in (Prepare submission) and choose the saved form and the sealed or signed PDF.',
  },
  'outlook.saveForm': { ja: '申請書を保存（{name}）', en: 'Save the form ({name})' },
  'outlook.saveFormMac': {
    ja: 'Mac 版 Outlook ではアドインからファイルを保存できません。このメールの添付ファイル {name} を開くかデスクトップにドラッグして、そのまま保存してください。',
    en: 'Outlook for Mac cannot save files from an add-in. Open the attachment {name} in this mail, or drag it to the desktop, and save it as it is.',
  },
  'outlook.opened': { ja: '新しいメッセージを開きました。', en: 'A new message was opened.' },
  'outlook.newMessageUnsupported': {
    ja: 'この Outlook では新しいメッセージを開けません。新規メールを作成し、宛先 {to}、件名「{subject}」を入れてください。',
    en: 'This Outlook cannot open a new message. Create one with To {to} and the subject “{subject}”.',
  },
  // The completion notice in the read pane (read/NoticeView.tsx).
  'outlook.noticeHeading': { ja: '失効完了通知', en: 'Completion notice' },
  'outlook.noticeRevoked': { ja: '失効した証明書 {n}件', en: '{n} revoked certificate(s)' },
  'outlook.noticeDecimal': { ja: '10進', en: 'decimal' },
  'outlook.noticePickEml': { ja: '通知メール（.eml）を開く', en: 'Open a notice (.eml)' },
  'outlook.noticePickForm': { ja: '申請書（.xlsx）と照合', en: 'Compare with a form (.xlsx)' },
  'outlook.noticeFormLine': { ja: '申請書 {name} の証明書', en: 'Certificates of the form {name}' },
  'outlook.noticeIsRevoked': { ja: '失効済み', en: 'revoked' },
  'outlook.noticeIsMissing': { ja: 'まだ失効していません', en: 'not revoked yet' },
  'outlook.noticeComplete': {
    ja: '申請書の証明書はすべて失効しました。',
    en: 'Every certificate of the form is revoked.',
  },
  'outlook.noticeIncomplete': {
    ja: '申請書の証明書のうち{n}件は、この通知にありません。',
    en: '{n} certificate(s) of the form are not in this notice.',
  },
  'outlook.noticeExtra': {
    ja: '通知には申請書にない証明書もあります: {serials}',
    en: 'The notice also lists certificates not on the form: {serials}',
  },
  'outlook.noticeSigned': {
    ja: 'S/MIME 署名付き（署名の検証は Outlook が行います）',
    en: 'S/MIME signed (Outlook verifies the signature)',
  },
  'outlook.noticeNotMail': {
    ja: 'このファイルはメールとして読めません。',
    en: 'This file cannot be read as a mail.',
  },
  'outlook.noticeStandaloneHint': {
    ja: '受け取った失効完了通知を .eml で保存して開くと、失効した証明書を一覧にします。',
    en: 'Save the completion notice as .eml and open it here to list the revoked certificates.',
  },
  'outlook.noticeNoForm': {
    ja: '申請書のシリアル番号が見つかりません。',
    en: 'No serial found on the form.',
  },
  // Page 1 of the PDF (PdfPreview.tsx).
  'outlook.previewHeading': { ja: 'PDFの1ページ目', en: 'Page 1 of the PDF' },
  'outlook.previewLoading': { ja: 'PDFを表示しています…', en: 'Rendering the PDF…' },
  'outlook.previewFailed': {
    ja: 'PDFを表示できません。PDFを開いて申請書と同じ内容か確かめてください。',
    en: 'The PDF cannot be shown. Open it and check that it shows the same form.',
  },
  'outlook.previewAlt': { ja: 'PDFの1ページ目のプレビュー', en: 'Preview of page 1 of the PDF' },
  'outlook.previewPages': { ja: '全{n}ページ', en: '{n} page(s)' },
});
