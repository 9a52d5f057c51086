/**
 * Which mailbox the Outlook panes talk to: Office's (inside Outlook), or none (standalone: files
 * can be checked, nothing is sent). Standalone only when office.js says there is no host (outside
 * Office `Office.onReady` resolves with host null) or is not loaded at all; never on a timer, since
 * Outlook can take seconds to start an add-in and a timer would turn a slow start into the
 * standalone pane. Part of the rule that only src/office reads the `Office` global.
 */
import { officeReadyHost } from './excel-runtime';
import { type MailboxAdapter, officeMailbox } from './mailbox';

export async function paneMailbox(): Promise<MailboxAdapter | null> {
  const host = await officeReadyHost().catch(() => null);
  return host === 'Outlook' ? officeMailbox() : null;
}
