/**
 * The display strings both panes (Excel and Outlook) share: the finding list's. Japanese and
 * English side by side; i18n.ts serves them to components as `t.key`. Each pane keeps its own
 * strings in its own table (excel/, outlook/), so a pane ships only what it shows.
 * src/messages/catalog.ts registers every table.
 */
import { defineMessages } from '../../messages/define';

export const paneMessages = defineMessages('pane', {
  'pane.summaryErrors': { ja: 'エラー {n} 件', en: '{n} errors' },
  'pane.summaryWarnings': { ja: '警告 {n} 件', en: '{n} warnings' },
  'pane.summaryClean': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'pane.summaryNone': { ja: 'まだ検査していません。', en: 'Not checked yet.' },
  'pane.error': { ja: 'エラー', en: 'Error' },
  'pane.warning': { ja: '警告', en: 'Warning' },
  'pane.goToCell': { ja: 'セル {cell} へ移動', en: 'Go to cell {cell}' },
  'pane.fixCandidate': { ja: '→ 修正案「{value}」（{how}）', en: '→ fix: “{value}” ({how})' },
  'pane.empty': { ja: '（空）', en: '(empty)' },
});
