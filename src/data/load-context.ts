import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { DATA_URL } from '../config';
import { expectShape, faultOf, fetchJson } from './fetch-json';
import type { FileFailure } from './load';
import { CollectionSchema, ContextFeatureSchema, keepValid } from './schema';

type Named = { name: string; name_en: string; kind?: string };

export interface ContextData {
  roads: Feature<Geometry, Named>[];
  stations: Feature<Geometry, Named>[];
  yangpu: Feature<Polygon | MultiPolygon, Named> | null;
  /** Files that failed or were partly invalid (named in a notice). */
  failures: FileFailure[];
}

/**
 * The context basemap's roads, stations and Yangpu's outline, for place search and the
 * "outside Yangpu" check. A file that fails to load leaves its part empty (search still works
 * on the gazetteer) and is listed in `failures`; loaded once, when a resident first opens the
 * nearby tab. Never rejects.
 */
export async function loadContextData(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<ContextData> {
  const failures: FileFailure[] = [];
  const get = async (name: string): Promise<Feature<Geometry, Named>[]> => {
    const file = `context/${name}.geojson`;
    try {
      const shape = expectShape(
        await fetchJson(`${base}${file}`, fetcher),
        CollectionSchema,
        'a GeoJSON FeatureCollection',
      );
      const { valid, dropped } = keepValid(shape.features, ContextFeatureSchema);
      if (dropped) failures.push({ file, dropped, total: shape.features.length });
      return valid as Feature<Geometry, Named>[];
    } catch (error) {
      failures.push({ file, ...faultOf(error) });
      return [];
    }
  };
  const [roads, stations, districts] = await Promise.all([get('roads'), get('stations'), get('districts')]);
  const yangpu = districts.find((f) => f.properties.name === '杨浦区' && /Polygon/.test(f.geometry.type)) as
    Feature<Polygon | MultiPolygon, Named> | undefined;
  return { roads, stations, yangpu: yangpu ?? null, failures };
}
