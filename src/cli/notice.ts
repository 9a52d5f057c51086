/**
 * `upki-revoke notice MAIL.eml [--form FORM.xlsx] [--json]` (spec/cli.md; JSON in docs/notice.md).
 * Lists the certificates the issuer's completion notice says were revoked; with --form, marks each
 * certificate of the form as revoked or still missing. Exit 0: every certificate of the form is in the
 * notice (without --form: serials found); 1: some are missing, or no serial found; 2: unreadable.
 */
import { MAX_FILE_BYTES } from '../bytes/limits';
import type { CheckReport } from '../form/types';
import { compareNoticeWithForm, type NoticeAgainstForm } from '../mail/notice';
import { type ParsedNotice, parseNoticeMail } from '../mail/notice-mime';
import type { Bilingual } from '../mail/types';
import { parseArgs, usageError } from './args';
import { baseName, checkFile } from './check';
import { type CliIO, InputError, readInputFile } from './io';
import { both, text } from './messages';

export const NOTICE_USAGE = 'upki-revoke notice MAIL.eml [--form FORM.xlsx] [--json]';

/** The JSON document of `notice --json` (docs/notice.md). */
export interface NoticeReport {
  file: string;
  notice: {
    subject: string;
    from: string;
    date?: string;
    signed: boolean;
    subjectKnown: boolean;
    senderKnown: boolean;
  };
  certificates: ParsedNotice['certificates'];
  form?: { file: string } & NoticeAgainstForm;
  result: 'complete' | 'incomplete' | 'no-serials' | 'listed';
  messages: Bilingual[];
}

/** The mail's bytes, read with the common byte cap (FIFOs and devices refused, `stat` not trusted). */
async function readMail(path: string, io: CliIO): Promise<Uint8Array> {
  const bytes = await readInputFile(io, path, {
    maxBytes: MAX_FILE_BYTES,
    what: text('cli.input.mail'),
  });
  if (bytes instanceof InputError) throw bytes;
  return bytes;
}

export function noticeReport(
  file: string,
  notice: ParsedNotice,
  form?: { file: string; report: Pick<CheckReport, 'certificates'> },
): NoticeReport {
  const messages = [...notice.messages];
  let against: (NoticeReport['form'] & object) | undefined;
  let result: NoticeReport['result'] = notice.certificates.length === 0 ? 'no-serials' : 'listed';
  if (form) {
    against = { file: form.file, ...compareNoticeWithForm(notice, form.report.certificates) };
    if (against.certificates.length === 0)
      messages.push(text('cli.notice.form-no-serial', { file: form.file }));
    if (result !== 'no-serials') result = against.complete ? 'complete' : 'incomplete';
    const missing = against.certificates.filter((c) => c.status === 'missing').map((c) => c.serial);
    if (missing.length)
      messages.push(text('cli.notice.not-in-notice', { n: missing.length, serials: missing.join(', ') }));
    if (against.extra.length) messages.push(text('cli.notice.extra', { serials: against.extra.join(', ') }));
  }
  return {
    file,
    notice: {
      subject: notice.subject,
      from: notice.from,
      ...(notice.date ? { date: notice.date } : {}),
      signed: notice.signed,
      subjectKnown: notice.subjectKnown,
      senderKnown: notice.senderKnown,
    },
    certificates: notice.certificates,
    ...(against ? { form: against } : {}),
    result,
    messages,
  };
}

const RESULT_TEXT: Record<NoticeReport['result'], Bilingual> = {
  complete: text('cli.notice.result.complete'),
  incomplete: text('cli.notice.result.incomplete'),
  'no-serials': text('cli.notice.result.no-serials'),
  listed: text('cli.notice.result.listed'),
};

/** An instant as a Japanese officer reads it: `2026-12-04 10:15（日本時間 / JST）`; other text as is. */
export function japanTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const jst = new Date(t + 9 * 3600_000).toISOString(); // Japan has no daylight saving time
  return `${jst.slice(0, 10)} ${jst.slice(11, 16)}（${both(text('cli.notice.jst'))}）`;
}

export function formatNoticeReport(r: NoticeReport): string {
  const label = (id: Parameters<typeof text>[0]) => both(text(id));
  const decimal = label('cli.notice.decimal');
  const out: string[] = [];
  out.push(`${label('cli.notice.heading')}: ${r.file}`);
  out.push(`  ${label('cli.mail.subject')}: ${r.notice.subject}`);
  out.push(
    `  ${label('cli.notice.from')}: ${r.notice.from}${r.notice.senderKnown ? '' : `  (${label('cli.notice.not-issuer')})`}`,
  );
  if (r.notice.date) out.push(`  ${label('cli.notice.date')}: ${japanTime(r.notice.date)}`);
  const signed = text(r.notice.signed ? 'cli.notice.signed-yes' : 'cli.notice.signed-no');
  out.push(`  ${label('cli.notice.signed')}: ${both(signed)}`);
  out.push('', `${both(text('cli.notice.certificates', { n: r.certificates.length }))}:`);
  for (const c of r.certificates) {
    out.push(`  ${c.serial}  (${decimal} ${c.decimal})${c.cn ? `  CN=${c.cn}` : ''}`);
    if (c.reason) out.push(`    ${label('cli.notice.reason')}: ${c.reason}`);
  }
  if (r.form) {
    out.push('', `${label('cli.mail.form')}: ${r.form.file}`);
    for (const c of r.form.certificates)
      out.push(
        `  ${c.status === 'revoked' ? `✓ ${label('cli.notice.revoked')} ` : `✗ ${label('cli.notice.missing')} `} ${c.serial}  (${decimal} ${c.decimal})`,
      );
  }
  if (r.messages.length) out.push('');
  for (const m of r.messages) out.push(`  ${m.ja}`, `  ${m.en}`);
  out.push('', RESULT_TEXT[r.result].ja, RESULT_TEXT[r.result].en);
  return `${out.join('\n')}\n`;
}

export async function noticeCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { values: ['--form'], flags: ['--json'] });
  const [file, ...extra] = args.positional;
  if (!file || extra.length > 0) throw usageError(NOTICE_USAGE);
  const notice = await parseNoticeMail(await readMail(file, io));
  const formPath = args.one('--form');
  const form = formPath
    ? { file: baseName(formPath), report: (await checkFile(formPath, io, {})).report }
    : undefined;
  const report = noticeReport(baseName(file), notice, form);
  if (args.flag('--json')) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`${RESULT_TEXT[report.result].ja}\n${RESULT_TEXT[report.result].en}\n`);
  } else io.stdout(formatNoticeReport(report));
  return report.result === 'complete' || report.result === 'listed' ? 0 : 1;
}
