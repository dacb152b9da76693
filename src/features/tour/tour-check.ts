/**
 * Tours: checks parsed tour files (`geodata/tours/*.yaml`, or one built or shared in the app)
 * against the catalog and normalises them for `layers/tours.json`. Pure: no I/O, no DOM — the
 * data build (`src/pipeline/tours.ts`) and the app's tour builder run the same checks.
 */
import { BUREAU_IDS, CATEGORIES, STATUSES } from '../../data/types.ts';
import { normaliseTour, TOUR_LIMITS, type Tour, type TourSource } from './tour.ts';

/** Years a tour's `filters.years` may name (the years of the reports' work and plans). */
export const TOUR_FILTER_YEARS: readonly number[] = [2024, 2025];

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOUR_KEYS = ['id', 'title', 'description', 'dwellSeconds', 'stops'];
const STOP_KEYS = ['project', 'caption', 'notes', 'figures', 'camera', 'filters'];
const CAMERA_KEYS = ['pitch', 'bearing', 'zoomOffset'] as const;
const FILTER_VALUES: Record<string, readonly (string | number)[]> = {
  bureaus: BUREAU_IDS,
  statuses: STATUSES,
  years: TOUR_FILTER_YEARS,
  categories: CATEGORIES,
};

/** One parsed tour file: `file` as it should appear in messages, e.g. `geodata/tours/riverfront.yaml`. */
export interface TourFile {
  file: string;
  data: unknown;
}

export interface TourCheck {
  /** The tours without errors, normalised, sorted by id. */
  tours: Tour[];
  /** One line per problem, in file order; empty when all is well. */
  errors: string[];
}

/**
 * Formats one problem like the rest of the pipeline (`formatIssue` in `issues.ts`).
 *
 * @example formatTourError('geodata/tours/riverfront.yaml', 'riverfront', 'stops[3].project', 'unknown record id "xyz"')
 * // 'geodata/tours/riverfront.yaml, tour "riverfront", field "stops[3].project": unknown record id "xyz"'
 */
export function formatTourError(file: string, tour: string, field: string | undefined, message: string): string {
  const subject = tour.startsWith('#') ? tour : `"${tour}"`;
  return `${file}, tour ${subject}${field ? `, field "${field}"` : ''}: ${message}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fileStem = (file: string): string => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/**
 * Checks tour files and returns the valid tours, normalised (see `normaliseTour`).
 *
 * Per file (the subject is the tour id, or `#n` — the file's 1-based position — when it has none):
 * - the file is a mapping with only the fields `id`, `title`, `description`, `dwellSeconds`, `stops`;
 * - `id`: kebab-case, equal to the file name, unique across files;
 * - `title` (required) and `description`, every `caption` and `notes`: exactly `{ zh, en }`, both
 *   non-empty (`notes` are the presenter's, shown only in the presenter view);
 * - `dwellSeconds`: a number within {@link TOUR_LIMITS};
 * - `stops`: a non-empty list; each stop a mapping with only `project`, `caption`, `figures`,
 *   `notes`, `camera`, `filters`;
 * - `project`: a record id in `recordIds` whose scope is `site`;
 * - `figures`: distinct integers ≥ 0, each below the record's figure count when `figureCounts` has it;
 * - `camera`: only `pitch`, `bearing`, `zoomOffset`, finite numbers within {@link TOUR_LIMITS};
 * - `filters`: only `bureaus`, `statuses`, `years`, `categories`, lists of known values
 *   ({@link BUREAU_IDS}, {@link STATUSES}, {@link TOUR_FILTER_YEARS}, {@link CATEGORIES}).
 *
 * @param files - parsed YAML, in a stable order (the CLI sorts by name)
 * @param recordIds - every catalog record id → its scope
 * @param figureCounts - record id → number of figures; records absent are not checked
 */
export function validateTours(
  files: readonly TourFile[],
  recordIds: ReadonlyMap<string, 'site' | 'district'>,
  figureCounts: ReadonlyMap<string, number> = new Map(),
): TourCheck {
  const errors: string[] = [];
  const tours: Tour[] = [];
  const seen = new Map<string, string>(); // tour id → file
  files.forEach(({ file, data }, n) => {
    const before = errors.length;
    const tourId = isObject(data) && typeof data.id === 'string' && data.id !== '' ? data.id : `#${n + 1}`;
    const add = (field: string | undefined, message: string): void => {
      errors.push(formatTourError(file, tourId, field, message));
    };
    if (!isObject(data)) {
      add(undefined, 'must be a mapping with id, title and stops');
      return;
    }
    unknownKeys(data, TOUR_KEYS, '', add);
    checkId(data.id, file, seen, add);
    checkNames(data.title, 'title', true, add);
    checkNames(data.description, 'description', false, add);
    if (data.dwellSeconds !== undefined) checkRange(data.dwellSeconds, TOUR_LIMITS.dwellSeconds, 'dwellSeconds', add);
    if (!Array.isArray(data.stops)) add('stops', data.stops === undefined ? 'missing' : 'must be a list');
    else if (data.stops.length === 0) add('stops', 'must not be empty');
    else data.stops.forEach((s, i) => checkStop(s, `stops[${i}]`, recordIds, figureCounts, add));
    if (errors.length === before) tours.push(normaliseTour(data as unknown as TourSource));
  });
  tours.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { tours, errors };
}

type Add = (field: string | undefined, message: string) => void;

function unknownKeys(obj: Record<string, unknown>, allowed: readonly string[], prefix: string, add: Add): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) add(`${prefix}${k}`, `unknown field (expected one of ${allowed.join(', ')})`);
  }
}

