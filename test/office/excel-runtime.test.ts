import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeReadyHost } from '../../src/office/excel-runtime';

afterEach(() => {
  vi.useRealTimers();
});

/** An Office whose onReady answers after `ms` (a slow machine, a cold start). */
function slowOffice(ms: number, host: string | null) {
  return {
    onReady: () =>
      new Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>((resolve) =>
        setTimeout(() => resolve({ host: host as Office.HostType | null, platform: null }), ms),
      ),
  } as unknown as Pick<typeof Office, 'onReady'>;
}

describe('officeReadyHost: standalone only when the host is null', () => {
  it('waits for a slow Office start instead of giving up (the old pane went standalone after 4 s)', async () => {
    vi.useFakeTimers();
    let result: string | null | undefined;
    void officeReadyHost(slowOffice(15_000, 'Excel')).then((h) => {
      result = h;
    });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(result).toBeUndefined(); // still waiting, not standalone
    await vi.advanceTimersByTimeAsync(5_000);
    expect(result).toBe('Excel');
  });

  it('is null in a plain browser (onReady resolves with host null)', async () => {
    expect(await officeReadyHost(slowOffice(0, null))).toBeNull();
  });

  it('is null when office.js did not load at all', async () => {
    expect(await officeReadyHost(undefined)).toBeNull();
  });
});
