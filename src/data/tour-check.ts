/**
 * Tours: checks parsed tour files (`geodata/tours/*.yaml`, or one built or shared in the app)
 * against the catalog and normalises them for `layers/tours.json`. Pure: no I/O, no DOM — the
 * data build and the app's tour builder run the same checks (the schema: `tour-model.ts`).
 */
import * as v from 'valibot';
import { formatIssue, fromSchema, type Issue } from './issues';
import { normaliseTour, tourFileSchema, type Tour } from './tour-model';

/** One parsed tour file: `file` as it should appear in messages, e.g. `geodata/tours/riverfront.yaml`. */
export interface TourFile {
  file: string;
  data: unknown;
}

export interface TourCheck {
  /** The tours without errors, normalised, sorted by id. */
  tours: Tour[];
  /** One issue per problem, in file order; empty when all is well. The subject is the tour. */
  issues: Issue[];
  /** The issues as lines (`formatIssue` without a root label). */
  errors: string[];
}

/** How a missing field is worded in a tour file. */
function missing(field: string): string {
  if (field === 'id') return 'missing tour id';
  if (field === 'title') return 'missing (expected { zh, en })';
  if (field.endsWith('.project')) return 'missing record id';
  if (/\.(zh|en)$/.test(field)) return 'must be a non-empty string';
  return 'missing';
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const fileStem = (file: string): string => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/**
 * Checks tour files and returns the valid tours, normalised (see `normaliseTour`).
 *
 * Per file (the subject is the tour id, or `#n` — the file's 1-based position — when it has none),
 * against `tourFileSchema`:
 * - the file is a mapping with only the fields `id`, `title`, `description`, `dwellSeconds`, `stops`;
 * - `id`: kebab-case, equal to the file name, unique across files;
 * - `title` (required) and `description`, every `caption` and `notes`: exactly `{ zh, en }`, both
 *   non-empty (`notes` are the presenter's, shown only in the presenter view);
 * - `dwellSeconds`: a number within `TOUR_LIMITS`;
 * - `stops`: a non-empty list; each stop a mapping with only `project`, `caption`, `figures`,
 *   `notes`, `camera`, `filters`;
 * - `project`: a record id in `recordIds` whose scope is `site`;
 * - `figures`: distinct integers ≥ 0, each below the record's figure count when `figureCounts` has it;
 * - `camera`: only `pitch`, `bearing`, `zoomOffset`, finite numbers within `TOUR_LIMITS`;
 * - `filters`: only `bureaus`, `statuses`, `years`, `categories`, lists of known values.
 *
 * @param files - parsed YAML, in a stable order (the CLI sorts by name)
 * @param recordIds - every catalog record id → its scope
 * @param figureCounts - record id → number of figures; records absent are not checked
 */
export function validateTours(
  files: readonly TourFile[],
  recordIds: ReadonlyMap<string, 'site' | 'district'>,
  figureCounts: ReadonlyMap<string, number> = new Map(),
  years?: readonly number[],
): TourCheck {
  const issues: Issue[] = [];
  const tours: Tour[] = [];
  const seen = new Map<string, string>(); // tour id → file
  files.forEach(({ file, data }, n) => {
    const id = isObject(data) && typeof data.id === 'string' && data.id !== '' ? data.id : `#${n + 1}`;
    const schema = tourFileSchema({
      scopeOf: (record) => recordIds.get(record),
      figureCountOf: (record) => figureCounts.get(record),
      fileStem: fileStem(file),
      fileWithId: (tour) => seen.get(tour),
      ...(years ? { years } : {}),
    });
    const result = v.safeParse(schema, data);
    if (isObject(data) && typeof data.id === 'string' && !seen.has(data.id)) seen.set(data.id, file);
    if (result.success) tours.push(normaliseTour(result.output));
    else issues.push(...fromSchema(result.issues, file, { kind: 'tour', id }, missing));
  });
  tours.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { tours, issues, errors: issues.map((issue) => formatIssue(issue, '')) };
}
