/**
 * Locating gazetteer places against OpenStreetMap: pure matching functions (no file system).
 * A place is matched by its name and aliases against OSM named features of a fitting kind (a
 * school against schools, a hospital against hospitals…); the best match is the one whose name
 * fits best, then the nearest. A match more than {@link SILENT_LIMIT_M} from today's placement is
 * never adopted without a decision written in the place's YAML (`osm.decision` with a `note`).
 */
import { bbox, centroid, distance, lineString, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';

import type { GeometrySource, OsmLink, Precision } from '../data/types.ts';
import type { PlaceSource } from '../data/source-schema.ts';

/** A match this far (metres) or further from today's placement needs a decision in the YAML. */
export const SILENT_LIMIT_M = 500;

/** What a place is, as far as OSM kinds go. */
export type PlaceKind =
  | 'school'
  | 'hospital'
  | 'park'
  | 'museum'
  | 'library'
  | 'sports'
  | 'mall'
  | 'road'
  | 'station'
  | 'heritage'
  | 'water'
  | 'island';

/** The OSM classes (geofabrik `fclass`, or a source's own class) each place kind may match. */
export const KIND_CLASSES: Record<PlaceKind, readonly string[]> = {
  school: ['school', 'kindergarten', 'college', 'university'],
  hospital: ['hospital', 'clinic', 'doctors'],
  park: ['park', 'garden'],
  museum: ['museum', 'arts_centre', 'gallery', 'attraction', 'heritage'],
  library: ['library'],
  sports: ['stadium', 'sports_centre'],
  mall: ['mall', 'department_store'],
  road: ['road'],
  station: ['station'],
  heritage: ['heritage', 'attraction', 'monument', 'memorial'],
  water: ['river', 'stream', 'canal', 'drain'],
  island: ['island'],
};

/** Kinds whose OSM polygon is the real thing (a campus, a park…), so its outline may be adopted. */
export const OUTLINE_KINDS: readonly PlaceKind[] = [
  'school',
  'hospital',
  'park',
  'museum',
  'library',
  'sports',
  'mall',
  'island',
];
/** Kinds whose OSM line is the real thing (a river's centreline), so it may be adopted. */
export const LINE_KINDS: readonly PlaceKind[] = ['water'];

/** Name patterns → kind, first match wins (checked on the place's name, then its aliases). */
const KIND_PATTERNS: [RegExp, PlaceKind][] = [
  [/(医院|卫生服务中心|卫生服务站|康复)/, 'hospital'],
  [/(大学|学院|中学|小学|学校|幼儿园|附幼|附中|附属.*初级中学)$/, 'school'],
  [/(公园|绿地)$/, 'park'],
  [/(博物馆|展示馆|美术馆|艺术馆|纪念馆|展厅)$/, 'museum'],
  [/(图书馆|分馆|滨江馆)$/, 'library'],
  [/(体育场|体育中心|文体中心|体育馆)$/, 'sports'],
  [/(广场|商场)$/, 'mall'],
  [/(路|通道|快速路|大道)$/, 'road'],
  [/站$/, 'station'],
  [/(旧址|码头)$/, 'heritage'],
  [/(河|浦|江)$/, 'water'],
  [/岛$/, 'island'],
];

/**
 * The kind of a place from its name and aliases, or `undefined` when no OSM kind fits (an estate,
 * a renewal area, a parcel: OSM has no named feature of that kind to check against).
 *
 * @example placeKind({ name: '市东医院' }) // 'hospital'
 */
export function placeKind(place: Pick<PlaceSource, 'name' | 'aliases'>): PlaceKind | undefined {
  for (const name of [place.name, ...(place.aliases ?? [])]) {
    const n = normaliseName(name);
    for (const [re, kind] of KIND_PATTERNS) if (re.test(n)) return kind;
  }
  return undefined;
}

/**
 * A name reduced for comparison: NFKC (full-width brackets, letters), no spaces or quotes, no
 * leading 上海市 / 上海 / 杨浦区 / 区, no bracketed part.
 *
 * @example normaliseName('上海市杨浦区市东医院（新江湾院区）') // '市东医院'
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s"'“”‘’·]/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/^(上海市|上海)/, '')
    .replace(/^杨浦区/, '')
    .replace(/^区(?=.{3,})/, '');
}

/**
 * How well an OSM name fits a place name: 2 the same after normalising, 1 the OSM name contains
 * the place's whole name (≥ 4 characters: 上海市杨浦区控江医院 for 控江医院), 0 no fit. The reverse
 * (the place's name containing the OSM name: 市东医院新江湾城院区 and 市东医院) is no fit: a campus or
 * a building is not the institution.
 */
export function nameFit(placeName: string, osmName: string): 0 | 1 | 2 {
  const x = normaliseName(placeName);
  const y = normaliseName(osmName);
  if (x === '' || y === '') return 0;
  if (x === y) return 2;
  return x.length >= 4 && y.includes(x) ? 1 : 0;
}

/** An OSM named feature, reduced to what matching needs. */
export interface OsmFeature {
  /** Stable reference: `<source>:<osm id>`, e.g. `geofabrik-pois-a:41235423`, `heritage:way/123`. */
  ref: string;
  name: string;
  /** Class as in {@link KIND_CLASSES}. */
  cls: string;
  geometry: Geometry;
}

/** A candidate: an OSM feature with its name fit and its distance from today's placement. */
export interface Candidate {
  feature: OsmFeature;
  fit: 1 | 2;
  /** Metres from today's placement to the feature ({@link distanceTo}). */
  distanceM: number;
}

/** The outcome of matching one place. */
export interface Match {
  kind: PlaceKind | undefined;
  best?: Candidate;
  /** Other candidates exactly as good (same fit, distances within {@link TIE_M}); the best is the smallest ref. */
  ties: Candidate[];
  candidates: number;
  /** Every candidate, best first. */
  all: Candidate[];
}

/** Degrees around an OSM line's box within which today's vertices are compared with it (~300 m). */
const BBOX_PAD = 0.003;

/** Two candidates whose distances differ by less than this (metres) are tied. */
export const TIE_M = 1;

/**
 * Metres from today's placement to a feature. To a polygon: from today's centroid to its nearest
 * edge (0 inside). To a line (a road): the median distance from it of today's line's vertices
 * (or today's point) that lie within ~300 m of its box, so a road traced along the wrong street shows its real error while a trace
 * running past the end of OSM's piece does not. Else centroid to centroid.
 */
export function distanceTo(today: GeometrySource | Geometry, g: Geometry): number {
  const from = centreOf(today);
  if (g.type === 'Polygon' || g.type === 'MultiPolygon')
    return Math.max(0, pointToPolygonDistance(from, g as Polygon | MultiPolygon, { units: 'meters' }));
  if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    const all =
      today.type === 'LineString'
        ? today.coordinates
        : today.type === 'MultiLineString'
          ? today.coordinates.flat()
          : [from];
    // Only where OSM has the road: a partial OSM piece says nothing about the rest of today's trace.
    const [w, s, e, n] = bbox(g);
    const near = all.filter(
      ([x, y]) => x >= w - BBOX_PAD && x <= e + BBOX_PAD && y >= s - BBOX_PAD && y <= n + BBOX_PAD,
    );
    const vertices = near.length > 0 ? near : all;
    const toLine = (v: number[]): number =>
      Math.min(...lines.map((l) => pointToLineDistance(v, lineString(l as [number, number][]), { units: 'meters' })));
    const ds = vertices.map((v) => toLine(v as number[])).sort((a, b) => a - b);
    return ds[Math.floor((ds.length - 1) / 2)];
  }
  return distance(from, centroid(g as never).geometry.coordinates, { units: 'meters' });
}

