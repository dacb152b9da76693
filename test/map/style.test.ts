import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n';
import { BASEMAP_IDS, OSM_STYLE_URL, basemapStyle, isBasemapAvailable, tiandituStyle } from '../../src/map/basemaps';
import { buildEmbeddedStyle, scaleTextSize } from '../../src/map/style';
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

describe('label text scale (issue #15, big-room text)', () => {
  it('multiplies every label size of the embedded style and leaves other layers alone', () => {
    const base = buildEmbeddedStyle(LIGHT, 'zh');
    const big = buildEmbeddedStyle(LIGHT, 'zh', 2);
    const symbols = base.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(3);
    for (const l of symbols) {
      const scaled = big.layers.find((b) => b.id === l.id)!;
      expect((scaled.layout as Record<string, unknown>)['text-size']).toBe(((l.layout as Record<string, unknown>)['text-size'] as number) * 2);
    }
    expect(big.layers.filter((l) => l.type !== 'symbol')).toEqual(base.layers.filter((l) => l.type !== 'symbol'));
  });
  it('scales the outputs of a zoom interpolation, not its stops', () => {
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 10, 12, 16, 20], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 10, 18, 16, 30]);
    expect(scaleTextSize(['step', ['zoom'], 11, 14, 13], 2)).toEqual(['step', ['zoom'], 22, 14, 26]);
  });
});
