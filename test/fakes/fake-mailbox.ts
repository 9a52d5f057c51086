/**
 * A typed fake of the Outlook surface the adapter uses (src/office/mailbox-types.ts), with
 * Outlook's semantics: callbacks always asynchronous, at most three calls in flight on the web
 * and new Outlook (the fourth fails, and the violation is recorded), the base64 size limit of
 * addFileAttachmentFromBase64Async, HTML into a text body refused, subject ≤255, ≤100 recipients
 * per call, a live attachment list, cloud attachments unreadable, and calls that can be made to
 * hang (office-js#3614). Per platform (`platform`), as the real clients behave:
 *
 * - web / new Outlook: 25 MB of attachments per message, not per file (notes/office.md "Real
 *   clients"): an attach that would pass it fails with AttachmentSizeExceeded;
 * - sessionData exists from Mailbox 1.11 on every platform (Office.SessionData, "API set: Mailbox
 *   1.11", learn.microsoft.com/javascript/api/outlook/office.sessiondata); a missing key is an
 *   error; pane and send handler see the same item's data;
 * - classic Windows: a file attached through "Send to > Mail recipient" cannot be read
 *   (getAttachmentContentAsync fails with 5001, office-js#6581): `unreadable: true`;
 * - the sizes getAttachmentsAsync reports are Outlook's (`reportedSize`), which need not equal the
 *   file's byte count;
 * - Smart Alerts: `send()` raises OnMessageSend; the handler must call `completed` exactly once;
 *   `errorMessage` and `errorMessageMarkdown` are limited to 500 characters and the Markdown is
 *   only honoured from Mailbox 1.15 (SmartAlertsEventCompletedOptions in @types/office-js).
 * No Node APIs: the browser tests bundle it into the page.
 */
import type {
  Callback,
  ComposeItemSurface,
  CustomPropertiesSurface,
  MailboxSurface,
  OfficeError,
  ReadItemSurface,
  RequirementsSurface,
} from '../../src/office/mailbox-types';

export const BASE64_LIMIT = 34_865_152;
const IN_FLIGHT_LIMIT = 3;
/** Outlook on the web and new Outlook: attachments per message. */
export const MESSAGE_LIMIT_BYTES = 25 * 1024 * 1024;
/** Smart Alerts: errorMessage / errorMessageMarkdown. */
export const SMART_ALERT_MAX = 500;

export type FakePlatform = 'web' | 'new' | 'classic' | 'mac';

export interface FakeAttachment {
  id: string;
  name: string;
  /** base64 content */
  content: string;
  size: number;
  attachmentType: 'file' | 'item' | 'cloud';
  isInline: boolean;
  contentType?: string;
  /** getAttachmentContentAsync fails with 5001 (classic Windows, "Send to > Mail recipient"). */
  unreadable?: boolean;
}

/** What a send handler passed to `event.completed`. */
export interface FakeSendResult {
  allowEvent?: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  sendModeOverride?: string;
}

export interface FakeOptions {
  mode?: 'compose' | 'read';
  /** Default `web`. */
  platform?: FakePlatform;
  /** Highest Mailbox requirement set (e.g. '1.13'). */
  mailboxVersion?: string;
  /** Delay of every callback, ms (0 still means asynchronous). */
  latencyMs?: number;
  bodyType?: 'text' | 'html';
  subject?: string;
  to?: string[];
  from?: string;
  attachments?: Array<{
    name: string;
    bytes?: Uint8Array;
    base64?: string;
    attachmentType?: 'file' | 'item' | 'cloud';
    contentType?: string;
    /** The size getAttachmentsAsync reports (default: the bytes' length). */
    reportedSize?: number;
    unreadable?: boolean;
    isInline?: boolean;
  }>;
}

type Timer = (fn: () => void, ms: number) => unknown;

function b64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Decoded size of a base64 text. */
function decodedSize(base64: string): number {
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - pad;
}

function cmpVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export class FakeOutlook {
  readonly mode: 'compose' | 'read';
  readonly platform: FakePlatform;
  mailboxVersion: string;
  latencyMs: number;
  to: Office.EmailAddressDetails[] = [];
  cc: Office.EmailAddressDetails[] = [];
  bcc: Office.EmailAddressDetails[] = [];
  subject: string;
  body = { type: 'text' as 'text' | 'html', content: '' };
  attachments: FakeAttachment[] = [];
  sessionData = new Map<string, string>();
  customProperties = new Map<string, string>();
  notifications = new Map<string, Office.NotificationMessageDetails>();
  newForms: Office.MessageForm[] = [];
  /** Every call in order: `op` names as Office spells them. */
  log: string[] = [];
  inFlight = 0;
  peakInFlight = 0;
  /** Calls made while three were already in flight. */
  violations: string[] = [];
  private hangs = new Map<string, number>();
  private failures = new Map<string, OfficeError>();
  private nextId = 1;
  private pendingHung: Array<() => void> = [];
  setTimer: Timer = (fn, ms) => setTimeout(fn, ms);
  from?: string;

  constructor(opts: FakeOptions = {}) {
    this.mode = opts.mode ?? 'compose';
    this.platform = opts.platform ?? 'web';
    this.mailboxVersion = opts.mailboxVersion ?? '1.13';
    this.latencyMs = opts.latencyMs ?? 0;
    this.subject = opts.subject ?? '';
    this.body.type = opts.bodyType ?? 'html';
    this.to = (opts.to ?? []).map(
      (e) =>
        ({ emailAddress: e, displayName: e, recipientType: 'externalUser' }) as Office.EmailAddressDetails,
    );
    if (opts.from) this.from = opts.from;
    for (const a of opts.attachments ?? []) {
      const content = a.base64 ?? (a.bytes ? b64(a.bytes) : '');
      this.attachments.push({
        id: `AAMk-${this.nextId++}`,
        name: a.name,
        content,
        size: a.reportedSize ?? a.bytes?.length ?? decodedSize(content),
        attachmentType: a.attachmentType ?? 'file',
        isInline: a.isInline ?? false,
        ...(a.contentType ? { contentType: a.contentType } : {}),
        ...(a.unreadable ? { unreadable: true } : {}),
      });
    }
  }

  /** The next `count` calls of `op` never call back. */
  hang(op: string, count = 1): void {
    this.hangs.set(op, (this.hangs.get(op) ?? 0) + count);
  }

  /** Late callbacks of hung calls arrive now. */
  releaseHung(): void {
    const all = this.pendingHung.splice(0);
    for (const f of all) f();
  }

  /** The next call of `op` fails with this Office error. */
  failNext(op: string, error: Partial<OfficeError> & { name: string }): void {
    this.failures.set(op, { message: error.name, code: 9020, ...error });
  }

  /** Bytes of an attachment by name. */
  attachmentBytes(name: string): Uint8Array | undefined {
    const a = this.attachments.find((x) => x.name === name);
    if (!a) return undefined;
    const bin = atob(a.content);
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  }

  private result<T>(value: T): Office.AsyncResult<T> {
    return {
      status: 'succeeded' as unknown as Office.AsyncResultStatus,
      value,
      error: undefined as unknown as Office.Error,
      asyncContext: undefined,
      diagnostics: undefined,
    };
  }

  private failed<T>(error: OfficeError): Office.AsyncResult<T> {
    return {
      status: 'failed' as unknown as Office.AsyncResultStatus,
      value: undefined as T,
      error: error as Office.Error,
      asyncContext: undefined,
      diagnostics: undefined,
    };
  }

  /** Runs an API call with Outlook's semantics. `work` returns the value or throws an OfficeError. */
  private run<T>(op: string, callback: Callback<T> | undefined, work: () => T): void {
    this.log.push(op);
    if (this.inFlight >= IN_FLIGHT_LIMIT && (this.platform === 'web' || this.platform === 'new')) {
      this.violations.push(op);
      this.setTimer(
        () =>
          callback?.(
            this.failed({
              name: 'TooManyConcurrentCalls',
              message: 'More than 3 calls in flight',
              code: 5001,
            }),
          ),
        this.latencyMs,
      );
      return;
    }
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    const finish = () => {
      this.inFlight--;
      const failure = this.failures.get(op);
      if (failure) {
        this.failures.delete(op);
        callback?.(this.failed(failure));
        return;
      }
      let r: Office.AsyncResult<T>;
      try {
        r = this.result(work());
      } catch (e) {
        r = this.failed(e as OfficeError);
      }
      callback?.(r);
    };
    const hangs = this.hangs.get(op) ?? 0;
    if (hangs > 0) {
      this.hangs.set(op, hangs - 1);
      this.pendingHung.push(finish);
      return;
    }
    this.setTimer(finish, this.latencyMs);
  }

  private recipients(field: 'to' | 'cc' | 'bcc') {
    return {
      getAsync: (cb: Callback<Office.EmailAddressDetails[]>) =>
        this.run(`${field}.getAsync`, cb, () => this[field].map((r) => ({ ...r }))),
      setAsync: (list: Array<string | Office.EmailUser | Office.EmailAddressDetails>, cb: Callback<void>) =>
        this.run(`${field}.setAsync`, cb, () => {
          if (list.length > 100)
            throw { name: 'NumberOfRecipientsExceeded', message: 'Too many recipients', code: 9012 };
          this[field] = list.map((r) => {
            const email =
              typeof r === 'string'
                ? r
                : 'emailAddress' in r
                  ? r.emailAddress
                  : (r as Office.EmailUser).emailAddress;
            return {
              emailAddress: email,
              displayName: email,
              recipientType: 'externalUser',
            } as Office.EmailAddressDetails;
          });
        }),
    };
  }

  private get composeItem(): ComposeItemSurface {
    const props: CustomPropertiesSurface = {
      get: (n) => this.customProperties.get(n),
      set: (n, v) => {
        staged.set(n, v);
      },
      saveAsync: (cb) =>
        this.run('customProperties.saveAsync', cb, () => {
          for (const [k, v] of staged) this.customProperties.set(k, v);
        }),
    };
    const staged = new Map<string, string>();
    const item: ComposeItemSurface = {
      to: this.recipients('to'),
      cc: this.recipients('cc'),
      bcc: this.recipients('bcc'),
      subject: {
        getAsync: (cb) => this.run('subject.getAsync', cb, () => this.subject),
        setAsync: (s, cb) =>
          this.run('subject.setAsync', cb, () => {
            if (s.length > 255)
              throw { name: 'DataExceedsMaximumSize', message: 'Subject too long', code: 9035 };
            this.subject = s;
          }),
      },
      body: {
        getTypeAsync: (cb) =>
          this.run('body.getTypeAsync', cb, () => this.body.type as unknown as Office.CoercionType),
        setAsync: (data, options, cb) =>
          this.run('body.setAsync', cb, () => {
            const t = String(options.coercionType ?? 'text').toLowerCase();
            if (t === 'html' && this.body.type === 'text')
              throw { name: 'InvalidFormatError', message: 'HTML into a text body', code: 2006 };
            this.body.content = data;
          }),
      },
      notificationMessages: {
        replaceAsync: (key, message, cb) =>
          this.run('notificationMessages.replaceAsync', cb, () => {
            if (message.message.length > 150)
              throw { name: 'DataExceedsMaximumSize', message: 'Notification too long', code: 9035 };
            this.notifications.set(key, message);
          }),
      },
      addFileAttachmentFromBase64Async: (base64, name, cb) =>
        this.run('addFileAttachmentFromBase64Async', cb, () => {
          if (base64.length > BASE64_LIMIT)
            throw { name: 'AttachmentSizeExceeded', message: 'The attachment is too large', code: 9000 };
          if (!name) throw { name: 'InvalidAttachmentPath', message: 'No name', code: 9004 };
          if (base64.startsWith('data:'))
            throw { name: 'InvalidParameterValueError', message: 'Data URL', code: 9035 };
          const total = this.attachments.reduce((n, a) => n + a.size, 0) + decodedSize(base64);
          if ((this.platform === 'web' || this.platform === 'new') && total > MESSAGE_LIMIT_BYTES)
            throw { name: 'AttachmentSizeExceeded', message: 'The message is too large', code: 9000 };
          const id = `AAMk-${this.nextId++}`;
          this.attachments.push({
            id,
            name,
            content: base64,
            size: decodedSize(base64),
            attachmentType: 'file',
            isInline: false,
          });
          return id;
        }),
      getAttachmentsAsync: (cb) =>
        this.run('getAttachmentsAsync', cb, () =>
          this.attachments.map(
            (a) =>
              ({
                id: a.id,
                name: a.name,
                size: a.size,
                attachmentType: a.attachmentType,
                isInline: a.isInline,
              }) as unknown as Office.AttachmentDetailsCompose,
          ),
        ),
      removeAttachmentAsync: (id, cb) =>
        this.run('removeAttachmentAsync', cb, () => {
          const i = this.attachments.findIndex((a) => a.id === id);
          if (i < 0) throw { name: 'InvalidAttachmentId', message: 'No such attachment', code: 9003 };
          this.attachments.splice(i, 1);
        }),
      getAttachmentContentAsync: (id, cb) =>
        this.run('getAttachmentContentAsync', cb, () => this.content(id)),
      loadCustomPropertiesAsync: (cb) => this.run('loadCustomPropertiesAsync', cb, () => props),
    };
    if (cmpVersion(this.mailboxVersion, '1.11') >= 0)
      item.sessionData = {
        getAsync: (name, cb) =>
          this.run('sessionData.getAsync', cb, () => {
            const v = this.sessionData.get(name);
            if (v === undefined) throw { name: 'GenericResponseError', message: 'Key not found', code: 9020 };
            return v;
          }),
        setAsync: (name, value, cb) =>
          this.run('sessionData.setAsync', cb, () => {
            this.sessionData.set(name, value);
          }),
      };
    return item;
  }

  private content(id: string): Office.AttachmentContent {
    const a = this.attachments.find((x) => x.id === id);
    if (!a) throw { name: 'InvalidAttachmentId', message: 'No such attachment', code: 9003 };
    // office-js#6581: classic Outlook, files attached through "Send to > Mail recipient".
    if (a.unreadable)
      throw { name: 'GenericResponseError', message: 'An internal error has occurred.', code: 5001 };
    if (a.attachmentType === 'cloud')
      return {
        format: 'url',
        content: `https://example.invalid/${a.name}`,
      } as unknown as Office.AttachmentContent;
    return { format: 'base64', content: a.content } as unknown as Office.AttachmentContent;
  }

  private get readItem(): ReadItemSurface {
    return {
      subject: this.subject,
      attachments: this.attachments.map(
        (a) =>
          ({
            id: a.id,
            name: a.name,
            size: a.size,
            attachmentType: a.attachmentType,
            isInline: a.isInline,
            contentType: a.contentType ?? '',
          }) as unknown as Office.AttachmentDetails,
      ),
      ...(this.from
        ? { from: { emailAddress: this.from, displayName: this.from } as Office.EmailAddressDetails }
        : {}),
      notificationMessages: {
        replaceAsync: (key, message, cb) =>
          this.run('notificationMessages.replaceAsync', cb, () => {
            this.notifications.set(key, message);
          }),
      },
      getAttachmentContentAsync: (id, cb) =>
        this.run('getAttachmentContentAsync', cb, () => this.content(id)),
    };
  }

  /** What `Office.context.mailbox` would be. The item object is built once. */
  readonly mailbox: MailboxSurface = (() => {
    let item: ComposeItemSurface | ReadItemSurface | undefined;
    const self = this;
    return {
      get item() {
        item ??= self.mode === 'compose' ? self.composeItem : self.readItem;
        return item;
      },
      displayNewMessageForm: (form: Office.MessageForm) => {
        self.log.push('displayNewMessageForm');
        self.newForms.push(form);
      },
    };
  })();

  /** `Office.context.platform` as each client reports it (Office.PlatformType). */
  get officePlatform(): string {
    return { web: 'OfficeOnline', new: 'OfficeOnline', classic: 'PC', mac: 'Mac' }[this.platform];
  }

  /** Every `completed` call of every send, in order (a correct handler makes one per send). */
  completions: FakeSendResult[] = [];
  /** Problems with what a handler passed (too long, Markdown below 1.15, completed twice). */
  sendViolations: string[] = [];

  /**
   * Raises OnMessageSend: resolves with what the handler passed to `completed` (the first call),
   * and records violations. Outlook waits for `completed`; `timeoutMs` stands for its own limit.
   */
  send(
    handler: (event: { completed(o?: FakeSendResult): void }) => void,
    timeoutMs = 5000,
  ): Promise<FakeSendResult> {
    return new Promise((resolve, reject) => {
      let calls = 0;
      const timer = setTimeout(
        () => reject(new Error('the handler never called event.completed')),
        timeoutMs,
      );
      handler({
        completed: (o = {}) => {
          calls++;
          this.completions.push(o);
          if (calls > 1) this.sendViolations.push('completed called twice');
          for (const k of ['errorMessage', 'errorMessageMarkdown'] as const)
            if ((o[k]?.length ?? 0) > SMART_ALERT_MAX)
              this.sendViolations.push(`${k} over ${SMART_ALERT_MAX}`);
          if (o.errorMessageMarkdown !== undefined && cmpVersion(this.mailboxVersion, '1.15') < 0)
            this.sendViolations.push('errorMessageMarkdown below Mailbox 1.15');
          clearTimeout(timer);
          resolve(o);
        },
      });
    });
  }

  readonly requirements: RequirementsSurface = {
    isSetSupported: (name, version) =>
      name === 'Mailbox' && cmpVersion(this.mailboxVersion, version ?? '1.1') >= 0,
  };
}
