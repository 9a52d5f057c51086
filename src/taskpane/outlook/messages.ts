/**
 * The display strings both Outlook panes (compose and read) share, Japanese and English side by
 * side. strings.ts serves them to components as `s.key`; each pane has its own table for the rest
 * (compose/messages.ts, read/messages.ts). src/messages/catalog.ts registers the tables.
 */
import { defineMessages } from '../../messages/define';

export const outlookMessages = defineMessages('outlook', {
  'outlook.subtitle': { ja: 'UPKI コード署名証明書', en: 'UPKI code-signing certificates' },
  'outlook.checking': { ja: '確認中…', en: 'Checking…' },
  'outlook.outlookError': {
    ja: 'Outlook とのやり取りで問題が起きました: {detail}',
    en: 'Outlook reported a problem: {detail}',
  },
  'outlook.fromAttachment': {
    ja: 'メッセージに添付済みのファイルを確認しました',
    en: 'Checked the file already attached to the message',
  },
  'outlook.notPicked': { ja: 'まだ選ばれていません。', en: 'Not chosen yet.' },
  'outlook.fileLine': { ja: '{name}（{size}）', en: '{name} ({size})' },
});
