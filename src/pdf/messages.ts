// What the officer reads: Japanese first, English beside; what happened and what to do.
import { defineMessages, type MessageParams, placeholders, sentences } from '../messages/define';
import type { PdfMessage, PdfVerdict } from './types';
import { VERDICTS, verdictMeaning } from './verdict';

/** The PDF checker's messages, keyed by the code that `--json` reports (`messages[].code`). */
export const pdfMessages = defineMessages('pdf', {
  // The verdicts' own sentences are in verdict-messages.ts (one home, shared with the panes).
  // Errors
  'error.too-large': {
    ja: 'ファイルが大きすぎます（{size}、上限 25 MB）。Outlook で送れる大きさにしてください。',
    en: 'The file is too large ({size}; the limit is 25 MB). Make it small enough to send with Outlook.',
  },
  'error.not-pdf': {
    ja: 'PDF ファイルではありません。PDF で保存し直したファイルを選んでください。',
    en: 'This is not a PDF file. Choose the file saved as PDF.',
  },
  'error.truncated': {
    ja: 'PDF が途中で切れているか、相互参照表が壊れています。元のファイルをもう一度保存または受け取り直してください。',
    en: 'The PDF is truncated or its cross-reference data is damaged. Save or obtain the original file again.',
  },
  'error.encrypted': {
    ja: 'PDF が暗号化（パスワード保護）されています。保護を外した PDF を用意してください。',
    en: 'The PDF is encrypted (password-protected). Provide a PDF without protection.',
  },
  'error.unreadable': {
    ja: 'この PDF の構造を読み取れませんでした。PDF として保存し直したファイル（署名済みなら署名し直したもの）を用意してください。',
    en: 'The structure of this PDF could not be read. Provide the file saved again as PDF (signed again if it was signed).',
  },
  'error.too-many-revisions': {
    ja: 'この PDF は版（追記による保存）の数が多すぎるため、検査しませんでした（上限 1,000 版）。元の PDF を用意してください。',
    en: 'This PDF has too many revisions (incremental saves) to be checked (the limit is 1,000). Provide the original PDF.',
  },
  'error.xref-loop': {
    ja: 'この PDF の相互参照（各版の目次）が循環しているため、検査できません。不正に作られたファイルの可能性があります。',
    en: 'The cross-reference data (the table of contents of each revision) of this PDF loops back on itself: it cannot be checked. The file may have been crafted.',
  },
  'error.nesting-too-deep': {
    ja: 'この PDF には入れ子が深すぎるデータ（64 段を超える）があり、検査できません。不正に作られたファイルの可能性があります。',
    en: 'This PDF holds data nested too deeply (more than 64 levels): it cannot be checked. The file may have been crafted.',
  },
  'error.too-much-data': {
    ja: 'この PDF の圧縮データは、展開するとファイルの大きさに比べて大きくなりすぎる（ファイルの 4 倍と 4 MB の合計、最大 100 MB を超える）ため、検査を打ち切りました。不正に作られたファイルの可能性があります。',
    en: 'The compressed data of this PDF expands far beyond the size of the file (more than 4 times the file plus 4 MB, 100 MB at most): the check was stopped. The file may have been crafted.',
  },
  'error.too-many-objects': {
    ja: 'この PDF の相互参照の項目数がファイルの大きさに見合わないため、検査できません。不正に作られたファイルの可能性があります。',
    en: 'The cross-reference data of this PDF lists more entries than the file can hold: it cannot be checked. The file may have been crafted.',
  },
  'error.too-complex': {
    ja: 'この PDF は部品が重なり合っていて読み取りに時間がかかりすぎるため、検査を打ち切りました。不正に作られたファイルの可能性があります。',
    en: 'The objects of this PDF overlap so that reading them would take too long: the check was stopped. The file may have been crafted.',
  },
  'error.too-many-signatures': {
    ja: 'この PDF には署名データが {count} 個あります。検査するのは 20 個までのため、判定できません。',
    en: 'This PDF holds {count} signature dictionaries; at most 20 are checked, so no verdict can be given.',
  },
  // Signature problems
  'sig.byterange-missing': {
    ja: '署名「{field}」には、どこに署名したかを示す情報（署名範囲）がありません。',
    en: 'Signature "{field}" has no /ByteRange (signed range).',
  },
  'sig.byterange-malformed': {
    ja: '署名「{field}」の署名範囲の情報が不正です（{detail}）。',
    en: 'The /ByteRange of signature "{field}" is malformed ({detail}).',
  },
  'sig.contents-missing': {
    ja: '署名「{field}」に署名値がないか、空です。',
    en: 'Signature "{field}" has no /Contents signature value, or it is empty.',
  },
  'sig.hole-mismatch': {
    ja: '署名「{field}」の署名範囲が、その署名値の置かれた位置と一致しません（署名の差し替えの疑い）。',
    en: 'The signed range of signature "{field}" does not match the position of its own /Contents (a sign of signature wrapping).',
  },
  'sig.not-at-eof': {
    ja: '署名「{field}」の署名範囲が、保存された版の終わりで終わっていません。',
    en: 'The signed range of signature "{field}" does not end at the end of a revision (%%EOF).',
  },
  'sig.duplicate-key': {
    ja: '署名「{field}」の署名データに、同じ項目が二重に書かれています。',
    en: 'The dictionary of signature "{field}" repeats a key ({detail}).',
  },
  'sig.padding-garbage': {
    ja: '署名「{field}」の署名値の後ろの余白にゼロ以外のデータがあります（署名されていないデータ）。',
    en: 'The padding after the signature value of "{field}" holds non-zero bytes (unsigned data).',
  },
  'sig.unsupported-subfilter': {
    ja: '署名「{field}」の形式には対応していません。Acrobat の既定の形式で署名し直してもらってください。',
    en: 'Signature "{field}" uses the format {detail}, which is not supported. Ask for a signature in Acrobat’s default format.',
  },
  'sig.field-without-dictionary': {
    ja: '署名欄「{field}」は署名済みですが、署名データが元の位置に見つかりません（PDF が保存し直された可能性があります）。',
    en: 'Signature field "{field}" is signed, but its signature data is not where it must be (the PDF may have been re-saved).',
  },
  'sig.not-in-form': {
    ja: 'どの署名欄からも参照されていない署名データがあります（署名欄が削除された可能性があります）。',
    en: 'A signature dictionary is not referenced by any signature field (the field may have been removed).',
  },
  'cms-unparsable': {
    ja: '署名「{field}」の署名データを読み取れません。',
    en: 'The signature data (CMS) of "{field}" cannot be read.',
  },
  'cms-not-signed-data': {
    ja: '署名「{field}」の署名データが、署名の形式になっていません。',
    en: 'The signature data of "{field}" is not CMS SignedData.',
  },
  'cms-signer-count': {
    ja: '署名「{field}」の署名データには署名者がちょうど 1 人含まれている必要があります。',
    en: 'The signature data of "{field}" must contain exactly one signer.',
  },
  'cms-no-signer-cert': {
    ja: '署名「{field}」に署名者の証明書が含まれていません。',
    en: 'The signer’s certificate is missing from signature "{field}".',
  },
  'cms-digest-unsupported': {
    ja: '署名「{field}」のハッシュ方式に対応していません。',
    en: 'The digest algorithm of signature "{field}" is not supported.',
  },
  'cms-digest-mismatch': {
    ja: '署名「{field}」: 署名された範囲のハッシュ値が一致しません。署名後にファイルが書き換えられています。',
    en: 'Signature "{field}": the digest of the signed bytes does not match. The file was changed after signing.',
  },
  'cms-signature-invalid': {
    ja: '署名「{field}」の署名値が署名者の公開鍵で検証できません。',
    en: 'The signature value of "{field}" does not verify with the signer’s public key.',
  },
  'cms-attributes': {
    ja: '署名「{field}」の署名属性が不正です。',
    en: 'The signed attributes of signature "{field}" are malformed.',
  },
  'cms-signing-cert-mismatch': {
    ja: '署名「{field}」の署名属性が示す証明書と署名者の証明書が一致しません。',
    en: 'The certificate named in the signed attributes of "{field}" is not the signer’s certificate.',
  },
  'cms-encapsulated-content': {
    ja: '署名「{field}」は、文書と別に署名値だけを持つ形式（分離署名）ではありません。',
    en: 'Signature "{field}" is not a detached signature.',
  },
  'tst-imprint-mismatch': {
    ja: '署名「{field}」のタイムスタンプが対象のデータと一致しません。',
    en: 'The timestamp of "{field}" does not match the data it claims to time-stamp.',
  },
  'sig.weak-digest': {
    ja: '署名「{field}」は安全でないハッシュ方式 SHA-1 を使っています。',
    en: 'Signature "{field}" uses the insecure digest SHA-1.',
  },
  'sig.timestamp-invalid': {
    ja: '署名「{field}」に付いたタイムスタンプを検証できないため、使いませんでした。',
    en: 'The timestamp on signature "{field}" does not verify and was not used.',
  },
  'sig.cades-no-signing-cert': {
    ja: '署名「{field}」は CAdES 形式ですが、署名証明書属性がありません。',
    en: 'Signature "{field}" is CAdES but lacks the signing-certificate attribute.',
  },
  'sig.future-signing-time': {
    ja: '署名「{field}」の署名時刻 {time} が現在より後になっています。',
    en: 'The signing time {time} of "{field}" is in the future.',
  },
  // Trust
  'chain.no-path': {
    ja: '署名者 {signer} の証明書は、信頼する認証局（{anchors}）につながりません。UPKI の S/MIME 証明書で署名されているか確認してください。',
    en: 'The certificate of {signer} does not chain to a trusted CA ({anchors}). Check that it was signed with a UPKI S/MIME certificate.',
  },
  'chain.expired': {
    ja: '証明書「{cert}」は、{date}（{source}）の時点で有効期限（{notAfter}）が切れています。有効な証明書で署名し直してもらってください。',
    en: 'Certificate "{cert}" had expired ({notAfter}) at {date} ({source}). Ask the signer to sign again with a valid certificate.',
  },
  'chain.not-yet-valid': {
    ja: '証明書「{cert}」は、{date}（{source}）の時点ではまだ有効になっていません（{notBefore} から有効）。',
    en: 'Certificate "{cert}" was not yet valid at {date} ({source}); it is valid from {notBefore}.',
  },
  'chain.key-usage': {
    ja: '署名者の証明書は、電子署名に使ってよい証明書ではありません（鍵の用途に署名が含まれていません）。',
    en: 'The signer’s certificate is not for signatures (no digitalSignature / nonRepudiation key usage).',
  },
  'chain.no-certificate': {
    ja: '署名者の証明書がないため、信頼できるか判断できません。',
    en: 'Without the signer’s certificate, trust cannot be established.',
  },
  'chain.timestamp-only': {
    ja: '文書タイムスタンプだけがあり、署名者による電子署名がありません。',
    en: 'There is only a document timestamp, no signature by a person.',
  },
  'chain.signed-by': {
    ja: '署名者: {signer}（署名者の申告する署名時刻: {claimed}）。証明書の有効期間は {date}（{source}）の時点で判定しました。',
    en: 'Signed by {signer} (signing time claimed by the signer: {claimed}). The certificate was judged at {date} ({source}).',
  },
  'chain.revocation-not-checked': {
    ja: '証明書の失効は確認していません（オンラインで確認しないため）。',
    en: 'Revocation was not checked (no online lookup).',
  },
  'chain.revocation-embedded': {
    ja: '証明書の失効は確認していません（署名に埋め込まれた失効情報は評価していません。オンラインでも確認しません）。',
    en: 'Revocation was not checked (the revocation data embedded in the signature is not evaluated, and nothing is fetched online).',
  },
  // Modifications
  'mod.changed': {
    ja: '署名後に次のものが変更されています: {what}。署名者に署名し直してもらってください。',
    en: 'After signing, this was changed: {what}. Ask the signer to sign again.',
  },
  'mod.certified-no-changes': {
    ja: 'この PDF は「変更を許可しない」設定で証明（作成者署名）されていますが、その後に追記（別の署名を含む）があります。',
    en: 'This PDF was certified with "no changes allowed", but something (another signature included) was added afterwards.',
  },
  'sig.certification': {
    ja: 'この PDF は作成者によって証明されています（証明レベル {level}: {meaning}）。',
    en: 'This PDF is certified by its author (level {level}: {meaning}).',
  },
  'mod.trailing-bytes': {
    ja: '署名された範囲の後ろに、署名されていない {count} バイトのデータがあります。署名者に署名し直してもらってください。',
    en: '{count} unsigned bytes follow the signed range. Ask the signer to sign again.',
  },
  'mod.allowed-updates': {
    ja: '署名後の追記は、長期検証情報・タイムスタンプ・追加の署名など、許される更新だけです。',
    en: 'What was added after signing is only allowed updates (long-term validation data, timestamps, further signatures).',
  },
  'mod.multiple-signatures': {
    ja: 'この PDF には {count} 個の署名があり、すべて検証しました。',
    en: 'This PDF has {count} signatures; all were verified.',
  },
  // The signer's certificate path (src/pdf/path.ts), one code per rule.
  'chain.issuer-name': {
    ja: '証明書「{cert}」に書かれた発行者の名前が、実際に署名した認証局の名前と一致しません。この証明書は信頼できません。',
    en: 'The issuer named in certificate "{cert}" is not the name of the CA that signed it. The certificate cannot be trusted.',
  },
  'chain.bad-signature': {
    ja: '証明書「{cert}」の認証局による署名が正しくありません。証明書が改ざんされている可能性があります。',
    en: 'The CA’s signature on certificate "{cert}" does not verify; the certificate may have been tampered with.',
  },
  'chain.weak-signature-algorithm': {
    ja: '証明書「{cert}」は安全でない方式（SHA-1 など）で署名されています。SHA-256 以上の証明書で署名し直してもらってください。',
    en: 'Certificate "{cert}" is signed with a weak algorithm (such as SHA-1). Ask for a signature with a SHA-256 or stronger certificate.',
  },
  'chain.weak-key': {
    ja: '証明書「{cert}」の鍵が短すぎるか、対応していない種類です（RSA は 2048 ビット以上、楕円曲線は P-256 以上が必要）。',
    en: 'The key of certificate "{cert}" is too short or of an unsupported kind (RSA needs 2048 bits or more, EC P-256 or larger).',
  },
  'chain.critical-extension': {
    ja: '証明書「{cert}」には、この検査が扱えない必須の拡張があります。規則どおり信頼できないものとして扱います。',
    en: 'Certificate "{cert}" has a critical extension this checker does not process; by the rules it is not trusted.',
  },
  'chain.signer-is-ca': {
    ja: '署名者 {signer} の証明書は認証局用の証明書です。個人の S/MIME 証明書で署名し直してもらってください。',
    en: 'The certificate of {signer} is a CA certificate. Ask for a signature with a personal S/MIME certificate.',
  },
  'chain.ext-key-usage': {
    ja: '署名者 {signer} の証明書は、電子メールや文書への署名用ではありません（サーバー用など）。S/MIME 証明書で署名し直してもらってください。',
    en: 'The certificate of {signer} is not for e-mail or document signing (for example, a server certificate). Ask for a signature with an S/MIME certificate.',
  },
  'chain.tsa-purpose': {
    ja: '証明書「{cert}」は時刻認証（タイムスタンプ）用の証明書ではありません。',
    en: 'Certificate "{cert}" is not a timestamping certificate.',
  },
  'chain.ca-not-ca': {
    ja: '途中の証明書「{cert}」は認証局用の証明書ではないため、他の証明書を発行できません。',
    en: 'Intermediate certificate "{cert}" is not a CA certificate, so it cannot issue certificates.',
  },
  'chain.ca-key-cert-sign': {
    ja: '途中の認証局の証明書「{cert}」には、証明書を発行する用途が認められていません。',
    en: 'Intermediate CA certificate "{cert}" is not allowed to sign certificates (no keyCertSign).',
  },
  'chain.path-length': {
    ja: '認証局の証明書「{cert}」が認める段数より多くの認証局を経由しています。',
    en: 'The path has more intermediate CAs below "{cert}" than that CA allows.',
  },
  'sig.timestamp-untrusted': {
    ja: '署名「{field}」に付いたタイムスタンプは、発行元を信頼できないため使いませんでした。証明書の有効期間は検証した時刻で判定します。理由: {reason}',
    en: 'The timestamp on signature "{field}" was not used because its issuer cannot be trusted; the certificate is judged at the time of verification. Reason: {reason}',
  },
});

