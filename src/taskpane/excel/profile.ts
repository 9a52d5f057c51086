/**
 * Where the institution profile (spec/form.md §4) is kept for the user, across workbooks.
 *
 * Decision: `localStorage` of the add-in's origin. Excel has no per-user roaming settings
 * (`roamingSettings` is Outlook-only) and `Office.context.document.settings` belongs to one
 * workbook. localStorage is per user and per machine; in Excel on the web browsers partition it by
 * the top-level site, so the web and the desktop keep separate copies (the pane says where it is
 * kept). It is never used to pass data between add-in frames. When storage is unavailable (privacy
 * mode), the profile lives for the session only.
 */
import type { Profile } from '../../form/types';

export const PROFILE_KEY = 'upki-revoke.profile.v1';

export interface ProfileStore {
  load(): Profile;
  save(profile: Profile): void;
}

export function localProfileStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = safeLocalStorage(),
): ProfileStore {
  let memory: Profile = {};
  return {
    load() {
      try {
        const raw = storage?.getItem(PROFILE_KEY);
        return raw ? cleanProfile(JSON.parse(raw)) : memory;
      } catch {
        return memory;
      }
    },
    save(profile) {
      memory = cleanProfile(profile);
      try {
        storage?.setItem(PROFILE_KEY, JSON.stringify(memory));
      } catch {
        // kept in memory only
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Drops empty strings and unknown keys, so that only filled-in items are compared. */
export function cleanProfile(input: unknown): Profile {
  const p = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  const out: Profile = {};
  for (const k of ['institutionName', 'address', 'organization', 'locality', 'state'] as const) {
    const v = str(p[k]);
    if (v) out[k] = v;
  }
  const extra = Array.isArray(p.extraEntityPrefixes)
    ? p.extraEntityPrefixes.map(str).filter((x): x is string => !!x)
    : [];
  if (extra.length) out.extraEntityPrefixes = extra;
  const o = (p.officer && typeof p.officer === 'object' ? p.officer : {}) as Record<string, unknown>;
  const officer: NonNullable<Profile['officer']> = {};
  for (const k of ['name', 'email', 'phone', 'department'] as const) {
    const v = str(o[k]);
    if (v) officer[k] = v;
  }
  if (Object.keys(officer).length) out.officer = officer;
  return out;
}
