import { createMemo, createSignal, For, Show } from 'solid-js';
import { YANGPU_CENTRE, searchPlaces, type PlaceEntry } from '../features/nearby/place-search';
import { NEARBY_LIMIT } from '../features/nearby/index';
import { RADII, walkingMinutes } from '../features/nearby/radius';
import { whatChanges } from '../features/nearby/what-changes';
import { LABELS, t } from '../i18n';
import { categoryCss } from '../map/project-theme';
import { useAppState } from '../state/context';
import { formatNumber } from './format';

/** Metres around a point, as a bounding box [w, s, e, n] for the camera. */
function boxAround([lng, lat]: [number, number], metres: number): [number, number, number, number] {
  const dLat = metres / 111_320;
  const dLng = metres / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [lng - dLng, lat - dLat, lng + dLng, lat + dLat];
}

/**
 * The residents' panel: pick a place (search, geolocation, or a tap on the map), a radius, and
 * the projects within it sorted by true distance, with walking time and what changes.
 */
export function NearbyPanel() {
  const { state, actions, nearby, derived } = useAppState();
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal(0);
  const [open, setOpen] = createSignal(false);
  const [geoMessage, setGeoMessage] = createSignal<string | null>(null);
  const [locating, setLocating] = createSignal(false);
  const suggestions = createMemo(() => (query().trim() ? searchPlaces(nearby.places(), query(), 8) : []));

  const choose = (point: [number, number]) => {
    actions.setNear(point);
    actions.flyTo({ bbox: boxAround(point, nearby.radiusM() * 1.15) });
  };
  const pick = (entry: PlaceEntry) => {
    setQuery(state.lang === 'zh' ? entry.name : entry.en || entry.name);
    setOpen(false);
    setGeoMessage(null);
    choose(entry.point);
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
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const locate = () => {
    setGeoMessage(null);
    if (!('geolocation' in navigator)) return setGeoMessage(t(state.lang, 'geoUnsupported'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        choose([pos.coords.longitude, pos.coords.latitude]);
      },
      (error) => {
        setLocating(false);
        setGeoMessage(t(state.lang, error.code === error.PERMISSION_DENIED ? 'geoDenied' : 'geoUnavailable'));
      },
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  return (
    <div class="nearby-panel" data-testid="nearby-panel">
      <h2 class="panel-title">{t(state.lang, 'nearbyTitle')}</h2>
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
          value={query()}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          data-testid="place-search"
        />
        <Show when={open() && query().trim()}>
          <Show when={suggestions().length > 0} fallback={<p class="hint" role="status">{t(state.lang, 'noPlaceFound')}</p>}>
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
                    <span>{state.lang === 'zh' ? entry.name : entry.en || entry.name}</span>
                    <span class="suggestion-kind">{state.lang === 'zh' ? entry.en : entry.name}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </div>
      <div class="nearby-actions">
        <button type="button" class="button" onClick={locate} disabled={locating()} data-testid="use-location">
          {t(state.lang, locating() ? 'locating' : 'useMyLocation')}
        </button>
        <Show when={state.near}>
          <button type="button" class="button" onClick={() => actions.setNear(null)} data-testid="clear-place">
            {t(state.lang, 'clearPlace')}
          </button>
        </Show>
      </div>
      <p class="hint">{t(state.lang, 'tapMapHint')}</p>
      <Show when={geoMessage()}>
        <p class="message" role="alert" data-testid="geo-message">
          {geoMessage()}
        </p>
      </Show>
      <Show when={nearby.nearInYangpu() === false}>
        <div class="message" role="alert" data-testid="outside-yangpu">
          <p>{t(state.lang, 'outsideYangpu')}</p>
          <button type="button" class="button button-small" onClick={() => choose(YANGPU_CENTRE)}>
            {t(state.lang, 'useDistrictCentre')}
          </button>
        </div>
      </Show>

      <fieldset class="radius" data-testid="radius">
        <legend>{t(state.lang, 'radius')}</legend>
        <For each={RADII}>
          {(r) => (
            <label class="chip" classList={{ checked: state.radius === r.id }}>
              <input type="radio" name="radius" value={r.id} checked={state.radius === r.id} onChange={() => actions.setRadius(r.id)} />
              {r.label[state.lang]}
            </label>
          )}
        </For>
        <p class="hint">{t(state.lang, 'radiusAssumption')}</p>
      </fieldset>

      <Show when={state.near} fallback={<p class="hint">{t(state.lang, 'nearbyPick')}</p>}>
        <h3>
          {t(state.lang, 'nearbyResults')} (<span data-testid="nearby-count">{nearby.results().length}</span>)
        </h3>
        <Show when={nearby.truncated()}>
          <p class="hint">{t(state.lang, 'nearbyTruncated').replace('{n}', String(NEARBY_LIMIT))}</p>
        </Show>
        <Show when={nearby.results().length > 0} fallback={<p class="hint" data-testid="nearby-empty">{t(state.lang, 'nearbyNone')}</p>}>
          <ol class="project-list nearby-results" data-testid="nearby-results">
            <For each={nearby.results()}>
              {(hit) => (
                <li>
                  <button
                    type="button"
                    class="project-item"
                    data-id={hit.id}
                    data-distance={hit.distanceM.toFixed(1)}
                    onClick={() => actions.openProject(hit.id)}
                    onMouseEnter={() => actions.hover(hit.id)}
                    onMouseLeave={() => actions.hover(null)}
                  >
                    <span class="swatch" style={{ background: categoryCss(hit.record.category) }} aria-hidden="true" />
                    <span class="project-name">{hit.record.name[state.lang]}</span>
                    <span class="project-meta">
                      <strong>
                        {hit.distanceM < 1
                          ? t(state.lang, 'inside')
                          : `${formatNumber(Math.round(hit.distanceM), state.lang, 0)} ${t(state.lang, 'metres')}`}
                      </strong>
                      {' · '}
                      {t(state.lang, 'walkMinutes').replace('{n}', String(walkingMinutes(hit.distanceM)))} ·{' '}
                      <span class={`status status-${hit.record.status}`}>{LABELS.status[hit.record.status][state.lang]}</span> ·{' '}
                      {derived.bureauName(hit.record.bureaus[0]!)}
                    </span>
                    <span class="project-change">{whatChanges(hit.record, state.lang)}</span>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Show>
    </div>
  );
}
