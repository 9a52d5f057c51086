/** Small look-ups on the grid last read, for fix previews and 「証明書ファイルから入力」. */
import { MAX_CERTIFICATES } from '../../form/fields';
import { type Grid, parseCellAddress } from '../../form/grid';
import { locateForm } from '../../form/locate';
import { cellText } from '../../form/text';
import type { ColumnId } from '../../form/types';

/** The text of a cell as the check saw it ('' when empty or unknown). */
export function cellTextOf(grid: Grid, address: string): string {
  const ref = parseCellAddress(address);
  if (!ref) return '';
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  const cell = sheet?.cells.find((c) => c.row === ref.row && c.col === ref.col);
  return cell ? cellText(cell.value) : '';
}

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
