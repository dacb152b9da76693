import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { GeometrySource, PlaceSource } from '../../src/data/types.ts';
import { distanceTo, matchPlace, nameFit, placeKind, propose, type OsmFeature } from '../../src/pipeline/locate.ts';

const OSM = JSON.parse(
  readFileSync(new URL('../fixtures/locate/osm-features.json', import.meta.url), 'utf8'),
) as OsmFeature[];
const pt = (lng: number, lat: number): GeometrySource => ({ type: 'Point', coordinates: [lng, lat] });
const place = (name: string, geometry: GeometrySource, extra: Partial<PlaceSource> = {}): PlaceSource => ({
  id: 'p',
  name,
  en: name,
  precision: 'schematic',
  basis: 'test',
  geometry,
  ...extra,
});

describe('placeKind', () => {
  it('reads the kind from the name, then the aliases; none for an estate', () => {
    expect(placeKind({ name: '市东医院' })).toBe('hospital');
    expect(placeKind({ name: '新江湾城社区卫生服务中心' })).toBe('hospital');
    expect(placeKind({ name: '上财附幼' })).toBe('school');
    expect(placeKind({ name: '上财附幼X', aliases: ['上海财经大学附属幼儿园'] })).toBe('school');
    expect(placeKind({ name: '油酷艺术公园' })).toBe('park');
    expect(placeKind({ name: '黄兴路' })).toBe('road');
    expect(placeKind({ name: '凤城三村130号' })).toBeUndefined();
  });
});

describe('nameFit', () => {
  it('is 2 for the same name once 上海市 / 杨浦区 and brackets are dropped', () => {
    expect(nameFit('市东医院', '上海市杨浦区市东医院（营口分院）')).toBe(2);
  });
  it('is 1 when the OSM name holds the whole place name, 0 the other way round', () => {
    expect(nameFit('控江医院', '上海市杨浦区控江医院附属门诊')).toBe(1);
    expect(nameFit('市东医院新江湾城院区', '市东医院')).toBe(0);
  });
  it('does not fit on a short name inside a longer one', () => {
    expect(nameFit('复旦', '复旦大学')).toBe(0);
  });
});

describe('matchPlace: kinds', () => {
  it('matches a hospital against hospitals only, never a restaurant or a school of the same name', () => {
    const m = matchPlace(place('控江医院', pt(121.5262, 31.2846)), pt(121.5262, 31.2846), OSM);
    expect(m.kind).toBe('hospital');
    expect(m.best?.feature.ref).toBe('pois-a:1');
    expect(m.candidates).toBe(1);
    expect(m.best?.distanceM).toBe(0); // inside the campus polygon
  });
  it('finds nothing for a kind OSM does not have by that name', () => {
    const m = matchPlace(place('控江公园', pt(121.53, 31.28)), pt(121.53, 31.28), OSM);
    expect(m.kind).toBe('park');
    expect(m.best).toBeUndefined();
    expect(propose({ precision: 'area', geometry: pt(121.53, 31.28) }, m)).toEqual({
      action: 'none',
      why: 'no OSM park with this name',
    });
  });
});

describe('matchPlace: aliases', () => {
  const today = pt(121.544057, 31.27473);
  it('matches through an alias, the nearer of two equally named candidates winning', () => {
    const m = matchPlace(place('区中心医院', today, { aliases: ['杨浦医院'] }), today, OSM);
    expect(m.best?.feature.ref).toBe('pois-a:8');
    expect(m.candidates).toBe(2);
    expect(m.ties).toEqual([]);
  });
  it('without the alias only the far namesake is found', () => {
    const m = matchPlace(place('区中心医院', today), today, OSM);
    expect(m.best?.feature.ref).toBe('pois-a:9');
    expect(m.best!.distanceM).toBeGreaterThan(1900);
  });
});

