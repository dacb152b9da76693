import { createMemo, createResource, type Accessor } from 'solid-js';
import type { LoadedData, ProjectFeatures } from '../data/load';
import { reportYears } from '../data/facets';
import type { ProjectRecord } from '../data/types';
import { facetCounts, filterRecords } from '../data/filters';
import { loadPinyin } from '../data/load';
import { afterFirstMap } from './first-map';
import { buildSearchIndex } from '../data/search-index';
import type { AppState } from './store';

/** Sort comparators for the list; names compare in the UI language's collation. */
function sortRecords(
  records: ProjectRecord[],
  sort: AppState['sort'],
  lang: AppState['lang'],
  bureauOrder: string[],
): ProjectRecord[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  // Leading quotation marks and brackets do not count when sorting by name.
  const key = (r: ProjectRecord) => r.name[lang].replace(/^[\p{P}\s]+/u, '');
  const byName = (a: ProjectRecord, b: ProjectRecord) => collator.compare(key(a), key(b));
  const sorted = [...records];
  if (sort === 'name') sorted.sort(byName);
  else if (sort === 'bureau')
    sorted.sort((a, b) => bureauOrder.indexOf(a.bureaus[0]!) - bureauOrder.indexOf(b.bureaus[0]!) || byName(a, b));
  else
    sorted.sort(
      (a, b) =>
        (b.areaReportedM2 ?? b.areaComputedM2 ?? -1) - (a.areaReportedM2 ?? a.areaComputedM2 ?? -1) || byName(a, b),
    );
  return sorted;
}

/**
 * Everything computed from the data and the state, memoised. The map, the list and the counts all
 * read the same `filtered` memo, so they always agree.
 */
export function createDerived(state: AppState, data: Accessor<LoadedData | undefined>) {
  const records = createMemo(() => data()?.catalog.records ?? []);
  const byId = createMemo(() => new Map(records().map((r) => [r.id, r])));
  /** The years the catalog's reports speak of (the year facet, the timeline): none until it is in. */
  const years = createMemo(() => reportYears(data()?.catalog.reports ?? []));
  // The pinyin key table arrives after the first map; the indexes then gain pinyin keys. Without
  // it (a failed request) search still matches Chinese and English names.
  const [pinyin] = createResource(
    () => (data() ? true : undefined),
    () =>
      afterFirstMap()
        .then(() => loadPinyin())
        .catch(() => undefined),
  );
  const index = createMemo(() => buildSearchIndex(records(), data()?.catalog.places ?? [], pinyin()));
  const filtered = createMemo(() => filterRecords(records(), state.filters, index()));
  const filteredIds = createMemo(() => new Set(filtered().map((r) => r.id)));
  const counts = createMemo(() => facetCounts(records(), state.filters, index()));
  const sorted = createMemo(() =>
    sortRecords(
      filtered().filter((r) => r.scope === 'site'),
      state.sort,
      state.lang,
      (data()?.catalog.bureaus ?? []).map((b) => b.id),
    ),
  );
  const unplaced = createMemo(() =>
    sortRecords(
      filtered().filter((r) => r.scope === 'district'),
      'name',
      state.lang,
      [],
    ),
  );
  const bureaus = createMemo(() => new Map((data()?.catalog.bureaus ?? []).map((b) => [b.id, b])));
  /** A bureau's name in the UI language (its id until the catalog has loaded). */
  const bureauName = (id: string): string => bureaus().get(id as never)?.[state.lang] ?? id;
  const selectedRecord = createMemo(() => (state.selected ? byId().get(state.selected) : undefined));
  const allFeatures = createMemo(() => {
    const layers = data()?.layers;
    return layers ? [...layers.areas.features, ...layers.lines.features, ...layers.points.features] : [];
  });
  const featuresById = createMemo(() => {
    const byRecord = new Map<string, ProjectFeatures['features']>();
    for (const f of allFeatures()) {
      const list = byRecord.get(f.properties.id);
      if (list) list.push(f);
      else byRecord.set(f.properties.id, [f]);
    }
    return byRecord;
  });
  return {
    records,
    byId,
    years,
    bureauName,
    pinyin,
    index,
    filtered,
    filteredIds,
    counts,
    sorted,
    unplaced,
    selectedRecord,
    allFeatures,
    featuresById,
  };
}

export type Derived = ReturnType<typeof createDerived>;
