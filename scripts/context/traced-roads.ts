/**
 * Roads of the context build that OSM's cut does not hold as streets, traced from other real
 * evidence (see geodata/context/README.md, "Roads: what is drawn"). Each road says which anchors
 * it passes through and how precise it is:
 * - 周家嘴路: OSM's 北横通道, which runs beneath 周家嘴路 through Yangpu, to its portal, then on
 *   to reference row '内江路(路段点)' at 内江路, where the 周家嘴路 tunnel under the river begins;
 * - 军工路 south of 翔殷路: OSM's 中环路, which runs on 军工路 from 翔殷路 to the 军工路 tunnel
 *   (the 周家嘴路 tunnel "下跨军工路(中环线)");
 * - 隆昌路, 杨树浦路, 平凉路: through OSM features and reference rows with a house number on the
 *   road (straight between anchors; `area` where anchors are more than ~1 km apart).
 * Roads with fewer than two anchors (内江路, 延吉中路, 殷行路, 中原路) are not drawn.
 */
import * as turf from '@turf/turf';
import { partsOf } from './geo.ts';
import type { OsmFeature, Pos, Precision } from './geo.ts';

export interface TracedRoad {
  name: string;
  cls: 'elevated' | 'arterial' | 'secondary';
  parts: Pos[][];
  precision: Precision;
  basis: string;
}

interface Ctx {
  network: OsmFeature[];
  heritage: OsmFeature[];
  poisA: OsmFeature[];
  ref: (name: string) => Pos;
  station: (zh: string) => Pos;
  inYangpu: (p: Pos) => boolean;
  check: (ok: boolean, msg: string) => void;
}

const SOURCE_JGL = 'https://wikiwand.com/zh-hk/articles/周家嘴路隧道';

