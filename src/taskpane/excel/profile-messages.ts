/**
 * The Excel pane's profile editor strings (ProfileDialog.tsx, loaded when the editor is first
 * opened: these strings travel with it). src/messages/catalog.ts registers the table.
 */
import { defineMessages } from '../../messages/define';

export const profileMessages = defineMessages('profile', {
  'profile.profileTitle': {
    ja: 'プロファイル設定（利用機関の登録情報）',
    en: 'Profile (what the service knows of the institution)',
  },
  'profile.profileIntro': {
    ja: '入力した項目だけが申請書と照合されます。設定はこのコンピューターのこのブラウザー（Office）に保存されます。',
    en: 'Only the items you fill in are compared with the form. Kept in this browser (Office) on this computer.',
  },
  'profile.profileInstitutionName': { ja: '利用機関名', en: 'Institution name' },
  'profile.profileAddress': { ja: '登録住所', en: 'Registered address' },
  'profile.profileOrganization': { ja: 'O（組織名）', en: 'O (organisation)' },
  'profile.profileLocality': { ja: 'L（市区町村名）', en: 'L (locality)' },
  'profile.profileState': { ja: 'ST（都道府県名）', en: 'ST (prefecture)' },
  'profile.profileExtraPrefixes': {
    ja: '追加の法人種別（読点またはカンマ区切り）',
    en: 'Extra entity prefixes (comma separated)',
  },
  'profile.profileOfficerName': { ja: '登録担当者氏名', en: 'Registration officer’s name' },
  'profile.profileOfficerEmail': { ja: '登録担当者メールアドレス', en: 'Registration officer’s e-mail' },
  'profile.profileOfficerPhone': { ja: '登録担当者電話番号', en: 'Registration officer’s phone' },
  'profile.profileOfficerDepartment': { ja: '登録担当者所属', en: 'Registration officer’s department' },
  'profile.save': { ja: '保存', en: 'Save' },
});
