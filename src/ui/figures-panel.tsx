import { createMemo, For } from 'solid-js';
import { BUREAU_IDS, STATUSES } from '../data/types';
import { summarise } from '../features/summary/summary';
import { LABELS, t, type StringKey } from '../i18n';
import { useAppState } from '../state/context';
import { BarChart } from './bar-chart';
import { formatArea, formatNumber } from './format';

/** The numbers a planner quotes for the current selection, with small bar charts. */
export function FiguresPanel() {
  const { state, data, derived } = useAppState();
  const summary = createMemo(() => summarise(derived.filtered()));
  const stats = (): { key: StringKey; value: string; testid: string }[] => {
    const s = summary();
    // The figures come with the catalog's details, after the first map: say so until then.
    const pending = data()?.details === 'loading';
    const rows: { key: StringKey; value: string; testid: string }[] = [
      { key: 'summaryCount', value: `${s.count} (${t(state.lang, 'summaryDrawn')} ${s.drawn})`, testid: 'sum-count' },
      { key: 'summaryLandArea', value: formatArea(s.landAreaM2, state.lang), testid: 'sum-land' },
      { key: 'summaryHouseholds', value: formatNumber(s.households, state.lang, 0), testid: 'sum-households' },
      { key: 'summarySchoolPlaces', value: formatNumber(s.schoolPlaces, state.lang, 0), testid: 'sum-school' },
      { key: 'summaryChildcare', value: formatNumber(s.childcarePlaces, state.lang, 0), testid: 'sum-childcare' },
      { key: 'summaryBeds', value: formatNumber(s.beds, state.lang, 0), testid: 'sum-beds' },
      { key: 'summaryLength', value: `${formatNumber(s.lengthKm, state.lang, 1)} km`, testid: 'sum-length' },
    ];
    return pending ? rows.map((r) => (r.key === 'summaryCount' ? r : { ...r, value: t(state.lang, 'loading') })) : rows;
  };
  return (
    <div class="figures-panel" data-testid="figures-panel">
      <h2 class="panel-title">{t(state.lang, 'summaryTitle')}</h2>
      <dl class="stats">
        <For each={stats()}>
          {(s) => (
            <div class="stat">
              <dt>{t(state.lang, s.key)}</dt>
              <dd data-testid={s.testid}>{s.value}</dd>
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
        rows={(['2024', '2025'] as const).flatMap((year) => [
          { label: `${year} ${t(state.lang, 'done')}`, value: summary().timeline[year].done },
          { label: `${year} ${t(state.lang, 'plannedMilestone')}`, value: summary().timeline[year].planned },
        ])}
      />
    </div>
  );
}
