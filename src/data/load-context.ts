import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Feature } from 'geojson';
import { DATA_URL } from '../config';

type Named = { name: string; name_en: string; kind?: string };

export interface ContextData {
  roads: Feature<Geometry, Named>[];
  stations: Feature<Geometry, Named>[];
  yangpu: Feature<Polygon | MultiPolygon, Named> | null;
}

/**
 * The context basemap's roads, stations and Yangpu's outline, for place search and the
 * "outside Yangpu" check. A file that fails to load leaves its part empty (search still works
 * on the gazetteer); loaded once, when a resident first opens the nearby tab.
 */
export async function loadContextData(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<ContextData> {
  const get = async (name: string): Promise<Feature<Geometry, Named>[]> => {
    try {
      const response = await fetcher(`${base}context/${name}.geojson`);
      if (!response.ok) return [];
      const fc = (await response.json()) as FeatureCollection<Geometry, Named>;
      return Array.isArray(fc.features) ? fc.features : [];
    } catch {
      return [];
    }
  };
  const [roads, stations, districts] = await Promise.all([get('roads'), get('stations'), get('districts')]);
  const yangpu = districts.find((f) => f.properties?.name === '杨浦区' && /Polygon/.test(f.geometry?.type ?? '')) as
    | Feature<Polygon | MultiPolygon, Named>
    | undefined;
  return { roads, stations, yangpu: yangpu ?? null };
}
