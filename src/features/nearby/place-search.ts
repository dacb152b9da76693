/**
 * "Where do you live?" search for the nearby feature: named places a resident may type — gazetteer
 * places (estates, parks, campuses…), context roads and metro stations — matched in Chinese,
 * English and pinyin. Pure; no DOM.
 */
import { pinyinKeys, type PinyinFn } from '../../data/pinyin-keys';
import { along, booleanPointInPolygon, length as turfLength, pointOnFeature } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Catalog } from '../../data/types';
import { normaliseQuery } from '../../data/search-index';
import type { LngLat } from './distance';

/**
 * Default map centre for the nearby feature when the resident has not picked a place:
 * `[121.526, 31.297]`, between 五角场 and 黄兴公园, roughly the middle of the district's
 * populated area. Not a survey point.
 */
export const YANGPU_CENTRE: [number, number] = [121.526, 31.297];

/** A gazetteer place with a representative point computed from the project features using it. */
export interface GazetteerPlaceInput {
  id: string;
  name: string;
  en: string;
  aliases: readonly string[];
  /** Free label for the UI, e.g. the category of the record that places it (`housing`). */
  kind: string;
  point: [number, number];
}

/** A context basemap feature (`geodata/context/roads.geojson`, `stations.geojson`). */
export type ContextFeature = Feature<Geometry | null, { name: string; name_en: string; kind?: string }>;

export interface PlaceSources {
  places?: readonly GazetteerPlaceInput[];
  roads?: readonly ContextFeature[];
  stations?: readonly ContextFeature[];
}

/** One searchable place. */
export interface PlaceEntry {
  /** `place:<gazetteer id>`, `road:<name>` or `station:<name>`; unique within the index. */
  key: string;
  source: 'gazetteer' | 'road' | 'station';
  /** Gazetteer: the input `kind`; context: the feature's `kind` (`road`, `station`). */
  kind: string;
  name: string;
  en: string;
  aliases: readonly string[];
  /** Where to centre the search: the gazetteer point, the road's midpoint, the station. */
  point: [number, number];
  /** For roads: the line, so a picked road can be drawn. */
  line?: LineString | MultiLineString;
}

/** Index built by {@link buildPlaceIndex}. Treat as immutable. */
export interface PlaceIndex {
  readonly entries: readonly PlaceEntry[];
  /** Normalised keys per entry (aligned with `entries`); `keys[i][0]` is the Chinese name. */
  readonly keys: readonly (readonly string[])[];
}

/**
 * A point to stand for a geometry:
 * - Point / MultiPoint: the (first) point;
 * - LineString / MultiLineString: the point halfway along the (longest) line;
 * - Polygon / MultiPolygon / other: turf `pointOnFeature` (on the surface, not just the centroid).
 *
 * @param geometry WGS-84 geometry
 * @returns `[lng, lat]`, or `null` for an empty geometry
 */
export function representativePoint(geometry: Geometry | null): [number, number] | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length >= 2 ? [geometry.coordinates[0]!, geometry.coordinates[1]!] : null;
    case 'MultiPoint': {
      const p = geometry.coordinates[0];
      return p ? [p[0]!, p[1]!] : null;
    }
    case 'LineString':
    case 'MultiLineString': {
      const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      let best: LineString | null = null;
      let bestLen = -1;
      for (const coords of parts) {
        if (coords.length === 0) continue;
        const line: LineString = { type: 'LineString', coordinates: coords };
        const len = coords.length > 1 ? turfLength({ type: 'Feature', properties: {}, geometry: line }) : 0;
        if (len > bestLen) {
          best = line;
          bestLen = len;
        }
      }
      if (!best) return null;
      if (bestLen === 0) return [best.coordinates[0]![0]!, best.coordinates[0]![1]!];
      const c = along(best, bestLen / 2).geometry.coordinates;
      return [c[0]!, c[1]!];
    }
    default: {
      try {
        const c = pointOnFeature(geometry).geometry.coordinates;
        return Number.isFinite(c[0]) ? [c[0]!, c[1]!] : null;
      } catch {
        return null;
      }
    }
  }
}

/**
 * Gazetteer places with a point, derived from the catalog and the project features.
 *
 * A place has no geometry of its own in the catalog, so it takes the representative point of the
 * first feature of a record that uses it, preferring records placed through that place alone
 * (their features are exactly the place). Places no drawn record uses are left out. `kind` is that
 * record's category.
 *
 * @param catalog the loaded catalog
 * @param features project features of all three layers (`properties.id` = record id)
 * @returns inputs for {@link buildPlaceIndex}, in gazetteer order
 */
export function gazetteerPlaceInputs(
  catalog: Pick<Catalog, 'records' | 'places'>,
  features: readonly { geometry: Geometry | null; properties: { id: string } }[],
): GazetteerPlaceInput[] {
  const firstFeature = new Map<string, Geometry>();
  for (const f of features)
    if (f.geometry && !firstFeature.has(f.properties.id)) firstFeature.set(f.properties.id, f.geometry);
  const out: GazetteerPlaceInput[] = [];
  for (const place of catalog.places) {
    const users = catalog.records.filter((r) => r.placeIds.includes(place.id) && firstFeature.has(r.id));
    const record = users.find((r) => r.placeIds.length === 1) ?? users[0];
    if (!record) continue;
    const point = representativePoint(firstFeature.get(record.id)!);
    if (!point) continue;
    out.push({ id: place.id, name: place.name, en: place.en, aliases: place.aliases, kind: record.category, point });
  }
  return out;
}

