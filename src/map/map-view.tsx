import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { MAX_BOUNDS, ONLINE_BASEMAP_TIMEOUT_MS, YANGPU_BOUNDS } from '../config';
import { t } from '../i18n';
import { useAppState } from '../state/context';
import { tourLabelScale } from '../features/tour/text-scale';
import { basemapStyle } from './basemaps';
import type { buildProjectLayers as BuildProjectLayers } from './overlays';
import { LIGHT } from './theme';

maplibregl.setWorkerUrl(workerUrl);

/** Test and debugging handle: the live map, read by the browser tests through page.evaluate. */
declare global {
  interface Window {
    __yangpu?: { map: maplibregl.Map; overlay?: MapLibreOverlay };
  }
}

/**
 * The only component that drives MapLibre imperatively. It receives state and pushes it to the
 * map: one effect for the style (basemap + language), camera changes flow back through actions.
 * An online basemap that errors or stays silent falls back to the embedded one with a notice.
 */
export function MapView() {
  const { state, actions, data, derived, nearby } = useAppState();
  let container!: HTMLDivElement;
  let map: maplibregl.Map | undefined;
  let overlay: MapLibreOverlay | undefined;
  /** Set once the deck.gl chunk has arrived: the layer builder to call. */
  const [buildProjectLayers, setBuildProjectLayers] = createSignal<typeof BuildProjectLayers>();
  /** Label size factor: a tour's big-room text (its text-size setting × the screen's width), else 1. */
  const labelScale = () => (state.tour ? tourLabelScale(state.tourTextScale, window.innerWidth) : 1);

  onMount(() => {
    try {
      map = new maplibregl.Map({
        container,
        style: basemapStyle(state.basemap, LIGHT, state.lang, labelScale()),
        ...(state.camera
          ? { center: state.camera.center, zoom: state.camera.zoom, bearing: state.camera.bearing, pitch: state.camera.pitch }
          : { bounds: YANGPU_BOUNDS, fitBoundsOptions: { padding: 16 } }),
        maxBounds: MAX_BOUNDS,
        attributionControl: false,
        canvasContextAttributes: { preserveDrawingBuffer: true },
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
    // In the nearby tab a tap on the map (not on a project) picks the resident's place.
    live.on('click', (e) => {
      if (state.tab !== 'nearby') return;
      const hit = overlay?.pickObject({ x: e.point.x, y: e.point.y, radius: 4 });
      if (!hit?.object) actions.setNear([e.lngLat.lng, e.lngLat.lat]);
    });
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
    // deck.gl arrives as its own chunk, fetched and parsed while MapLibre loads the basemap.
    void Promise.all([import('@deck.gl/maplibre'), import('./overlays')]).then(([deck, overlays]) => {
      if (!map) return; // unmounted meanwhile
      overlay = new deck.MapLibreOverlay({
        interleaved: true,
        layers: [],
        getTooltip: ({ object }: { object?: { properties?: { name_zh?: string; name_en?: string } } }) =>
          object?.properties ? { text: (state.lang === 'zh' ? object.properties.name_zh : object.properties.name_en) ?? '' } : null,
        getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : 'grab'),
      });
      live.addControl(overlay as unknown as maplibregl.IControl);
      window.__yangpu!.overlay = overlay;
      setBuildProjectLayers(() => overlays.buildProjectLayers);
    });
  });

  // One sink: the deck.gl project layers follow what they read (data, filters, selection, hover, place).
  createEffect(() => {
    const build = buildProjectLayers();
    const loaded = data();
    if (!build || !loaded) return;
    overlay?.setProps({ layers: build({
      layers: loaded.layers,
      featuresById: derived.featuresById(),
      universe: derived.universe(),
      gpu: derived.gpu(),
      filters: { ...state.filters },
      cpuMatch: derived.cpuMatch(),
      selected: state.selected,
      hovered: state.hovered,
      onHover: (id) => actions.hover(id),
      onClick: (id) => {
        actions.select(id);
        if (id && state.tab !== 'nearby') actions.setPanel('list');
      },
      near: state.near ? { point: state.near, radiusM: nearby.radiusM() } : null,
      large: state.tour !== null,
    }) });
  });

  // Label sizes follow the built style's (the style builder owns them; only text-size changes here).
  // While the style is busy, the latest scale is applied once the map is idle.
  const applyLabelScale = () => {
    const style = basemapStyle(state.basemap, LIGHT, state.lang, labelScale());
    if (!map || typeof style === 'string') return;
    for (const l of style.layers) if (l.type === 'symbol' && map.getLayer(l.id)) map.setLayoutProperty(l.id, 'text-size', l.layout?.['text-size']);
  };
  createEffect(on(labelScale, () => (map?.isStyleLoaded() ? applyLabelScale() : map?.once('idle', applyLabelScale)), { defer: true }));

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
