/** Small hand-written fixtures for the feature-module tests. Each call returns fresh objects. */
import type { Figure, PlaceRecord, ProjectRecord } from '../../src/data/types';

/** A site record with sensible defaults; `over` replaces any field. */
export function makeRecord(over: Partial<ProjectRecord> & { id: string }): ProjectRecord {
  return {
    name: { zh: over.id, en: over.id },
    bureaus: ['housing'],
    category: 'housing',
    scope: 'site',
    placeIds: [],
    years: [2024],
    status: 'completed',
    statusHistory: [],
    figures: [],
    milestones: [],
    quotes: [],
    related: [],
    geometryKinds: ['point'],
    ...over,
  };
}

export function makePlace(over: Partial<PlaceRecord> & { id: string; name: string }): PlaceRecord {
  return { en: '', aliases: [], precision: 'block', basis: 'test', leavesDistrict: false, ...over };
}

export function fig(kind: Figure['kind'], text: string, value: number, unit: string, label?: Figure['label']): Figure {
  return label ? { kind, text, value, unit, label } : { kind, text, value, unit };
}

/** The seeded PRNG the benchmarks use too (mulberry32, floats in [0, 1)). */
export { mulberry32 as prng } from '../fixtures/synthetic-features';

/** `k` distinct random items of `xs` (k may exceed xs.length; then all, shuffled). */
export function pick<T>(rand: () => number, xs: readonly T[], k: number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, Math.min(k, a.length));
}

/** The estates and works used across the search and filter tests. */
export function sampleCatalog(): { records: ProjectRecord[]; places: PlaceRecord[] } {
  const places = [
    makePlace({ id: 'fengcheng-3', name: '凤城三村', en: 'Fengcheng No. 3 Estate', aliases: ['凤城三村小区'] }),
    makePlace({ id: 'changyang-valley', name: '长阳创谷', en: 'Changyang Valley', aliases: ['长阳谷'] }),
    makePlace({
      id: 'yangshupu-power',
      name: '杨树浦电厂',
      en: 'Yangshupu Power Plant',
      aliases: ['杨浦电厂遗迹公园'],
    }),
  ];
  const records = [
    makeRecord({
      id: 'fengcheng-sancun-renovation',
      name: { zh: '凤城三村成套改造', en: 'Fengcheng Estate full-suite renovation' },
      placeIds: ['fengcheng-3'],
      bureaus: ['housing', 'construction'],
      years: [2024, 2025],
      status: 'under-construction',
    }),
    makeRecord({
      id: 'changyang-ai-hub',
      name: { zh: '长阳创谷AI中心', en: 'Changyang AI Hub' },
      category: 'innovation',
      bureaus: ['stec'],
      placeIds: ['changyang-valley'],
      years: [2025],
      status: 'planned',
    }),
    makeRecord({
      id: 'power-plant-park',
      name: { zh: '杨树浦电厂遗迹公园提升', en: 'Power Station Park upgrade' },
      category: 'public-space',
      bureaus: ['culture', 'planning'],
      placeIds: ['yangshupu-power', 'missing-place'],
      years: [2024],
    }),
    makeRecord({
      id: 'lvdi-school',
      name: { zh: '绿地学校新建', en: 'Greenland school' },
      category: 'education',
      bureaus: ['education'],
      years: [2025],
      status: 'planned',
    }),
  ];
  return { records, places };
}
