/**
 * The 15-minute life circle of a place: per category, the nearest existing facility (OSM), how
 * many lie within the circle, and which report projects within it add to the category. Pure.
 *
 * Distances are straight-line metres (the same metric as the nearby list, `distanceToGeometryM`);
 * walking time is derived from them with the nearby tab's stated assumptions (radius.ts).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Names, ProjectRecord, Status } from '../../data/types';
import { distanceToGeometryM, metresToDegrees, type LngLat } from '../nearby/distance';
import { LIFE_CATEGORIES, lifeCategoryOfProject, type LifeCategory } from './categories';

/** One existing facility, from `context/facilities.geojson`. */
export interface Facility {
  name: string;
  cat: LifeCategory;
  fclass: string;
  /** `n<id>` an OSM node, `a<id>` a Geofabrik area (way or relation). */
  osm: string;
  at: [number, number];
}

/** Facilities grouped by category (build once per load). */
export type FacilityIndex = Readonly<Record<LifeCategory, readonly Facility[]>>;

/**
 * Reads `facilities.geojson`; features that are not a point with a known category are skipped.
 *
 * @returns the facilities, in file order
 */
export function parseFacilities(fc: unknown): Facility[] {
  const features = (fc as FeatureCollection<Point> | null)?.features;
  if (!Array.isArray(features)) return [];
  const out: Facility[] = [];
  for (const f of features) {
    const p = f?.properties as Record<string, unknown> | null;
    const c = f?.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!p || !c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) continue;
    if (!(LIFE_CATEGORIES as readonly unknown[]).includes(p.cat)) continue;
    out.push({
      name: String(p.name ?? ''),
      cat: p.cat as LifeCategory,
      fclass: String(p.fclass ?? ''),
      osm: String(p.osm ?? ''),
      at: [c[0]!, c[1]!],
    });
  }
  return out;
}

/** Groups facilities by category. */
export function buildFacilityIndex(facilities: readonly Facility[]): FacilityIndex {
  const index = Object.fromEntries(LIFE_CATEGORIES.map((c) => [c, [] as Facility[]])) as Record<
    LifeCategory,
    Facility[]
  >;
  for (const f of facilities) index[f.cat].push(f);
  return index;
}

export interface FacilityHit {
  facility: Facility;
  distanceM: number;
}

const dist = (point: LngLat, f: Facility) => distanceToGeometryM(point, { type: 'Point', coordinates: f.at });
const byDistance = (a: FacilityHit, b: FacilityHit) =>
  a.distanceM - b.distanceM || (a.facility.osm < b.facility.osm ? -1 : a.facility.osm > b.facility.osm ? 1 : 0);

/**
 * The facilities of a category within `radiusM` metres of a point, nearest first (ties by OSM id).
 * A box test in degrees skips the far ones before measuring.
 */
export function facilitiesWithin(
  index: FacilityIndex,
  cat: LifeCategory,
  point: LngLat,
  radiusM: number,
): FacilityHit[] {
  if (!(radiusM >= 0)) return [];
  const { dLng, dLat } = metresToDegrees(radiusM * 1.001 + 1, point[1]);
  const hits: FacilityHit[] = [];
  for (const f of index[cat]) {
    if (Math.abs(f.at[0] - point[0]) > dLng || Math.abs(f.at[1] - point[1]) > dLat) continue;
    const d = dist(point, f);
    if (d <= radiusM) hits.push({ facility: f, distanceM: d });
  }
  return hits.sort(byDistance);
}

/** The nearest facility of a category at any distance, or null when the category has none. */
export function nearestFacility(index: FacilityIndex, cat: LifeCategory, point: LngLat): FacilityHit | null {
  let best: FacilityHit | null = null;
  for (const f of index[cat]) {
    const hit = { facility: f, distanceM: dist(point, f) };
    if (!best || byDistance(hit, best) < 0) best = hit;
  }
  return best;
}

/** A report project near the place, as the card lists it. */
export interface ProjectNear {
  id: string;
  name: Names;
  status: Status;
  years: number[];
  distanceM: number;
}

export interface LifeCircleRow {
  cat: LifeCategory;
  nearest: FacilityHit | null;
  /** Existing facilities within the circle. */
  count: number;
  /** Report projects within the circle that add to this category, nearest first. */
  additions: ProjectNear[];
  /** With no facility within the circle: the nearest report project beyond it, if any was given. */
  plannedBeyond: ProjectNear | null;
}

/**
 * The card's rows, one per category in {@link LIFE_CATEGORIES} order.
 *
 * @param projects report projects near the place with their distance (from the nearby index,
 *   unfiltered; those beyond `radiusM` only feed `plannedBeyond`)
 */
export function lifeCircle(
  index: FacilityIndex,
  point: LngLat,
  radiusM: number,
  projects: readonly {
    record: Pick<ProjectRecord, 'id' | 'name' | 'status' | 'years' | 'category'>;
    distanceM: number;
  }[],
): LifeCircleRow[] {
  const near = [...projects].sort((a, b) => a.distanceM - b.distanceM || (a.record.id < b.record.id ? -1 : 1));
  return LIFE_CATEGORIES.map((cat) => {
    const mine = near
      .filter((p) => lifeCategoryOfProject(p.record.category, p.record.name.zh) === cat)
      .map((p) => ({
        id: p.record.id,
        name: p.record.name,
        status: p.record.status,
        years: p.record.years,
        distanceM: p.distanceM,
      }));
    const count = facilitiesWithin(index, cat, point, radiusM).length;
    const additions = mine.filter((p) => p.distanceM <= radiusM);
    const beyond = count === 0 && additions.length === 0 ? (mine.find((p) => p.distanceM > radiusM) ?? null) : null;
    return { cat, nearest: nearestFacility(index, cat, point), count, additions, plannedBeyond: beyond };
  });
}
