/**
 * One cell, several fixable findings: every fix of that cell proposes the value after all its safe
 * fixes (spec/form.md §3, "the corrected value"), not a partial one that leaves the other problems.
 */
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/form/check';
import type { CellValue } from '../../src/form/grid';
import { grid, sheet, TODAY, validFormCells } from '../helpers/grid';

const check = (overrides: Record<string, CellValue>, profile?: object) =>
  checkGrid(grid(sheet('F', validFormCells(overrides))), { today: TODAY, profile: profile as never });

/** The findings of one cell: rule → the fix's value (null: none). */
const fixesAt = (overrides: Record<string, CellValue>, cell: string, profile?: object) =>
  Object.fromEntries(
    check(overrides, profile)
      .findings.filter((f) => f.cell === `F!${cell}`)
      .map((f) => [f.rule, f.fix?.value ?? null]),
  );

describe('fixes of one cell settle on the final value', () => {
  it.each<[string, string, CellValue, Record<string, string | null>, object?]>([
    [
      'full-width digits and a trailing space (phone)',
      'B9',
      '０３－１２３４－５６７８ ',
      {
        'text.whitespace': '03-1234-5678',
        'charset.not-ascii': '03-1234-5678',
        'phone.format': '03-1234-5678',
      },
    ],
    [
      'doubled space and a machine-dependent character (name)',
      'B7',
      '髙橋  一郎',
      { 'text.whitespace': '高橋 一郎', 'charset.machine-dependent': '高橋 一郎' },
    ],
    [
      'a stray space and an abbreviated entity (institution)',
      'B2',
      ' (学)申請学園 申請大学',
      {
        'text.whitespace': '学校法人申請学園 申請大学',
        'institution.abbreviation': '学校法人申請学園 申請大学',
      },
    ],
    [
      'a leading space and half-width katakana (department)',
      'B8',
      ' ｼﾞｮｳﾎｳ基盤センター',
      { 'text.whitespace': 'ジョウホウ基盤センター', 'charset.halfwidth-katakana': 'ジョウホウ基盤センター' },
    ],
    [
      'full-width letters and a trailing space (country)',
      'F18',
      'ＪＰ ',
      { 'text.whitespace': 'JP', 'charset.not-ascii': 'JP', 'dn.country': 'JP' },
    ],
  ])('%s', (_name, cell, value, expected, profile) => {
    expect(fixesAt({ [cell]: value }, cell, profile)).toEqual(expected);
  });

  it('one fixable finding keeps its own fix and words', () => {
    const [f] = check({ B9: '03-1234-5678 ' }).findings;
    expect(f?.fix).toEqual({ value: '03-1234-5678', ja: '余分な空白を削除', en: 'Remove the extra spaces' });
  });

  it('the settled fix names every step, in the order applied', () => {
    const f = check({ B9: '０３－１２３４－５６７８ ' }).findings.find((x) => x.rule === 'charset.not-ascii');
    expect(f?.fix?.ja).toBe('余分な空白を削除、半角に変換');
    expect(f?.fix?.en).toBe('Remove the extra spaces, Convert to half-width');
  });

  it('applying the settled fix leaves no finding on that cell', () => {
    for (const [cell, value] of [
      ['B9', '０３－１２３４－５６７８ '],
      ['B7', '髙橋  一郎'],
      ['B2', ' (学)申請学園 申請大学'],
    ] as const) {
      const fixed = check({ [cell]: value }).findings.find((f) => f.cell === `F!${cell}`)?.fix?.value;
      expect(fixed, cell).toBeDefined();
      expect(check({ [cell]: fixed as string }).findings.filter((f) => f.cell === `F!${cell}`)).toEqual([]);
    }
  });

  it('a finding without a fix stays without one', () => {
    const r = fixesAt({ B10: ' ｔａｒｏ＠ｕｎｉｖ ' }, 'B10');
    expect(Object.values(r).filter((v) => v !== null)).toEqual(
      Object.values(r)
        .filter((v) => v !== null)
        .map(() => 'taro@univ'),
    );
    expect(r['email.format']).toBeNull();
  });
});
