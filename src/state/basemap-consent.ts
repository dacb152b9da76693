import type { OnlineBasemapId } from '../data/basemap-ids';

/**
 * Which online basemaps the user has chosen in this browser. A link may name an online basemap,
 * but only the user's own choice (once, remembered here) lets the page contact its host.
 */
export interface BasemapConsent {
  has(id: OnlineBasemapId): boolean;
  remember(id: OnlineBasemapId): void;
}

export const CONSENT_KEY = 'yangpu.basemapConsent';

/** Consent kept in `localStorage`; where storage is unavailable (private mode, blocked) it lasts for the page. */
export function browserConsent(storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): BasemapConsent {
  const read = (): string[] => {
    try {
      const list: unknown = JSON.parse(storage?.getItem(CONSENT_KEY) ?? '[]');
      return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  const chosen = new Set(read());
  return {
    has: (id) => chosen.has(id),
    remember(id) {
      chosen.add(id);
      try {
        storage?.setItem(CONSENT_KEY, JSON.stringify([...chosen].sort()));
      } catch {
        // Storage full or blocked: the choice holds for this page only.
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
