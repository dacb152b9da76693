/**
 * The district view of the life circle: over a 500 m grid of Yangpu (the extract has too few
 * residential place points to stand for where people live, so every cell centre inside the district
 * counts as a place of residence), per category, how many cells have a facility within the circle
 * today and how many would with the report's projects added. Pure.
 */
import CheapRuler from 'cheap-ruler';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { distanceToGeometryM, type LngLat } from '../nearby/distance';
import { LIFE_CATEGORIES, lifeCategoryOfProject, type LifeCategory } from './categories';
import { facilitiesWithin, type FacilityIndex } from './life-circle';

/** Grid spacing in metres. */
export const GRID_STEP_M = 500;

/**
 * Centres of a square grid of `stepM` metres over the outline's bounding box, anchored at its
 * south-west corner (half a step in), kept when inside the outline. West→east, then south→north.
 */
export function districtGrid(
  outline: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>,
  stepM = GRID_STEP_M,
): LngLat[] {
  const geom = 'geometry' in outline ? outline.geometry : outline;
  const coords = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates).flat(2);
  const [w, s, e, n] = coords.reduce(
    ([a, b, c, d], p) => [Math.min(a, p[0]!), Math.min(b, p[1]!), Math.max(c, p[0]!), Math.max(d, p[1]!)],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const { kx, ky } = new CheapRuler((s + n) / 2, 'meters');
  const dLat = stepM / ky;
  const dLng = stepM / kx;
  const cells: LngLat[] = [];
  for (let lat = s + dLat / 2; lat < n; lat += dLat) {
    for (let lng = w + dLng / 2; lng < e; lng += dLng)
      if (booleanPointInPolygon([lng, lat], geom)) cells.push([lng, lat]);
  }
  return cells;
}

/** A drawn report project (one feature of the project layers). */
export interface ProjectShape {
  geometry: Geometry | null;
  properties: { id: string; category: string; name_zh: string };
}

export interface CoverageRow {
  cat: LifeCategory;
  /** Cells with an existing facility of the category within the radius. */
  today: number;
  /** Cells covered today or by a report project of the category (any status) within the radius. */
  after: number;
  total: number;
}

/** Per category, how many grid cells are covered today and with the report's projects. */
export function districtCoverage(
  cells: readonly LngLat[],
  index: FacilityIndex,
  radiusM: number,
  projects: readonly ProjectShape[],
): CoverageRow[] {
  return LIFE_CATEGORIES.map((cat) => {
    const shapes = projects.filter(
      (p) => p.geometry && lifeCategoryOfProject(p.properties.category, p.properties.name_zh) === cat,
    );
    let today = 0;
    let after = 0;
    for (const cell of cells) {
      const has = facilitiesWithin(index, cat, cell, radiusM).length > 0;
      if (has) today++;
      if (has || shapes.some((p) => distanceToGeometryM(cell, p.geometry) <= radiusM)) after++;
    }
    return { cat, today, after, total: cells.length };
  });
}
