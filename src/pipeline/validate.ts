/**
 * Reads every curated source out of a {@link SourceSet} and runs all checks, collecting every
 * issue (not only the first). Pure: the files are already in memory.
 */
import type { Figure, GeometrySource, Quote } from '../data/types.ts';
import type { BureauSource, PlaceSource, RecordSource, ReportSource } from '../data/source-schema.ts';
import { normaliseFigure } from './figures.ts';
import { indexPlaceNames, resolvePlaceName, type FiledPlace } from './geocode.ts';
import { checkGeometry, checkInsideYangpu, findYangpu, placeGeometry } from './geometry.ts';
import { clip, reporter, type Issue } from '../data/issues.ts';
import type { SourceSet } from './read-sources.ts';
import { locateQuote, locateSections, type SectionRange } from './report-text.ts';
import { checkBureau, checkExclusion, checkPlace, checkRecord, checkReport, isObj, type Exclusion } from './schema.ts';

export const REPORTS_FILE = 'reports.yaml';
export const BUREAUS_FILE = 'bureaus.yaml';
export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

/** A report with its text and located sections. */
export interface LoadedReport {
  src: ReportSource;
  text: string;
  sections: SectionRange[];
}

/** A gazetteer place with its checked geometry. */
export interface CheckedPlace extends FiledPlace {
  geometry: GeometrySource | { type: 'MultiPoint'; coordinates: [number, number][] };
}

/** A record with everything the build derives from it. */
export interface CheckedRecord {
  src: RecordSource;
  file: string;
  quotes: Quote[];
  figures: Figure[];
  places: CheckedPlace[];
}

/** Everything checked; only meaningful when `issues` is empty. */
export interface CheckedData {
  reports: LoadedReport[];
  bureaus: BureauSource[];
  records: CheckedRecord[];
  places: CheckedPlace[];
  /** Schema-valid records and places, even those failing later checks (for coverage). */
  recordSources: RecordSource[];
  namedPlaces: FiledPlace[];
  issues: Issue[];
}

/** Parses a YAML file that must hold a list; a non-list is an issue. */
function yamlList(sources: SourceSet, path: string, issues: Issue[]): unknown[] {
  const v = sources.yaml(path, issues);
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    issues.push({ file: path, message: 'expected a YAML list at the top level' });
    return [];
  }
  return v;
}

/**
 * Loads the reports and their texts; checks section markers.
 */
export function loadReports(
  sources: SourceSet,
  bureauIds: ReadonlySet<string>,
  issues: Issue[],
): { reports: LoadedReport[]; ids: Set<string> } {
  const seen = new Set<string>();
  const ids = new Set<string>();
  const out: LoadedReport[] = [];
  yamlList(sources, REPORTS_FILE, issues).forEach((raw, i) => {
    // A report with a bad field still lends its id, so records quoting it don't all fail too.
    if (isObj(raw) && typeof raw.id === 'string') ids.add(raw.id);
    const src = checkReport(raw, i, REPORTS_FILE, bureauIds, issues);
    if (!src) return;
    if (seen.has(src.id))
      return void issues.push({
        file: REPORTS_FILE,
        subject: { kind: 'report', id: src.id },
        field: 'id',
        message: 'duplicate report id',
      });
    seen.add(src.id);
    if (!sources.has(src.file))
      return void issues.push({
        file: REPORTS_FILE,
        subject: { kind: 'report', id: src.id },
        field: 'file',
        message: `file "${src.file}" not found`,
      });
    const text = sources.text(src.file, issues);
    if (text === undefined) return;
    out.push({ src, text, sections: locateSections(src, text, REPORTS_FILE, issues) });
  });
  return { reports: out, ids };
}

/**
 * Loads the gazetteer: schema, unique ids, geometry (own or `from`), inside Yangpu.
 */
