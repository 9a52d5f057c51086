/**
 * The Outlook read pane's display strings (the received form and the completion notice), Japanese
 * and English side by side. strings.ts serves them (with the shared Outlook ones) to components as
 * `s.key`; src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../../../messages/define';

export const readMessages = defineMessages('read', {
  'read.readTitle': { ja: '受け取った申請書の確認', en: 'Check a received form' },
  'read.readStandalone': {
    ja: 'Outlook の外で開いています。申請書ファイル（.xlsx）を選ぶと、受信した申請書と同じ確認を行います。',
    en: 'Running outside Outlook. Choose a form file (.xlsx) to check it as a received form is checked.',
  },
  'read.readPickForm': { ja: '申請書ファイルを選ぶ', en: 'Choose a form file' },
  'read.readBlockedPick': {
    ja: '申請書にエラーがあります。Excel で直して保存し、「申請書ファイルを選ぶ」で選び直してください。',
    en: 'The form has errors. Fix them in Excel, save, and choose the file again with “Choose a form file”.',
  },
  'read.readBlockedMail': {
    ja: '申請書にエラーがあるため、このメールからは送信準備できません。利用管理者に修正した申請書を送ってもらうか、保存して Excel で直し、新しいメッセージの作成画面で選んでください。',
    en: 'The form has errors, so the submission cannot start from this mail. Ask the usage administrator for a corrected form, or save it, fix it in Excel and choose it in a new message’s compose pane.',
  },
  'read.noXlsx': {
    ja: 'このメールには申請書（.xlsx）が添付されていません。',
    en: 'No form (.xlsx) is attached to this mail.',
  },
  'read.cloudAttachment': {
    ja: '{name} はクラウド添付のため読めません。',
    en: '{name} is a cloud attachment and cannot be read.',
  },
  'read.startSubmission': {
    ja: 'この申請書で失効申請メールを作成',
    en: 'Start the revocation mail with this form',
  },
  'read.startSubmissionHint': {
    ja: '新しいメッセージに宛先と件名を入れて開きます。添付ファイルは引き継げないため、次の手順で添付してください。',
    en: 'Opens a new message with To and subject filled in. Attachments cannot be carried over; attach them as follows.',
  },
  'read.nextStepSave': {
    ja: '1. 下の「申請書を保存」で申請書をそのまま保存します（内容は変わりません）。',
    en: '1. Save the form with “Save the form” below (its bytes are unchanged).',
  },
  'read.nextStepPick': {
    ja: '2. 新しいメッセージでこのアドインの「申請メール準備」を開き、保存した申請書と押印・署名済みPDFを選びます。',
    en: '2. In the new message open this add-in (Prepare submission) and choose the saved form and the sealed or signed PDF.',
  },
  'read.saveForm': { ja: '申請書を保存（{name}）', en: 'Save the form ({name})' },
  'read.saveFormMac': {
    ja: 'Mac 版 Outlook ではアドインからファイルを保存できません。このメールの添付ファイル {name} を開くかデスクトップにドラッグして、そのまま保存してください。',
    en: 'Outlook for Mac cannot save files from an add-in. Open the attachment {name} in this mail, or drag it to the desktop, and save it as it is.',
  },
  'read.opened': { ja: '新しいメッセージを開きました。', en: 'A new message was opened.' },
  'read.newMessageUnsupported': {
    ja: 'この Outlook では新しいメッセージを開けません。新規メールを作成し、宛先 {to}、件名「{subject}」を入れてください。',
    en: 'This Outlook cannot open a new message. Create one with To {to} and the subject “{subject}”.',
  },
  // The completion notice in the read pane (read/NoticeView.tsx).
  'read.noticeHeading': { ja: '失効完了通知', en: 'Completion notice' },
  'read.noticeRevoked': { ja: '失効した証明書 {n}件', en: '{n} revoked certificate(s)' },
  'read.noticeDecimal': { ja: '10進', en: 'decimal' },
  'read.noticePickEml': { ja: '通知メール（.eml）を開く', en: 'Open a notice (.eml)' },
  'read.noticePickForm': { ja: '申請書（.xlsx）と照合', en: 'Compare with a form (.xlsx)' },
  'read.noticeFormLine': { ja: '申請書 {name} の証明書', en: 'Certificates of the form {name}' },
  'read.noticeIsRevoked': { ja: '失効済み', en: 'revoked' },
  'read.noticeIsMissing': { ja: 'まだ失効していません', en: 'not revoked yet' },
  'read.noticeComplete': {
    ja: '申請書の証明書はすべて失効しました。',
    en: 'Every certificate of the form is revoked.',
  },
  'read.noticeIncomplete': {
    ja: '申請書の証明書のうち{n}件は、この通知にありません。',
    en: '{n} certificate(s) of the form are not in this notice.',
  },
  'read.noticeExtra': {
    ja: '通知には申請書にない証明書もあります: {serials}',
    en: 'The notice also lists certificates not on the form: {serials}',
  },
  'read.noticeSigned': {
    ja: 'S/MIME 署名付き（署名の検証は Outlook が行います）',
    en: 'S/MIME signed (Outlook verifies the signature)',
  },
  'read.noticeNotMail': {
    ja: 'このファイルはメールとして読めません。',
    en: 'This file cannot be read as a mail.',
  },
  'read.noticeStandaloneHint': {
    ja: '受け取った失効完了通知を .eml で保存して開くと、失効した証明書を一覧にします。',
    en: 'Save the completion notice as .eml and open it here to list the revoked certificates.',
  },
  'read.noticeNoForm': {
    ja: '申請書のシリアル番号が見つかりません。',
    en: 'No serial found on the form.',
  },
  // Page 1 of the PDF (PdfPreview.tsx).
});
