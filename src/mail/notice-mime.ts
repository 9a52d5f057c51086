/**
 * A saved mail (.eml bytes) as a completion notice: MIME parsed with postal-mime (runs in Node and
 * in browsers; ISO-2022-JP, base64, quoted-printable, multipart/signed). Pure: no Node, no Office.
 */
import PostalMime from 'postal-mime';
import { mailMessages } from './messages';
import { type CompletionNotice, readNotice } from './notice';

export interface ParsedNotice extends CompletionNotice {
  /** The mail is S/MIME signed (multipart/signed or application/pkcs7-mime). Not verified here. */
  signed: boolean;
  /** The Date header, as written. */
  date?: string;
}

/** The bytes are not a mail: no header section at all. */
export class NotAMailError extends Error {
  readonly code = 'input.not-mail';
  readonly text = mailMessages.t('mail.notice.notMail');
  constructor() {
    super('not a mail');
    this.name = 'NotAMailError';
  }
}

/** A header line `Name: value` within the first bytes: the least a mail has. */
function hasHeaderSection(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return (
    /^[!-9;-~]+:[ \t]?\S/m.test(head) &&
    /^(?:from|subject|date|content-type|mime-version|received|message-id):/im.test(head)
  );
}

const SIGNED = /multipart\/signed|application\/(?:x-)?pkcs7-(?:mime|signature)/i;

/** Reads an .eml as a completion notice. Throws NotAMailError when the bytes are not a mail. */
export async function parseNoticeMail(bytes: Uint8Array): Promise<ParsedNotice> {
  if (bytes.length === 0 || !hasHeaderSection(bytes)) throw new NotAMailError();
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { maxNestingDepth: 20 });
  } catch {
    throw new NotAMailError();
  }
  const from = email.from && 'address' in email.from ? (email.from.address ?? '') : '';
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  const signed = SIGNED.test(contentType) || email.attachments.some((a) => SIGNED.test(a.mimeType ?? ''));
  const text = email.text ?? (email.html ? htmlToText(email.html) : '');
  return {
    ...readNotice({ subject: email.subject ?? '', from, text }),
    signed,
    ...(email.date ? { date: email.date } : {}),
  };
}

/** An HTML-only notice as lines of text (block ends and <br> become line breaks). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}
