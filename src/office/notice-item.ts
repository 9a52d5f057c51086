/**
 * The open (read-mode) mail as a completion notice's subject, sender and plain text: the only
 * Office.js this feature needs. `item.body.getAsync('text')` works for clear-signed S/MIME
 * (multipart/signed); an opaque-signed or encrypted notice gives no text (docs/notice.md).
 */
import type { NoticeText } from '../mail/notice';

const BODY_TIMEOUT_MS = 10_000;

interface ReadItemLike {
  subject?: unknown;
  from?: { emailAddress?: string } | null;
  body?: {
    getAsync?(
      coercion: string,
      callback: (r: { status: string; value?: string; error?: { message?: string } }) => void,
    ): void;
  };
}

/** The open item's subject and sender (no body read); null outside a read-mode mail. */
export function openItemHeader(): { subject: string; from: string } | null {
  const item = (globalThis as { Office?: typeof Office }).Office?.context?.mailbox?.item as
    | ReadItemLike
    | null
    | undefined;
  if (!item || typeof item.subject !== 'string') return null;
  return { subject: item.subject, from: item.from?.emailAddress ?? '' };
}

/** The open item's text body ('' when Outlook gives none), within a time limit. */
export async function openItemNotice(): Promise<NoticeText | null> {
  const header = openItemHeader();
  if (!header) return null;
  const item = (globalThis as { Office?: typeof Office }).Office?.context?.mailbox?.item as ReadItemLike;
  const getAsync = item.body?.getAsync?.bind(item.body);
  if (!getAsync) return { ...header, text: '' };
  const text = await new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve(''), BODY_TIMEOUT_MS);
    try {
      getAsync('text', (r) => {
        clearTimeout(timer);
        resolve(r.status === 'succeeded' && typeof r.value === 'string' ? r.value : '');
      });
    } catch {
      clearTimeout(timer);
      resolve('');
    }
  });
  return { ...header, text };
}
