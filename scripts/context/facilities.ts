/**
 * facilities.geojson of the context build: every OSM point or polygon that is a life-circle
 * facility (see src/features/lifecircle/categories.ts for the class → category table), as one
 * WGS-84 point each. A polygon is placed at a point inside it (turf `pointOnFeature`); a point
 * that repeats a polygon of the same category (same name within 200 m, or lying inside it) is
 * dropped. Properties: `name` ('' when OSM has none), `cat`, `fclass`, `osm` (`n<id>` for an OSM
 * node, `a<id>` for a Geofabrik area: a way or a relation).
 */
import * as turf from '@turf/turf';
import { categoryOfOsm } from '../../src/features/lifecircle/categories.ts';
import type { LifeCategory } from '../../src/features/lifecircle/categories.ts';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { OsmFeature, Pos } from './geo.ts';

export interface FacilityFeature {
  type: 'Feature';
  properties: { name: string; cat: LifeCategory; fclass: string; osm: string };
  geometry: { type: 'Point'; coordinates: Pos };
}

const r5 = (v: number) => Math.round(v * 1e5) / 1e5;
const POCKET_PARK_M2 = 5000; // unnamed greens smaller than this are verges, not parks

/** @param within - keep only facilities inside this area (Yangpu and a walking margin) */
export function buildFacilities(
  points: OsmFeature[],
  areas: OsmFeature[],
  within: Feature<Polygon | MultiPolygon>,
): FacilityFeature[] {
  const out: FacilityFeature[] = [];
  const polys: { f: OsmFeature; cat: LifeCategory }[] = [];
  for (const f of areas) {
    const cat = categoryOfOsm(f.properties.fclass, f.properties.name);
    if (!cat) continue;
    if (f.properties.fclass === 'park' && !f.properties.name && turf.area(f as any) < POCKET_PARK_M2) continue;
    polys.push({ f, cat });
    const at = turf.pointOnFeature(f as any).geometry.coordinates as Pos;
    out.push(make(f, cat, at, 'a'));
  }
  for (const f of points) {
    const cat = categoryOfOsm(f.properties.fclass, f.properties.name);
    if (!cat) continue;
    const at = f.geometry.coordinates as Pos;
    const dup = polys.some(
      (p) =>
        p.cat === cat &&
        ((f.properties.name &&
          p.f.properties.name === f.properties.name &&
          turf.distance(at, turf.pointOnFeature(p.f as any), { units: 'meters' }) < 200) ||
          turf.booleanPointInPolygon(at, p.f as any)),
    );
    if (!dup) out.push(make(f, cat, at, 'n'));
  }
  const kept = out.filter((f) => turf.booleanPointInPolygon(f.geometry.coordinates, within));
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return kept.sort(
    (a, b) =>
      cmp(a.properties.cat, b.properties.cat) ||
      cmp(a.properties.name, b.properties.name) ||
      cmp(a.properties.osm, b.properties.osm),
  );
}

function make(f: OsmFeature, cat: LifeCategory, at: Pos, prefix: 'a' | 'n'): FacilityFeature {
  return {
    type: 'Feature',
    properties: {
      name: f.properties.name ?? '',
      cat,
      fclass: f.properties.fclass,
      osm: `${prefix}${f.properties.osm_id}`,
    },
    geometry: { type: 'Point', coordinates: [r5(at[0]), r5(at[1])] },
  };
}
