/** No rule throws, whatever a cell holds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkForm, checkGrid, RULES, targetsOf } from '../../src/form/check';
import type { CellValue } from '../../src/form/grid';
import { locateForm } from '../../src/form/locate';
import { grid, sheet, TODAY, validFormCells } from '../helpers/grid';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constantFrom('', ' ', '\n', '令和99年99月99日', 'R0.0.0', '0x', '𠮷', '\u0000', '㈱', 'ｶﾞ', '+81'),
);

const VALUE_CELLS = [
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
  'B7',
  'B8',
  'B9',
  'B10',
  'B12',
  'B13',
  'B14',
  'B15',
  'A18',
  'B18',
  'C18',
  'D18',
  'E18',
  'F18',
  'G18',
  'H18',
  'I18',
];

describe('robustness', () => {
  it('no rule throws on arbitrary values in any field', () => {
    fc.assert(
      fc.property(
        fc.array(cellValue, { minLength: VALUE_CELLS.length, maxLength: VALUE_CELLS.length }),
        (values) => {
          const overrides = Object.fromEntries(VALUE_CELLS.map((a, i) => [a, values[i] ?? null]));
          const report = checkGrid(grid(sheet('F', validFormCells(overrides))), { today: TODAY });
          for (const f of report.findings) {
            expect(typeof f.message.ja).toBe('string');
            expect(f.cell).toMatch(/^F!/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every field rule survives every value on every field', () => {
    const form = locateForm(grid(sheet('F', validFormCells())));
    if (!form) throw new Error('no form');
    const exercised = new Set<string>();
    fc.assert(
      fc.property(cellValue, (v) => {
        for (const t of targetsOf(form)) {
          const target = {
            ...t,
            value: { ...t.value, raw: v, text: typeof v === 'string' ? v : String(v ?? '') },
          };
          for (const rule of RULES) {
            if (rule.scope === 'field' && rule.appliesTo(target)) {
              rule.check(target, { form, today: TODAY });
              exercised.add(rule.id);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
    // Every field rule met at least one field: none was left out of the run.
    const fieldRules = RULES.filter((r) => r.scope === 'field').map((r) => r.id);
    expect([...exercised].sort()).toEqual([...fieldRules].sort());
  });

  it('arbitrary sheets never throw', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.integer({ min: 1, max: 40 }),
            col: fc.integer({ min: 1, max: 12 }),
            value: cellValue,
          }),
          {
            maxLength: 80,
          },
        ),
        (cells) => {
          const g = { sheets: [{ name: 'S', cells, merges: [] }] };
          const r = checkGrid(g, { today: TODAY });
          expect(r.summary.errors + r.summary.warnings).toBe(r.findings.length);
          const form = locateForm(g);
          if (form) checkForm(form, { today: TODAY });
        },
      ),
      { numRuns: 300 },
    );
  });
});
