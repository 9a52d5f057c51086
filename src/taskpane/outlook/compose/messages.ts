/**
 * The Outlook compose pane's display strings, Japanese and English side by side. strings.ts serves
 * them (with the shared Outlook ones) to components as `s.key`; src/messages/catalog.ts registers
 * the table.
 */
import { defineMessages } from '../../../messages/define';

export const composeMessages = defineMessages('compose', {
  'compose.composeTitle': { ja: '失効申請メールの準備', en: 'Prepare the revocation mail' },
  'compose.standalone': {
    ja: 'Outlook の外で開いています。ファイルの確認だけができます。',
    en: 'Running outside Outlook: files can be checked only.',
  },
  'compose.formHeading': { ja: '1. 申請書（Excel）', en: '1. The form (Excel)' },
  'compose.pdfHeading': { ja: '2. 押印または電子署名済みのPDF', en: '2. The sealed or signed PDF' },
  'compose.confirmHeading': { ja: '3. 確認', en: '3. Confirmations' },
  'compose.checklistHeading': { ja: '送信前チェックリスト', en: 'Checklist before sending' },
  'compose.pickForm': { ja: '申請書（.xlsx）を選ぶ', en: 'Choose the form (.xlsx)' },
  'compose.pickPdf': { ja: 'PDFを選ぶ', en: 'Choose the PDF' },
  'compose.dropHint': {
    ja: 'ファイルをここにドラッグ＆ドロップすることもできます（Windows 版・Mac 版 Outlook）。',
    en: 'You can also drag and drop the files here (Outlook for Windows and Mac).',
  },
  'compose.verdict': { ja: '判定', en: 'Verdict' },
  'compose.identity': {
    ja: '利用管理者の本人確認を行いました（登録担当者として確認済み）',
    en: "I checked the usage administrator's identity (as registration officer)",
  },
  'compose.confirmSeal': {
    ja: 'PDFに押印がはっきり見えることを確認しました',
    en: 'I checked that the seal is clearly visible in the PDF',
  },
  'compose.confirmSigner': {
    ja: '署名者と証明書を確認し、このPDFで申請します',
    en: 'I checked the signer and its certificate and submit this PDF',
  },
  'compose.ccAdmin': {
    ja: '利用管理者（{email}）を Cc に入れる',
    en: 'Cc the usage administrator ({email})',
  },
  'compose.ccAdminNoEmail': {
    ja: '利用管理者を Cc に入れる（申請書にメールアドレスがありません）',
    en: 'Cc the usage administrator (no e-mail on the form)',
  },
  'compose.prepare': { ja: '送信準備', en: 'Prepare' },
  'compose.preparing': { ja: '準備中…', en: 'Preparing…' },
  'compose.attaching': { ja: '{name} を添付中… {pct}%', en: 'Attaching {name}… {pct}%' },
  'compose.prepared': {
    ja: '宛先・件名・本文を設定し、ファイルを添付しました。チェックリストを確かめてから送信してください。',
    en: 'To, subject and body are set and the files attached. Check the list, then send.',
  },
  'compose.preparedNotice': {
    ja: '失効申請の送信準備ができました。',
    en: 'The revocation mail is ready to send.',
  },
  'compose.tooLarge': {
    ja: '{name} は {size} あり、Outlook で添付できる大きさ（約25MB）を超えています。',
    en: '{name} is {size}, more than Outlook can attach (about 25 MB).',
  },
  'compose.wrongType': { ja: '{name} は {kind} ではありません。', en: '{name} is not {kind}.' },
  'compose.readError': {
    ja: 'ファイルを読み取れませんでした: {detail}',
    en: 'The file could not be read: {detail}',
  },
  'compose.signerUnknown': {
    ja: '署名者 {email} は登録担当者ではありません。署名者を確かめてください。',
    en: 'The signer {email} is not the registration officer. Check who signed.',
  },
  'compose.ready': { ja: '送信できます', en: 'Ready to send' },
  'compose.notReady': { ja: 'まだ送信できません', en: 'Not ready to send' },
  'compose.refresh': { ja: 'メッセージを再確認', en: 'Re-check the message' },
  'compose.stateOk': { ja: 'OK', en: 'OK' },
  'compose.stateWarning': { ja: '警告', en: 'Warning' },
  'compose.stateError': { ja: '要対応', en: 'To do' },
  'compose.statePending': { ja: '未了', en: 'Pending' },
  'compose.previewHeading': { ja: 'PDFの1ページ目', en: 'Page 1 of the PDF' },
  'compose.previewLoading': { ja: 'PDFを表示しています…', en: 'Rendering the PDF…' },
  'compose.previewFailed': {
    ja: 'PDFを表示できません。PDFを開いて申請書と同じ内容か確かめてください。',
    en: 'The PDF cannot be shown. Open it and check that it shows the same form.',
  },
  'compose.previewAlt': { ja: 'PDFの1ページ目のプレビュー', en: 'Preview of page 1 of the PDF' },
  'compose.previewPages': { ja: '全{n}ページ', en: '{n} page(s)' },
});
