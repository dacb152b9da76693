/**
 * Computes the built `ProjectRecord` of each checked record: current status, status history,
 * normalised figures, quotes with their part, geometry summary (kinds, precision, areas in m²,
 * length in km, bbox).
 */
import { area as turfArea, bbox as turfBbox, length as turfLength } from '@turf/turf';
import type { Feature, Geometry, LineString, MultiLineString } from 'geojson';

import type { ProjectRecord, Status } from '../data/types.ts';
import { round } from './serialize.ts';
import { cmp, coarsest, GEOMETRY_KINDS, mergeByKind, type GeometryKind } from './to-geojson.ts';
import type { CheckedRecord, LoadedReport } from './validate.ts';

/** A computed record with its merged geometry per kind. */
export interface BuiltRecord {
  record: ProjectRecord;
  geometries: Map<GeometryKind, { geometry: Geometry; precision: ProjectRecord['precision'] & string }>;
}

/**
 * Computes one record.
 *
 * Cases:
 * - `status`: the status of the newest report (by year) that gives one; history oldest first
 * - `areaReportedM2`: sum of its `land-area` figures (m²); absent without one
 * - `areaComputedM2`: turf.area of its polygons (m², rounded to 1 m²); `areaDiffPct` when both exist
 *   and `areaOutline` is `measured` (every polygon an OSM or surveyed outline); `nominal` when a
 *   polygon was drawn to the reported size, `sketch` when drawn by hand
 * - `lengthKm`: turf.length of its lines (km, 3 decimals)
 * - district scope: no geometry fields, `geometryKinds: []`
 */
export function computeRecord(rec: CheckedRecord, reports: Map<string, LoadedReport>): BuiltRecord {
  const { src } = rec;
  const statusHistory = Object.entries(src.status)
    .map(([report, status]) => ({ report, year: reports.get(report)!.src.year, status: status as Status }))
    .sort((a, b) => a.year - b.year || cmp(a.report, b.report));
  const merged = mergeByKind(rec.places);
  const geometries: BuiltRecord['geometries'] = new Map();
  for (const [kind, m] of merged)
    geometries.set(kind, { geometry: m.geometry, precision: coarsest(m.places.map((p) => p.place.precision))! });
  const record: ProjectRecord = {
    id: src.id,
    name: { zh: src.name.zh, en: src.name.en },
    bureaus: [...src.bureaus],
    category: src.category,
    scope: src.scope,
    placeIds: rec.places.map((p) => p.place.id),
    years: [...src.years].sort((a, b) => a - b),
    status: statusHistory[statusHistory.length - 1].status,
    statusHistory,
    figures: rec.figures,
    milestones: src.milestones.map((m) => ({ when: m.when, what: { zh: m.what.zh, en: m.what.en }, state: m.state })),
    quotes: rec.quotes,
    related: [...(src.related ?? [])],
    geometryKinds: GEOMETRY_KINDS.filter((k) => merged.has(k)),
  };
  if (src.statusNote) record.statusNote = { zh: src.statusNote.zh, en: src.statusNote.en };
  const precision = coarsest(rec.places.map((p) => p.place.precision));
  if (precision) record.precision = precision;
  const landAreas = rec.figures.filter((f) => f.kind === 'land-area' && f.unit === 'm²');
  if (landAreas.length > 0)
    record.areaReportedM2 = round(
      landAreas.reduce((s, f) => s + f.value, 0),
      2,
    );
  const areaGeom = merged.get('area')?.geometry;
  if (areaGeom) record.areaComputedM2 = Math.round(turfArea(areaGeom));
  // An outline drawn to the report's own figure, or by hand, measures nothing: no difference then.
  const outlines = (merged.get('area')?.places ?? []).map((p) => p.place.outline);
  if (outlines.length > 0) {
    record.areaOutline = outlines.includes('reported-size')
      ? 'nominal'
      : outlines.every((o) => o === 'osm' || o === 'surveyed')
        ? 'measured'
        : 'sketch';
  }
  if (record.areaReportedM2 && record.areaComputedM2 !== undefined && record.areaOutline === 'measured') {
    record.areaDiffPct = round(((record.areaComputedM2 - record.areaReportedM2) / record.areaReportedM2) * 100, 1);
  }
  const lineGeom = merged.get('line')?.geometry;
  if (lineGeom)
    record.lengthKm = round(
      turfLength({ type: 'Feature', properties: {}, geometry: lineGeom } as Feature<LineString | MultiLineString>, {
        units: 'kilometers',
      }),
      3,
    );
  if (merged.size > 0) {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [...merged.values()].map((m) => ({ type: 'Feature' as const, properties: {}, geometry: m.geometry })),
    };
    record.bbox = turfBbox(fc)
      .slice(0, 4)
      .map((x) => round(x)) as [number, number, number, number];
  }
  return { record, geometries };
}
