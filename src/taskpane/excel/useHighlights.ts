/**
 * The coloured cells: whether some wait to be restored, 「ハイライト解除」, and the live re-check
 * that colours them again as the user types (off after a clear, or the next edit would undo it).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExcelAdapter } from '../../office/excel-types';
import { useExcelI18n } from './strings';
import type { PaneStatus } from './usePaneStatus';

export interface Highlights {
  hasHighlights: boolean;
  /** Reads the adapter's state again (after a check). */
  refresh(): void;
  clear(): Promise<void>;
  live: boolean;
  setLive(on: boolean): void;
}

export function useHighlights(adapter: ExcelAdapter | null, status: PaneStatus): Highlights {
  const { during, fail, say } = status;
  const { t } = useExcelI18n();
  const [hasHighlights, setHasHighlights] = useState(() => adapter?.hasHighlights() ?? false);
  const [live, setLive] = useState(true);

  const refresh = useCallback(() => setHasHighlights(adapter?.hasHighlights() ?? false), [adapter]);

  const clear = useCallback(async () => {
    if (!adapter) return;
    await during(async () => {
      try {
        await adapter.restoreFormats();
        setHasHighlights(false);
        setLive(false);
        say('success', t.highlightsCleared);
      } catch (e) {
        fail(e, t.officeError);
      }
    });
  }, [adapter, during, fail, say, t]);

  return { hasHighlights, refresh, clear, live, setLive };
}

/** Re-checks after the user edits cells (the adapter ignores the add-in's own writes). */
export function useLiveRecheck(
  adapter: ExcelAdapter | null,
  enabled: boolean,
  recheck: () => void,
  status: PaneStatus,
  debounceMs = 800,
) {
  const { fail, clear } = status;
  const { t } = useExcelI18n();
  const latest = useRef(recheck);
  latest.current = recheck;
  useEffect(() => {
    if (!adapter || !enabled) return;
    let off: (() => Promise<void>) | undefined;
    let cancelled = false;
    adapter
      .onChanged(
        () => {
          clear(); // a message about the previous state no longer applies
          latest.current();
        },
        { debounceMs },
      )
      .then((unsubscribe) => {
        if (cancelled) void unsubscribe();
        else off = unsubscribe;
      })
      .catch((e) => fail(e, t.officeError));
    return () => {
      cancelled = true;
      void off?.();
    };
  }, [adapter, enabled, debounceMs, fail, clear, t]);
}
