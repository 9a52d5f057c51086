/**
 * The only code that calls Office.js for Outlook: typed promises over Office's callbacks. Every
 * call goes through one queue (never more than three in flight, as Outlook on the web and new
 * Outlook allow), has a timeout (some callbacks never return on slow networks, office-js#3614),
 * and Office's error codes become bilingual messages. Pure of DOM: it also runs in the
 * JavaScript-only runtime of classic Windows (the OnMessageSend handler).
 */
import type { Bilingual } from '../form/fields';
import {
  base64Length,
  fromBase64,
  MAX_ATTACHMENT_BASE64_CHARS,
  MAX_ATTACHMENT_BYTES,
  SUBJECT_MAX,
  toBase64Chunked,
} from '../mail';
import {
  type AttachOptions,
  type BodyType,
  type Callback,
  type ComposeItemSurface,
  type CustomPropertiesSurface,
  type MailAttachment,
  type MailboxAdapter,
  MailboxError,
  type MailboxErrorCode,
  type MailboxMode,
  type MailboxSurface,
  type MailRecipient,
  type NewMessage,
  type NoticeType,
  type OfficeError,
  type ReadItemSurface,
  type RecipientField,
  type RequirementsSurface,
  type SubmissionState,
} from './mailbox-types';
import { officeMessages } from './messages';

export * from './mailbox-types';

const m = officeMessages.t;

/** Messages per adapter error code. */
export const MAILBOX_MESSAGES: Readonly<Record<MailboxErrorCode, Bilingual>> = {
  timeout: m('office.mailbox.timeout'),
  'too-large': m('office.mailbox.too-large'),
  'too-many-attachments': m('office.mailbox.too-many-attachments'),
  'too-many-recipients': m('office.mailbox.too-many-recipients'),
  'invalid-recipients': m('office.mailbox.invalid-recipients'),
  'attachment-not-found': m('office.mailbox.attachment-not-found'),
  'cloud-attachment': m('office.mailbox.cloud-attachment'),
  'attachment-unreadable': m('office.mailbox.attachment-unreadable'),
  'attachment-failed': m('office.mailbox.attachment-failed'),
  'html-failure': m('office.mailbox.html-failure'),
  'item-changed': m('office.mailbox.item-changed'),
  'no-item': m('office.mailbox.no-item'),
  'wrong-mode': m('office.mailbox.wrong-mode'),
  unsupported: m('office.mailbox.unsupported'),
  'access-restricted': m('office.mailbox.access-restricted'),
  network: m('office.mailbox.network'),
  office: m('office.mailbox.office'),
};

/** Office error names (and their numeric codes) → adapter codes. */
const BY_NAME: Record<string, MailboxErrorCode> = {
  AttachmentSizeExceeded: 'too-large',
  NumberOfAttachmentsExceeded: 'too-many-attachments',
  InvalidAttachmentId: 'attachment-not-found',
  AttachmentToDeleteDoesNotExist: 'attachment-not-found',
  AttachmentUploadGeneralFailure: 'attachment-failed',
  AttachmentDeletedBeforeUploadCompletes: 'attachment-failed',
  CannotAddAttachmentBeforeUpgrade: 'attachment-failed',
  AttachmentTypeNotSupported: 'cloud-attachment',
  HtmlSanitizationFailure: 'html-failure',
  NumberOfRecipientsExceeded: 'too-many-recipients',
  NoValidRecipientsProvided: 'invalid-recipients',
  APICallFailedDueToItemChange: 'item-changed',
  AccessRestricted: 'access-restricted',
  NetworkError: 'network',
  DataExceedsMaximumSize: 'too-large',
};
const BY_CODE: Record<number, MailboxErrorCode> = {
  9000: 'too-large',
  9001: 'too-many-attachments',
  9003: 'attachment-not-found',
  9006: 'attachment-failed',
  9007: 'attachment-failed',
  9008: 'attachment-not-found',
  9011: 'html-failure',
  9012: 'too-many-recipients',
  9013: 'invalid-recipients',
  9017: 'access-restricted',
  9030: 'item-changed',
};

/** Turns Office's error into an adapter error with a message for officers. */
export function mailboxError(error: Partial<OfficeError> | undefined, op: string): MailboxError {
  const code =
    (error?.name && BY_NAME[error.name]) || (error?.code !== undefined && BY_CODE[error.code]) || 'office';
  const text = MAILBOX_MESSAGES[code];
  const detail = error?.message || error?.name;
  const withDetail = code === 'office' && detail ? m('office.mailbox.officeDetail', { detail }) : text;
  return new MailboxError(code, withDetail, op, error?.code ?? error?.name);
}

