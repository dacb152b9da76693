import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { BASEMAP_IDS } from '../../src/data/basemap-ids';
import { DEFAULT_OSM_STYLE_URL, basemapOrigins, isBasemapAvailable, tiandituStyle } from '../../src/map/basemaps';
import { localizeLabels, mapStyle, scaleText } from '../../src/map/map-style';
import { buildEmbeddedStyle } from '../../src/map/style';
import { LIGHT } from '../../src/map/theme';
import { CONTEXT_FILES } from '../../src/config';
import { existsSync } from 'node:fs';

describe('buildEmbeddedStyle', () => {
  for (const lang of LANGS) {
    it(`is a valid MapLibre style (${lang})`, () => {
      expect(validateStyleMin(buildEmbeddedStyle(LIGHT, lang))).toEqual([]);
    });
  }

  it('draws every label at 13 px or more, at every zoom it shows (issue #18: 11 px names were unreadable)', () => {
    const symbols = buildEmbeddedStyle(LIGHT, 'en').layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) {
      const size = (layer.layout as { 'text-size'?: unknown })['text-size'];
      // A number, or ['interpolate', ['linear'], ['zoom'], z0, s0, z1, s1, …]: its smallest stop.
      const smallest =
        typeof size === 'number'
          ? size
          : Math.min(
              ...(size as unknown[])
                .slice(3)
                .filter((_, i) => i % 2 === 1)
                .map(Number),
            );
      expect(smallest, layer.id).toBeGreaterThanOrEqual(13);
    }
  });

  it('has no glyphs URL, so labels render offline with local fonts', () => {
    expect('glyphs' in buildEmbeddedStyle(LIGHT, 'zh')).toBe(false);
  });

  it('reads only same-origin context files that exist in geodata/context', () => {
    const style = buildEmbeddedStyle(LIGHT, 'zh');
    for (const source of Object.values(style.sources)) {
      const data = (source as { data: string }).data;
      // Same origin, through the protocol that checks each file against the shared schema (issue 17).
      expect(data).toMatch(/^yp-checked:\/\/\/data\/context\/[a-z-]+\.geojson$/);
      expect(existsSync(`geodata/context/${data.split('/').pop()}`)).toBe(true);
    }
    expect(Object.keys(style.sources).sort()).toEqual(CONTEXT_FILES.map((f) => `context-${f}`).sort());
  });

  it('labels in the UI language: Chinese names, or English with a Chinese fallback', () => {
    const label = (lang: 'zh' | 'en') =>
      buildEmbeddedStyle(LIGHT, lang).layers.find((l) => l.id === 'context-roads-label')!;
    expect(JSON.stringify(label('zh').layout)).toContain('["get","name"]');
    expect(JSON.stringify(label('en').layout)).toContain('["coalesce",["get","name_en"],["get","name"]]');
  });

  it('names every layer context-<part>[-<role>] and keeps labels above lines', () => {
    const layers = buildEmbeddedStyle(LIGHT, 'zh').layers;
    expect(layers.every((l) => /^context-[a-z]+(-[a-z]+)*$/.test(l.id))).toBe(true);
    const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
    const lastLine = layers.map((l) => l.type).lastIndexOf('line');
    expect(firstSymbol).toBeGreaterThan(-1);
    expect(layers.slice(firstSymbol).every((l) => l.type === 'symbol')).toBe(true);
    expect(lastLine).toBeLessThan(firstSymbol);
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
  });
});

