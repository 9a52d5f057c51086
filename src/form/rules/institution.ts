/** institution.corporate-prefix, institution.abbreviation, institution.profile-mismatch, address.* */
import { comparisonKey } from '../text';
import { type FieldRule, msg, type Problem } from './rule';

/** Legal-entity names a 利用機関名 starts with (spec/form.md §3.3). */
export const ENTITY_PREFIXES = [
  '学校法人',
  '国立大学法人',
  '公立大学法人',
  '大学共同利用機関法人',
  '独立行政法人',
  '国立研究開発法人',
  '地方独立行政法人',
  '一般社団法人',
  '一般財団法人',
  '公益社団法人',
  '公益財団法人',
  '社会福祉法人',
  '医療法人',
  '宗教法人',
  '特定非営利活動法人',
  '株式会社',
  '有限会社',
  '合同会社',
] as const;

/** Abbreviation (inside brackets) → the full legal-entity name. */
const ABBREVIATIONS: Record<string, string> = {
  学: '学校法人',
  独: '独立行政法人',
  国研: '国立研究開発法人',
  公財: '公益財団法人',
  一財: '一般財団法人',
  公社: '公益社団法人',
  一社: '一般社団法人',
  福: '社会福祉法人',
  医: '医療法人',
  宗: '宗教法人',
  特非: '特定非営利活動法人',
  株: '株式会社',
  有: '有限会社',
  同: '合同会社',
};
const SYMBOLS: Record<string, string> = { '㈱': '株式会社', '㈲': '有限会社' };

const ABBREVIATION = new RegExp(
  `[(（]\\s*(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[)）]|[㈱㈲]`,
  'g',
);

export function findAbbreviations(value: string): Array<{ text: string; full: string; index: number }> {
  return [...value.matchAll(ABBREVIATION)].map((m) => ({
    text: m[0],
    full: m[1] ? (ABBREVIATIONS[m[1]] as string) : (SYMBOLS[m[0]] as string),
    index: m.index ?? 0,
  }));
}

export const corporatePrefix: FieldRule = {
  scope: 'field',
  id: 'institution.corporate-prefix',
  severity: 'error',
  description: msg(
    '利用機関名が法人格で始まっていません',
    'Institution name does not start with a legal-entity name',
  ),
  appliesTo: (t) => t.key === 'institutionName',
  check(t, ctx) {
    const value = t.value.text.trim().normalize('NFKC');
    const prefixes = [...ENTITY_PREFIXES, ...(ctx.profile?.extraEntityPrefixes ?? [])];
    if (prefixes.some((p) => value.startsWith(p.normalize('NFKC')))) return [];
    // A leading abbreviation is reported (with its fix) by institution.abbreviation.
    if (findAbbreviations(t.value.text.trim()).some((a) => a.index === 0)) return [];
    return [
      {
        message: msg(
          `「利用機関名」は法人格から始まる正式名称で入力してください（例: 学校法人申請学園 申請大学、国立大学法人○○大学）。`,
          'The institution name must start with its legal-entity name (e.g. 学校法人申請学園 申請大学, 国立大学法人○○大学).',
        ),
      },
    ];
  },
};

export const abbreviation: FieldRule = {
  scope: 'field',
  id: 'institution.abbreviation',
  severity: 'error',
  description: msg('法人格が略称で書かれています', 'Abbreviated legal-entity name'),
  appliesTo: (t) => t.key === 'institutionName',
  check(t) {
    const found = findAbbreviations(t.value.text);
    if (found.length === 0) return [];
    const value = t.value.text.replace(ABBREVIATION, (m, abbr: string | undefined) =>
      abbr ? (ABBREVIATIONS[abbr] as string) : (SYMBOLS[m] as string),
    );
    const list = found.map((f) => `${f.text}→${f.full}`).join('、');
    const listEn = found.map((f) => `${f.text} → ${f.full}`).join(', ');
    return [
      {
        message: msg(
          `「利用機関名」の法人格が略称です（${list}）。正式名称で書いてください。`,
          `The institution name abbreviates its legal-entity name (${listEn}): write it in full.`,
        ),
        fix: { value, ja: `正式名称に置き換え（${list}）`, en: `Write in full (${listEn})` },
      },
    ];
  },
};

