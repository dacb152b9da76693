import { createMemo, For } from 'solid-js';
import { BUREAU_IDS, STATUSES } from '../data/types';
import { summarise } from '../features/summary/summary';
import { LABELS, t, type StringKey } from '../i18n';
import { useAppState } from '../state/context';
import { BarChart } from './bar-chart';
import { formatArea, formatNumber } from './format';
import { LifeCircleDistrict } from './life-circle-district';

/** The numbers a planner quotes for the current selection, with small bar charts. */
export function FiguresPanel() {
  const { state, data, derived } = useAppState();
  const summary = createMemo(() => summarise(derived.filtered(), derived.years()));
  // A sum of 0 means no project of the selection gives that figure: say so, not "0 m²".
  const given = (value: number, text: (v: number) => string) => (value > 0 ? text(value) : t(state.lang, 'notGiven'));
  const stats = (): { key: StringKey; value: string; testid: string }[] => {
    const s = summary();
    // The figures come with the catalog's details, after the first map: say so until then.
    const pending = data()?.details === 'loading';
    const rows: { key: StringKey; value: string; testid: string }[] = [
      { key: 'summaryCount', value: `${s.count} (${t(state.lang, 'summaryDrawn')} ${s.drawn})`, testid: 'sum-count' },
      { key: 'summaryLandArea', value: given(s.landAreaM2, (v) => formatArea(v, state.lang)), testid: 'sum-land' },
      {
        key: 'summaryHouseholds',
        value: given(s.households, (v) => formatNumber(v, state.lang, 0)),
        testid: 'sum-households',
      },
      {
        key: 'summarySchoolPlaces',
        value: given(s.schoolPlaces, (v) => formatNumber(v, state.lang, 0)),
        testid: 'sum-school',
      },
      {
        key: 'summaryChildcare',
        value: given(s.childcarePlaces, (v) => formatNumber(v, state.lang, 0)),
        testid: 'sum-childcare',
      },
      { key: 'summaryBeds', value: given(s.beds, (v) => formatNumber(v, state.lang, 0)), testid: 'sum-beds' },
      {
        key: 'summaryLength',
        value: given(s.lengthKm, (v) => `${formatNumber(v, state.lang, 1)} km`),
        testid: 'sum-length',
      },
      {
        key: 'summaryAreas',
        value: t(state.lang, 'summaryAreasValue')
          .replace('{m}', String(s.areas.measured))
          .replace('{n}', String(s.areas.nominal))
          .replace('{k}', String(s.areas.sketch)),
        testid: 'sum-areas',
      },
    ];
    return pending
      ? rows.map((r) => (r.key === 'summaryCount' ? r : { ...r, value: t(state.lang, 'detailsLoading') }))
      : rows;
  };
  return (
    <div class="figures-panel" data-testid="figures-panel">
      <h2 class="panel-title">{t(state.lang, 'summaryTitle')}</h2>
      <dl class="stats">
        <For each={stats()}>
          {(s) => (
            <div class="stat">
              <dt>{t(state.lang, s.key)}</dt>
              <dd classList={{ 'not-given': s.value === t(state.lang, 'notGiven') }} data-testid={s.testid}>
                {s.value}
              </dd>
            </div>
          )}
        </For>
      </dl>
      <h3>{t(state.lang, 'byBureau')}</h3>
      <BarChart
        label={t(state.lang, 'byBureau')}
        rows={BUREAU_IDS.map((id) => ({ label: derived.bureauName(id), value: summary().byBureau[id] ?? 0 }))}
      />
      <h3>{t(state.lang, 'byStatus')}</h3>
      <BarChart
        label={t(state.lang, 'byStatus')}
        rows={STATUSES.map((s) => ({ label: LABELS.status[s][state.lang], value: summary().byStatus[s] ?? 0 }))}
      />
      <h3>{t(state.lang, 'timeline')}</h3>
      <BarChart
        label={t(state.lang, 'timeline')}
        rows={derived.years().flatMap((year) => [
          { label: `${year} ${t(state.lang, 'done')}`, value: summary().timeline[year]?.done ?? 0 },
          { label: `${year} ${t(state.lang, 'plannedMilestone')}`, value: summary().timeline[year]?.planned ?? 0 },
        ])}
      />
      <LifeCircleDistrict />
    </div>
  );
}
