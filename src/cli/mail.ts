/**
 * `upki-revoke mail --form FORM.xlsx --pdf FILE.pdf --identity-checked [--trust ROOT.pem]...
 *   [--accept-unverified-pdf] [--profile PROFILE.json] [--cc-admin] [--today YYYY-MM-DD] [--out DRAFT.eml] [--force]`
 *
 * Checks the form and the PDF like the Outlook pane does and writes the submission mail of
 * spec/mail.md as a draft .eml (RFC 5322, UTF-8, multipart/mixed, `X-Unsent: 1`). Exit 0: draft
 * written; 1: the form has errors or the PDF is not acceptable (nothing written); 2: unreadable input,
 * or an output that is an input, does not end in .eml, or exists already (without --force).
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { CheckReport } from '../form/types';
import {
  buildBody,
  buildSubject,
  ISSUER,
  MAX_ATTACHMENT_BYTES,
  type PdfReportLike,
  planSubmission,
  signerFindings,
} from '../mail';
import { VERDICT_LABEL, verdictMeaning } from '../pdf/verdict';
import type { FormComparison } from '../pdf-form/types';
import { type ParsedArgs, parseArgs, UsageError, usageError } from './args';
import { baseName, checkFile, readCheckOptions } from './check';
import { describeError, errorLines } from './errors';
import { type CliIO, InputError, readInputFile } from './io';
import { both, text } from './messages';
import { OutputExistsError, refuseInputAsOutput, unwritable } from './output';
import { countsLine, formatFinding } from './report';
import { verificationTimeOf } from './verify-pdf';

export const MAIL_USAGE =
  'upki-revoke mail --form FORM.xlsx --pdf FILE.pdf --identity-checked [--trust ROOT.pem]... [--accept-unverified-pdf] [--profile PROFILE.json] [--cc-admin] [--today YYYY-MM-DD] [--out DRAFT.eml] [--force]';

/** Accepts a PDF whose verdict is `unsigned` (a sealed scan) or `untrusted` (an unverified signer). */
export const ACCEPT_PDF = '--accept-unverified-pdf';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The PDF checker, injectable for tests; the real one (src/pdf) is loaded on first use. */
export type VerifyPdf = (
  bytes: Uint8Array,
  opts: { file?: string; trustAnchors?: Uint8Array[] },
) => Promise<PdfReportLike>;