function profileMismatch(
  actual: string,
  expected: string | undefined,
  name: { ja: string; en: string },
): Problem[] {
  if (!expected || comparisonKey(actual) === comparisonKey(expected)) return [];
  return [
    {
      message: msg(
        `${name.ja}「${actual}」がプロファイルの登録内容「${expected}」と異なります。登録どおりに入力してください。`,
        `The ${name.en} 「${actual}」 differs from the registered 「${expected}」 in the profile: write it as registered.`,
      ),
      fix: {
        value: expected,
        ja: `登録内容「${expected}」に置き換え`,
        en: `Use the registered “${expected}”`,
      },
    },
  ];
}

export const institutionProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'institution.profile-mismatch',
  severity: 'error',
  description: msg('利用機関名がプロファイルと異なります', 'Institution name differs from the profile'),
  appliesTo: (t) => t.key === 'institutionName',
  check: (t, ctx) =>
    profileMismatch(t.value.text, ctx.profile?.institutionName, {
      ja: '「利用機関名」',
      en: 'institution name',
    }),
};

/** The 47 prefectures. */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

const POSTCODE = /^〒?\s*\d{3}-?\d{4}\s*/;

export const addressPrefecture: FieldRule = {
  scope: 'field',
  id: 'address.prefecture',
  severity: 'error',
  description: msg('住所が都道府県名で始まっていません', 'Address does not start with a prefecture'),
  appliesTo: (t) => t.key === 'address',
  check(t) {
    let value = t.value.text
      .trim()
      .normalize('NFKC')
      .replace(/[‐−－ー–—]/g, '-');
    if (value.startsWith('〒')) value = value.replace(POSTCODE, '');
    if (PREFECTURES.some((p) => value.startsWith(p))) return [];
    return [
      {
        message: msg(
          '「住所」は都道府県名から入力してください（郵便番号 〒NNN-NNNN を前に付けても構いません）。例: 東京都千代田区一ツ橋二丁目1番2号',
          'Write the address starting with the prefecture (a 〒NNN-NNNN postcode may come first), e.g. 東京都千代田区一ツ橋二丁目1番2号.',
        ),
      },
    ];
  },
};

export const addressProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'address.profile-mismatch',
  severity: 'error',
  description: msg('住所が登録済みの本部所在地と異なります', 'Address differs from the registered address'),
  appliesTo: (t) => t.key === 'address',
  check: (t, ctx) => profileMismatch(t.value.text, ctx.profile?.address, { ja: '「住所」', en: 'address' }),
};

export const officerProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'officer.profile-mismatch',
  severity: 'warning',
  description: msg('登録担当者がプロファイルと異なります', 'Officer differs from the profile'),
  appliesTo: (t) => t.key === 'officer.name' || t.key === 'officer.email',
  check(t, ctx) {
    const expected = t.key === 'officer.name' ? ctx.profile?.officer?.name : ctx.profile?.officer?.email;
    if (!expected || comparisonKey(t.value.text) === comparisonKey(expected)) return [];
    const what =
      t.key === 'officer.name' ? { ja: '氏名', en: 'name' } : { ja: 'メールアドレス', en: 'e-mail' };
    return [
      {
        message: msg(
          `登録担当者の${what.ja}「${t.value.text}」がプロファイルの「${expected}」と異なります。担当者が変わった場合はプロファイルを更新してください。`,
          `The registration officer's ${what.en} 「${t.value.text}」 differs from 「${expected}」 in the profile: if the officer changed, update the profile.`,
        ),
      },
    ];
  },
};

export { profileMismatch };

export const institutionRules = [
  corporatePrefix,
  abbreviation,
  institutionProfileMismatch,
  addressPrefecture,
  addressProfileMismatch,
  officerProfileMismatch,
];
