/**
 * The submission as the compose pane sees it: the message as it is (To, subject, attachments),
 * the plan from the checked files (src/mail/submission.ts), the checklist, the check kept with the
 * item for the send handler, and 「送信準備」 carried out by the shared `prepareSubmission`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bilingual } from '../../../form/fields';
import type { Profile } from '../../../form/types';
import {
  planSubmission,
  prepareSubmission,
  type Readiness,
  SubmissionError,
  type SubmissionPlan,
  submissionReadiness,
} from '../../../mail';
import {
  type MailAttachment,
  type MailboxAdapter,
  MailboxError,
  type MailRecipient,
  type SubmissionState,
} from '../../../office/mailbox-types';
import type { PdfFormCheck } from '../../../pdf-form/readiness';
import type { FormState, PdfState } from '../FileResults';

export interface MailView {
  to: MailRecipient[];
  subject: string;
  attachments: MailAttachment[];
}

export interface SubmissionChoices {
  identityConfirmed: boolean;
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form by the preview (null until it has been). */
  pdfForm?: PdfFormCheck | null;
  ccAdmin: boolean;
  profile?: Profile;
}

/** What went wrong, for the pane's notice: Outlook's words, the sequence's, or a file's. */
export type SubmissionFailure = { kind: 'outlook' | 'sequence' | 'other'; text: Bilingual };

export function failureOf(e: unknown): SubmissionFailure {
  if (e instanceof SubmissionError) return { kind: 'sequence', text: e.text };
  if (e instanceof MailboxError) return { kind: 'outlook', text: e.text };
  const m = e instanceof Error ? e.message : String(e);
  return { kind: 'other', text: { ja: m, en: m } };
}

/** The current message's attachments: inline pictures are part of the body, not files. */
const files = (view: MailView | null) => (view?.attachments ?? []).filter((a) => !a.isInline);

export function useSubmission(
  compose: MailboxAdapter | null,
  form: FormState | null,
  pdf: PdfState | null,
  choices: SubmissionChoices,
) {
  const [mail, setMail] = useState<MailView | null>(null);
  const [restored, setRestored] = useState<SubmissionState | null>(null);
  const [preparing, setPreparing] = useState<{ name?: string; pct?: number } | null>(null);
  const lastSaved = useRef('');

  const refreshMail = useCallback(async (): Promise<MailView | null> => {
    if (!compose) return null;
    const [to, subject, attachments] = await Promise.all([
      compose.getRecipients('to'),
      compose.getSubject(),
      compose.listAttachments(),
    ]);
    const view = { to, subject, attachments };
    setMail(view);
    return view;
  }, [compose]);

  const loadState = useCallback(async () => {
    if (!compose) return null;
    const state = await compose.loadState();
    setRestored(state);
    return state;
  }, [compose]);

  // The plan from what is checked; sizes of files already attached as Outlook reports them.
  const plan: SubmissionPlan = useMemo(() => {
    const attachedSizes = new Map(files(mail).map((a) => [a.name, a.size]));
    return planSubmission(
      {
        form: form?.report ? { name: form.name, bytes: form.bytes, report: form.report } : null,
        pdf: pdf?.report ? { name: pdf.name, bytes: pdf.bytes, report: pdf.report } : null,
        identityConfirmed: choices.identityConfirmed,
        pdfConfirmed: choices.pdfConfirmed,
        pdfForm: choices.pdfForm ?? null,
        ccAdmin: choices.ccAdmin,
        ...(choices.profile ? { profile: choices.profile } : {}),
      },
      attachedSizes,
    );
  }, [
    form,
    pdf,
    mail,
    choices.identityConfirmed,
    choices.pdfConfirmed,
    choices.pdfForm,
    choices.ccAdmin,
    choices.profile,
  ]);

  // The checklist of the message as it is now (the same function the send handler runs).
  const readiness: Readiness = useMemo(
    () =>
      submissionReadiness(
        { to: mail?.to ?? [], subject: mail?.subject ?? '', attachments: files(mail) },
        plan.checked,
      ),
    [mail, plan.checked],
  );

  // Keep the check with the item so the send handler sees it (only when it changed).
  useEffect(() => {
    if (!compose || (!plan.checked.form && !plan.checked.pdf)) return;
    const state: SubmissionState = { v: 1, ...plan.checked };
    const text = JSON.stringify(state);
    if (text === lastSaved.current) return;
    lastSaved.current = text;
    compose.saveState(state).catch(() => {
      lastSaved.current = '';
    });
  }, [compose, plan.checked]);

  /** 「送信準備」: the shared sequence; resolves true when done. */
  const prepare = useCallback(async (): Promise<true | SubmissionFailure> => {
    if (!compose || !form?.report || !pdf?.report) return failureOf(new Error('not ready'));
    setPreparing({});
    try {
      const done = await prepareSubmission(
        compose,
        {
          form: { name: form.name, bytes: form.bytes, report: form.report },
          pdf: { name: pdf.name, bytes: pdf.bytes, report: pdf.report },
          identityConfirmed: choices.identityConfirmed,
          pdfConfirmed: choices.pdfConfirmed,
          pdfForm: choices.pdfForm ?? null,
          ccAdmin: choices.ccAdmin,
          ...(choices.profile ? { profile: choices.profile } : {}),
        },
        {
          onAttaching: (name, d, total) =>
            setPreparing({ name, pct: total ? Math.floor((d / total) * 100) : 0 }),
        },
      );
      lastSaved.current = JSON.stringify({ v: 1, ...done.checked });
      await refreshMail();
      return true;
    } catch (e) {
      await refreshMail().catch(() => null);
      return failureOf(e);
    } finally {
      setPreparing(null);
    }
  }, [compose, form, pdf, choices, refreshMail]);

  return { mail, restored, plan, readiness, preparing, refreshMail, loadState, prepare };
}
