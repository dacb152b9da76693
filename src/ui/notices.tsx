import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { useAppState } from '../state/context';

/** Small dismissable notices over the map; errors are announced assertively. */
export function Notices() {
  const { state, actions } = useAppState();
  return (
    <div class="notices" aria-live="polite">
      <Show when={state.basemapOffer}>
        {(offer) => (
          <div class="notice notice-info" role="status" data-testid="notice-basemap-offer">
            <span>{t(state.lang, 'basemapOffer')}</span>
            <button type="button" class="button button-small" onClick={() => actions.acceptBasemapOffer()}>
              {t(state.lang, offer() === 'osm' ? 'basemapOfferOsm' : 'basemapOfferTianditu')}
            </button>
            <button type="button" class="notice-close" aria-label={t(state.lang, 'dismiss')} onClick={() => actions.declineBasemapOffer()}>
              ×
            </button>
          </div>
        )}
      </Show>
      <For each={state.notices}>
        {(notice) => (
          <div class={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid={`notice-${notice.id}`}>
            <span>{notice.text}</span>
            <button type="button" class="notice-close" aria-label={t(state.lang, 'dismiss')} onClick={() => actions.dismiss(notice.id)}>
              ×
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
