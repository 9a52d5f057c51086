/**
 * Where the add-in pages meet the `Office` global: waiting for Office to start (Excel and Outlook) and
 * registering the ribbon's function commands. Nothing outside src/office reads that global.
 */

/** The `Office` global when office.js loaded, else undefined (a plain browser without it). */
function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/**
 * The Office host the page runs in ('Excel'), or null in a plain browser. No timer: inside Office
 * `Office.onReady` can take seconds on a slow machine, and giving up early would turn the pane into
 * the standalone "open a file" screen inside Excel. Outside Office it resolves at once with host null
 * (../shared/notes/office.md "Real clients"); when office.js did not load at all there is no Office
 * global, which is null too.
 */
export async function officeReadyHost(office: Pick<typeof Office, 'onReady'> | undefined = officeGlobal()) {
  if (!office?.onReady) return null;
  const info = await office.onReady();
  return info?.host ? String(info.host) : null;
}

/** What a ribbon function command receives: it must call `completed()` when done. */
export type RibbonEvent = Pick<Office.AddinCommands.Event, 'completed'>;

/** Associates a ribbon function command with its handler once Office is ready (function file). */
export function registerRibbonAction(name: string, handler: (event: RibbonEvent) => unknown) {
  const office = officeGlobal();
  if (!office?.onReady) return;
  void office.onReady(() => {
    office.actions?.associate(name, handler);
  });
}
