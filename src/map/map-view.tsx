import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import { createEffect, createSignal, onCleanup, onMount, untrack } from 'solid-js';
import { BASEMAP_ENV, MAX_BOUNDS, ONLINE_BASEMAP_TIMEOUT_MS, YANGPU_BOUNDS } from '../config';
import type { BasemapId } from '../data/basemap-ids';
import type { FeatureProps } from '../data/types';
import { approximateLabel, t } from '../i18n';
import { reportChunkError } from '../state/chunk-errors';
import { useAppState } from '../state/context';
import { showFileNotices } from '../state/fault-notices';
import type { FlyRequest } from '../state/store';
import { localizeLabels, mapStyle } from './map-style';
import { tourLabelScale } from '../features/tour/text-scale';
import type { buildProjectLayers as BuildProjectLayers } from './overlays';
import { exposeTestHooks } from './test-hooks';
import { PRECISION_RADIUS_M } from './project-theme';
import { registerCheckedProtocol, watchContextSources } from './source-faults';
import { LIGHT } from './theme';

maplibregl.setWorkerUrl(workerUrl);

/**
 * The only code that touches the MapLibre map. State flows in through effects that push it to the
 * map (style, project layers, camera requests); the map's own events (a click, a drag, the camera
 * settling, a basemap failing) flow back through named actions. No effect writes state.
 */
