/**
 * The Office side of the send check (Outlook's OnMessageSend event runtimes): the only place that
 * reads the `Office` global for it. src/commands/onsend.ts decides; this hands it the mailbox and
 * registers the handler. Keep it ES2016-friendly after transpiling: the classic Windows runtime
 * loads the shipped file (see test/commands/onsend-bundle.test.ts).
 */

/** The mailbox and requirement sets of the running event, or null outside Outlook. */
export function sendRuntime(): {
  mailbox: Office.Mailbox;
  requirements: Office.RequirementSetSupport;
} | null {
  if (typeof Office === 'undefined' || !Office.context || !Office.context.mailbox) return null;
  return { mailbox: Office.context.mailbox, requirements: Office.context.requirements };
}

/** `Office.actions.associate` at load, as the event runtimes expect; a no-op outside Office. */
export function associateAction<E>(name: string, handler: (event: E) => void): void {
  if (typeof Office !== 'undefined' && Office.actions) Office.actions.associate(name, handler);
}
