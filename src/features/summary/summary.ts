/**
 * The numbers a planner quotes for a selection of projects: counts by facet and the sums of the
 * figures the reports give (land area, households, school places, beds, length …). Pure; no DOM.
 */
import { BUREAU_IDS, CATEGORIES, STATUSES } from '../../data/types';
import type { BureauId, Category, Figure, ProjectRecord, Status } from '../../data/types';

/** See {@link summarise} for exactly what each number includes. */
export interface Summary {
  count: number;
  byBureau: Record<BureauId, number>;
  byStatus: Record<Status, number>;
  byCategory: Record<Category, number>;
  drawn: number;
  districtWide: number;
  landAreaM2: number;
  households: number;
  schoolPlaces: number;
  childcarePlaces: number;
  /** `places` figures that are neither school nor childcare places (kept out of both). */
  otherPlaces: number;
  beds: number;
  lengthKm: number;
  /** Records with polygons, by what their computed area is worth (`ProjectRecord.areaOutline`). */
  areas: { measured: number; nominal: number; sketch: number };
  /** Per year of the reports (`reportYears`), as text: milestones done and planned. */
  timeline: Record<string, { done: number; planned: number }>;
}

/** What a `places` figure counts. */
export type PlacesKind = 'school' | 'childcare' | 'other';

const CHILDCARE = /托额|托位|托育|托班|托幼|宝宝屋|childcare|child-care|nursery|daycare|day-care|creche|crèche|baby/i;
const SCHOOL = /学位|school|pupil|student/i;
// Clause boundaries in report prose: a figure's context is the clause it stands in.
const CLAUSE_BREAK = /[,，。;；、:：\n]/;

/** The clauses of the record's quotes that contain `text` (the text itself included). */
function clausesAround(record: ProjectRecord, text: string): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const q of record.quotes) {
    let from = 0;
    for (let p = q.text.indexOf(text, from); p >= 0; p = q.text.indexOf(text, from)) {
      let start = p;
      while (start > 0 && !CLAUSE_BREAK.test(q.text[start - 1]!)) start--;
      out.push(q.text.slice(start, p + text.length));
      from = p + text.length;
    }
  }
  return out;
}

/**
 * Classifies a `places` figure:
 *
 * - `childcare` when its text or label mentions 托额/托位/托育/托班/托幼/宝宝屋 or
 *   childcare/nursery/daycare/baby;
 * - else `school` when its text or label mentions 学位 or school/pupil/student;
 * - else by the clause of the record's quotes the figure text stands in, same words
 *   (so "5070个" in "可新增学位5070个" is school places);
 * - else `other`.
 */