export function MapView() {
  const { state, actions, data, derived, nearby, mapPort } = useAppState();
  let container!: HTMLDivElement;
  let map: maplibregl.Map | undefined;
  let overlay: MapLibreOverlay | undefined;
  /** The project layers last handed to deck.gl, and whether a new style still lacks them. */
  let projectLayers: ReturnType<typeof BuildProjectLayers> = [];
  let reattach = false;
  /** Set once the deck.gl chunk has arrived: the layer builder to call. */
  const [buildProjectLayers, setBuildProjectLayers] = createSignal<typeof BuildProjectLayers>();
  /** Label size factor: a tour's big-room text (its text-size setting × the screen's width), else 1. */
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
        canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (error) {
      actions.notify('map-error', 'error', `${t(state.lang, 'mapError')} ${String((error as Error).message ?? error)}`);
      return;
    }
    const live = map;
    const hooks = exposeTestHooks(live);
    live.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
    live.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    live.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
    // In the nearby tab (place-picking mode) a tap on the map picks the resident's place, on a
    // project too: most of the district lies under some polygon. The project stays in the results.
    live.on('click', (e) => {
      if (state.tab === 'nearby') actions.setNear([e.lngLat.lng, e.lngLat.lat], { kind: 'map' });
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
    followStyle(live);
    followFlights(live);
    onCleanup(
      mapPort.connect(async () => {
        live.triggerRepaint();
        await new Promise((resolve) => live.once('render', resolve));
        const attribution = container.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
        return { canvas: live.getCanvas(), attribution };
      }),
    );
    // A context basemap file that fails or stalls is named; the rest of the map draws.
    onCleanup(
      watchContextSources(live, {
        onFailure: (failure) => showFileNotices(state.lang, actions, { failures: [failure] }),
        onSlow: (file) => showFileNotices(state.lang, actions, { failures: [], pending: [file] }),
        onArrived: (file) => showFileNotices(state.lang, actions, { failures: [], settled: [file] }),
      }),
    );
    // deck.gl arrives as its own chunk, fetched and parsed while MapLibre loads the basemap.
    void Promise.all([import('@deck.gl/maplibre'), import('./overlays')]).then(([deck, overlays]) => {
      if (!map) return; // unmounted meanwhile
      overlay = new deck.MapLibreOverlay({
        interleaved: true,
        layers: [],
        getTooltip: ({ object }: { object?: { properties?: Partial<FeatureProps> } }) => {
          const p = object?.properties;
          if (!p) return null;
          const name = (state.lang === 'zh' ? p.name_zh : p.name_en) ?? '';
          const approx = p.precision ? approximateLabel(p.precision, state.lang, PRECISION_RADIUS_M[p.precision]) : '';
          return { text: approx ? `${name}\n${approx}` : name };
        },
        getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : 'grab'),
      });
      live.addControl(overlay as unknown as maplibregl.IControl);
      if (hooks) hooks.overlay = overlay;
      setBuildProjectLayers(() => overlays.buildProjectLayers);
      reattach = true;
      reattachLayers(live);
    }, reportChunkError);
  });

  // One sink: the deck.gl project layers follow what they read (data, filters, selection, hover, place).
  createEffect(() => {
    const build = buildProjectLayers();
    const loaded = data();
    if (!build || !loaded) return;
    projectLayers = build({
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
        if (state.tab === 'nearby') return; // picking a place (the map's click handler)
        actions.select(id);
        if (id) actions.setPanel('list');
      },
      near: state.near
        ? {
            point: state.near,
            radiusM: nearby.radiusM(),
            facilities: state.lifeCircle ? nearby.facilities()?.list : undefined,
          }
        : null,
      large: state.tour !== null,
    });
    overlay?.setProps({ layers: projectLayers });
    // deck.gl adds new layers to the map only while the style is fully loaded: else, again later.
    if (map && !map.isStyleLoaded()) {
      reattach = true;
      map.triggerRepaint(); // so that an `idle` follows
    }
  });

  /**
   * A new style drops deck.gl's layer, and the overlay (re-)adds layers only when the style has
   * loaded all its sources at the moment it looks (its own `styledata` handler often comes too
   * early, and so may a change of layers): hand it the layers again once the style has loaded.
   */
  function reattachLayers(live: maplibregl.Map) {
    if (!overlay || !live.isStyleLoaded()) return;
    const missing = projectLayers.length > 0 && !live.getLayersOrder().some((id) => id.startsWith('deck-'));
    if (!reattach && !missing) return;
    reattach = false;
    overlay.setProps({ layers: [...projectLayers] });
  }

  /**
   * The basemap style follows (basemap, language, theme): on a change of basemap the style is
   * replaced; on a change of language or theme only the differences are applied (MapLibre's style
   * diff: the label layers' `text-field`). Either way the deck.gl layers are re-added by the
   * overlay and the camera is untouched. An online basemap that errors, or stays silent for
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
      const next = mapStyle({ basemap: state.basemap, lang, theme: LIGHT, textScale: labelScale() }, BASEMAP_ENV);
      const same = shown?.basemap === next.basemap;
      if (same && next.style === shown!.style && lang === shown!.lang) return;
      settle();
      // A style fetched by URL gets its labels in the UI language once it arrives.
      const transformStyle =
        typeof next.style === 'string'
          ? (_: unknown, fetched: StyleSpecification) => localizeLabels(fetched, lang)
          : undefined;
      live.setStyle(next.style, { diff: same, transformStyle });
      reattach ||= !same;
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
    // On `idle` only: never from inside MapLibre's own style or source events (deck.gl's
    // layer-group handling is not re-entrant).
    live.on('idle', () => reattachLayers(live));
    onCleanup(settle);
  }

  /** Camera requests (opening a project, back/forward, tour stops). Reduced motion: cuts, not flights. */
  function followFlights(live: maplibregl.Map) {
    let done = 0; // the last request carried out (a link's request, seq 1, waits for the data)
    createEffect(() => {
      const request: FlyRequest = { ...state.flyTo };
      if (request.seq <= done) return;
      const bbox = request.bbox ?? (request.project ? derived.byId().get(request.project)?.bbox : undefined);
      if (request.project && !bbox && data.loading) return; // framed once the data has it
      done = request.seq;
      untrack(() => fly(live, request, bbox));
    });
  }

  function fly(live: maplibregl.Map, request: FlyRequest, bbox: FlyRequest['bbox']) {
    const { camera, tilt, duration } = request;
    live.stop(); // a new request replaces any flight under way
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
      const fitted = live.cameraForBounds(
        [
          [w, s],
          [e, n],
        ],
        { padding, bearing: tilt?.bearing ?? 0, maxZoom },
      );
      if (!fitted) return;
      const target = {
        center: fitted.center,
        zoom: (fitted.zoom ?? live.getZoom()) + (tilt?.zoomOffset ?? 0),
        bearing: tilt?.bearing ?? 0,
        pitch: tilt?.pitch ?? 0,
      };
      if (ms === 0) live.jumpTo(target);
      else if (state.tour) live.flyTo({ ...target, duration: ms, essential: true });
      else live.easeTo({ ...target, duration: ms });
    } else if (camera) {
      const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
      if (ms === 0 || duration === 0) live.jumpTo(target);
      else live.easeTo({ ...target, duration: ms });
    }
  }

  onCleanup(() => {
    map?.remove();
    map = undefined;
  });

  return <div ref={container} class="map" role="region" aria-label={t(state.lang, 'mapLabel')} />;
}
