import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkNow } from '../../src/commands/commands';
import { HIGHLIGHT_COLOURS } from '../../src/office/excel';
import { FakeWorkbook } from '../fakes/fake-excel';
import { formWorkbook, KNOWN } from '../fakes/form-fixture';

const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

describe('ribbon command 「今すぐ検査」 (checkNow)', () => {
  it('checks and highlights without the pane, then completes the event', async () => {
    const wb = new FakeWorkbook(formWorkbook());
    g.Excel = {
      run: (a: unknown, b?: unknown) =>
        typeof a === 'function' ? wb.run(a as never) : wb.run(b as never, a),
    };
    g.Office = {
      context: {
        requirements: { isSetSupported: (n: string, v: string) => wb.isSetSupported(n, v) },
        document: { settings: wb.settings },
      },
    };
    const completed = vi.fn();
    await checkNow({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(wb.fill(KNOWN.institutionName.cell)).toBe(HIGHLIGHT_COLOURS.error);
    expect(wb.syncCount).toBe(3); // sheet names, one read, one write
  });

  it('completes the event even when Excel fails', async () => {
    g.Excel = { run: () => Promise.reject(new Error('boom')) };
    g.Office = { context: { requirements: { isSetSupported: () => true }, document: { settings: {} } } };
    const completed = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await checkNow({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
