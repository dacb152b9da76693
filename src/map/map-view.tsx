import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { createEffect, createSignal, onCleanup, onMount, untrack } from 'solid-js';
import { BASEMAP_ENV, MAX_BOUNDS, ONLINE_BASEMAP_TIMEOUT_MS, YANGPU_BOUNDS } from '../config';
import type { BasemapId } from '../data/basemap-ids';
import { LAYER_FILES } from '../data/load';
import { t } from '../i18n';
import { tourLabelScale } from '../features/tour/text-scale';
import { useAppState } from '../state/context';
import { showFileNotices } from '../state/fault-notices';
import { afterFirstMap, FIRST_MAP } from '../state/first-map';
import {
  HIGHLIGHT_SOURCE,
  highlightFeatures,
  keepOwnLayers,
  NEARBY_SOURCE,
  nearbyFeatures,
  PROJECT_SOURCES,
  projectLayers,
} from './layers/projects';
import { syncLayers, syncSources } from './layers/sync';
import { localizeLabels, mapStyle } from './map-style';
import { followPointer, projectAt, tooltipText } from './pointer';
import { registerCheckedProtocol, watchContextSources } from './source-faults';
import { followFlights } from './follow-flights';
import { followTourParcels } from './follow-tour-parcels';
import { exposeTestHooks } from './test-hooks';
import { LIGHT } from './theme';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * `transformStyle` for `setStyle`: a style fetched by URL gets its labels in `lang` (null: a style
 * object, already localised); `carry` keeps our project sources and layers (`keepOwnLayers`).
 */
