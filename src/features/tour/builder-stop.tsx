import { t } from '../../i18n';
import { useAppState } from '../../state/context';
import { moveStop, removeStop, updateStop, type Draft, type DraftStop } from './tour-draft';

/** One stop in the builder: its project, caption and notes in both languages, move up/down, remove. */
export function BuilderStop(props: { stop: DraftStop; index: number; draft: Draft; setDraft: (d: Draft) => void }) {
  const { state, derived } = useAppState();
  const tr = (key: Parameters<typeof t>[1]) => t(state.lang, key);
  const name = () => derived.byId().get(props.stop.project)?.name[state.lang] ?? props.stop.project;
  const edit = (field: 'caption' | 'notes', lang: 'zh' | 'en', value: string) =>
    props.setDraft(updateStop(props.draft, props.index, { [field]: { ...props.stop[field], [lang]: value } }));
  const field = (key: 'caption' | 'notes', lang: 'zh' | 'en') => (
    <label>
      {tr(key === 'caption' ? 'builderCaption' : 'builderNotes')} ({lang === 'zh' ? '中文' : 'English'})
      <textarea
        rows={key === 'notes' ? 2 : 1}
        value={props.stop[key][lang]}
        onChange={(e) => edit(key, lang, e.currentTarget.value)}
        data-testid={`builder-${key}-${lang}`}
      />
    </label>
  );
  return (
    <li data-testid="builder-stop" data-project={props.stop.project}>
      <strong>{name()}</strong>
      {field('caption', 'zh')}
      {field('caption', 'en')}
      <details>
        <summary>{tr('builderNotes')}</summary>
        {field('notes', 'zh')}
        {field('notes', 'en')}
      </details>
      <div class="builder-stop-actions">
        <button
          type="button"
          class="button button-small"
          disabled={props.index === 0}
          onClick={() => props.setDraft(moveStop(props.draft, props.index, -1))}
          aria-label={`${tr('builderUp')}: ${name()}`}
          data-testid="builder-up"
        >
          ↑
        </button>
        <button
          type="button"
          class="button button-small"
          disabled={props.index === props.draft.stops.length - 1}
          onClick={() => props.setDraft(moveStop(props.draft, props.index, 1))}
          aria-label={`${tr('builderDown')}: ${name()}`}
          data-testid="builder-down"
        >
          ↓
        </button>
        <button
          type="button"
          class="button button-small"
          onClick={() => props.setDraft(removeStop(props.draft, props.index))}
          aria-label={`${tr('builderRemove')}: ${name()}`}
          data-testid="builder-remove"
        >
          ✕
        </button>
      </div>
    </li>
  );
}
