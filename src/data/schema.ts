/**
 * The schema of the built files (`geodata/layers/*`, `geodata/context/*`), shared by the data build
 * (which checks its own output against it before writing) and the browser (which checks what it
 * loads). Browser-safe: valibot only, no Node imports. Objects are loose: a field added by a newer
 * build passes through untouched.
 */
import * as v from 'valibot';
import { BUREAU_IDS, CATEGORIES, PRECISIONS, STATUSES } from './types.ts';

/** Longest id (record, place, tour) — the build refuses longer ones and the URL parser ignores them. */
export const ID_MAX_LENGTH = 100;
/** An id: kebab-case, at most {@link ID_MAX_LENGTH} characters. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest name (zh or en), in characters. */
export const NAME_MAX_LENGTH = 200;
/** Longest free text (a quote, a basis, a caption), in characters. */
export const TEXT_MAX_LENGTH = 5000;

const id = v.pipe(v.string(), v.maxLength(ID_MAX_LENGTH), v.regex(ID_PATTERN));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(NAME_MAX_LENGTH));
const text = v.pipe(v.string(), v.maxLength(TEXT_MAX_LENGTH));
const names = v.looseObject({ zh: name, en: name });
const bureau = v.picklist(BUREAU_IDS);
const category = v.picklist(CATEGORIES);
const status = v.picklist(STATUSES);
const precision = v.picklist(PRECISIONS);
const year = v.pipe(v.number(), v.integer(), v.minValue(1990), v.maxValue(2100));

const lngLat = v.tuple([
  v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
]);
const line = v.pipe(v.array(lngLat), v.minLength(2));
const ring = v.pipe(v.array(lngLat), v.minLength(4));
const polygon = v.pipe(v.array(ring), v.minLength(1));

/** A GeoJSON geometry of the kinds the layers hold, coordinates finite and in range. */
export const GeometrySchema = v.variant('type', [
  v.looseObject({ type: v.literal('Point'), coordinates: lngLat }),
  v.looseObject({ type: v.literal('MultiPoint'), coordinates: v.pipe(v.array(lngLat), v.minLength(1)) }),
  v.looseObject({ type: v.literal('LineString'), coordinates: line }),
  v.looseObject({ type: v.literal('MultiLineString'), coordinates: v.pipe(v.array(line), v.minLength(1)) }),
  v.looseObject({ type: v.literal('Polygon'), coordinates: polygon }),
  v.looseObject({ type: v.literal('MultiPolygon'), coordinates: v.pipe(v.array(polygon), v.minLength(1)) }),
]);

/**
 * One feature of `areas/lines/points.geojson`: only what the map draws with (names, bureaus and
 * years live in the catalog).
 */
export const ProjectFeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  geometry: GeometrySchema,
  properties: v.looseObject({ id, category, status, precision }),
});

/** What `catalog-details.json` holds per record (quotes, figures, milestones, history, related). */
const recordDetails = {
  statusHistory: v.array(v.looseObject({ report: v.string(), year, status })),
  figures: v.array(v.looseObject({ kind: v.string(), text, value: v.number(), unit: v.string() })),
  milestones: v.array(v.looseObject({ when: v.string(), what: names, state: v.picklist(['done', 'planned']) })),
  quotes: v.array(
    v.looseObject({ report: v.string(), section: bureau, part: v.pipe(v.string(), v.regex(/^\d{4}$/)), text }),
  ),
  related: v.array(id),
};

/**
 * One record of `catalog.json`. Its details come later, from `catalog-details.json`: until then
 * they are empty lists, so every reader sees the same shape.
 */
export const ProjectRecordSchema = v.looseObject({
  id,
  name: names,
  bureaus: v.pipe(v.array(bureau), v.minLength(1)),
  category,
  scope: v.picklist(['site', 'district']),
  placeIds: v.array(id),
  years: v.array(year),
  status,
  geometryKinds: v.array(v.picklist(['area', 'line', 'point'])),
  statusHistory: v.optional(recordDetails.statusHistory, []),
  figures: v.optional(recordDetails.figures, []),
  milestones: v.optional(recordDetails.milestones, []),
  quotes: v.optional(recordDetails.quotes, []),
  related: v.optional(recordDetails.related, []),
});

/** One gazetteer place of `catalog.json` (its basis comes with the details). */
export const PlaceRecordSchema = v.looseObject({
  id,
  name,
  en: name,
  aliases: v.array(name),
  precision,
  basis: v.optional(text, ''),
  leavesDistrict: v.boolean(),
});

/** `catalog-details.json`: per record id its details, per place id its basis. */
export const CatalogDetailsSchema = v.looseObject({
  records: v.record(id, v.looseObject(recordDetails)),
  places: v.record(id, v.looseObject({ basis: text })),
});

/** The outer shape of a FeatureCollection (features are checked one by one). */
export const CollectionSchema = v.looseObject({ type: v.literal('FeatureCollection'), features: v.array(v.unknown()) });

/** The outer shape of `catalog.json` (records and places are checked one by one). */
export const CatalogShapeSchema = v.looseObject({
  reports: v.array(v.looseObject({ id, year, title: names })),
  bureaus: v.array(v.looseObject({ id: bureau, zh: name, en: name })),
  records: v.array(v.unknown()),
  places: v.array(v.unknown()),
});

/** Free text in both languages (a caption, a description): {@link TEXT_MAX_LENGTH} each. */
const texts = v.looseObject({ zh: text, en: text });

const stopSchema = v.looseObject({
  project: id,
  caption: v.nullable(texts),
  notes: v.optional(v.nullable(texts), null),
  figures: v.nullable(v.array(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  camera: v.looseObject({ pitch: v.number(), bearing: v.number(), zoomOffset: v.number() }),
  filters: v.nullable(
    v.looseObject({
      bureaus: v.array(bureau),
      statuses: v.array(status),
      years: v.array(year),
      categories: v.array(category),
    }),
  ),
});

/** One tour of `tours.json`. */
export const TourSchema = v.looseObject({
  id,
  title: names,
  description: v.nullable(texts),
  dwellSeconds: v.pipe(v.number(), v.minValue(1)),
  stops: v.array(stopSchema),
});

/** A basemap label: may be empty (OSM's unnamed ponds, docks, road pieces are drawn without one). */
const label = v.optional(v.pipe(v.string(), v.maxLength(NAME_MAX_LENGTH)));

/** One feature of a context basemap file (`context/*.geojson`): a geometry and an optional name. */
export const ContextFeatureSchema = v.looseObject({
  type: v.literal('Feature'),
  geometry: GeometrySchema,
  properties: v.looseObject({ name: label, name_en: label }),
});

/**
 * Splits a list into the items that pass `schema` and a count of those that do not.
 *
 * @example keepValid([1, 'x'], v.number()) // { valid: [1], dropped: 1 }
 */
export function keepValid<T extends v.GenericSchema>(
  items: unknown[],
  schema: T,
): { valid: v.InferOutput<T>[]; dropped: number } {
  const valid: v.InferOutput<T>[] = [];
  for (const item of items) {
    const result = v.safeParse(schema, item);
    if (result.success) valid.push(result.output);
  }
  return { valid, dropped: items.length - valid.length };
}

/** First problem valibot found, as `path: message` (for build messages). */
export function firstProblem(result: v.SafeParseResult<v.GenericSchema>): string | undefined {
  if (result.success) return undefined;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 200);
}
