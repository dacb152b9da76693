/**
 * Builds the embedded offline context basemap, geodata/context/*.geojson, from the shared
 * OpenStreetMap cut in ../shared/geodata/osm/ (read by a path relative to the repository; override
 * with OSM_DIR). The app never reads ../shared: it serves only what this script writes.
 *
 *   npx tsx scripts/build-context.ts
 *
 * Output is deterministic (features sorted, coordinates simplified below a pixel at zoom 17 and
 * rounded to 5 decimals, ~1 m; the district outline to 6), each file is written atomically, and
 * the script prints its checks and exits non-zero if one fails. Data © OpenStreetMap
 * contributors, ODbL 1.0: see geodata/context/README.md.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as turf from '@turf/turf';
import { en } from './context/names.ts';
import { readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  feature,
  partsOf,
  readOsm,
  sliceTrack,
  sortFeatures,
  splitAtArea,
  tidy,
  writeCollection,
  chainParts,
  oneCarriageway,
  LICENCE,
} from './context/geo.ts';
import type { Feature, Geometry, OsmFeature, Pos, Precision } from './context/geo.ts';
import { buildFacilities } from './context/facilities.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'geodata/context');
const OSM_DIR = resolve(ROOT, process.env.OSM_DIR ?? '../shared/geodata/osm');
const REF_TSV = resolve(ROOT, '../shared/reference/yangpu-reference-points.tsv');
const TOL = 1e-5; // simplification tolerance, degrees (~1 m)
const GEOFABRIK = 'OSM (Geofabrik extract 2025-03-18)';
const NETWORK = 'OSM (transport-network, Geofabrik extract 2026-07-28)';

let failures = 0;
function check(ok: boolean, msg: string): void {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${msg}`);
  if (!ok) failures++;
}
const osm = (file: string): OsmFeature[] => readOsm(OSM_DIR, file);
const sizes: Record<string, number> = {};
const hasLicence = (fc: Record<string, unknown>): boolean =>
  fc.attribution === LICENCE.attribution && fc.license === LICENCE.license;
const write = (file: string, fs: Feature[]) => (sizes[file] = writeCollection(OUT, file, fs));
mkdirSync(OUT, { recursive: true });

// 1. districts.geojson — Yangpu's OSM boundary (the only district outline in the cut)
const yangpuSrc = osm('geofabrik-places-a').find((f) => f.properties.name === '杨浦区')!;
const yangpu = feature(
  {
    name: '杨浦区',
    name_en: en('杨浦区'),
    kind: 'district',
    precision: 'exact',
    basis: `${GEOFABRIK} place polygon, osm_id ${yangpuSrc.properties.osm_id} (administrative boundary)`,
    osm_id: yangpuSrc.properties.osm_id,
  },
  tidy(yangpuSrc.geometry, 0, 6)!,
);
const yangpuPoly = yangpu.geometry as any;
const inYangpu = (p: Pos) => turf.booleanPointInPolygon(p, yangpuPoly);
const areaKm2 = turf.area(yangpuPoly) / 1e6;

// The gazetteer may take a place's geometry from a basemap feature by name (`from`). Where such a
// place must stay in Yangpu (no `leavesDistrict`), the named feature keeps only its district
// section (the district and 250 m, inside the data build's 300 m tolerance) and the continuation
// beyond is written unnamed, so the line is still drawn whole.
const pointers = new Set<string>();
const GAZETTEER = join(ROOT, 'geodata/gazetteer');
for (const file of readdirSync(GAZETTEER)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  for (const place of (parseYaml(readFileSync(join(GAZETTEER, file), 'utf8')) ?? []) as {
    from?: { file: string; name: string };
    leavesDistrict?: boolean;
  }[]) {
    if (place.from && !place.leavesDistrict) pointers.add(`${place.from.file}#${place.from.name}`);
  }
}
const districtSection = turf.buffer(yangpu as any, 250, { units: 'meters' })!;
function keepDistrictSection(file: string, fs: Feature[]): Feature[] {
  const out: Feature[] = [];
  for (const f of fs) {
    if (!pointers.has(`context/${file}#${f.properties.name}`) || !/LineString/.test(f.geometry.type)) {
      out.push(f);
      continue;
    }
    const { inside, outside } = splitAtArea(partsOf(f.geometry), districtSection);
    console.log(
      `INFO  ${file} ${f.properties.name}: the gazetteer points at it; ${outside.length} piece(s) beyond Yangpu written unnamed`,
    );
    const g = (parts: Pos[][]) => tidy({ type: 'MultiLineString', coordinates: parts }, 0, 5);
    if (inside.length) out.push(feature(f.properties, g(inside)!));
    if (outside.length)
      out.push(
        feature(
          {
            ...f.properties,
            name: '',
            name_en: '',
            basis: `Continuation of ${f.properties.name} beyond Yangpu (unnamed here: the gazetteer takes the district section by name). ${f.properties.basis}`,
          },
          g(outside)!,
        ),
      );
  }
  return out;
}
check(areaKm2 > 55 && areaKm2 < 70, `杨浦区 outline: ${areaKm2.toFixed(1)} km² (official land area 60.7 km²)`);
write('districts.geojson', [yangpu]);

// 2. district-labels.geojson — neighbours as label points only: the cut has no outline for them
const places = osm('geofabrik-places');
const placePoint = (name: string): { at: Pos; id: string } => {
  const f = places.find((p) => p.properties.name === name);
  if (!f) throw new Error(`place point missing: ${name}`);
  return { at: f.geometry.coordinates, id: f.properties.osm_id };
};
const NEIGHBOURS: [string, string, string][] = [
  ['虹口区', '虹口区', 'the district’s own place point'],
  ['黄浦区', '黄浦区', 'the district’s own place point'],
  ['宝山区', '高境镇', 'the place point of 高境镇, a town of 宝山区 (the district has no point in the cut)'],
  [
    '浦东新区',
    '沪东新村街道',
    'the place point of 沪东新村街道, a subdistrict of 浦东新区 (the district has no point in the cut)',
  ],
];
write(
  'district-labels.geojson',
  sortFeatures(
    NEIGHBOURS.map(([zh, at, why]) => {
      const p = placePoint(at);
      return feature(
        {
          name: zh,
          name_en: en(zh),
          kind: 'district-label',
          precision: 'area',
          basis: `Label only, no outline. ${GEOFABRIK}: ${why}, osm_id ${p.id}.`,
        },
        { type: 'Point', coordinates: p.at },
      );
    }),
  ),
);

// 3. water-areas.geojson — riverbanks, canals, docks, reservoirs and ponds of at least 1500 m²
const waterAreas: Feature[] = [];
const nearYangpu = turf.buffer(yangpu as any, 800, { units: 'meters' })!; // ponds and docks: Yangpu and a margin
for (const f of osm('geofabrik-water-a')) {
  const { fclass, name, osm_id } = f.properties;
  if (fclass === 'wetland') continue;
  if (fclass !== 'riverbank' && !turf.booleanPointInPolygon(turf.pointOnFeature(f as any), nearYangpu as any)) continue;
  if (fclass === 'water' && !name && turf.area(f as any) < 1500) continue;
  const g = tidy(f.geometry, TOL * 2, 5);
  if (g)
    waterAreas.push(
      feature(
        {
          name: name ?? '',
          name_en: name ? en(name) : '',
          kind: 'water-area',
          precision: 'exact',
          basis: `OSM ${fclass} ${osm_id}`,
          class: fclass,
        },
        g,
      ),
    );
}
check(
  waterAreas.filter((f) => f.properties.class === 'riverbank').length >= 20,
  `water areas: ${waterAreas.length}, of which riverbanks ${waterAreas.filter((f) => f.properties.class === 'riverbank').length}`,
);
const river = turf.featureCollection(waterAreas.filter((f) => f.properties.class === 'riverbank') as any);
const onWater = (p: Pos) => river.features.some((f: any) => turf.booleanPointInPolygon(p, f));
const huangpu = osm('geofabrik-waterways')
  .filter((f) => f.properties.name === '黄浦江')
  .flatMap((f) => partsOf(f.geometry).flat());
const wet = huangpu.filter(onWater).length / huangpu.length;
check(wet > 0.95, `黄浦江 centreline: ${(wet * 100).toFixed(1)} % of its vertices lie on the riverbank polygons`);
write('water-areas.geojson', sortFeatures(waterAreas));

// 4. water.geojson — waterway centrelines (one feature per name) and the islands
const byName = new Map<string, { cls: string; parts: Pos[][]; ids: string[] }>();
for (const f of osm('geofabrik-waterways')) {
  const { fclass, name, osm_id } = f.properties;
  const key = name ?? `(${fclass})`;
  const e = byName.get(key) ?? { cls: fclass as string, parts: [] as Pos[][], ids: [] as string[] };
  e.parts.push(...partsOf(f.geometry));
  e.ids.push(osm_id);
  byName.set(key, e);
}
const waterFeatures: Feature[] = [];
for (const [key, e] of byName) {
  const named = !key.startsWith('(');
  const big = key === '黄浦江' || key === '苏州河'; // drawn as areas; the centreline only carries the label
  const g = tidy({ type: 'MultiLineString', coordinates: chainParts(e.parts) }, TOL, 5);
  if (!g) continue;
  waterFeatures.push(
    feature(
      {
        name: named ? key : '',
        name_en: named ? en(key) : '',
        kind: big ? 'river' : 'waterway',
        precision: 'exact',
        class: e.cls,
        basis: `${GEOFABRIK} waterway centreline${e.ids.length > 1 ? 's' : ''} (${e.cls}), ${e.ids.length} way${e.ids.length > 1 ? 's' : ''}, first osm_id ${e.ids.sort()[0]}`,
      },
      g,
    ),
  );
}
for (const f of osm('geofabrik-places-a').filter((p) => p.properties.fclass === 'island')) {
  const name = f.properties.name ?? '';
  waterFeatures.push(
    feature(
      {
        name,
        name_en: name ? en(name) : '',
        kind: 'island',
        precision: 'exact',
        basis: `${GEOFABRIK} island polygon, osm_id ${f.properties.osm_id}`,
      },
      tidy(f.geometry, TOL, 5)!,
    ),
  );
}
for (const n of ['虬江', '小吉浦', '复兴岛运河', '杨树浦港', '复兴岛'])
  check(
    waterFeatures.some((f) => f.properties.name === n),
    `water: ${n} present (gazetteer \`from\` pointers and labels)`,
  );
write('water.geojson', sortFeatures(keepDistrictSection('water.geojson', waterFeatures)));

// 5. stations.geojson and rail.geojson — metro track from OSM, stations from OSM, then from
// OSM station areas, then (two stations the cut lacks) from reference rows
const network = osm('transport-network');
const transportA = osm('geofabrik-transport-a');
const refRows = readFileSync(REF_TSV, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t'));
const LINES: { line: string; colour: string; via: string[] }[] = [
  { line: '4', colour: '#461D84', via: ['临平路', '大连路', '杨树浦路', '浦东大道'] },
  {
    line: '8',
    colour: '#009EDB',
    via: ['曲阳路', '四平路', '鞍山新村', '江浦路', '黄兴路', '延吉中路', '黄兴公园', '翔殷路', '嫩江路', '市光路'],
  },
  {
    line: '10',
    colour: '#C7AFD3',
    via: [
      '邮电新村',
      '四平路',
      '同济大学',
      '国权路',
      '五角场',
      '江湾体育场',
      '三门路',
      '殷高东路',
      '新江湾城',
      '国帆路',
    ],
  },
  { line: '12', colour: '#007B63', via: ['提篮桥', '大连路', '江浦公园', '宁国路', '隆昌路', '爱国路', '复兴岛'] },
  {
    line: '18',
    colour: '#D6A461',
    via: ['殷高路', '复旦大学', '国权路', '抚顺路', '江浦路', '江浦公园', '平凉路', '丹阳路', '昌邑路'],
  },
];
const track = (line: string): Geometry =>
  network.find((f) => f.properties.layer === 'metroLines' && f.properties.route === line)!.geometry;
const distToTrack = (p: Pos, line: string) =>
  Math.min(
    ...partsOf(track(line))
      .filter((l) => l.length > 1)
      .map((l) => turf.pointToLineDistance(p, turf.lineString(l), { units: 'meters' })),
  );
function stationAt(zh: string, line: string): { at: Pos; precision: Precision; basis: string } {
  const net = network.find((f) => f.properties.layer === 'metroStations' && f.properties.name === zh);
  if (net)
    return {
      at: net.geometry.coordinates,
      precision: 'exact',
      basis: `${NETWORK} station ${net.properties.id.replace('metro-station-', 'node ')}`,
    };
  const areas = transportA.filter((f) => f.properties.fclass === 'railway_station' && f.properties.name === zh);
  if (areas.length) {
    const pts = areas.map((a) => ({
      at: turf.centroid(a as any).geometry.coordinates as Pos,
      id: a.properties.osm_id,
    }));
    pts.sort((a, b) => distToTrack(a.at, line) - distToTrack(b.at, line) || (a.id < b.id ? -1 : 1));
    return { at: pts[0].at, precision: 'exact', basis: `${GEOFABRIK} station area ${pts[0].id}, centroid` };
  }
  const row = refRows.find((r) => r[0] === `地铁${zh}站(${line}号线)`);
  if (!row) throw new Error(`no position for station ${zh} (line ${line})`);
  return {
    at: [Number(row[1]), Number(row[2])],
    precision: 'block',
    basis: `Not in the OSM cut; reference row '${row[0]}' (${row[3]} converted to WGS-84; ${row[4]})`,
  };
}
const stationMap = new Map<string, { at: Pos; precision: Precision; basis: string; lines: string[] }>();
for (const l of LINES)
  for (const zh of l.via) {
    const s = stationMap.get(zh) ?? { ...stationAt(zh, l.line), lines: [] };
    s.lines.push(l.line);
    stationMap.set(zh, s);
  }
for (const [zh, s] of stationMap) {
  const far = s.lines.map((l) => [l, Math.round(distToTrack(s.at, l))] as const).filter(([, d]) => d > 150);
  check(
    far.length === 0,
    `station ${zh} (${s.lines.join('/')}) within 150 m of its track${far.length ? `: ${far.map(([l, d]) => `line ${l} ${d} m`).join(', ')}` : ''}`,
  );
}
write(
  'stations.geojson',
  sortFeatures(
    [...stationMap].map(([zh, s]) =>
      feature(
        {
          name: `${zh}站`,
          name_en: `${en(zh)} station`,
          kind: 'station',
          precision: s.precision,
          basis: s.basis,
          lines: s.lines,
          inYangpu: inYangpu(s.at),
        },
        { type: 'Point', coordinates: s.at },
      ),
    ),
  ),
);

const railFeatures: Feature[] = LINES.map((l) =>
  feature(
    {
      name: `${l.line}号线`,
      name_en: `Metro Line ${l.line}`,
      kind: 'metro',
      line: l.line,
      status: 'open',
      colour: l.colour,
      precision: 'exact',
      basis: `${NETWORK} track of route ${l.line} (one of its two tracks where they run side by side), simplified to ~5 m at source`,
    },
    tidy({ type: 'MultiLineString', coordinates: oneCarriageway(partsOf(track(l.line)), 40) }, TOL, 5)!,
  ),
);
railFeatures.push(
  feature(
    {
      name: '20号线',
      name_en: 'Metro Line 20 (planned, approximate route)',
      kind: 'metro',
      line: '20',
      status: 'planned',
      colour: '#888888',
      precision: 'schematic',
      basis:
        'SCHEMATIC: Line 20 is not built and no alignment or station list is published. Drawn along the corridor the report and the project brief name (from the Hongkou boundary along 周家嘴路 to 黄兴路, north-east to 国和路/翔殷路, east along 翔殷路 toward 军工路). No stations; grey placeholder colour.',
    },
    {
      type: 'LineString',
      coordinates: [
        [121.5055, 31.2668],
        [121.516, 31.2715],
        [121.525, 31.2755],
        [121.53, 31.283],
        [121.534, 31.295],
        [121.536, 31.306],
        [121.545, 31.3075],
        [121.552, 31.3085],
      ],
    },
  ),
);
write('rail.geojson', railFeatures);

// 6. roads.geojson — see ./context/roads.ts for the sources of each road
const { buildRoads } = await import('./context/roads.ts');
const { tracedRoads } = await import('./context/traced-roads.ts');
const poisA = osm('geofabrik-pois-a');
const refAt = (name: string): Pos => {
  const row = refRows.find((r) => r[0] === name);
  if (!row) throw new Error(`no reference row '${name}'`);
  return [Number(row[1]), Number(row[2])];
};
const traced = tracedRoads({
  network,
  heritage: osm('heritage'),
  poisA,
  ref: refAt,
  station: (zh) => stationMap.get(zh)!.at,
  inYangpu,
  check,
});
console.log(`INFO  隆昌路 × 杨树浦路 (start of the 隆昌路 tunnel) at ${traced.anchors['隆昌路杨树浦路'].join(', ')}`);
const roads = buildRoads({
  traced: traced.roads,
  network,
  streets: osm('streets-partial'),
  track,
  station: (zh) => stationMap.get(zh)!.at,
  sliceTrack,
  check,
  inYangpu,
});
write('roads.geojson', sortFeatures(keepDistrictSection('roads.geojson', roads)));

// 7. subdistricts.geojson — the 街道 place points that fall inside Yangpu
const subs = places.filter(
  (p) => p.properties.fclass === 'suburb' && /街道$/.test(p.properties.name ?? '') && inYangpu(p.geometry.coordinates),
);
check(subs.length === 12, `subdistricts: ${subs.length} 街道 points inside 杨浦区 (Yangpu has 12)`);
write(
  'subdistricts.geojson',
  sortFeatures(
    subs.map((p) =>
      feature(
        {
          name: p.properties.name,
          name_en: en(p.properties.name),
          kind: 'subdistrict',
          precision: 'area',
          basis: `Label point only (no boundary): ${GEOFABRIK} place point ${p.properties.osm_id}`,
        },
        tidy(p.geometry, 0, 5)!,
      ),
    ),
  ),
);

// 8. landmarks.geojson — parks, campuses, schools and hospitals as light context polygons
const LANDMARK_KIND: Record<string, string> = {
  park: 'park',
  university: 'campus',
  college: 'campus',
  school: 'school',
  kindergarten: 'school',
  hospital: 'hospital',
};
const landmarks: Feature[] = [];
for (const f of poisA) {
  const kind = LANDMARK_KIND[f.properties.fclass];
  if (!kind || !turf.booleanPointInPolygon(turf.pointOnFeature(f as any), nearYangpu as any)) continue;
  const m2 = turf.area(f as any);
  if (kind === 'park' && !f.properties.name && m2 < 5000) continue; // unnamed pocket greens
  const g = tidy(f.geometry, TOL * 3, 5);
  if (g)
    landmarks.push(
      feature(
        {
          name: f.properties.name ?? '',
          name_en: f.properties.name ? en(f.properties.name) : '',
          kind,
          precision: 'exact',
          basis: `OSM ${f.properties.fclass} ${f.properties.osm_id}`,
        },
        g,
      ),
    );
}
const countKind = (k: string) => landmarks.filter((l) => l.properties.kind === k).length;
check(
  countKind('campus') >= 10 && countKind('park') >= 50 && countKind('hospital') >= 30,
  `landmarks: ${countKind('park')} parks, ${countKind('campus')} campuses, ${countKind('school')} schools, ${countKind('hospital')} hospitals`,
);
write('landmarks.geojson', sortFeatures(landmarks));

// 9. facilities.geojson — life-circle facilities (lazy-loaded by the app), see ./context/facilities.ts
// a 15-minute circle from the district's edge reaches ~1.2 km beyond it
const facilities = buildFacilities(
  osm('geofabrik-pois'),
  poisA,
  turf.buffer(yangpu as any, 1500, { units: 'meters' }) as any,
);
check(facilities.length > 500, `facilities: ${facilities.length} points`);
sizes['facilities.geojson'] = writeCollection(OUT, 'facilities.geojson', facilities as unknown as Feature[]);

// validation across the basemap files: RFC 7946 basics and the properties the app reads
for (const file of [
  'districts',
  'district-labels',
  'water-areas',
  'water',
  'roads',
  'rail',
  'stations',
  'subdistricts',
  'landmarks',
]) {
  const fc = JSON.parse(readFileSync(join(OUT, `${file}.geojson`), 'utf8'));
  let ok = fc.type === 'FeatureCollection' && Array.isArray(fc.features) && hasLicence(fc);
  for (const f of fc.features) {
    const p = f.properties;
    ok &&=
      typeof p.name === 'string' &&
      typeof p.name_en === 'string' &&
      typeof p.kind === 'string' &&
      ['exact', 'block', 'street', 'area', 'schematic'].includes(p.precision) &&
      typeof p.basis === 'string' &&
      p.basis.length > 10;
    const polys =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [];
    for (const poly of polys)
      poly.forEach((ring: Pos[], i: number) => {
        ok &&= turf.booleanClockwise(ring) === i > 0;
      });
    turf.coordEach(f, (c: any) => {
      ok &&= c[0] > 121.45 && c[0] < 121.61 && c[1] > 31.22 && c[1] < 31.37;
    });
  }
  check(ok, `${file}.geojson: FeatureCollection, required properties, CCW exterior rings, inside the OSM cut`);
}
check(
  hasLicence(JSON.parse(readFileSync(join(OUT, 'facilities.geojson'), 'utf8'))),
  'facilities.geojson: carries the OSM attribution and the ODbL licence',
);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
const basemap = total - sizes['facilities.geojson'];
check(basemap < 1_000_000, `basemap total ${basemap} bytes (< 1 MB); with facilities ${total} bytes`);

if (failures) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
