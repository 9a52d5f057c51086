/**
 * The pane's status line and busy flag, shared by the hooks: one message at a time (what happened
 * last), and "busy" while any workbook operation runs.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { ExcelAdapterError } from '../../office/excel-types';
import { format } from '../shared/i18n';
import { useExcelI18n } from './strings';

export type NoticeState = { intent: 'error' | 'warning' | 'success' | 'info'; text: string } | null;

export interface PaneStatus {
  busy: boolean;
  notice: NoticeState;
  say(intent: NonNullable<NoticeState>['intent'], text: string): void;
  clear(): void;
  /** Shows an error: `template` with the error's own text as {detail}. */
  fail(e: unknown, template: string): void;
  /** Runs `job` with the pane marked busy (nested jobs allowed). */
  during<T>(job: () => Promise<T>): Promise<T>;
}

export function usePaneStatus(): PaneStatus {
  const { lang, t } = useExcelI18n();
  const [notice, setNotice] = useState<NoticeState>(null);
  const [running, setRunning] = useState(0);
  const count = useRef(0);

  const fail = useCallback(
    (e: unknown, template: string) => {
      if (e instanceof ExcelAdapterError && e.code === 'too-large') {
        setNotice({ intent: 'error', text: t.tooLarge });
        return;
      }
      const text = (e as { text?: { ja: string; en: string } } | null)?.text;
      const detail = text ? (text[lang] ?? String(e)) : e instanceof Error ? e.message : String(e);
      setNotice({ intent: 'error', text: format(template, { detail }) });
    },
    [lang, t],
  );

  const during = useCallback(async <T>(job: () => Promise<T>): Promise<T> => {
    count.current += 1;
    setRunning(count.current);
    try {
      return await job();
    } finally {
      count.current -= 1;
      setRunning(count.current);
    }
  }, []);

  const say = useCallback(
    (intent: NonNullable<NoticeState>['intent'], text: string) => setNotice({ intent, text }),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);

  return useMemo(
    () => ({ busy: running > 0, notice, say, clear, fail, during }),
    [running, notice, say, clear, fail, during],
  );
}
