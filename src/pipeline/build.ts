/**
 * The whole build as one pure function: raw files in, output file contents (or issues) out.
 */
import type { Catalog, CatalogDetails, PlaceRecord, PlaceSource, ProjectRecord } from '../data/types.ts';
import { catalogVersion, recordFingerprint } from '../data/versioning.ts';
import { reportYears } from '../data/facets.ts';
import type { Issue } from '../data/issues.ts';
import { buildManifest, type LayerInfo } from './manifest.ts';
import { checkOutputs } from './output-schema.ts';
import { SourceSet, type RawFile } from './read-sources.ts';
import { pinyinTable } from './pinyin.ts';
import { computeRecord } from './records.ts';
import { checkStatusEvidence } from './status-evidence.ts';
import { toJson } from './serialize.ts';
import { cmp, GEOMETRY_KINDS, LAYER_FILES, toCollection, toFeature, type OutFeature } from './to-geojson.ts';
import { validateTours } from '../data/tour-check.ts';
import { loadAndCheck } from './validate.ts';

/** A row of the reported-vs-computed area table (not an error: a summary for review). */
export interface AreaRow {
  id: string;
  reportedM2: number;
  computedM2: number;
  diffPct: number;
}

/** Result of {@link buildLayers}: either issues, or the files to write. */
export interface BuildResult {
  issues: Issue[];
  /** Output file name → content; empty when there are issues. */
  outputs: Map<string, string>;
  areaTable: AreaRow[];
}

/** Output file names, in writing order. */
export const OUTPUT_FILES = [
  'areas.geojson',
  'lines.geojson',
  'points.geojson',
  'catalog.json',
  'catalog-details.json',
  'search-keys.json',
  'tours.json',
  'manifest.json',
];

/** Context files whose feature names the app's place search indexes (their pinyin goes in search-keys.json). */
const SEARCHED_CONTEXT = ['context/roads.geojson', 'context/stations.geojson'];

/**
 * Validates, geocodes, computes and serialises.
 *
 * Steps:
 * 1. read + check every source ({@link loadAndCheck}); stop with all issues if any
 * 2. compute each record; one feature per record per geometry kind
 * 3. serialise the three layers, `catalog.json` (what the list, filters and first map need) and
 *    `catalog-details.json` (quotes, figures, milestones, status history, related records, place
 *    basis: loaded after the first map), `search-keys.json` (pinyin of every Han name the
 *    app searches, so the browser needs no pinyin dictionary), then `manifest.json`
 *
 * @param files - every file under the data root (the output dir excluded)
 */