const T = pdfMessages.messages;

/** The verdict's own message: `verdict.valid` … (its words are src/pdf/verdict-messages.ts). */
export type VerdictCode = `verdict.${PdfVerdict}`;

export type MessageCode = keyof typeof T | VerdictCode;

/** Every code the report can carry (a test checks each one is produced somewhere). */
export const MESSAGE_CODES: readonly MessageCode[] = [
  ...VERDICTS.map((v): VerdictCode => `verdict.${v}`),
  ...(Object.keys(T) as (keyof typeof T)[]),
];

const isVerdictCode = (code: MessageCode): code is VerdictCode => !(code in T);

/** The verdict as the report states it (verify-pdf, `--json` messages): its meaning, then the next step. */
function verdictExplained(v: PdfVerdict) {
  const meaning = verdictMeaning(v);
  return v === 'valid' ? meaning : sentences(meaning, pdfWords.t(`verdict.next.${v}`));
}

/** The message `code` with its placeholders filled (the catalog's one format function). */
export function msg(code: MessageCode, params: MessageParams = {}): PdfMessage {
  // The verdict's sentence: what it means, then what to do (src/pdf/verdict.ts).
  if (isVerdictCode(code)) return { code, ...verdictExplained(code.slice('verdict.'.length) as PdfVerdict) };
  // A placeholder without a value reads as nothing (as before the catalog), never as `{name}`.
  const t = T[code];
  const blanks = Object.fromEntries([...placeholders(t.ja), ...placeholders(t.en)].map((k) => [k, '']));
  return { code, ...pdfMessages.t(code, { ...blanks, ...params }) };
}

