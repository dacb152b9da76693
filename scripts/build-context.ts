/**
 * Builds the embedded offline context basemap: geodata/context/*.geojson.
 *
 *   npx tsx scripts/build-context.ts
 *
 * - districts.geojson is generated from the npm package @datapool/shanghai.geojson (GCJ-02),
 *   every coordinate converted to WGS-84 with gcoord.
 * - Every other layer is hand-traced: the named polylines/points/polygons below, placed through
 *   rows of /work/shared/reference/yangpu-reference-points.tsv (WGS-84) where such rows exist,
 *   otherwise from the sources or assumptions named in each feature's `basis`.
 *
 * Output is deterministic (features in source order, coordinates rounded to 6 decimals, polygons
 * rewound to RFC 7946 counter-clockwise exterior rings) and each file is written atomically.
 * The script prints checks and exits non-zero if one fails.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, renameSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import * as turf from '@turf/turf';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'geodata/context');
const REF_TSV = process.env.YANGPU_REF_TSV ?? '/work/shared/reference/yangpu-reference-points.tsv';

type Pos = [number, number];
type Precision = 'exact' | 'block' | 'street' | 'area' | 'schematic';
interface Props {
  name: string;
  name_en: string;
  kind: string;
  precision: Precision;
  basis: string;
  [k: string]: unknown;
}
interface Feature {
  type: 'Feature';
  properties: Props;
  geometry: { type: string; coordinates: unknown };
}

let failures = 0;
function check(ok: boolean, msg: string) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${msg}`);
  if (!ok) failures++;
}

// ---------------------------------------------------------------------------------------------
// Reference points (WGS-84). Rows are addressed by name + 1-based occurrence when a name repeats.

interface RefRow { name: string; lng: number; lat: number; crs: string; source: string }
const refRows: RefRow[] = [];
if (!existsSync(REF_TSV)) throw new Error(`reference TSV not found: ${REF_TSV}`);
for (const line of readFileSync(REF_TSV, 'utf8').split('\n').slice(1)) {
  if (!line.trim()) continue;
  const [name, lng, lat, crs, source] = line.split('\t');
  refRows.push({ name, lng: Number(lng), lat: Number(lat), crs, source });
}
/** ref('地铁国权路站', 2) = the 2nd row of that exact name. */
function ref(name: string, nth = 1): Pos {
  const rows = refRows.filter((r) => r.name === name);
  const r = rows[nth - 1];
  if (!r) throw new Error(`reference row not found: ${name} #${nth}`);
  return [r.lng, r.lat];
}
const gcj = (p: Pos): Pos => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as Pos;

// ---------------------------------------------------------------------------------------------
// helpers

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
function roundCoords(c: unknown): unknown {
  if (typeof c === 'number') return r6(c);
  return (c as unknown[]).map(roundCoords);
}
function feature(props: Props, geometry: Feature['geometry']): Feature {
  return { type: 'Feature', properties: props, geometry };
}
function polygonFeature(props: Props, ring: Pos[]): Feature {
  const closed = ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring : [...ring, ring[0]];
  const f = turf.rewind(turf.polygon([closed]), { reverse: false }) as any;
  return feature(props, f.geometry);
}
function writeCollection(file: string, features: Feature[]) {
  const fc = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: f.properties, geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) } })),
  };
  const body = '{"type":"FeatureCollection","features":[\n' + fc.features.map((f) => JSON.stringify(f)).join(',\n') + '\n]}\n';
  const path = join(OUT, file);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, body);
  renameSync(tmp, path);
  console.log(`wrote ${file}: ${features.length} features`);
}
const metres = (a: Pos, b: Pos) => turf.distance(a, b, { units: kilometers }) * 1000;
const kilometers = 'kilometers';

mkdirSync(OUT, { recursive: true });

// =============================================================================================
// 1. districts.geojson — @datapool/shanghai.geojson, GCJ-02 → WGS-84

