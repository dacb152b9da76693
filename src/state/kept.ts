import { createSignal } from 'solid-js';
import { snapshot } from '../data/versioning';
import type { ProjectRecord } from '../data/types';
import { KEPT_STORAGE_KEY, MAX_KEPT, keptId, parseKept, serializeKept, type KeptPlace } from './kept-places';
import type { RadiusId } from '../data/radius';

type Records = readonly Pick<ProjectRecord, 'id' | 'status' | 'years' | 'fingerprint'>[];

/** localStorage, or nothing when the browser refuses it (private mode, blocked storage). */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The resident's kept places, in this browser only. `keep` and `markSeen` record the projects
 * within the circle now; `remove` forgets a place. Writes go straight to localStorage.
 */
export function createKeptPlaces(storage: Storage | null = safeStorage()) {
  const read = () => {
    try {
      return parseKept(storage?.getItem(KEPT_STORAGE_KEY) ?? null);
    } catch {
      return [];
    }
  };
  const [list, setList] = createSignal<KeptPlace[]>(read());
  const save = (next: KeptPlace[]) => {
    setList(next);
    try {
      storage?.setItem(KEPT_STORAGE_KEY, serializeKept(next));
    } catch {
      // storage full or refused: the list still works for this visit
    }
  };
  return {
    list,
    /** False when the list is full. */
    keep(name: string, point: [number, number], radius: RadiusId, version: string, around: Records): boolean {
      const id = keptId(point);
      const rest = list().filter((k) => k.id !== id);
      if (rest.length >= MAX_KEPT) return false;
      save([...rest, { id, name, point, radius, version, seen: snapshot(around) }]);
      return true;
    },
    remove(id: string) {
      save(list().filter((k) => k.id !== id));
    },
    markSeen(id: string, version: string, around: Records) {
      save(list().map((k) => (k.id === id ? { ...k, version, seen: snapshot(around) } : k)));
    },
  };
}

export type KeptPlaces = ReturnType<typeof createKeptPlaces>;

let shared: KeptPlaces | undefined;
/** The one list of kept places of this page (created on first use, read from localStorage). */
export function keptPlaces(): KeptPlaces {
  shared ??= createKeptPlaces();
  return shared;
}
