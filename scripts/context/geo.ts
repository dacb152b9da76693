/**
 * Helpers of the context build: reading the shared OSM cut, merging and slicing track lines,
 * simplifying and rounding, writing a FeatureCollection atomically with one feature per line.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';

export type Pos = [number, number];
export type Precision = 'exact' | 'block' | 'street' | 'area' | 'schematic';
export interface Props {
  name: string;
  name_en: string;
  kind: string;
  precision: Precision;
  basis: string;
  [k: string]: unknown;
}
export interface Geometry {
  type: string;
  coordinates: any;
}
export interface Feature {
  type: 'Feature';
  properties: Props;
  geometry: Geometry;
}
export interface OsmFeature {
  type: 'Feature';
  properties: Record<string, any>;
  geometry: Geometry;
}

/** Reads one GeoJSON file of the shared OSM folder. */
export function readOsm(dir: string, file: string): OsmFeature[] {
  return (JSON.parse(readFileSync(join(dir, `${file}.geojson`), 'utf8')) as { features: OsmFeature[] }).features;
}

export function feature(properties: Props, geometry: Geometry): Feature {
  return { type: 'Feature', properties, geometry };
}

const roundTo = (digits: number) => {
  const f = 10 ** digits;
  const r = (c: any): any => (typeof c === 'number' ? Math.round(c * f) / f : c.map(r));
  return r;
};

/** Drops consecutive duplicate positions (rounding can create them). */
function dedupe(line: Pos[]): Pos[] {
  return line.filter((p, i) => i === 0 || p[0] !== line[i - 1][0] || p[1] !== line[i - 1][1]);
}

/**
 * Simplifies (Douglas–Peucker, `tolerance` in degrees; 1e-5 ≈ 1 m, below a pixel at zoom 17),
 * rounds to `digits` decimals, drops repeated positions and degenerate parts, and rewinds polygons
 * to RFC 7946 (counter-clockwise exterior). Returns `undefined` if nothing is left.
 */
export function tidy(g: Geometry, tolerance: number, digits: number): Geometry | undefined {
  const simple =
    tolerance > 0 && g.type !== 'Point'
      ? (turf.simplify(turf.feature(g as any), { tolerance, highQuality: true }).geometry as Geometry)
      : g;
  const r = roundTo(digits);
  const line = (l: Pos[]) => {
    const d = dedupe(r(l));
    return d.length >= 2 ? d : undefined;
  };
  const ring = (l: Pos[]) => {
    const d = dedupe(r(l));
    return d.length >= 4 ? d : undefined;
  };
  const poly = (p: Pos[][]) => {
    const rings = p.map(ring);
    if (!rings[0]) return undefined;
    return rings.filter((x): x is Pos[] => !!x);
  };
  const c = simple.coordinates;
  let out: Geometry | undefined;
  switch (simple.type) {
    case 'Point':
      out = { type: 'Point', coordinates: r(c) };
      break;
    case 'LineString': {
      const l = line(c);
      out = l && { type: 'LineString', coordinates: l };
      break;
    }
    case 'MultiLineString': {
      const ls = (c as Pos[][]).map(line).filter((x): x is Pos[] => !!x);
      out =
        ls.length === 0
          ? undefined
          : ls.length === 1
            ? { type: 'LineString', coordinates: ls[0] }
            : { type: 'MultiLineString', coordinates: ls };
      break;
    }
    case 'Polygon': {
      const p = poly(c);
      out = p && { type: 'Polygon', coordinates: p };
      break;
    }
    case 'MultiPolygon': {
      const ps = (c as Pos[][][]).map(poly).filter((x): x is Pos[][] => !!x);
      out =
        ps.length === 0
          ? undefined
          : ps.length === 1
            ? { type: 'Polygon', coordinates: ps[0] }
            : { type: 'MultiPolygon', coordinates: ps };
      break;
    }
  }
  if (out && /Polygon/.test(out.type))
    out = (turf.rewind(turf.feature(out as any), { reverse: false }) as any).geometry as Geometry;
  return out;
}

/** The line parts of a LineString or MultiLineString. */
export function partsOf(g: Geometry): Pos[][] {
  return g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
}

/**
 * Joins line parts end to start where they touch exactly (OSM ways of one track), longest chains
 * first. Each returned chain is one continuous line.
 */