export function buildLayers(files: RawFile[]): BuildResult {
  // A refused file (a symbolic link, not UTF-8, unreadable) stops the build before any check, so
  // what depends on it is not reported as well: one cause, one message.
  const refused = files.filter((f) => f.refused).map((f) => ({ file: f.path, message: f.refused! }));
  if (refused.length > 0) return { issues: refused, outputs: new Map(), areaTable: [] };
  const sources = new SourceSet(files);
  const data = loadAndCheck(sources);
  // Once the sources are sound: status, years and bureaus must follow from the quotes' words (issue 16).
  if (data.issues.length === 0)
    data.issues.push(...checkStatusEvidence(data.records, new Map(data.reports.map((r) => [r.src.id, r]))));
  if (data.issues.length > 0) return { issues: data.issues, outputs: new Map(), areaTable: [] };
  const reports = new Map(data.reports.map((r) => [r.src.id, r]));
  // Compute records and their features.
  const built = data.records.map((r) => computeRecord(r, reports)).sort((a, b) => cmp(a.record.id, b.record.id));
  // Tours: every stop must name a drawn record (a tour file is an input like any other).
  const tourIssues: Issue[] = [];
  const tourFiles = sources
    .list('tours', ['.yaml', '.yml'])
    .map((file) => ({ file, data: sources.yaml(file, tourIssues) }));
  const tourCheck = validateTours(
    tourFiles,
    new Map(built.map((b) => [b.record.id, b.record.scope])),
    new Map(built.map((b) => [b.record.id, b.record.figures.length])),
    reportYears(data.reports.map((r) => r.src)),
  );
  tourIssues.push(...tourCheck.issues);
  if (tourIssues.length > 0) return { issues: tourIssues, outputs: new Map(), areaTable: [] };
  const features = new Map(GEOMETRY_KINDS.map((k) => [k, [] as OutFeature[]]));
  for (const b of built)
    for (const [kind, g] of b.geometries) features.get(kind)!.push(toFeature(b.record, g.geometry, g.precision));
  const outputs = new Map<string, string>();
  const layers: LayerInfo[] = [];
  for (const kind of GEOMETRY_KINDS) {
    const text = toJson(toCollection(features.get(kind)!));
    outputs.set(LAYER_FILES[kind], text);
    layers.push({ file: LAYER_FILES[kind], features: features.get(kind)!.length, bytes: Buffer.byteLength(text) });
  }
  // The catalog: every record, district-wide ones included.
  const records: ProjectRecord[] = built.map((b) => ({ ...b.record, fingerprint: recordFingerprint(b.record) }));
  const catalog: Catalog = {
    version: catalogVersion(records),
    reports: data.reports.map((r) => ({
      id: r.src.id,
      year: r.src.year,
      title: { zh: r.src.title.zh, en: r.src.title.en },
    })),
    bureaus: data.bureaus.map((b) => ({ id: b.id, zh: b.zh, en: b.en })),
    records,
    places: data.places.map((p) => toPlaceRecord(p.place)).sort((a, b) => cmp(a.id, b.id)),
  };
  const { core, details } = splitCatalog(catalog);
  outputs.set('catalog.json', toJson(core));
  outputs.set('catalog-details.json', toJson(details));
  const contextNames = SEARCHED_CONTEXT.flatMap((file) => {
    const fc = sources.json(file, []) as { features?: { properties?: { name?: unknown } }[] } | undefined;
    return (fc?.features ?? []).map((f) => f.properties?.name).filter((n): n is string => typeof n === 'string');
  });
  const searched = [
    ...records.map((r) => r.name.zh),
    ...catalog.places.flatMap((p) => [p.name, ...p.aliases]),
    ...contextNames,
  ];
  outputs.set('search-keys.json', toJson({ pinyin: pinyinTable(searched) }));
  outputs.set('tours.json', toJson(tourCheck.tours));
  outputs.set('manifest.json', toJson(buildManifest([...sources.used], layers, records, data.bureaus)));
  const areaTable = records
    .filter((r) => r.areaDiffPct !== undefined)
    .map((r) => ({ id: r.id, reportedM2: r.areaReportedM2!, computedM2: r.areaComputedM2!, diffPct: r.areaDiffPct! }));
  // What is written is what the app accepts: the same schema (src/data/schema.ts) checks both.
  const schemaIssues = checkOutputs(
    new Map(
      [...outputs]
        .filter(([name]) => name !== 'manifest.json')
        .map(([name, text]) => [name, JSON.parse(text) as unknown]),
    ),
  );
  if (schemaIssues.length > 0) return { issues: schemaIssues, outputs: new Map(), areaTable: [] };
  return { issues: [], outputs, areaTable };
}

/** The catalog's fields loaded after the first map (src/data/load.ts merges them back). */
export function splitCatalog(catalog: Catalog): { core: Catalog; details: CatalogDetails } {
  const details: CatalogDetails = { records: {}, places: {} };
  const records = catalog.records.map((r) => {
    const { statusHistory, figures, milestones, quotes, related, ...rest } = r;
    details.records[r.id] = { statusHistory, figures, milestones, quotes, related };
    return rest as ProjectRecord;
  });
  const places = catalog.places.map((p) => {
    const { basis, ...rest } = p;
    details.places[p.id] = { basis };
    return rest as PlaceRecord;
  });
  return { core: { ...catalog, records, places }, details };
}

/** A gazetteer place as the app reads it (aliases always a list, leavesDistrict always a boolean). */
function toPlaceRecord(p: PlaceSource): PlaceRecord {
  const out: PlaceRecord = {
    id: p.id,
    name: p.name,
    en: p.en,
    aliases: [...(p.aliases ?? [])],
    precision: p.precision,
    basis: p.basis,
    leavesDistrict: p.leavesDistrict === true,
  };
  if (p.outline) out.outline = p.outline;
  if (p.osm?.decision === 'adopted') out.osm = { ref: p.osm.ref, name: p.osm.name };
  if (p.note) out.note = { zh: p.note.zh, en: p.note.en };
  return out;
}

/**
 * Formats the reported-vs-computed area table for the console.
 *
 * @example formatAreaTable([{ id: 'a', reportedM2: 1000, computedM2: 1100, diffPct: 10 }])
 */
export function formatAreaTable(rows: AreaRow[]): string {
  if (rows.length === 0) return 'No record has both a reported land area and a measured outline (OSM or surveyed).';
  const head = ['record', 'reported m²', 'computed m²', 'diff %'];
  const body = rows.map((r) => [
    r.id,
    String(r.reportedM2),
    String(r.computedM2),
    `${r.diffPct > 0 ? '+' : ''}${r.diffPct}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...body.map(line)].join('\n');
}
