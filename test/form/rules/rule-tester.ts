/**
 * A table-driven rule tester after ESLint's RuleTester. `valid` cases draw no finding at all from
 * the rule; every `invalid` case states its exact findings — how many, and for each the rule, field,
 * severity and fix (a value, or `null` for none) — and optionally text each message must contain.
 * Field rules and form rules go through the same runner as `checkForm` (fieldRuleFindings /
 * formRuleFindings), so the tester sees what the check reports.
 */
import { describe, expect, it } from 'vitest';
import { fieldRuleFindings, formRuleFindings } from '../../../src/form/check';
import { columnById, fieldById } from '../../../src/form/fields';
import type { CellValue } from '../../../src/form/grid';
import { locateForm } from '../../../src/form/locate';
import type { FieldRule, FormRule, RuleContext } from '../../../src/form/rules/rule';
import { cellText } from '../../../src/form/text';
import type { Finding, LocalDate, LocatedForm, Profile, Severity, Target } from '../../../src/form/types';
import { grid, sheet, TODAY, validFormCells } from '../../helpers/grid';

export interface ExpectedFinding {
  severity: Severity;
  /** The fix's value, or null: no fix. */
  fix: string | null;
  /** Defaults to the case's field (field rules); required for form rules. */
  field?: string;
  /** Defaults to the tested rule. */
  rule?: string;
  /** Text the Japanese message must contain (e.g. the code point). */
  ja?: string;
  /** Text the English message must contain. */
  en?: string;
}

export interface RuleCase {
  value: CellValue;
  /** Field id or column id; defaults to the tester's field. */
  field?: string;
  profile?: Profile;
  today?: LocalDate;
}

export interface InvalidRuleCase extends RuleCase {
  errors: ExpectedFinding[];
}

export function targetFor(key: string, raw: CellValue): Target {
  const def = fieldById(key) ?? columnById(key);
  if (!def) throw new Error(`unknown field ${key}`);
  const isColumn = !fieldById(key);
  const value = { raw, text: cellText(raw), cell: 'S!B2', row: 2, col: 2 };
  if (!isColumn) return { field: key, key, def, value };
  const entry = { row: 30, index: 1, cells: { [key]: value } };
  return { field: `certificates[1].${key}`, key, def, value, entry };
}

export function contextFor(c: { profile?: Profile; today?: LocalDate }, form?: LocatedForm): RuleContext {
  return {
    form: form ?? { sheet: 'S', fields: {}, labels: {}, certificates: [] },
    today: c.today ?? TODAY,
    profile: c.profile,
  };
}

/** Compares findings with the expected ones: exact count, rule, field, severity and fix; then texts. */
export function expectFindings(
  actual: Finding[],
  expected: ExpectedFinding[],
  defaults: { rule: string; field?: string },
): void {
  const shape = (f: { rule: string; field: string; severity: string; fix: string | null }) => f;
  expect(
    actual.map((f) =>
      shape({ rule: f.rule, field: f.field, severity: f.severity, fix: f.fix?.value ?? null }),
    ),
  ).toEqual(
    expected.map((e) =>
      shape({
        rule: e.rule ?? defaults.rule,
        field: e.field ?? defaults.field ?? '(field required)',
        severity: e.severity,
        fix: e.fix,
      }),
    ),
  );
  actual.forEach((f, i) => {
    const e = expected[i] as ExpectedFinding;
    for (const side of ['ja', 'en'] as const) {
      expect(f.message[side].length, `${side} message`).toBeGreaterThan(5);
      expect(f.message[side], 'no unfilled placeholder').not.toMatch(/\{\w+\}/);
      if (f.fix) expect(f.fix[side].length, `${side} fix text`).toBeGreaterThan(1);
      const want = e[side];
      if (want) expect(f.message[side]).toContain(want);
    }
  });
}

const caseName = (c: RuleCase) => `${JSON.stringify(c.value)}${c.field ? ` in ${c.field}` : ''}`;

export function testRule(
  rule: FieldRule,
  key: string,
  cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] },
): void {
  const run = (c: RuleCase) => {
    const t = targetFor(c.field ?? key, c.value);
    return { t, findings: fieldRuleFindings(rule, t, contextFor(c)) };
  };
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [caseName(c), c] as const))('accepts %s', (_name, c) => {
      expect(run(c).findings).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [caseName(c), c] as const))('flags %s', (_name, c) => {
      expect(c.errors.length, 'an invalid case states at least one finding').toBeGreaterThan(0);
      const { t, findings } = run(c);
      expectFindings(findings, c.errors, { rule: rule.id, field: t.field });
    });
  });
}

/** A whole form: the valid form of test/helpers/grid.ts with some cells changed (null clears one). */
export interface FormCase {
  name: string;
  cells: Record<string, CellValue>;
  profile?: Profile;
  today?: LocalDate;
}

export interface InvalidFormCase extends FormCase {
  errors: Array<ExpectedFinding & { field: string }>;
}

export function formFor(cells: Record<string, CellValue>): LocatedForm {
  const all = validFormCells();
  for (const [k, v] of Object.entries(cells)) {
    if (v === null) delete all[k];
    else all[k] = v;
  }
  const form = locateForm(grid(sheet('F', all)));
  if (!form) throw new Error('the test form was not located');
  return form;
}

export function testFormRule(rule: FormRule, cases: { valid: FormCase[]; invalid: InvalidFormCase[] }): void {
  const run = (c: FormCase) => formRuleFindings(rule, contextFor(c, formFor(c.cells)));
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))('accepts %s', (_name, c) => {
      expect(run(c)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('flags %s', (_name, c) => {
      expect(c.errors.length, 'an invalid case states at least one finding').toBeGreaterThan(0);
      expectFindings(run(c), c.errors, { rule: rule.id });
    });
  });
}
