/**
 * The submission sequence of spec/mail.md, once for every front end (the compose pane, the send
 * handler, the `mail` command):
 *
 * 1. which message is a submission (`isSubmission` and its parts, "Blocking a send (revised)");
 * 2. whether it is ready (`readiness` fed one way: the message as it is, and what was checked);
 * 3. the plan (To, Cc, subject, body, the two files) and whether it may be carried out
 *    (`planSubmission`, pure: the `mail` command writes it as a draft file);
 * 4. carrying it out on a mailbox given as an interface (`prepareSubmission`): the 25 MB per
 *    message check first, then To, Cc, subject, body, and the files not attached yet.
 *
 * Pure: no Office, no DOM, no Node (the send handler runs it in classic Outlook's
 * JavaScript-only runtime).
 */

import { formatSize } from '../messages/size';
import type { PdfFormCheck } from '../pdf-form/readiness';
import { buildBody } from './body';
import { ISSUER, MAX_ATTACHMENT_BYTES } from './constants';
import { mailMessages } from './messages';
import {
  addressOf,
  formCheck,
  isIssuer,
  isPdf,
  isXlsx,
  pdfCheck,
  type Readiness,
  type Recipient,
  readiness,
} from './readiness';
import { buildSubject, isSubmissionSubject } from './subject';
import type {
  AttachmentRef,
  Bilingual,
  CheckedSubmission,
  CheckReport,
  PdfReportLike,
  Profile,
} from './types';

// ---------------------------------------------------------------------------------------------
// 1. Which message is a submission

/** To, Cc or Bcc names the issuer. */
export function addressedToIssuer(...fields: ReadonlyArray<readonly Recipient[] | undefined>): boolean {
  return fields.some((f) => (f ?? []).some(isIssuer));
}

/** An .xlsx or a .pdf is attached. */
export function hasSubmissionFile(attachments: readonly AttachmentRef[]): boolean {
  return attachments.some((a) => isXlsx(a.name) || isPdf(a.name));
}

export interface MessageNow {
  to: readonly Recipient[];
  cc?: readonly Recipient[];
  bcc?: readonly Recipient[];
  subject: string;
  attachments: readonly AttachmentRef[];
}

/**
 * mail.md "Blocking a send (revised)": the subject starts with the marker, or the issuer is
 * addressed (To, Cc or Bcc) and an .xlsx or a .pdf is attached. A plain reply or question to the
 * issuer is not a submission.
 */
export function isSubmission(m: MessageNow): boolean {
  return (
    isSubmissionSubject(m.subject) ||
    (addressedToIssuer(m.to, m.cc, m.bcc) && hasSubmissionFile(m.attachments))
  );
}

// ---------------------------------------------------------------------------------------------
// 2. Ready?

/** The checklist of the message as it is now against what was checked (null: nothing was). */
export function submissionReadiness(m: MessageNow, checked: CheckedSubmission | null): Readiness {
  return readiness({
    to: m.to,
    subject: m.subject,
    attachments: m.attachments,
    form: checked?.form ?? null,
    pdf: checked?.pdf ?? null,
    identityConfirmed: checked?.identityConfirmed === true,
    pdfConfirmed: checked?.pdfConfirmed === true,
    pdfForm: checked?.pdfForm ?? null,
  });
}

/** Shown by the send handler when the pane left nothing: the files were attached by hand. */
export const NOT_CHECKED_MESSAGE: Bilingual = mailMessages.t('mail.block.notChecked');

// ---------------------------------------------------------------------------------------------
// 3. The plan

export interface SubmissionFile {
  name: string;
  bytes: Uint8Array;
}

/** The files as checked so far (either may still be missing) and the officer's confirmations. */
export interface SubmissionInput {
  form?: (SubmissionFile & { report: CheckReport }) | null;
  pdf?: (SubmissionFile & { report: PdfReportLike }) | null;
  identityConfirmed: boolean;
  /** The officer confirmed the seal (unsigned) or the signer (untrusted). */
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form, when made (a mismatch makes the plan not ready). */
  pdfForm?: PdfFormCheck | null;
  /** Cc the usage administrator (the form's admin.email). */
  ccAdmin?: boolean;
  profile?: Profile;
}

export interface SubmissionPlan {
  to: string[];
  cc: string[];
  /** Built from the form ('' until the form is checked). */
  subject: string;
  /** null until both files are checked. */
  body: string | null;
  files: SubmissionFile[];
  /** What was checked, as the send handler will compare it. */
  checked: CheckedSubmission;
  /**
   * The checklist of the planned message (To the issuer, the subject from the form, only the two
   * files attached): `missing` says why the sequence cannot run yet.
   */
  readiness: Readiness;
}

/**
 * The message the submission will be, and its checklist. `attachedSizes`: sizes the mail program
 * reports for files already attached (by name), so the check records what the send handler will
 * see; other files count with their byte length.
 */
