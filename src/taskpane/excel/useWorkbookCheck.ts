/**
 * Checking the form: in Excel, read the form's sheet, check it, colour the findings (2 syncs);
 * outside Office, check the file the user opened. Checks never overlap: a request during a check
 * runs one more check after it.
 */
import { useCallback, useRef, useState } from 'react';
import type { Grid } from '../../form/grid';
import type { CheckOptions, CheckReport, LocalDate, Profile } from '../../form/types';
import type { ExcelAdapter, FormRead, ReadNoticeCode } from '../../office/excel-types';
import { type CheckGrid, loadChecker } from './checker';
import { useExcelI18n } from './strings';
import type { PaneStatus } from './usePaneStatus';

export interface WorkbookCheckOptions {
  adapter: ExcelAdapter | null;
  status: PaneStatus;
  profile: Profile;
  today?: LocalDate;
  check?: CheckGrid;
  readWorkbook: (bytes: Uint8Array) => Promise<Grid>;
  /** Called after the findings were coloured (the highlight state may have changed). */
  onHighlighted?: () => void;
}

export interface WorkbookCheck {
  report: CheckReport | null;
  grid: Grid | null;
  /** What the last read could not do (merged areas), for a notice. */
  readNotices: ReadNoticeCode[];
  /** Office: read, check, highlight. Standalone: check the last opened file again. */
  runCheck(): Promise<void>;
  /** Checks and highlights a read that came with a write (no second read). */
  checkRead(read: FormRead): Promise<void>;
  /** Standalone: checks an opened .xlsx. */
  openFile(name: string, bytes: Uint8Array): Promise<void>;
}

export function useWorkbookCheck(options: WorkbookCheckOptions): WorkbookCheck {
  const { adapter, profile, today, readWorkbook, onHighlighted } = options;
  const { during, fail, clear } = options.status;
  const { t } = useExcelI18n();
  const [report, setReport] = useState<CheckReport | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [readNotices, setReadNotices] = useState<ReadNoticeCode[]>([]);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const lastFile = useRef<{ name: string; bytes: Uint8Array } | null>(null);

  const show = useCallback(
    async (g: Grid, file?: string) => {
      const check = options.check ?? (await loadChecker());
      const r = check(g, { today, profile, file } as CheckOptions & { file?: string });
      setGrid(g);
      setReport(r);
      return r;
    },
    [today, profile, options.check],
  );

  const cycle = useCallback(
    (first?: FormRead): Promise<void> => {
      if (!adapter) return Promise.resolve();
      if (running.current) {
        again.current = true;
        return running.current;
      }
      const job = during(async () => {
        let read = first;
        do {
          again.current = false;
          const current = read ?? (await adapter.readForm());
          read = undefined;
          const r = await show(current.grid);
          setReadNotices(current.notices);
          await adapter.highlight(r.findings);
          onHighlighted?.();
        } while (again.current);
      })
        .catch((e) => fail(e, t.officeError))
        .finally(() => {
          running.current = null;
        });
      running.current = job;
      return job;
    },
    [adapter, during, fail, show, onHighlighted, t],
  );

  const runCheck = useCallback(async () => {
    if (adapter) return cycle();
    const file = lastFile.current;
    if (file) await show(await readWorkbook(file.bytes), file.name);
  }, [adapter, cycle, show, readWorkbook]);

  const openFile = useCallback(
    (name: string, bytes: Uint8Array) =>
      during(async () => {
        clear();
        try {
          lastFile.current = { name, bytes };
          await show(await readWorkbook(bytes), name);
        } catch (e) {
          setReport(null);
          fail(e, t.fileError);
        }
      }),
    [during, clear, fail, show, readWorkbook, t],
  );

  return { report, grid, readNotices, runCheck, checkRead: cycle, openFile };
}
