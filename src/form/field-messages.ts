/**
 * The form's words for people: each field's name (in messages) and input prompt (in the template),
 * the people who appear twice, and the sections' titles (src/form/fields.ts uses them). A table
 * apart from src/form/messages.ts: the panes load it at start, the rules' messages only later.
 */
import { defineMessages } from '../messages/define';

export const fieldMessages = defineMessages('field', {
  // Sections of the form, in its order.
  'section.application': { ja: '申請', en: 'Application' },
  'section.institution': { ja: '利用機関', en: 'Institution' },
  'section.officer': { ja: '登録担当者', en: 'Registration officer' },
  'section.admin': { ja: '利用管理者', en: 'Usage administrator' },
  'section.certificates': { ja: '失効する証明書', en: 'Certificates to revoke' },
  // The two people, and their four fields.
  'person.officer': { ja: '登録担当者', en: 'registration officer' },
  'person.admin': { ja: '利用管理者', en: 'usage administrator' },
  'field.person.name': { ja: '{person}の氏名', en: "{person}'s name" },
  'prompt.person.name': {
    ja: '姓と名の間に全角または半角スペース1つ',
    en: 'Family name, one space, given name',
  },
  'field.person.department': { ja: '{person}の所属', en: "{person}'s department" },
  'prompt.person.department': { ja: '部署名（全角）', en: 'Department (full-width)' },
  'field.person.phone': { ja: '{person}の電話番号', en: "{person}'s phone" },
  'prompt.person.phone': {
    ja: '半角数字とハイフン 例: 03-1234-5678',
    en: 'Half-width digits and hyphens, e.g. 03-1234-5678',
  },
  'field.person.email': { ja: '{person}のメールアドレス', en: "{person}'s e-mail" },
  'prompt.person.email': { ja: '半角 78文字以内', en: 'Half-width, at most 78 characters' },
  // The single fields.
  'field.applicationDate': { ja: '申請日', en: 'application date' },
  'prompt.applicationDate': { ja: '西暦で入力 例: 2026/11/25', en: 'Gregorian date, e.g. 2026/11/25' },
  'field.institutionName': { ja: '利用機関名', en: 'institution name' },
  'prompt.institutionName': {
    ja: '法人格から正式名称で 例: 学校法人申請学園 申請大学',
    en: 'Full name starting with the legal entity, e.g. 学校法人申請学園 申請大学',
  },
  'field.address': { ja: '住所', en: 'address' },
  'prompt.address': {
    ja: 'サービス参加時に登録した本部所在地（都道府県から）',
    en: 'Registered headquarters address, from the prefecture',
  },
  'field.representativeTitle': { ja: '代表者または機関責任者の資格', en: "representative's title" },
  'prompt.representativeTitle': { ja: '例: 学長', en: 'e.g. 学長 (president)' },
  'field.representativeName': { ja: '代表者または機関責任者の氏名', en: "representative's name" },
  'prompt.representativeName': { ja: '姓と名の間にスペース1つ', en: 'Family name, one space, given name' },
  // The certificate table's columns.
  'field.serial': { ja: 'シリアル番号', en: 'serial number' },
  'prompt.serial': { ja: '16進数（Windowsの証明書表示のとおり）', en: 'Hexadecimal, as Windows shows it' },
  'field.cn': { ja: 'CN（コモンネーム）', en: 'CN (common name)' },
  'prompt.cn': { ja: '半角英数字 64文字以内', en: 'Half-width, at most 64 characters' },
  'field.o': { ja: 'O（組織名）', en: 'O (organization)' },
  'prompt.o': { ja: '登録済みの英語の機関名', en: "The institution's registered English name" },
  'field.l': { ja: 'L（市区町村名）', en: 'L (locality)' },
  'prompt.l': { ja: 'ローマ字 例: Chiyoda-ku', en: 'Romaji, e.g. Chiyoda-ku' },
  'field.st': { ja: 'ST（都道府県名）', en: 'ST (state or prefecture)' },
  'prompt.st': { ja: 'ローマ字 例: Tokyo', en: 'Romaji, e.g. Tokyo' },
  'field.c': { ja: 'C（国名）', en: 'C (country)' },
  'prompt.c': { ja: 'JP', en: 'JP' },
  'field.notAfter': { ja: '有効期限', en: 'expiry date' },
  'prompt.notAfter': { ja: '証明書の有効期限（西暦）', en: "The certificate's expiry date" },
  'field.reason': { ja: '失効理由', en: 'revocation reason' },
  'prompt.reason': { ja: '一覧から選択', en: 'Pick from the list' },
  'field.reasonDetail': { ja: '失効理由詳細', en: 'reason detail' },
  'prompt.reasonDetail': {
    ja: '「秘密鍵の危殆化」「その他」では必須',
    en: 'Required for key compromise and "other"',
  },
  // How a field is named in a message (src/form/rules/rule.ts nameOf).
  'field.quoted': { ja: '「{name}」', en: '{name}' },
  'field.in-entry': {
    ja: '証明書{index}件目（{row}行目）の「{name}」',
    en: '{name} of certificate {index} (row {row})',
  },
});
