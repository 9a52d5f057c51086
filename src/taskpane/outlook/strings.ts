/** The Outlook panes' display strings, Japanese first (the shared i18n picks the language). */
import type { Lang } from '../shared/i18n';

const ja = {
  composeTitle: '失効申請メールの準備',
  readTitle: '受け取った申請書の確認',
  subtitle: 'UPKI コード署名証明書',
  standalone: 'Outlook の外で開いています。ファイルの確認だけができます。',
  formHeading: '1. 申請書（Excel）',
  pdfHeading: '2. 押印または電子署名済みのPDF',
  confirmHeading: '3. 確認',
  checklistHeading: '送信前チェックリスト',
  pickForm: '申請書（.xlsx）を選ぶ',
  pickPdf: 'PDFを選ぶ',
  dropHint: 'ファイルをここにドラッグ＆ドロップすることもできます（Windows 版・Mac 版 Outlook）。',
  fromAttachment: 'メッセージに添付済みのファイルを確認しました',
  checking: '確認中…',
  loadingChecker: 'チェッカーを読み込み中…',
  notPicked: 'まだ選ばれていません。',
  fileLine: '{name}（{size}）',
  verdict: '判定',
  identity: '利用管理者の本人確認を行いました（登録担当者として確認済み）',
  confirmSeal: 'PDFに押印がはっきり見えることを確認しました',
  confirmSigner: '署名者と証明書を確認し、このPDFで申請します',
  ccAdmin: '利用管理者（{email}）を Cc に入れる',
  ccAdminNoEmail: '利用管理者を Cc に入れる（申請書にメールアドレスがありません）',
  prepare: '送信準備',
  preparing: '準備中…',
  attaching: '{name} を添付中… {pct}%',
  prepared:
    '宛先・件名・本文を設定し、ファイルを添付しました。チェックリストを確かめてから送信してください。',
  preparedNotice: '失効申請の送信準備ができました。',
  prepareBlockedForm:
    '申請書にエラーがあるため送信準備できません。Excel で直して保存し、選び直してください。',
  prepareBlockedNoForm: '申請書（.xlsx）を選んでください。',
  prepareBlockedNoPdf: 'PDFを選んでください。',
  prepareBlockedPdf: 'このPDFは申請に使えません: {why}',
  prepareBlockedPdfConfirm: 'PDFの確認にチェックを入れてください。',
  prepareBlockedIdentity: '利用管理者の本人確認のチェックを入れてください。',
  tooLarge: '{name} は {size} あり、Outlook で添付できる大きさ（約25MB）を超えています。',
  wrongType: '{name} は {kind} ではありません。',
  readError: 'ファイルを読み取れませんでした: {detail}',
  outlookError: 'Outlook とのやり取りで問題が起きました: {detail}',
  signerUnknown: '署名者 {email} は登録担当者ではありません。署名者を確かめてください。',
  ready: '送信できます',
  notReady: 'まだ送信できません',
  refresh: 'メッセージを再確認',
  state_ok: 'OK',
  state_warning: '警告',
  state_error: '要対応',
  state_pending: '未了',
  noXlsx: 'このメールには申請書（.xlsx）が添付されていません。',
  cloudAttachment: '{name} はクラウド添付のため読めません。',
  startSubmission: 'この申請書で失効申請メールを作成',
  startSubmissionHint:
    '新しいメッセージに宛先と件名を入れて開きます。添付ファイルは引き継げないため、次の手順で添付してください。',
  nextStepSave: '1. 下の「申請書を保存」で申請書をそのまま保存します（内容は変わりません）。',
  nextStepPick:
    '2. 新しいメッセージでこのアドインの「申請メール準備」を開き、保存した申請書と押印・署名済みPDFを選びます。',
  saveForm: '申請書を保存（{name}）',
  saveFormMac:
    'Mac 版 Outlook ではアドインからファイルを保存できません。このメールの添付ファイル {name} を開くかデスクトップにドラッグして、そのまま保存してください。',
  opened: '新しいメッセージを開きました。',
  newMessageUnsupported:
    'この Outlook では新しいメッセージを開けません。新規メールを作成し、宛先 {to}、件名「{subject}」を入れてください。',
  formsFound: '添付の申請書',
};

