/**
 * A small static map of one stop as SVG path data: the project's own geometry over the embedded
 * basemap's water, roads and district lines, in Web Mercator. Pure; used by the presenter view's
 * preview of the next stop and by the printed handout (vector, so it prints sharp).
 */
import type { Feature, Geometry, Position } from 'geojson';

export type BBox = readonly [number, number, number, number];

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const rad = (lng: number) => (lng * Math.PI) / 180;

/**
 * The view box around `bbox` [w, s, e, n] for a `width`×`height` picture: grown to the picture's
 * aspect ratio, with `margin` (a share of the larger side, at least ~300 m so a point has context).
 * Returns the projection [lng, lat] → [x, y] in picture pixels.
 */
export function fitProjection(
  bbox: BBox,
  width: number,
  height: number,
  margin = 0.35,
): (p: Position) => [number, number] {
  const [w, s, e, n] = bbox;
  let x0 = rad(w),
    x1 = rad(e),
    y0 = mercY(s),
    y1 = mercY(n);
  const min = 0.00005; // ~ 300 m in Mercator radians at this latitude
  const pad = Math.max((x1 - x0) * margin, (y1 - y0) * margin, min);
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const cx = (x0 + x1) / 2,
    cy = (y0 + y1) / 2;
  return ([lng, lat]) => [width / 2 + (rad(lng!) - cx) * scale, height / 2 - (mercY(lat!) - cy) * scale];
}

const ring = (coords: Position[], project: (p: Position) => [number, number], close: boolean) =>
  coords
    .map(
      (p, i) =>
        `${i ? 'L' : 'M'}${project(p)
          .map((v) => v.toFixed(1))
          .join(' ')}`,
    )
    .join('') + (close ? 'Z' : '');

/** SVG path data for a geometry (points become nothing: draw them with {@link pointsOf}). */
export function pathOf(g: Geometry, project: (p: Position) => [number, number]): string {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => ring(r, project, true)).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => ring(r, project, true))).join('');
    case 'LineString':
      return ring(g.coordinates, project, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => ring(l, project, false)).join('');
    case 'GeometryCollection':
      return g.geometries.map((x) => pathOf(x, project)).join('');
    default:
      return '';
  }
}

/** Screen positions of a geometry's points. */
export function pointsOf(g: Geometry, project: (p: Position) => [number, number]): [number, number][] {
  if (g.type === 'Point') return [project(g.coordinates)];
  if (g.type === 'MultiPoint') return g.coordinates.map(project);
  if (g.type === 'GeometryCollection') return g.geometries.flatMap((x) => pointsOf(x, project));
  return [];
}

/** Whether a feature is a polygon (filled) rather than a line. */
export const isArea = (f: Feature): boolean => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
