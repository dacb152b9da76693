/**
 * Keeps a map's own GeoJSON sources and layers equal to a wanted set: adds what is missing (after
 * a style change removed it) and changes only the filters and properties that differ, so a filter
 * or hover change costs one `setFilter`/`setData`, never a style rebuild.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type Paint = Parameters<MapLibreMap['getPaintProperty']>[1];
type Layout = Parameters<MapLibreMap['getLayoutProperty']>[1];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Adds missing GeoJSON sources and sets data that changed (compared by identity). */
export function syncSources(
  map: MapLibreMap,
  data: Record<string, FeatureCollection>,
  applied: Map<string, FeatureCollection>,
): void {
  for (const [id, fc] of Object.entries(data)) {
    const source = map.getSource(id) as GeoJSONSource | undefined;
    if (!source) {
      map.addSource(id, { type: 'geojson', data: fc });
      applied.set(id, fc);
    } else if (applied.get(id) !== fc) {
      source.setData(fc);
      applied.set(id, fc);
    }
  }
}

/** Adds missing layers (on top, in the given order) and updates filters, paint and layout that differ. */
export function syncLayers(map: MapLibreMap, layers: readonly LayerSpecification[]): void {
  for (const spec of layers) {
    if (!map.getLayer(spec.id)) {
      map.addLayer(spec);
      continue;
    }
    const filter = 'filter' in spec ? spec.filter : undefined;
    if (!same(map.getFilter(spec.id), filter)) map.setFilter(spec.id, filter ?? null);
    for (const [key, value] of Object.entries(spec.paint ?? {}) as [Paint, unknown][]) {
      if (!same(map.getPaintProperty(spec.id, key), value)) map.setPaintProperty(spec.id, key, value as never);
    }
    for (const [key, value] of Object.entries(('layout' in spec ? spec.layout : undefined) ?? {}) as [
      Layout,
      unknown,
    ][]) {
      if (!same(map.getLayoutProperty(spec.id, key), value)) map.setLayoutProperty(spec.id, key, value as never);
    }
  }
}
