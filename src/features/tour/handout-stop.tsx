import { For, Show } from 'solid-js';
import { LABELS, partLabel, t } from '../../i18n';
import { useAppState } from '../../state/context';
import { StopMapView } from './stop-map-view';
import { stopFigures, type TourStop } from './tour';

/** Quotes per page: the rest are in the app (one stop must fit one A4 page). */
const MAX_QUOTES = 2;

/** One handout page: the stop's map, caption, figures, source quotes with their section, and how precisely it is located. */
export function HandoutStop(props: { stop: TourStop; index: number }) {
  const { state, data, derived } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const record = () => derived.byId().get(props.stop.project);
  const places = () => (data()?.catalog.places ?? []).filter((p) => record()?.placeIds.includes(p.id));
  const part = (q: { report: string; part: string }) => partLabel(state.lang, q, data()?.catalog.reports ?? []);
  return (
    <Show when={record()}>
      {(r) => (
        <section class="handout-page handout-stop" data-testid="handout-stop" data-project={r().id}>
          <h2>
            {props.index + 1}. {r().name[state.lang]}
          </h2>
          <p class="handout-meta">
            {r()
              .bureaus.map((b) => derived.bureauName(b))
              .join('、')}{' '}
            · {LABELS.status[r().status][state.lang]} · {r().years.join('、')}
          </p>
          <StopMapView project={r().id} width={640} height={320} label={r().name[state.lang]} />
          <Show when={props.stop.caption}>{(c) => <p class="handout-caption">{c()[state.lang]}</p>}</Show>
          <Show when={stopFigures(props.stop, r().figures.length).length > 0}>
            <ul class="handout-figures">
              <For each={stopFigures(props.stop, r().figures.length).map((i) => r().figures[i]!)}>
                {(f) => (
                  <li>
                    <strong>{f.text}</strong> {f.label?.[state.lang] ?? ''}
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <h3>{tr('handoutQuote')}</h3>
          <For each={r().quotes.slice(0, MAX_QUOTES)}>
            {(q) => (
              <figure class="handout-quote">
                <blockquote lang="zh-CN">{q.text}</blockquote>
                <figcaption>
                  — {derived.bureauName(q.section)} · {part(q)}
                </figcaption>
              </figure>
            )}
          </For>
          <Show when={r().quotes.length > MAX_QUOTES}>
            <p class="handout-more">{tr('handoutMoreQuotes').replace('{n}', String(r().quotes.length - MAX_QUOTES))}</p>
          </Show>
          <p class="handout-precision">
            <strong>{tr('handoutPrecision')}:</strong>{' '}
            {r().precision ? LABELS.precision[r().precision!][state.lang] : '—'}
            <For each={places()}>
              {(p) => (
                <span class="handout-basis">
                  {' '}
                  · {state.lang === 'zh' ? p.name : p.en}: {p.basis}
                </span>
              )}
            </For>
          </p>
        </section>
      )}
    </Show>
  );
}
