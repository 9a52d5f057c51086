/**
 * The form check's messages: every rule's findings and fixes, and the words they share. Rules name
 * the ids they use in their `messages` metadata (as ESLint's `meta.messages`); the catalog test
 * checks that both languages are there and that every id is used.
 */
import { defineMessages } from '../messages/define';

export const formMessages = defineMessages('form', {
  // ------------------------------------------------------------------ kinds of characters
  'char.kind.fullwidth-alnum': { ja: '全角英数字', en: 'full-width letters and digits' },
  'char.kind.fullwidth-symbol': { ja: '全角記号', en: 'full-width symbols' },
  'char.kind.fullwidth-space': { ja: '全角スペース', en: 'full-width spaces' },
  'char.kind.halfwidth-katakana': { ja: '半角カタカナ', en: 'half-width katakana' },
  'char.kind.japanese': { ja: '全角文字（かな・漢字など）', en: 'Japanese (full-width) characters' },
  'char.kind.nec': { ja: 'NEC特殊文字', en: 'NEC special characters' },
  'char.kind.ibm': { ja: 'IBM拡張文字', en: 'IBM extended characters' },
  'char.kind.machine-dependent': { ja: '機種依存文字', en: 'vendor-specific characters' },
  'char.kind.kanji-outside-jis': {
    ja: 'JIS X 0208にない漢字（第3・第4水準など）',
    en: 'kanji outside JIS X 0208 (e.g. JIS level 3/4)',
  },
  'char.kind.compat-ideograph': { ja: '互換漢字', en: 'CJK compatibility ideographs' },
  'char.kind.emoji': { ja: '絵文字', en: 'emoji' },
  'char.kind.symbol-emoji': { ja: '記号・絵文字', en: 'symbols or emoji' },
  'char.kind.width-variant': { ja: '全角・半角形の記号', en: 'width variants' },
  'char.kind.control': { ja: '制御文字', en: 'control characters' },
  'char.kind.outside-jis': { ja: 'JIS X 0208にない文字', en: 'characters outside JIS X 0208' },
  /** One group: 全角英数字（「ｔ」U+FF54、「ａ」U+FF41） */
  'char.group': { ja: '{kind}（{chars}）', en: '{kind} ({chars})' },
  'char.more': { ja: '{shown} ほか{n}文字', en: '{shown} and {n} more' },

  // ------------------------------------------------------------------ charset.* (§3.3)
  'rule.charset.halfwidth-katakana': { ja: '半角カタカナが使われています', en: 'Half-width katakana' },
  'charset.halfwidth-katakana': {
    ja: '{field}に{chars}があります。全角カタカナで入力してください。',
    en: 'The {field} contains {chars}: use full-width katakana.',
  },
  'charset.halfwidth-katakana.fix': { ja: '全角カタカナに変換', en: 'Convert to full-width katakana' },
  'rule.charset.machine-dependent': {
    ja: '機種依存文字（NEC特殊文字・IBM拡張文字）が使われています',
    en: 'Vendor-specific characters (NEC special, IBM extended)',
  },
  'charset.machine-dependent': {
    ja: '{field}に機種依存文字があります: {chars}。申請書はShift_JIS（JIS X 0208）で扱われるため、この文字は発行者に正しく届きません。修正案の文字に置き換えてください。',
    en: 'The {field} contains vendor-specific characters: {chars}. The form is processed as Shift_JIS (JIS X 0208), so the issuer cannot receive them. Replace them with the suggested characters.',
  },
  'charset.machine-dependent.retype': {
    ja: '{field}に機種依存文字があります: {chars}。申請書はShift_JIS（JIS X 0208）で扱われるため、この文字は発行者に正しく届きません。{retype}は標準の文字（例: 髙→高）に置き換えて入力し直してください。',
    en: 'The {field} contains vendor-specific characters: {chars}. The form is processed as Shift_JIS (JIS X 0208), so the issuer cannot receive them. Retype {retype} with a standard character (e.g. 髙 → 高).',
  },
  'charset.machine-dependent.fix': { ja: '置き換え: {pairs}', en: 'Replace {pairs}' },
  'rule.charset.not-jis-x0208': {
    ja: 'JIS X 0208 にない文字が使われています',
    en: 'Characters outside JIS X 0208',
  },
  'charset.not-jis-x0208': {
    ja: '{field}に JIS X 0208 にない文字があります: {chars}。申請書では使えないため、JIS第1・第2水準の文字に置き換えてください（例: 𠮷→吉）。',
    en: 'The {field} contains characters outside JIS X 0208: {chars}. The form cannot carry them: replace them with standard (JIS level 1/2) characters (e.g. 𠮷 → 吉).',
  },
  'rule.charset.not-ascii': {
    ja: '半角で入力する欄に全角などの文字があります',
    en: 'Non-ASCII characters in a half-width field',
  },
  'charset.not-ascii': {
    ja: '{field}は半角英数字で入力する欄ですが、{chars}があります。半角で入力し直してください。',
    en: 'The {field} takes half-width (ASCII) characters only, but contains {chars}: retype it in half-width.',
  },
  'charset.not-ascii.fix': { ja: '半角に変換', en: 'Convert to half-width' },

  // ------------------------------------------------------------------ serial.* (§3.7)
  'rule.serial.format': { ja: 'シリアル番号が16進数ではありません', en: 'Not a hexadecimal serial' },
  'serial.format': {
    ja: '{field}「{value}」は16進数のシリアル番号ではありません。証明書の「シリアル番号」欄（0-9, A-F）を Windows の表示どおりに写してください。',
    en: "The {field} 「{value}」 is not a hexadecimal serial: copy the certificate's serial number (0-9, A-F) as Windows shows it.",
  },
  'rule.serial.too-long': { ja: 'シリアル番号が40桁を超えています', en: 'Serial longer than 40 hex digits' },
  'serial.too-long': {
    ja: '{field}が16進{digits}桁あります。シリアル番号は最大40桁（20オクテット、RFC 5280）です。別の値を写していないか確認してください。',
    en: 'The {field} has {digits} hex digits; a serial has at most 40 (20 octets, RFC 5280): check you copied the right value.',
  },
  'rule.serial.decimal-suspect': {
    ja: 'シリアル番号が10進数で書かれているようです',
    en: 'Serial looks like a decimal rendering',
  },
  'serial.decimal-suspect': {
    ja: '{field}「{value}」は数字だけで{digits}桁あり、10進表記（UPKIのメールの表記）と思われます。申請書には16進（{hex}）で書いてください。',
    en: 'The {field} 「{value}」 has {digits} digits only: almost surely the decimal form (as in UPKI’s mails). Write it in hex ({hex}).',
  },
  'serial.decimal-suspect.not-hex': {
    ja: '{field}「{value}」は数字だけで{digits}桁あります。16進のシリアル番号は最大40桁なので、これは10進表記（UPKIのメールの表記）です。申請書には16進（{hex}）で書いてください。',
    en: 'The {field} 「{value}」 has {digits} digits only. A hex serial has at most 40 digits, so this is the decimal form (as in UPKI’s mails). Write it in hex ({hex}).',
  },
  'serial.decimal-suspect.fix': { ja: '16進 {hex} に変換', en: 'Convert to hex {hex}' },
});

export const ft = formMessages.t;
export type FormMessageId = keyof typeof formMessages.messages;
