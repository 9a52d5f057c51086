/** The titles of the form's sections, in its order (src/form/layout.ts uses them). */
import { defineMessages } from '../messages/define';

export const sectionMessages = defineMessages('section', {
  'section.application': { ja: '申請', en: 'Application' },
  'section.institution': { ja: '利用機関', en: 'Institution' },
  'section.officer': { ja: '登録担当者', en: 'Registration officer' },
  'section.admin': { ja: '利用管理者', en: 'Usage administrator' },
  'section.certificates': { ja: '失効する証明書', en: 'Certificates to revoke' },
});
