/**
 * District-scale zones versus projects one walks to. A 17 km² science park or a 16 km renewal
 * axis is not a destination "0 minutes away": a resident lies inside it. Pure; no DOM.
 *
 * District-scale, by the record's own computed geometry (no data flag to keep in step):
 * - an area of at least {@link DISTRICT_SCALE_AREA_M2} (0.9 km²: neighbourhood-sized renewal
 *   units, parks and campuses-plus-surroundings, and up; the report's 1 km² study areas are drawn
 *   as polygons that may lose a little area to their vertices, hence not exactly 1 km²), or
 * - a line of at least {@link DISTRICT_SCALE_LENGTH_KM} (10 km: the renewal axis across the
 *   district; metro lines, rivers and roads, 8 km and shorter, stay walkable destinations).
 */
import type { ProjectRecord } from '../../data/types';

/** Computed area (m²) from which an area record counts as district-scale. */
export const DISTRICT_SCALE_AREA_M2 = 900_000;
/** Computed length (km) from which a line record counts as district-scale. */
export const DISTRICT_SCALE_LENGTH_KM = 10;
/** Below this distance (m) the place lies inside a zone. */
const INSIDE_M = 1;

/** True when the record is a district-scale zone (see the module comment). */
export function isDistrictScale(record: Pick<ProjectRecord, 'areaComputedM2' | 'lengthKm'>): boolean {
  return (record.areaComputedM2 ?? 0) >= DISTRICT_SCALE_AREA_M2 || (record.lengthKm ?? 0) >= DISTRICT_SCALE_LENGTH_KM;
}

/**
 * Splits nearby hits (nearest first) into three lists, each keeping the input order:
 *
 * - `inside`: district-scale zones the place lies inside (distance < 1 m);
 * - `zones`: district-scale zones within the radius that the place is not inside;
 * - `walk`: every other record, the projects one walks to.
 */
export function splitZones<T extends { distanceM: number; record: Pick<ProjectRecord, 'areaComputedM2' | 'lengthKm'> }>(
  hits: readonly T[],
): { inside: T[]; zones: T[]; walk: T[] } {
  const out = { inside: [] as T[], zones: [] as T[], walk: [] as T[] };
  for (const hit of hits) {
    if (!isDistrictScale(hit.record)) out.walk.push(hit);
    else if (hit.distanceM < INSIDE_M) out.inside.push(hit);
    else out.zones.push(hit);
  }
  return out;
}
