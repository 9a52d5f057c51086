/**
 * The submission's and the completion notice's messages (src/mail): the readiness checklist's
 * labels and details (the PDF verdict's meaning is src/pdf's), the send blocker, the size limit, the notice
 * reader's warnings. Japanese and English side by side; src/messages/catalog.ts registers the table.
 * The mail body sent to the issuer is Japanese-only content, not a message: it stays in body.ts.
 */
import { defineMessages } from '../messages/define';

export const mailMessages = defineMessages('mail', {
  // Checklist labels (mail.md "Ready to send"); the PDF-vs-form label is src/pdf-form's.
  'mail.item.to': { ja: '宛先（To）が {issuer} だけ', en: 'To is {issuer} alone' },
  'mail.item.subject': { ja: '件名が申請書どおり', en: 'Subject matches the form' },
  'mail.item.form': { ja: '申請書（.xlsx）を添付し、エラーなし', en: 'Form (.xlsx) attached, no errors' },
  'mail.item.pdf': { ja: '押印または電子署名済みPDFを添付', en: 'Sealed or signed PDF attached' },
  'mail.item.identity': { ja: '利用管理者の本人確認', en: "Usage administrator's identity checked" },
  'mail.item.attachments': { ja: '添付は申請書とPDFの2つだけ', en: 'Only the form and the PDF attached' },

  'mail.to.empty': {
    ja: '宛先（To）が空です。{issuer} を設定してください。',
    en: 'To is empty. Set {issuer}.',
  },
  'mail.to.others': {
    ja: 'To に {issuer} 以外の宛先があります（{others}）。削除するか Cc に移してください。',
    en: 'To has recipients other than {issuer} ({others}). Remove them or move them to Cc.',
  },
  'mail.to.twice': {
    ja: '{issuer} が重複しています。1つにしてください。',
    en: '{issuer} appears twice. Keep one.',
  },
  'mail.to.ok': { ja: '宛先は {issuer} です。', en: 'To is {issuer}.' },

  'mail.subject.pending': {
    ja: '申請書を確認すると件名が決まります。',
    en: 'The subject follows from the checked form.',
  },
  'mail.subject.after-form': {
    ja: '申請書のエラーを直すと、件名が申請書から作られます。',
    en: 'The subject is made from the form once its errors are fixed.',
  },
  'mail.subject.ok': { ja: '件名は申請書どおりです。', en: 'The subject matches the form.' },
  'mail.subject.differs': {
    ja: '件名が違います。「送信準備」で次の件名にしてください: {subject}',
    en: 'The subject differs. Use “Prepare” to set: {subject}',
  },

  'mail.file.changed': {
    ja: '添付の {name} は確認した後で変わっています（差し替えまたは変更）。アドインで確認し直してください。',
    en: 'The attached {name} changed after it was checked (replaced or edited). Check it again in the add-in.',
  },

  'mail.form.errors': {
    ja: '申請書にエラーが{n}件あります。直してから確認し直してください。',
    en: 'The form has {n} error(s). Fix them and check again.',
  },
  'mail.form.several': {
    ja: '申請書（.xlsx）が{n}つ添付されています。1つにしてください。',
    en: '{n} .xlsx files are attached. Keep one.',
  },
  'mail.form.notAttached': {
    ja: '申請書 {name} はまだ添付されていません（「送信準備」で添付します）。',
    en: 'The form {name} is not attached yet (“Prepare” attaches it).',
  },
  'mail.form.warnings': { ja: 'エラーはありません（警告{n}件）。', en: 'No errors ({n} warning(s)).' },
  'mail.form.ok': { ja: '申請書にエラーはありません。', en: 'The form has no errors.' },
  'mail.form.missing': { ja: '申請書（.xlsx）が添付されていません。', en: 'No form (.xlsx) is attached.' },
  'mail.form.unchecked': {
    ja: '添付の申請書 {name} はまだ確認されていません。アドインで確認してください。',
    en: 'The attached form {name} has not been checked yet. Check it in the add-in.',
  },

  // The PDF item's next step, after the verdict's meaning (src/pdf/verdict-messages.ts says what
  // the verdict means; the pane adds only what to do here).
  'mail.pdf.confirm-signer': {
    ja: '署名者を確かめて、確認のチェックを入れてください。',
    en: 'Check who signed it and tick the confirmation.',
  },
  'mail.pdf.confirm-seal': {
    ja: '押印が見えることを確かめてチェックを入れてください。',
    en: 'Check that the seal is visible and tick the confirmation.',
  },
  'mail.pdf.attach-resigned': {
    ja: '署名し直したPDFを添付してください。',
    en: 'Attach a newly signed PDF.',
  },
  'mail.pdf.attach-readable': {
    ja: '正しく保存したPDFを添付してください。',
    en: 'Attach a properly saved PDF.',
  },

  'mail.pdf.signerNotOfficer': {
    ja: 'ただし署名者 {signers} は登録担当者ではありません。',
    en: 'But the signer {signers} is not the registration officer.',
  },
  'mail.pdf.unsignedConfirmed': {
    ja: '判定「{verdict}」: 押印が見えることを確認済みです。',
    en: 'Verdict 「{verdict}」: the seal was confirmed visible.',
  },
  'mail.pdf.untrustedConfirmed': {
    ja: '判定「{verdict}」: 署名者を確認済みです。',
    en: 'Verdict 「{verdict}」: the signer was confirmed.',
  },
  'mail.pdf.several': {
    ja: 'PDFが{n}つ添付されています。1つにしてください。',
    en: '{n} PDF files are attached. Keep one.',
  },
  'mail.pdf.notAttached': {
    ja: 'PDF {name} はまだ添付されていません（「送信準備」で添付します）。',
    en: 'The PDF {name} is not attached yet (“Prepare” attaches it).',
  },
  'mail.pdf.missing': {
    ja: '押印または電子署名済みのPDFが添付されていません。',
    en: 'No sealed or signed PDF is attached.',
  },
  'mail.pdf.unchecked': {
    ja: '添付のPDF {name} はまだ確認されていません。アドインで確認してください。',
    en: 'The attached PDF {name} has not been checked yet. Check it in the add-in.',
  },
  'mail.pdf.signerUnknown': {
    ja: 'PDFの署名者 {email} は登録担当者でもプロファイルに登録された人でもありません。署名者を確かめてください。',
    en: 'The PDF signer {email} is neither the registration officer nor listed in the profile. Check who signed it.',
  },

  'mail.identity.ok': {
    ja: '利用管理者の本人確認を行ったことを確認済みです。',
    en: "The usage administrator's identity was checked.",
  },
  'mail.identity.missing': {
    ja: '利用管理者の本人確認を行ったら、チェックを入れてください。',
    en: "Tick the box once you have checked the usage administrator's identity.",
  },

  'mail.attachments.others': {
    ja: '申請書とPDF以外のファイルが添付されています（{names}）。削除してください。',
    en: 'Other files are attached ({names}). Remove them.',
  },

  // The send blocker (Smart Alerts, at most 500 characters).
  'mail.block.head': {
    ja: '失効申請の準備ができていません。足りないもの:',
    en: 'Not ready to send:',
  },
  'mail.block.tail': {
    ja: 'アドインの「送信準備」で直してください。',
    en: 'Open the add-in and use “Prepare”.',
  },
  'mail.block.notChecked': {
    ja: 'この失効申請メールはまだアドインで確認されていません。アドインの作業ウィンドウ（「失効申請メールの準備」）を開いて、申請書とPDFを確認してから送ってください。',
    en: 'This submission has not been checked by the add-in yet. Open the add-in pane and check the form and the PDF first, then send.',
  },

  'mail.block.checkFailed': {
    ja: '失効申請メールの確認ができませんでした（Outlook の応答なし）。アドインの作業ウィンドウで「送信準備」を確かめてから送ってください。',
    en: 'The submission check could not run (Outlook did not answer). Check the message in the add-in pane before sending.',
  },

  'mail.size.tooLarge': {
    ja: '添付ファイルの合計が {total} になり、1通あたりの上限 25 MB を超えます。ほかの添付を外すか、ファイルを小さくしてください（Outlook には何も送っていません）。',
    en: 'The attachments would total {total}, over the 25 MB a message may carry. Remove other attachments or make the files smaller (nothing was sent to Outlook).',
  },

  // The completion notice reader (mail.md "Completion notice").
  'mail.notice.noSerial': {
    ja: '失効した証明書のシリアル番号が見つかりませんでした（「シリアル番号」の見出しの下に番号がありません）。通知の本文を目で確かめてください。',
    en: 'Could not find serials of revoked certificates (no number under a 「シリアル番号」 (serial number) heading). Read the notice yourself.',
  },
  'mail.notice.unreadableLines': {
    ja: '「シリアル番号」の見出しの下に、番号として読めない行が{n}行あります。通知の本文も確かめてください。',
    en: "{n} line(s) under the serial-number heading could not be read as a serial. Check the notice's text too.",
  },
  'mail.notice.subjectUnknown': {
    ja: '件名に「失効完了」がありません。失効完了通知ではないかもしれません。',
    en: 'The subject does not say 「失効完了」 (revocation completed): this may not be a completion notice.',
  },
  'mail.notice.senderUnknown': {
    ja: '差出人 {from} は発行者（SECOM）のアドレスではありません。転送されたメールなら、元の通知を確かめてください。',
    en: "The sender {from} is not the issuer's (SECOM) address. If the mail was forwarded, check the original notice.",
  },
  'mail.notice.noSender': { ja: '(なし)', en: '(none)' },
  'mail.notice.notMail': {
    ja: 'メール（.eml）として読めません。Outlook などで「名前を付けて保存」した .eml ファイルを指定してください。',
    en: 'Cannot read this as a mail (.eml). Give an .eml file saved from the mail program.',
  },
});
