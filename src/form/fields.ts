/**
 * The field table of the revocation form (spec/form.md §2): the single source of truth for the
 * locator, the rules, the template and the docs. The fields' names are messages of the form's table
 * (src/form/messages.ts, `field.*`), the template's prompts src/workbook/template-messages.ts; the
 * sections, the reasons and the table size are src/form/layout.ts (re-exported here), which the
 * panes load at start without this table.
 */

import type { FormSection } from './layout';
import { formMessages } from './messages';

export {
  type FormSection,
  MAX_CERTIFICATES,
  REASONS,
  REASONS_NEEDING_DETAIL,
  type ReasonCode,
  SECTION_NAMES,
  SECTION_ORDER,
  sectionOfField,
} from './layout';

const f = formMessages.t;

/** zen = Japanese text (JIS X 0208 rule), ascii = half-width only, date, list. */
export type FieldKind = 'zen' | 'ascii' | 'date' | 'list';

/** The people who appear twice on the form, each under a section header. */
export type Person = 'officer' | 'admin';

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
    width: 40,
  },
  {
    id: 'cn',
    labels: ['CN', 'コモンネーム', '主体者CN'],
    kind: 'ascii',
    maxLength: 64,
    required: true,
    name: f('field.cn'),
    width: 30,
  },
  {
    id: 'o',
    labels: ['O', '組織名'],
    kind: 'ascii',
    maxLength: 64,
    required: true,
    name: f('field.o'),
    width: 30,
  },
  {
    id: 'l',
    labels: ['L', '市区町村名'],
    kind: 'ascii',
    maxLength: 64,
    required: 'l-or-st',
    name: f('field.l'),
    width: 16,
  },
  {
    id: 'st',
    labels: ['ST', '都道府県名'],
    kind: 'ascii',
    maxLength: 64,
    required: 'l-or-st',
    name: f('field.st'),
    width: 12,
  },
  {
    id: 'c',
    labels: ['C', '国名'],
    kind: 'ascii',
    required: true,
    name: f('field.c'),
    width: 8,
  },
  {
    id: 'notAfter',
    labels: ['有効期限', '有効期間終了日'],
    kind: 'date',
    required: false,
    name: f('field.notAfter'),
    width: 12,
  },
  {
    id: 'reason',
    labels: ['失効理由'],
    kind: 'list',
    required: true,
    name: f('field.reason'),
    width: 18,
  },
  {
    id: 'reasonDetail',
    labels: ['失効理由詳細', '詳細', '備考'],
    kind: 'zen',
    maxLength: 256,
    required: 'by-reason',
    name: f('field.reasonDetail'),
    width: 36,
  },
];

/** Headers that open a person's section (spec/form.md §1). */
export const SECTION_HEADERS: Readonly<Record<Person, readonly string[]>> = {
  officer: ['登録担当者', '登録担当者情報'],
  admin: ['利用管理者', '利用管理者情報'],
};

/** The title of the form as the template writes it. */
export const FORM_TITLE = '【コード署名証明書】失効申請書（UPKI電子証明書発行サービス）';

export function fieldById(id: string): FieldDef | undefined {
  return FIELDS.find((f) => f.id === id);
}

export function columnById(id: string): ColumnDef | undefined {
  return COLUMNS.find((c) => c.id === id);
}