export function loadPlaces(
  sources: SourceSet,
  issues: Issue[],
): { named: FiledPlace[]; checked: CheckedPlace[]; unsure: (name: string) => boolean } {
  const area = findYangpu(sources, issues);
  const ids = new Map<string, string>();
  const named: FiledPlace[] = [];
  const out: CheckedPlace[] = [];
  // Names of places that failed their own checks, and whether a whole file was unreadable: a
  // record naming such a place is not reported again (one cause, one message).
  const brokenNames = new Set<string>();
  let unreadable = false;
  for (const file of sources.list('gazetteer', ['.yaml', '.yml'])) {
    const before = issues.length;
    const list = yamlList(sources, file, issues);
    if (issues.length > before) unreadable = true;
    list.forEach((raw, i) => {
      const place: PlaceSource | undefined = checkPlace(raw, i, file, issues);
      if (!place) {
        if (isObj(raw))
          for (const n of [raw.name, ...(Array.isArray(raw.aliases) ? raw.aliases : [])])
            if (typeof n === 'string') brokenNames.add(n);
        return;
      }
      const r = reporter(issues, file, { kind: 'place', id: place.id });
      named.push({ place, file }); // indexed even when a duplicate, so records naming it don't fail too
      if (ids.has(place.id)) return r.add('id', `duplicate place id (also in ${ids.get(place.id)})`);
      ids.set(place.id, file);
      const field = place.geometry ? 'geometry' : 'from';
      const raw2 = placeGeometry(place, sources, issues, r);
      if (raw2 === undefined) return;
      const g = checkGeometry(raw2, field, r);
      if (!g) return;
      if (area) checkInsideYangpu(place, g, field, area, r);
      const polygon = g.type === 'Polygon' || g.type === 'MultiPolygon';
      if (polygon && !place.outline) r.add('outline', 'required for a polygon: osm, surveyed, reported-size or sketch');
      if (!polygon && place.outline) r.add('outline', `only polygons have an outline (this is a ${g.type})`);
      out.push({ place, file, geometry: g });
    });
  }
  return { named, checked: out, unsure: (name) => unreadable || brokenNames.has(name) };
}

/**
 * Checks one record against reports and gazetteer: quotes verbatim in their section, figures
 * parse and appear in a quote, places resolve, scope vs places.
 */
