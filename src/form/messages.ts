/**
 * The form check's messages: every rule's findings and fixes, and the words they share. Rules name
 * the ids they use in their `messages` metadata (as ESLint's `meta.messages`); the catalog test
 * checks that both languages are there and that every id is used.
 */
import { defineMessages } from '../messages/define';

export const formMessages = defineMessages('form', {
  // ------------------------------------------------------------------ the fields' names (fields.ts)
  // Words the messages put in `{field}`, not findings: no rule names them. The two people first.
  'person.officer': { ja: '登録担当者', en: 'registration officer' },
  'person.admin': { ja: '利用管理者', en: 'usage administrator' },
  'field.person.name': { ja: '{person}の氏名', en: "{person}'s name" },
  'field.person.department': { ja: '{person}の所属', en: "{person}'s department" },
  'field.person.phone': { ja: '{person}の電話番号', en: "{person}'s phone" },
  'field.person.email': { ja: '{person}のメールアドレス', en: "{person}'s e-mail" },
  // The single fields.
  'field.applicationDate': { ja: '申請日', en: 'application date' },
  'field.institutionName': { ja: '利用機関名', en: 'institution name' },
  'field.address': { ja: '住所', en: 'address' },
  'field.representativeTitle': { ja: '代表者または機関責任者の資格', en: "representative's title" },
  'field.representativeName': { ja: '代表者または機関責任者の氏名', en: "representative's name" },
  // The certificate table's columns.
  'field.serial': { ja: 'シリアル番号', en: 'serial number' },
  'field.cn': { ja: 'CN（コモンネーム）', en: 'CN (common name)' },
  'field.o': { ja: 'O（組織名）', en: 'O (organization)' },
  'field.l': { ja: 'L（市区町村名）', en: 'L (locality)' },
  'field.st': { ja: 'ST（都道府県名）', en: 'ST (state or prefecture)' },
  'field.c': { ja: 'C（国名）', en: 'C (country)' },
  'field.notAfter': { ja: '有効期限', en: 'expiry date' },
  'field.reason': { ja: '失効理由', en: 'revocation reason' },
  'field.reasonDetail': { ja: '失効理由詳細', en: 'reason detail' },
  // How a field is named in a message (src/form/rules/rule.ts nameOf).
  'field.quoted': { ja: '「{name}」', en: '{name}' },
  'field.in-entry': {
    ja: '証明書{index}件目（{row}行目）の「{name}」',
    en: '{name} of certificate {index} (row {row})',
  },

  // ------------------------------------------------------------------ text.* (§3.1, §3.2)
  'rule.text.required': { ja: '必須の項目が空です', en: 'A required value is empty' },
  'text.required': {
    ja: '{field}が入力されていません。入力してください。',
    en: 'The {field} is empty: fill it in.',
  },
  'text.required.no-column': {
    ja: '{field}: 証明書の表に「{labels}」の列がありません。見出し行に列を追加して入力してください。',
    en: '{field}: the certificate table has no 「{labels}」 column; add it to the header row and fill it in.',
  },
  'text.required.no-label': {
    ja: '{field}の欄が見つかりません。ラベル「{labels}」のセルを置き、その右のセルに入力してください。',
    en: 'No {field} on the form: add a cell labelled 「{labels}」 and enter the value in the cell to its right.',
  },
  'rule.text.too-long': { ja: '文字数が上限を超えています', en: 'Longer than the limit' },
  'text.too-long': {
    ja: '{field}が{length}文字あります。{max}文字以内に短くしてください。',
    en: 'The {field} has {length} characters: shorten it to at most {max}.',
  },
  'rule.text.whitespace': {
    ja: '前後の空白または連続した空白があります',
    en: 'Leading, trailing or doubled spaces',
  },
  'text.whitespace': {
    ja: '{field}に{where}空白があります。余分な空白を削除してください。',
    en: 'The {field} has {where} spaces: remove the extra spaces.',
  },
  'text.whitespace.leading': { ja: '先頭', en: 'leading' },
  'text.whitespace.trailing': { ja: '末尾', en: 'trailing' },
  'text.whitespace.doubled': { ja: '連続した', en: 'doubled' },
  'text.whitespace.fix': { ja: '余分な空白を削除', en: 'Remove the extra spaces' },
  'rule.text.line-break': { ja: '1行で入力する欄に改行があります', en: 'A line break in a one-line field' },
  'text.line-break': {
    ja: '{field}に改行が含まれています。1行で入力してください。',
    en: 'The {field} contains a line break: write it on one line.',
  },
  'text.line-break.fix': { ja: '改行を空白に置き換えて1行に', en: 'Join the lines with a space' },

  // ------------------------------------------------------------------ phone.*, email.* (§3.5, §3.6)
  'rule.phone.format': { ja: '電話番号の形式ではありません', en: 'Not a Japanese phone number' },
  'phone.format': {
    ja: '{field}「{value}」は電話番号の形式ではありません。半角数字とハイフンで、0から始まる10桁（携帯・IP電話は11桁）または +81 で始まる形で入力してください。例: 03-1234-5678',
    en: 'The {field} 「{value}」 is not a Japanese phone number: use half-width digits and hyphens, 10 digits from 0 (11 for mobile and IP phones) or +81, e.g. 03-1234-5678.',
  },
  'phone.format.fix': { ja: '半角に直す: {value}', en: 'Half-width: {value}' },
  'rule.email.format': {
    ja: 'メールアドレスの形式ではありません',
    en: 'Not an e-mail address of the allowed form',
  },
  'email.format': {
    ja: '{field}「{value}」はメールアドレスの形式ではありません: {why}。',
    en: 'The {field} 「{value}」 is not a valid address: {why}.',
  },
  'email.format.at': { ja: '「@」がちょうど1つ必要です', en: 'it needs exactly one 「@」' },
  'email.format.local': {
    ja: '@の前は半角英数字と . _ - だけが使えます',
    en: 'before the @ only letters, digits and . _ - are allowed',
  },
  'email.format.dots': {
    ja: '@の前の「.」は先頭・末尾・連続にできません',
    en: 'a 「.」 before the @ cannot lead, trail or repeat',
  },
  'email.format.domain': {
    ja: '@の後はドメイン名（半角英数字と - 、「.」で区切る）にしてください',
    en: 'after the @ write a domain name (letters, digits and -, with dots)',
  },
  'rule.email.too-long': {
    ja: 'メールアドレスが78文字を超えています',
    en: 'E-mail longer than 78 characters',
  },
  'email.too-long': {
    ja: '{field}が{length}文字あります。申請できるのは{max}文字までです。短いアドレスを使ってください。',
    en: 'The {field} has {length} characters; the service accepts at most {max}: use a shorter address.',
  },

  // ------------------------------------------------------------------ date.*, cert.expired (§3.4)
  'rule.date.invalid': { ja: '日付として読めません', en: 'Not a date' },
  'date.invalid': {
    ja: '{field}「{value}」を日付として読めません。日付のセルにするか、2026/11/25 の形で入力してください。',
    en: 'The {field} 「{value}」 is not a date: use a date cell or write it as 2026/11/25.',
  },
  'date.invalid.impossible': {
    ja: '{field}「{value}」は存在しない日付です。正しい日付を入力してください。',
    en: 'The {field} 「{value}」 is not a real date: enter a correct date.',
  },
  'date.invalid.fix': { ja: '{value} に書き換え', en: 'Write {value}' },
  'rule.date.era': { ja: '和暦で書かれています', en: 'Written with a Japanese era' },
  'date.era': {
    ja: '{field}「{value}」は和暦です。西暦（{date}）で入力してください。',
    en: 'The {field} 「{value}」 uses a Japanese era: write the Gregorian date ({date}).',
  },
  'date.era.fix': { ja: '西暦 {date} に書き換え', en: 'Write {date}' },
  'rule.date.future': { ja: '申請日が未来の日付です', en: 'Application date in the future' },
  'date.future': {
    ja: '申請日 {date} が今日（{today}）より後です。実際に申請する日付を入力してください。',
    en: 'The application date {date} is after today ({today}): enter the date you apply.',
  },
  'rule.date.stale': { ja: '申請日が30日以上前です', en: 'Application date more than 30 days ago' },
  'date.stale': {
    ja: '申請日 {date} は{age}日前です。古い申請書でないか確認し、必要なら申請日を更新してください。',
    en: 'The application date {date} is {age} days ago: make sure the form is current and update the date if needed.',
  },
  'rule.cert.expired': { ja: '証明書の有効期限が過ぎています', en: 'The certificate has already expired' },
  'cert.expired': {
    ja: '{field} {date} は既に過ぎています。期限切れの証明書は失効不要の場合があります。対象の証明書か確認してください。',
    en: 'The {field} {date} has passed: an expired certificate may not need revoking. Check it is the right certificate.',
  },

  // ------------------------------------------------------------------ certificate table (§3.7–§3.9)
  'rule.serial.duplicate': { ja: '同じシリアル番号が2回以上あります', en: 'The same serial twice' },
  'serial.duplicate': {
    ja: '証明書{index}件目（{row}行目）のシリアル番号 {hex} は{first}件目と同じです。重複した行を削除してください。',
    en: 'The serial {hex} of certificate {index} (row {row}) repeats certificate {first}: delete the duplicate row.',
  },
  'rule.dn.charset': { ja: 'DNに使えない文字があります', en: 'A character outside the DN set' },
  'dn.charset': {
    ja: "{field}に使えない記号 {chars} があります。使えるのは半角英数字、空白と ' ( ) , - . / : = だけです。",
    en: "The {field} contains {chars}, which a DN cannot hold: only letters, digits, space and ' ( ) , - . / : = are allowed.",
  },
  'rule.dn.country': { ja: 'C（国名）が JP ではありません', en: 'C is not JP' },
  'dn.country': {
    ja: '{field}が「{value}」です。UPKIの証明書では必ず半角大文字の「JP」です。',
    en: 'The {field} is 「{value}」; UPKI certificates always have 「JP」.',
  },
  'dn.country.fix': { ja: '「JP」にする', en: 'Set 「JP」' },
  'rule.dn.l-forbidden': { ja: 'L に使えない値です', en: 'A forbidden L value' },
  'dn.l-forbidden': {
    ja: '{field}「{value}」は使えません（Academe・Default を含む値、City だけの値は不可）。機関の所在地の市区町村名をローマ字で書いてください。例: Chiyoda-ku',
    en: "The {field} 「{value}」 is not allowed (no Academe or Default, not City alone): write the institution's city in romaji, e.g. Chiyoda-ku.",
  },
  'rule.dn.st-l-missing': { ja: 'L と ST が空です', en: 'L and ST empty' },
  'dn.st-l-missing': {
    ja: '証明書{index}件目（{row}行目）の L（市区町村名）と ST（都道府県名）がどちらも空です。少なくとも一方（できれば両方）を証明書のとおりに入力してください。',
    en: 'L (locality) and ST (prefecture) of certificate {index} (row {row}) are both empty: fill in at least one, preferably both, as in the certificate.',
  },
  'dn.st-l-missing.one': {
    ja: '証明書{index}件目（{row}行目）の {missing} が空です。証明書に含まれている場合は入力してください（両方あるのが確実です）。',
    en: '{missing} of certificate {index} (row {row}) is empty: fill it in if the certificate has it (both is the safe form).',
  },
  'dn.st-l-missing.l': { ja: 'L（市区町村名）', en: 'L (locality)' },
  'dn.st-l-missing.st': { ja: 'ST（都道府県名）', en: 'ST (prefecture)' },
  'rule.dn.profile-mismatch': {
    ja: 'O・L・ST がプロファイルと異なります',
    en: 'O, L or ST differs from the profile',
  },
  'rule.reason.invalid': { ja: '失効理由が一覧にありません', en: 'Not one of the revocation reasons' },
  'reason.invalid': {
    ja: '{field}「{value}」は選べる失効理由ではありません。「{labels}」から選んでください。',
    en: 'The {field} 「{value}」 is not a revocation reason: pick one of 「{labels}」.',
  },
  'rule.reason.detail-required': { ja: '失効理由の詳細が必要です', en: 'The reason needs a detail' },
  'reason.detail-required': {
    ja: '証明書{index}件目（{row}行目）の失効理由「{label}」には詳細が必要です。「失効理由詳細」に経緯を書いてください。',
    en: 'Certificate {index} (row {row}): the reason 「{label}」 needs a detail; describe what happened in 「失効理由詳細」.',
  },
  'rule.form.no-certificates': { ja: '失効する証明書が書かれていません', en: 'No certificate in the table' },
  'form.no-certificates': {
    ja: '失効する証明書が1件も書かれていません。「シリアル番号」の見出しの下の行に証明書を入力してください。',
    en: 'No certificate to revoke: enter one in the rows under the 「シリアル番号」 header.',
  },
  'form.no-certificates.no-table': {
    ja: '証明書の表が見つかりません。「シリアル番号」などの見出し行と、その下に失効する証明書を入力してください。',
    en: 'No certificate table: add a header row with 「シリアル番号」 and the other columns, and the certificates below it.',
  },
  'rule.form.not-found': { ja: '申請書が見つかりません', en: 'No sheet holds the form' },
  'form.not-found': {
    ja: '失効申請書が見つかりません。「利用機関名」などの項目名が書かれたシートがありません。申請書のファイルか確認してください（テンプレート: upki-revoke template）。',
    en: "No revocation form found: no sheet has the form's labels such as 「利用機関名」. Check that this is the form (template: upki-revoke template).",
  },

  // ------------------------------------------------------------------ institution, address, officer (§3.10, §4)
  'rule.institution.corporate-prefix': {
    ja: '利用機関名が法人格で始まっていません',
    en: 'Institution name does not start with a legal-entity name',
  },
  'institution.corporate-prefix': {
    ja: '「利用機関名」は法人格から始まる正式名称で入力してください（例: 学校法人申請学園 申請大学、国立大学法人○○大学）。',
    en: 'The institution name must start with its legal-entity name (e.g. 学校法人申請学園 申請大学, 国立大学法人○○大学).',
  },
  'rule.institution.abbreviation': {
    ja: '法人格が略称で書かれています',
    en: 'Abbreviated legal-entity name',
  },
  'institution.abbreviation': {
    ja: '「利用機関名」の法人格が略称です（{list}）。正式名称で書いてください。',
    en: 'The institution name abbreviates its legal-entity name ({list}): write it in full.',
  },
  'institution.abbreviation.fix': { ja: '正式名称に置き換え（{list}）', en: 'Write in full ({list})' },
  'rule.institution.profile-mismatch': {
    ja: '利用機関名がプロファイルと異なります',
    en: 'Institution name differs from the profile',
  },
  /** Shared by institution.profile-mismatch, address.profile-mismatch and dn.profile-mismatch. */
  'profile-mismatch': {
    ja: '{field}「{value}」がプロファイルの登録内容「{expected}」と異なります。登録どおりに入力してください。',
    en: 'The {field} 「{value}」 differs from the registered 「{expected}」 in the profile: write it as registered.',
  },
  'profile-mismatch.fix': { ja: '登録内容「{expected}」に置き換え', en: 'Use the registered 「{expected}」' },
  'rule.address.prefecture': {
    ja: '住所が都道府県名で始まっていません',
    en: 'Address does not start with a prefecture',
  },
  'address.prefecture': {
    ja: '「住所」は都道府県名から入力してください（郵便番号 〒NNN-NNNN を前に付けても構いません）。例: 東京都千代田区一ツ橋二丁目1番2号',
    en: 'Write the address starting with the prefecture (a 〒NNN-NNNN postcode may come first), e.g. 東京都千代田区一ツ橋二丁目1番2号.',
  },
  'rule.address.profile-mismatch': {
    ja: '住所が登録済みの本部所在地と異なります',
    en: 'Address differs from the registered address',
  },
  'rule.officer.profile-mismatch': {
    ja: '登録担当者がプロファイルと異なります',
    en: 'Officer differs from the profile',
  },
  'officer.profile-mismatch': {
    ja: '登録担当者の{what}「{value}」がプロファイルの「{expected}」と異なります。担当者が変わった場合はプロファイルを更新してください。',
    en: "The registration officer's {what} 「{value}」 differs from 「{expected}」 in the profile: if the officer changed, update the profile.",
  },
  'officer.profile-mismatch.name': { ja: '氏名', en: 'name' },
  'officer.profile-mismatch.email': { ja: 'メールアドレス', en: 'e-mail' },

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
  'serial.number-rounded': {
    ja: '{field}「{value}」はExcelが数値として保存したため、先頭の15桁より後ろの数字が失われています（表示は 1.5E+20 のようになります）。セルの書式を「文字列」にしてから、証明書に表示されているシリアル番号（16進）を入力し直してください。',
    en: 'The {field} 「{value}」 was stored by Excel as a number, which keeps only 15 significant digits: the digits after them are lost (Excel shows something like 1.5E+20). Format the cell as Text, then type the serial again as the certificate shows it (hex).',
  },
  'serial.decimal-suspect.fix': { ja: '16進 {hex} に変換', en: 'Convert to hex {hex}' },
});

export const ft = formMessages.t;
export type FormMessageId = keyof typeof formMessages.messages;
