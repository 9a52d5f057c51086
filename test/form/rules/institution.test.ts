import {
  abbreviation,
  addressPrefecture,
  addressProfileMismatch,
  corporatePrefix,
  institutionProfileMismatch,
  officerProfileMismatch,
} from '../../../src/form/rules/institution';
import { testRule } from './rule-tester';

testRule(corporatePrefix, 'institutionName', {
  valid: [
    { value: '学校法人申請学園 申請大学' },
    { value: '国立大学法人東京○○大学' },
    { value: '大学共同利用機関法人情報・システム研究機構' },
    { value: '特定非営利活動法人テスト' },
    { value: '(学)申請学園' }, // institution.abbreviation reports it
    { value: '国立情報学研究所', profile: { extraEntityPrefixes: ['国立情報学研究所'] } },
  ],
  invalid: [
    { value: '申請大学', errors: [{ severity: 'error', fix: null, ja: '法人格' }] },
    { value: '申請学園学校法人', errors: [{ severity: 'error', fix: null }] },
    { value: '大学法人X', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(abbreviation, 'institutionName', {
  valid: [{ value: '学校法人申請学園 申請大学' }, { value: '株式会社テスト(東京)' }],
  invalid: [
    { value: '(学)申請学園 申請大学', errors: [{ severity: 'error', fix: '学校法人申請学園 申請大学' }] },
    { value: '（学）申請学園', errors: [{ severity: 'error', fix: '学校法人申請学園' }] },
    { value: '㈱テスト', errors: [{ severity: 'error', fix: '株式会社テスト' }] },
    { value: '(株)テスト', errors: [{ severity: 'error', fix: '株式会社テスト' }] },
    { value: '(独)テスト機構', errors: [{ severity: 'error', fix: '独立行政法人テスト機構' }] },
    { value: '(国研)テスト', errors: [{ severity: 'error', fix: '国立研究開発法人テスト' }] },
    { value: '(公財)テスト', errors: [{ severity: 'error', fix: '公益財団法人テスト' }] },
    { value: '(一財)テスト', errors: [{ severity: 'error', fix: '一般財団法人テスト' }] },
    { value: '(公社)テスト', errors: [{ severity: 'error', fix: '公益社団法人テスト' }] },
    { value: '(一社)テスト', errors: [{ severity: 'error', fix: '一般社団法人テスト' }] },
    { value: '(福)テスト', errors: [{ severity: 'error', fix: '社会福祉法人テスト' }] },
    { value: '(医)テスト', errors: [{ severity: 'error', fix: '医療法人テスト' }] },
    { value: '(宗)テスト', errors: [{ severity: 'error', fix: '宗教法人テスト' }] },
    { value: '(特非)テスト', errors: [{ severity: 'error', fix: '特定非営利活動法人テスト' }] },
    { value: '(有)テスト', errors: [{ severity: 'error', fix: '有限会社テスト' }] },
    { value: '㈲テスト', errors: [{ severity: 'error', fix: '有限会社テスト' }] },
    { value: '(同)テスト', errors: [{ severity: 'error', fix: '合同会社テスト' }] },
    { value: 'テスト(株)', errors: [{ severity: 'error', fix: 'テスト株式会社' }] },
  ],
});

const profile = { institutionName: '学校法人申請学園 申請大学', address: '東京都千代田区一ツ橋2-1-2' };

testRule(institutionProfileMismatch, 'institutionName', {
  valid: [
    { value: '学校法人申請学園 申請大学', profile },
    { value: '学校法人申請学園　申請大学', profile },
    { value: '学校法人申請学園申請大学', profile },
    { value: 'どれでも', profile: {} },
  ],
  invalid: [
    {
      value: '学校法人申請学園 別大学',
      profile,
      errors: [{ severity: 'error', fix: '学校法人申請学園 申請大学' }],
    },
  ],
});

testRule(addressPrefecture, 'address', {
  valid: [
    { value: '東京都千代田区一ツ橋2-1-2' },
    { value: '〒101-8430 東京都千代田区' },
    { value: '〒１０１－８４３０　北海道札幌市' },
    { value: '〒1018430京都府京都市' },
    { value: '鹿児島県鹿児島市' },
  ],
  invalid: [
    { value: '千代田区一ツ橋2-1-2', errors: [{ severity: 'error', fix: null }] },
    { value: '101-8430 東京都', errors: [{ severity: 'error', fix: null }] },
    { value: '東京千代田区', errors: [{ severity: 'error', fix: null }] },
  ],
});

testRule(addressProfileMismatch, 'address', {
  valid: [
    { value: '東京都千代田区一ツ橋２－１－２', profile },
    { value: '東京都千代田区一ツ橋2ー1ー2', profile },
  ],
  invalid: [
    {
      value: '東京都千代田区一ツ橋2-1-3',
      profile,
      errors: [{ severity: 'error', fix: '東京都千代田区一ツ橋2-1-2' }],
    },
  ],
});

testRule(officerProfileMismatch, 'officer.name', {
  valid: [
    { value: '申請 太郎', profile: { officer: { name: '申請　太郎' } } },
    {
      value: 'TARO@univ.example.ac.jp',
      field: 'officer.email',
      profile: { officer: { email: 'taro@univ.example.ac.jp' } },
    },
    { value: '他 人', field: 'admin.name', profile: { officer: { name: '申請 太郎' } } },
  ],
  invalid: [
    {
      value: '別人 次郎',
      profile: { officer: { name: '申請 太郎' } },
      errors: [{ severity: 'warning', fix: null }],
    },
    {
      value: 'jiro@univ.example.ac.jp',
      field: 'officer.email',
      profile: { officer: { email: 'taro@univ.example.ac.jp' } },
      errors: [{ severity: 'warning', fix: null }],
    },
  ],
});
