import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import type { RecordSource } from '../../src/data/types.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { validateTours, type TourFile } from '../../src/data/tour-check.ts';

const RECORDS = new Map<string, 'site' | 'district'>([
  ['park', 'site'],
  ['school', 'site'],
  ['programme', 'district'],
]);
const FIGURES = new Map([
  ['park', 2],
  ['school', 0],
]);
const FILE = 'geodata/tours/walk.yaml';

/** A valid tour; `over` replaces top-level fields, `stop` the first stop's. */
const tour = (over: Record<string, unknown> = {}, stop: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'walk',
  title: { zh: '漫步', en: 'Walk' },
  stops: [{ project: 'park', ...stop }, { project: 'school' }],
  ...over,
});

/** As the data build checks them: against the records and the years of the catalog's one report (2024, 2025). */
const check = (...files: TourFile[]) => validateTours(files, RECORDS, FIGURES, [2024, 2025]);
/** The errors for one file `walk.yaml` holding `data`. */
const errorsOf = (data: unknown): string[] => check({ file: FILE, data }).errors;
const err = (field: string | undefined, message: string, id = 'walk', file = FILE): string =>
  `${file}, tour ${id.startsWith('#') ? id : `"${id}"`}${field ? `, field "${field}"` : ''}: ${message}`;

describe('formatIssue for a tour', () => {
  it('names the file, the tour and the field like the rest of the pipeline', () => {
    const issue = {
      file: 'geodata/tours/riverfront.yaml',
      subject: { kind: 'tour' as const, id: 'riverfront' },
      field: 'stops[3].project',
      message: 'unknown record id "xyz"',
    };
    expect(formatIssue(issue, '')).toBe(
      'geodata/tours/riverfront.yaml, tour "riverfront", field "stops[3].project": unknown record id "xyz"',
    );
  });

  it('leaves an id-less subject (#n) unquoted and the field out when there is none', () => {
    expect(formatIssue({ file: 'a.yaml', subject: { kind: 'tour', id: '#2' }, message: 'x' }, '')).toBe(
      'a.yaml, tour #2: x',
    );
  });
});

