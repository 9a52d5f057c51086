import { SUBJECT_MAX, SUBMISSION_MARKER } from './constants';
import type { CheckReport } from './types';

/** The first certificate's normalised serial and the number of certificates. */
function serials(report: Pick<CheckReport, 'certificates'>): string[] {
  return report.certificates.map((c) => c.serial?.value ?? '').filter((s) => s !== '');
}

/** Characters as the user sees them (no split surrogate pairs). */
function chars(s: string): string[] {
  return Array.from(s);
}

/**
 * `【コード署名証明書】失効申請／<利用機関名>／S/N <serial>[ ほか<N-1>件]` (mail.md), at most 255
 * characters (UTF-16 units, as Outlook counts): the institution name is shortened and ends in `…`
 * when needed; the serial is never cut.
 */
export function buildSubject(report: Pick<CheckReport, 'fields' | 'certificates'>): string {
  const name = (report.fields.institutionName?.value ?? '').trim().replace(/\s+/g, ' ');
  const all = serials(report);
  const first = all[0] ?? '';
  const more = all.length > 1 ? ` ほか${all.length - 1}件` : '';
  const head = `${SUBMISSION_MARKER}／`;
  const tail = `／S/N ${first}${more}`;
  const full = head + name + tail;
  if (full.length <= SUBJECT_MAX) return full;
  const room = SUBJECT_MAX - head.length - tail.length - 1; // one for the ellipsis
  let cut = '';
  for (const ch of chars(name)) {
    if (cut.length + ch.length > room) break;
    cut += ch;
  }
  // No trimEnd (ES2019): the send handler runs this in classic Outlook's ES2016 runtime.
  return `${head}${cut.replace(/\s+$/, '')}…${tail}`;
}

/** Whether a subject marks a submission (a message the send check looks at). */
export function isSubmissionSubject(subject: string): boolean {
  // No trimStart (ES2019): the send handler runs this in classic Outlook's ES2016 runtime.
  return subject.replace(/^\s+/, '').startsWith(SUBMISSION_MARKER);
}
