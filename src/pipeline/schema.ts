/**
 * Schema checks for the curated sources: each `check*` runs one entry through its schema
 * (`data/source-schema.ts`), reports every problem as an {@link Issue} naming the file, the entry
 * and the field, and returns the typed value, or `undefined` when anything is wrong.
 */
import * as v from 'valibot';
import { fromSchema, type Issue, type Subject } from '../data/issues.ts';
import {
  bureauSchema,
  exclusionSchema,
  isObj,
  placeSchema,
  recordSchema,
  reportSchema,
  type BureauSource,
  type Exclusion,
  type PlaceSource,
  type RecordSource,
  type ReportSource,
  type SchemaContext,
} from '../data/source-schema.ts';

export { isObj, type Exclusion } from '../data/source-schema.ts';

/** `{ zh: 甲,乙 }` parses as { zh: 甲, 乙: null }: say so rather than just "unknown field". */
function unknownField(key: string, value: unknown): string {
  return value === null && /[^\p{ASCII}]/u.test(key)
    ? 'unknown field: an unquoted comma inside { … } split a value here; quote the value'
    : 'unknown field';
}

/**
 * Runs `schema` on one entry and appends its problems to `issues`.
 *
 * @param index - the entry's 0-based position in the file: it is named `#index` when it has no `idKey`
 * @param more - checks across fields, run once the schema passes
 * @param idKey - the field that names the entry (`id`, or `name` for an exclusion)
 */
function check<S extends v.GenericSchema>(
  schema: S,
  raw: unknown,
  index: number,
  file: string,
  kind: Subject['kind'],
  issues: Issue[],
  more: (value: v.InferOutput<S>) => { field: string; message: string }[] = () => [],
  idKey = 'id',
): v.InferOutput<S> | undefined {
  const named = isObj(raw) && typeof raw[idKey] === 'string' && raw[idKey] ? (raw[idKey] as string) : `#${index}`;
  const subject = { kind, id: named };
  const result = v.safeParse(schema, raw);
  const found = fromSchema(result.issues, file, subject, () => 'required field missing', {
    missingFirst: true,
    unknownField,
  });
  if (result.success) found.push(...more(result.output).map((p) => ({ file, subject, ...p })));
  issues.push(...found);
  return found.length === 0 ? result.output : undefined;
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
  return check(recordSchema(ctx), raw, index, file, 'record', issues, (rec) =>
    (rec.related ?? []).flatMap((x, i) =>
      x === rec.id ? [{ field: `related[${i}]`, message: 'a record cannot be related to itself' }] : [],
    ),
  );
}

/**
 * Checks one gazetteer place (fields only; geometry is checked by `geometry.ts`): besides the
 * schema, exactly one of `geometry` and `from`; a rejected OSM match says why; an adopted OSM
 * polygon has outline `osm`.
 *
 * @returns the place when schema-valid, else `undefined` (issues appended)
 */
export function checkPlace(raw: unknown, index: number, file: string, issues: Issue[]): PlaceSource | undefined {
  return check(placeSchema, raw, index, file, 'place', issues, (place) => {
    const problems: { field: string; message: string }[] = [];
    const { osm, outline, geometry, from } = place;
    if (osm?.decision === 'rejected' && osm.note === undefined)
      problems.push({ field: 'osm.note', message: 'a rejected OSM match needs a note saying why' });
    if (osm?.decision === 'adopted' && outline !== undefined && outline !== 'osm' && geometry?.type.endsWith('Polygon'))
      problems.push({ field: 'outline', message: `an adopted OSM polygon has outline osm, not "${outline}"` });
    if ((geometry === undefined) === (from === undefined))
      problems.push({
        field: 'geometry',
        message: geometry ? 'give either geometry or from, not both' : 'required: geometry or from',
      });
    return problems;
  });
}

/** Checks `reports.yaml` entries (fields only; markers are checked against the text elsewhere). */
export function checkReport(
  raw: unknown,
  index: number,
  file: string,
  bureauIds: ReadonlySet<string>,
  issues: Issue[],
): ReportSource | undefined {
  return check(reportSchema({ bureauIds }), raw, index, file, 'report', issues);
}

/** Checks one `bureaus.yaml` entry: the id must be one of the contract's `BUREAU_IDS`. */
export function checkBureau(raw: unknown, index: number, file: string, issues: Issue[]): BureauSource | undefined {
  return check(bureauSchema, raw, index, file, 'bureau', issues);
}

/** Checks one `coverage-exclusions.yaml` entry (`{ name, reason }`). */
export function checkExclusion(raw: unknown, index: number, file: string, issues: Issue[]): Exclusion | undefined {
  return check(exclusionSchema, raw, index, file, 'exclusion', issues, undefined, 'name');
}
