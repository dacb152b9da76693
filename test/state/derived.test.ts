import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { LoadedData } from '../../src/data/load';
import { createDerived } from '../../src/state/derived';
import { createAppStore } from '../../src/state/store';
import { loadedData } from './app-fixture';

/** The store and its derived memos over the fixture data (loaded at once, or later by `load()`). */
function setup(search = '', loaded = true) {
  return createRoot(() => {
    const store = createAppStore(search, { consent: { has: () => false, remember: () => {} } });
    const [data, setData] = createSignal<LoadedData | undefined>(loaded ? loadedData() : undefined);
    const derived = createDerived(store.state, data);
    return { ...store, derived, load: () => setData(loadedData()) };
  });
}
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('createDerived', () => {
  it('is empty before the data arrives and fills in when it does', () => {
    const { derived, load } = setup('', false);
    expect(derived.records()).toEqual([]);
    expect(derived.sorted()).toEqual([]);
    expect(derived.bureauName('housing')).toBe('housing');
    load();
    expect(ids(derived.records())).toEqual(['fengcheng', 'school', 'district-wide']);
    expect(derived.bureauName('housing')).toBe('区房管局');
  });

  it('filters, splits sited and district-wide work, and counts what each facet value would give', () => {
    const { derived, actions } = setup();
    expect(ids(derived.sorted())).toEqual(['school', 'fengcheng']); // by name (the default)
    expect(ids(derived.unplaced())).toEqual(['district-wide']);
    actions.toggleFacet('bureaus', 'education');
    expect(ids(derived.filtered())).toEqual(['school']);
    expect([...derived.filteredIds()]).toEqual(['school']);
    // The bureau facet counts ignore the bureau selection itself; the others apply it.
    expect(derived.counts().bureau).toMatchObject({ housing: 2, education: 1 });
    expect(derived.counts().status).toMatchObject({ planned: 1 });
  });

  it('sorts by name in the UI language, by area, by bureau', () => {
    const { derived, actions } = setup('?sort=area');
    expect(ids(derived.sorted())).toEqual(['fengcheng', 'school']); // 5,000 m² before 3,000 m²
    actions.setSort('name');
    expect(ids(derived.sorted())).toEqual(['school', 'fengcheng']); // 安 before 凤 in pinyin order
    actions.setLang('en');
    expect(ids(derived.sorted())).toEqual(['school', 'fengcheng']); // Anbo before Fengcheng
    actions.setSort('bureau');
    expect(ids(derived.sorted())).toEqual(['fengcheng', 'school']); // catalog order: housing, education
  });

  it('follows the selection and groups the drawn features by project', () => {
    const { derived, actions } = setup();
    expect(derived.selectedRecord()).toBeUndefined();
    actions.openProject('school');
    expect(derived.selectedRecord()?.name.en).toBe('Anbo Road Primary School');
    expect([...derived.featuresById().keys()].sort()).toEqual(['fengcheng', 'school']);
    expect(derived.allFeatures()).toHaveLength(2);
  });
});
