import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNow } from '../../src/commands/commands';
import { HIGHLIGHT_COLOURS } from '../../src/office/excel';
import { FakeWorkbook } from '../fakes/fake-excel';
import { FORM_SHEET, formWorkbook, KNOWN } from '../fakes/form-fixture';

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe('ribbon command 「今すぐ検査」 (checkNow)', () => {
  it('checks and highlights without the pane, then completes the event', async () => {
    const wb = new FakeWorkbook(formWorkbook());
    wb.activeSheet = FORM_SHEET;
    g.Excel = {
      run: (a: unknown, b?: unknown) =>
        typeof a === 'function' ? wb.run(a as never) : wb.run(b as never, a),
    };
    g.Office = {
      context: {
        requirements: { isSetSupported: (n: string, v: string) => wb.isSetSupported(n, v) },
      },
    };
    const completed = vi.fn();
    await checkNow({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(wb.fill(KNOWN.institutionName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.syncCount).toBe(2); // the form's sheet with the sheet list, then the fills
  });

  it('completes the event even when Excel fails', async () => {
    g.Excel = { run: () => Promise.reject(new Error('boom')) };
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    const completed = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await checkNow({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
