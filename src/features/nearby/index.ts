/**
 * Spatial index for "what is being built near me?": which project records have any part within a
 * radius of a point, nearest first. Pure; no DOM.
 */
import Flatbush from 'flatbush';
import type { Geometry, Position } from 'geojson';
import { distanceToGeometryM, metresToDegrees, type LngLat } from './distance';

/** The part of a project feature the index needs (`ProjectFeatures['features']` items fit). */
export interface NearbyFeature {
  geometry: Geometry | null;
  properties: { id: string };
}

/** One record near the query point. */
export interface NearbyHit {
  /** Record id (`FeatureProps.id`). */
  id: string;
  /** Metres from the query point to the nearest part of the record's nearest feature. */
  distanceM: number;
}

/** Index built by {@link buildNearbyIndex}. Treat as immutable. */
export interface NearbyIndex {
  /** Features with a non-empty geometry, in input order; Flatbush item `i` is `features[i]`. */
  readonly features: readonly NearbyFeature[];
  /** `null` when there are no features (Flatbush cannot hold zero items). */
  readonly tree: Flatbush | null;
}

// Distances within a millimetre of the radius count as "at the radius": absorbs float round-off,
// so a feature placed exactly at the radius is included.
const RADIUS_TOLERANCE_M = 1e-3;

function bboxOf(g: Geometry): [number, number, number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (p: Position): void => {
    const x = p[0]!;
    const y = p[1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  const walk = (geom: Geometry): void => {
    switch (geom.type) {
      case 'Point':
        if (geom.coordinates.length >= 2) visit(geom.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        geom.coordinates.forEach(visit);
        break;
      case 'MultiLineString':
      case 'Polygon':
        for (const l of geom.coordinates) l.forEach(visit);
        break;
      case 'MultiPolygon':
        for (const p of geom.coordinates) for (const r of p) r.forEach(visit);
        break;
      case 'GeometryCollection':
        geom.geometries.forEach(walk);
        break;
    }
  };
  walk(g);
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}

/**
 * Builds a Flatbush index over the features' bounding boxes.
 *
 * - Pass the three layers together: `[...layers.areas.features, ...layers.lines.features, ...layers.points.features]`;
 * - features with a null or empty geometry are skipped;
 * - several features may share a record id (a record drawn as an area and a point): queries keep
 *   the nearest one.
 *
 * @param features project features (`properties.id` = record id), WGS-84
 * @returns an index for {@link findNearby}
 */
export function buildNearbyIndex(features: readonly NearbyFeature[]): NearbyIndex {
  const kept: NearbyFeature[] = [];
  const boxes: [number, number, number, number][] = [];
  for (const f of features) {
    const box = f.geometry ? bboxOf(f.geometry) : null;
    if (!box) continue;
    kept.push(f);
    boxes.push(box);
  }
  if (kept.length === 0) return { features: kept, tree: null };
  const tree = new Flatbush(kept.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return { features: kept, tree };
}

/** Keeps the nearest distance per record, then sorts by distance, then id. */
function collect(
  candidates: Iterable<NearbyFeature>,
  point: LngLat,
  radiusM: number,
): NearbyHit[] {
  const best = new Map<string, number>();
  const limit = radiusM + RADIUS_TOLERANCE_M;
  for (const f of candidates) {
    const d = distanceToGeometryM(point, f.geometry);
    if (!(d <= limit)) continue;
    const id = f.properties.id;
    const prev = best.get(id);
    if (prev === undefined || d < prev) best.set(id, d);
  }
  const hits: NearbyHit[] = [];
  for (const [id, distanceM] of best) hits.push({ id, distanceM });
  hits.sort((a, b) => a.distanceM - b.distanceM || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits;
}

function validQuery(point: LngLat, radiusM: number): boolean {
  return Number.isFinite(point[0]) && Number.isFinite(point[1]) && Number.isFinite(radiusM) && radiusM >= 0;
}

/**
 * Records with any part within `radiusM` metres of `point`, nearest first.
 *
 * - candidates: features whose bounding box meets the lng/lat box of the radius (metres → degrees
 *   at the query latitude, padded by 0.1 % so round-off never drops one); then the exact distance
 *   with {@link distanceToGeometryM};
 * - a feature exactly at the radius is included (tolerance 1 mm);
 * - inside an area the distance is 0;
 * - one hit per record: its nearest feature;
 * - sorted by distance, then id;
 * - a negative, NaN or infinite radius, or a non-finite point, gives `[]`.
 *
 * @param index from {@link buildNearbyIndex}
 * @param point the query point `[lng, lat]`
 * @param radiusM radius in metres
 * @returns hits `{ id, distanceM }`
 * @example findNearby(index, [121.526, 31.297], 1200) // [{ id: 'huangxing-park', distanceM: 0 }, …]
 */
export function findNearby(index: NearbyIndex, point: LngLat, radiusM: number): NearbyHit[] {
  if (!index.tree || !validQuery(point, radiusM)) return [];
  const { dLng, dLat } = metresToDegrees((radiusM + RADIUS_TOLERANCE_M) * 1.001, point[1]);
  const ids = index.tree.search(point[0] - dLng, point[1] - dLat, point[0] + dLng, point[1] + dLat);
  return collect(
    ids.map((i) => index.features[i]!),
    point,
    radiusM,
  );
}

/**
 * Same result as {@link findNearby}, computed by measuring every feature. For tests and benchmarks.
 *
 * @param features project features (`properties.id` = record id)
 * @param point the query point `[lng, lat]`
 * @param radiusM radius in metres
 * @returns hits `{ id, distanceM }`, sorted by distance then id
 */
export function findNearbyBruteForce(
  features: readonly NearbyFeature[],
  point: LngLat,
  radiusM: number,
): NearbyHit[] {
  if (!validQuery(point, radiusM)) return [];
  return collect(features, point, radiusM);
}
