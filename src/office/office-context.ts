/**
 * What every pane reads from `Office.context` besides its host's API: the display language and the
 * theme. Undefined outside Office (or before Office is ready), so the callers fall back to the
 * browser's. Part of the rule that only src/office reads the `Office` global.
 */
function context(): typeof Office.context | undefined {
  try {
    return (globalThis as { Office?: typeof Office }).Office?.context;
  } catch {
    return undefined; // Office.context throws outside Office in some office.js versions
  }
}

/** `Office.context.displayLanguage` ('ja-JP', 'en-US', …). */
export function officeDisplayLanguageTag(): string | undefined {
  try {
    return context()?.displayLanguage || undefined;
  } catch {
    return undefined;
  }
}

/** `Office.context.officeTheme.bodyBackgroundColor` ('#262626' in a dark Office). */
export function officeBodyBackground(): string | undefined {
  try {
    return context()?.officeTheme?.bodyBackgroundColor || undefined;
  } catch {
    return undefined;
  }
}

/** `Office.context.platform` ('PC', 'Mac', 'OfficeOnline', …); undefined outside Office. */
export function officePlatform(): string | undefined {
  try {
    const p = context()?.platform;
    return p ? String(p) : undefined;
  } catch {
    return undefined;
  }
}
