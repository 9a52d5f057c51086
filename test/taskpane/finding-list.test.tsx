// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkGrid } from '../../src/form/check';
import type { Finding } from '../../src/form/types';
import {
  FindingList,
  FindingSummary,
  groupFindings,
  I18nContext,
  pickLang,
  STRINGS,
} from '../../src/taskpane/shared';
import { grid, sheet, TODAY, validFormCells } from '../helpers/grid';

afterEach(cleanup);

const finding = (
  field: string,
  cell: string,
  severity: 'error' | 'warning' = 'error',
  fix?: string,
): Finding => ({
  rule: `rule.${field}`,
  severity,
  field,
  cell,
  message: { ja: `${field} の問題`, en: `problem with ${field}` },
  ...(fix ? { fix: { value: fix, ja: '直す', en: 'fix' } } : {}),
});

const FINDINGS = [
  finding('certificates[1].c', 'S!F23'),
  finding('officer.name', 'S!C11', 'warning'),
  finding('institutionName', 'S!C5', 'error', '学校法人X'),
  finding('applicationDate', 'S!C3'),
];

function withLang(lang: 'ja' | 'en', ui: React.ReactNode) {
  return <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>{ui}</I18nContext.Provider>;
}

describe('FindingList', () => {
  it('groups findings by section in the form’s order', () => {
    expect(groupFindings(FINDINGS).map((g) => g.section)).toEqual([
      'application',
      'institution',
      'officer',
      'certificates',
    ]);
    render(withLang('ja', <FindingList findings={FINDINGS} />));
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '申請',
      '利用機関',
      '登録担当者',
      '失効する証明書',
    ]);
    expect(screen.getAllByTestId('finding').map((li) => li.dataset.cell)).toEqual([
      'S!C3',
      'S!C5',
      'S!C11',
      'S!F23',
    ]);
  });

  it('calls onSelect with the finding and renders its actions', async () => {
    const onSelect = vi.fn();
    render(
      withLang(
        'en',
        <FindingList
          findings={FINDINGS}
          onSelect={onSelect}
          renderActions={(f) => (f.fix ? <button type="button">fix {f.fix.value}</button> : null)}
        />,
      ),
    );
    await userEvent.click(screen.getByText('problem with officer.name'));
    expect(onSelect).toHaveBeenCalledWith(FINDINGS[1]);
    expect(screen.getByRole('button', { name: 'fix 学校法人X' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /problem with/ })).toHaveLength(4);
  });

  it('shows the candidate of every fix, also in the standalone pane (no buttons)', () => {
    const report = checkGrid(
      grid(
        sheet('F', validFormCells({ B7: '髙橋 一郎', B8: 'ｼﾞｮｳﾎｳｾﾝﾀｰ', B10: 'ｔａｒｏ@univ.example.ac.jp' })),
      ),
      { today: TODAY },
    );
    render(withLang('ja', <FindingList findings={report.findings} />));
    const candidates = screen.getAllByTestId('fix-candidate').map((e) => e.textContent);
    expect(candidates).toEqual([
      expect.stringContaining('修正案「高橋 一郎」'),
      expect.stringContaining('修正案「ジョウホウセンター」'),
      expect.stringContaining('修正案「taro@univ.example.ac.jp」'),
    ]);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    cleanup();
    render(withLang('en', <FindingList findings={report.findings} />));
    expect(screen.getAllByTestId('fix-candidate')[0]?.textContent).toContain('fix: “高橋 一郎”');
  });

  it('shows no buttons without onSelect (standalone)', () => {
    render(withLang('ja', <FindingList findings={FINDINGS} />));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});

describe('FindingSummary', () => {
  it('counts errors and warnings, or says the form is clean', () => {
    const { rerender } = render(withLang('ja', <FindingSummary summary={{ errors: 3, warnings: 1 }} />));
    expect(screen.getByRole('status').textContent).toContain('エラー 3 件');
    expect(screen.getByRole('status').textContent).toContain('警告 1 件');
    rerender(withLang('en', <FindingSummary summary={{ errors: 0, warnings: 0 }} />));
    expect(screen.getByRole('status').textContent).toContain('No problems found.');
  });
});

describe('pickLang', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['de-DE', 'ja'],
    [undefined, 'ja'],
  ])('%s → %s', (input, lang) => {
    expect(pickLang(input)).toBe(lang);
  });
});
