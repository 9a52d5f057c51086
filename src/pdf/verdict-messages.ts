/**
 * The PDF verdict in words: its short name and the one sentence that says what it means. Every front
 * end shows this sentence (the verify-pdf report, the compose pane's checklist, the `mail` command)
 * and adds only its own next step (the report's are `verdict.next.*` in src/pdf/messages.ts); test/messages/verdict.test.ts fails if another table explains a
 * verdict again. A table apart from src/pdf/messages.ts: the Outlook send handler and the compose
 * pane load these few words without the PDF checker's messages.
 */
import { defineMessages } from '../messages/define';

export const verdictMessages = defineMessages('pdf', {
  // The verdict's short name, for a heading such as 「判定: 署名なし」.
  'verdict.label.valid': { ja: '有効', en: 'valid' },
  'verdict.label.untrusted': { ja: '信頼できない署名者', en: 'untrusted signer' },
  'verdict.label.modified': { ja: '署名後に変更あり', en: 'modified after signing' },
  'verdict.label.broken': { ja: '署名が壊れている', en: 'broken signature' },
  'verdict.label.unsigned': { ja: '署名なし', en: 'unsigned' },
  'verdict.label.error': { ja: '読めない', en: 'unreadable' },
  // What the verdict means (pdf.md "Verdicts").
  'verdict.valid': {
    ja: '電子署名は有効です。署名後の変更はなく、署名者の証明書は信頼できる認証局につながっています。',
    en: 'The electronic signature is valid: nothing was changed after signing and the signer’s certificate chains to a trusted CA.',
  },
  'verdict.untrusted': {
    ja: '署名は改ざんされていませんが、署名者の証明書を信頼できません（信頼する認証局につながらない、有効期間外など）。',
    en: 'The signature is intact, but the signer’s certificate cannot be trusted (it does not chain to a trusted CA, or it was out of validity, for example).',
  },
  'verdict.modified': {
    ja: '署名後に内容が追加または変更されています。',
    en: 'Content was added or changed after signing.',
  },
  'verdict.broken': {
    ja: '電子署名が壊れているか、検証できません。',
    en: 'The electronic signature is broken or cannot be verified.',
  },
  'verdict.unsigned': {
    ja: '電子署名のない PDF です（押印した書面のスキャンなど）。',
    en: 'This PDF has no electronic signature (a scan of the sealed form, for example).',
  },
  'verdict.error': {
    ja: 'PDF として検査できませんでした（壊れている、暗号化されている、25 MB を超えているなど）。',
    en: 'The file could not be checked as a PDF (damaged, encrypted or over 25 MB, for example).',
  },
});
