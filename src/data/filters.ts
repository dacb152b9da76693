/**
 * Faceted filtering of project records: bureau, status, year, category and a free-text query.
 * Within a facet the selected options are OR-ed, across facets AND-ed; an empty facet does not
 * constrain. Pure; no DOM.
 */
import { BUREAU_IDS, CATEGORIES, STATUSES } from './types';
import type { BureauId, Category, ProjectRecord, Status } from './types';
import { matchQuery, normaliseQuery } from './search-index';
import type { SearchIndex } from './search-index';
import type { Filters } from './facets';

export { EMPTY_FILTERS, type Filters } from './facets';

/** Counts per option of every facet; see {@link facetCounts}. */
export interface FacetCounts {
  bureau: Record<BureauId, number>;
  status: Record<Status, number>;
  year: Record<number, number>;
  category: Record<Category, number>;
}

/** True when no facet has a selection and the query is blank (whitespace/punctuation only). */
export function isEmptyFilters(f: Filters): boolean {
  return (
    f.bureaus.length === 0 &&
    f.statuses.length === 0 &&
    f.years.length === 0 &&
    f.categories.length === 0 &&
    normaliseQuery(f.query) === ''
  );
}

/**
 * Whether one record passes `filters`.
 *
 * - bureau facet: any of `record.bureaus` is selected;
 * - status / category facet: the record's value is selected;
 * - year facet: any of `record.years` is selected;
 * - query: the record id is among {@link matchQuery}'s results for `index` (an id absent from
 *   the index never matches a non-empty query).
 *
 * For many records use {@link filterRecords}, which precomputes per-record data.
 */
export function matchesFilters(record: ProjectRecord, filters: Filters, index: SearchIndex): boolean {
  if (filters.bureaus.length > 0 && !record.bureaus.some((b) => filters.bureaus.includes(b))) return false;
  if (filters.statuses.length > 0 && !filters.statuses.includes(record.status)) return false;
  if (filters.years.length > 0 && !record.years.some((y) => filters.years.includes(y))) return false;
  if (filters.categories.length > 0 && !filters.categories.includes(record.category)) return false;
  const q = matchQuery(index, filters.query);
  return q === null || q.has(record.id);
}

// ---------------------------------------------------------------------------------------------
// Precomputed per-record data (cached per records array; arrays are treated as immutable)

const BUREAU_BIT = new Map<BureauId, number>(BUREAU_IDS.map((b, i) => [b, 1 << i]));
const STATUS_INDEX = new Map<Status, number>(STATUSES.map((s, i) => [s, i]));
const CATEGORY_INDEX = new Map<Category, number>(CATEGORIES.map((c, i) => [c, i]));

interface Compiled {
  n: number;
  bureauMask: Uint32Array; // bit i = BUREAU_IDS[i]
  status: Int8Array; // index into STATUSES, -1 if unknown
  category: Int8Array; // index into CATEGORIES, -1 if unknown
  yearStart: Uint32Array; // record i's years are yearIdx[yearStart[i] .. yearStart[i + 1])
  yearIdx: Uint16Array; // index into `years`
  years: number[]; // distinct years, ascending
  yearPos: Map<number, number>; // year → index into `years`
  ids: string[];
}

const compiledCache = new WeakMap<readonly ProjectRecord[], Compiled>();

function compile(records: readonly ProjectRecord[]): Compiled {
  const hit = compiledCache.get(records);
  if (hit && hit.n === records.length) return hit;
  const n = records.length;
  const yearSet = new Set<number>();
  let yearTotal = 0;
  for (const r of records) {
    for (const y of r.years) yearSet.add(y);
    yearTotal += r.years.length;
  }
  const years = [...yearSet].sort((a, b) => a - b);
  const yearPos = new Map<number, number>(years.map((y, i) => [y, i]));
  const c: Compiled = {
    n,
    bureauMask: new Uint32Array(n),
    status: new Int8Array(n),
    category: new Int8Array(n),
    yearStart: new Uint32Array(n + 1),
    yearIdx: new Uint16Array(yearTotal),
    years,
    yearPos,
    ids: new Array<string>(n),
  };
  let k = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i]!;
    let mask = 0;
    for (const b of r.bureaus) mask |= BUREAU_BIT.get(b) ?? 0;
    c.bureauMask[i] = mask;
    c.status[i] = STATUS_INDEX.get(r.status) ?? -1;
    c.category[i] = CATEGORY_INDEX.get(r.category) ?? -1;
    c.yearStart[i] = k;
    // Dedupe so a record listing a year twice counts once for it.
    const start = k;
    for (const y of r.years) {
      const p = yearPos.get(y)!;
      let seen = false;
      for (let j = start; j < k; j++) if (c.yearIdx[j] === p) seen = true;
      if (!seen) c.yearIdx[k++] = p;
    }
    c.ids[i] = r.id;
  }
  c.yearStart[n] = k;
  compiledCache.set(records, c);
  return c;
}

/** Per-call selection lookups; `null` for a facet means "no constraint". */
interface Selection {
  bureauMask: number | null;
  status: Uint8Array | null;
  category: Uint8Array | null;
  year: Uint8Array | null;
  query: ReadonlySet<string> | null;
}

