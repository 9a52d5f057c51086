/** institution.corporate-prefix, institution.abbreviation, institution.profile-mismatch, address.* */

import { ft } from '../messages';
import { comparisonKey } from '../text';
import { type FieldRule, nameOf, type Problem } from './rule';

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
  description: ft('rule.institution.corporate-prefix'),
  messages: ['institution.corporate-prefix'],
  appliesTo: (t) => t.key === 'institutionName',
  check(t, ctx) {
    const value = t.value.text.trim().normalize('NFKC');
    const prefixes = [...ENTITY_PREFIXES, ...(ctx.profile?.extraEntityPrefixes ?? [])];
    if (prefixes.some((p) => value.startsWith(p.normalize('NFKC')))) return [];
    // A leading abbreviation is reported (with its fix) by institution.abbreviation.
    if (findAbbreviations(t.value.text.trim()).some((a) => a.index === 0)) return [];
    return [{ message: ft('institution.corporate-prefix') }];
  },
};

export const abbreviation: FieldRule = {
  scope: 'field',
  id: 'institution.abbreviation',
  severity: 'error',
  description: ft('rule.institution.abbreviation'),
  messages: ['institution.abbreviation', 'institution.abbreviation.fix'],
  appliesTo: (t) => t.key === 'institutionName',
  check(t) {
    const found = findAbbreviations(t.value.text);
    if (found.length === 0) return [];
    const value = t.value.text.replace(ABBREVIATION, (m, abbr: string | undefined) =>
      abbr ? (ABBREVIATIONS[abbr] as string) : (SYMBOLS[m] as string),
    );
    const list = {
      ja: found.map((f) => `${f.text}→${f.full}`).join('、'),
      en: found.map((f) => `${f.text} → ${f.full}`).join(', '),
    };
    return [
      {
        message: ft('institution.abbreviation', { list }),
        fix: { value, ...ft('institution.abbreviation.fix', { list }) },
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
      message: ft('profile-mismatch', { field: name, value: actual, expected }),
      fix: { value: expected, ...ft('profile-mismatch.fix', { expected }) },
    },
  ];
}

export const institutionProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'institution.profile-mismatch',
  severity: 'error',
  description: ft('rule.institution.profile-mismatch'),
  messages: ['profile-mismatch', 'profile-mismatch.fix'],
  appliesTo: (t) => t.key === 'institutionName',
  check: (t, ctx) => profileMismatch(t.value.text, ctx.profile?.institutionName, nameOf(t)),
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
  description: ft('rule.address.prefecture'),
  messages: ['address.prefecture'],
  appliesTo: (t) => t.key === 'address',
  check(t) {
    let value = t.value.text
      .trim()
      .normalize('NFKC')
      .replace(/[‐−－ー–—]/g, '-');
    if (value.startsWith('〒')) value = value.replace(POSTCODE, '');
    if (PREFECTURES.some((p) => value.startsWith(p))) return [];
    return [{ message: ft('address.prefecture') }];
  },
};

export const addressProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'address.profile-mismatch',
  severity: 'error',
  description: ft('rule.address.profile-mismatch'),
  messages: ['profile-mismatch', 'profile-mismatch.fix'],
  appliesTo: (t) => t.key === 'address',
  check: (t, ctx) => profileMismatch(t.value.text, ctx.profile?.address, nameOf(t)),
};

export const officerProfileMismatch: FieldRule = {
  scope: 'field',
  id: 'officer.profile-mismatch',
  severity: 'warning',
  description: ft('rule.officer.profile-mismatch'),
  messages: ['officer.profile-mismatch', 'officer.profile-mismatch.name', 'officer.profile-mismatch.email'],
  appliesTo: (t) => t.key === 'officer.name' || t.key === 'officer.email',
  check(t, ctx) {
    const expected = t.key === 'officer.name' ? ctx.profile?.officer?.name : ctx.profile?.officer?.email;
    if (!expected || comparisonKey(t.value.text) === comparisonKey(expected)) return [];
    const what = ft(
      t.key === 'officer.name' ? 'officer.profile-mismatch.name' : 'officer.profile-mismatch.email',
    );
    return [{ message: ft('officer.profile-mismatch', { what, value: t.value.text, expected }) }];
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