function checkRecordLinks(
  src: RecordSource,
  file: string,
  reports: Map<string, LoadedReport>,
  names: ReturnType<typeof indexPlaceNames>,
  placeById: Map<string, CheckedPlace>,
  unsure: (name: string) => boolean,
  issues: Issue[],
): CheckedRecord | undefined {
  const r = reporter(issues, file, { kind: 'record', id: src.id });
  const n = issues.length;
  let quiet = false;
  const lead = file.replace(/^catalog\//, '').replace(/\.ya?ml$/, '');
  if (src.bureaus[0] !== lead)
    r.add(
      'bureaus[0]',
      `lead bureau "${src.bureaus[0]}" does not match the file (${file} holds records led by ${lead})`,
    );
  const quotes: Quote[] = [];
  src.quotes.forEach((q, i) => {
    const rep = reports.get(q.report);
    if (!rep) return; // unknown report: reported by the schema
    const res = locateQuote(q, rep.src, rep.text, rep.sections);
    if ('error' in res) r.add(`quotes[${i}].${res.field}`, res.error);
    else quotes.push(res.quote);
  });
  const figures: Figure[] = [];
  src.figures.forEach((fs, i) => {
    const res = normaliseFigure(fs);
    if ('error' in res) return r.add(`figures[${i}].text`, res.error);
    if (!src.quotes.some((q) => q.text.includes(fs.text)))
      return r.add(`figures[${i}].text`, `"${clip(fs.text)}" does not appear in any of the record's quotes`);
    figures.push(res.figure);
  });
  if (src.scope === 'site' && src.places.length === 0) r.add('places', 'scope site needs at least one place');
  if (src.scope === 'district' && src.places.length > 0)
    r.add('places', 'scope district must have no places (district-wide programmes are not drawn)');
  const places: CheckedPlace[] = [];
  src.places.forEach((name, i) => {
    const res = resolvePlaceName(name, names);
    if ('error' in res && unsure(name)) return void (quiet = true); // the place's own problem is reported
    if ('error' in res) return r.add(`places[${i}]`, res.error);
    const p = placeById.get(res.place.place.id);
    if (p && !places.includes(p)) places.push(p);
  });
  if (issues.length > n || quiet) return undefined;
  return { src, file, quotes, figures, places };
}

/**
 * Runs every check over the sources.
 *
 * @returns the checked data and all issues (empty when the build may proceed)
 */
/** Stands in for the bureau list when bureaus.yaml cannot be read: every id passes. */
const ALL_IDS: ReadonlySet<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

export function loadAndCheck(sources: SourceSet): CheckedData {
  const issues: Issue[] = [];
  const before = issues.length;
  const bureaus = yamlList(sources, BUREAUS_FILE, issues)
    .map((raw, i) => checkBureau(raw, i, BUREAUS_FILE, issues))
    .filter((b): b is BureauSource => b !== undefined);
  // An unreadable bureaus.yaml is one problem: don't also call every bureau id in use unknown.
  const unreadable = issues.slice(before).some((i) => i.file === BUREAUS_FILE && i.subject === undefined);
  const bureauIds: ReadonlySet<string> = unreadable ? ALL_IDS : new Set(bureaus.map((b) => b.id));
  const beforeReports = issues.length;
  const loaded = loadReports(sources, bureauIds, issues);
  const { reports } = loaded;
  // An unreadable reports.yaml is one problem: don't also call every report id in use unknown.
  const reportsUnreadable = issues.slice(beforeReports).some((i) => i.file === REPORTS_FILE && i.subject === undefined);
  const reportIds: ReadonlySet<string> = reportsUnreadable ? ALL_IDS : loaded.ids;
  const reportById = new Map(reports.map((r) => [r.src.id, r]));
  const { named, checked: places, unsure } = loadPlaces(sources, issues);
  // Names are indexed over every schema-valid place, so a record naming a place with broken geometry still resolves.
  const names = indexPlaceNames(named, issues);
  const placeById = new Map(places.map((p) => [p.place.id, p]));
  const records: CheckedRecord[] = [];
  const recordIds = new Map<string, string>();
  const valid: [RecordSource, string][] = [];
  const ctx = { bureauIds, reportIds };
  const bureausNamed = new Set<string>();
  // Ids of every record with a string id, valid or not: a reference to a record that failed its
  // own checks is not reported again; nor is anything when a catalog file could not be read.
  const anyIds = new Set<string>();
  let catalogUnreadable = false;
  for (const file of sources.list('catalog', ['.yaml', '.yml'])) {
    const before = issues.length;
    const list = yamlList(sources, file, issues);
    if (issues.length > before) catalogUnreadable = true;
    list.forEach((raw, i) => {
      if (isObj(raw) && Array.isArray(raw.bureaus)) raw.bureaus.forEach((b) => bureausNamed.add(String(b)));
      if (isObj(raw) && typeof raw.id === 'string') anyIds.add(raw.id);
      const src = checkRecord(raw, i, file, ctx, issues);
      if (!src) return;
      if (recordIds.has(src.id))
        return void issues.push({
          file,
          subject: { kind: 'record', id: src.id },
          field: 'id',
          message: `duplicate record id (also in ${recordIds.get(src.id)})`,
        });
      recordIds.set(src.id, file);
      valid.push([src, file]);
      const rec = checkRecordLinks(src, file, reportById, names, placeById, unsure, issues);
      if (rec) records.push(rec);
    });
  }
  for (const [src, file] of catalogUnreadable ? [] : valid) {
    (src.related ?? []).forEach((id, i) => {
      if (!anyIds.has(id))
        issues.push({
          file,
          subject: { kind: 'record', id: src.id },
          field: `related[${i}]`,
          message: `unknown record id "${id}"`,
        });
    });
  }
  for (const b of catalogUnreadable ? [] : bureaus) {
    if (!bureausNamed.has(b.id)) {
      issues.push({
        file: BUREAUS_FILE,
        subject: { kind: 'bureau', id: b.id },
        field: 'id',
        message: 'no record names this bureau',
      });
    }
  }
  return { reports, bureaus, records, places, recordSources: valid.map(([s]) => s), namedPlaces: named, issues };
}

/** Loads `coverage-exclusions.yaml` if present (absent = no exclusions). */
export function loadExclusions(sources: SourceSet, issues: Issue[]): Exclusion[] {
  if (!sources.has(EXCLUSIONS_FILE)) return [];
  return yamlList(sources, EXCLUSIONS_FILE, issues)
    .map((raw, i) => checkExclusion(raw, i, EXCLUSIONS_FILE, issues))
    .filter((e): e is Exclusion => e !== undefined);
}
