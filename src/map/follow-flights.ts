import type * as maplibregl from 'maplibre-gl';
import { createEffect, untrack } from 'solid-js';
import type { AppContextValue } from '../state/context';
import type { FlyRequest } from '../state/store';

/** Camera requests (opening a project, back/forward, tour stops). Reduced motion: cuts, not flights. */
export function followFlights(live: maplibregl.Map, app: AppContextValue): void {
  const { state, derived, data } = app;
  let done = 0; // the last request carried out (a link's request, seq 1, waits for the data)
  createEffect(() => {
    const request: FlyRequest = { ...state.flyTo };
    if (request.seq <= done) return;
    const bbox = request.bbox ?? (request.project ? derived.byId().get(request.project)?.bbox : undefined);
    if (request.project && !bbox && data.loading) return; // framed once the data has it
    done = request.seq;
    untrack(() => fly(live, request, bbox, state.tour !== null));
  });
}

function fly(live: maplibregl.Map, request: FlyRequest, bbox: FlyRequest['bbox'], touring: boolean): void {
  const { camera, tilt, duration } = request;
  live.stop(); // a new request replaces any flight under way
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const ms = reduced ? 0 : (duration ?? 900);
  if (bbox) {
    const [w, s, e, n] = bbox;
    const padding = touring
      ? { top: 80, bottom: Math.round(window.innerHeight * 0.34), left: 80, right: 80 }
      : window.innerWidth <= 760
        ? { top: 30, bottom: Math.round(window.innerHeight * 0.45), left: 20, right: 20 } // above the bottom sheet
        : { top: 70, bottom: 70, left: 70, right: 70 };
    // A point has no extent: stop at street level, and a little wider on a tour.
    const maxZoom = touring ? 15.3 : 16;
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
    else if (touring) live.flyTo({ ...target, duration: ms, essential: true });
    else live.easeTo({ ...target, duration: ms });
  } else if (camera) {
    const target = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
    if (ms === 0 || duration === 0) live.jumpTo(target);
    else live.easeTo({ ...target, duration: ms });
  }
}
