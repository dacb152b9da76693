import { pinyinKeysOf as pinyin } from '../../src/pipeline/pinyin';
import { describe, expect, it } from 'vitest';
import { BUREAU_IDS, CATEGORIES, STATUSES } from '../../src/data/types';
import type { ProjectRecord } from '../../src/data/types';
import { EMPTY_FILTERS, facetCounts, filterRecords, isEmptyFilters, matchesFilters } from '../../src/data/filters';
import type { Filters } from '../../src/data/filters';
import { buildSearchIndex, searchRecords } from '../../src/data/search-index';
import { makeRecord, pick, prng, sampleCatalog } from './records';

const YEARS = [2023, 2024, 2025, 2026];
const NAMES = ['凤城三村', '长阳创谷', '控江路', '杨树浦电厂', '五角场', '新江湾城'];

function randomRecords(rand: () => number, n: number): ProjectRecord[] {
  const out: ProjectRecord[] = [];
  for (let i = 0; i < n; i++) {
    const zh = NAMES[Math.floor(rand() * NAMES.length)]! + i;
    out.push(
      makeRecord({
        id: `r${i}`,
        name: { zh, en: `Project ${i}` },
        bureaus: pick(rand, BUREAU_IDS, 1 + Math.floor(rand() * 3)),
        status: STATUSES[Math.floor(rand() * STATUSES.length)]!,
        category: CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!,
        years: pick(rand, YEARS, Math.floor(rand() * 3)), // 0–2 years
      }),
    );
  }
  return out;
}

function randomFilters(rand: () => number): Filters {
  const some = <T>(xs: readonly T[]) => (rand() < 0.4 ? [] : pick(rand, xs, 1 + Math.floor(rand() * 3)));
  const queries = ['', '', 'fcsc', '凤城', 'cygu', 'project 1', 'r1', 'zzz', 'Kong Jiang'];
  return {
    bureaus: some(BUREAU_IDS),
    statuses: some(STATUSES),
    years: some([...YEARS, 2030]),
    categories: some(CATEGORIES),
    query: queries[Math.floor(rand() * queries.length)]!,
  };
}

/** Independent reference: plain array logic plus searchRecords. */
function naiveMatch(r: ProjectRecord, f: Filters, hits: Set<string>): boolean {
  return (
    (f.bureaus.length === 0 || r.bureaus.some((b) => f.bureaus.includes(b))) &&
    (f.statuses.length === 0 || f.statuses.includes(r.status)) &&
    (f.years.length === 0 || r.years.some((y) => f.years.includes(y))) &&
    (f.categories.length === 0 || f.categories.includes(r.category)) &&
    hits.has(r.id)
  );
}

describe('isEmptyFilters', () => {
  it('is true for EMPTY_FILTERS and a blank or punctuation-only query', () => {
    expect(isEmptyFilters(EMPTY_FILTERS)).toBe(true);
    expect(isEmptyFilters({ ...EMPTY_FILTERS, query: ' 　，' })).toBe(true);
  });

  it('is false once any facet or the query is set', () => {
    expect(isEmptyFilters({ ...EMPTY_FILTERS, years: [2024] })).toBe(false);
    expect(isEmptyFilters({ ...EMPTY_FILTERS, bureaus: ['drc'] })).toBe(false);
    expect(isEmptyFilters({ ...EMPTY_FILTERS, query: 'fcsc' })).toBe(false);
  });

  it('EMPTY_FILTERS cannot be mutated by accident', () => {
    expect(() => EMPTY_FILTERS.bureaus.push('drc')).toThrow();
  });
});

describe('matchesFilters', () => {
  const { records, places } = sampleCatalog();
  const index = buildSearchIndex(records, places, pinyin);
  const fengcheng = records[0]!; // bureaus housing+construction, years 2024+2025, under-construction

  it('ORs within a facet: any of the record bureaus or years selected', () => {
    expect(matchesFilters(fengcheng, { ...EMPTY_FILTERS, bureaus: ['construction', 'drc'] }, index)).toBe(true);
    expect(matchesFilters(fengcheng, { ...EMPTY_FILTERS, years: [2025, 2030] }, index)).toBe(true);
    expect(matchesFilters(fengcheng, { ...EMPTY_FILTERS, bureaus: ['drc'] }, index)).toBe(false);
  });

  it('ANDs across facets and the query', () => {
    const f: Filters = { ...EMPTY_FILTERS, bureaus: ['housing'], statuses: ['under-construction'] };
    expect(matchesFilters(fengcheng, f, index)).toBe(true);
    expect(matchesFilters(fengcheng, { ...f, categories: ['education'] }, index)).toBe(false);
    expect(matchesFilters(fengcheng, { ...f, query: 'fcsc' }, index)).toBe(true);
    expect(matchesFilters(fengcheng, { ...f, query: 'cygu' }, index)).toBe(false);
  });

  it('never matches a non-empty query for a record missing from the index', () => {
    const stray = makeRecord({ id: 'stray' });
    expect(matchesFilters(stray, { ...EMPTY_FILTERS, query: 'stray' }, index)).toBe(false);
    expect(matchesFilters(stray, EMPTY_FILTERS, index)).toBe(true);
  });
});

