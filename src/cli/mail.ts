/**
 * `upki-revoke mail --form FORM.xlsx --pdf FILE.pdf --identity-checked [--trust ROOT.pem]...
 *   [--accept-unsigned] [--profile PROFILE.json] [--cc-admin] [--today YYYY-MM-DD] [--out DRAFT.eml]`
 *
 * Checks the form and the PDF like the Outlook pane does and writes the submission mail of
 * spec/mail.md as a draft .eml (RFC 5322, UTF-8, multipart/mixed, `X-Unsent: 1`). Exit 0: draft
 * written; 1: the form has errors or the PDF is not acceptable (nothing written); 2: unreadable input.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { CheckReport } from '../form/types';
import {
  buildBody,
  buildSubject,
  ISSUER,
  MAX_ATTACHMENT_BYTES,
  type PdfReportLike,
  readiness,
  signerFindings,
  unknownSigners,
  verdictText,
} from '../mail';
import { type ParsedArgs, parseArgs, UsageError } from './args';
import { baseName, checkFile, readCheckOptions } from './check';
import { describeError } from './errors';
import { type CliIO, InputError, readInputFile } from './io';

export const MAIL_USAGE =
  'upki-revoke mail --form FORM.xlsx --pdf FILE.pdf --identity-checked [--trust ROOT.pem]... [--accept-unsigned] [--profile PROFILE.json] [--cc-admin] [--today YYYY-MM-DD] [--out DRAFT.eml]';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The PDF checker, injectable for tests; the real one (src/pdf) is loaded on first use. */
export type VerifyPdf = (
  bytes: Uint8Array,
  opts: { file?: string; trustAnchors?: Uint8Array[] },
) => Promise<PdfReportLike>;

export interface MailDeps {
  verifyPdf: VerifyPdf;
  /** The draft's Date header (tests pin it). */
  now?: () => Date;
}

const defaultDeps: MailDeps = {
  verifyPdf: async (bytes, opts) => (await import('../pdf/index')).verifyPdf(bytes, opts),
};

export interface DraftInput {
  report: CheckReport;
  formName: string;
  formBytes: Uint8Array;
  pdfName: string;
  pdfBytes: Uint8Array;
  identityChecked: boolean;
  ccAdmin?: boolean;
  date?: Date;
}

