/**
 * roads.geojson of the context build. OSM has no street network for the whole district in the
 * shared cut, so a road is drawn only from one of these sources (its `basis` says which):
 * - `elevated`: the elevated and major roads of transport-network (OSM), as they are;
 * - `street`: the named trunk/primary/secondary/tertiary streets of streets-partial (OSM, only the
 *   复旦–五角场–同济 strip), with OSM's own English names;
 * - `metro`: a road a metro line runs beneath, traced along that line's OSM track between two
 *   stations on it (the stations sit at the road's crossings; between them the tunnel can stray
 *   some tens of metres from the road's centreline);
 * - `traced`: roads traced through other real evidence (./traced-roads.ts: 周家嘴路, 军工路 south of
 *   翔殷路, 杨树浦路, 隆昌路, 平凉路), each with its anchors and precision;
 * - `legacy`: 宁国路 only, kept from the earlier hand trace because the gazetteer points at it
 *   (one solid anchor, its station; `area`).
 */
import * as turf from '@turf/turf';
import { en } from './names.ts';
import { feature, oneCarriageway, partsOf, tidy } from './geo.ts';
import type { Feature, Geometry, OsmFeature, Pos, Precision } from './geo.ts';
import type { TracedRoad } from './traced-roads.ts';

interface Ctx {
  network: OsmFeature[];
  streets: OsmFeature[];
  track: (line: string) => Geometry;
  station: (zh: string) => Pos;
  sliceTrack: (track: Geometry, from: Pos, to: Pos) => { line: Pos[]; offM: [number, number] };
  check: (ok: boolean, msg: string) => void;
  inYangpu: (p: Pos) => boolean;
  traced: TracedRoad[];
}

/** Roads a metro line runs beneath: [road, line, from station, to station]. */
const UNDER_METRO: [string, string, string, string][] = [
  ['长阳路', '12', '大连路', '复兴岛'],
  ['控江路', '8', '江浦路', '黄兴路'],
  ['黄兴路', '8', '黄兴路', '翔殷路'],
  ['江浦路', '18', '江浦路', '平凉路'],
  ['四平路', '10', '四平路', '国权路'],
  ['淞沪路', '10', '江湾体育场', '国帆路'],
  ['大连路', '4', '大连路', '杨树浦路'],
];
const ELEVATED_MIN_KM = 0.3; // shorter named pieces of transport-network are ramps and stubs
const STREET_CLASS: Record<string, 'arterial' | 'secondary'> = {
  trunk: 'arterial',
  primary: 'arterial',
  secondary: 'secondary',
  tertiary: 'secondary',
};

interface Acc {
  cls: 'elevated' | 'arterial' | 'secondary';
  parts: Pos[][];
  nameEn?: string;
  precision: Precision;
  basis: string[];
}

export function buildRoads(ctx: Ctx): Feature[] {
  const acc = new Map<string, Acc>();
  const add = (name: string, cls: Acc['cls'], parts: Pos[][], precision: Precision, basis: string, nameEn?: string) => {
    const a = acc.get(name) ?? { cls, parts: [], precision, basis: [], nameEn };
    a.parts.push(...parts);
    a.basis.push(basis);
    if (precision === 'street' || precision === 'area') a.precision = precision;
    a.nameEn ??= nameEn;
    acc.set(name, a);
  };
  for (const f of ctx.network.filter(
    (x) => x.properties.layer === 'elevatedRoads' && !/其他|\//.test(x.properties.name),
  )) {
    const parts = partsOf(f.geometry);
    const km = parts.reduce((s, l) => s + (l.length > 1 ? turf.length(turf.lineString(l)) : 0), 0);
    if (km < ELEVATED_MIN_KM) continue;
    const major = f.properties.scope === 'major' || f.properties.name === '军工路';
    // 军工高架路 is the 军工路 expressway: one road, drawn and named as 军工路
    add(
      f.properties.name === '军工高架路' ? '军工路' : f.properties.name,
      major ? 'elevated' : 'arterial',
      parts,
      'exact',
      `OSM (transport-network, Geofabrik extract 2026-07-28) ${major ? 'elevated/major road' : 'road'} ${f.properties.id}, ${km.toFixed(1)} km in the cut`,
    );
  }
  const streetIds = new Map<string, number>();
  for (const f of ctx.streets) {
    const { highway, name } = f.properties;
    const cls = STREET_CLASS[highway];
    if (!cls || !name || acc.get(name)?.cls === 'elevated') continue;
    streetIds.set(name, (streetIds.get(name) ?? 0) + 1);
    const a = acc.get(name);
    if (a && a.basis.some((b) => b.startsWith('OSM street'))) a.parts.push(...partsOf(f.geometry));
    else
      add(
        name,
        cls,
        partsOf(f.geometry),
        'exact',
        'OSM street ways (streets-partial: OSM XML exports around 复旦/五角场 and 同济)',
        f.properties['name:en'],
      );
    if (cls === 'arterial') acc.get(name)!.cls = acc.get(name)!.cls === 'elevated' ? 'elevated' : 'arterial';
  }
  for (const [road, line, from, to] of UNDER_METRO) {
    const { line: piece, offM } = ctx.sliceTrack(ctx.track(line), ctx.station(from), ctx.station(to));
    ctx.check(
      Math.max(...offM) < 150,
      `road ${road}: line ${line} track ${from}→${to}, stations ${offM.map(Math.round).join(' / ')} m from the track, ${turf.length(turf.lineString(piece)).toFixed(2)} km`,
    );
    add(
      road,
      'arterial',
      [piece],
      'street',
      `Traced along the OSM track of metro line ${line} from ${from} to ${to} station, which runs beneath ${road}; between stations the tunnel may stray some tens of metres from the road`,
    );
  }
  for (const r of ctx.traced) add(r.name, acc.get(r.name)?.cls ?? r.cls, r.parts, r.precision, r.basis);
  add(
    '宁国路',
    'secondary',
    [
      [
        [121.5268, 31.2572],
        [121.5278, 31.264],
        [121.528255, 31.270805],
        [121.5288, 31.277],
        [121.5293, 31.2832],
      ],
    ],
    'area',
    "Not in the OSM cut: kept from the earlier hand trace through station 宁国路 (line 12, at 长阳路; OSM and reference row '地铁宁国路站(12号线)'), the only solid anchor: the riverside row '杨浦滨江·宁国路(绿之丘一带)' coincides with '江浦路(江浦路321号)' and is doubtful; both ends (杨树浦路, 控江路) assumed, ±1 km",
  );
  const out: Feature[] = [];
  for (const [name, a] of acc) {
    const g = tidy({ type: 'MultiLineString', coordinates: oneCarriageway(a.parts) }, 1e-5, 5);
    if (!g) continue;
    const basis = [...new Set(a.basis)].join('; ') + (streetIds.has(name) ? ` (${streetIds.get(name)} OSM ways)` : '');
    out.push(
      feature({ name, name_en: en(name, a.nameEn), kind: 'road', class: a.cls, precision: a.precision, basis }, g),
    );
  }
  for (const n of [
    '军工路',
    '宁国路',
    '黄兴路',
    '淞沪路',
    '邯郸路',
    '大学路',
    '长阳路',
    '控江路',
    '四平路',
    '翔殷路',
    '中环路',
    '内环高架路',
    '北横通道',
    '周家嘴路',
    '杨树浦路',
    '隆昌路',
    '平凉路',
  ]) {
    ctx.check(
      out.some((f) => f.properties.name === n),
      `road ${n} present`,
    );
  }
  return out;
}
