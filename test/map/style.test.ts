import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { BASEMAP_IDS } from '../../src/data/basemap-ids';
import { DEFAULT_OSM_STYLE_URL, basemapOrigins, isBasemapAvailable, tiandituStyle } from '../../src/map/basemaps';
import { mapStyle, scaleText } from '../../src/map/map-style';
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

  it('has no glyphs URL, so labels render offline with local fonts', () => {
    expect('glyphs' in buildEmbeddedStyle(LIGHT, 'zh')).toBe(false);
  });

  it('reads only same-origin context files that exist in geodata/context', () => {
    const style = buildEmbeddedStyle(LIGHT, 'zh');
    for (const source of Object.values(style.sources)) {
      const data = (source as { data: string }).data;
      expect(data).toMatch(/^\/data\/context\/[a-z-]+\.geojson$/);
      expect(existsSync(`geodata/context/${data.split('/').pop()}`)).toBe(true);
    }
    expect(Object.keys(style.sources).sort()).toEqual(CONTEXT_FILES.map((f) => `context-${f}`).sort());
  });

  it('labels in the UI language: Chinese names, or English with a Chinese fallback', () => {
    const label = (lang: 'zh' | 'en') => buildEmbeddedStyle(LIGHT, lang).layers.find((l) => l.id === 'context-roads-label')!;
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

  // The environment is passed in, so a key or a style URL set on the machine cannot change the result.
  it('resolves Tianditu without a key to the embedded style, and OSM to the configured URL', () => {
    const input = { lang: 'zh', theme: LIGHT } as const;
    const tianditu = mapStyle({ ...input, basemap: 'tianditu' }, {});
    expect(tianditu.basemap).toBe('embedded');
    expect((tianditu.style as { name?: string }).name).toBe('Yangpu embedded');
    expect(mapStyle({ ...input, basemap: 'tianditu' }, { VITE_TIANDITU_KEY: 'k' }).basemap).toBe('tianditu');
    expect(mapStyle({ ...input, basemap: 'osm' }, {})).toEqual({ basemap: 'osm', style: 'https://tiles.openfreemap.org/styles/liberty' });
    expect(mapStyle({ ...input, basemap: 'osm' }, { VITE_OSM_STYLE_URL: 'http://127.0.0.1:9/s.json' }).style).toBe('http://127.0.0.1:9/s.json');
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
  const style = (lang: 'zh' | 'en', textScale = 1) => mapStyle({ basemap: 'embedded', lang, theme: LIGHT, textScale }, {}).style as StyleSpecification;
  const symbolLayers = (s: StyleSpecification) => s.layers.filter((l) => l.type === 'symbol') as SymbolLayerSpecification[];

  it('changes every label layer, and only the labels, with the language', () => {
    const [zh, en] = [style('zh'), style('en')];
    const changed = zh.layers.filter((l, i) => JSON.stringify(l) !== JSON.stringify(en.layers[i])).map((l) => l.id);
    expect(changed.sort()).toEqual(symbolLayers(zh).map((l) => l.id).sort());
    expect(symbolLayers(en).every((l) => JSON.stringify(l.layout?.['text-field']).includes('name_en'))).toBe(true);
  });

  it('scales every label size and stays a valid style', () => {
    const [one, big] = [style('zh'), style('zh', 1.5)];
    expect(validateStyleMin(big)).toEqual([]);
    const sizes = (s: StyleSpecification) => symbolLayers(s).map((l) => l.layout?.['text-size']);
    expect(sizes(big)).toEqual(sizes(one).map((v) => (typeof v === 'number' ? v * 1.5 : expect.anything())));
    expect(sizes(one).every((v) => typeof v === 'number')).toBe(true);
    expect(style('zh', 1)).toEqual(one);
  });

  it('scales a zoom curve by its outputs, so the expression stays valid', () => {
    const base = buildEmbeddedStyle(LIGHT, 'zh');
    const curve = ['interpolate', ['linear'], ['zoom'], 10, 11, 16, 15];
    const withCurve = { ...base, layers: base.layers.map((l) => (l.id === 'context-roads-label' ? { ...l, layout: { ...l.layout, 'text-size': curve } } : l)) } as StyleSpecification;
    const scaled = scaleText(withCurve, 2);
    expect(validateStyleMin(scaled)).toEqual([]);
    const size = (scaled.layers.find((l) => l.id === 'context-roads-label') as SymbolLayerSpecification).layout!['text-size'];
    expect(size).toEqual(['interpolate', ['linear'], ['zoom'], 10, ['*', 11, 2], 16, ['*', 15, 2]]);
  });
});
