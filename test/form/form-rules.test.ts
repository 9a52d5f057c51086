/** The rules that look at several fields or rows at once, run through the whole check. */
import { describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/form/check';
import { grid, sheet, TODAY, validFormCells } from '../helpers/grid';

const check = (overrides: Record<string, unknown>, profile?: object) =>
  checkGrid(grid(sheet('F', validFormCells(overrides as never))), {
    today: TODAY,
    profile: profile as never,
  });

const rules = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.rule}@${f.cell}`);

describe('form rules', () => {
  it('serial.duplicate flags the second of two equal serials (after normalisation)', () => {
    const r = check({
      A19: '4b:3a:21:f0',
      B19: 'X',
      C19: 'Shinsei University',
      D19: 'Chiyoda-ku',
      E19: 'Tokyo',
      F19: 'JP',
      H19: '不要',
    });
    expect(rules(r)).toEqual(['serial.duplicate@F!A19']);
    expect(r.findings[0]?.field).toBe('certificates[2].serial');
  });

  it('a 41-digit decimal serial draws one finding, saying the same in both languages', () => {
    const r = check({ A18: '12345678901234567890123456789012345678901' });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['serial.decimal-suspect', 'error']]);
    const m = r.findings[0]?.message;
    for (const side of [m?.ja, m?.en])
      expect(side).toMatch(/41.*40.*(10進|decimal).*2447DB449988978536BF5BBBE40E766C35/);
  });

  it('serial.format says "as Windows shows it" in both languages', () => {
    const m = check({ A18: 'XYZ' }).findings[0]?.message;
    expect(m?.ja).toContain('Windows');
    expect(m?.en).toContain('Windows');
  });

  it('dn.st-l-missing: both empty is an error, one empty a warning', () => {
    const both = check({ D18: null, E18: null });
    expect(both.findings.map((f) => [f.rule, f.severity])).toEqual([['dn.st-l-missing', 'error']]);
    const one = check({ E18: null });
    expect(one.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['dn.st-l-missing', 'warning', 'F!E18'],
    ]);
  });

  it('reason.detail-required for keyCompromise and unspecified only', () => {
    expect(rules(check({ H18: '秘密鍵の危殆化' }))).toEqual(['reason.detail-required@F!I18']);
    expect(rules(check({ H18: 'unspecified' }))).toEqual(['reason.detail-required@F!I18']);
    expect(rules(check({ H18: 'その他', I18: '理由' }))).toEqual([]);
    expect(rules(check({ H18: '再発行' }))).toEqual([]);
  });

  it('form.no-certificates when the table is empty or missing', () => {
    const cells = validFormCells();
    for (const k of Object.keys(cells)) if (/^[A-I]18$/.test(k)) delete cells[k];
    const r = checkGrid(grid(sheet('F', cells)), { today: TODAY });
    expect(rules(r)).toEqual(['form.no-certificates@F!A18']);
    for (const k of Object.keys(cells)) if (/^[A-I]17$/.test(k)) delete cells[k];
    expect(checkGrid(grid(sheet('F', cells)), { today: TODAY }).findings.map((f) => f.rule)).toEqual([
      'form.no-certificates',
    ]);
  });

  it('text.required names a missing label and a missing column', () => {
    const cells = validFormCells();
    delete cells.A3;
    delete cells.B3;
    delete cells.F17;
    delete cells.F18;
    const r = checkGrid(grid(sheet('F', cells)), { today: TODAY });
    const req = r.findings.filter((f) => f.rule === 'text.required');
    expect(req.map((f) => f.field)).toEqual(['address', 'certificates[1].c']);
    expect(req[0]?.message.ja).toContain('欄が見つかりません');
    expect(req[1]?.message.ja).toContain('列がありません');
  });

  it('lists a form rule finding at its field, before a later column of the same row', () => {
    // Field rules run cell by cell and form rules afterwards: only the sort puts the duplicate
    // serial (a form rule) before the reason of the same row, and the next row's missing ST (a form
    // rule) before its country.
    const r = check({
      A19: '4B3A21F0',
      B19: 'X',
      C19: 'Shinsei University',
      D19: 'Chiyoda-ku',
      E19: 'Tokyo',
      F19: 'JP',
      H19: 'そのほか',
      A20: '4B3A21F2',
      B20: 'X',
      C20: 'Shinsei University',
      D20: 'Chiyoda-ku',
      F20: 'jp',
      H20: '不要',
    });
    expect(r.findings.map((f) => `${f.rule}@${f.field}`)).toEqual([
      'serial.duplicate@certificates[2].serial',
      'reason.invalid@certificates[2].reason',
      'dn.st-l-missing@certificates[3].st',
      'dn.country@certificates[3].c',
    ]);
  });

  it('lists findings in the form order with fields, cells and summary', () => {
    const r = check(
      { B9: '０３－１２３４－５６７８', B2: '申請大学', F18: 'jp', B7: '髙橋 一郎' },
      { officer: { name: '高橋 一郎' } },
    );
    expect(r.findings.map((f) => f.rule)).toEqual([
      'institution.corporate-prefix',
      'charset.machine-dependent',
      'officer.profile-mismatch',
      'charset.not-ascii',
      'phone.format',
      'dn.country',
    ]);
    expect(r.summary).toEqual({ errors: 5, warnings: 1 });
    const md = r.findings[1];
    expect(md).toMatchObject({ field: 'officer.name', cell: 'F!B7', fix: { value: '高橋 一郎' } });
  });

  it('the report JSON has the shape of form.md §5', () => {
    const r = checkGrid(grid(sheet('F', validFormCells())), { today: TODAY, file: 'form.xlsx' });
    expect(Object.keys(r)).toEqual(['file', 'sheet', 'fields', 'certificates', 'findings', 'summary']);
    expect(r.fields.institutionName).toEqual({ value: '学校法人申請学園 申請大学', cell: 'F!B2' });
    expect(r.certificates[0]).toMatchObject({ row: 18, serial: { value: '4B3A21F0', cell: 'F!A18' } });
  });
});
