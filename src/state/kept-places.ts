/**
 * Kept places ("watch a place"): stored in this browser's localStorage only, never sent anywhere.
 * Each keeps what the resident last saw inside its circle (a snapshot of the projects'
 * fingerprints, data/versioning.ts), so the next visit can list what changed. Pure helpers; the
 * storage itself is passed in.
 */
import { diffSnapshots, type ProjectChange, type SeenProject } from '../data/versioning';
import { STATUSES } from '../data/types';
import { RADII, type RadiusId } from '../data/radius';

export const KEPT_STORAGE_KEY = 'yangpu-renewal-map.kept-places.v1';
/** More would make the list a chore to read; the oldest is never dropped silently (keep refuses). */
export const MAX_KEPT = 10;

export interface KeptPlace {
  /** `<lng>,<lat>` at 5 decimals: one kept place per point. */
  id: string;
  name: string;
  point: [number, number];
  radius: RadiusId;
  /** The data version when the resident last looked. */
  version: string;
  /** The projects within the circle then. */
  seen: Record<string, SeenProject>;
}

export const keptId = (point: readonly [number, number]) => `${point[0].toFixed(5)},${point[1].toFixed(5)}`;

/**
 * Reads the stored list. Anything unreadable (not JSON, wrong shape, a bad entry) is skipped,
 * never thrown: a broken entry must not break the page.
 */
export function parseKept(text: string | null): KeptPlace[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: KeptPlace[] = [];
  for (const e of raw as Record<string, unknown>[]) {
    const p = e?.point as unknown[];
    if (
      !e ||
      typeof e.name !== 'string' ||
      !Array.isArray(p) ||
      p.length !== 2 ||
      !p.every((n) => typeof n === 'number' && Number.isFinite(n))
    )
      continue;
    const point: [number, number] = [p[0] as number, p[1] as number];
    if (Math.abs(point[0]) > 180 || Math.abs(point[1]) > 90) continue;
    const radius = RADII.some((r) => r.id === e.radius) ? (e.radius as RadiusId) : '15min';
    const seen: Record<string, SeenProject> = {};
    if (e.seen && typeof e.seen === 'object') {
      for (const [id, v] of Object.entries(e.seen as Record<string, Record<string, unknown>>)) {
        if (v && typeof v.f === 'string' && (STATUSES as readonly unknown[]).includes(v.s) && Array.isArray(v.y))
          seen[id] = { f: v.f, s: v.s as SeenProject['s'], y: v.y.filter((y): y is number => typeof y === 'number') };
      }
    }
    if (out.some((k) => k.id === keptId(point))) continue;
    out.push({
      id: keptId(point),
      name: e.name.slice(0, 80),
      point,
      radius,
      version: typeof e.version === 'string' ? e.version : '',
      seen,
    });
  }
  return out.slice(0, MAX_KEPT);
}

export const serializeKept = (list: readonly KeptPlace[]): string => JSON.stringify(list);

/** What changed within a kept place's circle since it was last seen. */
export function keptChanges(place: KeptPlace, now: Readonly<Record<string, SeenProject>>): ProjectChange[] {
  return diffSnapshots(place.seen, now);
}