export function planSubmission(
  input: SubmissionInput,
  attachedSizes: ReadonlyMap<string, number> = new Map(),
): SubmissionPlan {
  const size = (f: SubmissionFile) => attachedSizes.get(f.name) ?? f.bytes.length;
  const report = input.form?.report;
  const officerEmail = report?.fields['officer.email']?.value?.trim();
  const form = input.form
    ? formCheck(input.form.report, { name: input.form.name, size: size(input.form) })
    : null;
  const pdf = input.pdf
    ? pdfCheck(
        input.pdf.report,
        { name: input.pdf.name, size: size(input.pdf) },
        { ...(officerEmail ? { officerEmail } : {}), ...(input.profile ? { profile: input.profile } : {}) },
      )
    : null;
  const needsConfirm = pdf?.verdict === 'unsigned' || pdf?.verdict === 'untrusted';
  const checked: CheckedSubmission = {
    ...(form ? { form } : {}),
    ...(pdf ? { pdf } : {}),
    identityConfirmed: input.identityConfirmed,
    pdfConfirmed: needsConfirm && input.pdfConfirmed,
    ...(input.pdfForm ? { pdfForm: input.pdfForm } : {}),
  };
  const admin = report?.fields['admin.email']?.value?.trim() ?? '';
  const subject = report ? buildSubject(report) : '';
  const files = [input.form, input.pdf].filter((f): f is NonNullable<typeof f> => !!f);
  return {
    to: [ISSUER],
    cc: input.ccAdmin && admin ? [admin] : [],
    subject,
    body:
      input.form && input.pdf
        ? buildBody(input.form.report, {
            formName: input.form.name,
            pdfName: input.pdf.name,
            identityChecked: input.identityConfirmed,
          })
        : null,
    files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
    checked,
    readiness: submissionReadiness(
      { to: [ISSUER], subject, attachments: files.map((f) => ({ name: f.name, size: size(f) })) },
      checked,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. Carrying it out

/** The slice of a mailbox the sequence needs (src/office/mailbox.ts's adapter is one). */
export interface SubmissionMailbox {
  getRecipients(field: 'cc'): Promise<Array<{ emailAddress: string }>>;
  setRecipients(field: 'to' | 'cc', recipients: readonly string[]): Promise<void>;
  setSubject(subject: string): Promise<void>;
  setBodyText(text: string): Promise<void>;
  listAttachments(): Promise<Array<{ name: string; size: number }>>;
  attachFile(
    name: string,
    bytes: Uint8Array,
    opts?: { onProgress?: (done: number, total: number) => void },
  ): Promise<string>;
  saveState(state: CheckedSubmission & { v: 1 }): Promise<void>;
}

export class SubmissionError extends Error {
  constructor(
    readonly code: 'not-ready' | 'too-large',
    readonly text: Bilingual,
  ) {
    super(text.en);
    this.name = 'SubmissionError';
  }
}

/**
 * mail.md "Size": Outlook on the web and new Outlook take at most 25 MB of attachments per
 * message. `attached`: what the message has now; `toAttach`: what the sequence will add.
 */
export function messageSizeProblem(
  attached: ReadonlyArray<{ size: number }>,
  toAttach: ReadonlyArray<{ bytes: Uint8Array }>,
): Bilingual | null {
  const total = attached.reduce((n, a) => n + a.size, 0) + toAttach.reduce((n, f) => n + f.bytes.length, 0);
  if (total <= MAX_ATTACHMENT_BYTES) return null;
  return mailMessages.t('mail.size.tooLarge', { total: formatSize(total) });
}

export interface PrepareProgress {
  /** Before each file is attached, and as its base64 is built. */
  onAttaching?: (name: string, done: number, total: number) => void;
}

/**
 * Sets To (the issuer), Cc (adds the usage administrator when asked), subject and body, attaches
 * the files not attached yet (same name), and leaves the check with the message. Refuses (a
 * SubmissionError) before touching the message when the plan is not ready or the attachments
 * would exceed 25 MB. Returns the plan as carried out (sizes as the mailbox reports them).
 */
export async function prepareSubmission(
  mailbox: SubmissionMailbox,
  input: SubmissionInput,
  progress: PrepareProgress = {},
): Promise<SubmissionPlan> {
  const plan = planSubmission(input);
  if (!plan.readiness.ready || plan.body === null)
    throw new SubmissionError('not-ready', {
      ja: plan.readiness.missing.map((i) => i.detail.ja).join(' '),
      en: plan.readiness.missing.map((i) => i.detail.en).join(' '),
    });
  const before = await mailbox.listAttachments();
  const missing = plan.files.filter((f) => !before.some((a) => a.name === f.name));
  const tooLarge = messageSizeProblem(before, missing);
  if (tooLarge) throw new SubmissionError('too-large', tooLarge);

  await mailbox.setRecipients('to', plan.to);
  if (plan.cc.length) {
    const cc = await mailbox.getRecipients('cc');
    const add = plan.cc.filter((c) => !cc.some((r) => addressOf(r) === c.toLowerCase()));
    if (add.length) await mailbox.setRecipients('cc', [...cc.map((r) => r.emailAddress), ...add]);
  }
  await mailbox.setSubject(plan.subject);
  await mailbox.setBodyText(plan.body);
  for (const f of missing) {
    progress.onAttaching?.(f.name, 0, f.bytes.length);
    await mailbox.attachFile(f.name, f.bytes, {
      onProgress: (done, total) => progress.onAttaching?.(f.name, done, total),
    });
  }
  // Record the sizes as the mailbox reports them: that is what the send handler compares.
  const after = await mailbox.listAttachments();
  const done = planSubmission(input, new Map(after.map((a) => [a.name, a.size])));
  await mailbox.saveState({ v: 1, ...done.checked });
  return done;
}
