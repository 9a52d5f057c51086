import { listOf, sentences } from '../messages/define';
import { pdfVerdictAcceptable, VERDICT_LABEL, verdictMeaning } from '../pdf/verdict';
import { PDF_FORM_LABEL, type PdfFormCheck, pdfFormState } from '../pdf-form/readiness';
import { ISSUER } from './constants';
import { mailMessages } from './messages';
import { buildSubject } from './subject';
import type {
  AttachmentRef,
  Bilingual,
  CheckReport,
  FormCheck,
  PdfCheck,
  PdfReportLike,
  PdfVerdict,
  Profile,
} from './types';

export type ItemState = 'ok' | 'warning' | 'error' | 'pending';
export type ItemId = 'to' | 'subject' | 'form' | 'pdf' | 'pdfForm' | 'identity' | 'attachments';

/** One line of the checklist (mail.md "Ready to send"). */
export interface ChecklistItem {
  id: ItemId;
  state: ItemState;
  /** What the item is about. */
  label: Bilingual;
  /** Its state in words, and what to do when it is not ok. */
  detail: Bilingual;
}

export interface Readiness {
  /** Every item ok or warning. */
  ready: boolean;
  items: ChecklistItem[];
  /** The items that stop the send (error or pending). */
  missing: ChecklistItem[];
}

export type Recipient = string | { emailAddress: string; displayName?: string };

/**
 * The message as it is (To, subject, attachments with the sizes the mail program reports) and
 * what was checked of its files (`formCheck`, `pdfCheck`, the two confirmations). The one way in:
 * the compose pane, the send handler and the `mail` command all build this (src/mail/submission.ts).
 */
export interface ReadinessInput {
  to: readonly Recipient[];
  subject: string;
  attachments: readonly AttachmentRef[];
  /** The check of the form that is (to be) attached. */
  form?: FormCheck | null;
  pdf?: PdfCheck | null;
  /** The officer ticked "the usage administrator's identity was checked". */
  identityConfirmed: boolean;
  /** The officer ticked "the seal is visible / I accept this signer" (unsigned or untrusted PDF). */
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form (pdf.md "The PDF shows the same form"), when made. */
  pdfForm?: PdfFormCheck | null;
}

const m = mailMessages.t;
const issuer = { issuer: ISSUER };

export const ITEM_LABELS: Readonly<Record<ItemId, Bilingual>> = {
  to: m('mail.item.to', issuer),
  subject: m('mail.item.subject'),
  form: m('mail.item.form'),
  pdf: m('mail.item.pdf'),
  pdfForm: PDF_FORM_LABEL,
  identity: m('mail.item.identity'),
  attachments: m('mail.item.attachments'),
};

export function addressOf(r: Recipient): string {
  return (typeof r === 'string' ? r : r.emailAddress).trim().toLowerCase();
}

export function isIssuer(r: Recipient): boolean {
  return addressOf(r) === ISSUER;
}

const ext = (name: string): string => {
  const m = /\.([^.]+)$/.exec(name.trim());
  return m ? (m[1] ?? '').toLowerCase() : '';
};
export const isXlsx = (name: string): boolean => ext(name) === 'xlsx';
export const isPdf = (name: string): boolean => ext(name) === 'pdf';

/** Summary of a form check to keep with the message. */
export function formCheck(report: CheckReport, file: AttachmentRef): FormCheck {
  return {
    name: file.name,
    ...(file.size !== undefined ? { size: file.size } : {}),
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    subject: buildSubject(report),
  };
}

/**
 * Signer e-mails that are neither the officer's (from the form) nor one the profile lists:
 * each is a `pdf.signer-unknown` warning (pdf.md "Signer identity").
 */
export function unknownSigners(
  pdf: Pick<PdfReportLike, 'signatures'>,
  opts: { officerEmail?: string; profile?: Profile; known?: readonly string[] } = {},
): string[] {
  const known = new Set(
    [opts.officerEmail, opts.profile?.officer?.email, ...(opts.known ?? [])]
      .filter((e): e is string => !!e)
      .map((e) => e.trim().toLowerCase()),
  );
  const out: string[] = [];
  for (const s of pdf.signatures) {
    if (s.kind === 'timestamp') continue; // a document timestamp's signer is the TSA
    const e = s.signer?.email?.trim();
    if (e && !known.has(e.toLowerCase()) && !out.includes(e)) out.push(e);
  }
  return out;
}

export interface SignerFinding {
  rule: 'pdf.signer-unknown';
  severity: 'warning';
  field: 'pdf.signer';
  message: Bilingual;
}

export function signerFindings(emails: readonly string[]): SignerFinding[] {
  return emails.map((e) => ({
    rule: 'pdf.signer-unknown',
    severity: 'warning',
    field: 'pdf.signer',
    message: m('mail.pdf.signerUnknown', { email: e }),
  }));
}

