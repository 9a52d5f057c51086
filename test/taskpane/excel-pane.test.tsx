// @vitest-environment happy-dom

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGrid } from '../../src/form';
import { createExcelAdapter, HIGHLIGHT_COLOURS } from '../../src/office/excel';
import type { PaneAssets } from '../../src/taskpane/excel/assets';
import { ExcelPane } from '../../src/taskpane/excel/ExcelPane';
import { localProfileStore } from '../../src/taskpane/excel/profile';
import { I18nContext, type Lang, STRINGS } from '../../src/taskpane/shared';
import { FakeWorkbook } from '../fakes/fake-excel';
import { FORM_SHEET, formWorkbook, KNOWN, TODAY } from '../fakes/form-fixture';

afterEach(cleanup);

const assets: PaneAssets = {
  templateUrl: 'assets/revocation-form.xlsx',
  template: async () => new Uint8Array([0x50, 0x4b, 3, 4]),
  example: async () => new Uint8Array([1]),
};

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
}

function setup(
  options: {
    apiVersion?: string;
    lang?: Lang;
    standalone?: boolean;
    prepare?: (wb: FakeWorkbook) => void;
  } = {},
) {
  const wb = new FakeWorkbook(formWorkbook(), { apiVersion: options.apiVersion ?? '1.14' });
  wb.cell(KNOWN.officerName.cell).fill = '#00B0F0';
  wb.activeSheet = FORM_SHEET; // the user has the form open
  options.prepare?.(wb);
  const adapter = createExcelAdapter(wb.host());
  const lang = options.lang ?? 'ja';
  const store = localProfileStore(memoryStorage());
  const readWorkbook = async () =>
    (await createExcelAdapter(new FakeWorkbook(formWorkbook()).host()).readForm()).grid;
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={{ lang, t: STRINGS[lang] }}>
        <ExcelPane
          adapter={options.standalone ? null : adapter}
          assets={assets}
          profileStore={store}
          today={TODAY}
          check={checkGrid}
          readWorkbook={readWorkbook}
          liveDebounceMs={10}
        />
      </I18nContext.Provider>
    </FluentProvider>,
  );
  return { wb, adapter, store };
}

const findings = () => screen.queryAllByTestId('finding');
const findingAt = (cell: string) => {
  const li = findings().find((f) => f.dataset.cell === cell);
  if (!li) throw new Error(`no finding at ${cell}`);
  return li;
};

