/** What a rule is: data (id, severity, description) plus one small function. */
import type { Bilingual, ColumnDef, FieldDef } from '../fields';
import { type FormMessageId, ft } from '../messages';
import type { Fix, LocalDate, LocatedForm, Profile, Severity, Target } from '../types';

export interface RuleContext {
  form: LocatedForm;
  today: LocalDate;
  profile?: Profile;
}

/** What a check returns; the runner adds the rule id, field and cell. */
export interface Problem {
  message: Bilingual;
  fix?: Fix;
  /** Overrides the rule's severity (dn.st-l-missing is an error or a warning). */
  severity?: Severity;
}

/** A rule that looks at one field or table cell at a time. */
export interface FieldRule {
  scope: 'field';
  id: string;
  severity: Severity;
  description: Bilingual;
  /** The ids of the messages the rule can report (src/form/messages.ts), as ESLint's `meta.messages`. */
  messages: readonly FormMessageId[];
  /** Whether the rule looks at this target. */
  appliesTo(t: Target): boolean;
  /** Runs on empty values too (only `text.required`). */
  checksEmpty?: boolean;
  check(t: Target, ctx: RuleContext): Problem[];
}

/** A rule that looks at the whole form (several fields or rows at once). */
export interface FormRule {
  scope: 'form';
  id: string;
  severity: Severity;
  description: Bilingual;
  /** The ids of the messages the rule can report (src/form/messages.ts). */
  messages: readonly FormMessageId[];
  check(ctx: RuleContext): Array<Problem & { field: string; cell: string }>;
}

export type Rule = FieldRule | FormRule;

/** 「登録担当者の電話番号」 / "registration officer's phone" (with the row for table cells). */
export function nameOf(t: Target): Bilingual {
  const name = (t.def as FieldDef | ColumnDef).name;
  if (!t.entry) return ft('field.quoted', { name });
  return ft('field.in-entry', { name, index: t.entry.index, row: t.entry.row });
}

export function isColumn(t: Target): t is Target & { def: ColumnDef } {
  return t.entry !== undefined;
}