export interface QueueOptions {
  /** Calls in flight at once (Outlook on the web: 3). */
  maxInFlight?: number;
  /** Default time-out of a call, ms. */
  timeoutMs?: number;
  /**
   * After a time-out the call may still be running inside Outlook: its slot is kept this long
   * (or until the late callback arrives) so the limit holds.
   */
  abandonMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

/** A FIFO queue of Office calls, at most `maxInFlight` at once, each with a time-out. */
export class CallQueue {
  readonly maxInFlight: number;
  readonly timeoutMs: number;
  readonly abandonMs: number;
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;
  /** The most calls ever in flight together (tests read it). */
  peak = 0;

  constructor(opts: QueueOptions = {}) {
    this.maxInFlight = opts.maxInFlight ?? 3;
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.abandonMs = opts.abandonMs ?? 30_000;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  get active(): number {
    return this.inFlight;
  }

  private acquire(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
      this.peak = Math.max(this.peak, this.inFlight);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(() => {
        this.inFlight++;
        this.peak = Math.max(this.peak, this.inFlight);
        resolve();
      });
    });
  }

  private release(): void {
    this.inFlight--;
    const next = this.waiting.shift();
    if (next) next();
  }

  /** Runs one Office call: `start` gets the callback to hand to Office. */
  async call<T>(op: string, start: (done: Callback<T>) => void, timeoutMs = this.timeoutMs): Promise<T> {
    await this.acquire();
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let released = false;
      const free = () => {
        if (!released) {
          released = true;
          this.release();
        }
      };
      let abandon: unknown;
      const timer = this.setTimer(() => {
        if (settled) return;
        settled = true;
        reject(new MailboxError('timeout', MAILBOX_MESSAGES.timeout, op));
        abandon = this.setTimer(free, this.abandonMs);
      }, timeoutMs);
      const done: Callback<T> = (result) => {
        this.clearTimer(timer);
        if (abandon !== undefined) this.clearTimer(abandon);
        free();
        if (settled) return;
        settled = true;
        if ((result.status as unknown) === OFFICE_FAILED) reject(mailboxError(result.error, op));
        else resolve(result.value);
      };
      try {
        start(done);
      } catch (e) {
        this.clearTimer(timer);
        free();
        if (!settled) {
          settled = true;
          reject(
            e instanceof MailboxError
              ? e
              : mailboxError({ name: (e as Error)?.name, message: (e as Error)?.message }, op),
          );
        }
      }
    });
  }
}

// Office.AsyncResultStatus.Failed is the string 'failed'; compare with the string so this module
// does not need the Office global at load time.
const OFFICE_FAILED = 'failed';

/** Key under which the pane leaves its check for the send handler. */
export const STATE_KEY = 'upkiRevokeSubmission';

