/** Runs the rules over a located form and builds the report of spec/form.md §5. */
import { listOf } from '../messages/define';
import { readDate } from './dates';
import { COLUMNS, FIELDS } from './fields';
import { cellAddress, type Grid } from './grid';
import { locateForm } from './locate';
import { ft } from './messages';
import { certificateRules, normaliseSerial } from './rules/certificate';
import { charsetRules } from './rules/charset';
import { contactRules } from './rules/contact';
import { dateRules } from './rules/date';
import { institutionRules } from './rules/institution';
import type { FieldRule, FormRule, Problem, Rule, RuleContext } from './rules/rule';
import { textRules } from './rules/text';
import { isoDate, localToday } from './text';
import type { CheckOptions, CheckReport, Finding, Fix, LocatedForm, LocatedValue, Target } from './types';

/** Every rule, in the order their findings are listed for one field. */
export const RULES: readonly Rule[] = [
  ...textRules,
  ...charsetRules,
  ...dateRules,
  ...institutionRules,
  ...contactRules,
  ...certificateRules,
];

const RULE_INDEX = new Map(RULES.map((r, i) => [r.id, i]));
const FIELD_RULES = RULES.filter((r): r is FieldRule => r.scope === 'field');
const FORM_RULES = RULES.filter((r): r is FormRule => r.scope === 'form');

export const FORM_NOT_FOUND = {
  id: 'form.not-found',
  severity: 'error',
  description: ft('rule.form.not-found'),
  messages: ['form.not-found'],
} as const;

/** All rule ids with severity and description (for docs and the pane). */
export function ruleCatalog(): Array<{
  id: string;
  severity: string;
  description: { ja: string; en: string };
}> {
  return [FORM_NOT_FOUND, ...RULES].map((r) => ({
    id: r.id,
    severity: r.severity,
    description: r.description,
  }));
}

function emptyValue(cell: string, row: number, col: number): LocatedValue {
  return { raw: null, text: '', cell, row, col };
}

/** The fields and table cells the field rules look at, in the form's order. */
export function targetsOf(form: LocatedForm): Target[] {
  const targets: Target[] = [];
  for (const def of FIELDS) {
    const value =
      form.fields[def.id] ?? emptyValue(form.labels[def.id] ?? cellAddress(form.sheet, 1, 1), 1, 1);
    targets.push({ field: def.id, key: def.id, def, value });
  }
  for (const entry of form.certificates) {
    const anyCol = Object.values(entry.cells)[0]?.col ?? 1;
    for (const def of COLUMNS) {
      const value =
        entry.cells[def.id] ?? emptyValue(cellAddress(form.sheet, entry.row, anyCol), entry.row, anyCol);
      targets.push({ field: `certificates[${entry.index}].${def.id}`, key: def.id, def, value, entry });
    }
  }
  return targets;
}

/** Position of a finding's field in the form's order (for sorting). */
function fieldOrder(field: string): number {
  const m = /^certificates\[(\d+)\](?:\.(\w+))?$/.exec(field);
  if (m) return 1000 + Number(m[1]) * 100 + (m[2] ? COLUMNS.findIndex((c) => c.id === m[2]) + 1 : 0);
  if (field === 'certificates') return 1000;
  const i = FIELDS.findIndex((f) => f.id === field);
  return i < 0 ? 999 : i;
}

/** The findings of one field rule on one target (the rule tester uses the same path). */
export function fieldRuleFindings(rule: FieldRule, t: Target, ctx: RuleContext): Finding[] {
  if (t.value.text.trim() === '' && !rule.checksEmpty) return [];
  if (!rule.appliesTo(t)) return [];
  return rule.check(t, ctx).map((p) => findingOf(rule, p, t.field, t.value.cell));
}

/** The findings of one form rule. */
export function formRuleFindings(rule: FormRule, ctx: RuleContext): Finding[] {
  return rule.check(ctx).map((p) => findingOf(rule, p, p.field, p.cell));
}

function findingOf(rule: Rule, p: Problem, field: string, cell: string): Finding {
  const f: Finding = {
    rule: rule.id,
    severity: p.severity ?? rule.severity,
    field,
    cell,
    message: p.message,
  };
  if (p.fix) f.fix = p.fix;
  return f;
}

/** The findings of every field rule on one target, in rule order. */
function targetFindings(t: Target, ctx: RuleContext): Finding[] {
  return FIELD_RULES.flatMap((rule) => fieldRuleFindings(rule, t, ctx));
}

