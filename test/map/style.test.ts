import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { BASEMAP_IDS, OSM_STYLE_URL, basemapStyle, isBasemapAvailable, tiandituStyle } from '../../src/map/basemaps';
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
      // Same origin, through the protocol that checks each file against the shared schema (issue 17).
      expect(data).toMatch(/^yp-checked:\/\/\/data\/context\/[a-z-]+\.geojson$/);
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
    expect(isBasemapAvailable('tianditu', '')).toBe(false);
    expect(isBasemapAvailable('tianditu', 'abc')).toBe(true);
    expect(isBasemapAvailable('osm', '')).toBe(true);
  });

  it('builds a valid Tianditu style with the key in every tile URL, escaped', () => {
    const style = tiandituStyle('k&ey');
    expect(validateStyleMin(style)).toEqual([]);
    const tiles = Object.values(style.sources).flatMap((s) => (s as { tiles: string[] }).tiles);
    expect(tiles.length).toBe(16);
    expect(tiles.every((u) => u.endsWith('tk=k%26ey'))).toBe(true);
  });

  it('falls back to the embedded style when Tianditu has no key (the build has none)', () => {
    const style = basemapStyle('tianditu', LIGHT, 'zh');
    expect(typeof style).toBe('object');
    expect((style as { name?: string }).name).toBe('Yangpu embedded');
    expect(basemapStyle('osm', LIGHT, 'zh')).toBe(OSM_STYLE_URL);
    expect(BASEMAP_IDS[0]).toBe('embedded');
  });
});
