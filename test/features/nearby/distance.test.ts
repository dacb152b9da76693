import CheapRuler from 'cheap-ruler';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Geometry, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceToGeometryM, metresToDegrees } from '../../../src/features/nearby/distance';
import { mulberry32, randomPoint } from '../../fixtures/synthetic-features';

/** `p` moved by metres east/north (approximately; tests compare against turf, not this). */
const off = (p: Position, e: number, n: number): [number, number] =>
  new CheapRuler(p[1]!, 'meters').offset([p[0]!, p[1]!], e, n);

/** Reference: turf's geodesic distances. */
function turfDistance(pt: [number, number], g: Geometry): number {
  const toLines = (rings: Position[][]): number =>
    Math.min(...rings.map((r) => pointToLineDistance(pt, { type: 'LineString', coordinates: r }, { units: 'meters' })));
  switch (g.type) {
    case 'Point':
      return distance(pt, g.coordinates, { units: 'meters' });
    case 'MultiPoint':
      return Math.min(...g.coordinates.map((c) => distance(pt, c, { units: 'meters' })));
    case 'LineString':
      return toLines([g.coordinates]);
    case 'MultiLineString':
      return toLines(g.coordinates);
    case 'Polygon':
      return booleanPointInPolygon(pt, g) ? 0 : toLines(g.coordinates);
    case 'MultiPolygon':
      return booleanPointInPolygon(pt, g) ? 0 : toLines(g.coordinates.flat());
    default:
      throw new Error('unsupported');
  }
}

/**
 * Within the documented budget: 0.5 % of turf, plus up to 1 m where turf bends a long segment into a
 * great-circle arc (L² tan(lat) / 8R; hand-made cases use short segments, so 1 cm).
 */
function expectCloseToTurf(pt: [number, number], g: Geometry, slackM = 0.01): void {
  const ours = distanceToGeometryM(pt, g);
  const ref = turfDistance(pt, g);
  expect(Math.abs(ours - ref)).toBeLessThanOrEqual(ref * 0.005 + slackM);
}

const C: [number, number] = [121.52, 31.3];
// A 400 m square around C with a 100 m square hole centred 100 m east of C.
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [off(C, -200, -200), off(C, 200, -200), off(C, 200, 200), off(C, -200, 200), off(C, -200, -200)],
    [off(C, 50, -50), off(C, 50, 50), off(C, 150, 50), off(C, 150, -50), off(C, 50, -50)],
  ],
};

describe('distanceToGeometryM', () => {
  it('is 0 inside a polygon', () => {
    expect(distanceToGeometryM(C, square)).toBe(0);
  });

  it('is 0 on a polygon edge and on a vertex', () => {
    const v = square.coordinates[0]![1]! as [number, number];
    expect(distanceToGeometryM(v, square)).toBe(0);
    const w = square.coordinates[0]![0]!;
    const mid: [number, number] = [(v[0] + w[0]!) / 2, v[1]];
    expect(distanceToGeometryM(mid, square)).toBeLessThan(1e-6);
  });

  it('measures to the nearest edge outside a polygon, like turf', () => {
    expectCloseToTurf(off(C, 0, 300), square); // ≈ 100 m north of the top edge
    expectCloseToTurf(off(C, 500, 500), square); // nearest part is a corner
    expect(distanceToGeometryM(off(C, 0, 300), square)).toBeCloseTo(100, 0);
  });

  it('measures to the hole edge when the point is in a hole', () => {
    const inHole = off(C, 100, 0);
    expect(distanceToGeometryM(inHole, square)).toBeCloseTo(50, 0);
    expectCloseToTurf(inHole, square);
  });

  it('measures to the nearest part of a MultiPolygon', () => {
    const far: Polygon = {
      type: 'Polygon',
      coordinates: [[off(C, 2000, 0), off(C, 2100, 0), off(C, 2100, 100), off(C, 2000, 0)]],
    };
    const g: Geometry = { type: 'MultiPolygon', coordinates: [far.coordinates, square.coordinates] };
    expect(distanceToGeometryM(C, g)).toBe(0);
    expectCloseToTurf(off(C, 1000, 0), g);
  });

  it('measures to the nearest segment of a line, not a vertex', () => {
    const line: LineString = { type: 'LineString', coordinates: [off(C, -1000, 150), off(C, 1000, 150)] };
    expect(distanceToGeometryM(C, line)).toBeCloseTo(150, 0);
    expectCloseToTurf(C, line);
    expectCloseToTurf(off(C, 1500, 0), line); // beyond the end: distance to the end vertex
  });

  it('measures to the nearest line of a MultiLineString', () => {
    const g: Geometry = {
      type: 'MultiLineString',
      coordinates: [
        [off(C, -500, 800), off(C, 500, 900)],
        [off(C, 300, -400), off(C, 300, 400), off(C, 900, 400)],
      ],
    };
    expect(distanceToGeometryM(C, g)).toBeCloseTo(300, 0);
    expectCloseToTurf(C, g);
  });

  it('measures to the nearest point of a (multi)point', () => {
    expectCloseToTurf(C, { type: 'Point', coordinates: off(C, 300, 400) });
    expect(distanceToGeometryM(C, { type: 'Point', coordinates: off(C, 300, 400) })).toBeCloseTo(500, 0);
    expectCloseToTurf(C, { type: 'MultiPoint', coordinates: [off(C, 3000, 0), off(C, 0, -700)] });
  });

  it('is Infinity for null and empty geometries', () => {
    expect(distanceToGeometryM(C, null)).toBe(Infinity);
    expect(distanceToGeometryM(C, { type: 'LineString', coordinates: [] })).toBe(Infinity);
    expect(distanceToGeometryM(C, { type: 'MultiPolygon', coordinates: [] })).toBe(Infinity);
  });

  it('stays within 0.5 % + 1 m of turf for random lines (up to 11 km long) and points', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 500; i++) {
      const q = randomPoint(rand);
      const a = randomPoint(rand);
      const b = randomPoint(rand);
      expectCloseToTurf(q, { type: 'Point', coordinates: a });
      expectCloseToTurf(q, { type: 'LineString', coordinates: [a, b] }, 1);
    }
  });
});

describe('metresToDegrees', () => {
  it('gives a box whose edges are exactly the radius away', () => {
    const { dLng, dLat } = metresToDegrees(1200, C[1]);
    expect(distanceToGeometryM(C, { type: 'Point', coordinates: [C[0] + dLng, C[1]] })).toBeCloseTo(1200, 6);
    expect(distanceToGeometryM(C, { type: 'Point', coordinates: [C[0], C[1] - dLat] })).toBeCloseTo(1200, 6);
  });
});