const SH = require('@datapool/shanghai.geojson');
const DISTRICTS: [string, string][] = [
  ['杨浦区', 'Yangpu District'],
  ['虹口区', 'Hongkou District'],
  ['宝山区', 'Baoshan District'],
  ['浦东新区', 'Pudong New Area'],
  ['黄浦区', 'Huangpu District'],
  ['静安区', "Jing'an District"],
];
const districtFeatures: Feature[] = [];
for (const [zh, en] of DISTRICTS) {
  const src = SH.features.find((f: any) => f.properties.name === zh);
  if (!src) throw new Error(`district missing in @datapool/shanghai.geojson: ${zh}`);
  const g = src.geometry;
  const polys: Pos[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const conv = polys.map((poly) => poly.map((ring) => ring.map((c) => gcj(c as Pos))));
  const mp = turf.rewind(turf.multiPolygon(conv), { reverse: false }) as any;
  const geometry = conv.length === 1 ? { type: 'Polygon', coordinates: mp.geometry.coordinates[0] } : mp.geometry;
  districtFeatures.push(
    feature(
      {
        name: zh, name_en: en, kind: 'district', precision: 'area', adcode: src.properties.adcode,
        basis: `npm @datapool/shanghai.geojson@1.0.1 (${zh}, adcode ${src.properties.adcode}; GCJ-02, converted to WGS-84 with gcoord). Simplified outline (tens of vertices): edges can be off by 100–500 m; river boundaries are approximate.`,
      },
      geometry,
    ),
  );
}
const yangpu = districtFeatures[0];
// The package outline is coarse: 杨树浦路 station (reference row, on 杨树浦路 just east of the
// 秦皇岛路 boundary) falls ~15 m outside it. Documented local patch: add a 40 m disc around it.
{
  const p = ref('地铁杨树浦路站(4号线)');
  if (!turf.booleanPointInPolygon(p, yangpu.geometry as any)) {
    const u = turf.union(turf.featureCollection([turf.feature(yangpu.geometry as any) as any, turf.circle(p, 0.04, { steps: 16, units: 'kilometers' })])) as any;
    if (u.geometry.type !== 'Polygon') throw new Error('patch produced a MultiPolygon');
    yangpu.geometry = (turf.rewind(u, { reverse: false }) as any).geometry;
    yangpu.properties.basis += " Local patch: a 40 m disc around reference row '地铁杨树浦路站(4号线)' was merged in because the coarse outline left that Yangpu station ~15 m outside.";
    console.log('INFO  杨浦区 outline patched around 杨树浦路 station');
  }
}
writeCollection('districts.geojson', districtFeatures);

// 1b. district-labels.geojson — one label point per neighbouring district, inside the part of it
// near Yangpu (a GeoJSON polygon label would repeat on every internal tile).
const LABEL_WINDOW: [number, number, number, number] = [121.43, 31.2, 121.63, 31.39];
const labelFeatures: Feature[] = districtFeatures
  .filter((f) => f.properties.name !== '杨浦区')
  .map((f) => {
    const clipped = turf.bboxClip(f as any, LABEL_WINDOW) as any;
    const point = turf.pointOnFeature(clipped.geometry.coordinates.length ? clipped : (f as any)).geometry.coordinates as Pos;
    return feature(
      {
        name: f.properties.name, name_en: f.properties.name_en, kind: 'district-label', precision: 'area',
        basis: `A point inside ${f.properties.name}'s outline (districts.geojson), within the window around Yangpu, for its label.`,
      },
      { type: 'Point', coordinates: [Number(point[0].toFixed(6)), Number(point[1].toFixed(6))] },
    );
  });
writeCollection('district-labels.geojson', labelFeatures);

// =============================================================================================
// 5. stations.geojson — every metro station in Yangpu (+ a few neighbours used to end the lines)

interface Station { zh: string; en: string; lines: string[]; at: Pos; basis: string; precision: Precision; inYangpu: boolean; refName?: [string, number] }
const S = (zh: string, en: string, lines: string[], refName: string, nth = 1, inYangpu = true): Station => ({
  zh, en, lines, at: ref(refName, nth), refName: [refName, nth], precision: 'block', inYangpu,
  basis: `Reference row '${refName}'${nth > 1 ? ` (#${nth})` : ''} (yangpu-reference-points.tsv, ${refRows.filter((r) => r.name === refName)[nth - 1].crs} source converted to WGS-84).`,
});
const OSM_STATIONS = 'find_string id 61475760618 (public repo TS table of Shanghai metro station centroids from OpenStreetMap, ODbL)';
const stations: Station[] = [
  S('大连路', 'Dalian Road', ['4', '12'], '地铁大连路站(4号线)'),
  S('杨树浦路', 'Yangshupu Road', ['4'], '地铁杨树浦路站(4号线)'),
  S('四平路', 'Siping Road', ['8', '10'], '地铁四平路站(8号线)'),
  S('鞍山新村', 'Anshan Xincun', ['8'], '地铁鞍山新村站(8号线)'),
  S('江浦路', 'Jiangpu Road', ['8', '18'], '地铁江浦路站(8号线)'),
  S('黄兴路', 'Huangxing Road', ['8'], '地铁黄兴路站(8号线)'),
  S('延吉中路', 'Middle Yanji Road', ['8'], '地铁延吉中路站(8号线)'),
  S('黄兴公园', 'Huangxing Park', ['8'], '地铁黄兴公园站(8号线)'),
  S('翔殷路', 'Xiangyin Road', ['8'], '地铁翔殷路站(8号线)'),
  S('嫩江路', 'Nenjiang Road', ['8'], '地铁嫩江路站(8号线)'),
  S('市光路', 'Shiguang Road', ['8'], '地铁市光路站(8号线)'),
  S('同济大学', 'Tongji University', ['10'], '地铁同济大学站(10号线)'),
  S('国权路', 'Guoquan Road', ['10', '18'], '地铁国权路站(10号线)'),
  S('五角场', 'Wujiaochang', ['10'], '地铁五角场站(10号线)'),
  S('江湾体育场', 'Jiangwan Stadium', ['10'], '地铁江湾体育场站(10号线)'),
  S('三门路', 'Sanmen Road', ['10'], '地铁三门路站(10号线)'),
  S('殷高东路', 'East Yingao Road', ['10'], '地铁殷高东路站(10号线)'),
  S('新江湾城', 'Xinjiangwancheng', ['10'], '地铁新江湾城站(10号线)'),
  S('国帆路', 'Guofan Road', ['10'], '地铁国帆路站(10号线)'),
  S('江浦公园', 'Jiangpu Park', ['12', '18'], '地铁江浦公园站(12号线)'),
  S('宁国路', 'Ningguo Road', ['12'], '地铁宁国路站(12号线)'),
  S('隆昌路', 'Longchang Road', ['12'], '地铁隆昌路站(12号线)'),
  S('爱国路', 'Aiguo Road', ['12'], '地铁爱国路站(12号线)'),
  S('复兴岛', 'Fuxing Island', ['12'], '地铁复兴岛站(12号线)'),
  S('复旦大学', 'Fudan University', ['18'], '地铁复旦大学站(18号线)'),
  {
    zh: '抚顺路', en: 'Fushun Road', lines: ['18'], at: [121.51133, 31.28605], precision: 'block', inYangpu: true,
    basis: `No reference row. ${OSM_STATIONS}: 121.51133, 31.28605.`,
  },
  {
    zh: '平凉路', en: 'Pingliang Road', lines: ['18'], at: [121.52253, 31.26105], precision: 'block', inYangpu: true,
    basis: `No reference row. ${OSM_STATIONS}: 121.52253, 31.26105 (Jiangpu Rd x Pingliang Rd).`,
  },
  {
    zh: '丹阳路', en: 'Danyang Road', lines: ['18'], at: [121.52605, 31.25691], precision: 'block', inYangpu: true,
    basis: `No reference row. ${OSM_STATIONS}: 121.52605, 31.25691; en.wikipedia Danyang Road station gives 31.255537, 121.527234 (~190 m away).`,
  },
  {
    zh: '上海财经大学', en: 'Shanghai University of Finance and Economics', lines: ['18'], at: [121.4985, 31.3065], precision: 'area', inYangpu: true,
    basis: 'ASSUMPTION, no coordinate source found: placed between 复旦大学 station and the SUFE 国定路 campus (reference row 国定支路24号 is ~300 m east). May be several hundred metres off.',
  },
  {
    zh: '殷高路', en: 'Yingao Road', lines: ['18'], at: [121.4935, 31.3225], precision: 'area', inYangpu: true,
    basis: 'ASSUMPTION, no coordinate source found: placed on 殷高路 near the Yangpu/Baoshan boundary, on the straight line from 上海财经大学 toward 长江南路 (Baoshan). Position and even district side uncertain; may be several hundred metres off.',
  },
];
// neighbouring stations outside Yangpu, only used as line ends
const neighbours: Record<string, Station> = {
  临平路: { zh: '临平路', en: 'Linping Road', lines: ['4'], at: gcj([121.500923, 31.260189]), precision: 'block', inYangpu: false, basis: 'find_string id 37194558076 (station list, GCJ-02 121.500923,31.260189 converted with gcoord).' },
  浦东大道: { zh: '浦东大道', en: 'Pudong Avenue', lines: ['4', '14'], at: [121.51495, 31.24241], precision: 'block', inYangpu: false, basis: OSM_STATIONS },
  曲阳路: { zh: '曲阳路', en: 'Quyang Road', lines: ['8'], at: [121.48579, 31.27854], precision: 'block', inYangpu: false, basis: OSM_STATIONS },
  邮电新村: { zh: '邮电新村', en: 'Youdian Xincun', lines: ['10'], at: [121.48981, 31.27041], precision: 'block', inYangpu: false, basis: OSM_STATIONS },
  提篮桥: { zh: '提篮桥', en: 'Tilanqiao', lines: ['12'], at: [121.50236, 31.25543], precision: 'block', inYangpu: false, basis: OSM_STATIONS },
  昌邑路: { zh: '昌邑路', en: 'Changyi Road', lines: ['14', '18'], at: [121.53577, 31.24603], precision: 'block', inYangpu: false, basis: OSM_STATIONS },
};

// Station checks: within 100 m of every other reference row of the same station; inside Yangpu.
const yangpuPoly = yangpu.geometry as any;
for (const s of stations) {
  const aliases = refRows.filter((r) => r.name.startsWith('地铁') && r.name.replace(/\(.*\)$/, '').replace(/^地铁/, '').replace(/站$/, '') === s.zh);
  const ds = aliases.map((r) => metres(s.at, [r.lng, r.lat]));
  if (s.refName) check(ds.length > 0 && Math.min(...ds) < 100, `station ${s.zh}: ${Math.round(Math.min(...ds))} m from its reference row '${s.refName[0]}'`);
  else if (aliases.length) check(Math.min(...ds) < 100, `station ${s.zh}: ${Math.round(Math.min(...ds))} m from a reference row`);
  else console.log(`INFO  station ${s.zh}: no reference row (${s.precision}; ${s.basis.slice(0, 60)}…)`);
  for (let i = 0; i < aliases.length; i++) if (ds[i] > 100) console.log(`INFO  station ${s.zh}: other source '${aliases[i].name}' (${aliases[i].source.slice(0, 40)}) is ${Math.round(ds[i])} m away`);
  if (s.inYangpu) check(turf.booleanPointInPolygon(s.at, yangpuPoly), `station ${s.zh} inside 杨浦区 polygon`);
}
const stationFeatures = stations.map((s) =>
  feature({ name: `${s.zh}站`, name_en: `${s.en} station`, kind: 'station', precision: s.precision, basis: s.basis, lines: s.lines }, { type: 'Point', coordinates: s.at }),
);
writeCollection('stations.geojson', stationFeatures);
const st = (zh: string): Pos => (stations.find((s) => s.zh === zh) ?? neighbours[zh])!.at;

// =============================================================================================
// 4. rail.geojson — lines drawn station to station (straight segments; not the track geometry)

const LINES: { line: string; colour: string; en: string; via: string[] }[] = [
  { line: '4', colour: '#461D84', en: 'Line 4', via: ['临平路', '大连路', '杨树浦路', '浦东大道'] },
  { line: '8', colour: '#009EDB', en: 'Line 8', via: ['曲阳路', '四平路', '鞍山新村', '江浦路', '黄兴路', '延吉中路', '黄兴公园', '翔殷路', '嫩江路', '市光路'] },
  { line: '10', colour: '#C7AFD3', en: 'Line 10', via: ['邮电新村', '四平路', '同济大学', '国权路', '五角场', '江湾体育场', '三门路', '殷高东路', '新江湾城', '国帆路'] },
  { line: '12', colour: '#007B63', en: 'Line 12', via: ['提篮桥', '大连路', '江浦公园', '宁国路', '隆昌路', '爱国路', '复兴岛'] },
  { line: '18', colour: '#D6A461', en: 'Line 18', via: ['殷高路', '上海财经大学', '复旦大学', '国权路', '抚顺路', '江浦路', '江浦公园', '平凉路', '丹阳路', '昌邑路'] },
];
const railFeatures: Feature[] = LINES.map((l) =>
  feature(
    {
      name: `${l.line}号线`, name_en: `Shanghai Metro ${l.en}`, kind: 'metro', line: l.line, status: 'open', colour: l.colour,
      precision: l.line === '18' ? 'area' : 'street',
      basis: `Straight segments through the station points of stations.geojson in order (${l.via.join('–')}); the real tunnel curves between stations, so mid-segment positions can be off by 100–300 m.${l.line === '18' ? ' 上海财经大学 and 殷高路 stations are assumed positions.' : ''} Colour as specified by the project.`,
    },
    { type: 'LineString', coordinates: l.via.map(st) },
  ),
);
railFeatures.push(
  feature(
    {
      name: '20号线', name_en: 'Shanghai Metro Line 20 (planned)', kind: 'metro', line: '20', status: 'planned', colour: '#888888', precision: 'schematic',
      basis: 'SCHEMATIC ASSUMPTION: no public alignment or station list found offline. Drawn as the corridor named in the project brief: from the Hongkou boundary along 周家嘴路 to 黄兴路, north-east to 国和路/翔殷路, then east along 翔殷路 toward 军工路. No stations drawn. Colour is a neutral placeholder (no official colour known).',
    },
    { type: 'LineString', coordinates: [[121.5055, 31.2668], [121.5160, 31.2715], [121.5250, 31.2755], [121.5300, 31.2830], [121.5340, 31.2950], [121.5360, 31.3060], [121.5450, 31.3075], [121.5520, 31.3085]] },
  ),
);
writeCollection('rail.geojson', railFeatures);

// =============================================================================================
// 3. roads.geojson

interface Road { zh: string; en: string; cls: 'elevated' | 'arterial' | 'secondary'; precision: Precision; basis: string; pts: Pos[] }
const WJC: Pos = [121.5138, 31.3008]; // 五角场 circus (brief: ~121.514, 31.300)
const roads: Road[] = [
  {
    zh: '杨树浦路', en: 'Yangshupu Road', cls: 'arterial', precision: 'street',
    basis: "Traced through reference rows '地铁杨树浦路站(4号线)', 丹阳路 station (OSM), '绿之丘(杨树浦路1500号)' (door point, road ~100 m north), '杨树浦路(路段点)' (east section); bend near 杨浦大桥 and east end at 定海桥 assumed.",
    pts: [[121.5105, 31.2527], ref('地铁杨树浦路站(4号线)'), [121.5200, 31.2556], [121.52605, 31.25691], [121.5345, 31.2578], [121.5395, 31.2603], [121.5450, 31.2650], [121.5500, 31.2700], ref('杨树浦路(路段点)'), [121.5545, 31.2765]],
  },
  {
    zh: '长阳路', en: 'Changyang Road', cls: 'arterial', precision: 'street',
    basis: "Metro Line 12 runs under 长阳路: traced through Line 12 station rows '地铁大连路站(12号线)', '地铁江浦公园站(12号线)', '地铁宁国路站(12号线)', '地铁隆昌路站(12号线)', '地铁爱国路站(12号线)', '地铁复兴岛站(12号线)'.",
    pts: [ref('地铁大连路站(12号线)'), ref('地铁江浦公园站(12号线)'), ref('地铁宁国路站(12号线)'), ref('地铁隆昌路站(12号线)'), ref('地铁爱国路站(12号线)'), ref('地铁复兴岛站(12号线)')],
  },
  {
    zh: '平凉路', en: 'Pingliang Road', cls: 'arterial', precision: 'street',
    basis: "Traced through 平凉路 station (Line 18, OSM) and reference rows '平凉路(平凉路1890号)', '平凉路(平凉路2543号)'; west end at 大连路 and east end at 军工路 assumed.",
    pts: [[121.5100, 31.2560], [121.5160, 31.2585], [121.52253, 31.26105], [121.5310, 31.2660], ref('平凉路(平凉路1890号)'), ref('平凉路(平凉路2543号)'), [121.5530, 31.2810]],
  },
  {
    zh: '周家嘴路', en: 'Zhoujiazui Road', cls: 'arterial', precision: 'area',
    basis: "Drawn parallel to 长阳路 about 500–600 m north (assumption), through reference row '内江路(路段点)' (near its crossing with 周家嘴路); ends at 军工路.",
    pts: [[121.5020, 31.2640], [121.5060, 31.2662], [121.5150, 31.2705], [121.5250, 31.2755], [121.5330, 31.2790], ref('内江路(路段点)'), [121.5480, 31.2870], [121.5560, 31.2890]],
  },
  {
    zh: '控江路', en: 'Kongjiang Road', cls: 'arterial', precision: 'street',
    basis: "Line 8 runs under 控江路 between 江浦路 and 黄兴路: traced through rows '地铁江浦路站(8号线)', '地铁黄兴路站(8号线)', '控江路1031号', '杨浦公园' (Baidu point given as 控江路); west end at 大连路 and east end assumed.",
    pts: [[121.5030, 31.2708], [121.5090, 31.2745], ref('地铁江浦路站(8号线)'), [121.5190, 31.2793], ref('地铁黄兴路站(8号线)'), ref('控江路1031号'), [121.5320, 31.2838], [121.5390, 31.2862], [121.5440, 31.2885]],
  },
  {
    zh: '四平路', en: 'Siping Road', cls: 'arterial', precision: 'street',
    basis: "Traced through Line 10 station rows '地铁四平路站(10号线)', '地铁同济大学站(10号线)', '四平路1396号(bank branch)', '地铁国权路站(10号线)' to 五角场 (brief: ~121.514, 31.300); south-west end into Hongkou assumed.",
    pts: [[121.4880, 31.2655], [121.4925, 31.2712], ref('地铁四平路站(10号线)'), ref('地铁同济大学站(10号线)'), ref('地铁国权路站(10号线)'), [121.5100, 31.2968], WJC],
  },
  {
    zh: '邯郸路', en: 'Handan Road', cls: 'arterial', precision: 'street',
    basis: "From 五角场 west through reference rows '复旦大学邯郸校区' (#2, Amap geocode of 邯郸路220号) and '地铁复旦大学站(18号线)' (邯郸路 x 国权路), then along the Yangpu/Hongkou boundary of districts.geojson to 逸仙路.",
    pts: [WJC, [121.5060, 31.2999], ref('复旦大学邯郸校区', 2), ref('地铁复旦大学站(18号线)'), [121.4915, 31.2965], [121.4856, 31.2949], [121.4800, 31.2938]],
  },
  {
    zh: '翔殷路', en: 'Xiangyin Road', cls: 'arterial', precision: 'street',
    basis: "From 五角场 east through reference rows '地铁翔殷路站(8号线)' and '国顺东路20号' (near the crossing) to 军工路 and the 翔殷路隧道 portal; eastern part assumed.",
    pts: [WJC, [121.5200, 31.3040], ref('地铁翔殷路站(8号线)'), [121.5373, 31.3077], [121.5450, 31.3080], [121.5520, 31.3085]],
  },
  {
    zh: '黄兴路', en: 'Huangxing Road', cls: 'arterial', precision: 'street',
    basis: "Line 8 runs under 黄兴路 north of 控江路: traced through rows '地铁黄兴路站(8号线)', '地铁延吉中路站(8号线)', '地铁黄兴公园站(8号线)', '地铁翔殷路站(8号线)', '地铁嫩江路站(8号线)', '地铁市光路站(8号线)'. South of 控江路 (to 长阳路) and north of 市光路 assumed (area precision there).",
    pts: [[121.5240, 31.2690], [121.5232, 31.2755], ref('地铁黄兴路站(8号线)'), [121.5275, 31.2858], ref('地铁延吉中路站(8号线)'), ref('地铁黄兴公园站(8号线)'), ref('地铁翔殷路站(8号线)'), ref('地铁嫩江路站(8号线)'), ref('地铁市光路站(8号线)'), [121.5278, 31.3330]],
  },
  {
    zh: '军工路', en: 'Jungong Road', cls: 'arterial', precision: 'area',
    basis: "ASSUMED alignment: from 杨树浦路/定海桥 north along the west side of 复兴岛运河 past '地铁复兴岛站(12号线)', between '春江路815号' and the canal, then along the west edge of 共青森林公园 to the Baoshan boundary. May be 100–300 m off.",
    pts: [[121.5545, 31.2765], [121.5563, 31.2830], [121.5568, 31.2900], [121.5560, 31.2965], [121.5545, 31.3030], [121.5520, 31.3085], [121.5505, 31.3180], [121.5490, 31.3260], [121.5460, 31.3330], [121.5420, 31.3395]],
  },
  {
    zh: '大连路', en: 'Dalian Road', cls: 'arterial', precision: 'street',
    basis: "Yangpu/Hongkou boundary road: traced through '地铁大连路站(4号线)' and the boundary vertices of districts.geojson (杨浦区 west edge); north end at 四平路 assumed.",
    pts: [[121.5125, 31.2522], [121.5110, 31.2560], ref('地铁大连路站(4号线)'), [121.5041, 31.2648], [121.5018, 31.2686], [121.5021, 31.2726], [121.4990, 31.2748]],
  },
  {
    zh: '江浦路', en: 'Jiangpu Road', cls: 'secondary', precision: 'street',
    basis: "Traced through 丹阳路 station (OSM; 杨树浦路 x 江浦路), rows '江浦路(江浦路321号)', 平凉路 station (OSM), '江浦路(江浦路745弄9号)', '地铁江浦公园站(12号线)', '地铁江浦路站(8号线)', '江浦路(江浦路2098号)'; north end assumed.",
    pts: [[121.52605, 31.25691], ref('江浦路(江浦路321号)'), [121.52253, 31.26105], ref('江浦路(江浦路745弄9号)'), ref('地铁江浦公园站(12号线)'), [121.5165, 31.2720], ref('地铁江浦路站(8号线)'), ref('江浦路(江浦路2098号)'), [121.5115, 31.2865]],
  },
  {
    zh: '宁国路', en: 'Ningguo Road', cls: 'secondary', precision: 'area',
    basis: "Through '地铁宁国路站(12号线)' (长阳路 x 宁国路) and near '杨浦滨江·宁国路(绿之丘一带)' at the riverside; north end at 控江路 assumed.",
    pts: [[121.5268, 31.2572], [121.5278, 31.2640], ref('地铁宁国路站(12号线)'), [121.5288, 31.2770], [121.5293, 31.2832]],
  },
  {
    zh: '隆昌路', en: 'Longchang Road', cls: 'secondary', precision: 'area',
    basis: "Through '隆昌路(隆昌路521号)' and '地铁隆昌路站(12号线)'; south end at 杨树浦路 and north end at 周家嘴路 assumed.",
    pts: [[121.5398, 31.2603], [121.5399, 31.2680], ref('隆昌路(隆昌路521号)'), ref('地铁隆昌路站(12号线)'), [121.5408, 31.2826]],
  },
  {
    zh: '内江路', en: 'Neijiang Road', cls: 'secondary', precision: 'area',
    basis: "Through reference row '内江路(路段点)' (running-route waypoint near 周家嘴路); extent from 长阳路 to 延吉东路 assumed.",
    pts: [[121.5410, 31.2776], ref('内江路(路段点)'), [121.5420, 31.2880], [121.5428, 31.2945]],
  },
  {
    zh: '延吉中路', en: 'Middle Yanji Road', cls: 'secondary', precision: 'area',
    basis: "Through '地铁延吉中路站(8号线)' (黄兴路 x 延吉中路) and toward '延吉东路147号(长白新村街道)'; western extent to 双阳路 assumed.",
    pts: [[121.5205, 31.2890], ref('双阳路(路段点)'), ref('地铁延吉中路站(8号线)'), [121.5360, 31.2927], [121.5400, 31.2945]],
  },
  {
    zh: '国权路', en: 'Guoquan Road', cls: 'secondary', precision: 'street',
    basis: "From '地铁复旦大学站(18号线)' (邯郸路 x 国权路) along the south-west side of Fudan through '国权路283号' to '地铁国权路站(10号线)' (四平路 x 国权路).",
    pts: [ref('地铁复旦大学站(18号线)'), [121.4995, 31.2955], [121.5025, 31.2930], ref('国权路283号'), ref('地铁国权路站(10号线)')],
  },
  {
    zh: '淞沪路', en: 'Songhu Road', cls: 'arterial', precision: 'street',
    basis: "Line 10 runs under 淞沪路 north of 五角场: traced through rows '地铁江湾体育场站(10号线)', '地铁三门路站(10号线)', '地铁殷高东路站(10号线)', '地铁新江湾城站(10号线)', '地铁国帆路站(10号线)' (Songhu Rd x Guofan Rd).",
    pts: [WJC, ref('地铁江湾体育场站(10号线)'), [121.5065, 31.3105], ref('地铁三门路站(10号线)'), ref('地铁殷高东路站(10号线)'), ref('地铁新江湾城站(10号线)'), [121.5050, 31.3370], ref('地铁国帆路站(10号线)'), [121.5115, 31.3460]],
  },
  {
    zh: '国定路', en: 'Guoding Road', cls: 'secondary', precision: 'area',
    basis: "ASSUMED alignment from 邯郸路 (near '复旦大学附属中学') north past '国定支路24号' (SUFE) toward 政立路, west of 淞沪路.",
    pts: [[121.5078, 31.2998], [121.5055, 31.3050], [121.5030, 31.3100], [121.5008, 31.3150]],
  },
  {
    zh: '大学路', en: 'Daxue Road', cls: 'secondary', precision: 'area',
    basis: 'ASSUMED: short street between 国定路 and 淞沪路 just north of 五角场 (KIC/大学路 area).',
    pts: [[121.5052, 31.3058], [121.5085, 31.3065], [121.5110, 31.3070]],
  },
  {
    zh: '政立路', en: 'Zhengli Road', cls: 'secondary', precision: 'area',
    basis: "ASSUMED E–W alignment passing near '上海市杨浦区政立路小学' to 淞沪路.",
    pts: [[121.4925, 31.3162], [121.4990, 31.3155], [121.5040, 31.3142], [121.5075, 31.3130]],
  },
  {
    zh: '殷高路', en: 'Yingao Road', cls: 'secondary', precision: 'area',
    basis: "ASSUMED E–W alignment ending at 淞沪路 by '地铁殷高东路站(10号线)' (East Yingao Road continues east).",
    pts: [[121.4915, 31.3232], [121.4970, 31.3236], ref('地铁殷高东路站(10号线)')],
  },
  {
    zh: '中原路', en: 'Zhongyuan Road', cls: 'secondary', precision: 'area',
    basis: "ASSUMED alignment from 翔殷路 north-north-east through the 中原/殷行 estates (near '上海市杨浦区翔殷路小学', '殷行一村74号') to 闸殷路.",
    pts: [[121.5365, 31.3077], [121.5378, 31.3150], [121.5395, 31.3230], [121.5418, 31.3310], [121.5438, 31.3385]],
  },
  {
    zh: '殷行路', en: 'Yinhang Road', cls: 'secondary', precision: 'area',
    basis: "ASSUMED E–W alignment in 殷行 between 国伟路 ('国伟路300号') and 开鲁路 rows, from 淞沪路 area to 军工路.",
    pts: [[121.5150, 31.3300], [121.5280, 31.3305], [121.5380, 31.3310], [121.5465, 31.3318]],
  },
  {
    zh: '中山北二路', en: 'North Zhongshan Road No.2', cls: 'elevated', precision: 'area',
    basis: "Road under the inner-ring elevated in Yangpu's north-west corner; ASSUMED alignment from 大柏树 (Hongkou) east-south-east along the 杨浦区 boundary vertices near 四平路. Same line as 内环高架.",
    pts: [[121.4805, 31.2893], [121.4870, 31.2872], [121.4916, 31.2850], [121.4960, 31.2825], [121.4995, 31.2800]],
  },
  {
    zh: '内环高架', en: 'Inner Ring Elevated Road', cls: 'elevated', precision: 'area',
    basis: 'Only the section along 中山北二路 in the north-west corner is drawn (ASSUMED alignment, see 中山北二路). The inner ring continues south-east to the 杨浦大桥 (see landmarks.geojson); that link is not drawn because its alignment could not be verified offline.',
    pts: [[121.4805, 31.2893], [121.4870, 31.2872], [121.4916, 31.2850], [121.4960, 31.2825], [121.4995, 31.2800]],
  },
  {
    zh: '中环路', en: 'Middle Ring Road', cls: 'elevated', precision: 'street',
    basis: 'Middle ring in Yangpu follows 邯郸路 (from 逸仙路) to 五角场 and 翔殷路 east to 军工路 and the 翔殷路隧道 under the Huangpu: same vertices as 邯郸路 + 翔殷路 here; tunnel portal position assumed.',
    pts: [[121.4800, 31.2938], [121.4856, 31.2949], [121.4915, 31.2965], ref('地铁复旦大学站(18号线)'), ref('复旦大学邯郸校区', 2), [121.5060, 31.2999], WJC, [121.5200, 31.3040], ref('地铁翔殷路站(8号线)'), [121.5373, 31.3077], [121.5450, 31.3080], [121.5520, 31.3085], [121.5580, 31.3080]],
  },
];
const REQUIRED_ROADS = ['黄兴路', '军工路', '杨树浦路', '周家嘴路', '平凉路', '长阳路', '控江路', '国定路', '邯郸路', '四平路', '大连路', '江浦路', '宁国路', '隆昌路', '淞沪路', '翔殷路', '中原路', '殷行路', '国权路', '大学路', '内江路', '内环高架', '中环路'];
for (const n of REQUIRED_ROADS) check(roads.some((r) => r.zh === n), `road ${n} present`);
for (const r of roads) {
  const line = turf.lineString(r.pts);
  const km = turf.length(line);
  // each drawn road must have a vertex inside Yangpu and no zero-length segment
  const inside = r.pts.some((p) => turf.booleanPointInPolygon(p, yangpuPoly));
  check(inside && km > 0.2, `road ${r.zh}: ${km.toFixed(2)} km, touches Yangpu`);
}
const roadFeatures = roads.map((r) =>
  feature({ name: r.zh, name_en: r.en, kind: 'road', class: r.cls, precision: r.precision, basis: r.basis }, { type: 'LineString', coordinates: r.pts }),
);
writeCollection('roads.geojson', roadFeatures);

// =============================================================================================
// 2. water.geojson

// Puxi (Yangpu) bank of the Huangpu, SW → NE → N; around Fuxing Island it follows the island's
// outer shore (the island is a separate polygon, 复兴岛运河 a separate line).
const FUXING_ISLAND: Pos[] = [
  [121.5532, 31.2688], [121.5580, 31.2712], [121.5622, 31.2760], [121.5640, 31.2830], [121.5632, 31.2895],
  [121.5605, 31.2960], [121.5585, 31.3005], [121.5570, 31.2990], [121.5583, 31.2930], [121.5592, 31.2870],
  [121.5588, 31.2800], [121.5560, 31.2740],
];
const WEST_BANK: Pos[] = [
  [121.4960, 31.2470], [121.5040, 31.2493], [121.5115, 31.2510], [121.5190, 31.2527], [121.5262, 31.2548],
  [121.5345, 31.2560], [121.5410, 31.2588], [121.5470, 31.2628], [121.5532, 31.2688],
  // island outer shore
  [121.5580, 31.2712], [121.5622, 31.2760], [121.5640, 31.2830], [121.5632, 31.2895], [121.5605, 31.2960], [121.5585, 31.3005],
  // mainland bank north of the island (共青森林公园), to the Yangpu/Baoshan boundary and a little beyond
  [121.5572, 31.3060], [121.5565, 31.3130], [121.5566, 31.3200], [121.5560, 31.3265], [121.5530, 31.3330],
  [121.5478, 31.3385], [121.5420, 31.3440], [121.5360, 31.3510],
];
const riverWidthKm = 0.42;
const eastBank = (turf.lineOffset(turf.lineString(WEST_BANK), riverWidthKm, { units: 'kilometers' }).geometry.coordinates as Pos[]);
const riverRing: Pos[] = [...WEST_BANK, ...eastBank.slice().reverse()];
const riverPoly = turf.polygon([[...riverRing, riverRing[0]]]);
// the offset must fall on the Pudong (right-hand, east/south) side
check(!turf.booleanPointInPolygon(ref('地铁杨树浦路站(4号线)'), riverPoly) && turf.booleanPointInPolygon(ref('杨浦大桥'), riverPoly), '黄浦江 polygon: Yangpu bank dry, 杨浦大桥 span point over water');
check(turf.kinks(riverPoly).features.length === 0, '黄浦江 polygon has no self-intersections');
check(!turf.booleanPointInPolygon(ref('地铁复兴岛站(12号线)'), turf.polygon([[...FUXING_ISLAND, FUXING_ISLAND[0]]])), '复兴岛 polygon excludes the mainland 复兴岛 station point (canal between)');

const waterFeatures: Feature[] = [
  polygonFeature(
    {
      name: '黄浦江', name_en: 'Huangpu River', kind: 'river-area', precision: 'area',
      basis: `Yangpu-side bank hand-traced from 秦皇岛路 (Hongkou edge) to north of 共青森林公园, kept south/east of the riverside rows (杨树浦路 station, '绿之丘(杨树浦路1500号)', '杨浦滨江·宁国路(绿之丘一带)', '皂梦空间(平定路1号)') and through the '杨浦大桥' span point; the Pudong bank is that line offset by a constant ${riverWidthKm * 1000} m (assumption: real width varies ~350–600 m). Does not reach 吴淞口.`,
    },
    riverRing,
  ),
  polygonFeature(
    {
      name: '复兴岛', name_en: 'Fuxing Island', kind: 'island', precision: 'area',
      basis: "ASSUMED outline: ~3.4 km long, ~0.3–0.5 km wide, between 复兴岛运河 (west) and the Huangpu (east), from 定海桥 to its north tip; kept east of '地铁复兴岛站(12号线)'.",
    },
    FUXING_ISLAND,
  ),
];
const WATERWAYS: { zh: string; en: string; precision: Precision; basis: string; pts: Pos[] }[] = [
  {
    zh: '复兴岛运河', en: 'Fuxing Island Canal', precision: 'area',
    basis: 'Follows the west shore of the 复兴岛 polygon (assumed), from the Huangpu at 定海桥 to the Huangpu at the island\'s north tip.',
    pts: [[121.5532, 31.2688], [121.5560, 31.2740], [121.5588, 31.2800], [121.5592, 31.2870], [121.5583, 31.2930], [121.5570, 31.2990], [121.5578, 31.3012]],
  },
  {
    zh: '杨树浦港', en: 'Yangshupu Creek', precision: 'area',
    basis: 'ASSUMED course: N–S creek (~4.6 km in Yangpu) from the Huangpu near 杨树浦路/临青路 north, between 宁国路 and 隆昌路, to 黄兴公园 area.',
    pts: [[121.5328, 31.2568], [121.5330, 31.2650], [121.5335, 31.2740], [121.5330, 31.2820], [121.5318, 31.2890], [121.5305, 31.2960], [121.5295, 31.3030]],
  },
  {
    zh: '虬江', en: 'Qiujiang River', precision: 'area',
    basis: 'ASSUMED course: from the Hongkou/Baoshan side (江湾) east across north Yangpu, north of 五角场 and 翔殷路, to the Huangpu north of 复兴岛.',
    pts: [[121.4830, 31.3085], [121.4950, 31.3092], [121.5070, 31.3110], [121.5160, 31.3118], [121.5280, 31.3118], [121.5400, 31.3112], [121.5500, 31.3098], [121.5568, 31.3070]],
  },
  {
    zh: '走马塘', en: 'Zoumatang', precision: 'area',
    basis: 'ASSUMED course: E–W waterway across northern Yangpu (殷行) to the Huangpu near the Baoshan boundary.',
    pts: [[121.5080, 31.3375], [121.5200, 31.3372], [121.5330, 31.3368], [121.5440, 31.3365], [121.5500, 31.3352]],
  },
  {
    zh: '小吉浦', en: 'Xiaojipu', precision: 'schematic',
    basis: 'SCHEMATIC: N–S waterway in 新江湾城 east of 淞沪路, between 走马塘 and 虬江; course not verified.',
    pts: [[121.5140, 31.3372], [121.5135, 31.3250], [121.5140, 31.3118]],
  },
];
for (const w of WATERWAYS) waterFeatures.push(feature({ name: w.zh, name_en: w.en, kind: 'waterway', precision: w.precision, basis: w.basis }, { type: 'LineString', coordinates: w.pts }));
writeCollection('water.geojson', waterFeatures);

// =============================================================================================
// 6. subdistricts.geojson — label points

const SUBDISTRICTS: [string, string, Pos, string][] = [
  ['定海路街道', 'Dinghai Road Subdistrict', [121.5490, 31.2745], 'east end: 定海桥, 军工路 south, near 复兴岛'],
  ['平凉路街道', 'Pingliang Road Subdistrict', [121.5215, 31.2600], "around 平凉路 station / '江浦路(江浦路321号)' between 杨树浦路 and 长阳路"],
  ['江浦路街道', 'Jiangpu Road Subdistrict', [121.5135, 31.2655], "around 大连路–江浦路, '霍山路1058号'"],
  ['四平路街道', 'Siping Road Subdistrict', [121.5040, 31.2790], "around '鞍山路104号', 鞍山新村 station"],
  ['控江路街道', 'Kongjiang Road Subdistrict', [121.5185, 31.2815], "around 控江路 between 江浦路 and 黄兴路, '上海同济大学附属存志学校'"],
  ['长白新村街道', 'Changbai Xincun Subdistrict', [121.5420, 31.2940], "rows '延吉东路147号(长白新村街道)', '图们路15号(长白新村街道)', '松花一村32号甲(长白新村社区综合为老服务中心)'"],
  ['延吉新村街道', 'Yanji Xincun Subdistrict', [121.5345, 31.2875], "around 延吉中路 station and '上海市控江中学'"],
  ['殷行街道', 'Yinhang Subdistrict', [121.5370, 31.3260], "rows '殷行一村74号', '开鲁路208号', '开鲁路360号'"],
  ['大桥街道', 'Daqiao Subdistrict', [121.5335, 31.2700], "around 宁国路–隆昌路 / '临青路369号', north of 杨浦大桥"],
  ['五角场街道', 'Wujiaochang Subdistrict', [121.5050, 31.3075], "north-west of 五角场: '国定支路24号', 三门路 station"],
  ['新江湾城街道', 'Xinjiangwancheng Subdistrict', [121.4990, 31.3290], "row '清流环二路351号(新江湾城街道)', 新江湾城 station"],
  ['长海路街道', 'Changhai Road Subdistrict', [121.5190, 31.3150], 'between 淞沪路 and 黄兴路 north of 翔殷路 (长海医院 area), assumed'],
];
const subFeatures = SUBDISTRICTS.map(([zh, en, p, why]) => {
  check(turf.booleanPointInPolygon(p, yangpuPoly), `subdistrict label ${zh} inside 杨浦区`);
  return feature({ name: zh, name_en: en, kind: 'subdistrict', precision: 'area', basis: `Label point only (no boundary): placed at a rough centre — ${why}. Assumption.` }, { type: 'Point', coordinates: p });
});
writeCollection('subdistricts.geojson', subFeatures);

// =============================================================================================
// 7. landmarks.geojson

const landmarkFeatures: Feature[] = [
  polygonFeature(
    { name: '复旦大学邯郸校区', name_en: 'Fudan University (Handan Campus)', kind: 'campus', precision: 'area', basis: "Approximate outline south of 邯郸路 and north-east of 国权路, around rows '复旦大学邯郸校区' (Wikipedia point and Amap geocode of 邯郸路220号) and '地铁复旦大学站(18号线)' (west edge). Extent assumed." },
    [[121.4966, 31.2982], [121.5045, 31.2997], [121.5050, 31.2945], [121.5025, 31.2930], [121.4995, 31.2955]],
  ),
  polygonFeature(
    { name: '同济大学四平路校区', name_en: 'Tongji University (Siping Road Campus)', kind: 'campus', precision: 'area', basis: "Approximate outline on the east side of 四平路 by '地铁同济大学站(10号线)' and '四平路1396号(bank branch)'. Extent assumed." },
    [[121.4990, 31.2805], [121.5030, 31.2790], [121.5085, 31.2855], [121.5040, 31.2885]],
  ),
  polygonFeature(
    { name: '上海理工大学军工路校区', name_en: 'University of Shanghai for Science and Technology (Jungong Road Campus)', kind: 'campus', precision: 'area', basis: "ASSUMED: main campus (军工路516号) west of 军工路 between rows '上海市体育学院附属中学' and '春江路815号'. Could be several hundred metres off." },
    [[121.5475, 31.2930], [121.5550, 31.2928], [121.5556, 31.2982], [121.5480, 31.2986]],
  ),
  polygonFeature(
    { name: '上海财经大学国定路校区', name_en: 'Shanghai University of Finance and Economics (Guoding Road Campus)', kind: 'campus', precision: 'area', basis: "ASSUMED outline around row '国定支路24号' (near SUFE/国定路), west of 国定路. Could be several hundred metres off." },
    [[121.4985, 31.3035], [121.5045, 31.3045], [121.5035, 31.3100], [121.4978, 31.3092]],
  ),
  polygonFeature(
    { name: '黄兴公园', name_en: 'Huangxing Park', kind: 'park', precision: 'area', basis: "Between row '黄兴公园(西侧外部道路绕行点)' (road on the park's west side) and '地铁黄兴公园站(8号线)' (east side), south of 翔殷路; outline assumed." },
    [[121.5198, 31.2985], [121.5268, 31.2968], [121.5272, 31.3035], [121.5203, 31.3042]],
  ),
  polygonFeature(
    { name: '杨浦公园', name_en: 'Yangpu Park', kind: 'park', precision: 'area', basis: "Around row '杨浦公园' (Baidu point, address 控江路), drawn north of 控江路; ~0.2 km² outline assumed." },
    [[121.5285, 31.2843], [121.5335, 31.2850], [121.5330, 31.2890], [121.5282, 31.2885]],
  ),
  polygonFeature(
    { name: '共青森林公园', name_en: 'Gongqing Forest Park', kind: 'park', precision: 'area', basis: 'ASSUMED: strip between 军工路 and the Huangpu north of 翔殷路 (军工路2000号); outline not verified.' },
    [[121.5508, 31.3110], [121.5563, 31.3110], [121.5565, 31.3200], [121.5558, 31.3262], [121.5525, 31.3300], [121.5490, 31.3262], [121.5503, 31.3180]],
  ),
  feature(
    { name: '杨浦大桥', name_en: 'Yangpu Bridge', kind: 'bridge', precision: 'area', basis: "Main span through row '杨浦大桥' (it.wikipedia point on the span); approach ramps on both banks drawn schematically (~1 km each side)." },
    { type: 'LineString', coordinates: [[121.5385, 31.2665], [121.5400, 31.2610], ref('杨浦大桥'), [121.5430, 31.2520], [121.5450, 31.2450]] },
  ),
];
for (const f of landmarkFeatures) if (f.geometry.type === 'Polygon') {
  const area = turf.area(f as any) / 1e6;
  check(area > 0.05 && area < 2, `landmark ${f.properties.name}: ${area.toFixed(2)} km²`);
}
writeCollection('landmarks.geojson', landmarkFeatures);

// =============================================================================================
// validation across all files: RFC 7946 basics

for (const file of ['districts', 'district-labels', 'water', 'roads', 'rail', 'stations', 'subdistricts', 'landmarks']) {
  const fc = JSON.parse(readFileSync(join(OUT, `${file}.geojson`), 'utf8'));
  let ok = fc.type === 'FeatureCollection' && Array.isArray(fc.features);
  for (const f of fc.features) {
    const p = f.properties;
    ok &&= typeof p.name === 'string' && typeof p.name_en === 'string' && typeof p.kind === 'string' && ['exact', 'block', 'street', 'area', 'schematic'].includes(p.precision) && typeof p.basis === 'string' && p.basis.length > 10;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    for (const poly of polys) poly.forEach((ring: Pos[], i: number) => { ok &&= turf.booleanClockwise(ring) === (i > 0); });
    turf.coordEach(f, (c: any) => { ok &&= c[0] > 120.8 && c[0] < 122.2 && c[1] > 30.6 && c[1] < 31.9; });
  }
  check(ok, `${file}.geojson: FeatureCollection, required properties, CCW exterior rings, WGS-84 range`);
}

if (failures) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
