import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkGrid } from '../../src/form';
import {
  createExcelAdapter,
  excelInput,
  HIGHLIGHT_COLOURS,
  HIGHLIGHT_SETTING,
  officeExcelHost,
  parseAreas,
} from '../../src/office/excel';
import type { ContextSurface, ExcelHost } from '../../src/office/excel-types';
import { FakeWorkbook } from '../fakes/fake-excel';
import { FORM_SHEET, formSheet, formWorkbook, KNOWN, TODAY } from '../fakes/form-fixture';

function setup(apiVersion = '1.14') {
  const wb = new FakeWorkbook(formWorkbook(), { apiVersion });
  // A user's own fill that must survive highlighting.
  wb.cell(KNOWN.officerName.cell).fill = '#00B0F0';
  const adapter = createExcelAdapter(wb.host());
  return { wb, adapter };
}

async function fullCheck(adapter: ReturnType<typeof createExcelAdapter>) {
  const report = checkGrid(await adapter.readGrid(), { today: TODAY });
  await adapter.highlight(report.findings);
  return report;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ExcelAdapter against the typed fake', () => {
  it('reads every sheet into the grid, dates as Dates and merges included', async () => {
    const { adapter } = setup();
    const grid = await adapter.readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual(['記入例', FORM_SHEET]);
    const form = grid.sheets[1];
    const date = form?.cells.find((c) => c.row === 3 && c.col === 3)?.value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(form?.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 2 });
    expect(form?.cells.find((c) => c.row === 13 && c.col === 3)?.value).toBe('03-1234-5678');
  });

  it('a full check costs one read sync and one write sync once the sheets are known', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter); // first time: learns the sheet names (one more read)
    const before = wb.syncCount;
    const report = await fullCheck(adapter);
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
    expect(wb.syncCount - before).toBe(2);
  });

  it('the sync count does not grow with the number of findings', async () => {
    const wb = new FakeWorkbook([
      formSheet({ C6: 'ﾄｳｷｮｳ', C7: '', C8: '', C12: '', C14: 'x', C18: '①', A23: 'zz', B23: 'Academe' }),
    ]);
    const adapter = createExcelAdapter(wb.host());
    await adapter.readGrid();
    const before = wb.syncCount;
    const report = checkGrid(await adapter.readGrid(), { today: TODAY });
    await adapter.highlight(report.findings);
    expect(report.findings.length).toBeGreaterThan(8);
    expect(wb.syncCount - before).toBe(2);
  });

  it('learns a sheet added after the first read with one more read', async () => {
    const { wb, adapter } = setup();
    await adapter.readGrid();
    wb.addSheet({ name: '追加', cells: { A1: 'x' } });
    const before = wb.syncCount;
    const grid = await adapter.readGrid();
    expect(grid.sheets.map((s) => s.name)).toContain('追加');
    expect(wb.syncCount - before).toBe(2);
  });

  it('recovers when a known sheet was deleted', async () => {
    const { wb, adapter } = setup();
    await adapter.readGrid();
    wb.sheets = wb.sheets.filter((s) => s.name !== '記入例');
    const grid = await adapter.readGrid();
    expect(grid.sheets.map((s) => s.name)).toEqual([FORM_SHEET]);
  });

  it('highlights errors red, keeps the original fills in the workbook settings and restores them', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    expect(wb.fill(KNOWN.institutionName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.fill(KNOWN.officerName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.settings.saved[HIGHLIGHT_SETTING]).toMatchObject({
      [KNOWN.officerName.cell]: '#00B0F0',
      [KNOWN.institutionName.cell]: '#FFFFFF',
    });
    expect(adapter.hasHighlights()).toBe(true);
    const before = wb.syncCount;
    expect(await adapter.restoreFormats()).toBeGreaterThanOrEqual(4);
    expect(wb.syncCount - before).toBe(1);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    expect(wb.fill(KNOWN.institutionName.cell)).toBeNull();
    expect(wb.settings.saved[HIGHLIGHT_SETTING]).toBeUndefined();
    expect(adapter.hasHighlights()).toBe(false);
  });

  it('a re-check keeps the first original (not our colour) and restores cells that became clean', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    await fullCheck(adapter);
    expect(wb.settings.saved[HIGHLIGHT_SETTING]).toMatchObject({ [KNOWN.officerName.cell]: '#00B0F0' });
    wb.cell(KNOWN.officerName.cell).value = KNOWN.officerName.fixed;
    await fullCheck(adapter);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    expect(wb.settings.saved[HIGHLIGHT_SETTING]).not.toHaveProperty(KNOWN.officerName.cell);
  });

  it('a clean check restores every highlight', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    const result = await adapter.highlight([]);
    expect(result.restored).toBeGreaterThanOrEqual(4);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
  });

  it('a reloaded pane restores from the saved settings', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    wb.settings.reload();
    const again = createExcelAdapter(wb.host());
    expect(again.hasHighlights()).toBe(true);
    await again.restoreFormats();
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
  });

  it('selects a cell after activating its sheet in an earlier sync', async () => {
    const { wb, adapter } = setup();
    wb.activeSheet = '記入例';
    await adapter.selectCell(KNOWN.country.cell);
    expect(wb.activeSheet).toBe(FORM_SHEET);
    expect(wb.selection).toBe(KNOWN.country.cell);
  });

  it('writes with events muted, returns the previous values, and keeps text as text', async () => {
    const { wb, adapter } = setup();
    const heard: string[][] = [];
    await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 5 });
    const before = wb.syncCount;
    const prev = await adapter.writeCells([
      { address: KNOWN.institutionName.cell, value: KNOWN.institutionName.fixed, asText: true },
      { address: `${FORM_SHEET}!A23`, value: '0123', asText: true },
    ]);
    expect(wb.syncCount - before).toBe(2);
    expect(prev).toEqual([
      { address: KNOWN.institutionName.cell, value: KNOWN.institutionName.bad },
      { address: `${FORM_SHEET}!A23`, value: '1A2B3C4D5E6F' },
    ]);
    expect(wb.value(KNOWN.institutionName.cell)).toBe(KNOWN.institutionName.fixed);
    expect(wb.value(`${FORM_SHEET}!A23`)).toBe('0123');
    expect(wb.enableEvents).toBe(true);
    expect(wb.delivered).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([]);
  });

  it('filters own writes by address on hosts without triggerSource (before ExcelApi 1.14)', async () => {
    const wb = new FakeWorkbook(formWorkbook(), { apiVersion: '1.13' });
    const adapter = createExcelAdapter(wb.host());
    const heard: string[][] = [];
    await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 5 });
    await adapter.writeCells([{ address: KNOWN.country.cell, value: 'JP' }]);
    wb.fire(wb.sheet(FORM_SHEET), 'F23', 'Unknown'); // an event that slipped through muting
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([]);
    wb.userEdit(`${FORM_SHEET}!C6`, '大阪府');
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([[`${FORM_SHEET}!C6`]]);
  });

  it('debounces the user’s edits into one notice and unsubscribes', async () => {
    const { wb, adapter } = setup();
    const heard: string[][] = [];
    const off = await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 20 });
    wb.userEdit(`${FORM_SHEET}!C6`, '大');
    wb.userEdit(`${FORM_SHEET}!C6`, '大阪');
    wb.userEdit(`${FORM_SHEET}!C7`, '学長');
    await new Promise((r) => setTimeout(r, 60));
    expect(heard).toEqual([[`${FORM_SHEET}!C6`, `${FORM_SHEET}!C6`, `${FORM_SHEET}!C7`]]);
    await off();
    wb.userEdit(`${FORM_SHEET}!C6`, '京都府');
    await new Promise((r) => setTimeout(r, 60));
    expect(heard).toHaveLength(1);
  });

  it('subscribes per sheet on ExcelApi 1.8', async () => {
    const wb = new FakeWorkbook(formWorkbook(), { apiVersion: '1.8' });
    const adapter = createExcelAdapter(wb.host());
    expect(adapter.capabilities).toEqual({
      workbookOnChanged: false,
      mergedAreas: false,
      insertTemplate: false,
      triggerSource: false,
    });
    const heard: string[][] = [];
    await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 5 });
    wb.userEdit(`${FORM_SHEET}!C6`, '大阪府');
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([[`${FORM_SHEET}!C6`]]);
    const grid = await adapter.readGrid();
    expect(grid.sheets[1]?.merges).toEqual([]);
  });

  it('inserts the template when ExcelApi 1.13 is there, and says so when it is not', async () => {
    const { wb, adapter } = setup();
    expect(await adapter.insertTemplate('UEsDBA==')).toEqual(['失効申請書 (2)']);
    expect(wb.sheets.map((s) => s.name)).toContain('失効申請書 (2)');
    const old = createExcelAdapter(new FakeWorkbook(formWorkbook(), { apiVersion: '1.12' }).host());
    await expect(old.insertTemplate('UEsDBA==')).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('maps Office errors to adapter errors', async () => {
    const { adapter } = setup();
    await expect(adapter.selectCell('存在しない!A1')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('helpers', () => {
  it('parses merged-area addresses, quoted sheet names included', () => {
    expect(parseAreas("'A, b'!A1:B2,'A, b'!$D$4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
  it.each([
    ['0312345678', "'0312345678"],
    ['1234', "'1234"],
    ['1E5', "'1E5"],
    ['2026/1/2', "'2026/1/2"],
    ['+81-3-1234-5678', "'+81-3-1234-5678"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['1A2B', '1A2B'],
    ['高橋 一郎', '高橋 一郎'],
  ])('keeps %s as text', (value, expected) => {
    expect(excelInput({ address: 'S!A1', value, asText: true })).toBe(expected);
  });
  it('officeExcelHost accepts Excel.RequestContext as the surface (type-level)', () => {
    // Compile-time proof that Office's context satisfies the adapter's surface.
    const check = (ctx: Excel.RequestContext): ContextSurface => ctx;
    expect(typeof check).toBe('function');
    expect(typeof officeExcelHost).toBe('function');
    const host: ExcelHost | undefined = undefined;
    expect(host).toBeUndefined();
  });
});

describe('blank sheets', () => {
  it('reads a workbook with a blank sheet (used range A1) in the same single sync', async () => {
    const wb = new FakeWorkbook([{ name: 'Sheet1' }, ...formWorkbook()]);
    const adapter = createExcelAdapter(wb.host());
    await adapter.readGrid();
    const before = wb.syncCount;
    const grid = await adapter.readGrid();
    expect(wb.syncCount - before).toBe(1);
    expect(grid.sheets[0]).toEqual({ name: 'Sheet1', cells: [], merges: [] });
    expect(checkGrid(grid, { today: TODAY }).sheet).toBe(FORM_SHEET);
  });
});
