import { describe, expect, it } from 'vitest';

import { BASEMAP_IDS, isBasemapAvailable, type BasemapEnv } from '../../src/data/basemap-ids';
import { isBasemapAvailable as mapIsBasemapAvailable } from '../../src/map/basemaps';

describe('isBasemapAvailable', () => {
  const envs: BasemapEnv[] = [{}, { VITE_TIANDITU_KEY: 'k' }, { VITE_OSM_STYLE_URL: 'http://127.0.0.1:1/s.json' }];

  it('offers Tianditu only with a key, the others always', () => {
    expect(BASEMAP_IDS.filter((id) => isBasemapAvailable(id, {}))).toEqual(['embedded', 'osm']);
    expect(BASEMAP_IDS.filter((id) => isBasemapAvailable(id, { VITE_TIANDITU_KEY: 'k' }))).toEqual([...BASEMAP_IDS]);
  });

  it('agrees with the basemap definitions the map draws from', () => {
    for (const env of envs)
      for (const id of BASEMAP_IDS)
        expect(isBasemapAvailable(id, env), `${id} ${JSON.stringify(env)}`).toBe(mapIsBasemapAvailable(id, env));
  });
});
