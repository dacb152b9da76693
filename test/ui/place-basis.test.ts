import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { Catalog } from '../../src/data/types';
import { approximateLabel } from '../../src/i18n';
import { readerBasis } from '../../src/ui/place-basis';

const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as Catalog;

describe('readerBasis', () => {
  it('names the OSM feature in the reader’s language, with the credit', () => {
    const place = {
      precision: 'block' as const,
      outline: 'osm' as const,
      osm: { ref: 'geofabrik-pois-a:1', name: '上海市杨浦区控江医院' },
    };
    expect(readerBasis(place, 'zh')).toBe('轮廓取自 OpenStreetMap 的“上海市杨浦区控江医院”(© OpenStreetMap 贡献者)。');
    expect(readerBasis(place, 'en')).toBe(
      'The outline of “上海市杨浦区控江医院” from OpenStreetMap (© OpenStreetMap contributors).',
    );
  });
  it('says how far off an unmatched place may be, and that a report-sized outline is nominal', () => {
    expect(readerBasis({ precision: 'schematic', outline: 'reported-size' }, 'en')).toBe(
      'A diagram of the idea: the exact site or route is not public. The outline is drawn to the size the report gives; no parcel line is public.',
    );
    expect(readerBasis({ precision: 'area' }, 'zh')).toBe('定位到所在片区,误差可达约1公里。');
  });
  it('adds the place’s own note', () => {
    expect(
      readerBasis({ precision: 'street', note: { zh: '新址未公开。', en: 'The new site is not public.' } }, 'en'),
    ).toBe(
      'Placed on the right street or stretch; the position along it may be off by up to about 300 m. The new site is not public.',
    );
  });
  it('never shows the technical trail: no file names or paths, for any place of the real catalog, in Chinese or English', () => {
    for (const p of catalog.places) {
      for (const lang of ['zh', 'en'] as const) {
        const text = readerBasis(p, lang);
        expect(text).not.toMatch(/\.tsv|\.geojson|\.yaml|shared\/|reference row|geofabrik/);
        if (lang === 'zh') expect(text).not.toMatch(/\b(Placed|outline|drawn)\b/);
      }
    }
  });
});

describe('approximateLabel', () => {
  it('gives the error bound for street and area, a plain word for schematic, nothing when located', () => {
    expect(approximateLabel('street', 'en', 300)).toBe('approximate location (± 300 m)');
    expect(approximateLabel('area', 'zh', 1000)).toBe('大致位置(±1公里)');
    expect(approximateLabel('schematic', 'en', null)).toBe('schematic location (the exact site is not public)');
    expect(approximateLabel('block', 'en', 100)).toBe('');
  });
});
