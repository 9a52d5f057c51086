// Bounds on the work one file may cause (spec/pdf.md "Limits"; issue 9 "Bounded work on hostile
// files"). A file that needs more than this is judged `error` with a message that says which bound
// it hit, never a hang and never a crash.

/** Which bound a file hit: the message code is `error.${kind}`. */
export type LimitKind =
  | 'too-many-revisions'
  | 'xref-loop'
  | 'nesting-too-deep'
  | 'too-much-data'
  | 'too-many-objects'
  | 'too-complex'
  | 'too-many-signatures';

export class PdfLimitError extends Error {
  constructor(readonly kind: LimitKind) {
    super(kind);
  }
}

/** At most this many revisions (cross-reference sections) are read. */
export const MAX_REVISIONS = 1000;
/**
 * Total bytes inflated from streams for one file (cross-reference and object streams): 4 × the
 * file plus 4 MB, and never more than 100 MB. Object and cross-reference streams hold dictionaries
 * and tables, which deflate a few times at most; a bomb (a 124 KB file inflating to 120 MB) stops
 * here, so what is held stays within 4 × the file (test/pdf/hostile-memory.test.ts measures it).
 */
export const MAX_INFLATED_TOTAL = 100 * 1024 * 1024;
const INFLATED_SLACK = 4 * 1024 * 1024;
export function inflatedCap(fileSize: number): number {
  return Math.min(MAX_INFLATED_TOTAL, 4 * fileSize + INFLATED_SLACK);
}
/** One stream may inflate to at most this many bytes. */
export const MAX_INFLATED_STREAM = 64 * 1024 * 1024;
/** At most this many signature dictionaries are checked; more makes the file `error`. */
export const MAX_SIGNATURES = 20;
/** Nesting of arrays and dictionaries. */
export const MAX_NESTING = 64;

/** The work done on one file so far, charged against the bounds above. */
export class Work {
  inflated = 0;
  /** Cross-reference entries read (all revisions): at most one per byte of the file, plus slack. */
  entries = 0;
  readonly inflatedCap: number;
  constructor(readonly fileSize: number) {
    this.inflatedCap = inflatedCap(fileSize);
  }

  chargeInflated(n: number): void {
    this.inflated += n;
    if (this.inflated > this.inflatedCap) throw new PdfLimitError('too-much-data');
  }

  /** Bytes read by the object parser: overlapping objects must not make it quadratic. */
  parsed = 0;
  chargeParsed(n: number): void {
    this.parsed += n;
    if (this.parsed > 4 * this.fileSize + 4_000_000) throw new PdfLimitError('too-complex');
  }

  chargeEntries(n: number): void {
    this.entries += n;
    if (this.entries > this.fileSize + 1_000_000) throw new PdfLimitError('too-many-objects');
  }
}
