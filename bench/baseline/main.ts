/**
 * Baseline for "time to first useful map": a bare MapLibre map with no UI that fetches the same
 * project layers as the app (/data/layers/{areas,lines,points}.geojson) and draws them with plain
 * fill/line/circle layers on a blank background. Marks `first-map` like the app. Exposes `window.__yangpu = { map }` like the app.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);

// Same initial view as the app (src/config.ts YANGPU_BOUNDS, padding 16).
const BOUNDS: [number, number, number, number] = [121.488, 31.248, 121.565, 31.345];

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      areas: { type: 'geojson', data: '/data/layers/areas.geojson' },
      lines: { type: 'geojson', data: '/data/layers/lines.geojson' },
      points: { type: 'geojson', data: '/data/layers/points.geojson' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      { id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#3d7ea6', 'fill-opacity': 0.35 } },
      { id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': '#3d7ea6', 'line-width': 1.5 } },
      { id: 'lines', type: 'line', source: 'lines', paint: { 'line-color': '#c0504d', 'line-width': 4 } },
      {
        id: 'points',
        type: 'circle',
        source: 'points',
        paint: {
          'circle-color': '#e08a1e',
          'circle-radius': 6,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1.5,
        },
      },
    ],
  },
  bounds: BOUNDS,
  fitBoundsOptions: { padding: 16 },
  attributionControl: false,
});

// `window.__yangpu` is declared by src/map/test-hooks.ts.
window.__yangpu = { map };

// The same moment as the app's mark: the first frame that draws every source with its features.
const firstMap = () => {
  if (!['areas', 'lines', 'points'].every((id) => map.isSourceLoaded(id) && map.querySourceFeatures(id).length > 0))
    return;
  map.off('render', firstMap);
  performance.mark('first-map');
};
map.on('render', firstMap);