/** The draft .eml of spec/mail.md, built in memory. */
export async function buildDraft(input: DraftInput): Promise<Buffer> {
  const officerEmail = input.report.fields['officer.email']?.value?.trim();
  const officerName = input.report.fields['officer.name']?.value?.trim();
  const adminEmail = input.report.fields['admin.email']?.value?.trim();
  const adminName = input.report.fields['admin.name']?.value?.trim();
  const composer = new MailComposer({
    ...(officerEmail
      ? { from: officerName ? { name: officerName, address: officerEmail } : officerEmail }
      : {}),
    to: ISSUER,
    ...(input.ccAdmin && adminEmail
      ? { cc: adminName ? { name: adminName, address: adminEmail } : adminEmail }
      : {}),
    subject: buildSubject(input.report),
    text: buildBody(input.report, {
      formName: input.formName,
      pdfName: input.pdfName,
      identityChecked: input.identityChecked,
    }),
    ...(input.date ? { date: input.date } : {}),
    headers: { 'X-Unsent': '1' },
    attachments: [
      {
        filename: input.formName,
        content: Buffer.from(input.formBytes.buffer, input.formBytes.byteOffset, input.formBytes.byteLength),
        contentType: XLSX_TYPE,
        contentTransferEncoding: 'base64',
      },
      {
        filename: input.pdfName,
        content: Buffer.from(input.pdfBytes.buffer, input.pdfBytes.byteOffset, input.pdfBytes.byteLength),
        contentType: 'application/pdf',
        contentTransferEncoding: 'base64',
      },
    ],
    // Nothing may be read from disk or the network by the composer itself.
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  return composer.compile().build();
}

class MailRefusal extends Error {}

export async function mailCommand(argv: string[], io: CliIO, deps: MailDeps = defaultDeps): Promise<number> {
  try {
    return await run(argv, io, deps);
  } catch (e) {
    if (e instanceof MailRefusal) return 1;
    const { ja, en } = describeError(e, { ja: '何も書き出していません。', en: 'Nothing was written.' });
    io.stderr(`エラー: ${ja}\nError: ${en}\n`);
    return 2;
  }
}

function sameFile(a: string, b: string): boolean {
  const n = (p: string) => p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return n(a) === n(b);
}

async function readInput(path: string, io: CliIO, what: { ja: string; en: string }): Promise<Uint8Array> {
  const bytes = await readInputFile(io, path, { maxBytes: MAX_ATTACHMENT_BYTES, what });
  if (bytes instanceof InputError) throw bytes;
  return bytes;
}

async function run(argv: string[], io: CliIO, deps: MailDeps): Promise<number> {
  const args: ParsedArgs = parseArgs(argv, {
    values: ['--form', '--pdf', '--trust', '--profile', '--today', '--out'],
    flags: ['--identity-checked', '--accept-unsigned', '--cc-admin'],
  });
  const formPath = args.one('--form');
  const pdfPath = args.one('--pdf');
  if (!formPath || !pdfPath || args.positional.length > 0)
    throw new UsageError(`使い方: ${MAIL_USAGE}`, `Usage: ${MAIL_USAGE}`);
  if (!args.flag('--identity-checked'))
    throw new UsageError(
      '利用管理者の本人確認を行ったことを --identity-checked で明示してください。確認していない申請は作成しません。',
      "State with --identity-checked that you checked the usage administrator's identity. Without it no draft is made.",
      'mail.identity-not-checked',
    );
  const outPath = args.one('--out') ?? `${baseName(formPath).replace(/\.[^.]*$/, '')}.eml`;
  if (outPath !== '-' && (sameFile(outPath, formPath) || sameFile(outPath, pdfPath)))
    throw new UsageError(
      `--out に入力ファイル（${outPath}）は指定できません。`,
      `--out cannot be an input file (${outPath}).`,
    );
  const options = await readCheckOptions(args, io);
  const trustAnchors: Uint8Array[] = [];
  for (const t of args.all('--trust')) {
    const certs = (await import('../pdf/index')).certificatesFromFile(
      await readInput(t, io, { ja: '信頼アンカー', en: 'trust anchor' }),
    );
    if (certs.length === 0)
      throw new UsageError(
        `${t} に証明書（PEM または DER）が見つかりません。`,
        `No certificate (PEM or DER) found in ${t}.`,
        'input.trust',
      );
    trustAnchors.push(...certs);
  }

  // The form.
  const { bytes: formBytes, report } = await checkFile(formPath, io, options);
  const formName = baseName(formPath);
  // The PDF.
  const pdfName = baseName(pdfPath);
  const pdfBytes = await readInput(pdfPath, io, { ja: 'PDF', en: 'PDF' });
  const pdfReport = await deps.verifyPdf(pdfBytes, {
    file: pdfName,
    ...(trustAnchors.length ? { trustAnchors } : {}),
  });
  if (pdfReport.verdict === 'error') {
    const why = pdfReport.messages.map((m) => `${m.ja}\n${m.en}`).join('\n');
    throw new UsageError(
      `PDF ${pdfName} を読めません。${why ? `\n${why}` : ''}`.trim(),
      `Cannot read the PDF ${pdfName}.`,
      'input.pdf',
    );
  }

  const subject = buildSubject(report);
  const officerEmail = report.fields['officer.email']?.value;
  const unknown = unknownSigners(pdfReport, {
    ...(officerEmail ? { officerEmail } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const r = readiness({
    to: [ISSUER],
    subject,
    attachments: [{ name: formName }, { name: pdfName }],
    formReport: { ...report, file: formName },
    pdf: {
      name: pdfName,
      verdict: pdfReport.verdict,
      ...(unknown.length ? { unknownSigners: unknown } : {}),
    },
    identityConfirmed: true,
    pdfConfirmed: args.flag('--accept-unsigned'),
  });

  const out: string[] = [];
  for (const f of report.findings) {
    const tag = f.severity === 'error' ? 'エラー/error' : '注意/warning';
    out.push(`  [${tag}] ${f.cell} ${f.rule}\n    ${f.message.ja}\n    ${f.message.en}`);
  }
  for (const f of signerFindings(unknown))
    out.push(`  [注意/warning] ${f.rule}\n    ${f.message.ja}\n    ${f.message.en}`);
  const pdfItem = r.items.find((i) => i.id === 'pdf');
  const v = pdfItem && pdfItem.state !== 'error' ? pdfItem.detail : verdictText(pdfReport.verdict);
  const pdfLine = `PDF ${pdfName}: ${pdfReport.verdict} — ${v.ja} / ${v.en}`;

  if (!r.ready) {
    const lines = [
      `申請書 ${formName}: エラー ${report.summary.errors}件、注意 ${report.summary.warnings}件 / errors ${report.summary.errors}, warnings ${report.summary.warnings}`,
      ...out,
      pdfLine,
    ];
    for (const i of r.missing)
      lines.push(`✗ ${i.label.ja} / ${i.label.en}\n    ${i.detail.ja}\n    ${i.detail.en}`);
    if (pdfReport.verdict === 'unsigned' || pdfReport.verdict === 'untrusted')
      if (!args.flag('--accept-unsigned'))
        lines.push(
          '  PDFを目で確かめたうえで送る場合は --accept-unsigned を付けてください。\n  After looking at the PDF yourself, add --accept-unsigned to accept it.',
        );
    lines.push('下書きは作成していません。 / No draft was written.');
    io.stderr(`${lines.join('\n')}\n`);
    throw new MailRefusal();
  }

  const eml = await buildDraft({
    report,
    formName,
    formBytes,
    pdfName,
    pdfBytes,
    identityChecked: true,
    ccAdmin: args.flag('--cc-admin'),
    ...(deps.now ? { date: deps.now() } : {}),
  });
  if (outPath === '-')
    io.stdout(eml.toString('utf8')); // 7-bit: every part is encoded
  else {
    try {
      await io.writeFile(outPath, new Uint8Array(eml.buffer, eml.byteOffset, eml.byteLength));
    } catch (e) {
      throw new UsageError(
        `${outPath} に書き出せません（${(e as Error).message}）。`,
        `Cannot write ${outPath} (${(e as Error).message}).`,
        'output.unwritable',
      );
    }
  }
  const summary = [
    ...(out.length ? [`申請書の注意 / form warnings:`, ...out] : []),
    pdfLine,
    `件名 / Subject: ${subject}`,
    `宛先 / To: ${ISSUER}${args.flag('--cc-admin') && report.fields['admin.email']?.value ? `  Cc: ${report.fields['admin.email'].value}` : ''}`,
    outPath === '-'
      ? '下書きを標準出力に書き出しました。 / Draft written to standard output.'
      : `下書きを書き出しました: ${outPath}\nDraft written: ${outPath}（Outlook で開くと未送信の下書きになります / opens in Outlook as an unsent draft）`,
  ];
  io.stderr(`${summary.join('\n')}\n`);
  return 0;
}
