/**
 * Gazetteer geometry: structural validity (GeoJSON shape, finite positions, closed rings, no
 * self-intersection), `from` pointers into the context basemap, and the inside-Yangpu check.
 * All positions are WGS-84 `[lng, lat]`.
 */
import { area, booleanPointInPolygon, buffer, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

import type { GeometrySource } from '../data/types.ts';
import type { PlaceSource } from '../data/source-schema.ts';
import type { Issue, Reporter } from '../data/issues.ts';
import { isObj } from './schema.ts';
import type { SourceSet } from './read-sources.ts';
import { findSelfIntersection } from './self-intersection.ts';

type Pos = [number, number];
const DEPTH: Record<string, number> = { Point: 0, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
/** Name of Yangpu's feature in `context/districts.geojson`. */
export const YANGPU_NAME = '杨浦区';
export const DISTRICTS_FILE = 'context/districts.geojson';
/** Smallest area a polygon may have (m²): less is a line drawn as a polygon, or a typo. */
export const MIN_AREA_M2 = 1;
/**
 * Where a `leavesDistrict` place may go: Shanghai and a margin, [west, south, east, north]. A
 * metro line or a river tunnel leaves Yangpu, but not the city.
 */
export const SHANGHAI_REGION: [number, number, number, number] = [120.85, 30.65, 122.2, 31.9];
/** Tolerance around the district boundary, for riverside features (metres). */
export const YANGPU_BUFFER_M = 300;

/** Yangpu's outline, as given and buffered by {@link YANGPU_BUFFER_M}. */
export interface DistrictArea {
  outline: Feature<Polygon | MultiPolygon>;
  buffered: Feature<Polygon | MultiPolygon>;
}

/**
 * Finds Yangpu in the districts layer (`properties.name === '杨浦区'`) and buffers it.
 *
 * @returns the area, or `undefined` with an issue on `context/districts.geojson`
 */
export function findYangpu(sources: SourceSet, issues: Issue[]): DistrictArea | undefined {
  if (!sources.has(DISTRICTS_FILE)) {
    issues.push({ file: DISTRICTS_FILE, message: 'file not found; needed for the inside-Yangpu check' });
    return undefined;
  }
  const fc = sources.json(DISTRICTS_FILE, issues);
  if (fc === undefined) return undefined;
  const f = featuresOf(fc).find((x) => x.properties?.name === YANGPU_NAME);
  const t = f?.geometry?.type;
  if (!f || (t !== 'Polygon' && t !== 'MultiPolygon')) {
    issues.push({
      file: DISTRICTS_FILE,
      subject: { kind: 'feature', id: YANGPU_NAME },
      message: `no Polygon/MultiPolygon feature with properties.name "${YANGPU_NAME}"`,
    });
    return undefined;
  }
  const outline = f as Feature<Polygon | MultiPolygon>;
  const buffered = buffer(outline, YANGPU_BUFFER_M, { units: 'meters' }) as Feature<Polygon | MultiPolygon>;
  return { outline, buffered };
}

interface LooseFeature {
  type?: string;
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates: unknown } | null;
}

function featuresOf(fc: unknown): LooseFeature[] {
  return isObj(fc) && Array.isArray(fc.features) ? (fc.features as LooseFeature[]) : [];
}

/**
 * The geometry of a place: its own, or the one its `from` pointer names (several context
 * features with that name are merged into one Multi* geometry).
 *
 * @param r - reporter for the place
 * @returns the raw geometry (not yet checked), or `undefined` after reporting a bad pointer
 */
export function placeGeometry(place: PlaceSource, sources: SourceSet, issues: Issue[], r: Reporter): unknown {
  if (place.geometry) return place.geometry;
  const { file, name } = place.from!;
  if (!sources.has(file)) return void r.add('from.file', `file "${file}" not found`);
  const fc = sources.json(file, issues);
  if (fc === undefined) return undefined; // the file's own problem is reported where it is read: one cause, one message
  const hits = featuresOf(fc).filter((f) => f.properties?.name === name && f.geometry);
  if (hits.length === 0) return void r.add('from.name', `no feature named "${name}" in ${file}`);
  if (hits.length === 1) return hits[0].geometry;
  const kinds = new Set(hits.map((h) => kindOf(h.geometry!.type)));
  if (kinds.size > 1) return void r.add('from.name', `features named "${name}" in ${file} mix geometry kinds`);
  const parts = hits.flatMap((h) =>
    h.geometry!.type.startsWith('Multi') ? (h.geometry!.coordinates as unknown[]) : [h.geometry!.coordinates],
  );
  const type = { area: 'MultiPolygon', line: 'MultiLineString', point: 'MultiPoint' }[[...kinds][0]];
  return { type, coordinates: parts };
}

/** `area` for polygons, `line` for lines, `point` for points. */
export function kindOf(type: string): 'area' | 'line' | 'point' {
  if (type.endsWith('Polygon')) return 'area';
  if (type.endsWith('LineString')) return 'line';
  return 'point';
}

/**
 * Checks a geometry's structure.
 *
 * Cases (field is `geometry…` or `from` for context features):
 * - not an object / unknown type / wrong nesting → error
 * - a position that is not two finite numbers → `coordinate is not a finite number`
 * - latitude beyond ±90 but fine when swapped → `coordinates look swapped (lat, lng)`
 * - a line with fewer than 2 positions, a ring with fewer than 4, a ring not closed → error
 * - a polygon that self-intersects (turf `kinks`) → error with the first crossing
 *
 * @returns the geometry typed, or `undefined` after reporting
 */
export function checkGeometry(g: unknown, field: string, r: Reporter): GeometrySource | undefined {
  if (!isObj(g) || typeof g.type !== 'string' || !(g.type in DEPTH || g.type === 'MultiPoint')) {
    return void r.add(field, `not a GeoJSON Point, LineString, MultiLineString, Polygon or MultiPolygon`);
  }
  const depth = g.type === 'MultiPoint' ? 1 : DEPTH[g.type];
  let ok = true;
  const fail = (f: string, msg: string): void => {
    if (ok) r.add(f, msg); // one message per geometry: the first problem
    ok = false;
  };
  const walk = (v: unknown, d: number, path: string): void => {
    if (!ok) return;
    if (d === 0) return checkPosition(v, path, fail);
    if (!Array.isArray(v) || v.length === 0)
      return fail(path, `expected a non-empty array of ${d > 1 ? 'arrays' : 'positions'}`);
    v.forEach((x, i) => walk(x, d - 1, `${path}[${i}]`));
    if (!ok) return;
    const isRing = (g.type === 'Polygon' && d === 1) || (g.type === 'MultiPolygon' && d === 1);
    const isLine = (g.type === 'LineString' && d === 1) || (g.type === 'MultiLineString' && d === 1);
    if (isLine && v.length < 2) fail(path, 'a line needs at least 2 positions');
    if (isRing) {
      const a = v[0] as Pos;
      const b = v[v.length - 1] as Pos;
      if (v.length < 4) fail(path, 'a ring needs at least 4 positions');
      else if (a[0] !== b[0] || a[1] !== b[1]) fail(path, 'ring is not closed (first and last positions differ)');
    }
  };
  walk(g.coordinates, depth, `${field}.coordinates`);
  if (!ok) return undefined;
  const polys =
    g.type === 'Polygon' ? [g.coordinates as Pos[][]] : g.type === 'MultiPolygon' ? (g.coordinates as Pos[][][]) : [];
  for (const [i, rings] of polys.entries()) {
    const at = g.type === 'Polygon' ? field : `${field}.coordinates[${i}]`;
    const k = findSelfIntersection(rings);
    if (k) return void fail(at, `polygon self-intersects near [${k.map((x) => Number(x.toFixed(6))).join(', ')}]`);
    // Rings that do not cross: a hole is wholly inside its shell or wholly outside it.
    const shell = turfPolygon([rings[0]!]);
    const outside = rings
      .slice(1)
      .findIndex((hole) => !booleanPointInPolygon(hole[0]!, shell, { ignoreBoundary: true }));
    const ringField = (k: number) =>
      g.type === 'Polygon' ? `${field}.coordinates[${k}]` : `${field}.coordinates[${i}][${k}]`;
    if (outside >= 0) return void fail(ringField(outside + 1), "hole lies outside the polygon's outer ring");
    if (area(shell) < MIN_AREA_M2)
      return void fail(
        at,
        `polygon has (almost) no area: ${area(shell).toFixed(2)} m² (are its positions on one line?)`,
      );
  }
  return g as unknown as GeometrySource;
}

function checkPosition(v: unknown, path: string, fail: (f: string, m: string) => void): void {
  if (!Array.isArray(v) || v.length !== 2) return fail(path, 'a position must be [lng, lat]');
  if (!v.every((x) => typeof x === 'number' && Number.isFinite(x)))
    return fail(path, 'coordinate is not a finite number');
  const [lng, lat] = v as Pos;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
    if (Math.abs(lng) <= 90 && Math.abs(lat) <= 180)
      return fail(path, `coordinates look swapped (lat, lng): [${lng}, ${lat}]`);
    return fail(path, `position [${lng}, ${lat}] is outside lng ±180 / lat ±90`);
  }
}

