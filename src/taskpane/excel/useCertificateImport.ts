/**
 * 「証明書ファイルから入力」: reads a certificate file and writes its fields into the next free row
 * of the form's certificate table, as one undoable fix (the planning is in certificate-import.ts,
 * loaded on use).
 */
import { useCallback } from 'react';
import type { CellWrite, ExcelAdapter } from '../../office/excel-types';
import { format } from '../shared/i18n';
import { useExcelI18n } from './strings';
import type { PaneStatus } from './usePaneStatus';

export function useCertificateImport(
  adapter: ExcelAdapter | null,
  status: PaneStatus,
  write: (writes: CellWrite[], label: string) => Promise<boolean>,
) {
  const { fail, say } = status;
  const { t } = useExcelI18n();
  return useCallback(
    async (file: File) => {
      if (!adapter) return;
      try {
        const { planCertificateRow } = await import('./certificate-import');
        const bytes = new Uint8Array(await file.arrayBuffer());
        const plan = await planCertificateRow(bytes, async () => (await adapter.readForm()).grid);
        if (plan.kind === 'private-key') return say('error', t.privateKeyRefused);
        if (plan.kind === 'not-certificate') return fail(plan.error, t.notCertificate);
        if (plan.kind === 'no-table') return say('warning', t.noTable);
        if (plan.kind === 'full') return say('warning', t.tableFull);
        if (!(await write(plan.writes, `${t.certificateFromFile}: ${plan.serial}`))) return;
        say('success', format(t.certificateFilled, { row: plan.row, serial: plan.serial }));
      } catch (e) {
        fail(e, t.officeError);
      }
    },
    [adapter, write, fail, say, t],
  );
}
