/**
 * The template's words (src/workbook/template.ts): each input cell's prompt and the message Excel
 * shows when a value breaks the cell's input rule. Loaded with the template only, not with the
 * field table the checker uses.
 */
import { defineMessages } from '../messages/define';

export const templateMessages = defineMessages('template', {
  // Input prompts, by field id (the two people's fields share theirs: `prompt.person.*`).
  'prompt.person.name': {
    ja: '姓と名の間に全角または半角スペース1つ',
    en: 'Family name, one space, given name',
  },
  'prompt.person.department': { ja: '部署名（全角）', en: 'Department (full-width)' },
  'prompt.person.phone': {
    ja: '半角数字とハイフン 例: 03-1234-5678',
    en: 'Half-width digits and hyphens, e.g. 03-1234-5678',
  },
  'prompt.person.email': { ja: '半角 78文字以内', en: 'Half-width, at most 78 characters' },
  'prompt.applicationDate': { ja: '西暦で入力 例: 2026/11/25', en: 'Gregorian date, e.g. 2026/11/25' },
  'prompt.institutionName': {
    ja: '法人格から正式名称で 例: 学校法人申請学園 申請大学',
    en: 'Full name starting with the legal entity, e.g. 学校法人申請学園 申請大学',
  },
  'prompt.address': {
    ja: 'サービス参加時に登録した本部所在地（都道府県から）',
    en: 'Registered headquarters address, from the prefecture',
  },
  'prompt.representativeTitle': { ja: '例: 学長', en: 'e.g. 学長 (president)' },
  'prompt.representativeName': { ja: '姓と名の間にスペース1つ', en: 'Family name, one space, given name' },
  'prompt.serial': { ja: '16進数（Windowsの証明書表示のとおり）', en: 'Hexadecimal, as Windows shows it' },
  'prompt.cn': { ja: '半角英数字 64文字以内', en: 'Half-width, at most 64 characters' },
  'prompt.o': { ja: '登録済みの英語の機関名', en: "The institution's registered English name" },
  'prompt.l': { ja: 'ローマ字 例: Chiyoda-ku', en: 'Romaji, e.g. Chiyoda-ku' },
  'prompt.st': { ja: 'ローマ字 例: Tokyo', en: 'Romaji, e.g. Tokyo' },
  'prompt.c': { ja: 'JP', en: 'JP' },
  'prompt.notAfter': { ja: '証明書の有効期限（西暦）', en: "The certificate's expiry date" },
  'prompt.reason': { ja: '一覧から選択', en: 'Pick from the list' },
  'prompt.reasonDetail': {
    ja: '「秘密鍵の危殆化」「その他」では必須',
    en: 'Required for key compromise and "other"',
  },
  // Input rules' messages (Excel shows them in its error box, both languages).
  'template.error.list': { ja: '一覧から選んでください', en: 'Pick from the list' },
  'template.error.date': { ja: '日付を入力してください', en: 'Enter a date' },
  'template.error.length': { ja: '{max}文字以内', en: 'At most {max} characters' },
});
