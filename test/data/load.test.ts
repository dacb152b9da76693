import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load';
import { loadedData } from '../state/app-fixture';

/** A fetcher answering from a table of path → body (a string, or a status code to fail with). */
function fetcherFor(files: Record<string, unknown>) {
  const asked: string[] = [];
  const fetcher = (async (url: string) => {
    asked.push(url);
    const body = files[url];
    if (body === undefined) throw new TypeError('Failed to fetch');
    if (typeof body === 'number') return new Response('', { status: body });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
  return { fetcher, asked };
}

const fixture = loadedData();
const allFiles = (): Record<string, unknown> => ({
  '/d/layers/catalog.json': fixture.catalog,
  '/d/layers/areas.geojson': fixture.layers.areas,
  '/d/layers/lines.geojson': fixture.layers.lines,
  '/d/layers/points.geojson': fixture.layers.points,
});

describe('loadData with an injected fetcher', () => {
  it('asks for the catalog and the three layers under the base URL and returns them', async () => {
    const { fetcher, asked } = fetcherFor(allFiles());
    const loaded = await loadData(fetcher, '/d/');
    expect(asked.sort()).toEqual(Object.keys(allFiles()).sort());
    expect(loaded.catalog.records.map((r) => r.id)).toEqual(['fengcheng', 'school', 'district-wide']);
    expect(loaded.layers.points.features.map((f) => f.properties.id)).toEqual(['school']);
    expect(loaded.failures).toEqual([]);
  });

  it('names a layer that failed, and keeps the others', async () => {
    const files = allFiles();
    files['/d/layers/areas.geojson'] = 500;
    files['/d/layers/lines.geojson'] = '{"type": "FeatureCollection", "features": [trunc';
    const loaded = await loadData(fetcherFor(files).fetcher, '/d/');
    expect(loaded.failures.map((f) => f.file).sort()).toEqual(['layers/areas.geojson', 'layers/lines.geojson']);
    expect(loaded.layers.areas.features).toEqual([]);
    expect(loaded.layers.points.features).toHaveLength(1);
  });
});