/** Every position of a geometry, flattened. */
export function positionsOf(g: GeometrySource | { type: string; coordinates: unknown }): Pos[] {
  const out: Pos[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v) && typeof v[0] === 'number') out.push(v as Pos);
    else if (Array.isArray(v)) v.forEach(walk);
  };
  walk(g.coordinates);
  return out;
}

/**
 * Checks that a place lies inside Yangpu (buffered {@link YANGPU_BUFFER_M} m), unless
 * `leavesDistrict` is true. Positions that fall inside once swapped are reported as
 * `coordinates look swapped (lat, lng)`.
 */
export function checkInsideYangpu(
  place: PlaceSource,
  g: GeometrySource,
  field: string,
  area: DistrictArea,
  r: Reporter,
): void {
  const pts = positionsOf(g);
  const outside = pts.filter((p) => !booleanPointInPolygon(p, area.buffered));
  if (outside.length === 0) return;
  if (outside.some(([a, b]) => booleanPointInPolygon([b, a], area.buffered))) {
    return r.add(
      field,
      `coordinates look swapped (lat, lng): [${outside[0].join(', ')}] lies inside Yangpu only when swapped`,
    );
  }
  if (place.leavesDistrict === true) {
    const [w, s, e, n] = SHANGHAI_REGION;
    const far = outside.find(([lng, lat]) => lng < w || lng > e || lat < s || lat > n);
    if (far)
      r.add(
        field,
        `leaves the Shanghai region [${SHANGHAI_REGION.join(', ')}] at [${far.join(', ')}]; leavesDistrict allows leaving Yangpu, not Shanghai`,
      );
    return;
  }
  r.add(
    field,
    `lies outside Yangpu (${outside.length} of ${pts.length} positions more than ${YANGPU_BUFFER_M} m outside, e.g. [${outside[0].join(', ')}]); set leavesDistrict: true if it really leaves the district`,
  );
}