describe('validateTours', () => {
  it('accepts a valid tour and normalises it', () => {
    const { tours, errors } = check({ file: FILE, data: tour({}, { figures: [1], camera: { pitch: 30 } }) });
    expect(errors).toEqual([]);
    expect(tours).toHaveLength(1);
    expect(tours[0]!.stops[0]).toMatchObject({ figures: [1], camera: { pitch: 30, bearing: 0, zoomOffset: 0 } });
    expect(tours[0]!.dwellSeconds).toBe(8);
  });

  it('sorts the tours by id', () => {
    const b = { file: 'geodata/tours/b.yaml', data: tour({ id: 'b' }) };
    const a = { file: 'geodata/tours/a.yaml', data: tour({ id: 'a' }) };
    expect(check(b, a).tours.map((t) => t.id)).toEqual(['a', 'b']);
  });

  it('reports an unknown record id', () => {
    expect(errorsOf(tour({}, { project: 'xyz' }))).toEqual([err('stops[0].project', 'unknown record id "xyz"')]);
  });

  it('reports a stop on a district-wide record', () => {
    expect(errorsOf(tour({}, { project: 'programme' }))).toEqual([
      err('stops[0].project', 'record "programme" is district-wide (scope: district) and not drawn on the map'),
    ]);
  });

  it('reports a stop without a project', () => {
    expect(errorsOf(tour({}, { project: undefined }))).toEqual([err('stops[0].project', 'missing record id')]);
  });

  it('reports a missing tour id, naming the tour by its position', () => {
    expect(errorsOf(tour({ id: undefined }))).toEqual([err('id', 'missing tour id', '#1')]);
  });

  it('reports an id that is not kebab-case', () => {
    expect(errorsOf(tour({ id: 'Walk_1' }))).toEqual([
      err('id', 'must be kebab-case (a-z, 0-9, single hyphens)', 'Walk_1'),
    ]);
  });

  it('reports an id that differs from the file name', () => {
    expect(errorsOf(tour({ id: 'stroll' }))).toEqual([err('id', 'must match the file name "walk"', 'stroll')]);
  });

  it('reports a duplicate tour id and keeps the first', () => {
    const { tours, errors } = check(
      { file: FILE, data: tour() },
      { file: 'geodata/tours/sub/walk.yaml', data: tour() },
    );
    expect(errors).toEqual([err('id', `duplicate tour id (also in ${FILE})`, 'walk', 'geodata/tours/sub/walk.yaml')]);
    expect(tours).toHaveLength(1);
  });

  it('reports empty and missing stops', () => {
    expect(errorsOf(tour({ stops: [] }))).toEqual([err('stops', 'must not be empty')]);
    expect(errorsOf(tour({ stops: undefined }))).toEqual([err('stops', 'missing')]);
  });

  it('reports a file that is not a mapping', () => {
    expect(errorsOf([1, 2])).toEqual([err(undefined, 'must be a mapping with id, title and stops', '#1')]);
  });

  it('reports a missing title and a half-translated caption', () => {
    expect(errorsOf(tour({ title: undefined }, { caption: { zh: '公园' } }))).toEqual([
      err('title', 'missing (expected { zh, en })'),
      err('stops[0].caption.en', 'must be a non-empty string'),
    ]);
  });

  it('reports unknown fields (a caption split by an unquoted comma, a misspelt key)', () => {
    expect(errorsOf(tour({ stop: [] }, { caption: { zh: '甲', 乙: null, en: 'a' } }))).toEqual([
      err('stop', 'unknown field (expected one of id, title, description, dwellSeconds, stops)'),
      err('stops[0].caption.乙', 'unknown field (expected one of zh, en)'),
    ]);
  });

  it('reports a dwell time out of range', () => {
    expect(errorsOf(tour({ dwellSeconds: 0 }))).toEqual([err('dwellSeconds', '0 is out of range (2 to 120)')]);
  });

  it('reports bad camera values', () => {
    expect(errorsOf(tour({}, { camera: { pitch: 90, bearing: 'north', zoomOffset: -5, roll: 1 } }))).toEqual([
      err('stops[0].camera.roll', 'unknown field (expected one of pitch, bearing, zoomOffset)'),
      err('stops[0].camera.pitch', '90 is out of range (0 to 85)'),
      err('stops[0].camera.bearing', 'must be a number'),
      err('stops[0].camera.zoomOffset', '-5 is out of range (-4 to 4)'),
    ]);
  });

  it('reports a figure index out of range for the record', () => {
    expect(errorsOf(tour({}, { figures: [0, 2] }))).toEqual([
      err('stops[0].figures[1]', 'figure index 2 out of range (record "park" has 2 figures)'),
    ]);
    expect(errorsOf(tour({ stops: [{ project: 'school', figures: [0] }] }))).toEqual([
      err('stops[0].figures[0]', 'figure index 0 out of range (record "school" has 0 figures)'),
    ]);
  });

  it('reports negative, fractional and repeated figure indexes', () => {
    expect(errorsOf(tour({}, { figures: [-1, 0.5, 1, 1] }))).toEqual([
      err('stops[0].figures[0]', 'must be an integer ≥ 0'),
      err('stops[0].figures[1]', 'must be an integer ≥ 0'),
      err('stops[0].figures[3]', 'duplicate figure index 1'),
    ]);
  });

  it('does not check figure indexes of records without a known figure count', () => {
    const { errors } = validateTours([{ file: FILE, data: tour({}, { figures: [5] }) }], RECORDS);
    expect(errors).toEqual([]);
  });

  it('reports unknown filter values and facets', () => {
    const filters = {
      bureaus: ['housing', 'police'],
      statuses: ['done'],
      years: [2023],
      categories: 'park',
      query: 'x',
    };
    expect(errorsOf(tour({}, { filters }))).toEqual([
      err('stops[0].filters.query', 'unknown field (expected one of bureaus, statuses, years, categories)'),
      err('stops[0].filters.bureaus[1]', 'unknown value "police"'),
      err('stops[0].filters.statuses[0]', 'unknown value "done"'),
      err('stops[0].filters.years[0]', 'unknown value 2023'),
      err('stops[0].filters.categories', 'must be a list'),
    ]);
  });

  it('leaves a tour with errors out of the output', () => {
    expect(check({ file: FILE, data: tour({}, { project: 'xyz' }) }).tours).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The committed tours against the committed catalog

const GEODATA = path.resolve(__dirname, '../../geodata');
const yamlFiles = (dir: string): string[] =>
  readdirSync(path.join(GEODATA, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
const catalog: RecordSource[] = yamlFiles('catalog').flatMap(
  (f) => (parse(readFileSync(path.join(GEODATA, 'catalog', f), 'utf8')) ?? []) as RecordSource[],
);
const tourFiles: TourFile[] = yamlFiles('tours').map((f) => ({
  file: `geodata/tours/${f}`,
  data: parse(readFileSync(path.join(GEODATA, 'tours', f), 'utf8')),
}));
const byId = new Map(catalog.map((r) => [r.id, r]));

describe('geodata/tours/*.yaml', () => {
  const { tours, errors } = validateTours(
    tourFiles,
    new Map(catalog.map((r) => [r.id, r.scope])),
    new Map(catalog.map((r) => [r.id, r.figures.length])),
  );

  it('validate against the committed catalog', () => {
    expect(errors).toEqual([]);
    expect(tours).toHaveLength(tourFiles.length);
  });

  it('include the curated tours and one tour per bureau', () => {
    const bureaus = (parse(readFileSync(path.join(GEODATA, 'bureaus.yaml'), 'utf8')) as { id: string }[]).map(
      (b) => b.id,
    );
    const ids = tours.map((t) => t.id);
    for (const id of ['achievements-2024', 'plans-2025', 'riverfront', ...bureaus.map((b) => `bureau-${b}`)]) {
      expect(ids).toContain(id);
    }
  });

  it('stop only on records of the bureau in bureau tours', () => {
    for (const t of tours.filter((x) => x.id.startsWith('bureau-'))) {
      const bureau = t.id.slice('bureau-'.length);
      for (const s of t.stops) expect(byId.get(s.project)!.bureaus, `${t.id}: ${s.project}`).toContain(bureau);
    }
  });

  it('never hide a stop behind the filters in effect there', () => {
    // Current status = the newest report's; with one report so far, its only value.
    const status = (r: RecordSource): string => Object.values(r.status).at(-1)!;
    for (const t of tours) {
      let f = t.stops[0]!.filters;
      for (const s of t.stops) {
        f = s.filters ?? f;
        if (!f) continue;
        const r = byId.get(s.project)!;
        const where = `${t.id}: ${s.project}`;
        if (f.bureaus.length)
          expect(
            r.bureaus.some((b) => f!.bureaus.includes(b)),
            where,
          ).toBe(true);
        if (f.statuses.length) expect(f.statuses, where).toContain(status(r));
        if (f.years.length)
          expect(
            r.years.some((y) => f!.years.includes(y)),
            where,
          ).toBe(true);
        if (f.categories.length) expect(f.categories, where).toContain(r.category);
      }
    }
  });

  it('visit each record at most once per tour', () => {
    for (const t of tours) expect(new Set(t.stops.map((s) => s.project)).size, t.id).toBe(t.stops.length);
  });
});

describe('validateTours: presenter notes (issue #15)', () => {
  it('accepts notes in both languages and keeps them', () => {
    const { tours, errors } = check({ file: FILE, data: tour({}, { notes: { zh: '开场', en: 'Opening' } }) });
    expect(errors).toEqual([]);
    expect(tours[0]!.stops[0]!.notes).toEqual({ zh: '开场', en: 'Opening' });
    expect(tours[0]!.stops[1]!.notes).toBeNull();
  });
  it('refuses notes missing a language or with an unknown field, naming the field', () => {
    expect(errorsOf(tour({}, { notes: { zh: '开场' } }))).toEqual([
      err('stops[0].notes.en', 'must be a non-empty string'),
    ]);
    expect(errorsOf(tour({}, { notes: { zh: '开场', en: 'Opening', fr: 'x' } }))).toEqual([
      err('stops[0].notes.fr', 'unknown field (expected one of zh, en)'),
    ]);
  });
});
