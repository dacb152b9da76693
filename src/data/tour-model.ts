/**
 * The tour file model, shared by the data build and the app: the schema of a tour as written in
 * `geodata/tours/*.yaml` (or built or shared in the app), its inferred type, the defaults and
 * limits, and the normalised `Tour` that `layers/tours.json` holds. Browser-safe: valibot only.
 */
import * as v from 'valibot';
import { isPlausibleYear } from './facets';
import { BUREAU_IDS, CATEGORIES, STATUSES, type BureauId, type Category, type Names, type Status } from './types';

/** Inclusive limits of a tour's numbers. */
export const TOUR_LIMITS = {
  dwellSeconds: [2, 120],
  pitch: [0, 85],
  bearing: [-180, 180],
  zoomOffset: [-4, 4],
} as const satisfies Record<string, readonly [number, number]>;

export const DEFAULT_DWELL_SECONDS = 8;
export const DEFAULT_FIGURE_COUNT = 3;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isPlainObject = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An object whose other fields are refused, each named with the fields it may have. */
function only<E extends v.ObjectEntries>(entries: E, notObject: string) {
  const rest = v.never(`unknown field (expected one of ${Object.keys(entries).join(', ')})`);
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, notObject),
    v.objectWithRest(entries, rest, notObject),
    // No other field is left, so the type need not say "any other key: never".
    v.transform((o) => o as v.InferOutput<v.ObjectSchema<E, undefined>>),
  );
}

const nonEmpty = v.pipe(
  v.string('must be a non-empty string'),
  v.check((s) => s.trim() !== '', 'must be a non-empty string'),
);
const names = only({ zh: nonEmpty, en: nonEmpty }, 'must be { zh, en }');
const inRange = ([lo, hi]: readonly [number, number]) =>
  v.pipe(
    v.number('must be a number'),
    v.check(
      (n) => Number.isFinite(n) && n >= lo && n <= hi,
      (issue) =>
        Number.isFinite(issue.input) ? `${String(issue.input)} is out of range (${lo} to ${hi})` : 'must be a number',
    ),
  );
const isIndex = (f: unknown): f is number => Number.isInteger(f) && (f as number) >= 0;
const figureIndexes = v.pipe(
  v.array(v.custom<number>(isIndex, 'must be an integer ≥ 0'), 'must be a list of figure indexes'),
  // Runs when some item is wrong too, so every duplicate among the good ones is named.
  v.rawCheck(({ dataset, addIssue }) => {
    const list = dataset.value as unknown;
    if (!Array.isArray(list)) return;
    list.forEach((f, i) => {
      if (isIndex(f) && list.indexOf(f) !== i)
        addIssue({
          message: `duplicate figure index ${f}`,
          path: [{ type: 'array', origin: 'value', input: list, key: i, value: f }],
        });
    });
  }),
);
const known = <T extends string | number>(values: readonly T[]) =>
  v.array(
    v.custom<T>(
      (x) => values.includes(x as T),
      (issue) => `unknown value ${JSON.stringify(issue.input)}`,
    ),
    'must be a list',
  );

/**
 * What a tour is checked against besides its own fields: the catalog (each stop names a drawn record,
 * figure indexes within its figures) and the other tour files (the id matches the file name and is
 * unique). Each check is skipped when its function is absent.
 */
export interface TourContext {
  /** A record id's scope, `undefined` for an unknown id. */
  scopeOf?: (id: string) => 'site' | 'district' | undefined;
  /** A record's number of figures, `undefined` when not known. */
  figureCountOf?: (id: string) => number | undefined;
  /** The file's name without folder and extension. */
  fileStem?: string;
  /** Another file already holding a tour with this id. */
  fileWithId?: (id: string) => string | undefined;
  /** Years `filters.years` may name: the reports' years (`reportYears`); absent, any plausible year. */
  years?: readonly number[];
}

const projectSchema = (ctx: TourContext) =>
  v.pipe(
    v.string('must be a record id'),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const id = dataset.value as string;
      const scope = ctx.scopeOf?.(id);
      if (id === '') addIssue({ message: 'missing record id' });
      else if (ctx.scopeOf && scope === undefined) addIssue({ message: `unknown record id "${id}"` });
      else if (scope === 'district')
        addIssue({ message: `record "${id}" is district-wide (scope: district) and not drawn on the map` });
    }),
  );

/** Figure indexes beyond the stop's record's figures. */
const figuresInRange = <T extends { project: string; figures?: number[] }>(ctx: TourContext) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    const value = dataset.value as unknown as Record<string, unknown> | undefined;
    if (typeof value !== 'object' || value === null) return;
    const { project, figures } = value;
    const count = typeof project === 'string' ? ctx.figureCountOf?.(project) : undefined;
    if (count === undefined || !Array.isArray(figures)) return;
    figures.forEach((f, i) => {
      if (isIndex(f) && figures.indexOf(f) === i && f >= count)
        addIssue({
          message: `figure index ${f} out of range (record "${project}" has ${count} figure${count === 1 ? '' : 's'})`,
          path: [
            { type: 'object', origin: 'value', input: value, key: 'figures', value: figures },
            { type: 'array', origin: 'value', input: figures, key: i, value: f },
          ],
        });
    });
  });

