/** The readable report of `check`: Japanese first, English beside it. */

import { SECTION_NAMES, SECTION_ORDER, sectionOfField } from '../form/fields';
import type { CheckReport, Finding } from '../form/types';
import { text } from './messages';

const MARK = { error: '✗', warning: '⚠', info: 'ℹ' } as const;

/** 「エラー 1件、警告 2件 / 1 error(s), 2 warning(s)」: the one counts line of check and mail. */
export function countsLine(errors: number, warnings: number): string {
  const m = text('cli.report.counts', { errors, warnings });
  return `${m.ja} / ${m.en}`;
}

export function formatFinding(
  f: Pick<Finding, 'cell' | 'rule' | 'message' | 'fix'> & { severity: Finding['severity'] | 'info' },
  indent = '  ',
): string {
  const word = text(`cli.report.${f.severity}`);
  const head = `${indent}${MARK[f.severity]} ${word.ja} ${f.cell}  [${f.rule}]`;
  const lines = [head, `${indent}    ${f.message.ja}`, `${indent}    ${f.message.en}`];
  const fix = text('cli.report.fix');
  if (f.fix) lines.push(`${indent}    → ${fix.ja} / ${fix.en}: 「${f.fix.value}」 ${f.fix.ja} / ${f.fix.en}`);
  return lines.join('\n');
}

export function formatCheckReport(report: CheckReport): string {
  const out: string[] = [];
  const where = report.sheet
    ? text('cli.report.sheet', { sheet: report.sheet })
    : text('cli.report.no-sheet');
  const title = text('cli.report.title');
  out.push(`${title.ja} / ${title.en}: ${report.file ?? ''}  (${where.ja} / ${where.en})`);
  const { errors, warnings } = report.summary;
  out.push(countsLine(errors, warnings));
  if (report.certificates.length > 0) {
    const serials = report.certificates.map((c) => c.serial?.value ?? '?').join(', ');
    const n = text('cli.report.certificates', { n: report.certificates.length });
    out.push(`${n.ja} / ${n.en}: ${serials}`);
  }
  for (const section of SECTION_ORDER) {
    const list = report.findings.filter((f) => sectionOfField(f.field) === section);
    if (list.length === 0) continue;
    out.push('', `■ ${SECTION_NAMES[section].ja} / ${SECTION_NAMES[section].en}`);
    for (const f of list) out.push(formatFinding(f));
  }
  out.push('');
  const verdict =
    errors === 0 && warnings === 0
      ? text('cli.report.clean')
      : errors === 0
        ? text('cli.report.warnings-only')
        : text('cli.report.errors');
  out.push(`${errors === 0 ? '✓' : '✗'} ${verdict.ja} / ${verdict.en}`);
  return `${out.join('\n')}\n`;
}