/** Summary of a PDF check to keep with the message. */
export function pdfCheck(
  report: PdfReportLike,
  file: AttachmentRef,
  opts: { officerEmail?: string; profile?: Profile } = {},
): PdfCheck {
  const unknown = unknownSigners(report, opts);
  return {
    name: file.name,
    ...(file.size !== undefined ? { size: file.size } : {}),
    verdict: report.verdict,
    ...(unknown.length ? { unknownSigners: unknown } : {}),
  };
}

/** The verdict's short name, for a heading such as 「判定: 署名なし」 (not the code): src/pdf's words. */
export function verdictLabel(v: PdfVerdict): Bilingual {
  return VERDICT_LABEL[v];
}

/** What to do in the pane when the PDF cannot go as it is (the verdict's meaning comes first). */
const PDF_NEXT_STEP: Readonly<Record<Exclude<PdfVerdict, 'valid'>, Bilingual>> = {
  untrusted: m('mail.pdf.confirm-signer'),
  unsigned: m('mail.pdf.confirm-seal'),
  modified: m('mail.pdf.attach-resigned'),
  broken: m('mail.pdf.attach-resigned'),
  error: m('mail.pdf.attach-readable'),
};

function item(id: ItemId, state: ItemState, detail: Bilingual): ChecklistItem {
  return { id, state, label: ITEM_LABELS[id], detail };
}

const list = (names: readonly string[]): Bilingual => listOf(names.map((n) => ({ ja: n, en: n })));

function toItem(to: readonly Recipient[]): ChecklistItem {
  const others = to.filter((r) => !isIssuer(r)).map(addressOf);
  const issuers = to.filter(isIssuer).length;
  if (to.length === 0) return item('to', 'error', m('mail.to.empty', issuer));
  if (others.length) return item('to', 'error', m('mail.to.others', { ...issuer, others: list(others) }));
  if (issuers > 1) return item('to', 'error', m('mail.to.twice', issuer));
  return item('to', 'ok', m('mail.to.ok', issuer));
}

function subjectItem(subject: string, form: FormCheck | null | undefined): ChecklistItem {
  if (!form) return item('subject', 'pending', m('mail.subject.pending'));
  // A subject built from a form with errors would carry them (a wrong serial, stray characters):
  // none is proposed until the form is fixed; the form's own item says what to fix.
  if (form.errors > 0) return item('subject', 'pending', m('mail.subject.after-form'));
  if (subject === form.subject) return item('subject', 'ok', m('mail.subject.ok'));
  return item('subject', 'error', m('mail.subject.differs', { subject: form.subject }));
}

function sameName(a: AttachmentRef, checked: { name: string }): boolean {
  return a.name.normalize('NFC') === checked.name.normalize('NFC');
}

/**
 * The attached file has the checked file's name but another size: it was replaced or changed
 * after the check (mail.md "Blocking a send (revised)"). Sizes are compared only when both are
 * known; the pane records the size the mail program reports for the attachment.
 */
function changedSince(a: AttachmentRef, checked: { size?: number }): boolean {
  return a.size !== undefined && checked.size !== undefined && a.size !== checked.size;
}

function changedItem(id: 'form' | 'pdf', name: string): ChecklistItem {
  return item(id, 'error', m('mail.file.changed', { name }));
}

function formQuality(form: FormCheck): ChecklistItem | null {
  if (form.errors > 0) return item('form', 'error', m('mail.form.errors', { n: form.errors }));
  return null;
}

function formItem(attachments: readonly AttachmentRef[], form: FormCheck | null | undefined): ChecklistItem {
  const xlsx = attachments.filter((a) => isXlsx(a.name));
  if (xlsx.length > 1) return item('form', 'error', m('mail.form.several', { n: xlsx.length }));
  const att = xlsx[0];
  if (form && att && sameName(att, form) && changedSince(att, form)) return changedItem('form', att.name);
  if (form && (!att || sameName(att, form))) {
    const bad = formQuality(form);
    if (bad) return bad;
    if (!att) return item('form', 'pending', m('mail.form.notAttached', { name: form.name }));
    if (form.warnings > 0) return item('form', 'warning', m('mail.form.warnings', { n: form.warnings }));
    return item('form', 'ok', m('mail.form.ok'));
  }
  if (!att) return item('form', 'error', m('mail.form.missing'));
  return item('form', 'pending', m('mail.form.unchecked', { name: att.name }));
}

/** The PDF's own state (verdict, confirmation, signer), whether or not it is attached yet. */
function pdfQuality(pdf: PdfCheck, confirmed: boolean): ChecklistItem {
  const v = pdf.verdict;
  const meaning = verdictMeaning(v);
  // Whether the verdict may go at all is src/pdf's decision (pdfVerdictAcceptable); this adds the words.
  if (!pdfVerdictAcceptable(pdf, confirmed))
    return item('pdf', 'error', v === 'valid' ? meaning : sentences(meaning, PDF_NEXT_STEP[v]));
  if (v === 'valid') {
    const unknown = pdf.unknownSigners ?? [];
    if (unknown.length)
      return item(
        'pdf',
        'warning',
        sentences(meaning, m('mail.pdf.signerNotOfficer', { signers: list(unknown) })),
      );
    return item('pdf', 'ok', meaning);
  }
  // Accepted only because the officer confirmed (unsigned: the seal; untrusted: the signer).
  const confirmedId = v === 'unsigned' ? 'mail.pdf.unsignedConfirmed' : 'mail.pdf.untrustedConfirmed';
  return item('pdf', 'warning', m(confirmedId, { verdict: VERDICT_LABEL[v] }));
}

