/**
 * The schema of the curated sources under `geodata/` (catalog records, gazetteer places, reports,
 * bureaus, coverage exclusions), with the types inferred from it. The data build checks every
 * entry against it (`pipeline/schema.ts`) and words each problem in plain English; a field that is
 * absent or `null` is "required field missing", an optional one that is `null` counts as absent.
 * Browser-safe: valibot only.
 */
import * as v from 'valibot';
import { clip } from './issues';
import { ID_MAX_LENGTH, NAME_MAX_LENGTH, TEXT_MAX_LENGTH } from './schema';
import {
  BUREAU_IDS,
  CATEGORIES,
  OUTLINES,
  PRECISIONS,
  STATUSES,
  type FigureKind,
  type GeometrySource,
  type Names,
} from './types';

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

/** True for a plain object (not an array, not null). */
export function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A value as a message names it: `a list`, `a mapping`, `null`, `string "2024"`. */
export function describe(x: unknown): string {
  if (Array.isArray(x)) return 'a list';
  if (x === null) return 'null';
  return typeof x === 'object' ? 'a mapping' : `${typeof x} ${clip(JSON.stringify(x) ?? String(x))}`;
}

/** "expected …, got …", or "required field missing" for `null` (an absent field is worded by the check). */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === null ? 'required field missing' : `expected ${what}, got ${describe(issue.input)}`;

/** An object with only these fields; `notObject` words anything else. Unknown fields: `pipeline/schema.ts`. */
function only<E extends v.ObjectEntries>(entries: E, what = 'a mapping') {
  return v.pipe(
    v.custom<Record<string, unknown>>(isObj, expected(what)),
    v.objectWithRest(entries, v.never('unknown field'), expected(what)),
    v.transform((o) => o as v.InferOutput<v.ObjectSchema<E, undefined>>),
  );
}

/** An optional field: absent or `null` (YAML's `key:` with nothing after it) gives `undefined`. */
const optional = <S extends v.GenericSchema>(schema: S) =>
  v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((x) => x ?? undefined),
    ),
  );

/** Why a string is refused, or `undefined` when it is fine. */
function stringProblem(s: string, max: number): string | undefined {
  if (s.trim() === '') return 'must not be empty';
  // Spaces, zero-width and other format characters alone show as nothing.
  if (/^[\s\p{Cf}\p{Cc}]*$/u.test(s)) return 'must not be empty (only invisible characters)';
  if (s.length > max) return `too long: ${s.length} characters (at most ${max})`;
  return undefined;
}

/** A non-empty string of at most `max` characters (a name: {@link NAME_MAX_LENGTH}; free text: {@link TEXT_MAX_LENGTH}). */
const str = (max = TEXT_MAX_LENGTH) =>
  v.pipe(
    v.string(expected('a string')),
    v.check(
      (s) => stringProblem(s, max) === undefined,
      (issue) => stringProblem(issue.input, max)!,
    ),
  );

/** A string that passes `ok`, else `unknown(value)`. */
const known = <T extends string>(ok: (s: string) => boolean, unknown: (s: string) => string, max = TEXT_MAX_LENGTH) =>
  v.pipe(
    str(max),
    v.check(ok, (issue) => unknown(issue.input)),
    v.transform((s) => s as T),
  );

/** One of `values`, else `unknown <what> "x" (expected one of: …)`. */
const oneOf = <T extends string>(values: readonly T[], what: string) =>
  known<T>(
    (s) => values.includes(s as T),
    (s) => `unknown ${what} "${clip(s)}" (expected one of: ${values.join(', ')})`,
  );

const id = known<string>(
  (s) => KEBAB.test(s),
  (s) => `"${clip(s)}" is not kebab-case (a-z, 0-9, single hyphens)`,
  ID_MAX_LENGTH,
);
const names = v.pipe(
  only({ zh: str(NAME_MAX_LENGTH), en: str(NAME_MAX_LENGTH) }, '{ zh, en }'),
  v.transform((n): Names => n),
);
const list = <S extends v.GenericSchema>(item: S, nonEmpty?: string) =>
  v.pipe(
    v.array(item, expected('a list')),
    v.check((xs) => !nonEmpty || xs.length > 0, nonEmpty ?? ''),
  );
const year = v.custom<number>(
  (y) => Number.isInteger(y) && (y as number) >= 1990 && (y as number) <= 2100,
  (issue) => `expected a year, got ${describe(issue.input)}`,
);

/** The ids a record may name: the bureaus of `bureaus.yaml`, the reports of `reports.yaml`. */
export interface SchemaContext {
  bureauIds: ReadonlySet<string>;
  reportIds: ReadonlySet<string>;
}

const bureauOf = (ctx: { bureauIds: ReadonlySet<string> }) =>
  known<(typeof BUREAU_IDS)[number]>(
    (s) => ctx.bureauIds.has(s),
    (s) => `unknown bureau "${clip(s)}"`,
  );
