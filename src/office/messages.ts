/**
 * The Office adapters' messages: what an Outlook (Mailbox) error means for the officer, by the
 * adapter's error code. Japanese and English side by side; src/messages/catalog.ts registers the
 * table. (The Excel adapter's errors are codes; the Excel pane words them, src/taskpane/shared.)
 */
import { defineMessages } from '../messages/define';

export const officeMessages = defineMessages('office', {
  'office.mailbox.timeout': {
    ja: 'Outlook から応答がありません。通信状態を確かめて、もう一度お試しください。',
    en: 'Outlook did not answer. Check the network and try again.',
  },
  'office.mailbox.too-large': {
    ja: 'ファイルが25MBを超えているため添付できません。',
    en: 'The file is over 25 MB and cannot be attached.',
  },
  'office.mailbox.too-many-attachments': {
    ja: '添付ファイルの数が上限を超えています。',
    en: 'Too many attachments.',
  },
  'office.mailbox.too-many-recipients': { ja: '宛先の数が上限を超えています。', en: 'Too many recipients.' },
  'office.mailbox.invalid-recipients': {
    ja: '有効な宛先がありません。',
    en: 'No valid recipient was given.',
  },
  'office.mailbox.attachment-not-found': {
    ja: '添付ファイルが見つかりません（削除された可能性があります）。',
    en: 'The attachment was not found (it may have been removed).',
  },
  'office.mailbox.cloud-attachment': {
    ja: 'クラウド（共有リンク）の添付は中身を読めません。ファイルをコピーとして添付してください。',
    en: 'A cloud (shared link) attachment cannot be read. Attach the file as a copy.',
  },
  'office.mailbox.attachment-unreadable': {
    ja: 'Outlook がこの添付ファイルの中身を渡しませんでした（「送る > メール受信者」で添付したファイルで起きます）。添付を削除し、アドインの「選ぶ」ボタンかドラッグでファイルを選んでください。',
    en: 'Outlook did not hand over this attachment\'s content (happens with files attached through "Send to > Mail recipient"). Remove the attachment and pick the file with the add-in\'s button or by dragging it.',
  },
  'office.mailbox.attachment-failed': {
    ja: '添付に失敗しました。もう一度お試しください。',
    en: 'Attaching failed. Try again.',
  },
  'office.mailbox.html-failure': {
    ja: '本文を設定できませんでした（HTMLの変換に失敗）。',
    en: 'The body could not be set (HTML conversion failed).',
  },
  'office.mailbox.item-changed': {
    ja: '処理中にメッセージが切り替わりました。もう一度お試しください。',
    en: 'The message changed during the call. Try again.',
  },
  'office.mailbox.no-item': { ja: 'メッセージが選択されていません。', en: 'No message is selected.' },
  'office.mailbox.wrong-mode': {
    ja: 'この操作は作成中のメッセージでのみ使えます。',
    en: 'This works only on a message being composed.',
  },
  'office.mailbox.unsupported': {
    ja: 'この Outlook ではこの機能を使えません（Mailbox 要件セットが不足）。Outlook 2019 ボリュームライセンス版やオンプレミス Exchange では一部の機能が動きません。',
    en: 'This Outlook does not support the feature (Mailbox requirement set missing). Outlook 2019 volume licence and on-premises Exchange lack some features.',
  },
  'office.mailbox.access-restricted': {
    ja: '組織の設定によりこの操作は許可されていません。',
    en: "Your organisation's settings do not allow this.",
  },
  'office.mailbox.network': {
    ja: '通信エラーが起きました。もう一度お試しください。',
    en: 'A network error occurred. Try again.',
  },
  'office.mailbox.office': { ja: 'Outlook でエラーが起きました。', en: 'Outlook reported an error.' },
  'office.mailbox.officeDetail': {
    ja: 'Outlook でエラーが起きました（{detail}）。',
    en: 'Outlook reported an error ({detail}).',
  },
});
