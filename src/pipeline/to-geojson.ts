/**
 * Record geometry: one Feature per record per geometry kind (all its polygon places in one
 * (Multi)Polygon, lines in one (Multi)LineString, points in one (Multi)Point), wound by the
 * right-hand rule (RFC 7946) and rounded to 6 decimals.
 */
import { rewind } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';

import { PRECISIONS, type FeatureProps, type Precision, type ProjectRecord } from '../data/types.ts';
import { kindOf } from './geometry.ts';
import { roundCoords } from './serialize.ts';
import type { CheckedPlace } from './validate.ts';

export type GeometryKind = 'area' | 'line' | 'point';
export const GEOMETRY_KINDS: readonly GeometryKind[] = ['area', 'line', 'point'];
/** Output layer file for each kind. */
export const LAYER_FILES: Record<GeometryKind, string> = {
  area: 'areas.geojson',
  line: 'lines.geojson',
  point: 'points.geojson',
};

/** A GeoJSON feature as written: key order type, id, properties, geometry. */
export interface OutFeature {
  type: 'Feature';
  id: string;
  properties: FeatureProps;
  geometry: Geometry;
}

/** The coarsest precision of some places (exact < block < street < area < schematic). */
export function coarsest(precisions: Precision[]): Precision | undefined {
  if (precisions.length === 0) return undefined;
  return PRECISIONS[Math.max(...precisions.map((p) => PRECISIONS.indexOf(p)))];
}

/**
 * Merges the geometries of a record's places by kind.
 *
 * @returns per kind, the merged geometry (Multi* when several parts) and the places it came from;
 *   polygons are rewound (exterior rings counter-clockwise) and all coordinates rounded
 */
export function mergeByKind(places: CheckedPlace[]): Map<GeometryKind, { geometry: Geometry; places: CheckedPlace[] }> {
  const out = new Map<GeometryKind, { geometry: Geometry; places: CheckedPlace[] }>();
  for (const kind of GEOMETRY_KINDS) {
    const mine = places.filter((p) => kindOf(p.geometry.type) === kind);
    if (mine.length === 0) continue;
    const parts = mine.flatMap((p) =>
      p.geometry.type.startsWith('Multi') ? (p.geometry.coordinates as unknown[]) : [p.geometry.coordinates],
    );
    const single = { area: 'Polygon', line: 'LineString', point: 'Point' }[kind];
    let geometry = (
      parts.length === 1 ? { type: single, coordinates: parts[0] } : { type: `Multi${single}`, coordinates: parts }
    ) as Geometry;
    if (kind === 'area') geometry = rewind(geometry as Polygon | MultiPolygon) as Geometry;
    geometry = { type: geometry.type, coordinates: roundCoords((geometry as Polygon).coordinates) } as Geometry;
    out.set(kind, { geometry, places: mine });
  }
  return out;
}

/**
 * Builds the feature of one record for one kind.
 *
 * @param record - the computed record (its current status, years…)
 * @param precision - the coarsest precision of the places drawn in this feature
 */
export function toFeature(record: ProjectRecord, geometry: Geometry, precision: Precision): OutFeature {
  const properties: FeatureProps = {
    id: record.id,
    category: record.category,
    status: record.status,
    precision,
  };
  return { type: 'Feature', id: record.id, properties, geometry };
}

/** A FeatureCollection with features sorted by id. */
export function toCollection(features: OutFeature[]): { type: 'FeatureCollection'; features: OutFeature[] } {
  return { type: 'FeatureCollection', features: [...features].sort((a, b) => cmp(a.id, b.id)) };
}

/** Plain code-unit string comparison (locale-independent, so output is stable everywhere). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