function pdfItem(
  attachments: readonly AttachmentRef[],
  pdf: PdfCheck | null | undefined,
  confirmed: boolean,
): ChecklistItem {
  const pdfs = attachments.filter((a) => isPdf(a.name));
  if (pdfs.length > 1) return item('pdf', 'error', m('mail.pdf.several', { n: pdfs.length }));
  const att = pdfs[0];
  if (pdf && att && sameName(att, pdf) && changedSince(att, pdf)) return changedItem('pdf', att.name);
  if (pdf && (!att || sameName(att, pdf))) {
    const q = pdfQuality(pdf, confirmed);
    if (q.state === 'error' || att) return q;
    return item('pdf', 'pending', m('mail.pdf.notAttached', { name: pdf.name }));
  }
  if (!att) return item('pdf', 'error', m('mail.pdf.missing'));
  return item('pdf', 'pending', m('mail.pdf.unchecked', { name: att.name }));
}

function identityItem(confirmed: boolean): ChecklistItem {
  return confirmed
    ? item('identity', 'ok', m('mail.identity.ok'))
    : item('identity', 'error', m('mail.identity.missing'));
}

/** The readiness checklist of mail.md: five items, plus one when other files are attached. */
export function readiness(input: ReadinessInput): Readiness {
  const form = input.form ?? null;
  const pdf = input.pdf ?? null;
  const items = [
    toItem(input.to),
    subjectItem(input.subject, form),
    formItem(input.attachments, form),
    pdfItem(input.attachments, pdf, input.pdfConfirmed),
    identityItem(input.identityConfirmed),
  ];
  if (input.pdfForm) {
    const { state, detail } = pdfFormState(input.pdfForm);
    items.splice(4, 0, item('pdfForm', state, detail));
  }
  const others = input.attachments.filter((a) => !isXlsx(a.name) && !isPdf(a.name));
  if (others.length)
    items.push(
      item('attachments', 'error', m('mail.attachments.others', { names: list(others.map((a) => a.name)) })),
    );
  const missing = items.filter((i) => i.state === 'error' || i.state === 'pending');
  return { ready: missing.length === 0, items, missing };
}

/** Smart Alerts shows at most 500 characters, as plain text and as Markdown alike (Mailbox 1.12, 1.15). */
export const BLOCK_MESSAGE_MAX = 500;

/** The message that stops a send, as plain text and as Markdown (line breaks survive on the web). */
export interface BlockMessage {
  /** `errorMessage`: plain text (Outlook on the web drops its line breaks, office-js#2949). */
  text: string;
  /** `errorMessageMarkdown` (Mailbox 1.15): the same words as a list. */
  markdown: string;
}

// Characters that would format (file names may hold them); list markers only start our own lines.
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~]/g;
const md = (s: string): string => s.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);

const clip = (s: string): string =>
  s.length <= BLOCK_MESSAGE_MAX ? s : `${s.slice(0, BLOCK_MESSAGE_MAX - 1)}…`;

/**
 * The message that stops a send: names what is missing (with the detail, e.g. which file changed,
 * when it fits), Japanese first, English beside, within Outlook's limit of 500 characters.
 */
export function blockMessage(r: Pick<Readiness, 'missing'>): BlockMessage {
  const { ja: head, en: headEn } = m('mail.block.head');
  const { ja: tail, en: tailEn } = m('mail.block.tail');
  const enShort = `${headEn} ${r.missing.map((i) => i.label.en).join('; ')}.`;
  const en = `${enShort} ${tailEn}`;
  const lines = (detail: boolean) =>
    r.missing.map((i) => (detail ? `${i.label.ja}: ${i.detail.ja}` : i.label.ja));
  // From the most to the least helpful: with details, without, without the English hint.
  for (const [detail, english] of [
    [true, en],
    [false, en],
    [false, enShort],
  ] as const) {
    const text = `${head}\n${lines(detail)
      .map((l) => `・${l}`)
      .join('\n')}\n${tail}\n${english}`;
    const markdown = `**${md(head)}**\n\n${lines(detail)
      .map((l) => `- ${md(l)}`)
      .join('\n')}\n\n${md(tail)}\n\n${md(english)}`;
    if (text.length <= BLOCK_MESSAGE_MAX && markdown.length <= BLOCK_MESSAGE_MAX) return { text, markdown };
  }
  const text = clip(`${head}\n${lines(false).join('\n')}\n${enShort}`);
  return {
    text,
    markdown: clip(
      `${md(head)}\n\n${lines(false)
        .map((l) => `- ${md(l)}`)
        .join('\n')}`,
    ),
  };
}