/** The centroid of a gazetteer geometry, `[lng, lat]`. */
export function centreOf(g: GeometrySource | Geometry): [number, number] {
  const c = centroid({ type: 'Feature', properties: {}, geometry: g } as Feature).geometry as Point;
  return c.coordinates as [number, number];
}

/**
 * Matches a place against OSM features: same kind, a name fit by its name or an alias; the
 * best fit wins, then the nearest, then the smallest ref (so ties are deterministic and listed).
 *
 * @param place - name, aliases and today's geometry
 * @param features - every OSM named feature
 */
export function matchPlace(
  place: Pick<PlaceSource, 'name' | 'aliases'>,
  today: GeometrySource | Geometry,
  features: OsmFeature[],
): Match {
  const kind = placeKind(place);
  if (!kind) return { kind, ties: [], candidates: 0, all: [] };
  const classes = KIND_CLASSES[kind];
  const names = [place.name, ...(place.aliases ?? [])];
  const found: Candidate[] = [];
  for (const f of features) {
    if (!classes.includes(f.cls)) continue;
    const fit = Math.max(...names.map((n) => nameFit(n, f.name))) as 0 | 1 | 2;
    if (fit === 0) continue;
    found.push({ feature: f, fit, distanceM: distanceTo(today, f.geometry) });
  }
  found.sort(
    (a, b) =>
      b.fit - a.fit ||
      a.distanceM - b.distanceM ||
      (a.feature.ref < b.feature.ref ? -1 : a.feature.ref > b.feature.ref ? 1 : 0),
  );
  const [best] = found;
  const ties = best
    ? found.slice(1).filter((c) => c.fit === best.fit && Math.abs(c.distanceM - best.distanceM) < TIE_M)
    : [];
  return { kind, best, ties, candidates: found.length, all: found };
}

