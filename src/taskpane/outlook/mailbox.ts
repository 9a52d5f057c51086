/**
 * Which mailbox the Outlook panes talk to: Office's (inside Outlook), or none (standalone: files
 * can be checked, nothing is sent). Standalone only when office.js says there is no host (outside
 * Office `Office.onReady` resolves with host null) or is not loaded at all; never on a timer, since
 * Outlook can take seconds to start an add-in and a timer would turn a slow start into the
 * standalone pane.
 */
import { type MailboxAdapter, officeMailbox } from '../../office/mailbox';

export async function officeHost(): Promise<string | null> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return null;
  return office
    .onReady()
    .then((info) => (info?.host ? String(info.host) : null))
    .catch(() => null);
}

export async function paneMailbox(): Promise<MailboxAdapter | null> {
  const host = await officeHost();
  return host === 'Outlook' ? officeMailbox() : null;
}