export interface MailDeps {
  verifyPdf: VerifyPdf;
  /** The PDF's text compared with the form (pdf.md "The PDF shows the same form"); pdf.js by default. */
  comparePdf?: (pdf: Uint8Array, form: CheckReport) => Promise<FormComparison>;
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

/** Outlook opens a draft by its .eml name: another name is refused, with the .eml name to use. */
function refuseNotEml(out: string): void {
  if (/\.eml$/i.test(out)) return;
  const suggested = `${out.replace(/\.[^./\\]*$/, '')}.eml`;
  const m = text('cli.mail.out-not-eml', { out, suggested });
  throw new UsageError(m.ja, m.en, 'output.not-eml');
}

async function exists(io: CliIO, path: string): Promise<boolean> {
  return io.fileSize(path).then(
    () => true,
    () => false,
  );
}

/** 「件名 / Subject」: a label in both languages. */
function label(id: 'cli.mail.form' | 'cli.mail.subject' | 'cli.mail.to'): string {
  return both(text(id));
}

export async function mailCommand(argv: string[], io: CliIO, deps: MailDeps = defaultDeps): Promise<number> {
  try {
    return await run(argv, io, deps);
  } catch (e) {
    if (e instanceof MailRefusal) return 1;
    io.stderr(errorLines(describeError(e, text('cli.nothing-written'))));
    return 2;
  }
}

async function readInput(path: string, io: CliIO, what: { ja: string; en: string }): Promise<Uint8Array> {
  const bytes = await readInputFile(io, path, { maxBytes: MAX_ATTACHMENT_BYTES, what });
  if (bytes instanceof InputError) throw bytes;
  return bytes;
}

async function run(argv: string[], io: CliIO, deps: MailDeps): Promise<number> {
  const args: ParsedArgs = parseArgs(argv, {
    values: ['--form', '--pdf', '--trust', '--profile', '--today', '--out'],
    flags: ['--identity-checked', ACCEPT_PDF, '--cc-admin', '--force'],
    aliases: { '--accept-unsigned': ACCEPT_PDF },
  });
  const formPath = args.one('--form');
  const pdfPath = args.one('--pdf');
  if (!formPath || !pdfPath || args.positional.length > 0) throw usageError(MAIL_USAGE);
  if (!args.flag('--identity-checked')) {
    const m = text('cli.mail.identity-not-checked');
    throw new UsageError(m.ja, m.en, 'mail.identity-not-checked');
  }
  const outPath = args.one('--out') ?? `${baseName(formPath).replace(/\.[^.]*$/, '')}.eml`;
  const force = args.flag('--force');
  if (outPath !== '-') {
    const inputs = [formPath, pdfPath, ...args.all('--trust'), ...args.all('--profile')];
    await refuseInputAsOutput(outPath, inputs);
    refuseNotEml(outPath);
    // Before any work: an existing draft is kept unless --force (as `template`); the write itself
    // refuses again if one appears meanwhile.
    if (!force && (await exists(io, outPath))) throw new OutputExistsError(outPath, '--force');
  }
  const options = await readCheckOptions(args, io);
  const trustAnchors: Uint8Array[] = [];
  for (const t of args.all('--trust')) {
    const certs = (await import('../pdf/index')).certificatesFromFile(
      await readInput(t, io, text('cli.input.trust-anchor')),
    );
    if (certs.length === 0)
      throw UsageError.of(text('cli.input.trust-unreadable', { path: t }), 'input.trust');
    trustAnchors.push(...certs);
  }

  // The form.
  const { bytes: formBytes, report } = await checkFile(formPath, io, options);
  const formName = baseName(formPath);
  // The PDF.
  const pdfName = baseName(pdfPath);
  const pdfBytes = await readInput(pdfPath, io, text('cli.input.pdf'));
  const pdfReport = await deps.verifyPdf(pdfBytes, {
    file: pdfName,
    ...(trustAnchors.length ? { trustAnchors } : {}),
    // --today pins the time the signer's certificate is judged at, as it pins the form's dates.
    ...(options.today ? { now: verificationTimeOf(options.today) } : {}),
  });
  if (pdfReport.verdict === 'error') {
    const why = pdfReport.messages.map((m) => `${m.ja}\n${m.en}`).join('\n');
    const m = text('cli.mail.pdf-unreadable', { name: pdfName });
    throw new UsageError(`${m.ja}${why ? `\n${why}` : ''}`, m.en, 'input.pdf');
  }

  // The PDF shows the same form: a mismatch makes the submission not ready.
  const pdfForm = await (deps.comparePdf ?? (await import('./pdf-form')).comparePdfWithForm)(
    pdfBytes,
    report,
  );

  // The shared submission sequence (src/mail/submission.ts): the same plan and checklist as the pane.
  const plan = planSubmission({
    form: { name: formName, bytes: formBytes, report },
    pdf: { name: pdfName, bytes: pdfBytes, report: pdfReport },
    identityConfirmed: true,
    pdfConfirmed: args.flag(ACCEPT_PDF),
    pdfForm,
    ccAdmin: args.flag('--cc-admin'),
    ...(options.profile ? { profile: options.profile } : {}),
  });
  const { subject, readiness: r } = plan;
  const unknown = plan.checked.pdf?.unknownSigners ?? [];

  // Every finding is counted in the one counts line: the form's, the PDF signer's and the
  // comparison of the PDF with the form (an info finding is shown, not counted).
  const signerWarnings = signerFindings(unknown);
  const pdfFormFindings = pdfForm.findings.map((f) => ({ ...f, cell: pdfName }));
  const errors = report.summary.errors + pdfFormFindings.filter((f) => f.severity === 'error').length;
  const warnings =
    report.summary.warnings +
    signerWarnings.length +
    pdfFormFindings.filter((f) => f.severity === 'warning').length;
  const findingLines = [
    ...report.findings.map((f) => formatFinding(f)),
    ...signerWarnings.map((f) => formatFinding({ ...f, cell: pdfName })),
    ...pdfFormFindings.map((f) => formatFinding(f)),
  ];
  const accepted = args.flag(ACCEPT_PDF);
  const verdict = text('cli.mail.pdf-verdict', {
    label: VERDICT_LABEL[pdfReport.verdict],
    meaning: verdictMeaning(pdfReport.verdict),
  });
  const pdfLine = `PDF ${pdfName}: ${verdict.ja}\n     ${verdict.en}`;
  const head = [
    `${label('cli.mail.form')}: ${formName}`,
    countsLine(errors, warnings),
    ...findingLines,
    pdfLine,
  ];

  if (!r.ready) {
    const lines = [...head];
    // The PDF item speaks of a tick box (the pane's words); here the officer passes an option.
    for (const i of r.missing.filter((m) => m.id !== 'pdf'))
      lines.push(`✗ ${i.label.ja} / ${i.label.en}\n    ${i.detail.ja}\n    ${i.detail.en}`);
    if (r.missing.some((m) => m.id === 'pdf')) {
      const how =
        (pdfReport.verdict === 'unsigned' || pdfReport.verdict === 'untrusted') && !accepted
          ? text(`cli.mail.accept-${pdfReport.verdict}`, { option: ACCEPT_PDF })
          : text('cli.mail.pdf-not-acceptable');
      lines.push(`✗ PDF ${pdfName}\n    ${how.ja}\n    ${how.en}`);
    }
    const none = text('cli.mail.not-written');
    lines.push(`${none.ja} / ${none.en}`);
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
      await io.writeFile(outPath, new Uint8Array(eml.buffer, eml.byteOffset, eml.byteLength), {
        overwrite: force,
        hint: '--force',
      });
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw unwritable(outPath, e);
    }
  }
  const done =
    outPath === '-' ? text('cli.mail.written-stdout') : text('cli.mail.written', { path: outPath });
  const summary = [
    ...head,
    `${label('cli.mail.subject')}: ${subject}`,
    `${label('cli.mail.to')}: ${ISSUER}${args.flag('--cc-admin') && report.fields['admin.email']?.value ? `  Cc: ${report.fields['admin.email'].value}` : ''}`,
    `${done.ja}\n${done.en}`,
  ];
  io.stderr(`${summary.join('\n')}\n`);
  return 0;
}
