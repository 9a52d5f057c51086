/**
 * The field table of the revocation form (spec/form.md §2): the single source of truth for the
 * locator, the rules, the template and the docs. Names and prompts are src/form/field-messages.ts.
 */
import { fieldMessages } from './field-messages';

const f = fieldMessages.t;

/** zen = Japanese text (JIS X 0208 rule), ascii = half-width only, date, list. */
export type FieldKind = 'zen' | 'ascii' | 'date' | 'list';

/** The people who appear twice on the form, each under a section header. */
export type Person = 'officer' | 'admin';

/** Groups of the form, in the form's order (used by the pane and the report). */
export type FormSection = 'application' | 'institution' | 'officer' | 'admin' | 'certificates';

export interface Bilingual {
  ja: string;
  en: string;
}

export interface FieldDef {
  /** e.g. `institutionName`, `officer.email` */
  id: string;
  /** Full labels that identify the field anywhere on the sheet (first = the template's). */
  labels: readonly string[];
  /** Short labels that identify the field only inside its person's section. */
  shortLabels?: readonly string[];
  person?: Person;
  section: FormSection;
  kind: FieldKind;
  maxLength?: number;
  required: boolean;
  /** Human name for messages. */
  name: Bilingual;
  /** Input prompt for the template (Japanese first). */
  prompt: Bilingual;
  /** A valid example value (used by the example form and the docs). */
  example: string;
}

export interface ColumnDef {
  id: 'serial' | 'cn' | 'o' | 'l' | 'st' | 'c' | 'notAfter' | 'reason' | 'reasonDetail';
  labels: readonly string[];
  kind: FieldKind;
  maxLength?: number;
  /** true, false, or a rule-specific condition handled by that rule. */
  required: boolean | 'l-or-st' | 'by-reason';
  name: Bilingual;
  prompt: Bilingual;
  /** Column width in the template (characters). */
  width: number;
}

function personFields(person: Person): FieldDef[] {
  const who = f(person === 'officer' ? 'person.officer' : 'person.admin');
  // The labels are the layout contract (spec/form.md §2), not words for people.
  const jaPerson = person === 'officer' ? '登録担当者' : '利用管理者';
  const example =
    person === 'officer'
      ? {
          name: '申請 太郎',
          department: '情報基盤センター',
          phone: '03-1234-5678',
          email: 'taro.shinsei@univ.example.ac.jp',
        }
      : {
          name: '管理 花子',
          department: '情報学研究科',
          phone: '03-1234-9876',
          email: 'hanako.kanri@univ.example.ac.jp',
        };
  return [
    {
      id: `${person}.name`,
      labels: [`${jaPerson}氏名`],
      shortLabels: ['氏名'],
      person,
      section: person,
      kind: 'zen',
      maxLength: 64,
      required: true,
      name: f('field.person.name', { person: who }),
      prompt: f('prompt.person.name'),
      example: example.name,
    },
    {
      id: `${person}.department`,
      labels: [`${jaPerson}所属`],
      shortLabels: ['所属'],
      person,
      section: person,
      kind: 'zen',
      maxLength: 64,
      required: true,
      name: f('field.person.department', { person: who }),
      prompt: f('prompt.person.department'),
      example: example.department,
    },
    {
      id: `${person}.phone`,
      labels: [`${jaPerson}電話番号`],
      shortLabels: ['電話番号'],
      person,
      section: person,
      kind: 'ascii',
      required: true,
      name: f('field.person.phone', { person: who }),
      prompt: f('prompt.person.phone'),
      example: example.phone,
    },
    {
      id: `${person}.email`,
      labels: [`${jaPerson}メールアドレス`, `${jaPerson}E-mail`],
      shortLabels: ['メールアドレス', 'E-mail'],
      person,
      section: person,
      kind: 'ascii',
      maxLength: 78,
      required: true,
      name: f('field.person.email', { person: who }),
      prompt: f('prompt.person.email'),
      example: example.email,
    },
  ];
}

