/** The command line's messages (except verify-pdf's verdict lines, which live in src/pdf). */
import { defineMessages } from '../messages/define';

export const cliMessages = defineMessages('cli', {
  'cli.output.is-input': {
    ja: '出力先（--out）{out} は入力ファイル {input} と同じファイルです。入力ファイルは変更していません。別の出力先を指定してください。',
    en: 'The output (--out) {out} is the same file as the input {input}. The input was not changed; name another output.',
  },
  'cli.output.exists': {
    ja: '{path} はすでにあります。上書きしていません。別の名前を指定するか、上書きしてよければ {hint} を付けてください。',
    en: '{path} already exists and was not overwritten. Name another file, or add {hint} to replace it.',
  },
  'cli.output.unwritable': {
    ja: '{path} に書き出せません（{detail}）。',
    en: 'Cannot write {path} ({detail}).',
  },
  'cli.template.written': {
    ja: 'テンプレートを書き出しました: {path}',
    en: 'Template written: {path}',
  },
  'cli.mail.identity-not-checked': {
    ja: '利用管理者の本人確認を行ったことを --identity-checked で明示してください。確認していない申請は作成しません。',
    en: "State with --identity-checked that you checked the usage administrator's identity. Without it no draft is made.",
  },
  'cli.mail.pdf.valid': { ja: '有効 — 電子署名は有効です。', en: 'valid — the signature is valid.' },
  'cli.mail.pdf.untrusted': {
    ja: '信頼できない署名者 — 署名は改ざんされていませんが、署名者の証明書が信頼できないか期限外です。',
    en: 'untrusted signer — the signature is intact, but the signer is not trusted or was out of validity.',
  },
  'cli.mail.pdf.unsigned': {
    ja: '署名なし — 電子署名のないPDFです（押印のスキャン）。',
    en: 'unsigned — the PDF has no signature (a scanned seal).',
  },
  'cli.mail.pdf.modified': {
    ja: '署名後に変更あり — 署名の後に内容が変更されています。',
    en: 'modified — the content was changed after signing.',
  },
  'cli.mail.pdf.broken': {
    ja: '署名が壊れている — 電子署名が壊れています。',
    en: 'broken — the signature is broken.',
  },
  'cli.mail.pdf.error': { ja: '読めない — PDFとして読めません。', en: 'unreadable — not readable as a PDF.' },
  'cli.mail.accept-unsigned': {
    ja: '押印が見えることを目で確かめたうえで送る場合は {option} を付けてください（署名のないPDFを受け入れます）。',
    en: 'After checking yourself that the seal is visible, add {option} to send it (it accepts a PDF without a signature).',
  },
  'cli.mail.accept-untrusted': {
    ja: '署名者が正しい人であることを確かめたうえで送る場合は {option} を付けてください（信頼できない署名者の署名を受け入れます）。',
    en: 'After checking yourself who signed it, add {option} to send it (it accepts a signature by a signer that is not trusted).',
  },
  'cli.mail.pdf-not-acceptable': {
    ja: 'このPDFは送れません。署名し直したPDF（または押印したPDF）を --pdf で指定してください。',
    en: 'This PDF cannot be sent. Pass a newly signed (or sealed) PDF with --pdf.',
  },
  'cli.mail.not-written': { ja: '下書きは作成していません。', en: 'No draft was written.' },
  'cli.mail.written': {
    ja: '下書きを書き出しました: {path}（Outlook で開くと未送信の下書きになります）',
    en: 'Draft written: {path} (opens in Outlook as an unsent draft)',
  },
  'cli.mail.written-stdout': {
    ja: '下書きを標準出力に書き出しました。',
    en: 'Draft written to standard output.',
  },
  'cli.report.counts': {
    ja: 'エラー {errors}件、警告 {warnings}件',
    en: '{errors} error(s), {warnings} warning(s)',
  },
});

export const text = cliMessages.t;
