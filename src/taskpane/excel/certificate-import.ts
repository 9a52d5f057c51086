/**
 * 「証明書ファイルから入力」 without the UI: reads a certificate file and plans the writes of its
 * fields into the next free row of the form's certificate table. Loaded when the user picks a
 * file (with the certificate reader), not in the pane's first load.
 */

import { columnLetters, type Grid } from '../../form/grid';
import { MAX_CERTIFICATES } from '../../form/layout';
import { locateForm } from '../../form/locate';
import type { ColumnId } from '../../form/types';
import type { CellWrite } from '../../office/excel-types';
import { CertificateFileError, readCertificate } from './certificate';

export interface CertificateRowTarget {
  sheet: string;
  row: number;
  columns: Partial<Record<ColumnId, number>>;
}

/** The first empty row of the certificate table, or why there is none. */
export function nextCertificateRow(grid: Grid): CertificateRowTarget | 'no-table' | 'full' {
  const form = locateForm(grid);
  if (!form?.table) return 'no-table';
  if (form.certificates.length >= MAX_CERTIFICATES) return 'full';
  const last = form.certificates.reduce((m, e) => Math.max(m, e.row), form.table.headerRow);
  return { sheet: form.sheet, row: last + 1, columns: form.table.columns };
}

export type CertificatePlan =
  | { kind: 'private-key' }
  | { kind: 'not-certificate'; error: unknown }
  | { kind: 'no-table' }
  | { kind: 'full' }
  | { kind: 'writes'; writes: CellWrite[]; serial: string; row: number };

/**
 * What to write for a certificate file. The form is read (`readGrid`) only once the file is known
 * to be a certificate: the user may have typed since the last check.
 */
export async function planCertificateRow(
  bytes: Uint8Array,
  readGrid: () => Promise<Grid>,
): Promise<CertificatePlan> {
  let fields: ReturnType<typeof readCertificate>;
  try {
    fields = readCertificate(bytes);
  } catch (e) {
    if (e instanceof CertificateFileError && e.code === 'private-key') return { kind: 'private-key' };
    return { kind: 'not-certificate', error: e };
  }
  const target = nextCertificateRow(await readGrid());
  if (target === 'no-table' || target === 'full') return { kind: target };
  const writes: CellWrite[] = [];
  for (const [column, value] of Object.entries(fields)) {
    const col = target.columns[column as ColumnId];
    if (col && value) {
      const address = `${target.sheet}!${columnLetters(col)}${target.row}`;
      writes.push({ address, value, asText: column !== 'notAfter' });
    }
  }
  return { kind: 'writes', writes, serial: fields.serial, row: target.row };
}