function select(c: Compiled, filters: Filters, index: SearchIndex): Selection {
  let bureauMask: number | null = null;
  if (filters.bureaus.length > 0) {
    bureauMask = 0;
    for (const b of filters.bureaus) bureauMask |= BUREAU_BIT.get(b) ?? 0;
  }
  return {
    bureauMask,
    status: lookup(filters.statuses, STATUS_INDEX, STATUSES.length),
    category: lookup(filters.categories, CATEGORY_INDEX, CATEGORIES.length),
    year: lookup(filters.years, c.yearPos, c.years.length),
    query: matchQuery(index, filters.query),
  };
}

/** A 0/1 table over option positions, or null when nothing is selected. */
function lookup<T>(selected: readonly T[], pos: ReadonlyMap<T, number>, size: number): Uint8Array | null {
  if (selected.length === 0) return null;
  const a = new Uint8Array(size);
  for (const v of selected) {
    const p = pos.get(v);
    if (p !== undefined) a[p] = 1;
  }
  return a;
}

function yearOk(c: Compiled, sel: Uint8Array, i: number): boolean {
  for (let k = c.yearStart[i]!, end = c.yearStart[i + 1]!; k < end; k++) if (sel[c.yearIdx[k]!]) return true;
  return false;
}

/**
 * The records passing `filters` (see {@link matchesFilters}), in input order.
 *
 * Per-record facet data is precomputed once per `records` array (cached by identity, so pass the
 * same array each time and don't mutate it); a call then costs one pass with no per-record
 * allocation. About 100k records in a few milliseconds.
 */
export function filterRecords(
  records: readonly ProjectRecord[],
  filters: Filters,
  index: SearchIndex,
): ProjectRecord[] {
  const c = compile(records);
  const s = select(c, filters, index);
  const out: ProjectRecord[] = [];
  for (let i = 0; i < c.n; i++) {
    if (s.bureauMask !== null && (c.bureauMask[i]! & s.bureauMask) === 0) continue;
    if (s.status !== null && !(c.status[i]! >= 0 && s.status[c.status[i]!])) continue;
    if (s.category !== null && !(c.category[i]! >= 0 && s.category[c.category[i]!])) continue;
    if (s.year !== null && !yearOk(c, s.year, i)) continue;
    if (s.query !== null && !s.query.has(c.ids[i]!)) continue;
    out.push(records[i]!);
  }
  return out;
}

/**
 * Faceted counts: for every option of every facet, how many records would match if the user's
 * selection in THAT facet were just this option, with all OTHER facets and the query applied.
 * So for an unselected option it is the number the option would add to, and for a selected one
 * it is how many of the current results it contributes. In detail:
 *
 * - `count[F][x]` = |{ r : r passes every facet except F, passes the query, and r has x in F }|;
 * - a record with two bureaus (or years) counts once for each;
 * - every option is present, zero included: all {@link BUREAU_IDS}, {@link STATUSES},
 *   {@link CATEGORIES}, and for `year` every year of any record plus every selected year.
 *
 * Single pass over the records: a record failing no facet adds to all four facets, a record
 * failing exactly one facet (and passing the query) adds to that facet only.
 */
export function facetCounts(records: readonly ProjectRecord[], filters: Filters, index: SearchIndex): FacetCounts {
  const c = compile(records);
  const s = select(c, filters, index);
  const bureau = new Uint32Array(BUREAU_IDS.length);
  const status = new Uint32Array(STATUSES.length);
  const category = new Uint32Array(CATEGORIES.length);
  const year = new Uint32Array(c.years.length);
  const nb = BUREAU_IDS.length;
  for (let i = 0; i < c.n; i++) {
    if (s.query !== null && !s.query.has(c.ids[i]!)) continue;
    const bm = c.bureauMask[i]!;
    const st = c.status[i]!;
    const ca = c.category[i]!;
    const bOk = s.bureauMask === null || (bm & s.bureauMask) !== 0;
    const sOk = s.status === null || (st >= 0 && s.status[st] === 1);
    const cOk = s.category === null || (ca >= 0 && s.category[ca] === 1);
    const yOk = s.year === null || yearOk(c, s.year, i);
    const fails = (bOk ? 0 : 1) + (sOk ? 0 : 1) + (cOk ? 0 : 1) + (yOk ? 0 : 1);
    if (fails > 1) continue;
    if (fails === 0 || !bOk) for (let b = 0; b < nb; b++) if (bm & (1 << b)) bureau[b]!++;
    if ((fails === 0 || !sOk) && st >= 0) status[st]!++;
    if ((fails === 0 || !cOk) && ca >= 0) category[ca]!++;
    if (fails === 0 || !yOk) {
      for (let k = c.yearStart[i]!, end = c.yearStart[i + 1]!; k < end; k++) year[c.yearIdx[k]!]!++;
    }
  }
  const out: FacetCounts = {
    bureau: {} as Record<BureauId, number>,
    status: {} as Record<Status, number>,
    year: {},
    category: {} as Record<Category, number>,
  };
  BUREAU_IDS.forEach((b, i) => (out.bureau[b] = bureau[i]!));
  STATUSES.forEach((st, i) => (out.status[st] = status[i]!));
  CATEGORIES.forEach((ca, i) => (out.category[ca] = category[i]!));
  for (const y of filters.years) out.year[y] = 0;
  c.years.forEach((y, i) => (out.year[y] = year[i]!));
  return out;
}
