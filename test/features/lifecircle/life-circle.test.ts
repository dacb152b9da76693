import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { LIFE_CATEGORIES, type LifeCategory } from '../../../src/features/lifecircle/categories';
import {
  buildFacilityIndex,
  facilitiesWithin,
  lifeCircle,
  nearestFacility,
  parseFacilities,
  type Facility,
} from '../../../src/features/lifecircle/life-circle';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(14);
const facilities: Facility[] = Array.from({ length: 400 }, (_, i) => ({
  name: `f${i}`,
  cat: LIFE_CATEGORIES[i % 6]!, // no 'shopping' facility at all
  fclass: 'x',
  osm: `n${1000 + i}`,
  at: [121.48 + rand() * 0.08, 31.25 + rand() * 0.09],
}));
const index = buildFacilityIndex(facilities);
const oracleM = (p: [number, number], f: Facility) => distance(p, f.at, { units: 'meters' });

// Issue 14: nearest and within are checked against a brute-force oracle on turf's geodesic distance.
describe('facilitiesWithin / nearestFacility', () => {
  it('agree with a brute-force turf oracle (outside a 0.5 % + 1 m band at the edge)', () => {
    for (let q = 0; q < 60; q++) {
      const p: [number, number] = [121.48 + rand() * 0.08, 31.25 + rand() * 0.09];
      const r = [300, 800, 1200, 2500][q % 4]!;
      for (const cat of LIFE_CATEGORIES) {
        const got = new Set(facilitiesWithin(index, cat, p, r).map((h) => h.facility.osm));
        for (const f of facilities.filter((x) => x.cat === cat)) {
          const d = oracleM(p, f);
          if (Math.abs(d - r) <= r * 0.005 + 1) continue; // metric difference band
          expect(got.has(f.osm), `${f.osm} at ${d.toFixed(1)} m, r ${r}`).toBe(d < r);
        }
        const near = nearestFacility(index, cat as LifeCategory, p);
        const best = facilities
          .filter((x) => x.cat === cat)
          .map((f) => oracleM(p, f))
          .sort((a, b) => a - b)[0];
        if (best === undefined) expect(near).toBeNull();
        else expect(oracleM(p, near!.facility)).toBeLessThanOrEqual(best * 1.005 + 1);
      }
    }
  });

  it('sorts hits nearest first and ignores a negative radius', () => {
    const p: [number, number] = [121.52, 31.29];
    const hits = facilitiesWithin(index, 'education', p, 3000);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.map((h) => h.distanceM)).toEqual([...hits.map((h) => h.distanceM)].sort((a, b) => a - b));
    expect(facilitiesWithin(index, 'education', p, -1)).toEqual([]);
  });
});

describe('parseFacilities', () => {
  it('keeps points with a known category and skips the rest', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'A', cat: 'health', fclass: 'clinic', osm: 'n1' },
          geometry: { type: 'Point', coordinates: [121.5, 31.3] },
        },
        {
          type: 'Feature',
          properties: { name: 'B', cat: 'bakery', osm: 'n2' },
          geometry: { type: 'Point', coordinates: [121.5, 31.3] },
        },
        {
          type: 'Feature',
          properties: { name: 'C', cat: 'health' },
          geometry: { type: 'Point', coordinates: [Number.NaN, 31.3] },
        },
        {
          type: 'Feature',
          properties: { name: 'D', cat: 'health' },
          geometry: { type: 'LineString', coordinates: [] },
        },
      ],
    };
    expect(parseFacilities(fc)).toEqual([{ name: 'A', cat: 'health', fclass: 'clinic', osm: 'n1', at: [121.5, 31.3] }]);
    expect(parseFacilities(null)).toEqual([]);
  });
});

describe('lifeCircle', () => {
  const p: [number, number] = [121.52, 31.29];
  const rec = (id: string, category: string, zh: string) => ({
    id,
    name: { zh, en: id },
    status: 'planned' as const,
    years: [2025],
    category: category as never,
  });

  it('lists the report projects inside the circle per category, and the nearest one beyond only where the circle has nothing', () => {
    const rows = lifeCircle(index, p, 1200, [
      { record: rec('market-far', 'commerce', '控江菜市场改造'), distanceM: 1800 },
      { record: rec('market-farther', 'commerce', '便民菜场'), distanceM: 2600 },
      { record: rec('school-in', 'education', '松一幼儿园'), distanceM: 400 },
      { record: rec('mall', 'commerce', '五角场商圈'), distanceM: 100 },
      { record: rec('park-far', 'public-space', '滨江公园'), distanceM: 2000 },
    ]);
    const green = rows.find((r) => r.cat === 'green')!;
    expect(green.count).toBeGreaterThan(0);
    expect(green.plannedBeyond).toBeNull(); // the circle has parks: no "the report plans one … away"
    expect(green.additions).toEqual([]);
    expect(rows.map((r) => r.cat)).toEqual([...LIFE_CATEGORIES]);
    const shopping = rows.find((r) => r.cat === 'shopping')!;
    expect(shopping.count).toBe(0);
    expect(shopping.nearest).toBeNull();
    expect(shopping.additions).toEqual([]);
    expect(shopping.plannedBeyond?.id).toBe('market-far');
    const education = rows.find((r) => r.cat === 'education')!;
    expect(education.additions.map((a) => a.id)).toEqual(['school-in']);
    expect(education.count).toBe(facilitiesWithin(index, 'education', p, 1200).length);
    expect(education.plannedBeyond).toBeNull();
  });

  it('says the report plans none when no project of the category is given', () => {
    const shopping = lifeCircle(index, p, 1200, []).find((r) => r.cat === 'shopping')!;
    expect(shopping).toMatchObject({ count: 0, additions: [], plannedBeyond: null });
  });
});