/** Enough for every fix chain a cell can need (each step is one rule's fix). */
const MAX_FIX_STEPS = 8;

/**
 * One cell, several fixable findings (full-width digits and a stray space): each rule's fix starts
 * from the cell as it is, so applying one leaves the others' problems. Every fix of the cell then
 * proposes the value after all its safe fixes, applied one after another in rule order (the rules
 * run again on each intermediate value), described by the steps taken. spec/form.md §3: a fix is
 * "the corrected value", applied only when the user asks.
 */
export function settleFixes(t: Target, findings: Finding[], ctx: RuleContext): Finding[] {
  if (!findings.some((f) => f.fix)) return findings;
  const steps: Fix[] = [];
  const seen = new Set([t.value.text]);
  let value = t.value.text;
  let current = findings;
  while (steps.length < MAX_FIX_STEPS) {
    const fix = current.find((f) => f.fix && !seen.has(f.fix.value))?.fix;
    if (!fix) break;
    steps.push(fix);
    value = fix.value;
    seen.add(value);
    current = targetFindings({ ...t, value: { ...t.value, raw: value, text: value } }, ctx);
  }
  if (findings.every((f) => !f.fix || f.fix.value === value)) return findings;
  const settled: Fix = steps.length === 1 ? (steps[0] as Fix) : { value, ...listOf(steps) };
  return findings.map((f) => (f.fix ? { ...f, fix: settled } : f));
}

/** Runs every rule on a located form. Pure; `today` defaults to the machine's local date. */
export function checkForm(form: LocatedForm, options: CheckOptions = {}): Finding[] {
  const ctx: RuleContext = { form, today: options.today ?? localToday(), profile: options.profile };
  const findings: Finding[] = [];
  for (const t of targetsOf(form)) findings.push(...settleFixes(t, targetFindings(t, ctx), ctx));
  for (const rule of FORM_RULES) findings.push(...formRuleFindings(rule, ctx));
  if (findings.length < 2) return findings;
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        fieldOrder(a.f.field) - fieldOrder(b.f.field) ||
        (RULE_INDEX.get(a.f.rule) ?? 0) - (RULE_INDEX.get(b.f.rule) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

/** The `value` shown in the report's `fields`: normalised serials, dates as yyyy-mm-dd. */
function reportValue(key: string, kind: string, v: LocatedValue): string {
  if (kind === 'date') {
    const r = readDate(v.raw);
    return r.ok ? isoDate(r.date) : v.text;
  }
  if (key === 'serial') return normaliseSerial(v.text) ?? v.text;
  return v.text;
}

export function summarise(findings: Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Builds the report of a located form. */
export function reportOf(form: LocatedForm, findings: Finding[], file?: string): CheckReport {
  const fields: CheckReport['fields'] = {};
  for (const def of FIELDS) {
    const v = form.fields[def.id];
    if (v) fields[def.id] = { value: reportValue(def.id, def.kind, v), cell: v.cell };
  }
  const certificates: CheckReport['certificates'] = form.certificates.map((e) => {
    const row: CheckReport['certificates'][number] = { row: e.row };
    for (const def of COLUMNS) {
      const v = e.cells[def.id];
      if (v) row[def.id] = { value: reportValue(def.id, def.kind, v), cell: v.cell };
    }
    return row;
  });
  const report: CheckReport = {
    sheet: form.sheet,
    fields,
    certificates,
    findings,
    summary: summarise(findings),
  };
  return file === undefined ? report : { file, ...report };
}

/** Locates the form on a grid, checks it, and reports (spec/form.md §5). */
export function checkGrid(grid: Grid, options: CheckOptions & { file?: string } = {}): CheckReport {
  const form = locateForm(grid);
  if (!form) {
    const first = grid.sheets[0]?.name;
    const findings: Finding[] = [
      {
        rule: FORM_NOT_FOUND.id,
        severity: 'error',
        field: 'form',
        cell: first ? cellAddress(first, 1, 1) : '',
        message: ft('form.not-found'),
      },
    ];
    const report: CheckReport = {
      sheet: null,
      fields: {},
      certificates: [],
      findings,
      summary: summarise(findings),
    };
    return options.file === undefined ? report : { file: options.file, ...report };
  }
  return reportOf(form, checkForm(form, options), options.file);
}