function transformFor(lang: 'zh' | 'en' | null, carry: boolean) {
  return (previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification => {
    const localized = lang ? localizeLabels(next, lang) : next;
    return carry ? keepOwnLayers(previous, localized) : localized;
  };
}

/**
 * The only code that touches the MapLibre map. State flows in through effects that push it to the
 * map (style, project layers, camera requests); the map's own events (a click, a hover, a drag,
 * the camera settling, a basemap failing) flow back through named actions. No effect writes state.
 * The project layers are MapLibre layers (layers/projects.ts): drawn in the map's first frame
 * with the basemap, kept across style changes.
 */
export function MapView() {
  const app = useAppState();
  const { state, actions, data, derived, nearby, mapPort } = app;
  let container!: HTMLDivElement;
  let map: maplibregl.Map | undefined;
  /** The data last handed to each of our sources (re-added with it after a style change). */
  const applied = new Map<string, FeatureCollection>();
  /** Counts loaded styles; 0 while a style is loading (sources and layers cannot be added then). */
  const [styleEpoch, setStyleEpoch] = createSignal(0);
  /** Set once the projects are first drawn: the basemap's lighter files load after that. */
  const [firstMapDrawn, setFirstMapDrawn] = createSignal(false);
  void afterFirstMap().then(() => setFirstMapDrawn(true));
  /** Big-room text in a tour: the map's labels scale with the caption (issue #15). */
  const labelScale = () => (state.tour ? tourLabelScale(state.tourTextScale, window.innerWidth) : 1);

  onMount(() => {
    registerCheckedProtocol(maplibregl.addProtocol, (failure) =>
      showFileNotices(state.lang, actions, { failures: [failure] }),
    );
    try {
      // No style yet: the style effect below sets it, the first time as on every change.
      map = new maplibregl.Map({
        container,
        ...(state.camera
          ? {
              center: state.camera.center,
              zoom: state.camera.zoom,
              bearing: state.camera.bearing,
              pitch: state.camera.pitch,
            }
          : { bounds: YANGPU_BOUNDS, fitBoundsOptions: { padding: 16 } }),
        maxBounds: MAX_BOUNDS,
        attributionControl: false,
      });
    } catch (error) {
      actions.notify('map-error', 'error', `${t(state.lang, 'mapError')} ${String((error as Error).message ?? error)}`);
      return;
    }
    const live = map;
    exposeTestHooks(live);
    live.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    live.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    live.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
    live.on('click', (e) => {
      // In the nearby tab (place-picking mode) a tap on the map picks the resident's place, on a
      // project too: most of the district lies under some polygon. The project stays in the results.
      if (state.tab === 'nearby') return actions.setNear([e.lngLat.lng, e.lngLat.lat], { kind: 'map' });
      const hit = projectAt(live, e.point, 4);
      if (hit) {
        actions.select(hit.id);
        actions.setPanel('list');
      }
    });
    // Hover: highlight, pointer cursor and a tooltip with the name and how approximate it is.
    followPointer(
      live,
      (hit) => {
        const record = derived.byId().get(hit.id);
        return record && tooltipText(record.name[state.lang], hit.precision, state.lang);
      },
      (id) => actions.hover(id),
    );
    // A person moving the map (not a programmatic flight) pauses a running tour.
    for (const type of ['dragstart', 'wheel', 'touchstart', 'rotatestart', 'pitchstart'] as const) {
      live.on(type, (e: { originalEvent?: Event }) => {
        if (e.originalEvent) actions.mapTouched();
      });
    }
    // The camera lives in the state (and the URL) from the first frame on, so any view can be returned to.
    const recordCamera = () => {
      const c = live.getCenter();
      actions.setCamera({
        center: [c.lng, c.lat],
        zoom: live.getZoom(),
        bearing: live.getBearing(),
        pitch: live.getPitch(),
      });
      const b = live.getBounds();
      actions.setViewBounds([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
    };
    live.once('load', recordCamera);
    live.on('moveend', recordCamera);
    // Our sources and layers: added once a style has loaded, and again after a new basemap.
    let epochs = 0;
    live.on('styledataloading', () => setStyleEpoch(0));
    live.on('style.load', () => {
      applied.clear();
      setStyleEpoch(++epochs);
    });
    markFirstMap(live);
    followStyle(live);
    followFlights(live, app);
    followTourParcels(live, app);
    // The canvas keeps no drawing buffer (faster frames): a snapshot is taken inside the render
    // event of a fresh frame, before the browser presents and clears it.
    onCleanup(
      mapPort.connect(
        (use) =>
          new Promise((resolve, reject) => {
            live.once('render', () => {
              const attribution = container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
              try {
                resolve(use({ canvas: live.getCanvas(), attribution }));
              } catch (error) {
                reject(error as Error);
              }
            });
            live.triggerRepaint();
          }),
      ),
    );
    // A context basemap file that fails or stalls is named; the rest of the map draws.
    onCleanup(
      watchContextSources(live, {
        onFailure: (failure) => showFileNotices(state.lang, actions, { failures: [failure] }),
        onSlow: (file) => showFileNotices(state.lang, actions, { failures: [], pending: [file] }),
        onArrived: (file) => showFileNotices(state.lang, actions, { failures: [], settled: [file] }),
      }),
    );
  });

  /** Every source's data as the state wants it. */
  const wantedSources = (): Record<string, FeatureCollection> => {
    const loaded = data();
    const near = state.near;
    return {
      [PROJECT_SOURCES.areas]: loaded?.layers.areas ?? EMPTY,
      [PROJECT_SOURCES.lines]: loaded?.layers.lines ?? EMPTY,
      [PROJECT_SOURCES.points]: loaded?.layers.points ?? EMPTY,
      [HIGHLIGHT_SOURCE]: highlightFeatures(derived.featuresById(), state.hovered, state.selected),
      [NEARBY_SOURCE]: nearbyFeatures(
        near
          ? {
              point: near,
              radiusM: nearby.radiusM(),
              facilities: state.lifeCircle ? nearby.facilities()?.list : undefined,
            }
          : null,
      ),
    };
  };
  const filtering = () => {
    const f = state.filters;
    return f.query.trim() !== '' || f.bureaus.length + f.statuses.length + f.years.length + f.categories.length > 0;
  };

  // One sink: the project sources and layers follow what they read (data, filters, selection,
  // hover, place, tour). The map filter keeps exactly the list's records (the same memo).
  createEffect(() => {
    const sources = wantedSources();
    const layers = projectLayers({
      visibleIds: filtering() ? [...derived.filteredIds()] : null,
      large: state.tour !== null,
    });
    if (!map || styleEpoch() === 0) return;
    syncSources(map, sources, applied);
    syncLayers(map, layers);
  });

  /**
   * `performance.mark('first-map')` in the first frame that draws every project layer with its
   * data (each project source loaded and holding features): the moment the bench, a real-user
   * monitor or the browser's performance panel all measure.
   */
  function markFirstMap(live: maplibregl.Map): void {
    const check = () => {
      const loaded = data();
      if (!loaded) return;
      const ready = LAYER_FILES.every((file) => {
        const id = PROJECT_SOURCES[file];
        if (applied.get(id) !== loaded.layers[file] || !live.getSource(id) || !live.isSourceLoaded(id)) return false;
        return loaded.layers[file].features.length === 0 || live.querySourceFeatures(id).length > 0;
      });
      if (!ready) return;
      live.off('render', check);
      performance.mark(FIRST_MAP);
    };
    live.on('render', check);
  }

  /**
   * The basemap style follows (basemap, language, theme): on a change of basemap the style is
   * replaced; on a change of language or theme only the differences are applied (MapLibre's style
   * diff: the label layers' `text-field`). Either way the project sources and layers are carried
   * into the new style (`keepOwnLayers`) and the camera is untouched. An online basemap that errors, or stays silent for
   * ONLINE_BASEMAP_TIMEOUT_MS, before it has been drawn once is reported to the store, which
   * falls back to the embedded basemap; this effect then draws that.
   */
  function followStyle(live: maplibregl.Map) {
    let shown: { basemap: BasemapId; style: unknown; lang: string } | undefined;
    let loading: BasemapId | null = null; // an online basemap not yet drawn
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      loading = null;
      clearTimeout(timer);
    };
    const fail = () => {
      const failed = loading;
      settle();
      if (failed) actions.basemapFailed(failed);
    };
    createEffect(() => {
      const lang = state.lang;
      const next = mapStyle(
        { basemap: state.basemap, lang, theme: LIGHT, textScale: labelScale(), firstMapDrawn: firstMapDrawn() },
        BASEMAP_ENV,
      );
      const same = shown?.basemap === next.basemap;
      if (same && next.style === shown!.style && lang === shown!.lang) return;
      settle();
      // A style fetched by URL gets its labels in the UI language once it arrives. transformStyle
      // makes MapLibre wait for the current style to load: ours are carried only when it has (a
      // failed online style never loads; then style.load of the next one re-adds our layers).
      const carry = untrack(styleEpoch) > 0;
      const byUrl = typeof next.style === 'string';
      const transformStyle = transformFor(byUrl ? lang : null, carry);
      live.setStyle(next.style, carry || byUrl ? { diff: same, transformStyle } : { diff: same });
      shown = { ...next, lang };
      if (next.basemap !== 'embedded') {
        loading = next.basemap;
        timer = setTimeout(fail, ONLINE_BASEMAP_TIMEOUT_MS);
      }
    });
    live.on('error', (e) => {
      if (loading) fail();
      else console.warn('map:', e.error?.message ?? e);
    });
    live.on('idle', settle);
    onCleanup(settle);
  }

  onCleanup(() => {
    map?.remove();
    map = undefined;
  });

  return <div ref={container} class="map" role="region" aria-label={t(state.lang, 'mapLabel')} />;
}
