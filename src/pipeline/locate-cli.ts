/**
 * `npm run data:locate`: checks every gazetteer place against the OpenStreetMap extract in
 * `../shared/geodata/osm/` (read only here, by a path relative to the repo) and writes
 * `geodata/locate-report.md`. Nothing else reads `../shared`: adopted geometry is copied into the
 * gazetteer YAML, so `npm run data` works on a clean clone.
 *
 *   tsx src/pipeline/locate-cli.ts [--root geodata] [--osm ../shared/geodata/osm]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import type { Geometry } from 'geojson';

import type { Precision } from '../data/types.ts';
import { readTree } from './cli.ts';
import { formatIssue } from '../data/issues.ts';
import { matchPlace, propose, SILENT_LIMIT_M, type Match, type OsmFeature, type Proposal } from './locate.ts';
import { SourceSet } from './read-sources.ts';
import { PRECISIONS } from '../data/types.ts';
import { loadAndCheck, type CheckedPlace } from './validate.ts';

interface RawFeature {
  properties: Record<string, unknown>;
  geometry: Geometry | null;
}

/** The named OSM features of the shared extract, with a stable ref and a class. */
export function readOsm(dir: string): OsmFeature[] {
  const read = (file: string): RawFeature[] =>
    (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { features: RawFeature[] }).features;
  const out: OsmFeature[] = [];
  const push = (ref: string, name: unknown, cls: string, geometry: Geometry | null): void => {
    if (typeof name === 'string' && name.trim() !== '' && geometry) out.push({ ref, name, cls, geometry });
  };
  for (const file of ['geofabrik-pois-a.geojson', 'geofabrik-pois.geojson', 'geofabrik-transport-a.geojson']) {
    const src = file.replace('.geojson', '');
    for (const f of read(file))
      push(
        `${src}:${String(f.properties.osm_id)}`,
        f.properties.name,
        file.includes('transport') ? 'station' : String(f.properties.fclass),
        f.geometry,
      );
  }
  for (const f of read('geofabrik-places-a.geojson'))
    push(
      `geofabrik-places-a:${String(f.properties.osm_id)}`,
      f.properties.name,
      String(f.properties.fclass),
      f.geometry,
    );
  // Rivers come in many pieces too: one feature per name (ref = the smallest way id, class = the first piece's).
  const rivers = new Map<string, { ids: number[]; cls: string; lines: number[][][] }>();
  for (const f of read('geofabrik-waterways.geojson')) {
    const { name, osm_id: id, fclass } = f.properties;
    if (typeof name !== 'string' || f.geometry?.type !== 'LineString') continue;
    const r = rivers.get(name) ?? { ids: [], cls: String(fclass), lines: [] };
    r.ids.push(Number(id));
    r.lines.push(f.geometry.coordinates);
    rivers.set(name, r);
  }
  for (const [name, r] of [...rivers].sort()) {
    const geometry: Geometry =
      r.lines.length === 1
        ? { type: 'LineString', coordinates: r.lines[0] }
        : { type: 'MultiLineString', coordinates: r.lines };
    push(`geofabrik-waterways:${Math.min(...r.ids)}`, name, r.cls, geometry);
  }
  // Named water areas (a canal's banks) count as the river they hold.
  for (const f of read('geofabrik-water-a.geojson'))
    push(`geofabrik-water-a:${String(f.properties.osm_id)}`, f.properties.name, 'canal', f.geometry);
  for (const f of read('heritage.geojson'))
    push(
      `heritage:${String(f.properties['@id'])}`,
      f.properties['name:zh'] ?? f.properties.name,
      'heritage',
      f.geometry,
    );
  // A road comes in many pieces: one feature per name, its pieces merged (ref = the first piece's id).
  const roads = new Map<string, { ref: string; lines: number[][][] }>();
  for (const f of read('transport-network.geojson')) {
    const { layer, name, id } = f.properties;
    if (layer === 'metroStations') push(`transport-network:${String(id)}`, name, 'station', f.geometry);
    if (layer !== 'elevatedRoads' || typeof name !== 'string' || !f.geometry) continue;
    const g = f.geometry as { type: string; coordinates: number[][] | number[][][] };
    const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];
    const r = roads.get(name) ?? { ref: `transport-network:${String(id)}`, lines: [] };
    r.lines.push(...lines);
    roads.set(name, r);
  }
  for (const [name, r] of [...roads].sort())
    push(r.ref, name, 'road', { type: 'MultiLineString', coordinates: r.lines });
  // The partial street network (复旦–五角场–同济 only), likewise one feature per name.
  const streets = new Map<string, { ref: string; lines: number[][][] }>();
  for (const f of read('streets-partial.geojson')) {
    const { name, osm_id: id } = f.properties;
    if (typeof name !== 'string' || f.geometry?.type !== 'LineString') continue;
    const r = streets.get(name) ?? { ref: `streets-partial:${String(id)}`, lines: [] };
    r.lines.push(f.geometry.coordinates);
    streets.set(name, r);
  }
  for (const [name, r] of [...streets].sort())
    push(r.ref, name, 'road', { type: 'MultiLineString', coordinates: r.lines });
  return out;
}