/**
 * Builds the place index. Keys per entry, normalised with `normaliseQuery` (NFKC, lowercase,
 * `ü` → `v`, spaces and punctuation stripped): the Chinese name, the English name, aliases, and
 * full pinyin (`ü` typed as `v` and as `u`) and pinyin initials of every Han name and alias.
 *
 * - gazetteer places keep their input point;
 * - roads: the point halfway along the line, and the line itself in `line`;
 * - stations: the station point;
 * - context features without a name or a geometry are skipped.
 *
 * @param sources gazetteer places with points, and context roads and stations
 * @returns an index for {@link searchPlaces}
 */
export function buildPlaceIndex(sources: PlaceSources, pinyin?: PinyinFn): PlaceIndex {
  const entries: PlaceEntry[] = [];
  for (const p of sources.places ?? []) {
    entries.push({
      key: `place:${p.id}`,
      source: 'gazetteer',
      kind: p.kind,
      name: p.name,
      en: p.en,
      aliases: p.aliases,
      point: p.point,
    });
  }
  const addContext = (f: ContextFeature, source: 'road' | 'station'): void => {
    const name = f.properties?.name;
    const point = representativePoint(f.geometry);
    if (!name || !point) return;
    const entry: PlaceEntry = {
      key: `${source}:${name}`,
      source,
      kind: f.properties.kind ?? source,
      name,
      en: f.properties.name_en ?? '',
      aliases: [],
      point,
    };
    const g = f.geometry;
    if (source === 'road' && g && (g.type === 'LineString' || g.type === 'MultiLineString')) entry.line = g;
    entries.push(entry);
  };
  for (const f of sources.roads ?? []) addContext(f, 'road');
  for (const f of sources.stations ?? []) addContext(f, 'station');
  const keys = entries.map((e) => {
    const set = new Set<string>([normaliseQuery(e.name)]);
    set.add(normaliseQuery(e.en));
    for (const a of e.aliases) set.add(normaliseQuery(a));
    for (const text of [e.name, ...e.aliases]) for (const k of pinyinKeys(text, pinyin)) set.add(k);
    set.delete('');
    return [...set];
  });
  return { entries, keys };
}

/** 0 exact, 1 prefix, 2 substring, 3 no match. */
function matchTier(keys: readonly string[], q: string): number {
  let tier = 3;
  for (const k of keys) {
    if (k === q) return 0;
    if (tier > 1 && k.startsWith(q)) tier = 1;
    else if (tier > 2 && k.includes(q)) tier = 2;
  }
  return tier;
}

/**
 * Places matching `query`, best first.
 *
 * - the query is normalised like the keys (NFKC, lowercase, spaces/punctuation stripped), so
 *   `Huangxing Rd.` ≈ `huangxingrd`, `ＷＪＣ` ≈ `wjc`;
 * - matches Chinese names and aliases, English names, full pinyin and pinyin initials
 *   (`wjc` → 五角场, `fengcheng` → 凤城三村130号), anywhere in a key (`凤城` → 凤城三村130号);
 * - ranked: an exact key > a key starting with the query > a key containing it; then shorter
 *   Chinese names first; then by name and key for a stable order;
 * - an empty (after normalising) query gives `[]`.
 *
 * @param index from {@link buildPlaceIndex}
 * @param query what the resident typed
 * @param limit most results to return (default 8)
 * @returns matching entries
 * @example searchPlaces(index, '黄兴路') // [黄兴路 (road), 黄兴路站, 黄兴路1039弄, …]
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 8): PlaceEntry[] {
  const q = normaliseQuery(query);
  if (!q || limit <= 0) return [];
  const hits: { entry: PlaceEntry; tier: number; len: number }[] = [];
  index.entries.forEach((entry, i) => {
    const tier = matchTier(index.keys[i]!, q);
    if (tier < 3) hits.push({ entry, tier, len: [...entry.name].length });
  });
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.len - b.len ||
      (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
      (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0),
  );
  return hits.slice(0, limit).map((h) => h.entry);
}

/**
 * Whether a point lies in Yangpu (boundary counts as inside). Use it to warn when a picked or
 * located point is outside the district (the projects shown are Yangpu's only).
 *
 * @param point `[lng, lat]`
 * @param yangpuPolygon the 杨浦区 feature or geometry from `geodata/context/districts.geojson`
 * @returns true inside or on the boundary
 */
export function isInYangpu(
  point: LngLat,
  yangpuPolygon: Polygon | MultiPolygon | Feature<Polygon | MultiPolygon>,
): boolean {
  if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) return false;
  return booleanPointInPolygon([point[0], point[1]], yangpuPolygon);
}
