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
import { parseArgs, UsageError } from './args';
import { baseName, checkFile } from './check';
import { type CliIO, InputError, readInputFile } from './io';

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
    what: { ja: 'メール', en: 'mail' },
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
      messages.push({
        ja: `申請書 ${form.file} にシリアル番号が見つかりません。`,
        en: `No serial found on the form ${form.file}.`,
      });
    if (result !== 'no-serials') result = against.complete ? 'complete' : 'incomplete';
    const missing = against.certificates.filter((c) => c.status === 'missing').map((c) => c.serial);
    if (missing.length)
      messages.push({
        ja: `申請書の証明書のうち${missing.length}件（${missing.join(', ')}）は、この通知にありません（まだ失効していません）。`,
        en: `${missing.length} certificate(s) of the form (${missing.join(', ')}) are not in this notice (not revoked yet).`,
      });
    if (against.extra.length)
      messages.push({
        ja: `通知には申請書にない証明書（${against.extra.join(', ')}）もあります。`,
        en: `The notice also lists certificates not on the form (${against.extra.join(', ')}).`,
      });
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
  complete: {
    ja: '✓ 申請書の証明書はすべて失効しました。',
    en: '✓ Every certificate of the form is revoked.',
  },
  incomplete: {
    ja: '✗ 申請書の証明書のうち、まだ失効していないものがあります。',
    en: '✗ Some certificates of the form are not revoked yet.',
  },
  'no-serials': {
    ja: '✗ シリアル番号が見つかりませんでした。',
    en: '✗ No serial found.',
  },
  listed: {
    ja: '✓ 失効した証明書を読み取りました。',
    en: '✓ Revoked certificates read.',
  },
};

/** An instant as a Japanese officer reads it: `2026-12-04 10:15（日本時間 / JST）`; other text as is. */
export function japanTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const jst = new Date(t + 9 * 3600_000).toISOString(); // Japan has no daylight saving time
  return `${jst.slice(0, 10)} ${jst.slice(11, 16)}（日本時間 / JST）`;
}

export function formatNoticeReport(r: NoticeReport): string {
  const out: string[] = [];
  out.push(`失効完了通知 / Completion notice: ${r.file}`);
  out.push(`  件名 / Subject: ${r.notice.subject}`);
  out.push(
    `  差出人 / From: ${r.notice.from}${r.notice.senderKnown ? '' : '  (発行者のアドレスではありません / not the issuer)'}`,
  );
  if (r.notice.date) out.push(`  日付 / Date: ${japanTime(r.notice.date)}`);
  out.push(
    `  S/MIME 署名 / signed: ${r.notice.signed ? 'あり（検証は Outlook で）/ yes (Outlook verifies it)' : 'なし / no'}`,
  );
  out.push(
    '',
    `失効した証明書 ${r.certificates.length}件 / ${r.certificates.length} revoked certificate(s):`,
  );
  for (const c of r.certificates) {
    out.push(`  ${c.serial}  (10進 / decimal ${c.decimal})${c.cn ? `  CN=${c.cn}` : ''}`);
    if (c.reason) out.push(`    失効理由 / reason: ${c.reason}`);
  }
  if (r.form) {
    out.push('', `申請書 / Form: ${r.form.file}`);
    for (const c of r.form.certificates)
      out.push(
        `  ${c.status === 'revoked' ? '✓ 失効済み / revoked ' : '✗ 未失効 / missing '} ${c.serial}  (10進 / decimal ${c.decimal})`,
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
  if (!file || extra.length > 0) throw new UsageError(`使い方: ${NOTICE_USAGE}`, `Usage: ${NOTICE_USAGE}`);
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