function checkId(id: unknown, file: string, seen: Map<string, string>, add: Add): void {
  if (id === undefined || id === '') return add('id', 'missing tour id');
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return add('id', 'must be kebab-case (a-z, 0-9, single hyphens)');
  if (id !== fileStem(file)) add('id', `must match the file name "${fileStem(file)}"`);
  const other = seen.get(id);
  if (other !== undefined) add('id', `duplicate tour id (also in ${other})`);
  else seen.set(id, file);
}

function checkNames(v: unknown, field: string, required: boolean, add: Add): void {
  if (v === undefined) {
    if (required) add(field, 'missing (expected { zh, en })');
    return;
  }
  if (!isObject(v)) return add(field, 'must be { zh, en }');
  unknownKeys(v, ['zh', 'en'], `${field}.`, add);
  for (const lang of ['zh', 'en']) {
    if (typeof v[lang] !== 'string' || (v[lang] as string).trim() === '')
      add(`${field}.${lang}`, 'must be a non-empty string');
  }
}

function checkRange(v: unknown, [lo, hi]: readonly [number, number], field: string, add: Add): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) add(field, 'must be a number');
  else if (v < lo || v > hi) add(field, `${v} is out of range (${lo} to ${hi})`);
}

function checkStop(
  stop: unknown,
  at: string,
  recordIds: ReadonlyMap<string, 'site' | 'district'>,
  figureCounts: ReadonlyMap<string, number>,
  add: Add,
): void {
  if (!isObject(stop)) return add(at, 'must be a mapping with project');
  unknownKeys(stop, STOP_KEYS, `${at}.`, add);
  // project: a drawn record
  const project = stop.project;
  if (project === undefined || project === '') add(`${at}.project`, 'missing record id');
  else if (typeof project !== 'string') add(`${at}.project`, 'must be a record id');
  else if (!recordIds.has(project)) add(`${at}.project`, `unknown record id "${project}"`);
  else if (recordIds.get(project) !== 'site') {
    add(`${at}.project`, `record "${project}" is district-wide (scope: district) and not drawn on the map`);
  }
  checkNames(stop.caption, `${at}.caption`, false, add);
  checkNames(stop.notes, `${at}.notes`, false, add);
  // figures: indexes into the record's figures
  if (stop.figures !== undefined) {
    const figures = stop.figures;
    if (!Array.isArray(figures)) add(`${at}.figures`, 'must be a list of figure indexes');
    else {
      const count = typeof project === 'string' ? figureCounts.get(project) : undefined;
      figures.forEach((f, i) => {
        const field = `${at}.figures[${i}]`;
        if (typeof f !== 'number' || !Number.isInteger(f) || f < 0) add(field, 'must be an integer ≥ 0');
        else if (figures.indexOf(f) !== i) add(field, `duplicate figure index ${f}`);
        else if (count !== undefined && f >= count) {
          add(
            field,
            `figure index ${f} out of range (record "${project}" has ${count} figure${count === 1 ? '' : 's'})`,
          );
        }
      });
    }
  }
  // camera: applied after fitting the record's bounds
  if (stop.camera !== undefined) {
    if (!isObject(stop.camera)) add(`${at}.camera`, 'must be a mapping of pitch, bearing, zoomOffset');
    else {
      unknownKeys(stop.camera, CAMERA_KEYS, `${at}.camera.`, add);
      for (const k of CAMERA_KEYS) {
        if (stop.camera[k] !== undefined) checkRange(stop.camera[k], TOUR_LIMITS[k], `${at}.camera.${k}`, add);
      }
    }
  }
  // filters: known facet values only
  if (stop.filters !== undefined) {
    if (!isObject(stop.filters)) add(`${at}.filters`, 'must be a mapping of bureaus, statuses, years, categories');
    else {
      unknownKeys(stop.filters, Object.keys(FILTER_VALUES), `${at}.filters.`, add);
      for (const [facet, allowed] of Object.entries(FILTER_VALUES)) {
        const list = stop.filters[facet];
        if (list === undefined) continue;
        if (!Array.isArray(list)) {
          add(`${at}.filters.${facet}`, 'must be a list');
          continue;
        }
        list.forEach((v, i) => {
          if (!allowed.includes(v as string | number))
            add(`${at}.filters.${facet}[${i}]`, `unknown value ${JSON.stringify(v)}`);
        });
      }
    }
  }
}