export function classifyPlaces(figure: Figure, record: ProjectRecord): PlacesKind {
  const own = `${figure.text} ${figure.label?.zh ?? ''} ${figure.label?.en ?? ''}`;
  if (CHILDCARE.test(own)) return 'childcare';
  if (SCHOOL.test(own)) return 'school';
  const clauses = clausesAround(record, figure.text);
  if (clauses.some((c) => CHILDCARE.test(c))) return 'childcare';
  if (clauses.some((c) => SCHOOL.test(c))) return 'school';
  return 'other';
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/**
 * Keys under which a figure is "the same figure" as another:
 * - `local`: same record, kind, unit, value and label (a number restated in two sections);
 * - `quoted`: same kind, unit and value standing in the same quote (report + text) — so two
 *   records citing one sentence share it.
 */
function figureKeys(record: ProjectRecord, f: Pick<Figure, 'kind' | 'unit' | 'value' | 'text'>, label = ''): string[] {
  const what = `${f.kind}\u0001${f.unit}\u0001${f.value}`;
  const keys = [`L\u0001${record.id}\u0001${what}\u0001${label}`];
  if (f.text) {
    for (const q of record.quotes)
      if (q.text.includes(f.text)) keys.push(`Q\u0001${q.report}\u0001${q.text}\u0001${what}`);
  }
  return keys;
}

/**
 * Summarises a selection of records. Counts:
 *
 * - `count`: records;
 * - `byBureau`: records per bureau, every bureau present; a record with two bureaus counts for
 *   both (so the values can sum to more than `count`);
 * - `byStatus`, `byCategory`: records per current status / category, every option present;
 * - `drawn`: records with geometry on the map (`geometryKinds` non-empty);
 * - `areas`: records with polygons by `areaOutline` — `measured` (real outlines), `nominal`
 *   (drawn to the reported size), `sketch` (drawn by hand);
 * - `districtWide`: records with `scope: 'district'` (not drawn). A site record whose places
 *   could not be drawn is in neither, so `drawn + districtWide <= count`.
 *
 * Sums — each figure counted at most once (see "same figure" below):
 *
 * - `landAreaM2`: sum of `areaReportedM2` (the record's land-area figure, m²); computed areas
 *   (`areaComputedM2`) are not included;
 * - `households`: sum of `households` figures' values;
 * - `schoolPlaces`: sum of `places` figures classified `school` by {@link classifyPlaces} (学位);
 * - `childcarePlaces`: sum of `places` figures classified `childcare` (托额);
 * - `otherPlaces`: the remaining `places` figures;
 * - `beds`: sum of `beds` figures;
 * - `lengthKm`: sum of `length` figures with unit `km`, plus those in `m` divided by 1000 (other
 *   units ignored); the drawn length (`record.lengthKm`) is not included.
 *
 * "Same figure": within one record, two figures with the same kind, unit, value and label count
 * once (a number repeated in the 2024 report and the 2025 plan); across records, figures with the
 * same kind, unit and value whose text stands in the same quote (same report, same sentence)
 * count once. Different numbers are always summed, even when the reports present one as part of
 * another.
 *
 * `timeline[year]` for each of `years` (the reports' years): milestones whose `when` starts with the year, by state
 * (`done` / `planned`); an identical milestone listed twice on one record counts once.
 *
 * @example summarise([]).count === 0
 */
export function summarise(records: readonly ProjectRecord[], years: readonly number[] = []): Summary {
  const s: Summary = {
    count: records.length,
    byBureau: zeros(BUREAU_IDS),
    byStatus: zeros(STATUSES),
    byCategory: zeros(CATEGORIES),
    drawn: 0,
    districtWide: 0,
    landAreaM2: 0,
    households: 0,
    schoolPlaces: 0,
    childcarePlaces: 0,
    otherPlaces: 0,
    beds: 0,
    lengthKm: 0,
    areas: { measured: 0, nominal: 0, sketch: 0 },
    timeline: Object.fromEntries(years.map((y) => [String(y), { done: 0, planned: 0 }])),
  };
  const seen = new Set<string>();
  /** True the first time a figure is met under any of its keys; records all its keys. */
  const fresh = (keys: string[]): boolean => {
    const isNew = !keys.some((k) => seen.has(k));
    for (const k of keys) seen.add(k);
    return isNew;
  };

  for (const r of records) {
    for (const b of new Set(r.bureaus)) if (b in s.byBureau) s.byBureau[b]++;
    if (r.status in s.byStatus) s.byStatus[r.status]++;
    if (r.category in s.byCategory) s.byCategory[r.category]++;
    if (r.geometryKinds.length > 0) s.drawn++;
    if (r.scope === 'district') s.districtWide++;
    if (r.areaOutline) s.areas[r.areaOutline]++;

    if (r.areaReportedM2 !== undefined && Number.isFinite(r.areaReportedM2)) {
      const source = r.figures.find((f) => f.kind === 'land-area' && f.value === r.areaReportedM2);
      const keys = figureKeys(
        r,
        source ?? { kind: 'land-area', unit: 'm²', value: r.areaReportedM2, text: '' },
        source?.label?.zh,
      );
      if (fresh(keys)) s.landAreaM2 += r.areaReportedM2;
    }

    for (const f of r.figures) {
      if (!Number.isFinite(f.value)) continue;
      if (f.kind !== 'households' && f.kind !== 'places' && f.kind !== 'beds' && f.kind !== 'length') continue;
      if (f.kind === 'length' && f.unit !== 'km' && f.unit !== 'm') continue;
      if (!fresh(figureKeys(r, f, f.label?.zh))) continue;
      if (f.kind === 'households') s.households += f.value;
      else if (f.kind === 'beds') s.beds += f.value;
      else if (f.kind === 'length') s.lengthKm += f.unit === 'm' ? f.value / 1000 : f.value;
      else {
        const kind = classifyPlaces(f, r);
        if (kind === 'school') s.schoolPlaces += f.value;
        else if (kind === 'childcare') s.childcarePlaces += f.value;
        else s.otherPlaces += f.value;
      }
    }

    const milestones = new Set<string>();
    for (const m of r.milestones) {
      const year = m.when.slice(0, 4);
      if (!s.timeline[year]) continue;
      const key = `${m.when}\u0001${m.what.zh}\u0001${m.what.en}\u0001${m.state}`;
      if (milestones.has(key)) continue;
      milestones.add(key);
      s.timeline[year]![m.state]++;
    }
  }
  return s;
}