describe('filterRecords', () => {
  it('returns every record, in order, for empty filters', () => {
    const { records, places } = sampleCatalog();
    expect(filterRecords(records, EMPTY_FILTERS, buildSearchIndex(records, places, pinyin))).toEqual(records);
  });

  it('excludes a record with no years once a year is selected', () => {
    const records = [makeRecord({ id: 'a', years: [] }), makeRecord({ id: 'b', years: [2024] })];
    const ids = filterRecords(records, { ...EMPTY_FILTERS, years: [2024] }, buildSearchIndex(records, [], pinyin));
    expect(ids.map((r) => r.id)).toEqual(['b']);
  });

  it('agrees with matchesFilters and a naive reference on random data (200 seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = prng(seed);
      const records = randomRecords(rand, 60);
      const index = buildSearchIndex(records, [], pinyin);
      for (let t = 0; t < 5; t++) {
        const f = randomFilters(rand);
        const hits = searchRecords(index, f.query);
        const got = filterRecords(records, f, index).map((r) => r.id);
        expect(got, `seed ${seed}`).toEqual(records.filter((r) => naiveMatch(r, f, hits)).map((r) => r.id));
        expect(got).toEqual(records.filter((r) => matchesFilters(r, f, index)).map((r) => r.id));
      }
    }
  });
});

describe('facetCounts', () => {
  it('counts each facet with the other facets applied, a two-bureau record in both', () => {
    const { records, places } = sampleCatalog();
    const index = buildSearchIndex(records, places, pinyin);
    const c = facetCounts(records, { ...EMPTY_FILTERS, statuses: ['planned'], bureaus: ['housing'] }, index);
    // Status facet ignores the status selection but applies bureau=housing: only 凤城 (under-construction).
    expect(c.status).toEqual({ completed: 0, 'under-construction': 1, preparation: 0, planned: 0, ongoing: 0 });
    // Bureau facet applies status=planned: the AI hub (stec) and the school (education).
    expect(c.bureau.stec).toBe(1);
    expect(c.bureau.education).toBe(1);
    expect(c.bureau.housing).toBe(0);
    // Year and category apply both: nothing is planned AND housing.
    expect(Object.values(c.category).every((n) => n === 0)).toBe(true);
    expect(c.year).toEqual({ 2024: 0, 2025: 0 });
  });

  it('lists every known option with zeros, and selected years even when no record has them', () => {
    const records = [makeRecord({ id: 'a', years: [2024] })];
    const c = facetCounts(records, { ...EMPTY_FILTERS, years: [2031] }, buildSearchIndex(records, [], pinyin));
    expect(Object.keys(c.bureau).sort()).toEqual([...BUREAU_IDS].sort());
    expect(Object.keys(c.status).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(c.category).sort()).toEqual([...CATEGORIES].sort());
    expect(c.year).toEqual({ 2024: 1, 2031: 0 });
    expect(c.bureau.housing).toBe(0); // year 2031 filters it out of the other facets
  });

  it('counts a year listed twice on one record once', () => {
    const records = [makeRecord({ id: 'a', years: [2024, 2024] })];
    expect(facetCounts(records, EMPTY_FILTERS, buildSearchIndex(records, [], pinyin)).year).toEqual({ 2024: 1 });
  });

  it('equals a brute-force recount (filter with the facet set to just that option) over 150 seeds', () => {
    const facets = [
      ['bureau', 'bureaus', BUREAU_IDS],
      ['status', 'statuses', STATUSES],
      ['category', 'categories', CATEGORIES],
    ] as const;
    for (let seed = 1; seed <= 150; seed++) {
      const rand = prng(seed * 7919);
      const records = randomRecords(rand, 40);
      const index = buildSearchIndex(records, [], pinyin);
      for (let t = 0; t < 3; t++) {
        const f = randomFilters(rand);
        const got = facetCounts(records, f, index);
        const count = (g: Filters) => filterRecords(records, g, index).length;
        for (const [key, field, options] of facets) {
          for (const o of options) {
            expect((got[key] as Record<string, number>)[o], `seed ${seed} ${key}=${o}`).toBe(
              count({ ...f, [field]: [o] }),
            );
          }
        }
        const years = new Set([...records.flatMap((r) => r.years), ...f.years]);
        expect(Object.keys(got.year).map(Number).sort()).toEqual([...years].sort());
        for (const y of years) expect(got.year[y], `seed ${seed} year=${y}`).toBe(count({ ...f, years: [y] }));
      }
    }
  });

  // Speed at 100k is measured in `npm run bench`, not asserted here (machines are noisy).
  it('filters and counts 100k records consistently, query included', () => {
    const rand = prng(42);
    const records = randomRecords(rand, 100_000).map((r, i) => ({
      ...r,
      name: { zh: NAMES[i % NAMES.length]!, en: '' },
    }));
    const index = buildSearchIndex(records, [], pinyin); // pinyin memoised: six distinct names
    const f: Filters = {
      ...EMPTY_FILTERS,
      bureaus: ['housing', 'drc'],
      years: [2024],
      statuses: ['planned', 'completed'],
    };
    const first = filterRecords(records, f, index).length; // includes the one-off precompute
    const some = filterRecords(records, { ...f, query: 'fcsc' }, index).length;
    const counts = facetCounts(records, { ...f, query: 'fcsc' }, index);
    expect(first).toBeGreaterThan(some);
    expect(some).toBeGreaterThan(0);
    expect(counts.status.planned + counts.status.completed).toBe(some);
  });
});
