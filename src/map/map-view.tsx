import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { circle } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { MAX_BOUNDS, ONLINE_BASEMAP_TIMEOUT_MS, YANGPU_BOUNDS } from '../config';
import { LAYER_FILES } from '../data/load';
import { t } from '../i18n';
import { useAppState } from '../state/context';
import { basemapStyle } from './basemaps';
import { FIRST_MAP } from './first-map';
import { HIGHLIGHT_SOURCE, NEARBY_SOURCE, PROJECT_SOURCES, interactiveLayerIds, projectLayers } from './layers/projects';
import { syncLayers, syncSources } from './layers/sync';
import { LIGHT } from './theme';

maplibregl.setWorkerUrl(workerUrl);

/** Test and debugging handle: the live map, read by the browser tests through page.evaluate. */
declare global {
  interface Window {
    __yangpu?: { map: maplibregl.Map };
  }
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const HIT_LAYERS = interactiveLayerIds();

/**
 * The only component that drives MapLibre imperatively. It receives state and pushes it to the
 * map: one effect for the style (basemap + language), one for the project sources and layers
 * (MapLibre layers from layers/projects.ts, re-added after a style change); camera changes flow
 * back through actions. An online basemap that errors or stays silent falls back to the
 * embedded one with a notice.
 */
export function MapView() {
  const { state, actions, data, derived, nearby } = useAppState();
  let container!: HTMLDivElement;
  let map: maplibregl.Map | undefined;
  /** The data last handed to each of our sources (re-added with it after a style change). */
  const applied = new Map<string, FeatureCollection>();
  /** Counts loaded styles; 0 while a style is loading (sources and layers cannot be added then). */
  const [styleEpoch, setStyleEpoch] = createSignal(0);

  onMount(() => {
    try {
      map = new maplibregl.Map({
        container,
        style: basemapStyle(state.basemap, LIGHT, state.lang),
        ...(state.camera
          ? { center: state.camera.center, zoom: state.camera.zoom, bearing: state.camera.bearing, pitch: state.camera.pitch }
          : { bounds: YANGPU_BOUNDS, fitBoundsOptions: { padding: 16 } }),
        maxBounds: MAX_BOUNDS,
        attributionControl: false,
      });
    } catch (error) {
      actions.notify('map-error', 'error', `${t(state.lang, 'mapError')} ${String((error as Error).message ?? error)}`);
      return;
    }
    const live = map;
    window.__yangpu = { map: live };
    live.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    live.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    live.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
    const hitAt = (point: maplibregl.Point, radius: number): string | null => {
      const layers = HIT_LAYERS.filter((id) => live.getLayer(id));
      if (!layers.length) return null;
      const box: [maplibregl.PointLike, maplibregl.PointLike] = [[point.x - radius, point.y - radius], [point.x + radius, point.y + radius]];
      const id = live.queryRenderedFeatures(box, { layers })[0]?.properties?.id;
      return typeof id === 'string' ? id : null;
    };
    live.on('click', (e) => {
      const id = hitAt(e.point, 4);
      if (id) {
        actions.select(id);
        if (state.tab !== 'nearby') actions.setPanel('list');
      } else if (state.tab === 'nearby') {
        // In the nearby tab a tap on the map (not on a project) picks the resident's place.
        actions.setNear([e.lngLat.lng, e.lngLat.lat]);
      }
    });
    // Hover: highlight, pointer cursor and a tooltip with the name (as text, never HTML).
    const tooltip = document.createElement('div');
    tooltip.className = 'map-tooltip';
    tooltip.setAttribute('role', 'tooltip');
    tooltip.hidden = true;
    live.getContainer().append(tooltip);
    const hoverAt = (point: maplibregl.Point | null) => {
      const id = point ? hitAt(point, 2) : null;
      actions.hover(id);
      live.getCanvas().style.cursor = id ? 'pointer' : '';
      const record = id ? derived.byId().get(id) : undefined;
      tooltip.hidden = !record;
      if (record && point) {
        tooltip.textContent = record.name[state.lang];
        tooltip.style.transform = `translate(${Math.round(point.x + 12)}px, ${Math.round(point.y + 12)}px)`;
      }
    };
    live.on('mousemove', (e) => hoverAt(e.point));
    live.getCanvas().addEventListener('mouseleave', () => hoverAt(null));
    live.on('movestart', () => (tooltip.hidden = true));
    // A person moving the map (not a programmatic flight) pauses a running tour.
    for (const type of ['dragstart', 'wheel', 'touchstart', 'rotatestart', 'pitchstart'] as const) {
      live.on(type, (e: { originalEvent?: Event }) => {
        if (e.originalEvent) actions.mapTouched();
      });
    }
    // The camera lives in the state (and the URL) from the first frame on, so any view can be returned to.
    const recordCamera = () => {
      const c = live.getCenter();
      actions.setCamera({ center: [c.lng, c.lat], zoom: live.getZoom(), bearing: live.getBearing(), pitch: live.getPitch() });
    };
    live.once('load', recordCamera);
    live.on('moveend', recordCamera);
    watchOnlineBasemap(live);
    // Our sources and layers: added once the style is in, and again after any style change.
    let epochs = 0;
    live.on('styledataloading', () => setStyleEpoch(0));
    live.on('style.load', () => {
      applied.clear();
      setStyleEpoch(++epochs);
    });
    markFirstMap(live);
  });

  /** Every source's data and every layer as the state wants them. */
  const wantedSources = (): Record<string, FeatureCollection> => {
    const loaded = data();
    const marked = [state.hovered, state.selected].filter((id): id is string => id !== null);
    const byRecord = derived.featuresById();
    const highlighted = marked.flatMap((id) =>
      (byRecord.get(id) ?? []).map((f) => ({ ...f, properties: { ...f.properties, role: id === state.selected ? 'selected' : 'hover' } })),
    );
    const near = state.near;
    return {
      [PROJECT_SOURCES.areas]: loaded?.layers.areas ?? EMPTY,
      [PROJECT_SOURCES.lines]: loaded?.layers.lines ?? EMPTY,
      [PROJECT_SOURCES.points]: loaded?.layers.points ?? EMPTY,
      [HIGHLIGHT_SOURCE]: { type: 'FeatureCollection', features: highlighted },
      [NEARBY_SOURCE]: near
        ? { type: 'FeatureCollection', features: [circle(near, nearby.radiusM() / 1000, { steps: 96, units: 'kilometers' }), { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: near } }] }
        : EMPTY,
    };
  };
  const filtering = () => {
    const f = state.filters;
    return f.query.trim() !== '' || f.bureaus.length + f.statuses.length + f.years.length + f.categories.length > 0;
  };
  const wantedLayers = () => projectLayers({ visibleIds: filtering() ? [...derived.filteredIds()] : null, large: state.tour !== null });

  // One sink: the project sources and layers follow what they read (data, filters, selection, hover, place).
  createEffect(() => {
    const sources = wantedSources();
    const layers = wantedLayers();
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

  // Camera requests (list selection, back/forward, tour stops). Reduced motion: cuts, not flights.
  createEffect(
    on(
      () => state.flyTo.seq,
      () => {
        if (!map) return;
        const { bbox, camera, tilt, duration } = state.flyTo;
        map.stop(); // a new request replaces any flight under way
        const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        const ms = reduced ? 0 : (duration ?? 900);
        if (bbox) {
          const [w, s, e, n] = bbox;
          const padding = state.tour
            ? { top: 80, bottom: Math.round(window.innerHeight * 0.34), left: 80, right: 80 }
            : window.innerWidth <= 760
              ? { top: 30, bottom: Math.round(window.innerHeight * 0.45), left: 20, right: 20 } // above the bottom sheet
              : { top: 70, bottom: 70, left: 70, right: 70 };
          // A point has no extent: stop at street level, and a little wider on a tour.
          const maxZoom = state.tour ? 15.3 : 16;
          const fitted = map.cameraForBounds([[w, s], [e, n]], { padding, bearing: tilt?.bearing ?? 0, maxZoom });
          if (!fitted) return;
          const target = {
            center: fitted.center,
            zoom: (fitted.zoom ?? map.getZoom()) + (tilt?.zoomOffset ?? 0),
            bearing: tilt?.bearing ?? 0,
            pitch: tilt?.pitch ?? 0,
          };
          if (ms === 0) map.jumpTo(target);
          else if (state.tour) map.flyTo({ ...target, duration: ms, essential: true });
          else map.easeTo({ ...target, duration: ms });
        } else if (camera) {
          const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
          if (ms === 0 || duration === 0) map.jumpTo(target);
          else map.easeTo({ ...target, duration: ms });
        }
      },
      { defer: true },
    ),
  );

  /** Falls back to the embedded basemap when an online one fails before it has drawn once. */
  function watchOnlineBasemap(live: maplibregl.Map) {
    let settled = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fallBack = () => {
      if (settled || state.basemap === 'embedded') return;
      settled = true;
      clearTimeout(timer);
      actions.setBasemap('embedded');
      actions.notify('basemap-fallback', 'info', t(state.lang, 'basemapFallback'));
    };
    const arm = () => {
      clearTimeout(timer);
      settled = state.basemap === 'embedded';
      if (!settled) timer = setTimeout(fallBack, ONLINE_BASEMAP_TIMEOUT_MS);
    };
    createEffect(on(() => state.basemap, arm));
    live.on('error', fallBack);
    live.on('idle', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
    });
    onCleanup(() => clearTimeout(timer));
  }

  onCleanup(() => {
    map?.remove();
    delete window.__yangpu;
  });

  return <div ref={container} class="map" role="region" aria-label={t(state.lang, 'mapLabel')} />;
}
