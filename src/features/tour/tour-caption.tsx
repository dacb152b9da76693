import { For, Show } from 'solid-js';
import type { ProjectRecord } from '../../data/types';
import { LABELS } from '../../i18n';
import { useAppState } from '../../state/context';
import { stopFigures, type TourStop } from './tour';

/** The stop's caption: name, bureau, status, years, the tour's caption, key figures and (on demand) the quote. */
export function TourCaption(props: { record: ProjectRecord; stop: TourStop; showQuote: boolean }) {
  const { state, derived } = useAppState();
  const figures = () =>
    stopFigures(props.stop, props.record.figures.length)
      .map((i) => props.record.figures[i]!)
      .filter(Boolean);
  return (
    <section class="tour-caption" aria-live="polite" data-testid="tour-caption">
      <h2 data-testid="tour-name">{props.record.name[state.lang]}</h2>
      <p class="tour-meta">
        {props.record.bureaus.map((b) => derived.bureauName(b)).join('、')} ·{' '}
        <span class={`status status-${props.record.status}`}>{LABELS.status[props.record.status][state.lang]}</span> ·{' '}
        {props.record.years.join('、')}
      </p>
      <Show when={props.stop.caption}>{(caption) => <p class="tour-note">{caption()[state.lang]}</p>}</Show>
      <Show when={figures().length > 0}>
        <ul class="tour-figures">
          <For each={figures()}>
            {(f) => (
              <li>
                <strong>{f.text}</strong>
                <Show when={f.label}>{(label) => <span>{label()[state.lang]}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.showQuote}>
        <blockquote class="tour-quote" lang="zh-CN" data-testid="tour-quote">
          {props.record.quotes[0]?.text}
        </blockquote>
      </Show>
    </section>
  );
}
