import CheapRuler from 'cheap-ruler';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { districtCoverage, districtGrid } from '../../../src/features/lifecircle/district';
import { buildFacilityIndex } from '../../../src/features/lifecircle/life-circle';

// A 2 km × 2 km square at Yangpu's latitude: a 500 m grid has 4 × 4 cells.
const dLat = 2000 / new CheapRuler(31.3, 'meters').ky;
const dLng = 2000 / new CheapRuler(31.3 + dLat / 2, 'meters').kx;
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [121.5, 31.3],
      [121.5 + dLng, 31.3],
      [121.5 + dLng, 31.3 + dLat],
      [121.5, 31.3 + dLat],
      [121.5, 31.3],
    ],
  ],
};

describe('districtGrid', () => {
  it('puts one cell centre every 500 m inside the outline', () => {
    const cells = districtGrid(square);
    expect(cells).toHaveLength(16);
    expect(cells[0]![0]).toBeCloseTo(121.5 + dLng / 8, 6);
    expect(cells[0]![1]).toBeCloseTo(31.3 + dLat / 8, 6);
  });
});

describe('districtCoverage', () => {
  it('counts cells with a facility within the radius today, and with the projects added', () => {
    const cells = districtGrid(square);
    const corner = cells[0]!;
    const index = buildFacilityIndex([
      { name: 'k', cat: 'education', fclass: 'school', osm: 'n1', at: [corner[0], corner[1]] },
    ]);
    const far = cells[15]!;
    const rows = districtCoverage(cells, index, 600, [
      {
        geometry: { type: 'Point', coordinates: [far[0], far[1]] },
        properties: { id: 'p', category: 'education', name_zh: '新建小学' },
      },
      {
        geometry: { type: 'Point', coordinates: [far[0], far[1]] },
        properties: { id: 'q', category: 'housing', name_zh: '成套改造' },
      },
    ]);
    const edu = rows.find((r) => r.cat === 'education')!;
    // within 600 m of a corner cell: itself and its two neighbours (500 m); the diagonal is 707 m
    expect(edu).toEqual({ cat: 'education', today: 3, after: 6, total: 16 });
    expect(rows.find((r) => r.cat === 'health')).toEqual({ cat: 'health', today: 0, after: 0, total: 16 });
  });
});