/** The single fields of the form, in the form's order. */
export const FIELDS: readonly FieldDef[] = [
  {
    id: 'applicationDate',
    labels: ['申請日', '申請年月日'],
    section: 'application',
    kind: 'date',
    required: true,
    name: f('field.applicationDate'),
    prompt: f('prompt.applicationDate'),
    example: '2026/11/25',
  },
  {
    id: 'institutionName',
    labels: ['利用機関名', '機関名'],
    section: 'institution',
    kind: 'zen',
    maxLength: 64,
    required: true,
    name: f('field.institutionName'),
    prompt: f('prompt.institutionName'),
    example: '学校法人申請学園 申請大学',
  },
  {
    id: 'address',
    labels: ['住所', '所在地', '本部所在地'],
    section: 'institution',
    kind: 'zen',
    maxLength: 128,
    required: true,
    name: f('field.address'),
    prompt: f('prompt.address'),
    example: '東京都千代田区一ツ橋二丁目1番2号',
  },
  {
    id: 'representativeTitle',
    labels: ['代表者または機関責任者の資格', '機関責任者資格', '代表者資格'],
    section: 'institution',
    kind: 'zen',
    maxLength: 64,
    required: true,
    name: f('field.representativeTitle'),
    prompt: f('prompt.representativeTitle'),
    example: '学長',
  },
  {
    id: 'representativeName',
    labels: ['代表者または機関責任者の氏名', '機関責任者氏名', '代表者氏名'],
    section: 'institution',
    kind: 'zen',
    maxLength: 64,
    required: true,
    name: f('field.representativeName'),
    prompt: f('prompt.representativeName'),
    example: '学長 一郎',
  },
  ...personFields('officer'),
  ...personFields('admin'),
];

/** The certificate table's columns, in the template's order. */
export const COLUMNS: readonly ColumnDef[] = [
  {
    id: 'serial',
    labels: ['シリアル番号', '証明書シリアル番号', 'シリアル番号(16進)'],
    kind: 'ascii',
    required: true,
    name: f('field.serial'),
    prompt: f('prompt.serial'),
    width: 40,
  },
  {
    id: 'cn',
    labels: ['CN', 'コモンネーム', '主体者CN'],
    kind: 'ascii',
    maxLength: 64,
    required: true,
    name: f('field.cn'),
    prompt: f('prompt.cn'),
    width: 30,
  },
  {
    id: 'o',
    labels: ['O', '組織名'],
    kind: 'ascii',
    maxLength: 64,
    required: true,
    name: f('field.o'),
    prompt: f('prompt.o'),
    width: 30,
  },
  {
    id: 'l',
    labels: ['L', '市区町村名'],
    kind: 'ascii',
    maxLength: 64,
    required: 'l-or-st',
    name: f('field.l'),
    prompt: f('prompt.l'),
    width: 16,
  },
  {
    id: 'st',
    labels: ['ST', '都道府県名'],
    kind: 'ascii',
    maxLength: 64,
    required: 'l-or-st',
    name: f('field.st'),
    prompt: f('prompt.st'),
    width: 12,
  },
  {
    id: 'c',
    labels: ['C', '国名'],
    kind: 'ascii',
    required: true,
    name: f('field.c'),
    prompt: f('prompt.c'),
    width: 8,
  },
  {
    id: 'notAfter',
    labels: ['有効期限', '有効期間終了日'],
    kind: 'date',
    required: false,
    name: f('field.notAfter'),
    prompt: f('prompt.notAfter'),
    width: 12,
  },
  {
    id: 'reason',
    labels: ['失効理由'],
    kind: 'list',
    required: true,
    name: f('field.reason'),
    prompt: f('prompt.reason'),
    width: 18,
  },
  {
    id: 'reasonDetail',
    labels: ['失効理由詳細', '詳細', '備考'],
    kind: 'zen',
    maxLength: 256,
    required: 'by-reason',
    name: f('field.reasonDetail'),
    prompt: f('prompt.reasonDetail'),
    width: 36,
  },
];

/** Headers that open a person's section (spec/form.md §1). */
export const SECTION_HEADERS: Readonly<Record<Person, readonly string[]>> = {
  officer: ['登録担当者', '登録担当者情報'],
  admin: ['利用管理者', '利用管理者情報'],
};

export const SECTION_NAMES: Readonly<Record<FormSection, Bilingual>> = {
  application: f('section.application'),
  institution: f('section.institution'),
  officer: f('section.officer'),
  admin: f('section.admin'),
  certificates: f('section.certificates'),
};

export const SECTION_ORDER: readonly FormSection[] = [
  'application',
  'institution',
  'officer',
  'admin',
  'certificates',
];

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

/** The title of the form as the template writes it. */
export const FORM_TITLE = '【コード署名証明書】失効申請書（UPKI電子証明書発行サービス）';

/** Maximum number of certificate entries read from the table. */
export const MAX_CERTIFICATES = 20;

/** The section of the form a finding's field (`officer.email`, `certificates[2].serial`) belongs to. */
export function sectionOfField(field: string): FormSection {
  if (field.startsWith('certificates')) return 'certificates';
  return FIELDS.find((f) => f.id === field)?.section ?? 'application';
}

export function fieldById(id: string): FieldDef | undefined {
  return FIELDS.find((f) => f.id === id);
}

export function columnById(id: string): ColumnDef | undefined {
  return COLUMNS.find((c) => c.id === id);
}