describe('ExcelPane in Excel', () => {
  it('checks on open in 2 syncs: findings by section, cells highlighted', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    expect(screen.getByTestId('summary').textContent).toContain('エラー 4 件');
    await waitFor(() => expect(wb.fill(KNOWN.institutionName.cell)).toBe(HIGHLIGHT_COLOURS.error));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検査' })).toHaveProperty('disabled', false),
    );
    // The check's 2 syncs, and 1 that subscribes to onChanged for the live re-check.
    expect(wb.syncCount).toBe(3);
    await userEvent.click(screen.getByRole('checkbox')); // live re-check off: only the button checks
    const before = wb.syncCount;
    wb.userEdit(KNOWN.adminEmail.cell, 'hanako.kanri@univ.example.ac.jp'); // something to re-colour
    await userEvent.click(screen.getByRole('button', { name: '検査' }));
    await waitFor(() => expect(findings()).toHaveLength(3));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検査' })).toHaveProperty('disabled', false),
    );
    expect(wb.syncCount - before).toBe(2);
  });

  it('says so when the form has more merged areas than Excel returns (512)', async () => {
    setup({ prepare: (wb) => wb.addMerges(FORM_SHEET, 600) });
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(screen.getByTestId('read-notice').textContent).toContain('512');
  });

  it('says what to do when Excel on the web refuses a response over 5 MB', async () => {
    setup({ prepare: (wb) => (wb.responseLimitBytes = 1000) });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('5 MB'));
  });

  it('puts the certificate hint next to its button', () => {
    setup();
    const button = screen.getByRole('button', { name: '証明書ファイルから入力' });
    const hint = screen.getByTestId('certificate-hint');
    expect(button.getAttribute('aria-describedby')).toBe(hint.id);
    expect(button.parentElement).toBe(hint.parentElement);
  });

  it('goes to the cell of a finding', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(within(findingAt(KNOWN.country.cell)).getAllByRole('button')[0] as HTMLElement);
    await waitFor(() => expect(wb.selection).toBe(KNOWN.country.cell));
  });

  it('previews a fix, applies it, re-checks, and undoes it', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(within(findingAt(KNOWN.officerName.cell)).getByTestId('fix'));
    const preview = await screen.findByTestId('fix-preview');
    expect(preview.textContent).toContain(KNOWN.officerName.bad);
    expect(preview.textContent).toContain(KNOWN.officerName.fixed);
    expect(wb.value(KNOWN.officerName.cell)).toBe(KNOWN.officerName.bad); // nothing written yet
    await userEvent.click(screen.getByTestId('apply-fix'));
    await waitFor(() => expect(findings()).toHaveLength(3));
    expect(wb.value(KNOWN.officerName.cell)).toBe(KNOWN.officerName.fixed);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    await userEvent.click(screen.getByRole('button', { name: '元に戻す' }));
    await waitFor(() => expect(findings()).toHaveLength(4));
    expect(wb.value(KNOWN.officerName.cell)).toBe(KNOWN.officerName.bad);
  });

  it('cancelling the preview writes nothing', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(within(findingAt(KNOWN.country.cell)).getByTestId('fix'));
    await userEvent.click(await screen.findByRole('button', { name: 'キャンセル' }));
    expect(screen.queryByTestId('fix-preview')).toBeNull();
    expect(wb.value(KNOWN.country.cell)).toBe('Japan');
  });

  it('applies all safe fixes in one write', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(screen.getByRole('button', { name: /安全な修正をすべて適用/ }));
    expect(within(await screen.findByTestId('fix-preview')).getAllByRole('row')).toHaveLength(4); // header + 3
    const before = wb.syncCount;
    await userEvent.click(screen.getByTestId('apply-fix'));
    await waitFor(() => expect(findings()).toHaveLength(1));
    // write and read in one sync, highlight in another (was 4)
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '検査' })).toHaveProperty('disabled', false),
    );
    expect(wb.syncCount - before).toBe(2);
    expect(wb.value(KNOWN.country.cell)).toBe('JP');
    expect(wb.value(KNOWN.institutionName.cell)).toBe(KNOWN.institutionName.fixed);
  });

  it('clears highlights: the original fills come back', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(screen.getByRole('button', { name: 'ハイライト解除' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('元の書式'));
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    expect(wb.fill(KNOWN.institutionName.cell)).toBeNull();
  });

  it('re-checks live when the user edits a cell', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await new Promise((r) => setTimeout(r, 20)); // subscription in place
    wb.userEdit(KNOWN.adminEmail.cell, 'hanako.kanri@univ.example.ac.jp');
    await waitFor(() => expect(findings()).toHaveLength(3));
  });

  it('fills the next certificate row from a certificate file', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    const bytes = readFileSync(join(process.cwd(), 'test/taskpane/fixtures/code-signing.cer'));
    const file = new File([bytes], 'code-signing.cer');
    fireEvent.change(screen.getByTestId('certificate-input'), { target: { files: [file] } });
    await waitFor(() => expect(wb.value(`${FORM_SHEET}!A24`)).toBe('A1B2C3D4E5F60718'));
    expect(wb.value(`${FORM_SHEET}!B24`)).toBe('Shinsei University');
    expect(wb.value(`${FORM_SHEET}!F24`)).toBe('JP');
    expect(typeof wb.value(`${FORM_SHEET}!G24`)).toBe('number'); // a real date
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('24 行目'));
    // The new row lacks a reason: the re-check says so.
    await waitFor(() => expect(findings().some((f) => f.dataset.cell === `${FORM_SHEET}!H24`)).toBe(true));
  });

  it('refuses a private key', async () => {
    setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    const file = new File(['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'], 'key.pem');
    fireEvent.change(screen.getByTestId('certificate-input'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('秘密鍵'));
  });

  it('inserts the template, or says why it cannot', async () => {
    const { wb } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(screen.getByRole('button', { name: 'テンプレートを挿入' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('失効申請書 (2)'));
    expect(wb.sheets.map((s) => s.name)).toContain('失効申請書 (2)');
    cleanup();
    setup({ apiVersion: '1.12' });
    // Without merged areas (before ExcelApi 1.13) values beside merged labels are missed: the
    // pane says so.
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(screen.getByText(/結合セルを読み取れません/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'テンプレートを挿入' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('ExcelApi 1.13'));
  });

  it('saves the profile and checks against it', async () => {
    const { store } = setup();
    await waitFor(() => expect(findings()).toHaveLength(4));
    await userEvent.click(screen.getByRole('button', { name: 'プロファイル設定' }));
    const input = await screen.findByRole('textbox', { name: '利用機関名' });
    await userEvent.type(input, '国立大学法人別の大学');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(store.load()).toEqual({ institutionName: '国立大学法人別の大学' }));
    await waitFor(() =>
      expect(findings().some((f) => f.dataset.rule === 'institution.profile-mismatch')).toBe(true),
    );
  });

  it('speaks English when Office does', async () => {
    setup({ lang: 'en' });
    await waitFor(() => expect(findings()).toHaveLength(4));
    expect(screen.getByTestId('summary').textContent).toContain('4 errors');
    expect(screen.getByRole('button', { name: 'Clear highlights' })).toBeTruthy();
  });
});

describe('ExcelPane standalone', () => {
  it('opens a file and shows the same findings, without fix buttons', async () => {
    setup({ standalone: true });
    expect(screen.getByText(/Office の外で開いています/)).toBeTruthy();
    const file = new File([new Uint8Array([0x50, 0x4b])], '申請書.xlsx');
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    await waitFor(() => expect(findings()).toHaveLength(4));
    expect(screen.getByTestId('summary').textContent).toContain('申請書.xlsx');
    expect(screen.queryAllByTestId('fix')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'テンプレートをダウンロード' }).getAttribute('href')).toBe(
      'assets/revocation-form.xlsx',
    );
  });
});

describe('ExcelPane in Office on Mac', () => {
  const g = globalThis as { Office?: unknown };
  afterEach(() => {
    delete g.Office;
  });

  it('offers “Insert the template” instead of a download link, which does nothing on Mac', async () => {
    g.Office = { context: { platform: 'Mac' } };
    setup();
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(screen.queryByRole('link', { name: 'テンプレートをダウンロード' })).toBeNull();
    expect(screen.getByTestId('template-on-mac').textContent).toContain('テンプレートを挿入');
  });

  it('keeps the download link on Windows', async () => {
    g.Office = { context: { platform: 'PC' } };
    setup();
    await waitFor(() => expect(findings().length).toBeGreaterThan(0));
    expect(screen.getByRole('link', { name: 'テンプレートをダウンロード' })).toBeTruthy();
  });
});
