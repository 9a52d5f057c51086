/**
 * 「証明書ファイルから入力」: reads a certificate file and writes its fields into the next free row
 * of the form's certificate table, as one undoable fix.
 */
import { useCallback } from 'react';
import { columnLetters } from '../../form/grid';
import type { CellWrite, ExcelAdapter } from '../../office/excel-types';
import { format, useI18n } from '../shared/i18n';
import { nextCertificateRow } from './grid-lookup';
import type { PaneStatus } from './usePaneStatus';

export function useCertificateImport(
  adapter: ExcelAdapter | null,
  status: PaneStatus,
  write: (writes: CellWrite[], label: string) => Promise<boolean>,
) {
  const { fail, say } = status;
  const { t } = useI18n();
  return useCallback(
    async (file: File) => {
      if (!adapter) return;
      try {
        const { readCertificate, CertificateFileError } = await import('./certificate');
        let fields: Awaited<ReturnType<typeof readCertificate>>;
        try {
          fields = readCertificate(new Uint8Array(await file.arrayBuffer()));
        } catch (e) {
          if (e instanceof CertificateFileError && e.code === 'private-key')
            say('error', t.privateKeyRefused);
          else fail(e, t.notCertificate);
          return;
        }
        const { grid } = await adapter.readForm(); // fresh: the user may have typed since the last check
        const target = nextCertificateRow(grid);
        if (target === 'no-table') return say('warning', t.noTable);
        if (target === 'full') return say('warning', t.tableFull);
        const writes: CellWrite[] = [];
        for (const [column, value] of Object.entries(fields)) {
          const col = target.columns[column as keyof typeof target.columns];
          if (col && value) {
            const address = `${target.sheet}!${columnLetters(col)}${target.row}`;
            writes.push({ address, value, asText: column !== 'notAfter' });
          }
        }
        if (!(await write(writes, `${t.certificateFromFile}: ${fields.serial}`))) return;
        say('success', format(t.certificateFilled, { row: target.row, serial: fields.serial }));
      } catch (e) {
        fail(e, t.officeError);
      }
    },
    [adapter, write, fail, say, t],
  );
}
