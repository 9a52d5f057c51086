/** Small look-ups on the grid last read, for fix previews. */
import { type Grid, parseCellAddress } from '../../form/grid';
import { cellText } from '../../form/text';

/** The text of a cell as the check saw it ('' when empty or unknown). */
export function cellTextOf(grid: Grid, address: string): string {
  const ref = parseCellAddress(address);
  if (!ref) return '';
  const sheet = grid.sheets.find((s) => s.name === ref.sheet);
  const cell = sheet?.cells.find((c) => c.row === ref.row && c.col === ref.col);
  return cell ? cellText(cell.value) : '';
}
