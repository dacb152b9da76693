import { pinyinKeysOf as pinyin } from '../../../src/pipeline/pinyin';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceToGeometryM } from '../../../src/features/nearby/distance';
import {
  buildPlaceIndex,
  gazetteerPlaceInputs,
  isInYangpu,
  representativePoint,
  searchPlaces,
  YANGPU_CENTRE,
  type ContextFeature,
  type GazetteerPlaceInput,
} from '../../../src/features/nearby/place-search';
import { makePlace, makeRecord } from '../records';

const context = <T = ContextFeature>(file: string): T[] =>
  (
    JSON.parse(
      readFileSync(fileURLToPath(new URL(`../../../geodata/context/${file}`, import.meta.url)), 'utf8'),
    ) as FeatureCollection
  ).features as T[];

const places: GazetteerPlaceInput[] = [
  {
    id: 'fengcheng-sancun-130',
    name: '凤城三村130号',
    en: 'No. 130 Fengcheng Sancun',
    aliases: ['凤城三村130号甲乙丙丁', '凤城三村'],
    kind: 'housing',
    point: [121.531, 31.284],
  },
  {
    id: 'huangxinglu-1039',
    name: '黄兴路1039弄',
    en: 'Lane 1039, Huangxing Road',
    aliases: ['黄兴路1039弄项目'],
    kind: 'housing',
    point: [121.533, 31.281],
  },
  {
    id: 'wujiaochang',
    name: '五角场',
    en: 'Wujiaochang',
    aliases: ['五角场商圈'],
    kind: 'culture',
    point: [121.514, 31.3],
  },
  {
    id: 'wujiaochang-wanda',
    name: '五角场万达广场',
    en: 'Wujiaochang Wanda Plaza',
    aliases: [],
    kind: 'commerce',
    point: [121.516, 31.302],
  },
];
const index = buildPlaceIndex(
  { places, roads: context('roads.geojson'), stations: context('stations.geojson') },
  pinyin,
);
const names = (q: string, limit?: number): string[] => searchPlaces(index, q, limit).map((e) => e.name);

describe('searchPlaces', () => {
  it('finds the road 黄兴路 first, then names starting with it, including the estate 黄兴路1039弄', () => {
    const hits = names('黄兴路');
    expect(hits[0]).toBe('黄兴路');
    expect(hits).toContain('黄兴路1039弄');
    expect(hits).toContain('黄兴路站');
    expect(hits.indexOf('黄兴路站')).toBeLessThan(hits.indexOf('黄兴路1039弄')); // shorter first
  });

  it('finds 凤城三村130号 from a partial name', () => {
    expect(names('凤城')).toEqual(['凤城三村130号']);
  });

  it('finds 五角场 from pinyin initials, full pinyin and English, exact match first', () => {
    expect(names('wjc')[0]).toBe('五角场');
    expect(names('wjc')).toEqual(expect.arrayContaining(['五角场站', '五角场万达广场']));
    expect(names('wujiaochang')[0]).toBe('五角场');
    expect(names('Wujiaochang station')).toEqual(['五角场站']);
  });

  it('ranks exact > prefix > substring, then shorter names first', () => {
    const pt: [number, number] = [121.52, 31.3];
    const small = buildPlaceIndex(
      {
        places: ['黄兴公园站', '杨浦公园', '公园东路一号院', '公园'].map((name, i) => ({
          id: `p${i}`,
          name,
          en: '',
          aliases: [],
          kind: 'park',
          point: pt,
        })),
      },
      pinyin,
    );
    expect(searchPlaces(small, '公园').map((e) => e.name)).toEqual([
      '公园',
      '公园东路一号院',
      '杨浦公园',
      '黄兴公园站',
    ]);
  });

  it('normalises the query: full-width, case, spaces and punctuation', () => {
    expect(names('ＷＪＣ')[0]).toBe('五角场');
    expect(names(' 黄 兴 路 ')[0]).toBe('黄兴路');
    expect(names('Huangxing-Road.')[0]).toBe('黄兴路');
  });

  it('returns [] for an empty query or no match, and honours the limit', () => {
    expect(names('  ·')).toEqual([]);
    expect(names('不存在的地方')).toEqual([]);
    expect(names('路', 3)).toHaveLength(3);
    expect(names('路').length).toBeLessThanOrEqual(8);
  });

  it('keeps the road line and puts its point on the line', () => {
    const road = searchPlaces(index, '黄兴路')[0]!;
    expect(road.source).toBe('road');
    // OSM roads come as several ways (issue 11): a LineString or a MultiLineString
    expect(road.line?.type).toMatch(/^(Multi)?LineString$/);
    expect(distanceToGeometryM(road.point, road.line!)).toBeLessThan(1);
    const station = searchPlaces(index, '黄兴路站')[0]!;
    expect(station).toMatchObject({ source: 'station', kind: 'station', key: 'station:黄兴路站' });
    expect(station.line).toBeUndefined();
  });
});

describe('representativePoint', () => {
  it('takes the point halfway along a line and a point inside a polygon', () => {
    expect(
      representativePoint({
        type: 'LineString',
        coordinates: [
          [121.5, 31.3],
          [121.52, 31.3],
        ],
      })![0],
    ).toBeCloseTo(121.51, 6);
    const ring = [
      [121.5, 31.3],
      [121.51, 31.3],
      [121.51, 31.31],
      [121.5, 31.31],
      [121.5, 31.3],
    ];
    expect(
      distanceToGeometryM(representativePoint({ type: 'Polygon', coordinates: [ring] })!, {
        type: 'Polygon',
        coordinates: [ring],
      }),
    ).toBe(0);
    expect(representativePoint(null)).toBeNull();
  });
});

describe('gazetteerPlaceInputs', () => {
  it('places a gazetteer entry at a feature of a record using only that place', () => {
    const catalog = {
      places: [
        makePlace({ id: 'a', name: '甲' }),
        makePlace({ id: 'b', name: '乙' }),
        makePlace({ id: 'unused', name: '丙' }),
      ],
      records: [
        makeRecord({ id: 'both', placeIds: ['a', 'b'] }),
        makeRecord({ id: 'only-a', placeIds: ['a'], category: 'health' }),
      ],
    };
    const features = [
      { geometry: { type: 'Point' as const, coordinates: [121.5, 31.3] }, properties: { id: 'both' } },
      { geometry: { type: 'Point' as const, coordinates: [121.51, 31.31] }, properties: { id: 'only-a' } },
    ];
    expect(gazetteerPlaceInputs(catalog, features)).toEqual([
      { id: 'a', name: '甲', en: '', aliases: [], kind: 'health', point: [121.51, 31.31] },
      { id: 'b', name: '乙', en: '', aliases: [], kind: 'housing', point: [121.5, 31.3] },
    ]);
  });
});

describe('isInYangpu', () => {
  const yangpu = context<Feature<Polygon | MultiPolygon>>('districts.geojson').find(
    (f) => f.properties?.name === '杨浦区',
  )!;

  it('accepts the default centre and the stations in Yangpu, and rejects Pudong and Hongkou', () => {
    expect(isInYangpu(YANGPU_CENTRE, yangpu)).toBe(true);
    expect(isInYangpu([121.514, 31.3], yangpu.geometry)).toBe(true); // 五角场
    expect(isInYangpu([121.54, 31.22], yangpu)).toBe(false); // Pudong
    expect(isInYangpu([121.48, 31.27], yangpu)).toBe(false); // Hongkou
    expect(isInYangpu([NaN, 31.3], yangpu)).toBe(false);
  });
});