/** One stop as written in a tour file. */
const stopSchema = (ctx: TourContext) => {
  const stop = only(
    {
      project: projectSchema(ctx),
      caption: v.optional(names),
      notes: v.optional(names),
      figures: v.optional(figureIndexes),
      camera: v.optional(
        only(
          {
            pitch: v.optional(inRange(TOUR_LIMITS.pitch)),
            bearing: v.optional(inRange(TOUR_LIMITS.bearing)),
            zoomOffset: v.optional(inRange(TOUR_LIMITS.zoomOffset)),
          },
          'must be a mapping of pitch, bearing, zoomOffset',
        ),
      ),
      filters: v.optional(
        only(
          {
            bureaus: v.optional(known(BUREAU_IDS)),
            statuses: v.optional(known(STATUSES)),
            years: v.optional(
              ctx.years
                ? known(ctx.years)
                : v.array(
                    v.custom<number>(
                      (x) => isPlausibleYear(x as number),
                      (i) => `unknown value ${JSON.stringify(i.input)}`,
                    ),
                  ),
            ),
            categories: v.optional(known(CATEGORIES)),
          },
          'must be a mapping of bureaus, statuses, years, categories',
        ),
      ),
    },
    'must be a mapping with project',
  );
  return v.pipe(stop, figuresInRange<v.InferOutput<typeof stop>>(ctx));
};

const KEBAB = 'must be kebab-case (a-z, 0-9, single hyphens)';
const tourIdSchema = (ctx: TourContext) =>
  v.pipe(
    v.string(KEBAB),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const id = dataset.value as string;
      if (id === '') return addIssue({ message: 'missing tour id' });
      if (!ID_PATTERN.test(id)) return addIssue({ message: KEBAB });
      if (ctx.fileStem !== undefined && id !== ctx.fileStem)
        addIssue({ message: `must match the file name "${ctx.fileStem}"` });
      const other = ctx.fileWithId?.(id);
      if (other !== undefined) addIssue({ message: `duplicate tour id (also in ${other})` });
    }),
  );

/**
 * `geodata/tours/<id>.yaml`, checked against `ctx` (see {@link TourContext}); `validateTours` in
 * `tour-check.ts` runs it over the files.
 */
export const tourFileSchema = (ctx: TourContext = {}) =>
  only(
    {
      id: tourIdSchema(ctx),
      title: names,
      description: v.optional(names),
      dwellSeconds: v.optional(inRange(TOUR_LIMITS.dwellSeconds)),
      stops: v.pipe(v.array(stopSchema(ctx), 'must be a list'), v.minLength(1, 'must not be empty')),
    },
    'must be a mapping with id, title and stops',
  );

/** `geodata/tours/<id>.yaml` as written (inferred from {@link tourFileSchema}). */
export type TourSource = v.InferOutput<ReturnType<typeof tourFileSchema>>;
/** One stop as written in a tour file. */
export type TourStopSource = TourSource['stops'][number];

/** The facet part of the explorer's filters (no free-text query). */
export interface TourFilters {
  bureaus: BureauId[];
  statuses: Status[];
  years: number[];
  categories: Category[];
}

/** Applied after the map has fitted the project's bounds. Degrees; zoom levels. */
export interface TourCamera {
  pitch: number;
  bearing: number;
  zoomOffset: number;
}

export const DEFAULT_CAMERA: Readonly<TourCamera> = Object.freeze({ pitch: 0, bearing: 0, zoomOffset: 0 });

/** A stop with every default filled in. */
export interface TourStop {
  project: string;
  caption: Names | null;
  /** The presenter's notes (presenter view only). */
  notes: Names | null;
  /** Figure indexes to show; null = the first {@link DEFAULT_FIGURE_COUNT}. */
  figures: number[] | null;
  camera: TourCamera;
  /** Filters to set on arrival; null = leave them (see `activeFilters` in `features/tour/tour.ts`). */
  filters: TourFilters | null;
}

/** A tour as the app reads it from `layers/tours.json`. */
export interface Tour {
  id: string;
  title: Names;
  description: Names | null;
  dwellSeconds: number;
  stops: TourStop[];
}

/**
 * Fills in the defaults of a (valid) tour source: dwell {@link DEFAULT_DWELL_SECONDS}, camera
 * {@link DEFAULT_CAMERA}, missing filter facets `[]`, missing caption / figures / filters `null`.
 * Does not validate; `validateTours` does.
 */
export function normaliseTour(source: TourSource): Tour {
  return {
    id: source.id,
    title: { zh: source.title.zh, en: source.title.en },
    description: source.description ? { zh: source.description.zh, en: source.description.en } : null,
    dwellSeconds: source.dwellSeconds ?? DEFAULT_DWELL_SECONDS,
    stops: source.stops.map((s) => ({
      project: s.project,
      caption: s.caption ? { zh: s.caption.zh, en: s.caption.en } : null,
      notes: s.notes ? { zh: s.notes.zh, en: s.notes.en } : null,
      figures: s.figures ? [...s.figures] : null,
      camera: { ...DEFAULT_CAMERA, ...s.camera },
      filters: s.filters
        ? {
            bureaus: [...(s.filters.bureaus ?? [])],
            statuses: [...(s.filters.statuses ?? [])],
            years: [...(s.filters.years ?? [])],
            categories: [...(s.filters.categories ?? [])],
          }
        : null,
    })),
  };
}

/** The figure indexes a stop shows for a record with `figureCount` figures (out-of-range dropped). */
export function stopFigures(stop: TourStop, figureCount: number): number[] {
  const wanted = stop.figures ?? Array.from({ length: DEFAULT_FIGURE_COUNT }, (_, i) => i);
  return wanted.filter((i) => i >= 0 && i < figureCount);
}
