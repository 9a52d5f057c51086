/**
 * The OnMessageSend handler (Smart Alerts, SoftBlock; spec/mail.md "Blocking a send (revised)").
 *
 * Only a submission is held: its subject starts with the marker, or the issuer is addressed
 * (To, Cc or Bcc) and an .xlsx or a .pdf is attached. Everything else, a reply or a question to
 * the issuer included, goes at once after as few Office calls as the rule needs. The event is
 * completed on every path: ready, not ready, an error, a time-out.
 *
 * A submission is checked as it is at send time: To, subject and the attachments' names and
 * sizes (getAttachmentsAsync) against what the compose pane checked and left with the item
 * (sessionData). A replaced or changed file is not ready, named in the message. No check left:
 * "open the add-in pane and check the files first". The attachments' bytes are not re-read.
 *
 * Classic Outlook on Windows runs this file in a JavaScript-only runtime that, before Version
 * 2403, parses it as ES2016: the build lowers this entry to ES2016 (webpack.config.js, `es`) and
 * test/commands/onsend-bundle.test.ts parses and runs the shipped dist/outlook-onsend.js. The
 * web, new Outlook and Mac load the same file from outlook-onsend.html.
 */
import {
  addressedToIssuer,
  blockMessage,
  hasSubmissionFile,
  isSubmissionSubject,
  NOT_CHECKED_MESSAGE,
  submissionReadiness,
} from '../mail';
import { mailMessages } from '../mail/messages';
import {
  createMailboxAdapter,
  type MailboxAdapter,
  type MailboxSurface,
  type RequirementsSurface,
} from '../office/mailbox';
import { associateAction, sendRuntime } from '../office/send-runtime';

/** `Office.SmartAlertsEventCompletedOptions` as far as this handler sets it. */
export interface SendCompletedOptions {
  allowEvent?: boolean;
  /** Plain text, at most 500 characters. */
  errorMessage?: string;
  /** Mailbox 1.15: Markdown, at most 500 characters; line breaks survive on the web. */
  errorMessageMarkdown?: string;
  sendModeOverride?: string;
}

export interface SendEvent {
  completed(options?: SendCompletedOptions): void;
}

export type SendDecision =
  | { allowEvent: true; reason: 'not-submission' | 'ready' }
  | {
      allowEvent: false;
      reason: 'not-ready' | 'not-checked';
      errorMessage: string;
      errorMessageMarkdown: string;
      missing: string[];
    };

type SendMailbox = Pick<MailboxAdapter, 'getRecipients' | 'getSubject' | 'listAttachments' | 'loadState'>;

/** Looks at the message and decides; throws on Office errors and time-outs. */
export async function decideSend(mb: SendMailbox): Promise<SendDecision> {
  // Subject and To first: most submissions are known by either.
  const [subject, to] = await Promise.all([mb.getSubject(), mb.getRecipients('to')]);
  const marked = isSubmissionSubject(subject);
  if (!marked && !addressedToIssuer(to)) {
    const [cc, bcc] = await Promise.all([mb.getRecipients('cc'), mb.getRecipients('bcc')]);
    if (!addressedToIssuer(cc, bcc)) return { allowEvent: true, reason: 'not-submission' };
  }
  // Inline pictures (a signature's logo) are part of the body, not files of the submission.
  const attachments = (await mb.listAttachments()).filter((a) => !a.isInline);
  if (!marked && !hasSubmissionFile(attachments)) return { allowEvent: true, reason: 'not-submission' };
  const state = await mb.loadState();
  if (!state) {
    const text = `${NOT_CHECKED_MESSAGE.ja}\n${NOT_CHECKED_MESSAGE.en}`;
    return {
      allowEvent: false,
      reason: 'not-checked',
      errorMessage: text,
      errorMessageMarkdown: `**${NOT_CHECKED_MESSAGE.ja}**\n\n${NOT_CHECKED_MESSAGE.en}`,
      missing: ['state'],
    };
  }
  const r = submissionReadiness({ to, subject, attachments }, state);
  if (r.ready) return { allowEvent: true, reason: 'ready' };
  const message = blockMessage(r);
  return {
    allowEvent: false,
    reason: 'not-ready',
    errorMessage: message.text,
    errorMessageMarkdown: message.markdown,
    missing: r.missing.map((i) => i.id),
  };
}

/** Shown when the check itself failed (Office error or time-out). */
const checkFailed = mailMessages.t('mail.block.checkFailed');
export const CHECK_FAILED_MESSAGE = `${checkFailed.ja}\n${checkFailed.en}`;

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
    else
      complete({
        allowEvent: false,
        errorMessage: decision.errorMessage,
        // Outlook on the web drops the line breaks of errorMessage (office-js#2949).
        ...(requirements.isSetSupported('Mailbox', '1.15')
          ? { errorMessageMarkdown: decision.errorMessageMarkdown }
          : {}),
      });
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
  const runtime = sendRuntime();
  if (!runtime) {
    event.completed({ allowEvent: true });
    return;
  }
  void handleSend(event, runtime.mailbox, runtime.requirements, {
    log: (m) => {
      if (typeof console !== 'undefined') console.error(m);
    },
  });
}

// Registration at load, as the event runtimes expect (classic Windows' JS-only runtime and the
// HTML runtime of the web, new Outlook and Mac).
associateAction('onMessageSendHandler', onMessageSendHandler);