const reportOf = (ctx: SchemaContext) =>
  known<string>(
    (s) => ctx.reportIds.has(s),
    (s) => `unknown report id "${clip(s)}"`,
  );

/** A figure as written: `text` the number and unit exactly as in a quote (a number is refused). */
const figure = only({
  kind: oneOf(FIGURE_KINDS, 'figure kind'),
  text: v.pipe(
    v.custom<unknown>(
      (x) => typeof x !== 'number',
      (issue) => `expected a string, got number ${String(issue.input)} (quote it as written, with its unit)`,
    ),
    str(),
  ),
  label: optional(names),
});

const milestone = only({
  // YAML may give `when: 2024` as a number; the contract says string.
  when: v.pipe(
    v.union([v.string(), v.pipe(v.number(), v.transform(String))], expected('a string')),
    str(),
    v.check(
      (s) => WHEN.test(s),
      (issue) => `"${clip(issue.input)}" is not YYYY, YYYY-MM or YYYY-MM-DD`,
    ),
  ),
  what: names,
  state: oneOf(['done', 'planned'] as const, 'milestone state'),
});

/** `geodata/catalog/<lead-bureau>.yaml`: one entry per project. */
export const recordSchema = (ctx: SchemaContext) =>
  only({
    id,
    name: names,
    bureaus: list(bureauOf(ctx), 'must name at least one bureau'),
    category: oneOf(CATEGORIES, 'category'),
    scope: oneOf(['site', 'district'] as const, 'scope'),
    places: list(str()),
    years: list(year, 'must not be empty'),
    status: v.pipe(
      v.record(reportOf(ctx), oneOf(STATUSES, 'status'), expected('a mapping { report-id: status }')),
      v.check((s) => Object.keys(s).length > 0, 'must give the status in at least one report'),
    ),
    figures: list(figure),
    milestones: list(milestone),
    quotes: list(only({ report: reportOf(ctx), section: bureauOf(ctx), text: str() }), 'must have at least one quote'),
    related: optional(list(id)),
    statusNote: optional(names),
    aka: optional(list(str(NAME_MAX_LENGTH))),
  });

/** A catalog record as written (inferred from {@link recordSchema}). */
export type RecordSource = v.InferOutput<ReturnType<typeof recordSchema>>;

/** `geodata/gazetteer/<group>.yaml`: one entry per named place (geometry: `pipeline/geometry.ts`). */
export const placeSchema = only({
  id,
  name: str(NAME_MAX_LENGTH),
  en: str(NAME_MAX_LENGTH),
  aliases: optional(list(str(NAME_MAX_LENGTH))),
  precision: oneOf(PRECISIONS, 'precision'),
  basis: str(),
  outline: optional(oneOf(OUTLINES, 'outline')),
  osm: optional(
    only(
      {
        ref: str(),
        name: str(),
        decision: oneOf(['adopted', 'rejected'] as const, 'decision'),
        note: optional(str()),
      },
      '{ ref, name, decision, note }',
    ),
  ),
  note: optional(names),
  leavesDistrict: v.optional(v.boolean((issue) => `expected true or false, got ${describe(issue.input)}`)),
  geometry: optional(v.custom<GeometrySource>(isObj, expected('a GeoJSON geometry'))),
  from: optional(only({ file: str(), name: str() }, '{ file, name }')),
});

/** A gazetteer place as written (inferred from {@link placeSchema}). */
export type PlaceSource = v.InferOutput<typeof placeSchema>;

/** `geodata/reports.yaml`: one entry per report; sections in report order, each from its `start` line. */
export const reportSchema = (ctx: { bureauIds: ReadonlySet<string> }) =>
  only({
    id,
    file: str(),
    year: v.pipe(v.number(expected('a year')), v.integer(expected('a year'))),
    title: names,
    sections: list(
      only({
        bureau: known<(typeof BUREAU_IDS)[number]>(
          (s) => ctx.bureauIds.has(s),
          (s) => `unknown bureau "${s}"`,
        ),
        start: str(),
        plan: str(),
      }),
    ),
  });

/** A report as written (inferred from {@link reportSchema}). */
export type ReportSource = v.InferOutput<ReturnType<typeof reportSchema>>;

/** `geodata/bureaus.yaml`: the id must be one of the contract's `BUREAU_IDS`. */
export const bureauSchema = only({ id: oneOf(BUREAU_IDS, 'bureau'), zh: str(), en: str() });

/** A bureau as written (inferred from {@link bureauSchema}). */
export type BureauSource = v.InferOutput<typeof bureauSchema>;

/** `geodata/coverage-exclusions.yaml`: a place-like name of a report deliberately not mapped. */
export const exclusionSchema = only({ name: str(), reason: str() });

/** A coverage exclusion (inferred from {@link exclusionSchema}). */
export type Exclusion = v.InferOutput<typeof exclusionSchema>;
