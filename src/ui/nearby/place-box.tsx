import { createMemo, createSignal, For, Show } from 'solid-js';
import { searchPlaces, type PlaceEntry } from '../../features/nearby/place-search';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';

/**
 * The place box: a combobox over the place index (streets, estates, schools, stations…). Between
 * choices it shows how the place was chosen — the searched name, "my location", "a point on the
 * map" — in the UI language; typing takes over until the next choice.
 */
export function PlaceBox(props: { onPick: (entry: PlaceEntry) => void }) {
  const { state, nearby } = useAppState();
  const [typed, setTyped] = createSignal<{ text: string; seq: number } | null>(null);
  const [active, setActive] = createSignal(0);
  const [open, setOpen] = createSignal(false);
  const query = () => (typed()?.seq === state.nearPick.seq ? typed()!.text : '');
  const text = () => {
    if (typed()?.seq === state.nearPick.seq) return typed()!.text;
    const pick = state.nearPick;
    if (pick.kind === 'place' && pick.name) return pick.name[state.lang] || pick.name.zh;
    if (pick.kind === 'location') return t(state.lang, 'myLocation');
    if (pick.kind === 'map') return t(state.lang, 'pointOnMap');
    return pick.kind === 'link' ? t(state.lang, 'chosenPlace') : '';
  };
  const suggestions = createMemo(() => (query().trim() ? searchPlaces(nearby.places(), query(), 8) : []));
  const pick = (entry: PlaceEntry) => {
    setOpen(false);
    props.onPick(entry);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const list = suggestions();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, list.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && list.length) {
      e.preventDefault();
      pick(list[Math.min(active(), list.length - 1)]!);
    } else if (e.key === 'Escape') setOpen(false);
  };
  const label = (entry: PlaceEntry) => (state.lang === 'zh' ? entry.name : entry.en || entry.name);
  return (
    <div class="combobox">
      <input
        type="search"
        role="combobox"
        aria-expanded={open() && suggestions().length > 0}
        aria-controls="place-suggestions"
        aria-autocomplete="list"
        aria-activedescendant={open() && suggestions().length ? `place-${active()}` : undefined}
        aria-label={t(state.lang, 'placeSearch')}
        placeholder={t(state.lang, 'placeSearchPlaceholder')}
        value={text()}
        onInput={(e) => {
          setTyped({ text: e.currentTarget.value, seq: state.nearPick.seq });
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => {
          if (typed()?.seq !== state.nearPick.seq && state.nearPick.kind !== 'place') e.currentTarget.select();
        }}
        onKeyDown={onKeyDown}
        data-testid="place-search"
      />
      <Show when={open() && query().trim()}>
        <Show
          when={suggestions().length > 0}
          fallback={
            <p class="hint" role="status">
              {t(state.lang, 'noPlaceFound')}
            </p>
          }
        >
          <ul id="place-suggestions" role="listbox" class="suggestions" data-testid="place-suggestions">
            <For each={suggestions()}>
              {(entry, i) => (
                <li
                  id={`place-${i()}`}
                  role="option"
                  aria-selected={i() === active()}
                  classList={{ active: i() === active() }}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(entry);
                  }}
                >
                  <span>{label(entry)}</span>
                  <span class="suggestion-kind">{state.lang === 'zh' ? entry.en : entry.name}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </div>
  );
}
