/**
 * Schema checks for the curated sources: required fields, types, enums, kebab-case ids, no
 * unknown fields. Each `check*` returns the typed value, or `undefined` when anything is wrong
 * (every problem is reported).
 */
import {
  BUREAU_IDS,
  CATEGORIES,
  OUTLINES,
  PRECISIONS,
  STATUSES,
  type BureauSource,
  type FigureKind,
  type PlaceSource,
  type RecordSource,
  type ReportSource,
} from '../data/types.ts';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from '../data/schema.ts';
import { clip, reporter, type Issue, type Reporter } from '../data/issues.ts';

export const FIGURE_KINDS: readonly FigureKind[] = [
  'land-area',
  'floor-area',
  'households',
  'beds',
  'places',
  'length',
  'count',
  'money',
  'people',
  'percent',
  'other',
];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WHEN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

type Obj = Record<string, unknown>;

/** True for a plain object (not an array, not null). */
export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Field-checking helpers bound to one reporter; each returns false after reporting. */
class Fields {
  ok = true;
  constructor(private readonly r: Reporter) {}

  fail(field: string | undefined, msg: string): false {
    this.ok = false;
    this.r.add(field, msg);
    return false;
  }

  keys(o: Obj, prefix: string, required: string[], optional: string[]): void {
    for (const k of required) if (o[k] === undefined || o[k] === null) this.fail(prefix + k, 'required field missing');
    for (const k of Object.keys(o)) {
      if (required.includes(k) || optional.includes(k)) continue;
      // `{ zh: 甲,乙 }` parses as { zh: 甲, 乙: null }: say so rather than just "unknown field".
      if (o[k] === null && /[^\p{ASCII}]/u.test(k))
        this.fail(prefix + k, 'unknown field: an unquoted comma inside { … } split a value here; quote the value');
      else this.fail(prefix + k, 'unknown field');
    }
  }

  /** A non-empty string of at most `max` characters (a name: {@link NAME_MAX_LENGTH}; free text: {@link TEXT_MAX_LENGTH}). */
  str(v: unknown, field: string, max = TEXT_MAX_LENGTH): v is string {
    if (v === undefined || v === null) return false; // reported by keys()
    if (typeof v !== 'string') return this.fail(field, `expected a string, got ${describe(v)}`);
    if (v.trim() === '') return this.fail(field, 'must not be empty');
    // Spaces, zero-width and other format characters alone show as nothing.
    if (/^[\s\p{Cf}\p{Cc}]*$/u.test(v)) return this.fail(field, 'must not be empty (only invisible characters)');
    if (v.length > max) return this.fail(field, `too long: ${v.length} characters (at most ${max})`);
    return true;
  }

  id(v: unknown, field: string): v is string {
    if (!this.str(v, field, ID_MAX_LENGTH)) return false;
    if (!KEBAB.test(v)) return this.fail(field, `"${clip(v)}" is not kebab-case (a-z, 0-9, single hyphens)`);
    return true;
  }

  oneOf<T extends string>(v: unknown, field: string, values: readonly T[], what: string): v is T {
    if (!this.str(v, field)) return false;
    if (!values.includes(v as T))
      return this.fail(field, `unknown ${what} "${clip(v)}" (expected one of: ${values.join(', ')})`);
    return true;
  }

  names(v: unknown, field: string): void {
    if (v === undefined || v === null) return;
    if (!isObj(v)) return void this.fail(field, `expected { zh, en }, got ${describe(v)}`);
    this.keys(v, `${field}.`, ['zh', 'en'], []);
    this.str(v.zh, `${field}.zh`, NAME_MAX_LENGTH);
    this.str(v.en, `${field}.en`, NAME_MAX_LENGTH);
  }

