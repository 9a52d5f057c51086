import type { Bilingual, ColumnDef, FieldDef } from './fields';
import type { CellValue } from './grid';

export type Severity = 'error' | 'warning';

export interface Fix extends Bilingual {
  /** The corrected value to write into the cell. */
  value: string;
}

/** One problem of the form (spec/form.md §3). */
export interface Finding {
  rule: string;
  severity: Severity;
  /** e.g. `institutionName`, `officer.email`, `certificates[1].serial` */
  field: string;
  /** `Sheet!C5` */
  cell: string;
  message: Bilingual;
  fix?: Fix;
}

/** A value found on the form, where it stands, and how it reads as text. */
export interface LocatedValue {
  /** The value as Excel typed it. */
  raw: CellValue;
  /** The value as text (numbers without exponent, dates as yyyy/mm/dd); '' when empty. */
  text: string;
  /** `Sheet!C5` of the value cell (the top-left cell of a merged area). */
  cell: string;
  row: number;
  col: number;
}

export type ColumnId = ColumnDef['id'];

export interface CertificateEntry {
  /** The row of the entry on the sheet. */
  row: number;
  /** Position in the table, 1-based (for `certificates[N].…`). */
  index: number;
  cells: Partial<Record<ColumnId, LocatedValue>>;
}

/** The form as the locator found it (spec/form.md §1). */
export interface LocatedForm {
  sheet: string;
  /** The located single fields; a field whose label is missing is absent. */
  fields: Partial<Record<string, LocatedValue>>;
  /** Where a field's label stands (for fields whose value cell was not usable). */
  labels: Partial<Record<string, string>>;
  /** The header row of the certificate table, when found. */
  table?: { headerRow: number; columns: Partial<Record<ColumnId, number>> };
  certificates: CertificateEntry[];
}

/** The institution profile (spec/form.md §4). Every field optional. */
export interface Profile {
  institutionName?: string;
  address?: string;
  organization?: string;
  locality?: string;
  state?: string;
  extraEntityPrefixes?: string[];
  officer?: { name?: string; email?: string; phone?: string; department?: string };
}

/** A calendar date without time zone. */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

export interface CheckOptions {
  /** "Today" for the date rules; the local date of the machine by default. */
  today?: LocalDate;
  profile?: Profile;
}

/** A field or table cell a rule looks at. */
export interface Target {
  /** The finding's field: `officer.email` or `certificates[2].serial`. */
  field: string;
  /** The definition's id: `officer.email` or `serial`. */
  key: string;
  def: FieldDef | ColumnDef;
  value: LocatedValue;
  /** For table cells: the entry. */
  entry?: CertificateEntry;
}

/** The JSON document of spec/form.md §5. */
export interface CheckReport {
  file?: string;
  sheet: string | null;
  fields: Record<string, { value: string; cell: string }>;
  certificates: Array<{ row: number } & Partial<Record<ColumnId, { value: string; cell: string }>>>;
  findings: Finding[];
  summary: { errors: number; warnings: number };
}
