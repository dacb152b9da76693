import CheapRuler from 'cheap-ruler';
import type { Feature, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mulberry32, randomPoint, syntheticFeatures } from '../../fixtures/synthetic-features';
import { metresToDegrees } from '../../../src/features/nearby/distance';
import { buildNearbyIndex, findNearby, findNearbyBruteForce } from '../../../src/features/nearby/index';

/** `p` moved by metres east/north on the WGS-84 ellipsoid (cheap-ruler, the metric the code uses). */
const off = (p: Position, e: number, n: number): [number, number] =>
  new CheapRuler(p[1]!, 'meters').offset([p[0]!, p[1]!], e, n);
const feat = (id: string, geometry: Geometry): Feature<Geometry, { id: string }> => ({
  type: 'Feature',
  properties: { id },
  geometry,
});

const Q: [number, number] = [121.52, 31.3];

describe('findNearby', () => {
  it('includes a feature exactly at the radius and drops one 1 m beyond', () => {
    for (const r of [500, 1000, 1200, 3000]) {
      const { dLat, dLng } = metresToDegrees(r, Q[1]);
      const { dLat: dLat1, dLng: dLng1 } = metresToDegrees(r + 1, Q[1]);
      const features = [
        feat('north-at', { type: 'Point', coordinates: [Q[0], Q[1] + dLat] }),
        feat('east-at', { type: 'Point', coordinates: [Q[0] + dLng, Q[1]] }),
        feat('line-at', {
          type: 'LineString',
          coordinates: [
            [Q[0] - 0.05, Q[1] - dLat],
            [Q[0] + 0.05, Q[1] - dLat],
          ],
        }),
        feat('north-beyond', { type: 'Point', coordinates: [Q[0], Q[1] + dLat1] }),
        feat('west-beyond', { type: 'Point', coordinates: [Q[0] - dLng1, Q[1]] }),
      ];
      const hits = findNearby(buildNearbyIndex(features), Q, r);
      expect(hits.map((h) => h.id).sort()).toEqual(['east-at', 'line-at', 'north-at']);
      for (const h of hits) expect(h.distanceM).toBeCloseTo(r, 6);
      expect(findNearbyBruteForce(features, Q, r)).toEqual(hits);
    }
  });

  it('ranks by distance to the nearest part, not the centroid', () => {
    // The line passes 100 m north but runs 4 km east (centroid ≈ 2 km away); the point is 300 m
    // south; the big polygon's edge is 200 m west, its centroid ≈ 1.2 km away.
    const features = [
      feat('long-line', { type: 'LineString', coordinates: [off(Q, 0, 100), off(Q, 4000, 100)] }),
      feat('point', { type: 'Point', coordinates: off(Q, 0, -300) }),
      feat('big-area', {
        type: 'Polygon',
        coordinates: [
          [off(Q, -200, -1000), off(Q, -200, 1000), off(Q, -2200, 1000), off(Q, -2200, -1000), off(Q, -200, -1000)],
        ],
      }),
    ];
    const hits = findNearby(buildNearbyIndex(features), Q, 500);
    expect(hits.map((h) => h.id)).toEqual(['long-line', 'big-area', 'point']);
    expect(hits[0]!.distanceM).toBeCloseTo(100, 0);
    expect(hits[1]!.distanceM).toBeCloseTo(200, 0);
    expect(hits[2]!.distanceM).toBeCloseTo(300, 0);
  });

  it('gives 0 m for an area the point is inside', () => {
    const features = [
      feat('area', {
        type: 'Polygon',
        coordinates: [[off(Q, -50, -50), off(Q, 50, -50), off(Q, 50, 50), off(Q, -50, -50)]],
      }),
    ];
    expect(findNearby(buildNearbyIndex(features), off(Q, 10, -10), 0)).toEqual([{ id: 'area', distanceM: 0 }]);
  });

  it('keeps one hit per record, at its nearest feature', () => {
    const features = [
      feat('rec', { type: 'Point', coordinates: off(Q, 0, 400) }),
      feat('rec', { type: 'Point', coordinates: off(Q, 0, 150) }),
      feat('other', { type: 'Point', coordinates: off(Q, 0, 150) }),
    ];
    const hits = findNearby(buildNearbyIndex(features), Q, 1000);
    expect(hits.map((h) => h.id)).toEqual(['other', 'rec']); // equal distance: by id
    expect(hits[1]!.distanceM).toBeCloseTo(150, 0);
  });

  it('returns [] for an empty index, a negative or NaN radius, and skips null geometries', () => {
    expect(findNearby(buildNearbyIndex([]), Q, 1000)).toEqual([]);
    const nullGeometry: Feature<null, { id: string }> = { type: 'Feature', properties: { id: 'n' }, geometry: null };
    const index = buildNearbyIndex([feat('p', { type: 'Point', coordinates: Q }), nullGeometry]);
    expect(findNearby(index, Q, -1)).toEqual([]);
    expect(findNearby(index, Q, NaN)).toEqual([]);
    expect(findNearby(index, Q, 10)).toEqual([{ id: 'p', distanceM: 0 }]);
  });

  it('equals brute force on random points, lines and polygons (250 seeds)', () => {
    for (let seed = 1; seed <= 250; seed++) {
      const rand = mulberry32(seed * 7919);
      const features = syntheticFeatures(20 + Math.floor(rand() * 400), seed);
      const index = buildNearbyIndex(features);
      for (let q = 0; q < 10; q++) {
        // Mostly random points; sometimes a feature's own vertex (distance 0 / boundary cases).
        let point = randomPoint(rand);
        if (q % 5 === 4) {
          const g = features[Math.floor(rand() * features.length)]!.geometry;
          const first = JSON.stringify(g)
            .match(/-?\d+\.\d+,-?\d+\.\d+/)![0]!
            .split(',')
            .map(Number);
          point = [first[0]!, first[1]!];
        }
        const radius = q === 0 ? 0 : rand() * 3000;
        const expected = findNearbyBruteForce(features, point, radius);
        expect(findNearby(index, point, radius), `seed ${seed}, query ${q}`).toEqual(expected);
      }
    }
  });

  it('with a limit, equals the first `limit` brute-force hits (200 seeds, dense and sparse data)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = mulberry32(seed * 104729);
      const features = syntheticFeatures(50 + Math.floor(rand() * 1500), seed);
      const index = buildNearbyIndex(features);
      for (let q = 0; q < 5; q++) {
        const point = randomPoint(rand);
        const radius = rand() * 3000;
        const limit = 1 + Math.floor(rand() * 60);
        const expected = findNearbyBruteForce(features, point, radius).slice(0, limit);
        expect(findNearby(index, point, radius, limit), `seed ${seed}, query ${q}, limit ${limit}`).toEqual(expected);
      }
    }
  });
});
