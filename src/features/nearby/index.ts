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
/** How many records the resident's list shows at most: the nearest ones (one query stays fast at any size). */
export const NEARBY_LIMIT = 200;

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
  /** Their bounding boxes [w, s, e, n], aligned with `features`. */
  readonly boxes: readonly (readonly [number, number, number, number])[];
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
  if (kept.length === 0) return { features: kept, boxes, tree: null };
  const tree = new Flatbush(kept.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return { features: kept, boxes, tree };
}

/** Keeps the nearest distance per record, then sorts by distance, then id. */
function collect(candidates: Iterable<NearbyFeature>, point: LngLat, radiusM: number): NearbyHit[] {
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
 * @param limit at most this many records, the nearest (fast at any data size); all when omitted
 * @returns hits `{ id, distanceM }`
 * @example findNearby(index, [121.526, 31.297], 1200) // [{ id: 'huangxing-park', distanceM: 0 }, …]
 */
export function findNearby(index: NearbyIndex, point: LngLat, radiusM: number, limit?: number): NearbyHit[] {
  if (!index.tree || !validQuery(point, radiusM)) return [];
  if (limit !== undefined && limit >= 1) return findNearest(index, point, radiusM, Math.floor(limit));
  const { dLng, dLat } = metresToDegrees((radiusM + RADIUS_TOLERANCE_M) * 1.001, point[1]);
  const ids = index.tree.search(point[0] - dLng, point[1] - dLat, point[0] + dLng, point[1] + dLat);
  return collect(
    ids.map((i) => index.features[i]!),
    point,
    radiusM,
  );
}

/**
 * The `limit` nearest records within the radius, measuring as few features as it can: Flatbush
 * hands out features in order of their box's distance (in degrees); once the `limit`-th record
 * found is nearer than any unseen box can be (box distance × the shorter metres-per-degree at this
 * latitude is a lower bound of the true distance), the rest cannot enter the result.
 * Equal to `findNearbyBruteForce(…).slice(0, limit)`.
 */
function findNearest(index: NearbyIndex, point: LngLat, radiusM: number, limit: number): NearbyHit[] {
  const tree = index.tree!;
  const { dLng, dLat } = metresToDegrees(1, point[1]);
  const metresPerDegree = 1 / Math.max(dLng, dLat); // the shorter of the two scales
  const maxDegrees = ((radiusM + RADIUS_TOLERANCE_M) * 1.001) / metresPerDegree;
  for (let wanted = Math.max(64, limit * 4); ; wanted *= 4) {
    const ids = tree.neighbors(point[0], point[1], wanted, maxDegrees);
    const hits = collect(
      ids.map((i) => index.features[i]!),
      point,
      radiusM,
    );
    if (ids.length < wanted) return hits.slice(0, limit); // every candidate measured
    const [w, s, e, n] = index.boxes[ids[ids.length - 1]!]!;
    const dx = Math.max(w - point[0], point[0] - e, 0);
    const dy = Math.max(s - point[1], point[1] - n, 0);
    const unseenAtLeastM = Math.hypot(dx, dy) * metresPerDegree;
    if (hits.length >= limit && hits[limit - 1]!.distanceM < unseenAtLeastM) return hits.slice(0, limit);
  }
}

/**
 * Same result as {@link findNearby}, computed by measuring every feature. For tests and benchmarks.
 *
 * @param features project features (`properties.id` = record id)
 * @param point the query point `[lng, lat]`
 * @param radiusM radius in metres
 * @returns hits `{ id, distanceM }`, sorted by distance then id
 */
export function findNearbyBruteForce(features: readonly NearbyFeature[], point: LngLat, radiusM: number): NearbyHit[] {
  if (!validQuery(point, radiusM)) return [];
  return collect(features, point, radiusM);
}
