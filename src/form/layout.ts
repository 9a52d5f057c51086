/**
 * The parts of the field table the panes need at start: the form's sections (order, titles, which
 * section a field is in), the revocation reasons of the list cell and the size of the certificate
 * table. src/form/fields.ts re-exports them; importing them from here keeps the field table and
 * the form's messages out of the panes' first load.
 */
import type { Bilingual } from '../messages/define';
import { sectionMessages } from './section-messages';

/** Groups of the form, in the form's order (used by the pane and the report). */
export type FormSection = 'application' | 'institution' | 'officer' | 'admin' | 'certificates';

export const SECTION_ORDER: readonly FormSection[] = [
  'application',
  'institution',
  'officer',
  'admin',
  'certificates',
];

export const SECTION_NAMES: Readonly<Record<FormSection, Bilingual>> = {
  application: sectionMessages.t('section.application'),
  institution: sectionMessages.t('section.institution'),
  officer: sectionMessages.t('section.officer'),
  admin: sectionMessages.t('section.admin'),
  certificates: sectionMessages.t('section.certificates'),
};

/** The single fields outside the two people's sections (test/form pins it against FIELDS). */
const SECTION_OF_FIELD: Readonly<Record<string, FormSection>> = {
  applicationDate: 'application',
  institutionName: 'institution',
  address: 'institution',
  representativeTitle: 'institution',
  representativeName: 'institution',
};

/** The section of the form a finding's field (`officer.email`, `certificates[2].serial`) belongs to. */
export function sectionOfField(field: string): FormSection {
  if (field.startsWith('certificates')) return 'certificates';
  if (field.startsWith('officer.')) return 'officer';
  if (field.startsWith('admin.')) return 'admin';
  return SECTION_OF_FIELD[field] ?? 'application';
}

/** Revocation reasons (spec/form.md §3.9), the template's list in this order. */
export const REASONS = [
  { label: '秘密鍵の危殆化', aliases: ['keyCompromise', '鍵の危殆化'], code: 'keyCompromise' },
  { label: '記載内容の変更', aliases: ['affiliationChanged', '所属の変更'], code: 'affiliationChanged' },
  { label: '証明書の置き換え', aliases: ['superseded', '再発行'], code: 'superseded' },
  {
    label: '利用の終了',
    aliases: ['cessationOfOperation', '利用終了', '不要'],
    code: 'cessationOfOperation',
  },
  { label: 'その他', aliases: ['unspecified'], code: 'unspecified' },
] as const;

export type ReasonCode = (typeof REASONS)[number]['code'];

/** Reasons that need a detail (spec/form.md §3.9 and the service's rule). */
export const REASONS_NEEDING_DETAIL: readonly ReasonCode[] = ['keyCompromise', 'unspecified'];

/** Maximum number of certificate entries read from the table. */
export const MAX_CERTIFICATES = 20;