  list(v: unknown, field: string): v is unknown[] {
    if (v === undefined || v === null) return false;
    if (!Array.isArray(v)) return this.fail(field, `expected a list, got ${describe(v)}`);
    return true;
  }
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${clip(JSON.stringify(v) ?? String(v))}`;
}

/** Context the record schema needs: the known bureau and report ids. */
export interface SchemaContext {
  bureauIds: ReadonlySet<string>;
  reportIds: ReadonlySet<string>;
}

/**
 * Checks one catalog record.
 *
 * @param raw - the parsed YAML item
 * @param index - its position in the file (names it when it has no usable id)
 * @param file - root-relative path, e.g. `catalog/housing.yaml`
 * @returns the record when it is schema-valid, else `undefined` (issues appended)
 */
export function checkRecord(
  raw: unknown,
  index: number,
  file: string,
  ctx: SchemaContext,
  issues: Issue[],
): RecordSource | undefined {
  const subjectId = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
  const f = new Fields(reporter(issues, file, { kind: 'record', id: subjectId }));
  if (!isObj(raw)) return void f.fail(undefined, `expected a mapping, got ${describe(raw)}`);
  f.keys(
    raw,
    '',
    ['id', 'name', 'bureaus', 'category', 'scope', 'places', 'years', 'status', 'figures', 'milestones', 'quotes'],
    ['related', 'statusNote', 'aka'],
  );
  f.id(raw.id, 'id');
  f.names(raw.name, 'name');
  if (f.list(raw.bureaus, 'bureaus')) {
    if (raw.bureaus.length === 0) f.fail('bureaus', 'must name at least one bureau');
    raw.bureaus.forEach((b, i) => {
      if (f.str(b, `bureaus[${i}]`) && !ctx.bureauIds.has(b)) f.fail(`bureaus[${i}]`, `unknown bureau "${clip(b)}"`);
    });
  }
  f.oneOf(raw.category, 'category', CATEGORIES, 'category');
  f.oneOf(raw.scope, 'scope', ['site', 'district'] as const, 'scope');
  if (f.list(raw.places, 'places')) raw.places.forEach((p, i) => f.str(p, `places[${i}]`));
  if (f.list(raw.years, 'years')) {
    if (raw.years.length === 0) f.fail('years', 'must not be empty');
    raw.years.forEach((y, i) => {
      if (!Number.isInteger(y) || (y as number) < 1990 || (y as number) > 2100)
        f.fail(`years[${i}]`, `expected a year, got ${describe(y)}`);
    });
  }
  if (raw.status !== undefined && raw.status !== null) {
    if (!isObj(raw.status)) f.fail('status', `expected a mapping { report-id: status }, got ${describe(raw.status)}`);
    else {
      if (Object.keys(raw.status).length === 0) f.fail('status', 'must give the status in at least one report');
      for (const [k, v] of Object.entries(raw.status)) {
        if (!ctx.reportIds.has(k)) f.fail(`status.${k}`, `unknown report id "${clip(k)}"`);
        f.oneOf(v, `status.${k}`, STATUSES, 'status');
      }
    }
  }
  if (f.list(raw.figures, 'figures')) {
    raw.figures.forEach((fig, i) => {
      const p = `figures[${i}]`;
      if (!isObj(fig)) return void f.fail(p, `expected a mapping, got ${describe(fig)}`);
      f.keys(fig, `${p}.`, ['kind', 'text'], ['label']);
      f.oneOf(fig.kind, `${p}.kind`, FIGURE_KINDS, 'figure kind');
      if (typeof fig.text === 'number')
        f.fail(`${p}.text`, `expected a string, got number ${fig.text} (quote it as written, with its unit)`);
      else f.str(fig.text, `${p}.text`);
      f.names(fig.label, `${p}.label`);
    });
  }
  if (f.list(raw.milestones, 'milestones')) {
    raw.milestones.forEach((m, i) => {
      const p = `milestones[${i}]`;
      if (!isObj(m)) return void f.fail(p, `expected a mapping, got ${describe(m)}`);
      f.keys(m, `${p}.`, ['when', 'what', 'state'], []);
      const when = typeof m.when === 'number' ? String(m.when) : m.when;
      if (f.str(when, `${p}.when`) && !WHEN.test(when))
        f.fail(`${p}.when`, `"${clip(when)}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
      f.names(m.what, `${p}.what`);
      f.oneOf(m.state, `${p}.state`, ['done', 'planned'] as const, 'milestone state');
    });
  }
  if (f.list(raw.quotes, 'quotes')) {
    if (raw.quotes.length === 0) f.fail('quotes', 'must have at least one quote');
    raw.quotes.forEach((q, i) => {
      const p = `quotes[${i}]`;
      if (!isObj(q)) return void f.fail(p, `expected a mapping, got ${describe(q)}`);
      f.keys(q, `${p}.`, ['report', 'section', 'text'], []);
      if (f.str(q.report, `${p}.report`) && !ctx.reportIds.has(q.report))
        f.fail(`${p}.report`, `unknown report id "${clip(q.report)}"`);
      if (f.str(q.section, `${p}.section`) && !ctx.bureauIds.has(q.section))
        f.fail(`${p}.section`, `unknown bureau "${clip(q.section)}"`);
      f.str(q.text, `${p}.text`);
    });
  }
  f.names(raw.statusNote, 'statusNote');
  if (raw.aka !== undefined && f.list(raw.aka, 'aka'))
    raw.aka.forEach((a, i) => f.str(a, `aka[${i}]`, NAME_MAX_LENGTH));
  if (raw.related !== undefined && f.list(raw.related, 'related')) {
    raw.related.forEach((x, i) => {
      if (f.id(x, `related[${i}]`) && x === raw.id) f.fail(`related[${i}]`, 'a record cannot be related to itself');
    });
  }
  if (!f.ok) return undefined;
  const rec = raw as unknown as RecordSource;
  // YAML may give `when: 2024` as a number; the contract says string.
  rec.milestones = rec.milestones.map((m) => ({ when: String(m.when), what: m.what, state: m.state }));
  return rec;
}

