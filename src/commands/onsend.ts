/**
 * The OnMessageSend handler (Smart Alerts, SoftBlock; spec/mail.md "Blocking a send").
 *
 * A message addressed to the issuer, or whose subject starts with the submission marker, is held
 * when it is not ready, with a message that names what is missing. Every other message goes at
 * once. The event is completed on every path: ready, not ready, an error, a time-out.
 *
 * The handler reads what the compose pane left with the item (the check of the form and the PDF,
 * the two confirmations) and compares it with the message as it is now (To, subject, attachment
 * names). It does not re-read 20 MB of attachments on every send.
 *
 * Classic Outlook on Windows runs this in a JavaScript-only runtime: one bundled file, no
 * imports, no DOM (scripts build it with esbuild as an IIFE); the web, new Outlook and Mac load
 * the same file from onsend.html.
 */
import { blockMessage, isIssuer, isSubmissionSubject, readiness } from '../mail';
import {
  createMailboxAdapter,
  type MailboxAdapter,
  type MailboxSurface,
  type RequirementsSurface,
} from '../office/mailbox';

export interface SendEvent {
  completed(options?: { allowEvent?: boolean; errorMessage?: string; sendModeOverride?: string }): void;
}

export type SendDecision =
  | { allowEvent: true; reason: 'not-submission' | 'ready' }
  | { allowEvent: false; reason: 'not-ready'; errorMessage: string; missing: string[] };

/** Looks at the message and decides; throws on Office errors and time-outs. */
export async function decideSend(mb: MailboxAdapter): Promise<SendDecision> {
  const [to, subject] = await Promise.all([mb.getRecipients('to'), mb.getSubject()]);
  let submission = to.some(isIssuer) || isSubmissionSubject(subject);
  if (!submission) {
    const [cc, bcc] = await Promise.all([mb.getRecipients('cc'), mb.getRecipients('bcc')]);
    submission = [...cc, ...bcc].some(isIssuer);
  }
  if (!submission) return { allowEvent: true, reason: 'not-submission' };
  const [attachments, state] = await Promise.all([mb.listAttachments(), mb.loadState()]);
  const r = readiness({
    to,
    subject,
    attachments,
    form: state?.form ?? null,
    pdf: state?.pdf ?? null,
    identityConfirmed: state?.identityConfirmed === true,
    pdfConfirmed: state?.pdfConfirmed === true,
    pdfForm: state?.pdfForm ?? null,
  });
  if (r.ready) return { allowEvent: true, reason: 'ready' };
  return {
    allowEvent: false,
    reason: 'not-ready',
    errorMessage: blockMessage(r),
    missing: r.missing.map((i) => i.id),
  };
}

/** Shown when the check itself failed (Office error or time-out). */
export const CHECK_FAILED_MESSAGE =
  '失効申請メールの確認ができませんでした（Outlook の応答なし）。アドインの作業ウィンドウで「送信準備」を確かめてから送ってください。\nThe submission check could not run (Outlook did not answer). Check the message in the add-in pane before sending.';

export interface HandlerOptions {
  /** The whole check must finish within this (ms); then the event completes anyway. */
  overallTimeoutMs?: number;
  /** Per Office call (ms). */
  callTimeoutMs?: number;
  /** Where errors go (the runtime has no UI). */
  log?: (message: string) => void;
}

/**
 * Handles one send. Completes the event exactly once on every path. On an internal error or a
 * time-out the SoftBlock rule applies (an add-in that cannot answer never stops a send): where the
 * client supports it (Mailbox 1.14) the officer is asked with the choice to send anyway, else the
 * message goes.
 */
export async function handleSend(
  event: SendEvent,
  mailbox: MailboxSurface,
  requirements: RequirementsSurface,
  opts: HandlerOptions = {},
): Promise<void> {
  let done = false;
  const complete = (o: Parameters<SendEvent['completed']>[0]) => {
    if (done) return;
    done = true;
    try {
      event.completed(o);
    } catch (e) {
      opts.log?.(`completed failed: ${String(e)}`);
    }
  };
  const onFailure = (why: string) => {
    opts.log?.(`upki-revoke onsend: ${why}`);
    if (requirements.isSetSupported('Mailbox', '1.14'))
      complete({ allowEvent: false, errorMessage: CHECK_FAILED_MESSAGE, sendModeOverride: 'promptUser' });
    else complete({ allowEvent: true });
  };
  let guard: ReturnType<typeof setTimeout> | undefined;
  try {
    const mb = createMailboxAdapter(mailbox, requirements, { timeoutMs: opts.callTimeoutMs ?? 10_000 });
    const decision = await Promise.race([
      decideSend(mb),
      new Promise<never>((_, reject) => {
        guard = setTimeout(() => reject(new Error('overall time-out')), opts.overallTimeoutMs ?? 30_000);
      }),
    ]);
    if (decision.allowEvent) complete({ allowEvent: true });
    else complete({ allowEvent: false, errorMessage: decision.errorMessage });
  } catch (e) {
    onFailure(e instanceof Error ? e.message : String(e));
  } finally {
    if (guard !== undefined) clearTimeout(guard);
    // Whatever happened above, the event is completed.
    if (!done) onFailure('no decision');
  }
}

/** The function the manifest names (`onMessageSendHandler`). */
export function onMessageSendHandler(event: SendEvent): void {
  if (typeof Office === 'undefined' || !Office.context?.mailbox) {
    event.completed({ allowEvent: true });
    return;
  }
  void handleSend(event, Office.context.mailbox, Office.context.requirements, {
    log: (m) => {
      if (typeof console !== 'undefined') console.error(m);
    },
  });
}

// Registration at load, as the event runtimes expect (classic Windows' JS-only runtime and the
// HTML runtime of the web, new Outlook and Mac).
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
}
