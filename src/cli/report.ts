/** The readable report of `check`: Japanese first, English beside it. */

import { SECTION_NAMES, SECTION_ORDER, sectionOfField } from '../form/fields';
import type { CheckReport, Finding } from '../form/types';
import { text } from './messages';

const MARK = { error: '✗', warning: '⚠' } as const;

/** 「エラー 1件、警告 2件 / 1 error(s), 2 warning(s)」: the one counts line of check and mail. */
export function countsLine(errors: number, warnings: number): string {
  const m = text('cli.report.counts', { errors, warnings });
  return `${m.ja} / ${m.en}`;
}

export function formatFinding(
  f: Pick<Finding, 'severity' | 'cell' | 'rule' | 'message' | 'fix'>,
  indent = '  ',
): string {
  const head = `${indent}${MARK[f.severity]} ${f.severity === 'error' ? 'エラー' : '警告'} ${f.cell}  [${f.rule}]`;
  const lines = [head, `${indent}    ${f.message.ja}`, `${indent}    ${f.message.en}`];
  if (f.fix) lines.push(`${indent}    → 修正案 / fix: 「${f.fix.value}」 ${f.fix.ja} / ${f.fix.en}`);
  return lines.join('\n');
}

export function formatCheckReport(report: CheckReport): string {
  const out: string[] = [];
  const where = report.sheet ? `シート「${report.sheet}」/ sheet "${report.sheet}"` : 'シートなし / no sheet';
  out.push(`申請書チェック / Form check: ${report.file ?? ''}  (${where})`);
  const { errors, warnings } = report.summary;
  out.push(countsLine(errors, warnings));
  if (report.certificates.length > 0) {
    const serials = report.certificates.map((c) => c.serial?.value ?? '?').join(', ');
    out.push(
      `失効する証明書 ${report.certificates.length}件 / ${report.certificates.length} certificate(s): ${serials}`,
    );
  }
  for (const section of SECTION_ORDER) {
    const list = report.findings.filter((f) => sectionOfField(f.field) === section);
    if (list.length === 0) continue;
    out.push('', `■ ${SECTION_NAMES[section].ja} / ${SECTION_NAMES[section].en}`);
    for (const f of list) out.push(formatFinding(f));
  }
  out.push('');
  if (errors === 0 && warnings === 0) out.push('✓ 問題は見つかりませんでした。/ No problems found.');
  else if (errors === 0)
    out.push('✓ エラーはありません（警告を確認してください）。/ No errors (look at the warnings).');
  else out.push('✗ エラーを直してから提出してください。/ Fix the errors before submitting.');
  return `${out.join('\n')}\n`;
}