/**
 * Checks one gazetteer place (fields only; geometry is checked by `geometry.ts`).
 *
 * @returns the place when schema-valid, else `undefined` (issues appended)
 */
export function checkPlace(raw: unknown, index: number, file: string, issues: Issue[]): PlaceSource | undefined {
  const subjectId = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
  const f = new Fields(reporter(issues, file, { kind: 'place', id: subjectId }));
  if (!isObj(raw)) return void f.fail(undefined, `expected a mapping, got ${describe(raw)}`);
  f.keys(
    raw,
    '',
    ['id', 'name', 'en', 'precision', 'basis'],
    ['aliases', 'leavesDistrict', 'geometry', 'from', 'outline', 'osm', 'note'],
  );
  f.id(raw.id, 'id');
  f.str(raw.name, 'name', NAME_MAX_LENGTH);
  f.str(raw.en, 'en', NAME_MAX_LENGTH);
  f.oneOf(raw.precision, 'precision', PRECISIONS, 'precision');
  f.str(raw.basis, 'basis');
  if (raw.outline !== undefined) f.oneOf(raw.outline, 'outline', OUTLINES, 'outline');
  f.names(raw.note, 'note');
  if (raw.osm !== undefined && raw.osm !== null) {
    if (!isObj(raw.osm)) f.fail('osm', `expected { ref, name, decision, note }, got ${describe(raw.osm)}`);
    else {
      f.keys(raw.osm, 'osm.', ['ref', 'name', 'decision'], ['note']);
      f.str(raw.osm.ref, 'osm.ref');
      f.str(raw.osm.name, 'osm.name');
      f.oneOf(raw.osm.decision, 'osm.decision', ['adopted', 'rejected'] as const, 'decision');
      if (raw.osm.note !== undefined) f.str(raw.osm.note, 'osm.note');
      else if (raw.osm.decision === 'rejected') f.fail('osm.note', 'a rejected OSM match needs a note saying why');
      if (
        raw.osm.decision === 'adopted' &&
        raw.outline !== undefined &&
        raw.outline !== 'osm' &&
        isObj(raw.geometry) &&
        String(raw.geometry.type).endsWith('Polygon')
      ) {
        f.fail('outline', `an adopted OSM polygon has outline osm, not "${String(raw.outline)}"`);
      }
    }
  }
  if (raw.aliases !== undefined && f.list(raw.aliases, 'aliases'))
    raw.aliases.forEach((a, i) => f.str(a, `aliases[${i}]`, NAME_MAX_LENGTH));
  if (raw.leavesDistrict !== undefined && typeof raw.leavesDistrict !== 'boolean') {
    f.fail('leavesDistrict', `expected true or false, got ${describe(raw.leavesDistrict)}`);
  }
  const hasGeom = raw.geometry !== undefined && raw.geometry !== null;
  const hasFrom = raw.from !== undefined && raw.from !== null;
  if (hasGeom === hasFrom)
    f.fail('geometry', hasGeom ? 'give either geometry or from, not both' : 'required: geometry or from');
  if (hasGeom && !isObj(raw.geometry)) f.fail('geometry', `expected a GeoJSON geometry, got ${describe(raw.geometry)}`);
  if (hasFrom) {
    if (!isObj(raw.from)) f.fail('from', `expected { file, name }, got ${describe(raw.from)}`);
    else {
      f.keys(raw.from, 'from.', ['file', 'name'], []);
      f.str(raw.from.file, 'from.file');
      f.str(raw.from.name, 'from.name');
    }
  }
  return f.ok ? (raw as unknown as PlaceSource) : undefined;
}