/** What the locate step proposes for a place. */
export type Proposal =
  | { action: 'none'; why: string } // no fitting OSM feature: keep, re-examine by hand
  | { action: 'adopt'; geometry: Geometry; precision: Precision } // take the OSM geometry
  | { action: 'confirm'; why: string } // OSM agrees with today's placement within its precision
  | { action: 'decide'; why: string } // > 500 m away and no decision in the YAML yet
  | { action: 'decided'; decision: OsmLink['decision']; note: string }; // the YAML holds the decision

/** Largest distance (metres) each precision claims. */
export const PRECISION_M: Record<Precision, number> = {
  exact: 30,
  block: 100,
  street: 300,
  area: 1000,
  schematic: Infinity,
};

/**
 * The proposal for a place given its match: adopt an OSM outline of a fitting kind (or a point
 * where today's is a point), never silently beyond {@link SILENT_LIMIT_M}.
 */
export function propose(place: Pick<PlaceSource, 'precision' | 'osm' | 'geometry'>, match: Match): Proposal {
  const best = match.best;
  if (!best)
    return { action: 'none', why: match.kind ? `no OSM ${match.kind} with this name` : 'no OSM kind fits this place' };
  // The YAML may choose any candidate whose name fits as well as the best's (a tie, or one of two campuses).
  const chosen = match.all.find((c) => c.fit === best.fit && c.feature.ref === place.osm?.ref);
  if (place.osm && chosen) return { action: 'decided', decision: place.osm.decision, note: place.osm.note ?? '' };
  if (match.ties.length > 0)
    return { action: 'decide', why: `${match.ties.length + 1} equally good OSM features; choose one in the YAML` };
  if (best.distanceM > SILENT_LIMIT_M)
    return { action: 'decide', why: `${Math.round(best.distanceM)} m from today's placement (> ${SILENT_LIMIT_M} m)` };
  const isPolygon = best.feature.geometry.type === 'Polygon' || best.feature.geometry.type === 'MultiPolygon';
  const todayIsPoint = place.geometry?.type === 'Point';
  const isLine = best.feature.geometry.type.endsWith('LineString');
  // An OSM centreline is where the river is (block); which stretch the works cover is another matter, said in a note.
  if (isLine && match.kind && LINE_KINDS.includes(match.kind))
    return { action: 'adopt', geometry: best.feature.geometry, precision: 'block' };
  if (isPolygon && match.kind && OUTLINE_KINDS.includes(match.kind))
    return { action: 'adopt', geometry: best.feature.geometry, precision: 'block' };
  if (!isPolygon && todayIsPoint && best.feature.geometry.type === 'Point' && match.kind !== 'road')
    return { action: 'adopt', geometry: best.feature.geometry, precision: 'block' };
  return {
    action: 'confirm',
    why:
      best.distanceM <= PRECISION_M[place.precision]
        ? 'within the precision claimed'
        : `${Math.round(best.distanceM)} m off: beyond the ${place.precision} precision claimed`,
  };
}
