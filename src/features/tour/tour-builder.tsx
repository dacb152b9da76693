import { createMemo, For, Show } from 'solid-js';
import { validateTours } from '../../data/tour-check';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { BuilderActions, BuilderFields, useDraft } from './builder-parts';
import { BuilderStop } from './builder-stop';
import { addStop, draftToSource, zoomOffsetFor } from './tour-draft';
import './tour-views.css';

/**
 * "My tour": build a tour from the explorer. Add the selected project as a stop (with the current
 * camera and filters), edit captions and notes, reorder, delete, preview, download the tour file
 * for `geodata/tours/`, or copy a link that carries the tour. The draft stays in this browser.
 */
export function TourBuilder(props: { onClose: () => void }) {
  const { state, derived } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const { draft, setDraft } = useDraft();
  const selected = () => {
    const r = state.selected ? derived.byId().get(state.selected) : undefined;
    return r?.scope === 'site' && r.bbox ? r : undefined;
  };
  const add = () => {
    const r = selected();
    if (!r) return;
    const cam = state.camera;
    const map = document.querySelector('.map');
    const viewport = { width: map?.clientWidth || window.innerWidth, height: map?.clientHeight || window.innerHeight };
    const { bureaus, statuses, years, categories } = state.filters;
    const camera = {
      pitch: Math.round(cam?.pitch ?? 0),
      bearing: Math.round(cam?.bearing ?? 0),
      zoomOffset: cam ? zoomOffsetFor(cam.zoom, r.bbox!, viewport) : 0,
    };
    const filters = { bureaus: [...bureaus], statuses: [...statuses], years: [...years], categories: [...categories] };
    setDraft(
      addStop(draft(), {
        project: r.id,
        caption: { zh: '', en: '' },
        notes: { zh: '', en: '' },
        camera,
        filters,
      }),
    );
  };
  // The data build's own checks, so a downloaded file is one `npm run data` accepts.
  const errors = createMemo(() => {
    const source = draftToSource(draft());
    const records = derived.records();
    const check = validateTours(
      [{ file: `${source.id}.yaml`, data: source }],
      new Map(records.map((r) => [r.id, r.scope])),
      new Map(records.map((r) => [r.id, r.figures.length])),
    );
    return check.errors.map((e) => e.replace(/^[^,]*, /, ''));
  });
  return (
    <section class="builder" aria-labelledby="builder-title" data-testid="tour-builder">
      <header>
        <h2 id="builder-title">{tr('builderTitle')}</h2>
        <button type="button" class="button button-small" aria-label={tr('close')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <BuilderFields draft={draft} setDraft={setDraft} />
      <button type="button" class="button" disabled={!selected()} onClick={add} data-testid="builder-add">
        {tr('builderAdd')}
      </button>
      <Show when={!selected()}>
        <p class="hint">{tr('builderSelectFirst')}</p>
      </Show>
      <Show when={draft().stops.length > 0} fallback={<p>{tr('builderEmpty')}</p>}>
        <ol data-testid="builder-stops">
          <For each={draft().stops}>
            {(stop, i) => <BuilderStop stop={stop} index={i()} draft={draft()} setDraft={setDraft} />}
          </For>
        </ol>
      </Show>
      <Show when={draft().stops.length > 0 && errors().length > 0}>
        <p class="builder-errors" role="alert">
          {tr('builderInvalid')} {errors().join('; ')}
        </p>
      </Show>
      <BuilderActions draft={draft} ready={draft().stops.length > 0 && errors().length === 0} />
    </section>
  );
}
