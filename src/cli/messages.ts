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
  'cli.usage': { ja: '使い方: {usage}', en: 'Usage: {usage}' },
  'cli.args.no-value-taken': { ja: '{option} は値を取りません。', en: '{option} takes no value.' },
  'cli.args.value-needed': { ja: '{option} に値を指定してください。', en: '{option} needs a value.' },
  'cli.args.unknown-option': { ja: '不明なオプション: {option}', en: 'Unknown option: {option}' },
  'cli.unknown-command': { ja: '不明なコマンド: {name}', en: 'Unknown command: {name}' },
  'cli.error': { ja: 'エラー: {message}', en: 'Error: {message}' },
  'cli.internal': {
    ja: '予期しないエラーが起きました（{detail}）。{afterwards}',
    en: 'An unexpected error occurred ({detail}). {afterwards}',
  },
  'cli.inputs-unchanged': { ja: '入力ファイルは変更していません。', en: 'The input files were not changed.' },
  'cli.nothing-written': { ja: '何も書き出していません。', en: 'Nothing was written.' },
  'cli.today-format': {
    ja: '--today は YYYY-MM-DD で指定してください: {value}',
    en: '--today takes YYYY-MM-DD: {value}',
  },
  'cli.mail.trust-no-certificate': {
    ja: '{path} に証明書（PEM または DER）が見つかりません。',
    en: 'No certificate (PEM or DER) found in {path}.',
  },
  'cli.mail.pdf-unreadable': { ja: 'PDF {name} を読めません。', en: 'Cannot read the PDF {name}.' },
  'cli.mail.form': { ja: '申請書', en: 'Form' },
  'cli.mail.subject': { ja: '件名', en: 'Subject' },
  'cli.mail.to': { ja: '宛先', en: 'To' },
  'cli.report.error': { ja: 'エラー', en: 'error' },
  'cli.report.warning': { ja: '警告', en: 'warning' },
  'cli.report.info': { ja: '情報', en: 'info' },
  'cli.report.fix': { ja: '修正案', en: 'fix' },
  'cli.report.title': { ja: '申請書チェック', en: 'Form check' },
  'cli.report.sheet': { ja: 'シート「{sheet}」', en: 'sheet 「{sheet}」' },
  'cli.report.no-sheet': { ja: 'シートなし', en: 'no sheet' },
  'cli.report.certificates': {
    ja: '失効する証明書 {n}件',
    en: '{n} certificate(s)',
  },
  'cli.report.clean': { ja: '問題は見つかりませんでした。', en: 'No problems found.' },
  'cli.report.warnings-only': {
    ja: 'エラーはありません（警告を確認してください）。',
    en: 'No errors (look at the warnings).',
  },
  'cli.report.errors': {
    ja: 'エラーを直してから提出してください。',
    en: 'Fix the errors before submitting.',
  },
  'cli.report.counts': {
    ja: 'エラー {errors}件、警告 {warnings}件',
    en: '{errors} error(s), {warnings} warning(s)',
  },
});

export const text = cliMessages.t;
