/** The command line's messages (a PDF verdict's name and meaning live in src/pdf/verdict-messages.ts). */
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
  // The PDF's verdict: its name and src/pdf's sentence of what it means; the options below are the next step.
  'cli.mail.pdf-verdict': { ja: '判定「{label}」— {meaning}', en: 'Verdict 「{label}」 — {meaning}' },
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
  'cli.mail.out-not-eml': {
    ja: '出力先（--out）{out} の名前が .eml で終わっていません。Outlook などのメールソフトは .eml の名前のファイルを下書きとして開きます。{suggested} のように指定してください。何も書き出していません。',
    en: 'The output (--out) {out} does not end in .eml; Outlook and other mail programs open a draft by its .eml name. Name it like {suggested}. Nothing was written.',
  },
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
  // `upki-revoke --help`
  'cli.help.title': {
    ja: 'UPKI コード署名証明書 失効申請のチェック',
    en: 'UPKI code-signing revocation checks',
  },
  'cli.help.usage': { ja: '使い方', en: 'Usage' },
  'cli.help.exit-codes': { ja: '終了コード', en: 'Exit codes' },
  'cli.help.exit.problems': { ja: '問題あり', en: 'problems found' },
  'cli.help.exit.unreadable': { ja: '読めない入力', en: 'unreadable input' },
  // Input files (check, mail, notice, verify-pdf) and the profile (spec/form.md §4).
  'cli.input.file': { ja: 'ファイル', en: 'file' },
  'cli.input.too-large': {
    ja: '{what} {path} は上限の {limit} を超えています。小さくしてから指定してください。',
    en: 'The {what} {path} is larger than the limit of {limit}: make it smaller and try again.',
  },
  'cli.input.unreadable': {
    ja: '{what} {path} を読めません: {reason}。',
    en: 'Cannot read the {what} {path}: {reason}.',
  },
  'cli.input.trust-anchor': { ja: '信頼アンカー', en: 'trust anchor' },
  'cli.input.trust-unreadable': {
    ja: '信頼する証明書 {path} を読めません（PEM または DER 形式の証明書を指定してください）。',
    en: 'Cannot read the trust anchor {path} (give a PEM or DER certificate).',
  },
  'cli.input.pdf': { ja: 'PDF', en: 'PDF' },
  'cli.input.mail': { ja: 'メール', en: 'mail' },
  'cli.profile.unreadable': {
    ja: 'プロファイル {path} を読めません。',
    en: 'Cannot read the profile {path}.',
  },
  'cli.profile.not-json': {
    ja: 'プロファイル {path} は正しいJSONではありません（{detail}）。',
    en: 'The profile {path} is not valid JSON ({detail}).',
  },
  'cli.profile.invalid': { ja: 'プロファイル {path}: {problem}', en: 'Profile {path}: {problem}' },
  'cli.profile.not-object': { ja: 'JSONオブジェクトではありません。', en: 'not a JSON object.' },
  'cli.profile.not-string': { ja: '{key} は文字列にしてください。', en: '{key} must be a string.' },
  'cli.profile.prefixes-not-strings': {
    ja: 'extraEntityPrefixes は文字列の配列にしてください。',
    en: 'extraEntityPrefixes must be an array of strings.',
  },
  'cli.profile.officer-not-object': {
    ja: 'officer はオブジェクトにしてください。',
    en: 'officer must be an object.',
  },
  // `notice`
  'cli.notice.form-no-serial': {
    ja: '申請書 {file} にシリアル番号が見つかりません。',
    en: 'No serial found on the form {file}.',
  },
  'cli.notice.not-in-notice': {
    ja: '申請書の証明書のうち{n}件（{serials}）は、この通知にありません（まだ失効していません）。',
    en: '{n} certificate(s) of the form ({serials}) are not in this notice (not revoked yet).',
  },
  'cli.notice.extra': {
    ja: '通知には申請書にない証明書（{serials}）もあります。',
    en: 'The notice also lists certificates not on the form ({serials}).',
  },
  'cli.notice.result.complete': {
    ja: '✓ 申請書の証明書はすべて失効しました。',
    en: '✓ Every certificate of the form is revoked.',
  },
  'cli.notice.result.incomplete': {
    ja: '✗ 申請書の証明書のうち、まだ失効していないものがあります。',
    en: '✗ Some certificates of the form are not revoked yet.',
  },
  'cli.notice.result.no-serials': { ja: '✗ シリアル番号が見つかりませんでした。', en: '✗ No serial found.' },
  'cli.notice.result.listed': {
    ja: '✓ 失効した証明書を読み取りました。',
    en: '✓ Revoked certificates read.',
  },
  'cli.notice.heading': { ja: '失効完了通知', en: 'Completion notice' },
  'cli.notice.from': { ja: '差出人', en: 'From' },
  'cli.notice.not-issuer': { ja: '発行者のアドレスではありません', en: 'not the issuer' },
  'cli.notice.date': { ja: '日付', en: 'Date' },
  'cli.notice.jst': { ja: '日本時間', en: 'JST' },
  'cli.notice.signed': { ja: 'S/MIME 署名', en: 'signed' },
  'cli.notice.signed-yes': { ja: 'あり（検証は Outlook で）', en: 'yes (Outlook verifies it)' },
  'cli.notice.signed-no': { ja: 'なし', en: 'no' },
  'cli.notice.certificates': { ja: '失効した証明書 {n}件', en: '{n} revoked certificate(s)' },
  'cli.notice.decimal': { ja: '10進', en: 'decimal' },
  'cli.notice.reason': { ja: '失効理由', en: 'reason' },
  'cli.notice.revoked': { ja: '失効済み', en: 'revoked' },
  'cli.notice.missing': { ja: '未失効', en: 'missing' },
  // `verify-pdf`: the readable report's labels (each printed 「日本語 / English: value」).
  'cli.pdf-report.bytes': { ja: 'バイト', en: 'bytes' },
  'cli.pdf-report.verdict': { ja: '判定: {label}', en: 'Verdict: {label}' },
  'cli.pdf-report.signature': { ja: '署名 {n}', en: 'Signature {n}' },
  'cli.pdf-report.no-field': { ja: '署名欄なし', en: 'no field' },
  'cli.pdf-report.kind.approval': { ja: '署名', en: 'signature' },
  'cli.pdf-report.kind.timestamp': { ja: '文書タイムスタンプ', en: 'document timestamp' },
  'cli.pdf-report.certification': { ja: '証明レベル', en: 'certification level' },
  'cli.pdf-report.intact': { ja: '改ざんなし', en: 'intact' },
  'cli.pdf-report.unmodified': { ja: '署名後の変更なし', en: 'unmodified since' },
  'cli.pdf-report.yes': { ja: 'はい', en: 'yes' },
  'cli.pdf-report.no': { ja: 'いいえ', en: 'no' },
  'cli.pdf-report.range': { ja: '署名範囲', en: 'signed range' },
  'cli.pdf-report.whole-file': { ja: 'ファイル全体', en: 'whole file' },
  'cli.pdf-report.digest': { ja: 'ハッシュ', en: 'digest' },
  'cli.pdf-report.signing-time': { ja: '署名時刻', en: 'signing time' },
  'cli.pdf-report.timestamp': { ja: 'タイムスタンプ', en: 'timestamp' },
  'cli.pdf-report.signer': { ja: '署名者', en: 'signer' },
  'cli.pdf-report.subject': { ja: '主体者', en: 'subject' },
  'cli.pdf-report.issuer': { ja: '発行者', en: 'issuer' },
  'cli.pdf-report.serial': { ja: 'シリアル番号', en: 'serial' },
  'cli.pdf-report.validity': { ja: '有効期間', en: 'validity' },
  'cli.pdf-report.trusted': { ja: '信頼', en: 'trusted' },
  'cli.pdf-report.appended': {
    ja: '最新の署名の後の追記',
    en: 'appended after the newest signature',
  },
  'cli.pdf-report.objects': { ja: '部品 {n} 個', en: '{n} objects' },
  'cli.pdf-report.not-allowed': { ja: '許されない変更', en: 'not allowed' },
  // The PDF compared with the form (`verify-pdf --form`, `mail`).
  'cli.pdf-form.heading': { ja: '申請書との照合', en: 'Form cross-check' },
  'cli.pdf-form.same': { ja: '申請書と同じ内容', en: 'same as the form' },
  'cli.pdf-form.mismatch': { ja: '申請書と違う', en: 'differs from the form' },
  'cli.pdf-form.no-text': { ja: '文字なし（目で確認）', en: 'no text (compare by eye)' },
  // Why a file could not be read or written (file-problem.ts), instead of Node's `ENOENT: …`.
  'cli.file.read.ENOENT': { ja: 'ファイルが見つかりません', en: 'no such file' },
  'cli.file.write.ENOENT': { ja: '保存先のフォルダーがありません', en: 'the folder does not exist' },
  'cli.file.read.EISDIR': {
    ja: 'フォルダーです。ファイルを指定してください',
    en: 'it is a folder: name a file',
  },
  'cli.file.write.EISDIR': {
    ja: 'フォルダーです。ファイル名まで指定してください',
    en: 'it is a folder: give the file name too',
  },
  'cli.file.read.EACCES': { ja: '読み取る権限がありません', en: 'permission denied' },
  'cli.file.write.EACCES': { ja: '書き込む権限がありません', en: 'permission denied' },
  'cli.file.read.EROFS': { ja: '読み取り専用の場所です', en: 'read-only file system' },
  'cli.file.write.EROFS': { ja: '読み取り専用の場所です', en: 'read-only file system' },
  'cli.file.read.ENOSPC': { ja: 'ディスクの空きがありません', en: 'no space left on the disk' },
  'cli.file.write.ENOSPC': { ja: 'ディスクの空きがありません', en: 'no space left on the disk' },
  'cli.file.read.ENOTREG': {
    ja: '通常のファイルではありません。パイプやデバイスは読まないので、保存したファイルを指定してください',
    en: 'it is not a regular file; pipes and devices are not read, so give a saved file',
  },
  'cli.file.write.ENOTREG': {
    ja: '通常のファイルではありません。保存先のファイル名を指定してください',
    en: 'it is not a regular file; give the name of a file to write',
  },
  'cli.file.read.other': { ja: '読み取りに失敗しました', en: 'reading failed' },
  'cli.file.write.other': { ja: '書き込みに失敗しました', en: 'writing failed' },
  'cli.file.read.other-code': { ja: '読み取りに失敗しました（{code}）', en: 'reading failed ({code})' },
  'cli.file.write.other-code': { ja: '書き込みに失敗しました（{code}）', en: 'writing failed ({code})' },
});

export const text = cliMessages.t;

/** 「件名 / Subject」: a message as one line, Japanese first. */
export function both(message: { ja: string; en: string }): string {
  return `${message.ja} / ${message.en}`;
}
