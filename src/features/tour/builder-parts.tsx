import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { download } from '../export/download';
import {
  draftToSource,
  encodeTourData,
  loadDraft,
  MY_TOUR_ID,
  saveDraft,
  SHARED_TOUR_ID,
  toTourYaml,
  type Draft,
} from './tour-draft';

/** The draft tour, kept in this browser; a failed save says so once. */
export function useDraft() {
  const { state, actions } = useAppState();
  const [draft, setDraftSignal] = createSignal<Draft>(loadDraft(globalThis.localStorage));
  const setDraft = (d: Draft) => {
    setDraftSignal(d);
    if (!saveDraft(globalThis.localStorage, d))
      actions.notify('builder-save', 'info', t(state.lang, 'builderSaveFailed'));
  };
  return { draft, setDraft };
}

type DraftAccess = ReturnType<typeof useDraft>;

/** The tour's title in both languages and its file id. */
export function BuilderFields(props: DraftAccess) {
  const { state } = useAppState();
  const title = (lang: 'zh' | 'en', value: string) =>
    props.setDraft({ ...props.draft(), title: { ...props.draft().title, [lang]: value } });
  return (
    <>
      <label>
        {t(state.lang, 'builderTourTitle')} (中文)
        <input
          value={props.draft().title.zh}
          onChange={(e) => title('zh', e.currentTarget.value)}
          data-testid="builder-title-zh"
        />
      </label>
      <label>
        {t(state.lang, 'builderTourTitle')} (English)
        <input
          value={props.draft().title.en}
          onChange={(e) => title('en', e.currentTarget.value)}
          data-testid="builder-title-en"
        />
      </label>
      <label>
        {t(state.lang, 'builderFileId')}
        <input
          value={props.draft().id}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          onChange={(e) => props.setDraft({ ...props.draft(), id: e.currentTarget.value.trim() })}
          data-testid="builder-id"
        />
      </label>
    </>
  );
}

/** Preview, download the tour file, copy a link that carries the tour; off while the draft is empty or invalid. */
export function BuilderActions(props: { draft: () => Draft; ready: boolean }) {
  const { state, actions } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const shareLink = () => {
    const url = new URL(window.location.href);
    const lang = state.lang === 'en' ? '&lang=en' : '';
    url.search = `?tour=${SHARED_TOUR_ID}&stop=1&td=${encodeTourData(draftToSource(props.draft()))}${lang}`;
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
  const saveFile = () =>
    download(
      `${props.draft().id}.yaml`,
      new Blob([toTourYaml(draftToSource(props.draft()))], { type: 'application/yaml' }),
    );
  return (
    <div class="builder-actions">
      <button
        type="button"
        class="button"
        disabled={!props.ready}
        onClick={() => actions.startTour(MY_TOUR_ID, 0)}
        data-testid="builder-preview"
      >
        {tr('builderPreview')}
      </button>
      <button type="button" class="button" disabled={!props.ready} onClick={saveFile} data-testid="builder-download">
        {tr('builderDownload')}
      </button>
      <button
        type="button"
        class="button"
        disabled={!props.ready}
        onClick={() => void copyLink()}
        data-testid="builder-link"
      >
        {tr('builderLink')}
      </button>
    </div>
  );
}
