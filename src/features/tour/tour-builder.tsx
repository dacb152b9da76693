import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { download } from '../../ui/export-menu';
import { BuilderStop } from './builder-stop';
import { validateTours } from '../../data/tour-check';
import {
  addStop,
  draftToSource,
  encodeTourData,
  loadDraft,
  MY_TOUR_ID,
  saveDraft,
  SHARED_TOUR_ID,
  toTourYaml,
  zoomOffsetFor,
  type Draft,
} from './tour-draft';
import './tour-views.css';

/**
 * "My tour": build a tour from the explorer. Add the selected project as a stop (with the current
 * camera and filters), edit captions and notes, reorder, delete, preview, download the tour file
 * for `geodata/tours/`, or copy a link that carries the tour. The draft stays in this browser.
 */
export function TourBuilder(props: { onClose: () => void }) {
  const { state, actions, derived } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const [draft, setDraftSignal] = createSignal<Draft>(loadDraft(globalThis.localStorage));
  const setDraft = (d: Draft) => {
    setDraftSignal(d);
    if (!saveDraft(globalThis.localStorage, d)) actions.notify('builder-save', 'info', tr('builderSaveFailed'));
  };
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
    setDraft(
      addStop(draft(), {
        project: r.id,
        caption: { zh: '', en: '' },
        notes: { zh: '', en: '' },
        camera: {
          pitch: Math.round(cam?.pitch ?? 0),
          bearing: Math.round(cam?.bearing ?? 0),
          zoomOffset: cam ? zoomOffsetFor(cam.zoom, r.bbox!, viewport) : 0,
        },
        filters: { bureaus: [...bureaus], statuses: [...statuses], years: [...years], categories: [...categories] },
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
  const shareLink = () => {
    const url = new URL(window.location.href);
    url.search = `?tour=${SHARED_TOUR_ID}&stop=1&td=${encodeTourData(draftToSource(draft()))}${state.lang === 'en' ? '&lang=en' : ''}`;
    return url.href;
  };
  // Runs from the button's click handler.
  const copyLink = async () => {
    const link = shareLink();
    const copied = await navigator.clipboard.writeText(link).then(
      () => true,
      () => false,
    );
    actions.notify('builder-link', 'info', copied ? tr('builderLinkCopied') : `${tr('builderLinkManual')} ${link}`);
  };
  return (
    <section class="builder" aria-labelledby="builder-title" data-testid="tour-builder">
      <header>
        <h2 id="builder-title">{tr('builderTitle')}</h2>
        <button type="button" class="button button-small" aria-label={tr('close')} onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <label>
        {tr('builderTourTitle')} (中文)
        <input
          value={draft().title.zh}
          onChange={(e) => setDraft({ ...draft(), title: { ...draft().title, zh: e.currentTarget.value } })}
          data-testid="builder-title-zh"
        />
      </label>
      <label>
        {tr('builderTourTitle')} (English)
        <input
          value={draft().title.en}
          onChange={(e) => setDraft({ ...draft(), title: { ...draft().title, en: e.currentTarget.value } })}
          data-testid="builder-title-en"
        />
      </label>
      <label>
        {tr('builderFileId')}
        <input
          value={draft().id}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          onChange={(e) => setDraft({ ...draft(), id: e.currentTarget.value.trim() })}
          data-testid="builder-id"
        />
      </label>
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
      <div class="builder-actions">
        <button
          type="button"
          class="button"
          disabled={draft().stops.length === 0 || errors().length > 0}
          onClick={() => actions.startTour(MY_TOUR_ID, 0)}
          data-testid="builder-preview"
        >
          {tr('builderPreview')}
        </button>
        <button
          type="button"
          class="button"
          disabled={draft().stops.length === 0 || errors().length > 0}
          onClick={() =>
            download(`${draft().id}.yaml`, new Blob([toTourYaml(draftToSource(draft()))], { type: 'application/yaml' }))
          }
          data-testid="builder-download"
        >
          {tr('builderDownload')}
        </button>
        <button
          type="button"
          class="button"
          disabled={draft().stops.length === 0 || errors().length > 0}
          onClick={() => void copyLink()}
          data-testid="builder-link"
        >
          {tr('builderLink')}
        </button>
      </div>
    </section>
  );
}