describe('online basemaps', () => {
  it('offers Tianditu only with a key', () => {
    expect(isBasemapAvailable('tianditu', {})).toBe(false);
    expect(isBasemapAvailable('tianditu', { VITE_TIANDITU_KEY: 'abc' })).toBe(true);
    expect(isBasemapAvailable('osm', {})).toBe(true);
    expect(isBasemapAvailable('embedded', {})).toBe(true);
  });

  it('builds a valid Tianditu style with the key in every tile URL, escaped', () => {
    const style = tiandituStyle('k&ey');
    expect(validateStyleMin(style)).toEqual([]);
    const tiles = Object.values(style.sources).flatMap((s) => (s as { tiles: string[] }).tiles);
    expect(tiles.length).toBe(16);
    expect(tiles.every((u) => u.endsWith('tk=k%26ey'))).toBe(true);
  });

  it('labels Tianditu in the UI language: Chinese (cva) or English (eva) annotation tiles', () => {
    const labelTiles = (lang: 'zh' | 'en') =>
      (tiandituStyle('k', lang).sources['tianditu-labels'] as { tiles: string[] }).tiles[0]!;
    expect(labelTiles('zh')).toContain('/cva_w/');
    expect(labelTiles('en')).toContain('/eva_w/');
  });

  it("puts an online vector style's place names in the UI language, leaving road numbers alone", () => {
    const style: StyleSpecification = {
      version: 8,
      sources: { v: { type: 'vector', url: 'https://example.org/tiles.json' } },
      layers: [
        {
          id: 'place',
          type: 'symbol',
          source: 'v',
          'source-layer': 'place',
          layout: { 'text-field': ['coalesce', ['get', 'name_en'], ['get', 'name']] },
        },
        { id: 'poi', type: 'symbol', source: 'v', 'source-layer': 'poi', layout: { 'text-field': '{name:latin}' } },
        {
          id: 'shield',
          type: 'symbol',
          source: 'v',
          'source-layer': 'transportation_name',
          layout: { 'text-field': ['get', 'ref'] },
        },
        { id: 'water', type: 'fill', source: 'v', 'source-layer': 'water' },
      ],
    };
    const field = (s: StyleSpecification, id: string) =>
      (s.layers.find((l) => l.id === id) as SymbolLayerSpecification).layout?.['text-field'];
    const zh = localizeLabels(style, 'zh');
    expect(field(zh, 'place')).toEqual(['coalesce', ['get', 'name:zh'], ['get', 'name']]);
    expect(field(zh, 'poi')).toEqual(['coalesce', ['get', 'name:zh'], ['get', 'name']]);
    expect(field(zh, 'shield')).toEqual(['get', 'ref']);
    expect(field(localizeLabels(style, 'en'), 'place')).toEqual([
      'coalesce',
      ['get', 'name:en'],
      ['get', 'name_en'],
      ['get', 'name'],
    ]);
    expect(validateStyleMin(localizeLabels(style, 'en'))).toEqual([]);
  });

  // The environment is passed in, so a key or a style URL set on the machine cannot change the result.
  it('resolves Tianditu without a key to the embedded style, and OSM to the configured URL', () => {
    const input = { lang: 'zh', theme: LIGHT } as const;
    const tianditu = mapStyle({ ...input, basemap: 'tianditu' }, {});
    expect(tianditu.basemap).toBe('embedded');
    expect((tianditu.style as { name?: string }).name).toBe('Yangpu embedded');
    expect(mapStyle({ ...input, basemap: 'tianditu' }, { VITE_TIANDITU_KEY: 'k' }).basemap).toBe('tianditu');
    expect(mapStyle({ ...input, basemap: 'osm' }, {})).toEqual({
      basemap: 'osm',
      style: 'https://tiles.openfreemap.org/styles/liberty',
    });
    expect(mapStyle({ ...input, basemap: 'osm' }, { VITE_OSM_STYLE_URL: 'http://127.0.0.1:9/s.json' }).style).toBe(
      'http://127.0.0.1:9/s.json',
    );
    expect(BASEMAP_IDS[0]).toBe('embedded');
    expect(DEFAULT_OSM_STYLE_URL).toBe('https://tiles.openfreemap.org/styles/liberty');
  });

  it('lists the hosts each online basemap contacts, for the CSP', () => {
    expect(basemapOrigins({})).toEqual(['https://tiles.openfreemap.org']);
    expect(basemapOrigins({ VITE_OSM_STYLE_URL: 'http://127.0.0.1:4183/style.json', VITE_TIANDITU_KEY: 'k' })).toEqual([
      'http://127.0.0.1:4183',
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`),
    ]);
  });
});

describe('mapStyle: the embedded style as a function of language and text scale', () => {
  const style = (lang: 'zh' | 'en', textScale = 1) =>
    mapStyle({ basemap: 'embedded', lang, theme: LIGHT, textScale }, {}).style as StyleSpecification;
  const symbolLayers = (s: StyleSpecification) =>
    s.layers.filter((l) => l.type === 'symbol') as SymbolLayerSpecification[];

  it('changes every label layer, and only the labels, with the language', () => {
    const [zh, en] = [style('zh'), style('en')];
    const changed = zh.layers.filter((l, i) => JSON.stringify(l) !== JSON.stringify(en.layers[i])).map((l) => l.id);
    expect(changed.sort()).toEqual(
      symbolLayers(zh)
        .map((l) => l.id)
        .sort(),
    );
    expect(symbolLayers(en).every((l) => JSON.stringify(l.layout?.['text-field']).includes('name_en'))).toBe(true);
  });

  it('scales every label size and stays a valid style', () => {
    const [one, big] = [style('zh'), style('zh', 1.5)];
    expect(validateStyleMin(big)).toEqual([]);
    const sizes = (s: StyleSpecification) => symbolLayers(s).map((l) => l.layout?.['text-size']);
    // A number is multiplied; a zoom curve keeps its stops and scales its outputs; any other
    // expression is wrapped in ['*', expr, scale].
    const scaled = (v: unknown): unknown => {
      if (typeof v === 'number') return v * 1.5;
      if (Array.isArray(v) && v[0] === 'interpolate') {
        const [op, kind, input, ...stops] = v as unknown[];
        return [
          op,
          kind,
          input,
          ...stops.map((x, i) => (i % 2 === 0 ? x : typeof x === 'number' ? x * 1.5 : ['*', x, 1.5])),
        ];
      }
      return ['*', v, 1.5];
    };
    expect(sizes(big)).toEqual(sizes(one).map(scaled));
    expect(sizes(one).some((v) => typeof v === 'number')).toBe(true);
    expect(style('zh', 1)).toEqual(one);
  });

  it('scales a zoom curve by its outputs, so the expression stays valid', () => {
    const base = buildEmbeddedStyle(LIGHT, 'zh');
    const curve = ['interpolate', ['linear'], ['zoom'], 10, 11, 16, 15];
    const withCurve = {
      ...base,
      layers: base.layers.map((l) =>
        l.id === 'context-roads-label' ? { ...l, layout: { ...l.layout, 'text-size': curve } } : l,
      ),
    } as StyleSpecification;
    const scaled = scaleText(withCurve, 2);
    expect(validateStyleMin(scaled)).toEqual([]);
    const size = (scaled.layers.find((l) => l.id === 'context-roads-label') as SymbolLayerSpecification).layout![
      'text-size'
    ];
    expect(size).toEqual(['interpolate', ['linear'], ['zoom'], 10, 22, 16, 30]);
  });
});

describe('the first map waits for fewer basemap files', () => {
  const dataOf = (style: StyleSpecification, file: string) =>
    (style.sources[`context-${file}`] as { data: unknown }).data;
  it('before the first map the landmarks and canal lines are empty sources; every other file is fetched', () => {
    const first = buildEmbeddedStyle(LIGHT, 'zh', false);
    for (const file of ['landmarks', 'water'])
      expect(dataOf(first, file)).toEqual({ type: 'FeatureCollection', features: [] });
    for (const file of CONTEXT_FILES.filter((f) => f !== 'landmarks' && f !== 'water'))
      expect(dataOf(first, file)).toMatch(new RegExp(`context/${file}\\.geojson$`));
  });
  it('after it every file is fetched, and the layers are the same', () => {
    const first = buildEmbeddedStyle(LIGHT, 'zh', false);
    const full = mapStyle({ basemap: 'embedded', lang: 'zh', theme: LIGHT, firstMapDrawn: true }, {})
      .style as StyleSpecification;
    for (const file of CONTEXT_FILES) expect(dataOf(full, file)).toMatch(new RegExp(`context/${file}\\.geojson$`));
    expect(full.layers).toEqual(first.layers);
  });
});
