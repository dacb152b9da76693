import { describe, expect, it } from 'vitest';
import { loadData, loadDetails, withDetails } from '../../src/data/load';
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
    const loaded = await loadData({ fetcher, base: '/d/' });
    expect(asked.sort()).toEqual(Object.keys(allFiles()).sort());
    expect(loaded.catalog.records.map((r) => r.id)).toEqual(['fengcheng', 'school', 'district-wide']);
    expect(loaded.layers.points.features.map((f) => f.properties.id)).toEqual(['school']);
    expect(loaded.failures).toEqual([]);
  });

  it('names a layer that failed, and keeps the others', async () => {
    const files = allFiles();
    files['/d/layers/areas.geojson'] = 500;
    files['/d/layers/lines.geojson'] = '{"type": "FeatureCollection", "features": [trunc';
    const loaded = await loadData({ fetcher: fetcherFor(files).fetcher, base: '/d/' });
    expect(loaded.failures.map((f) => f.file).sort()).toEqual(['layers/areas.geojson', 'layers/lines.geojson']);
    expect(loaded.layers.areas.features).toEqual([]);
    expect(loaded.layers.points.features).toHaveLength(1);
  });
});

describe('the catalog details, loaded after the first map', () => {
  const quote = { report: 'yp-2024', section: 'housing' as const, part: '2024' as const, text: '凤城三村成套改造' };
  it('start empty, then withDetails fills each record and place from catalog-details.json', async () => {
    const files = allFiles();
    const core = structuredClone(fixture.catalog);
    core.records = core.records.map(
      ({ quotes: _q, figures: _f, milestones: _m, statusHistory: _s, related: _r, ...rest }) => rest as never,
    );
    core.places = [
      { id: 'p1', name: '凤城', en: 'Fengcheng', aliases: [], precision: 'block', leavesDistrict: false } as never,
    ];
    files['/d/layers/catalog.json'] = core;
    files['/d/layers/catalog-details.json'] = {
      records: { fengcheng: { quotes: [quote], figures: [], milestones: [], statusHistory: [], related: ['school'] } },
      places: { p1: { basis: 'OSM outline' } },
    };
    const { fetcher } = fetcherFor(files);
    const loaded = await loadData({ fetcher, base: '/d/' });
    expect(loaded.details).toBe('loading');
    expect(loaded.catalog.records.map((r) => r.quotes)).toEqual([[], [], []]);
    expect(loaded.catalog.places[0]!.basis).toBe('');
    const full = withDetails(loaded, await loadDetails(fetcher, '/d/'));
    expect(full.details).toBe('ready');
    const byId = new Map(full.catalog.records.map((r) => [r.id, r]));
    expect(byId.get('fengcheng')!.quotes).toEqual([quote]);
    expect(byId.get('fengcheng')!.related).toEqual(['school']);
    expect(byId.get('school')!.quotes).toEqual([]); // no details: stays empty
    expect(full.catalog.places[0]!.basis).toBe('OSM outline');
    expect(full.layers).toBe(loaded.layers); // the map's data is untouched: no re-upload
  });

  it('rejects naming the file when it is missing or not the details', async () => {
    await expect(loadDetails(fetcherFor({}).fetcher, '/d/')).rejects.toMatchObject({ code: 'network' });
    await expect(
      loadDetails(fetcherFor({ '/d/layers/catalog-details.json': [] }).fetcher, '/d/'),
    ).rejects.toMatchObject({ code: 'shape', detail: "the catalog's details" });
  });
});
