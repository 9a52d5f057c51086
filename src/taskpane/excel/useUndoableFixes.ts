/**
 * Fixes the user applies from the pane: previewed first, written with the form's fresh read in
 * the same sync, then checked and highlighted (2 syncs), and each one undoable from the pane
 * (the last 20).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Grid } from '../../form/grid';
import type { CheckReport, Finding } from '../../form/types';
import type { CellSnapshot, CellWrite, ExcelAdapter, FormRead } from '../../office/excel-types';
import type { PlannedFix } from './FixPreview';
import { cellTextOf } from './grid-lookup';
import { useExcelI18n } from './strings';
import type { PaneStatus } from './usePaneStatus';

export interface AppliedFix {
  id: number;
  label: string;
  snapshots: CellSnapshot[];
}

export interface UndoableFixesOptions {
  adapter: ExcelAdapter | null;
  status: PaneStatus;
  report: CheckReport | null;
  grid: Grid | null;
  /** Checks and highlights the read that came back with a write. */
  checkRead(read: FormRead): Promise<void>;
}

export interface UndoableFixes {
  /** One finding per cell that has a safe fix. */
  fixable: Finding[];
  plan: PlannedFix[] | null;
  preview(findings: Finding[]): void;
  cancel(): void;
  apply(): Promise<void>;
  applied: AppliedFix[];
  undo(entry: AppliedFix): Promise<void>;
  /** Writes cells as one undoable step labelled `label`, then checks; false when it failed. */
  write(writes: CellWrite[], label: string): Promise<boolean>;
}

const KEEP = 20;

export function useUndoableFixes(options: UndoableFixesOptions): UndoableFixes {
  const { adapter, report, grid, checkRead } = options;
  const { during, fail, say } = options.status;
  const { t } = useExcelI18n();
  const [plan, setPlan] = useState<PlannedFix[] | null>(null);
  const [applied, setApplied] = useState<AppliedFix[]>([]);
  const nextId = useRef(0);

  const fixable = useMemo(() => {
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const f of report?.findings ?? []) {
      if (!f.fix || !f.cell || seen.has(f.cell)) continue;
      seen.add(f.cell);
      out.push(f);
    }
    return out;
  }, [report]);

  const preview = useCallback(
    (findings: Finding[]) =>
      setPlan(
        findings.map((f) => ({
          finding: f,
          current: grid ? cellTextOf(grid, f.cell) : '',
          value: f.fix?.value ?? '',
        })),
      ),
    [grid],
  );

  /** Writes, then checks the read that came back; returns whether the write went in. */
  const writeThenCheck = useCallback(
    async (writes: CellWrite[], onWritten: (snapshots: CellSnapshot[]) => void): Promise<boolean> => {
      if (!adapter || writes.length === 0) return false;
      let read: FormRead | undefined;
      await during(async () => {
        try {
          const result = await adapter.writeCells(writes);
          read = result.read;
          onWritten(result.snapshots);
        } catch (e) {
          fail(e, t.officeError);
        }
      });
      if (read) await checkRead(read);
      return read !== undefined;
    },
    [adapter, during, fail, checkRead, t],
  );

  const write = useCallback(
    (writes: CellWrite[], label: string) =>
      writeThenCheck(writes, (snapshots) => {
        nextId.current += 1;
        const entry = { id: nextId.current, label, snapshots };
        setApplied((list) => [entry, ...list].slice(0, KEEP));
      }),
    [writeThenCheck],
  );

  const apply = useCallback(async () => {
    const current = plan;
    setPlan(null);
    if (!current?.length) return;
    const [only] = current;
    const label =
      current.length === 1 && only
        ? `${only.finding.cell.split('!').pop()}: ${only.current || t.empty} → ${only.value}`
        : `${t.applyAllFixes} (${current.length})`;
    await write(
      current.map((p) => ({ address: p.finding.cell, value: p.value, asText: true })),
      label,
    );
  }, [plan, write, t]);

  const undo = useCallback(
    async (entry: AppliedFix) => {
      const writes = entry.snapshots.map((s) => ({
        address: s.address,
        value: s.value,
        asText: typeof s.value === 'string',
      }));
      const ok = await writeThenCheck(writes, () => {
        setApplied((list) => list.filter((a) => a.id !== entry.id));
      });
      if (ok) say('info', t.undone);
    },
    [writeThenCheck, say, t],
  );

  return {
    fixable,
    plan,
    preview,
    cancel: useCallback(() => setPlan(null), []),
    apply,
    applied,
    undo,
    write,
  };
}
