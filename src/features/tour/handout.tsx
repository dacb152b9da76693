import { createMemo, For, Show } from 'solid-js';
import { BUILD_DATE } from '../../config';
import { LABELS, t } from '../../i18n';
import { useAppState } from '../../state/context';
import { HandoutStop } from './handout-stop';
import { useTours } from './tour-source';
import './tour-views.css';

/**
 * A printable handout of a tour (`?view=handout&tour=…`), A4 portrait: a title page (name,
 * the data's dates, what the stops cover) and one page per stop (see {@link HandoutStop}).
 */
export function Handout() {
  const { state, data, derived } = useAppState();
  const { active } = useTours();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const records = createMemo(() =>
    (active()?.stops ?? []).map((s) => derived.byId().get(s.project)).filter((r) => r !== undefined),
  );
  const distinct = <T,>(values: T[]) => [...new Set(values)];
  const back = () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('view');
    return url.href;
  };
  return (
    <main class="handout" data-testid="handout" lang={state.lang === 'zh' ? 'zh-CN' : 'en'}>
      <nav class="handout-toolbar">
        <button type="button" class="button" onClick={() => window.print()}>
          {tr('handoutPrint')}
        </button>
        <a class="button" href={back()}>
          {tr('handoutBack')}
        </a>
      </nav>
      <Show when={active()} fallback={<p role="status">{tr(active() === null ? 'tourMissing' : 'tourLoading')}</p>}>
        {(tour) => (
          <>
            <section class="handout-page handout-cover" data-testid="handout-cover">
              <h1>{tour().title[state.lang]}</h1>
              <Show when={tour().description}>{(d) => <p class="handout-lead">{d()[state.lang]}</p>}</Show>
              <dl class="handout-facts">
                <dt>{tr('handoutReport')}</dt>
                <dd>{(data()?.catalog.reports ?? []).map((r) => r.title[state.lang]).join(';')}</dd>
                <dt>{tr('handoutBuilt')}</dt>
                <dd>{BUILD_DATE || '—'}</dd>
              </dl>
              <h2>{tr('handoutCovers')}</h2>
              <p>
                {tour().stops.length} {tr('tourStops')} ·{' '}
                {distinct(records().flatMap((r) => r.bureaus))
                  .map((b) => derived.bureauName(b))
                  .join('、')}
              </p>
              <p>
                {distinct(records().map((r) => r.status))
                  .map((s) => LABELS.status[s][state.lang])
                  .join(' · ')}{' '}
                ·{' '}
                {distinct(records().map((r) => r.category))
                  .map((c) => LABELS.category[c][state.lang])
                  .join('、')}
              </p>
              <ol class="handout-toc">
                <For each={records()}>{(r) => <li>{r.name[state.lang]}</li>}</For>
              </ol>
            </section>
            <For each={tour().stops}>{(stop, i) => <HandoutStop stop={stop} index={i()} />}</For>
          </>
        )}
      </Show>
    </main>
  );
}
