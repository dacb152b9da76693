import { For } from 'solid-js';
import { t, type StringKey } from '../i18n';
import { BASEMAP_ENV } from '../config';
import { BASEMAP_IDS, isBasemapAvailable, type BasemapId } from '../data/basemap-ids';
import { useAppState } from '../state/context';

const BASEMAP_LABEL: Record<BasemapId, StringKey> = {
  embedded: 'basemapEmbedded',
  osm: 'basemapOsm',
  tianditu: 'basemapTianditu',
};

/** Title bar: app name, basemap picker, language switch (and, on phones, the filters drawer). */
export function Header(props: { filtersOpen: boolean; onToggleFilters: () => void; onTours: () => void }) {
  const { state, actions } = useAppState();
  return (
    <header class="app-header">
      <div class="app-title">
        <h1>{t(state.lang, 'appTitle')}</h1>
        <p>{t(state.lang, 'appSubtitle')}</p>
      </div>
      <div class="app-controls">
        <button
          type="button"
          class="button filters-toggle"
          aria-expanded={props.filtersOpen}
          onClick={() => props.onToggleFilters()}
          data-testid="filters-toggle"
        >
          {t(state.lang, 'filters')}
        </button>
        <label class="control">
          <span>{t(state.lang, 'basemap')}</span>
          <select
            value={state.basemap}
            onChange={(e) => actions.chooseBasemap(e.currentTarget.value as BasemapId)}
            aria-label={t(state.lang, 'basemap')}
            data-testid="basemap-select"
          >
            <For each={BASEMAP_IDS}>
              {(id) => (
                <option value={id} disabled={!isBasemapAvailable(id, BASEMAP_ENV)}>
                  {t(state.lang, isBasemapAvailable(id, BASEMAP_ENV) ? BASEMAP_LABEL[id] : 'basemapTiandituNoKey')}
                </option>
              )}
            </For>
          </select>
        </label>
        <button type="button" class="button" onClick={() => props.onTours()} data-testid="tours-button">
          {t(state.lang, 'tours')}
        </button>
        <button
          type="button"
          class="button"
          lang={state.lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t(state.lang, 'language')}
          onClick={() => actions.setLang(state.lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang-switch"
        >
          {t(state.lang, 'switchLanguage')}
        </button>
      </div>
    </header>
  );
}
