/**
 * The readiness item "the PDF shows the same form" (mail.md checklist, pdf.md "The PDF shows the
 * same form"): a mismatch stops the submission; a scan (no text) is compared by eye and only warns.
 * Pure; readiness() (src/mail/readiness.ts) adds it when the comparison was made.
 */
import { listOf } from '../messages/define';
import { pdfFormMessages } from './messages';
import type { Bilingual, FormComparison } from './types';

/** What is kept of the comparison with the message (small: the pane records it for the send check). */
export type PdfFormCheck = Pick<FormComparison, 'match' | 'missing' | 'extra'>;

const m = pdfFormMessages.t;

export const PDF_FORM_LABEL: Bilingual = m('pdfForm.item');

const describe = (entry: string): Bilingual =>
  entry.startsWith('serial:')
    ? m('pdfForm.what.serial', { serial: entry.slice(7) })
    : entry === 'institutionName'
      ? m('pdfForm.what.institutionName')
      : { ja: entry, en: entry };

const serialsOf = (extra: readonly string[]): string =>
  extra.map((e) => e.replace(/^serial:/, '')).join(', ');

/** The item's state and detail. */
export function pdfFormState(check: PdfFormCheck): { state: 'ok' | 'warning' | 'error'; detail: Bilingual } {
  if (check.match === 'mismatch') {
    return {
      state: 'error',
      detail: m('pdfForm.item.mismatch', { what: listOf(check.missing.map(describe)) }),
    };
  }
  if (check.match === 'no-text') return { state: 'warning', detail: m('pdfForm.item.noText') };
  if (check.extra.length)
    return { state: 'warning', detail: m('pdfForm.item.extra', { serials: serialsOf(check.extra) }) };
  return { state: 'ok', detail: m('pdfForm.item.ok') };
}
