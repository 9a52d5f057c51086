/**
 * The Outlook adapter's interfaces.
 *
 * `MailboxAdapter` is what the panes and the OnMessageSend handler use: small typed promises, no
 * Office types. The `*Surface` interfaces are the exact slice of Office.js the adapter touches;
 * Office's own objects satisfy them (src/office/mailbox.ts passes `Office.context.mailbox` where
 * `MailboxSurface` is expected, so the compiler proves it), and so does the typed fake in
 * test/fakes/fake-mailbox.ts, which keeps Outlook's semantics (async callbacks, at most three
 * calls in flight, size errors, an attachment list).
 */
import type { Bilingual } from '../form/fields';

// ---------------------------------------------------------------------------------------------
// What the panes and the handler see

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface MailRecipient {
  emailAddress: string;
  displayName?: string;
}

export interface MailAttachment {
  id: string;
  name: string;
  /** Bytes as Outlook reports them. */
  size: number;
  /** `file`, `item` (an attached mail) or `cloud` (upload-and-share: content not readable). */
  kind: 'file' | 'item' | 'cloud';
  isInline: boolean;
  contentType?: string;
}

export type BodyType = 'text' | 'html';

/** What the pane and the handler share about the message (small; kept with the item). */
export interface SubmissionState {
  v: 1;
  form?: { name: string; size?: number; errors: number; warnings: number; subject: string };
  pdf?: {
    name: string;
    size?: number;
    verdict: 'valid' | 'untrusted' | 'modified' | 'broken' | 'unsigned' | 'error';
    unknownSigners?: string[];
  };
  identityConfirmed: boolean;
  pdfConfirmed: boolean;
  /** The PDF's text compared with the form by the compose pane (pdf.md "The PDF shows the same form"). */
  pdfForm?: { match: 'same' | 'mismatch' | 'no-text'; missing: string[]; extra: string[] };
}

export interface NewMessage {
  to: string[];
  cc?: string[];
  subject: string;
  /** Plain text; shown with its line breaks. */
  body?: string;
}

export type NoticeType = 'info' | 'error';

export type MailboxMode = 'compose' | 'read' | 'none';

export interface AttachOptions {
  onProgress?: (done: number, total: number) => void;
}

export interface MailboxAdapter {
  readonly mode: MailboxMode;
  /** `Office.context.requirements.isSetSupported('Mailbox', version)`. */
  supports(version: string): boolean;
  getRecipients(field: RecipientField): Promise<MailRecipient[]>;
  setRecipients(field: RecipientField, recipients: readonly string[]): Promise<void>;
  getSubject(): Promise<string>;
  /** At most 255 characters (Outlook's limit). */
  setSubject(subject: string): Promise<void>;
  getBodyType(): Promise<BodyType>;
  /** Sets the body from plain text, converted to HTML when the body is HTML. */
  setBodyText(text: string): Promise<void>;
  /** Compose: `getAttachmentsAsync` (Mailbox 1.8); read: `item.attachments`. */
  listAttachments(): Promise<MailAttachment[]>;
  /** Attaches the very bytes; refuses over 25 MB before calling Outlook. Returns the id. */
  attachFile(name: string, bytes: Uint8Array, opts?: AttachOptions): Promise<string>;
  removeAttachment(id: string): Promise<void>;
  /** The bytes of an attachment (`getAttachmentContentAsync`, Mailbox 1.8). */
  readAttachment(id: string): Promise<Uint8Array>;
  /** A notification bar on the item (at most 150 characters). */
  notify(key: string, type: NoticeType, message: string): Promise<void>;
  /** Opens a new message form (Mailbox 1.6). */
  displayNewMessage(message: NewMessage): void;
  loadState(): Promise<SubmissionState | null>;
  saveState(state: SubmissionState): Promise<void>;
}

export type MailboxErrorCode =
  | 'timeout'
  | 'too-large'
  | 'too-many-attachments'
  | 'too-many-recipients'
  | 'invalid-recipients'
  | 'attachment-not-found'
  | 'cloud-attachment'
  | 'attachment-failed'
  | 'html-failure'
  | 'item-changed'
  | 'no-item'
  | 'wrong-mode'
  | 'unsupported'
  | 'access-restricted'
  | 'network'
  | 'office';

export class MailboxError extends Error {
  constructor(
    readonly code: MailboxErrorCode,
    readonly text: Bilingual,
    /** The Office call that failed. */
    readonly op?: string,
    /** Office's error code or name, when Office gave one. */
    readonly officeCode?: number | string,
  ) {
    super(`${code}${op ? ` (${op})` : ''}: ${text.en}`);
    this.name = 'MailboxError';
  }
}

// ---------------------------------------------------------------------------------------------
// The slice of Office.js the adapter touches

export interface OfficeError {
  name: string;
  message: string;
  code: number;
}

/** `Office.AsyncResult<T>` as far as the adapter reads it. */
export interface AsyncResultLike<T> {
  status: Office.AsyncResultStatus | 'succeeded' | 'failed';
  value: T;
  error: OfficeError;
}

export type Callback<T> = (result: Office.AsyncResult<T>) => void;

export interface RecipientsSurface {
  getAsync(callback: Callback<Office.EmailAddressDetails[]>): void;
  setAsync(
    recipients: Array<string | Office.EmailUser | Office.EmailAddressDetails>,
    callback: Callback<void>,
  ): void;
}

export interface SubjectSurface {
  getAsync(callback: Callback<string>): void;
  setAsync(subject: string, callback: Callback<void>): void;
}

export interface BodySurface {
  getTypeAsync(callback: Callback<Office.CoercionType>): void;
  setAsync(
    data: string,
    options: Office.AsyncContextOptions & { coercionType?: Office.CoercionType | string },
    callback: Callback<void>,
  ): void;
}

export interface NotificationsSurface {
  replaceAsync(key: string, message: Office.NotificationMessageDetails, callback: Callback<void>): void;
}

export interface SessionDataSurface {
  getAsync(name: string, callback: Callback<string>): void;
  setAsync(name: string, value: string, callback: Callback<void>): void;
}

export interface CustomPropertiesSurface {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: Callback<void>): void;
}

export interface ComposeItemSurface {
  to: RecipientsSurface;
  cc: RecipientsSurface;
  bcc: RecipientsSurface;
  subject: SubjectSurface;
  body: BodySurface;
  notificationMessages: NotificationsSurface;
  sessionData?: SessionDataSurface;
  addFileAttachmentFromBase64Async(
    base64File: string,
    attachmentName: string,
    callback: Callback<string>,
  ): void;
  getAttachmentsAsync(callback: Callback<Office.AttachmentDetailsCompose[]>): void;
  removeAttachmentAsync(attachmentId: string, callback: Callback<void>): void;
  getAttachmentContentAsync(attachmentId: string, callback: Callback<Office.AttachmentContent>): void;
  loadCustomPropertiesAsync(callback: Callback<CustomPropertiesSurface>): void;
}

export interface ReadItemSurface {
  /** In read mode `subject` is a string. */
  subject: string;
  attachments: Office.AttachmentDetails[];
  from?: Office.EmailAddressDetails;
  notificationMessages: NotificationsSurface;
  getAttachmentContentAsync(attachmentId: string, callback: Callback<Office.AttachmentContent>): void;
}

export interface MailboxSurface {
  item?: ComposeItemSurface | ReadItemSurface | null;
  displayNewMessageForm(parameters: Office.MessageForm): void;
}

export interface RequirementsSurface {
  isSetSupported(name: string, minVersion?: string): boolean;
}