/**
 * Words the messages above put in their placeholders: what was changed after signing
 * (diff/context.ts ChangeKind, `mod.changed`), the certification level's meaning
 * (`sig.certification`), the time the certificates were judged at (spec/pdf.md, "Time"), a
 * signing time the signer did not claim (`chain.signed-by`), an unnamed signature field and the
 * reasons a byte range is malformed; and the report's next step after a verdict's meaning.
 */
export const pdfWords = defineMessages('pdf', {
  'change.page-content': { ja: 'ページの内容', en: 'the content of a page' },
  'change.page': { ja: 'ページ', en: 'a page' },
  'change.page-tree': {
    ja: 'ページの構成（ページの追加や入れ替え）',
    en: 'the pages (a page added or replaced)',
  },
  'change.annotation': {
    ja: '注釈（ページに重ねて表示される書き込み）',
    en: 'an annotation (something drawn over a page)',
  },
  'change.annotation-order': { ja: '注釈の重なり順', en: 'the order of the annotations' },
  'change.signature-appearance': { ja: '署名欄の見た目', en: 'the appearance of a signature field' },
  'change.signature-field': { ja: '署名のない署名欄', en: 'a signature field without a signature' },
  'change.signature': { ja: '署名データ', en: 'a signature' },
  'change.form': { ja: 'フォーム（入力欄）の設定', en: 'the form settings' },
  'change.catalog': { ja: '文書全体の設定（カタログ）', en: 'the document catalog' },
  'change.root-switched': {
    ja: '文書そのもの（別の文書への差し替え）',
    en: 'the document itself (switched to another one)',
  },
  'change.dss': {
    ja: '長期検証情報に見せかけた文書の部品',
    en: 'parts of the document, passed off as validation data',
  },
  'change.metadata': { ja: '文書のメタデータ', en: 'the document metadata' },
  'change.info': { ja: '文書のプロパティ（タイトルなど）', en: 'the document properties (title and so on)' },
  'change.resources': { ja: 'フォントや画像などの部品', en: 'fonts, images or other resources' },
  'change.object': { ja: '文書の部品', en: 'a part of the document' },
  'change.structure': {
    ja: 'ファイルの構造（相互参照）',
    en: 'the structure of the file (cross-reference data)',
  },
  'change.certified': { ja: '証明された文書', en: 'a certified document' },
  'certification.1': { ja: '変更を許可しない', en: 'no changes allowed' },
  'certification.2': { ja: 'フォーム入力と署名を許可', en: 'form filling and signing allowed' },
  'certification.3': {
    ja: 'フォーム入力・署名・注釈を許可',
    en: 'form filling, signing and annotations allowed',
  },
  'date-source.timestamp': { ja: '信頼できるタイムスタンプの時刻', en: 'the time of the trusted timestamp' },
  'date-source.now': {
    ja: '検証した時刻。信頼できるタイムスタンプはありません',
    en: 'the time of verification; no trusted timestamp',
  },
  'signing-time.none': { ja: '記載なし', en: 'none' },
  // The report's next step after a verdict's meaning (the pane and `mail` add their own).
  'verdict.next.untrusted': {
    ja: '内容と署名者を確かめ、問題がなければ確認のうえで提出してください。',
    en: 'Look at the document and its signer; submit it only after confirming.',
  },
  'verdict.next.modified': {
    ja: 'このファイルは提出できません。署名者に署名し直してもらってください。',
    en: 'This file cannot be submitted: ask the signer to sign it again.',
  },
  'verdict.next.broken': {
    ja: 'このファイルは提出できません。元のファイルに署名し直してもらってください。',
    en: 'This file cannot be submitted: have the original signed again.',
  },
  'verdict.next.unsigned': {
    ja: '押印が読み取れることを確かめてから提出してください。',
    en: 'Check that the seal is legible before submitting it.',
  },
  'verdict.next.error': {
    ja: 'このファイルは提出できません。',
    en: 'It cannot be submitted.',
  },
  // A signature field without a name (`{field}`), and why a byte range is malformed (`{detail}`).
  'signature.unnamed': { ja: '（名前なし）', en: '(unnamed)' },
  'byterange.not-four-integers': {
    ja: '0 以上の整数 4 つではありません',
    en: 'four non-negative integers expected',
  },
  'byterange.not-at-start': {
    ja: 'ファイルの先頭から始まっていません',
    en: 'the range does not start at byte 0',
  },
  'byterange.out-of-order': {
    ja: '範囲の順序が逆か、ファイルの終わりを超えています',
    en: 'ranges out of order or past the end',
  },
  'byterange.dictionary-outside': {
    ja: '署名データ自身が署名範囲の外にあります',
    en: 'the signature dictionary is outside the signed range',
  },
});
