// `upki-revoke verify-pdf FILE.pdf [--form FORM.xlsx] [--trust ROOT.pem]... [--json]` (spec/cli.md,
// spec/pdf.md). Exit 0 valid (and, with --form, the same form); 1 untrusted, modified, broken or
// unsigned, or with --form a mismatch or no text; 2 error.
import { createHash } from 'node:crypto';
import { parseIsoDate } from '../form/text';
import type { LocalDate } from '../form/types';
import type { PdfHasher, PdfMessage, PdfReport } from '../pdf/index';
import { pdfWords } from '../pdf/messages';
import { VERDICT_LABEL } from '../pdf/verdict';
import { type CliIO, InputError, readInputFile } from './io';
import { both, text } from './messages';

export const VERIFY_PDF_USAGE =
  'upki-revoke verify-pdf FILE.pdf [--form FORM.xlsx] [--trust ROOT.pem]... [--today YYYY-MM-DD] [--json]';
const USAGE = text('cli.usage', { usage: VERIFY_PDF_USAGE });

/** node:crypto's incremental hash: no copy of the file (WebCrypto copies what it digests). */
export const nodeHasher: PdfHasher = async (algorithm, parts) => {
  const h = createHash(algorithm.replace('-', '').toLowerCase());
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

function exitCode(verdict: PdfReport['verdict']): number {
  return verdict === 'valid' ? 0 : verdict === 'error' ? 2 : 1;
}

function inputError(io: CliIO, json: boolean, code: string, message: { ja: string; en: string }): number {
  if (json) io.stdout(`${JSON.stringify({ error: { code, message } }, null, 2)}\n`);
  io.stderr(`${message.ja}\n${message.en}\n`);
  return 2;
}

function line(m: PdfMessage): string {
  return `  ${m.ja}\n  ${m.en}\n`;
}

type ReportLabel = Extract<Parameters<typeof text>[0], `cli.pdf-report.${string}`>;

/** 「署名者 / signer」: a label of the report in both languages. */
const label = (id: ReportLabel, params?: Parameters<typeof text>[1]): string => both(text(id, params));
const yesNo = (b: boolean): string => label(b ? 'cli.pdf-report.yes' : 'cli.pdf-report.no');

/** A readable report, Japanese with English beside it. */
export function formatPdfReport(r: PdfReport): string {
  const verdict = text('cli.pdf-report.verdict', { label: VERDICT_LABEL[r.verdict] });
  const bytes = label('cli.pdf-report.bytes');
  let out = `${r.file} (${r.bytes} ${bytes}${r.sha256 ? `, SHA-256 ${r.sha256}` : ''})\n`;
  out += `${both(verdict)}\n\n`;
  for (const m of r.messages) out += line(m);
  r.signatures.forEach((s, i) => {
    const kind = label(
      s.kind === 'timestamp' ? 'cli.pdf-report.kind.timestamp' : 'cli.pdf-report.kind.approval',
    );
    const field = s.field ?? `（${label('cli.pdf-report.no-field')}）`;
    out += `\n${label('cli.pdf-report.signature', { n: i + 1 })}: ${field} [${kind}, ${s.subFilter ?? '-'}]\n`;
    if (s.certification) out += `  ${label('cli.pdf-report.certification')}: ${s.certification.level}\n`;
    out += `  ${label('cli.pdf-report.intact')}: ${yesNo(s.intact)}`;
    out += `; ${label('cli.pdf-report.unmodified')}: ${yesNo(s.unmodifiedSince)}\n`;
    if (s.byteRange) {
      const whole = s.coversWholeFile ? ` (${label('cli.pdf-report.whole-file')})` : '';
      out += `  ${label('cli.pdf-report.range')}: [${s.byteRange.join(' ')}]${whole}\n`;
    }
    if (s.digestAlgorithm) out += `  ${label('cli.pdf-report.digest')}: ${s.digestAlgorithm}\n`;
    if (s.signingTime) out += `  ${label('cli.pdf-report.signing-time')}: ${s.signingTime}\n`;
    if (s.timestampTime) out += `  ${label('cli.pdf-report.timestamp')}: ${s.timestampTime}\n`;
    if (s.signer) {
      out += `  ${label('cli.pdf-report.signer')}: ${s.signer.email ?? '-'}\n`;
      out += `    ${label('cli.pdf-report.subject')}: ${s.signer.subject}\n`;
      out += `    ${label('cli.pdf-report.issuer')}: ${s.signer.issuer}\n`;
      out += `    ${label('cli.pdf-report.serial')}: ${s.signer.serial}\n`;
      out += `    ${label('cli.pdf-report.validity')}: ${s.signer.notBefore} – ${s.signer.notAfter}\n`;
      out += `    SHA-256: ${s.signer.sha256}\n`;
    }
    if (s.chain) {
      const when = both(pdfWords.t(`date-source.${s.chain.checkDateSource}`));
      out += `  ${label('cli.pdf-report.trusted')}: ${yesNo(s.chain.trusted)} (${s.chain.checkDate}, ${when})\n`;
      for (const p of s.chain.path) out += `    → ${p}\n`;
    }
    for (const p of s.problems) out += line(p);
  });
  const bad = r.appended.objects.filter((o) => !o.allowed);
  if (r.appended.bytes > 0) {
    const objects = label('cli.pdf-report.objects', { n: r.appended.objects.length });
    out += `\n${label('cli.pdf-report.appended')}: ${r.appended.bytes} ${bytes}, ${objects}`;
    out +=
      bad.length > 0
        ? `\n  ${label('cli.pdf-report.not-allowed')}: ${bad.map((o) => `${o.kind} (${o.reason ?? ''})`).join('; ')}\n`
        : '\n';
  }
  return out;
}

/**
 * The moment `--today YYYY-MM-DD` stands for: noon of that day in Japan (03:00 UTC), so the day is the
 * same whichever time zone the machine runs in.
 */
export function verificationTimeOf(d: LocalDate): Date {
  return new Date(Date.UTC(d.y, d.m - 1, d.d, 3, 0, 0));
}

export async function verifyPdfCommand(args: string[], io: CliIO): Promise<number> {
  let json = false;
  const trust: string[] = [];
  const files: string[] = [];
  let formPath: string | undefined;
  let now: Date | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') json = true;
    else if (a === '--today' || a.startsWith('--today=')) {
      // The certificates are judged at the time of verification: --today pins it (tests, re-checks).
      const v = a === '--today' ? args[++i] : a.slice('--today='.length);
      const d = v === undefined ? undefined : parseIsoDate(v);
      if (!d) return inputError(io, json, 'usage', USAGE);
      now = verificationTimeOf(d);
    } else if (a === '--form' || a.startsWith('--form=')) {
      formPath = a === '--form' ? args[++i] : a.slice('--form='.length);
      if (!formPath) return inputError(io, json, 'usage', USAGE);
    } else if (a === '--trust') {
      const v = args[++i];
      if (!v) return inputError(io, json, 'usage', USAGE);
      trust.push(v);
    } else if (a.startsWith('--trust=')) trust.push(a.slice('--trust='.length));
    else if (a.startsWith('--')) return inputError(io, json, 'usage', USAGE);
    else files.push(a);
  }
  if (files.length !== 1) return inputError(io, json, 'usage', USAGE);
  const file = files[0] as string;
  const pdf = await import('../pdf/index');

  let anchors: Uint8Array[] | undefined;
  if (trust.length > 0) {
    anchors = [];
    for (const t of trust) {
      let certs: Uint8Array[];
      try {
        certs = pdf.certificatesFromFile(await io.readFile(t));
      } catch {
        certs = [];
      }
      if (certs.length === 0) {
        return inputError(io, json, 'input.bad-trust', text('cli.input.trust-unreadable', { path: t }));
      }
      anchors.push(...certs);
    }
  }

  // --form: the form is read and checked first (an unreadable form is exit 2 before any PDF work).
  const form = formPath ? await (await import('./check')).checkFile(formPath, io, {}) : undefined;
  let pdfBytes: Uint8Array | undefined;
  let formText = '';
  let report: PdfReport;
  const bytes = await readInputFile(io, file, { maxBytes: pdf.PDF_SIZE_LIMIT });
  if (bytes instanceof InputError && bytes.code === 'input.too-large') {
    // Over the limit: judged without reading the rest of the file.
    report = pdf.tooLargeReport(file, bytes.size ?? pdf.PDF_SIZE_LIMIT + 1);
  } else if (bytes instanceof InputError) {
    return inputError(io, json, bytes.code, bytes.text);
  } else {
    report = await pdf.verifyPdf(bytes, {
      file,
      trustAnchors: anchors,
      hasher: nodeHasher,
      ...(now ? { now } : {}),
    });
    pdfBytes = bytes;
  }
  let exit = exitCode(report.verdict);
  // The readable report prints the signature part, then the comparison with its findings (once);
  // the JSON carries the findings in `messages` as the contract says.
  const human = report;
  if (form && formPath) {
    const pf = await import('./pdf-form');
    const formFile = formPath.split(/[\\/]/).pop() ?? formPath;
    const c = await pf.comparePdfWithForm(pdfBytes, form.report);
    report = {
      ...report,
      messages: [...report.messages, ...c.findings.map((f) => ({ code: f.rule, ...f.message }))],
    };
    (report as PdfReport & { form?: unknown }).form = pf.formJson(formFile, c);
    if (exit === 0 && c.match !== 'same') exit = 1;
    if (!json) formText = pf.formatFormComparison(formFile, c);
  }
  if (json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    const label = VERDICT_LABEL[report.verdict];
    io.stderr(`${file}: ${label.ja} (${label.en})\n${report.messages.map(line).join('')}`);
  } else {
    io.stdout(formatPdfReport(human) + formText);
  }
  return exit;
}