/** Where two lines a→b and c→d cross (as infinite lines), in degrees (fine over a few km). */
function crossing(a: Pos, b: Pos, c: Pos, d: Pos): Pos {
  const den = (a[0] - b[0]) * (c[1] - d[1]) - (a[1] - b[1]) * (c[0] - d[0]);
  const t = ((a[0] - c[0]) * (c[1] - d[1]) - (a[1] - c[1]) * (c[0] - d[0])) / den;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

const round = (p: Pos): Pos => [Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6];

/** The runs of consecutive vertices of `parts` that `keep` accepts (at least two each). */
function runs(parts: Pos[][], keep: (p: Pos) => boolean): Pos[][] {
  const out: Pos[][] = [];
  for (const part of parts) {
    let run: Pos[] = [];
    for (const p of part) {
      if (keep(p)) run.push(p);
      else {
        if (run.length > 1) out.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.push(run);
  }
  return out;
}

export function tracedRoads(ctx: Ctx): { roads: TracedRoad[]; anchors: Record<string, Pos> } {
  const net = (id: string) => ctx.network.find((f) => f.properties.id === id)!;
  const centroid = (fs: OsmFeature[], key: string, id: string): Pos =>
    turf.centroid(fs.find((f) => String(f.properties[key]) === id) as any).geometry.coordinates as Pos;
  const roads: TracedRoad[] = [];

  // 周家嘴路: 北横通道 inside Yangpu, then portal → 内江路
  const beiheng = runs(partsOf(net('elevated-explicit-005').geometry), ctx.inYangpu);
  const neijiang = ctx.ref('内江路(路段点)');
  const portal = beiheng.flat().reduce((e, p) => (p[0] > e[0] ? p : e), [0, 0] as Pos);
  ctx.check(
    turf.distance(portal, neijiang, { units: 'kilometers' }) < 1.5,
    `road 周家嘴路: 北横通道's east end ${portal.map((c) => c.toFixed(4)).join(',')} is ${turf.distance(portal, neijiang, { units: 'meters' }).toFixed(0)} m from 内江路`,
  );
  roads.push({
    name: '周家嘴路',
    cls: 'arterial',
    parts: [...beiheng, [portal, neijiang]],
    precision: 'street',
    basis:
      "Along OSM's 北横通道 (transport-network elevated-explicit-005), which runs beneath 周家嘴路 through Yangpu, to its portal; from there straight to reference row '内江路(路段点)' (WGS-84), at 内江路 where the 周家嘴路 tunnel begins",
  });

  // 军工路 from 翔殷路 south to the 军工路 tunnel: OSM's 中环路 runs on it
  const jungong = runs(
    partsOf(net('elevated-complete-001').geometry),
    (p) => p[0] > 121.539 && p[1] < 31.3092 && p[1] > 31.28,
  );
  ctx.check(jungong.length > 0, `road 军工路 south of 翔殷路: ${jungong.length} piece(s) of OSM 中环路`);
  roads.push({
    name: '军工路',
    cls: 'elevated',
    parts: jungong,
    precision: 'street',
    basis: `South of 翔殷路 along OSM's 中环路 (transport-network elevated-complete-001), which runs on 军工路 from 翔殷路 to the 军工路 tunnel under the river (the 周家嘴路 tunnel "下跨军工路(中环线)": ${SOURCE_JGL}); south of the tunnel portal to 黎平路 not drawn`,
  });

  // 杨树浦路: station 杨树浦路 (大连路), north edge of 杨树浦水厂 (杨树浦路830号), 绿之丘 (杨树浦路1500号), the
  // reference waypoint on its east section
  const waterworks = ctx.heritage.find((f) => f.properties['@id'] === 'way/475445627')!;
  const ww = turf.bbox(waterworks as any);
  const north: Pos = [(ww[0] + ww[2]) / 2, ww[3] + 0.0002];
  const ysp: Pos[] = [
    ctx.station('杨树浦路'),
    north,
    ctx.ref('绿之丘(杨树浦路1500号)'),
    ctx.ref('杨树浦路(路段点)'),
  ].map(round);
  roads.push({
    name: '杨树浦路',
    cls: 'arterial',
    parts: [ysp],
    precision: 'area',
    basis:
      "Not in the OSM cut: straight between anchors on the road — OSM station area 杨树浦路 (at 大连路), 20 m north of OSM's 杨树浦水厂 (heritage way/475445627, 杨树浦路830号), reference rows '绿之丘(杨树浦路1500号)' and '杨树浦路(路段点)'; its bends between them (up to 2.5 km apart) are not known",
  });

  // 隆昌路: OSM heritage buildings with addr:street 隆昌路 (222-266, 362) and station 隆昌路 at 长阳路; south to
  // 杨树浦路 along the same bearing (the 隆昌路 tunnel starts at 隆昌路 × 杨树浦路)
  const lc222 = centroid(ctx.heritage, '@id', 'way/494559926');
  const lc362 = centroid(ctx.heritage, '@id', 'node/5572455021');
  const lcStation = ctx.station('隆昌路');
  const junction = crossing(lcStation, lc222, ysp[2], ysp[3]);
  roads.push({
    name: '隆昌路',
    cls: 'secondary',
    parts: [[junction, lc222, lc362, lcStation].map(round)],
    precision: 'street',
    basis:
      "Not in the OSM cut: through OSM's buildings on 隆昌路 (heritage way/494559926, 隆昌路222-266; node/5572455021, 隆昌公寓, 隆昌路362) to station 隆昌路 (OSM, at 长阳路); south of them on the same bearing to 杨树浦路 (drawn above, ±1 km along it). North of 长阳路 not drawn",
  });

  // 平凉路: station 平凉路 (at 江浦路), reference rows 平凉路1890号 and 平凉路2543号, and between them the gap of
  // OSM's 上海电力大学杨浦校区 (平凉路2103号, north side) and 杨浦医院 (平凉路2200号, south side)
  const campus = turf.bbox(ctx.poisA.find((f) => String(f.properties.osm_id) === '1068915935') as any);
  const hospital = turf.bbox(ctx.poisA.find((f) => String(f.properties.osm_id) === '826610226') as any);
  const between: Pos = [(campus[2] + hospital[0]) / 2, (campus[1] + hospital[3]) / 2];
  roads.push({
    name: '平凉路',
    cls: 'arterial',
    parts: [
      [ctx.station('平凉路'), ctx.ref('平凉路(平凉路1890号)'), between, ctx.ref('平凉路(平凉路2543号)')].map(round),
    ],
    precision: 'area',
    basis:
      "Not in the OSM cut: straight between anchors on the road — OSM station 平凉路 (line 18, at 江浦路), reference rows '平凉路(平凉路1890号)' and '平凉路(平凉路2543号)' (official addresses, GCJ-02 converted), and the gap between OSM's 上海电力大学杨浦校区 (平凉路2103号) and 杨浦医院 (平凉路2200号); west of 江浦路 not drawn",
  });
  return { roads, anchors: { 隆昌路杨树浦路: round(junction) } };
}
