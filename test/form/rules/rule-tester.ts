/**
 * A table-driven tester for field rules, after ESLint's RuleTester: `valid` values draw no finding
 * from the rule; `invalid` values draw findings, with the expected fix (or none).
 */
import { describe, expect, it } from 'vitest';
import { columnById, fieldById } from '../../../src/form/fields';
import type { CellValue } from '../../../src/form/grid';
import type { FieldRule, RuleContext } from '../../../src/form/rules/rule';
import { cellText } from '../../../src/form/text';
import type { LocalDate, LocatedForm, Profile, Target } from '../../../src/form/types';
import { TODAY } from '../../helpers/grid';

export interface RuleCase {
  value: CellValue;
  /** Field id or column id; defaults to the tester's field. */
  field?: string;
  profile?: Profile;
  today?: LocalDate;
  /** Expected fix value; `null` = no fix; undefined = not checked. */
  fix?: string | null;
  /** Text the Japanese message must contain (e.g. the code point). */
  ja?: string;
  /** Text the English message must contain. */
  en?: string;
  severity?: 'error' | 'warning';
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

export function contextFor(c: { profile?: Profile; today?: LocalDate }): RuleContext {
  const form: LocatedForm = { sheet: 'S', fields: {}, labels: {}, certificates: [] };
  return { form, today: c.today ?? TODAY, profile: c.profile };
}

function run(rule: FieldRule, key: string, c: RuleCase) {
  const t = targetFor(c.field ?? key, c.value);
  if (!rule.appliesTo(t)) return { applies: false, problems: [] };
  if (t.value.text.trim() === '' && !rule.checksEmpty) return { applies: true, problems: [] };
  return { applies: true, problems: rule.check(t, contextFor(c)) };
}

export function testRule(
  rule: FieldRule,
  key: string,
  cases: { valid: RuleCase[]; invalid: RuleCase[] },
): void {
  describe(rule.id, () => {
    it.each(cases.valid.map((c) => [JSON.stringify(c.value), c] as const))('accepts %s', (_name, c) => {
      expect(run(rule, key, c).problems).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [JSON.stringify(c.value), c] as const))('flags %s', (_name, c) => {
      const { applies, problems } = run(rule, key, c);
      expect(applies, `${rule.id} should apply to ${c.field ?? key}`).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
      const p = problems[0];
      if (!p) return;
      expect(p.message.ja.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
      if (c.fix === null) expect(p.fix).toBeUndefined();
      else if (c.fix !== undefined) expect(p.fix?.value).toBe(c.fix);
      if (c.ja) expect(p.message.ja).toContain(c.ja);
      if (c.en) expect(p.message.en).toContain(c.en);
      if (c.severity) expect(p.severity ?? rule.severity).toBe(c.severity);
    });
  });
}
