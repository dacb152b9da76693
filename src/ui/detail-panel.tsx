import { createMemo, For, onCleanup, Show } from 'solid-js';
import type { ProjectRecord } from '../data/types';
import { LABELS, partLabel, t } from '../i18n';
import { categoryCss } from '../map/project-theme';
import { useAppState } from '../state/context';
import { ReportErrorLink } from './detail/report-error-link';
import { formatArea, formatNumber, formatPercent } from './format';
import { readerBasis } from './place-basis';
import { StatusEvidence } from './status-evidence';

/** The selected project in full: names, figures, land area reported vs computed, milestones, quotes, basis. */
export function DetailPanel() {
  const { state, actions, data, derived } = useAppState();
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && state.selected && !(e.target instanceof HTMLInputElement)) actions.select(null);
  };
  window.addEventListener('keydown', onKey);
  onCleanup(() => window.removeEventListener('keydown', onKey));
  return (
    <Show when={derived.selectedRecord()}>
      {(record) => (
        <section class="detail-panel" aria-label={t(state.lang, 'details')} data-testid="detail-panel">
          <header class="detail-header">
            <span class="swatch" style={{ background: categoryCss(record().category) }} aria-hidden="true" />
            <div>
              <h2 data-testid="detail-name">{record().name[state.lang]}</h2>
              <p class="detail-alt" lang={state.lang === 'zh' ? 'en' : 'zh-CN'}>
                {record().name[state.lang === 'zh' ? 'en' : 'zh']}
              </p>
            </div>
            <button
              type="button"
              class="button button-small"
              aria-label={t(state.lang, 'close')}
              onClick={() => actions.select(null)}
              data-testid="detail-close"
            >
              ×
            </button>
          </header>
          <DetailBody record={record()} />
        </section>
      )}
    </Show>
  );

  function DetailBody(props: { record: ProjectRecord }) {
    const r = () => props.record;
    const bureaus = () =>
      r()
        .bureaus.map((id) => derived.bureauName(id))
        .join('、');
    const places = createMemo(() =>
      r()
        .placeIds.map((id) => data()?.catalog.places.find((p) => p.id === id))
        .filter((p) => p !== undefined),
    );
    const related = createMemo(() => {
      const ids = new Set(r().related);
      for (const other of derived.records()) {
        if (other.id !== r().id && other.placeIds.some((p) => r().placeIds.includes(p))) ids.add(other.id);
      }
      return [...ids].map((id) => derived.byId().get(id)).filter((x) => x !== undefined);
    });
    /** The outlines of the record's polygon places, named for the reader (several when they differ). */
    const outlineText = () =>
      [...new Set(places().flatMap((p) => (p!.outline ? [LABELS.outline[p!.outline][state.lang]] : [])))].join(
        state.lang === 'zh' ? '、' : ', ',
      );
    return (
      <div class="detail-body">
        <dl class="facts">
          <dt>{t(state.lang, 'bureau')}</dt>
          <dd data-testid="detail-bureaus">{bureaus()}</dd>
          <dt>{t(state.lang, 'category')}</dt>
          <dd>{LABELS.category[r().category][state.lang]}</dd>
          <dt>{t(state.lang, 'status')}</dt>
          <dd>
            <span class={`status status-${r().status}`} data-testid="detail-status">
              {LABELS.status[r().status][state.lang]}
            </span>
            <Show when={r().statusHistory.length > 1}>
              {' '}
              (
              {r()
                .statusHistory.map((h) => `${h.year}: ${LABELS.status[h.status][state.lang]}`)
                .join(' → ')}
              )
            </Show>
            <StatusEvidence record={r()} reports={data()?.catalog.reports ?? []} lang={state.lang} />
          </dd>
          <dt>{t(state.lang, 'years')}</dt>
          <dd>{r().years.join('、')}</dd>
          <Show when={r().scope === 'district'}>
            <dt>{t(state.lang, 'location')}</dt>
            <dd>{t(state.lang, 'districtWide')}</dd>
          </Show>
        </dl>

        <h3>{t(state.lang, 'figures')}</h3>
        <Show
          when={r().figures.length > 0}
          fallback={
            <p class="hint" role="status">
              {t(state.lang, data()?.details === 'loading' ? 'detailsLoading' : 'noFigures')}
            </p>
          }
        >
          <ul class="figures" data-testid="detail-figures">
            <For each={r().figures}>
              {(f) => (
                <li>
                  <span class="figure-value">{f.text}</span>
                  <Show when={f.label}>
                    <span class="figure-label"> {f.label![state.lang]}</span>
                  </Show>
                  <Show when={f.unit === 'm²' && f.value >= 10_000}>
                    <span class="figure-norm"> = {formatArea(f.value, state.lang)}</span>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>

        <Show when={r().areaReportedM2 !== undefined || r().areaComputedM2 !== undefined}>
          <h3>{t(state.lang, 'landArea')}</h3>
          <table class="area-table" data-testid="detail-area">
            <tbody>
              <tr>
                <th scope="row">{t(state.lang, 'reported')}</th>
                <td>{r().areaReportedM2 !== undefined ? formatArea(r().areaReportedM2!, state.lang) : '—'}</td>
              </tr>
              <tr>
                <th scope="row">{t(state.lang, 'computed')}</th>
                <td>{r().areaComputedM2 !== undefined ? formatArea(r().areaComputedM2!, state.lang) : '—'}</td>
              </tr>
              <Show when={r().areaReportedM2 !== undefined && r().areaComputedM2 !== undefined}>
                <tr>
                  <th scope="row">{t(state.lang, 'difference')}</th>
                  <td data-testid="detail-area-diff">
                    {r().areaDiffPct !== undefined
                      ? formatPercent(r().areaDiffPct!, state.lang)
                      : t(state.lang, r().areaOutline === 'nominal' ? 'areaNominalNote' : 'areaSketchNote')}
                  </td>
                </tr>
              </Show>
              <Show when={r().areaOutline}>
                <tr>
                  <th scope="row">{t(state.lang, 'outlineRow')}</th>
                  <td data-testid="detail-area-outline">{outlineText()}</td>
                </tr>
              </Show>
              <Show when={r().precision}>
                <tr>
                  <th scope="row">{t(state.lang, 'precision')}</th>
                  <td>{LABELS.precision[r().precision!][state.lang]}</td>
                </tr>
              </Show>
            </tbody>
          </table>
        </Show>
        <Show when={r().lengthKm !== undefined}>
          <p>
            {t(state.lang, 'length')}: {formatNumber(r().lengthKm!, state.lang, 2)} km
          </p>
        </Show>

        <Show when={r().milestones.length > 0}>
          <h3>{t(state.lang, 'milestones')}</h3>
          <ol class="timeline" data-testid="detail-milestones">
            <For each={[...r().milestones].sort((a, b) => a.when.localeCompare(b.when))}>
              {(m) => (
                <li class={`milestone milestone-${m.state}`}>
                  <span class="milestone-when">{m.when}</span>
                  <span class="milestone-what">{m.what[state.lang]}</span>
                  <span class="milestone-state">{t(state.lang, m.state === 'done' ? 'done' : 'plannedMilestone')}</span>
                </li>
              )}
            </For>
          </ol>
        </Show>

        <h3>{t(state.lang, 'sources')}</h3>
        <Show when={data()?.details === 'loading'}>
          <p class="hint" role="status">
            {t(state.lang, 'detailsLoading')}
          </p>
        </Show>
        <For each={r().quotes}>
          {(q) => (
            <figure class="quote" data-testid="detail-quote">
              <blockquote lang="zh-CN">{q.text}</blockquote>
              <figcaption>
                {derived.bureauName(q.section)} · {partLabel(state.lang, q, data()?.catalog.reports ?? [])} ·{' '}
                {data()?.catalog.reports.find((rep) => rep.id === q.report)?.title[state.lang] ?? q.report}
              </figcaption>
            </figure>
          )}
        </For>

        <Show when={places().length > 0}>
          <h3>{t(state.lang, 'location')}</h3>
          <ul class="places">
            <For each={places()}>
              {(p) => (
                <li>
                  <strong>{state.lang === 'zh' ? p!.name : p!.en}</strong> —{' '}
                  {LABELS.precision[p!.precision][state.lang]}
                  <p class="basis" data-testid="place-basis">
                    {readerBasis(p!, state.lang)}
                  </p>
                </li>
              )}
            </For>
          </ul>
        </Show>

        <Show when={related().length > 0}>
          <h3>{t(state.lang, 'related')}</h3>
          <ul class="related">
            <For each={related()}>
              {(o) => (
                <li>
                  <button type="button" class="link-button" onClick={() => actions.openProject(o!.id)}>
                    {o!.name[state.lang]}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </Show>

        <p class="detail-actions">
          <ReportErrorLink record={r()} />
        </p>
      </div>
    );
  }
}