describe('propose: the 500 m rule', () => {
  const far = pt(121.5347, 31.2696); // ~1.1 km from the OSM 大桥社区卫生服务中心
  const near = pt(121.5251, 31.2769);
  it('adopts an OSM outline of a fitting kind within 500 m, precision block', () => {
    const m = matchPlace(place('大桥社区卫生服务中心', near), near, OSM);
    const p = propose({ precision: 'schematic', geometry: near }, m);
    expect(p.action).toBe('adopt');
    expect(p.action === 'adopt' && p.precision).toBe('block');
    expect(p.action === 'adopt' && p.geometry.type).toBe('Polygon');
  });
  it('never adopts beyond 500 m without a decision in the YAML', () => {
    const m = matchPlace(place('大桥社区卫生服务中心', far), far, OSM);
    expect(m.best!.distanceM).toBeGreaterThan(500);
    expect(propose({ precision: 'schematic', geometry: far }, m)).toMatchObject({ action: 'decide' });
  });
  it('takes the YAML decision (and its note) when it names the matched feature', () => {
    const m = matchPlace(place('大桥社区卫生服务中心', far), far, OSM);
    const osm = {
      ref: 'pois-a:5',
      name: '大桥社区卫生服务中心',
      decision: 'adopted' as const,
      note: 'moved: the old point was a guess',
    };
    expect(propose({ precision: 'block', geometry: far, osm }, m)).toEqual({
      action: 'decided',
      decision: 'adopted',
      note: 'moved: the old point was a guess',
    });
    // A decision about another feature does not count.
    expect(propose({ precision: 'block', geometry: far, osm: { ...osm, ref: 'pois-a:9' } }, m)).toMatchObject({
      action: 'decide',
    });
  });
  it('adopts a point for a point when OSM has only a point', () => {
    const today = pt(121.5335, 31.3245);
    const p = propose({ precision: 'street', geometry: today }, matchPlace(place('市东医院', today), today, OSM));
    expect(p).toMatchObject({
      action: 'adopt',
      precision: 'block',
      geometry: { type: 'Point', coordinates: [121.5337, 31.3232] },
    });
  });
});

describe('matchPlace: ties', () => {
  const today = pt(121.5369, 31.2605); // ~250 m north of the museum
  it('lists equally good candidates, picks the smallest ref, and asks for a decision', () => {
    const m = matchPlace(place('世界技能博物馆', today), today, OSM);
    expect(m.best?.feature.ref).toBe('heritage:way/7');
    expect(m.ties.map((t) => t.feature.ref)).toEqual(['pois-a:6']);
    expect(propose({ precision: 'street', geometry: today }, m)).toMatchObject({
      action: 'decide',
      why: '2 equally good OSM features; choose one in the YAML',
    });
  });
  it('a YAML decision naming either tied feature settles it', () => {
    const m = matchPlace(place('世界技能博物馆', today), today, OSM);
    const osm = { ref: 'pois-a:6', name: '世界技能博物馆', decision: 'adopted' as const };
    expect(propose({ precision: 'block', geometry: today, osm }, m)).toMatchObject({
      action: 'decided',
      decision: 'adopted',
    });
  });
});

describe('distanceTo a road', () => {
  const road = {
    type: 'LineString' as const,
    coordinates: [
      [121.5, 31.3],
      [121.5, 31.31],
    ] as [number, number][],
  };
  it('is the median offset of the trace where OSM has the road, ignoring the trace beyond it', () => {
    // Two vertices ~95 m east of the road, three far beyond its north end (where OSM has no piece).
    const trace: GeometrySource = {
      type: 'LineString',
      coordinates: [
        [121.501, 31.3],
        [121.501, 31.31],
        [121.501, 31.33],
        [121.501, 31.34],
        [121.501, 31.35],
      ],
    };
    expect(distanceTo(trace, road)).toBeGreaterThan(90);
    expect(distanceTo(trace, road)).toBeLessThan(100);
  });
  it('shows a trace along the wrong street', () => {
    const wrong: GeometrySource = {
      type: 'LineString',
      coordinates: [
        [121.502, 31.3],
        [121.502, 31.305],
        [121.502, 31.31],
      ],
    };
    expect(distanceTo(wrong, road)).toBeGreaterThan(180);
  });
});