const NOTICE_MAX = 150;

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Plain text → a small HTML body that keeps the line breaks. */
export function textToHtml(text: string): string {
  const lines = text.split('\n').map((l) => escapeHtml(l) || '&nbsp;');
  return `<div style="font-family: 'Yu Gothic', Meiryo, sans-serif; white-space: pre-wrap">${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;
}

function isCompose(item: ComposeItemSurface | ReadItemSurface): item is ComposeItemSurface {
  return (
    typeof (item as ComposeItemSurface).subject === 'object' &&
    typeof (item as ComposeItemSurface).getAttachmentsAsync === 'function'
  );
}

function kindOf(t: unknown): MailAttachment['kind'] {
  const s = String(t).toLowerCase();
  return s === 'cloud' ? 'cloud' : s === 'item' ? 'item' : 'file';
}

function parseState(text: unknown): SubmissionState | null {
  if (typeof text !== 'string' || !text) return null;
  try {
    const v = JSON.parse(text) as SubmissionState;
    return v && v.v === 1 ? v : null;
  } catch {
    return null;
  }
}

export interface MailboxAdapterOptions extends QueueOptions {
  /** `Office.context.platform` (officeMailbox passes it). */
  platform?: string | null;
  /** Time-out of an attach call per MB of base64 (on top of the default). */
  attachMsPerMB?: number;
  /** Between base64 chunks; default a macrotask. */
  yieldFn?: () => Promise<void>;
}

/** The adapter over a mailbox (Office's or the fake). */
export function createMailboxAdapter(
  mailbox: MailboxSurface,
  requirements: RequirementsSurface,
  opts: MailboxAdapterOptions = {},
): MailboxAdapter & { queue: CallQueue } {
  const queue = new CallQueue(opts);
  const item = mailbox.item ?? null;
  const mode: MailboxMode = !item ? 'none' : isCompose(item) ? 'compose' : 'read';

  const compose = (op: string): ComposeItemSurface => {
    if (!item) throw new MailboxError('no-item', MAILBOX_MESSAGES['no-item'], op);
    if (!isCompose(item)) throw new MailboxError('wrong-mode', MAILBOX_MESSAGES['wrong-mode'], op);
    return item;
  };
  const any = (op: string): ComposeItemSurface | ReadItemSurface => {
    if (!item) throw new MailboxError('no-item', MAILBOX_MESSAGES['no-item'], op);
    return item;
  };
  const need = (version: string, op: string) => {
    if (!requirements.isSetSupported('Mailbox', version))
      throw new MailboxError('unsupported', MAILBOX_MESSAGES.unsupported, `${op} (Mailbox ${version})`);
  };

  const adapter: MailboxAdapter & { queue: CallQueue } = {
    queue,
    mode,
    platform: opts.platform ?? null,
    supports: (version) => requirements.isSetSupported('Mailbox', version),

    async getRecipients(field: RecipientField): Promise<MailRecipient[]> {
      const it = compose(`${field}.getAsync`);
      const list = await queue.call<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) =>
        it[field].getAsync(cb),
      );
      return list.map((r) => ({
        emailAddress: r.emailAddress,
        ...(r.displayName ? { displayName: r.displayName } : {}),
      }));
    },

    async setRecipients(field, recipients) {
      const it = compose(`${field}.setAsync`);
      if (recipients.length > 100)
        throw new MailboxError(
          'too-many-recipients',
          MAILBOX_MESSAGES['too-many-recipients'],
          `${field}.setAsync`,
        );
      await queue.call<void>(`${field}.setAsync`, (cb) => it[field].setAsync([...recipients], cb));
    },

    async getSubject() {
      const it = any('subject.getAsync');
      if (!isCompose(it)) return it.subject;
      return queue.call<string>('subject.getAsync', (cb) => it.subject.getAsync(cb));
    },

    async setSubject(subject) {
      const it = compose('subject.setAsync');
      await queue.call<void>('subject.setAsync', (cb) =>
        it.subject.setAsync(subject.slice(0, SUBJECT_MAX), cb),
      );
    },

    async getBodyType(): Promise<BodyType> {
      const it = compose('body.getTypeAsync');
      const t = await queue.call<Office.CoercionType>('body.getTypeAsync', (cb) => it.body.getTypeAsync(cb));
      return String(t).toLowerCase() === 'html' ? 'html' : 'text';
    },

    async setBodyText(text) {
      const it = compose('body.setAsync');
      // HTML into a text body fails; text into an HTML body loses the line breaks: ask first.
      const type = await adapter.getBodyType();
      const data = type === 'html' ? textToHtml(text) : text;
      await queue.call<void>('body.setAsync', (cb) => it.body.setAsync(data, { coercionType: type }, cb));
    },

    async listAttachments(): Promise<MailAttachment[]> {
      const it = any('getAttachmentsAsync');
      let raw: Array<Office.AttachmentDetails | Office.AttachmentDetailsCompose>;
      if (isCompose(it)) {
        need('1.8', 'getAttachmentsAsync');
        raw = await queue.call<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) =>
          it.getAttachmentsAsync(cb),
        );
      } else raw = it.attachments;
      return raw.map((a) => ({
        id: a.id,
        name: a.name,
        size: a.size,
        kind: kindOf(a.attachmentType),
        isInline: Boolean(a.isInline),
        ...((a as Office.AttachmentDetails).contentType
          ? { contentType: (a as Office.AttachmentDetails).contentType }
          : {}),
      }));
    },

    async attachFile(name, bytes, attachOpts: AttachOptions = {}) {
      const it = compose('addFileAttachmentFromBase64Async');
      need('1.8', 'addFileAttachmentFromBase64Async');
      // The 25 MB guard: refuse before converting or calling Outlook.
      if (bytes.length > MAX_ATTACHMENT_BYTES || base64Length(bytes.length) > MAX_ATTACHMENT_BASE64_CHARS)
        throw new MailboxError(
          'too-large',
          MAILBOX_MESSAGES['too-large'],
          'addFileAttachmentFromBase64Async',
        );
      const base64 = await toBase64Chunked(bytes, {
        ...(opts.yieldFn ? { yieldFn: opts.yieldFn } : {}),
        ...(attachOpts.onProgress ? { onProgress: attachOpts.onProgress } : {}),
      });
      const timeout = queue.timeoutMs + Math.ceil(base64.length / 1_048_576) * (opts.attachMsPerMB ?? 3_000);
      return queue.call<string>(
        'addFileAttachmentFromBase64Async',
        (cb) => it.addFileAttachmentFromBase64Async(base64, name, cb),
        timeout,
      );
    },

    async removeAttachment(id) {
      const it = compose('removeAttachmentAsync');
      await queue.call<void>('removeAttachmentAsync', (cb) => it.removeAttachmentAsync(id, cb));
    },

    async readAttachment(id) {
      const it = any('getAttachmentContentAsync');
      need('1.8', 'getAttachmentContentAsync');
      const content = await queue
        .call<Office.AttachmentContent>(
          'getAttachmentContentAsync',
          (cb) => it.getAttachmentContentAsync(id, cb),
          queue.timeoutMs * 4,
        )
        .catch((e: unknown) => {
          // office-js#6581: classic Outlook answers 5001 for files attached through "Send to > Mail
          // recipient"; say what the officer can do instead of "internal error".
          if (e instanceof MailboxError && e.officeCode === 5001)
            throw new MailboxError(
              'attachment-unreadable',
              MAILBOX_MESSAGES['attachment-unreadable'],
              'getAttachmentContentAsync',
              5001,
            );
          throw e;
        });
      const format = String(content.format).toLowerCase();
      if (format === 'url')
        throw new MailboxError(
          'cloud-attachment',
          MAILBOX_MESSAGES['cloud-attachment'],
          'getAttachmentContentAsync',
        );
      if (format !== 'base64')
        throw new MailboxError(
          'office',
          MAILBOX_MESSAGES.office,
          'getAttachmentContentAsync',
          String(content.format),
        );
      return fromBase64(content.content);
    },

    async notify(key, type: NoticeType, message) {
      const it = any('notificationMessages.replaceAsync');
      const text = message.length > NOTICE_MAX ? `${message.slice(0, NOTICE_MAX - 1)}…` : message;
      const details = (
        type === 'error'
          ? { type: 'errorMessage', message: text }
          : { type: 'informationalMessage', message: text, icon: 'Icon.16x16', persistent: false }
      ) as Office.NotificationMessageDetails;
      await queue.call<void>('notificationMessages.replaceAsync', (cb) =>
        it.notificationMessages.replaceAsync(key, details, cb),
      );
    },

    displayNewMessage(message: NewMessage) {
      need('1.6', 'displayNewMessageForm');
      mailbox.displayNewMessageForm({
        toRecipients: message.to,
        ...(message.cc?.length ? { ccRecipients: message.cc } : {}),
        subject: message.subject.slice(0, SUBJECT_MAX),
        ...(message.body !== undefined ? { htmlBody: textToHtml(message.body) } : {}),
      });
    },

    async loadState() {
      const it = compose('loadState');
      if (it.sessionData && requirements.isSetSupported('Mailbox', '1.11')) {
        const sd = it.sessionData;
        try {
          const text = await queue.call<string>('sessionData.getAsync', (cb) => sd.getAsync(STATE_KEY, cb));
          const s = parseState(text);
          if (s) return s;
        } catch (e) {
          // A missing key is an error in Outlook: fall through to the custom properties.
          if (e instanceof MailboxError && e.code === 'timeout') throw e;
        }
      }
      const props = await queue.call<CustomPropertiesSurface>('loadCustomPropertiesAsync', (cb) =>
        it.loadCustomPropertiesAsync(cb),
      );
      return parseState(props.get(STATE_KEY));
    },

    async saveState(state) {
      const it = compose('saveState');
      const text = JSON.stringify(state);
      if (it.sessionData && requirements.isSetSupported('Mailbox', '1.11')) {
        const sd = it.sessionData;
        await queue.call<void>('sessionData.setAsync', (cb) => sd.setAsync(STATE_KEY, text, cb));
        return;
      }
      const props = await queue.call<CustomPropertiesSurface>('loadCustomPropertiesAsync', (cb) =>
        it.loadCustomPropertiesAsync(cb),
      );
      props.set(STATE_KEY, text);
      await queue.call<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb));
    },
  };
  return adapter;
}

/** The adapter over Office's own mailbox (call after `Office.onReady`). */
export function officeMailbox(opts: MailboxAdapterOptions = {}): MailboxAdapter & { queue: CallQueue } {
  const mailbox: MailboxSurface = Office.context.mailbox;
  const platform = Office.context.platform ? String(Office.context.platform) : null;
  return createMailboxAdapter(mailbox, Office.context.requirements, { platform, ...opts });
}

// The compiler proves Office's objects satisfy the surfaces (an error here means they drifted).
type Assert<T extends true> = T;
export type ProvedSurfaces = Assert<
  Office.MessageCompose extends ComposeItemSurface
    ? Office.MessageRead extends ReadItemSurface
      ? Office.Mailbox extends MailboxSurface
        ? true
        : false
      : false
    : false
>;