const fmtM = (m: number): string => `${Math.round(m)} m`;

/** One report row (markdown table cells). */
function row(p: CheckedPlace, m: Match, pr: Proposal): string[] {
  const best = m.best;
  const what = best
    ? `${best.feature.name} (\`${best.feature.ref}\`, ${best.feature.cls}${best.fit === 2 ? '' : ', partial name'})`
    : '—';
  const proposal =
    pr.action === 'adopt'
      ? `adopt OSM ${pr.geometry.type === 'Point' ? 'point' : 'outline'}, precision ${pr.precision}`
      : pr.action === 'decided'
        ? `decided in YAML: ${pr.decision}${pr.note ? ` — ${pr.note}` : ''}`
        : `${pr.action}: ${pr.why}`;
  return [
    `\`${p.place.id}\``,
    p.place.name,
    m.kind ?? '—',
    p.place.precision,
    what,
    best ? fmtM(best.distanceM) : '—',
    proposal,
  ];
}

/** The markdown report: counts, then one row per place. */
export function formatReport(places: CheckedPlace[], osm: OsmFeature[]): { text: string; undecided: string[] } {
  const rows: string[][] = [];
  const undecided: string[] = [];
  const counts = new Map<string, number>();
  for (const p of places) {
    const m = matchPlace(p.place, p.geometry as Geometry, osm);
    const pr = propose(p.place, m);
    if (pr.action === 'decide' || pr.action === 'adopt')
      undecided.push(`${p.place.id}: ${pr.action === 'adopt' ? 'adopt' : pr.why}`);
    counts.set(pr.action, (counts.get(pr.action) ?? 0) + 1);
    rows.push(row(p, m, pr));
  }
  const precision = PRECISIONS.map((k) => `${k} ${places.filter((p) => p.place.precision === k).length}`).join(' · ');
  const text = [
    '# Gazetteer places checked against OpenStreetMap',
    '',
    'Written by `npm run data:locate` (src/pipeline/locate-cli.ts) from the OSM extract in `../shared/geodata/osm/`',
    '(© OpenStreetMap contributors, ODbL 1.0). Each place is matched by name and aliases against OSM named features',
    'of a fitting kind; the distance is from the centroid of the place as drawn to the feature (0 inside its polygon).',
    `A match more than ${SILENT_LIMIT_M} m away is never taken silently: the decision and a note stand in the place's \`osm\` field.`,
    '',
    `Places: ${places.length} · precision: ${precision}`,
    `Outcome: ${[...counts]
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
    '',
    '| place | name | kind | precision | OSM match | distance | proposal / decision |',
    '|---|---|---|---|---|---:|---|',
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
    '',
  ].join('\n');
  return { text, undecided };
}

/** Entry point; returns the exit code (1 when the sources fail their checks). */
export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { root: { type: 'string', default: 'geodata' }, osm: { type: 'string' } },
    }));
  } catch (e) {
    console.error(`usage: locate-cli.ts [--root DIR] [--osm DIR] (${(e as Error).message})`);
    return 2;
  }
  const root = values.root;
  const osmDir = values.osm ?? path.join(root, '..', '..', 'shared', 'geodata', 'osm');
  const data = loadAndCheck(new SourceSet(readTree(root, [path.join(root, 'layers')])));
  if (data.issues.length > 0) {
    for (const i of data.issues) console.error(formatIssue(i, root));
    return 1;
  }
  const places = [...data.places].sort((a, b) => (a.place.id < b.place.id ? -1 : 1));
  const { text, undecided } = formatReport(places, readOsm(osmDir));
  writeFileSync(path.join(root, 'locate-report.md'), text);
  console.log(`Wrote ${path.join(root, 'locate-report.md')} (${places.length} places).`);
  if (undecided.length > 0) console.log(`Open proposals (${undecided.length}):\n  ${undecided.join('\n  ')}`);
  return 0;
}

export type { Precision };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
