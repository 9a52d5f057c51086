/**
 * Which mailbox the Outlook panes talk to: Office's (inside Outlook), or none (standalone: files
 * can be checked, nothing is sent).
 */
import { type MailboxAdapter, officeMailbox } from '../../office/mailbox';

/** How long to wait for office.js before running standalone. */
const OFFICE_WAIT_MS = 4000;

export async function officeHost(): Promise<string | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_WAIT_MS));
  const ready = office.onReady().then((info) => (info?.host ? String(info.host) : null));
  return Promise.race([ready, timeout]).catch(() => null);
}

export async function paneMailbox(): Promise<MailboxAdapter | null> {
  const host = await officeHost();
  return host === 'Outlook' ? officeMailbox() : null;
}
