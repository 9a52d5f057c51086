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
import { type FakeSheetInit, FakeWorkbook } from '../fakes/fake-excel';
import { FORM_SHEET, formSheet, formWorkbook, KNOWN, TODAY } from '../fakes/form-fixture';

function setup(apiVersion = '1.14') {
  const wb = new FakeWorkbook(formWorkbook(), { apiVersion });
  // A user's own fill that must survive highlighting.
  wb.cell(KNOWN.officerName.cell).fill = '#00B0F0';
  // The user has the form open (the template has it as its only sheet).
  wb.activeSheet = FORM_SHEET;
  const adapter = createExcelAdapter(wb.host());
  return { wb, adapter };
}

async function fullCheck(adapter: ReturnType<typeof createExcelAdapter>) {
  const report = checkGrid((await adapter.readForm()).grid, { today: TODAY });
  await adapter.highlight(report.findings);
  return report;
}

/** A sheet of `rows` × 10 cells of 100 characters: about 100 KB of response per 1,000 cells. */
function bigSheet(name: string, rows: number): FakeSheetInit {
  const cells: Record<string, string> = {};
  const text = 'x'.repeat(100);
  for (let r = 1; r <= rows; r++) for (const c of 'ABCDEFGHIJ') cells[`${c}${r}`] = text;
  return { name, cells };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ExcelAdapter: reading only the form’s sheet', () => {
  it('reads the form’s sheet alone: dates as Dates, merges and text kept', async () => {
    const { adapter } = setup();
    const read = await adapter.readForm();
    expect(read.sheet).toBe(FORM_SHEET);
    expect(read.grid.sheets.map((s) => s.name)).toEqual([FORM_SHEET]);
    expect(read.notices).toEqual([]);
    const form = read.grid.sheets[0];
    const date = form?.cells.find((c) => c.row === 3 && c.col === 3)?.value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(form?.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 2 });
    expect(form?.cells.find((c) => c.row === 13 && c.col === 3)?.value).toBe('03-1234-5678');
    expect(checkGrid(read.grid, { today: TODAY }).sheet).toBe(FORM_SHEET);
  });

  it('a first check costs 2 syncs when the form is the active sheet (was 3)', async () => {
    const { wb, adapter } = setup();
    const report = await fullCheck(adapter);
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
    expect(wb.syncCount).toBe(2);
  });

  it('a first check costs 2 syncs when the form is the first sheet (the template’s layout)', async () => {
    const wb = new FakeWorkbook([formSheet(), { name: 'メモ', cells: { A1: 'x' } }]);
    wb.activeSheet = 'メモ';
    await fullCheck(createExcelAdapter(wb.host()));
    expect(wb.syncCount).toBe(2);
  });

  it('a first check costs 3 syncs when the form is neither first nor active (one probe more)', async () => {
    const wb = new FakeWorkbook(formWorkbook()); // 記入例 first and active
    const report = await fullCheck(createExcelAdapter(wb.host()));
    expect(report.sheet).toBe(FORM_SHEET);
    expect(wb.syncCount).toBe(3);
  });

  it('later checks cost 2 syncs, whatever the number of findings', async () => {
    const wb = new FakeWorkbook([
      formSheet({ C6: 'ﾄｳｷｮｳ', C7: '', C8: '', C12: '', C14: 'x', C18: '①', A23: 'zz', B23: 'Academe' }),
    ]);
    const adapter = createExcelAdapter(wb.host());
    await fullCheck(adapter);
    wb.userEdit(`${FORM_SHEET}!C6`, 'ﾄｳｷｮｳﾄ'); // a change, so the highlight has something to do
    const before = wb.syncCount;
    const report = await fullCheck(adapter);
    expect(report.findings.length).toBeGreaterThan(8);
    expect(wb.syncCount - before).toBeLessThanOrEqual(2);
  });

  it('a fix costs 2 syncs: write and read in one, highlight in the other (was 4)', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    const before = wb.syncCount;
    const { snapshots, read } = await adapter.writeCells([
      { address: KNOWN.institutionName.cell, value: KNOWN.institutionName.fixed, asText: true },
    ]);
    const report = checkGrid(read.grid, { today: TODAY });
    await adapter.highlight(report.findings);
    expect(wb.syncCount - before).toBe(2);
    expect(snapshots).toEqual([{ address: KNOWN.institutionName.cell, value: KNOWN.institutionName.bad }]);
    expect(report.findings.some((f) => f.cell === KNOWN.institutionName.cell)).toBe(false);
    expect(wb.fill(KNOWN.institutionName.cell)).toBeNull(); // its highlight went with the finding
  });

  it('stays under Excel on the web’s 5 MB per response with a large sheet beside the form', async () => {
    const wb = new FakeWorkbook([bigSheet('データ', 6000), ...formWorkbook()]); // ~6 MB of text
    const adapter = createExcelAdapter(wb.host());
    const report = await fullCheck(adapter);
    expect(report.sheet).toBe(FORM_SHEET);
    expect(wb.lastResponseBytes).toBeLessThan(wb.responseLimitBytes);
    // Reading every used range, as the adapter did, is refused by the fake as by Excel on the web.
    await expect(
      wb.run(async (ctx) => {
        for (const name of ['データ', FORM_SHEET])
          ctx.workbook.worksheets.getItem(name).getUsedRange(true).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('says so (too-large) when the form’s sheet itself is over 5 MB', async () => {
    const big = formSheet();
    const text = 'y'.repeat(100);
    for (let r = 40; r < 6040; r++)
      for (const c of 'ABCDEFGHIJ') (big.cells as Record<string, string>)[`${c}${r}`] = text;
    const wb = new FakeWorkbook([big]);
    await expect(createExcelAdapter(wb.host()).readForm()).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads a form with more than 512 merged areas without them, with a notice', async () => {
    const { wb, adapter } = setup();
    wb.addMerges(FORM_SHEET, 600); // K41:K42 … K1239:K1240
    const read = await adapter.readForm();
    expect(read.sheet).toBe(FORM_SHEET);
    expect(read.notices).toEqual(['merges-too-many']);
    expect(read.grid.sheets[0]?.merges).toEqual([]);
    // Known from now on: the next read does not ask again (one sync).
    const before = wb.syncCount;
    expect((await adapter.readForm()).notices).toEqual(['merges-too-many']);
    expect(wb.syncCount - before).toBe(1);
  });

  it('finds the form again when its sheet was renamed or deleted', async () => {
    const { wb, adapter } = setup();
    await adapter.readForm();
    wb.sheet(FORM_SHEET).name = '申請書';
    wb.activeSheet = '申請書';
    expect((await adapter.readForm()).sheet).toBe('申請書');
    wb.sheets = wb.sheets.filter((s) => s.name !== '申請書');
    const read = await adapter.readForm();
    expect(read.sheet).toBeUndefined();
    expect(checkGrid(read.grid, { today: TODAY }).findings.map((f) => f.rule)).toContain('form.not-found');
  });

  it('takes the first sheet with the form’s labels when one is added before the known form', async () => {
    const { wb, adapter } = setup();
    await adapter.readForm();
    wb.sheets.unshift(wb.addSheet({ ...formSheet(), name: '新しい申請書' }));
    wb.sheets.pop(); // addSheet appended it too
    expect((await adapter.readForm()).sheet).toBe('新しい申請書');
  });

  it('finds a form laid out beyond the probe window by searching for 利用機関名 (ExcelApi 1.9)', async () => {
    const moved: FakeSheetInit['cells'] = {};
    for (const [a1, v] of Object.entries(formSheet().cells ?? {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1) as RegExpExecArray;
      moved[`${m[1]}${Number(m[2]) + 400}`] = v;
    }
    const wb = new FakeWorkbook([
      { name: '記入例', cells: { A1: '説明' } },
      { name: '下の方', cells: moved },
    ]);
    const read = await createExcelAdapter(wb.host()).readForm();
    expect(read.sheet).toBe('下の方');
    expect(checkGrid(read.grid, { today: TODAY }).sheet).toBe('下の方');
  });

  it('still finds the form when the first sheet’s content lies outside the probe window', async () => {
    const wb = new FakeWorkbook([{ name: '遠く', cells: { AZ500: 'far' } }, ...formWorkbook()]);
    wb.activeSheet = '遠く';
    const read = await createExcelAdapter(wb.host()).readForm();
    expect(read.sheet).toBe(FORM_SHEET);
  });
});

describe('ExcelAdapter: highlights', () => {
  it('colours errors red, keeps the originals in the workbook’s settings and restores them', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    expect(wb.fill(KNOWN.institutionName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.fill(KNOWN.officerName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.document[HIGHLIGHT_SETTING]).toMatchObject({
      [KNOWN.officerName.cell]: { color: '#00B0F0', applied: HIGHLIGHT_COLOURS.error },
      [KNOWN.institutionName.cell]: { color: null, applied: HIGHLIGHT_COLOURS.error },
    });
    expect(adapter.hasHighlights()).toBe(true);
    expect(await adapter.restoreFormats()).toBeGreaterThanOrEqual(4);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    expect(wb.fill(KNOWN.institutionName.cell)).toBeNull();
    expect(wb.document[HIGHLIGHT_SETTING]).toEqual({});
    expect(adapter.hasHighlights()).toBe(false);
  });

  it('the pane and the ribbon’s runtime share the originals: neither takes the other’s colour for one', async () => {
    const { wb, adapter: pane } = setup();
    const ribbon = createExcelAdapter(wb.host()); // another runtime, started before the pane's check
    await fullCheck(pane);
    await fullCheck(ribbon); // sees the pane's list, not red fills with no record
    await fullCheck(pane);
    const reloaded = createExcelAdapter(wb.host()); // a reloaded pane restores from the document
    await reloaded.readForm();
    expect(reloaded.hasHighlights()).toBe(true);
    await reloaded.restoreFormats();
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
    expect(wb.fill(KNOWN.institutionName.cell)).toBeNull();
  });

  it('the fake’s document.settings copies lose data between runtimes, as Office’s do', () => {
    const wb = new FakeWorkbook(formWorkbook());
    const pane = wb.runtimeSettings();
    const ribbon = wb.runtimeSettings();
    pane.set('k', { C5: '#00B0F0' });
    pane.saveAsync();
    ribbon.set('other', 1); // the ribbon's copy predates the pane's save
    ribbon.saveAsync();
    expect(wb.document).toEqual({ other: 1 });
  });

  it('a re-check with unchanged findings writes nothing: no fill, no setting, no undo step, no sync', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    const steps = wb.undoSteps;
    const settings = wb.settingsWrites;
    const before = wb.syncCount;
    await fullCheck(adapter);
    expect(wb.undoSteps).toBe(steps);
    expect(wb.settingsWrites).toBe(settings);
    expect(wb.syncCount - before).toBe(1); // the read
  });

  it('a fix writes one value and restores one fill: two undo steps', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    const steps = wb.undoSteps;
    const { read } = await adapter.writeCells([
      { address: KNOWN.officerName.cell, value: KNOWN.officerName.fixed },
    ]);
    await adapter.highlight(checkGrid(read.grid, { today: TODAY }).findings);
    expect(wb.undoSteps - steps).toBe(2);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
  });

  it('tells a white fill from No Fill when restoring (office-js #4900, #6218)', async () => {
    const { wb, adapter } = setup();
    wb.cell(KNOWN.institutionName.cell).fill = '#FFFFFF'; // white, Solid
    const patterned = wb.cell(KNOWN.adminEmail.cell);
    patterned.fill = '#FF0000';
    patterned.pattern = 'Gray25';
    await fullCheck(adapter);
    await adapter.restoreFormats();
    expect(wb.fill(KNOWN.institutionName.cell)).toBe('#FFFFFF');
    expect(wb.fill(KNOWN.country.cell)).toBeNull(); // No Fill stays No Fill
    expect(wb.cell(KNOWN.adminEmail.cell)).toMatchObject({ fill: '#FF0000', pattern: 'Gray25' });
  });

  it('before ExcelApi 1.9 white cannot be told from No Fill: restored as No Fill, one sync more', async () => {
    const { wb, adapter } = setup('1.8');
    wb.cell(KNOWN.country.cell).fill = '#FFFFFF';
    const read = await adapter.readForm();
    const before = wb.syncCount;
    await adapter.highlight(checkGrid(read.grid, { today: TODAY }).findings);
    expect(wb.syncCount - before).toBe(2); // the originals are read first
    expect(wb.fill(KNOWN.country.cell)).toBe(HIGHLIGHT_COLOURS.error);
    await adapter.restoreFormats();
    expect(wb.fill(KNOWN.country.cell)).toBeNull();
  });

  it('a clean check restores every highlight', async () => {
    const { wb, adapter } = setup();
    await fullCheck(adapter);
    await adapter.readForm();
    const result = await adapter.highlight([]);
    expect(result.restored).toBeGreaterThanOrEqual(4);
    expect(wb.fill(KNOWN.officerName.cell)).toBe('#00B0F0');
  });
});

describe('ExcelAdapter: cells and events', () => {
  it('selects a cell after activating its sheet in an earlier sync', async () => {
    const { wb, adapter } = setup();
    wb.activeSheet = '記入例';
    await adapter.selectCell(KNOWN.country.cell);
    expect(wb.activeSheet).toBe(FORM_SHEET);
    expect(wb.selection).toBe(KNOWN.country.cell);
  });

  it('writes with events muted, returns the previous values, and keeps text as text', async () => {
    const { wb, adapter } = setup();
    await adapter.readForm();
    const heard: string[][] = [];
    await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 5 });
    const before = wb.syncCount;
    const { snapshots } = await adapter.writeCells([
      { address: KNOWN.institutionName.cell, value: KNOWN.institutionName.fixed, asText: true },
      { address: `${FORM_SHEET}!A23`, value: '0123', asText: true },
    ]);
    expect(wb.syncCount - before).toBe(1);
    expect(snapshots).toEqual([
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

  it('subscribes per sheet and reads without merges on ExcelApi 1.8', async () => {
    const wb = new FakeWorkbook(formWorkbook(), { apiVersion: '1.8' });
    const adapter = createExcelAdapter(wb.host());
    expect(adapter.capabilities).toEqual({
      workbookOnChanged: false,
      mergedAreas: false,
      insertTemplate: false,
      triggerSource: false,
      fillPattern: false,
    });
    const heard: string[][] = [];
    await adapter.onChanged((n) => heard.push(n.addresses), { debounceMs: 5 });
    wb.userEdit(`${FORM_SHEET}!C6`, '大阪府');
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([[`${FORM_SHEET}!C6`]]);
    const read = await adapter.readForm();
    expect(read.grid.sheets[0]?.merges).toEqual([]);
    expect(read.notices).toEqual(['merges-unsupported']);
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
  it('reads a workbook with a blank first sheet (used range A1) and finds the form', async () => {
    const wb = new FakeWorkbook([{ name: 'Sheet1' }, ...formWorkbook()]);
    const adapter = createExcelAdapter(wb.host());
    await adapter.readForm();
    const before = wb.syncCount;
    const read = await adapter.readForm();
    expect(wb.syncCount - before).toBe(1);
    expect(read.grid.sheets.map((s) => s.name)).toEqual([FORM_SHEET]);
    expect(checkGrid(read.grid, { today: TODAY }).sheet).toBe(FORM_SHEET);
  });
});