export type OutlookStrings = typeof ja;

const en: OutlookStrings = {
  composeTitle: 'Prepare the revocation mail',
  readTitle: 'Check a received form',
  subtitle: 'UPKI code-signing certificates',
  standalone: 'Running outside Outlook: files can be checked only.',
  formHeading: '1. The form (Excel)',
  pdfHeading: '2. The sealed or signed PDF',
  confirmHeading: '3. Confirmations',
  checklistHeading: 'Checklist before sending',
  pickForm: 'Choose the form (.xlsx)',
  pickPdf: 'Choose the PDF',
  dropHint: 'You can also drag and drop the files here (Outlook for Windows and Mac).',
  fromAttachment: 'Checked the file already attached to the message',
  checking: 'Checking…',
  loadingChecker: 'Loading the checker…',
  notPicked: 'Not chosen yet.',
  fileLine: '{name} ({size})',
  verdict: 'Verdict',
  identity: "I checked the usage administrator's identity (as registration officer)",
  confirmSeal: 'I checked that the seal is clearly visible in the PDF',
  confirmSigner: 'I checked the signer and its certificate and submit this PDF',
  ccAdmin: 'Cc the usage administrator ({email})',
  ccAdminNoEmail: 'Cc the usage administrator (no e-mail on the form)',
  prepare: 'Prepare (送信準備)',
  preparing: 'Preparing…',
  attaching: 'Attaching {name}… {pct}%',
  prepared: 'To, subject and body are set and the files attached. Check the list, then send.',
  preparedNotice: 'The revocation mail is ready to send.',
  prepareBlockedForm:
    'The form has errors, so the mail cannot be prepared. Fix it in Excel, save, and choose it again.',
  prepareBlockedNoForm: 'Choose the form (.xlsx).',
  prepareBlockedNoPdf: 'Choose the PDF.',
  prepareBlockedPdf: 'This PDF cannot be submitted: {why}',
  prepareBlockedPdfConfirm: 'Tick the PDF confirmation.',
  prepareBlockedIdentity: "Tick the usage administrator's identity confirmation.",
  tooLarge: '{name} is {size}, more than Outlook can attach (about 25 MB).',
  wrongType: '{name} is not {kind}.',
  readError: 'The file could not be read: {detail}',
  outlookError: 'Outlook reported a problem: {detail}',
  signerUnknown: 'The signer {email} is not the registration officer. Check who signed.',
  ready: 'Ready to send',
  notReady: 'Not ready to send',
  refresh: 'Re-check the message',
  state_ok: 'OK',
  state_warning: 'Note',
  state_error: 'To do',
  state_pending: 'Pending',
  noXlsx: 'No form (.xlsx) is attached to this mail.',
  cloudAttachment: '{name} is a cloud attachment and cannot be read.',
  startSubmission: 'Start the revocation mail with this form',
  startSubmissionHint:
    'Opens a new message with To and subject filled in. Attachments cannot be carried over; attach them as follows.',
  nextStepSave: '1. Save the form with “Save the form” below (its bytes are unchanged).',
  nextStepPick:
    '2. In the new message open this add-in (Prepare submission) and choose the saved form and the sealed or signed PDF.',
  saveForm: 'Save the form ({name})',
  saveFormMac:
    'Outlook for Mac cannot save files from an add-in. Open the attachment {name} in this mail, or drag it to the desktop, and save it as it is.',
  opened: 'A new message was opened.',
  newMessageUnsupported:
    'This Outlook cannot open a new message. Create one with To {to} and the subject “{subject}”.',
  formsFound: 'Attached forms',
};

export const OUTLOOK_STRINGS: Readonly<Record<Lang, OutlookStrings>> = { ja, en };

/** 1.2 MB, 340 KB, 12 bytes. */
export function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