export function chainParts(parts: Pos[][]): Pos[][] {
  const key = (p: Pos) => `${p[0]},${p[1]}`;
  const left = parts.map((p) => p.slice());
  const chains: Pos[][] = [];
  while (left.length) {
    let chain = left.shift()!;
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < left.length; i++) {
        const p = left[i];
        if (key(p[0]) === key(chain[chain.length - 1])) chain = [...chain, ...p.slice(1)];
        else if (key(p[p.length - 1]) === key(chain[0])) chain = [...p, ...chain.slice(1)];
        else continue;
        left.splice(i, 1);
        grew = true;
        break;
      }
    }
    chains.push(chain);
  }
  return chains.sort((a, b) => turf.length(turf.lineString(b)) - turf.length(turf.lineString(a)));
}

/**
 * The piece of a track between two points: the chain that passes closest to both, cut at the
 * points' projections. Also returns how far each point is from the track (metres).
 */
export function sliceTrack(track: Geometry, from: Pos, to: Pos): { line: Pos[]; offM: [number, number] } {
  let best: { line: Pos[]; offM: [number, number]; score: number } | undefined;
  for (const chain of chainParts(partsOf(track))) {
    if (chain.length < 2) continue;
    const ls = turf.lineString(chain);
    const a = turf.nearestPointOnLine(ls, from, { units: 'meters' });
    const b = turf.nearestPointOnLine(ls, to, { units: 'meters' });
    const offM: [number, number] = [a.properties.dist!, b.properties.dist!];
    const score = offM[0] + offM[1];
    if (!best || score < best.score)
      best = { line: turf.lineSlice(from, to, ls).geometry.coordinates as Pos[], offM, score };
  }
  if (!best) throw new Error('track has no line');
  return { line: best.line, offM: best.offM };
}

/** Writes a FeatureCollection, one feature per line, to a temp file and renames it into place. */
/** The licence members every written file carries (RFC 7946 allows foreign members): ODbL derived data. */
export const LICENCE = {
  attribution: '© OpenStreetMap contributors',
  license: 'ODbL-1.0',
  license_url: 'https://opendatacommons.org/licenses/odbl/1-0/',
  source: 'OpenStreetMap via Geofabrik and the repositories named in geodata/context/README.md',
} as const;

export function writeCollection(dir: string, file: string, features: Feature[]): number {
  const head = JSON.stringify({ type: 'FeatureCollection', ...LICENCE }).slice(0, -1);
  const body = head + ',"features":[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
  const path = join(dir, file);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, body);
  renameSync(tmp, path);
  const bytes = Buffer.byteLength(body);
  console.log(`wrote ${file}: ${features.length} features, ${bytes} bytes`);
  return bytes;
}

/** Sorts features by kind, then name, then first coordinate: stable output whatever the input order. */
export function sortFeatures(fs: Feature[]): Feature[] {
  const first = (g: Geometry): string => JSON.stringify(g.coordinates).slice(0, 40);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return fs.sort(
    (a, b) =>
      cmp(a.properties.kind, b.properties.kind) ||
      cmp(a.properties.name, b.properties.name) ||
      cmp(first(a.geometry), first(b.geometry)),
  );
}

/**
 * Splits lines where they cross an area's boundary: the pieces inside it and those outside
 * (classified by each piece's midpoint).
 */
export function splitAtArea(parts: Pos[][], area: any): { inside: Pos[][]; outside: Pos[][] } {
  const inside: Pos[][] = [];
  const outside: Pos[][] = [];
  for (const part of parts) {
    if (part.length < 2) continue;
    const line = turf.lineString(part);
    const pieces = turf.lineSplit(line, area).features;
    for (const piece of pieces.length ? pieces : [line]) {
      const coords = piece.geometry.coordinates as Pos[];
      const mid = turf.along(piece, turf.length(piece) / 2).geometry.coordinates as Pos;
      (turf.booleanPointInPolygon(mid, area) ? inside : outside).push(coords);
    }
  }
  return { inside, outside };
}

/**
 * Keeps one line of a dual carriageway or a double track: chains (longest first) are dropped when
 * at least 80 % of their vertices lie within `metres` of the chains already kept. Lengths then
 * count the road once, and the files stay small; at basemap zooms the two lines draw as one.
 */
export function oneCarriageway(parts: Pos[][], metres = 60): Pos[][] {
  const kept: Pos[][] = [];
  for (const chain of chainParts(parts)) {
    if (chain.length < 2) continue;
    const near = (p: Pos) =>
      kept.some((k) => turf.pointToLineDistance(p, turf.lineString(k), { units: 'meters' }) <= metres);
    const close = chain.filter(near).length;
    if (kept.length === 0 || close < 0.8 * chain.length) kept.push(chain);
  }
  return kept;
}