/** Checks `reports.yaml` entries (fields only; markers are checked against the text elsewhere). */
export function checkReport(
  raw: unknown,
  index: number,
  file: string,
  bureauIds: ReadonlySet<string>,
  issues: Issue[],
): ReportSource | undefined {
  const subjectId = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
  const f = new Fields(reporter(issues, file, { kind: 'report', id: subjectId }));
  if (!isObj(raw)) return void f.fail(undefined, `expected a mapping, got ${describe(raw)}`);
  f.keys(raw, '', ['id', 'file', 'year', 'title', 'sections'], []);
  f.id(raw.id, 'id');
  f.str(raw.file, 'file');
  if (raw.year !== undefined && !Number.isInteger(raw.year))
    f.fail('year', `expected a year, got ${describe(raw.year)}`);
  f.names(raw.title, 'title');
  if (f.list(raw.sections, 'sections')) {
    raw.sections.forEach((s, i) => {
      const p = `sections[${i}]`;
      if (!isObj(s)) return void f.fail(p, `expected a mapping, got ${describe(s)}`);
      f.keys(s, `${p}.`, ['bureau', 'start', 'plan'], []);
      if (f.str(s.bureau, `${p}.bureau`) && !bureauIds.has(s.bureau))
        f.fail(`${p}.bureau`, `unknown bureau "${s.bureau}"`);
      f.str(s.start, `${p}.start`);
      f.str(s.plan, `${p}.plan`);
    });
  }
  return f.ok ? (raw as unknown as ReportSource) : undefined;
}

/** Checks one `bureaus.yaml` entry: the id must be one of the contract's `BUREAU_IDS`. */
export function checkBureau(raw: unknown, index: number, file: string, issues: Issue[]): BureauSource | undefined {
  const subjectId = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index}`;
  const f = new Fields(reporter(issues, file, { kind: 'bureau', id: subjectId }));
  if (!isObj(raw)) return void f.fail(undefined, `expected a mapping, got ${describe(raw)}`);
  f.keys(raw, '', ['id', 'zh', 'en'], []);
  f.oneOf(raw.id, 'id', BUREAU_IDS, 'bureau');
  f.str(raw.zh, 'zh');
  f.str(raw.en, 'en');
  return f.ok ? { id: raw.id as BureauSource['id'], zh: raw.zh as string, en: raw.en as string } : undefined;
}

/** A coverage exclusion: a place-like name of a report deliberately not mapped. */
export interface Exclusion {
  name: string;
  reason: string;
}

/** Checks one `coverage-exclusions.yaml` entry (`{ name, reason }`). */
export function checkExclusion(raw: unknown, index: number, file: string, issues: Issue[]): Exclusion | undefined {
  const subjectId = isObj(raw) && typeof raw.name === 'string' && raw.name ? raw.name : `#${index}`;
  const f = new Fields(reporter(issues, file, { kind: 'exclusion', id: subjectId }));
  if (!isObj(raw)) return void f.fail(undefined, `expected a mapping, got ${describe(raw)}`);
  f.keys(raw, '', ['name', 'reason'], []);
  f.str(raw.name, 'name');
  f.str(raw.reason, 'reason');
  return f.ok ? { name: raw.name as string, reason: raw.reason as string } : undefined;
}
