import { pinyinKeysOf as pinyin } from '../../src/pipeline/pinyin';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { FeatureProps } from '../../src/data/types';
import { csvCell, exportFileName, toCSV, toGeoJSON } from '../../src/features/export/export';
import { EMPTY_FILTERS, filterRecords } from '../../src/data/filters';
import { buildSearchIndex } from '../../src/data/search-index';
import { fig, makePlace, makeRecord, sampleCatalog } from './records';

/** A strict RFC 4180 parser (CRLF rows, quoted fields with doubled quotes) for round-trip checks. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i >= text.length) return rows;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(text[i])}`);
  }
}

function feature(id: string, geometry: Geometry, extra: Partial<FeatureProps> = {}): Feature<Geometry, FeatureProps> {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: { id, category: 'housing', status: 'completed', precision: 'block', ...extra },
  };
}

function layers(): Record<'areas' | 'lines' | 'points', FeatureCollection<Geometry, FeatureProps>> {
  const poly: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [121.5, 31.2],
        [121.51, 31.2],
        [121.51, 31.21],
        [121.5, 31.2],
      ],
    ],
  };
  return {
    areas: {
      type: 'FeatureCollection',
      features: [feature('fengcheng-sancun-renovation', poly), feature('power-plant-park', poly)],
    },
    lines: {
      type: 'FeatureCollection',
      features: [
        feature('changyang-ai-hub', {
          type: 'LineString',
          coordinates: [
            [121.5, 31.2],
            [121.52, 31.22],
          ],
        }),
      ],
    },
    points: {
      type: 'FeatureCollection',
      features: [
        feature('fengcheng-sancun-renovation', { type: 'Point', coordinates: [121.505, 31.205] }),
        feature('lvdi-school', { type: 'Point', coordinates: [121.53, 31.3] }),
      ],
    },
  };
}

describe('toGeoJSON', () => {
  it('holds exactly the features of the filtered ids, from all three layers', () => {
    const { records, places } = sampleCatalog();
    const index = buildSearchIndex(records, places, pinyin);
    const filtered = filterRecords(records, { ...EMPTY_FILTERS, years: [2025] }, index);
    const ids = new Set(filtered.map((r) => r.id));
    expect(ids).toEqual(new Set(['fengcheng-sancun-renovation', 'changyang-ai-hub', 'lvdi-school']));
    const fc = JSON.parse(toGeoJSON(layers(), ids)) as FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => [f.id, f.geometry.type])).toEqual([
      ['fengcheng-sancun-renovation', 'Polygon'],
      ['changyang-ai-hub', 'LineString'],
      ['fengcheng-sancun-renovation', 'Point'],
      ['lvdi-school', 'Point'],
    ]);
  });

  it("adds each record's description to its features (the layers carry only what the map draws with)", () => {
    const describe = (id: string) =>
      id === 'lvdi-school' ? { name_zh: '绿地小学', bureaus: ['education'], status: 'ignored' } : undefined;
    const fc = JSON.parse(
      toGeoJSON(layers(), new Set(['lvdi-school', 'power-plant-park']), describe),
    ) as FeatureCollection;
    const byId = new Map(fc.features.map((f) => [f.id, f.properties]));
    expect(byId.get('lvdi-school')).toEqual({
      id: 'lvdi-school',
      name_zh: '绿地小学',
      bureaus: ['education'],
      category: 'housing',
      status: 'completed',
      precision: 'block',
    });
    expect(byId.get('power-plant-park')).toEqual({
      id: 'power-plant-park',
      category: 'housing',
      status: 'completed',
      precision: 'block',
    });
  });

  it('is byte-identical whatever the order of ids or of the layer keys', () => {
    const l = layers();
    const a = toGeoJSON(l, new Set(['lvdi-school', 'power-plant-park']));
    const b = toGeoJSON(
      { points: l.points, lines: l.lines, areas: l.areas },
      new Set(['power-plant-park', 'lvdi-school']),
    );
    expect(b).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('writes keys in a fixed order regardless of input key order', () => {
    const f = feature('x', { type: 'Point', coordinates: [121.5, 31.2] });
    const shuffled = {
      properties: f.properties,
      geometry: { coordinates: [121.5, 31.2], type: 'Point' },
      id: 'x',
      type: 'Feature',
    } as Feature;
    const a = toGeoJSON([{ type: 'FeatureCollection', features: [f] }], new Set(['x']));
    const b = toGeoJSON([{ type: 'FeatureCollection', features: [shuffled] }], new Set(['x']));
    expect(b).toBe(a);
    expect(a.startsWith('{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point"')).toBe(
      true,
    );
  });

  it('takes the id from properties when the feature has none, and writes it as feature.id', () => {
    const f: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [0, 0] }, properties: { id: 'p' } };
    const fc = JSON.parse(
      toGeoJSON([{ type: 'FeatureCollection', features: [f] }], new Set(['p'])),
    ) as FeatureCollection;
    expect(fc.features.map((x) => x.id)).toEqual(['p']);
  });

  it("merges extra properties per record id (the evidence) over the feature's own", () => {
    const f = feature('x', { type: 'Point', coordinates: [121.5, 31.2] });
    const fc = JSON.parse(
      toGeoJSON([{ type: 'FeatureCollection', features: [f] }], new Set(['x']), (id) => ({
        quote: `q-${id}`,
        basis: 'b',
      })),
    ) as FeatureCollection;
    expect(fc.features[0]!.properties).toMatchObject({ id: 'x', quote: 'q-x', basis: 'b' });
  });

  it('gives an empty collection for no ids', () => {
    expect(JSON.parse(toGeoJSON(layers(), new Set()))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('toCSV', () => {
  const tricky = 'Estate "Fengcheng", phase 1\nline two =SUM(A1)';

  it('starts with a UTF-8 BOM and ends every row with CRLF', () => {
    const csv = toCSV([makeRecord({ id: 'a' })], 'en');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toHaveLength(3); // header, row, '' after the final CRLF
  });

  it('round-trips a name with a quote, a comma, a newline and =SUM(A1)', () => {
    const csv = toCSV([makeRecord({ id: 'a', name: { zh: '凤城"三村",一期', en: tricky } })], 'en');
    const rows = parseCSV(csv.slice(1));
    expect(rows[1]![1]).toBe('凤城"三村",一期');
    expect(rows[1]![2]).toBe(tricky);
  });

  it('writes the header in the UI language with the eighteen columns', () => {
    const zh = parseCSV(toCSV([], 'zh').slice(1));
    const en = parseCSV(toCSV([], 'en').slice(1));
    expect(en).toEqual([
      [
        'ID',
        'Name (zh)',
        'Name (en)',
        'Bureaus',
        'Category',
        'Status',
        'Years',
        'Land area reported (m²)',
        'Land area computed (m²)',
        'Precision',
        'Figures',
        'First quote',
        'Quote section',
        'Location basis',
        'Bureau codes',
        'Category code',
        'Status code',
        'Precision code',
      ],
    ]);
    expect(zh[0]).toHaveLength(18);
    expect(zh[0]![1]).toBe('名称(中文)');
  });

  it('fills every column from the record', () => {
    const r = makeRecord({
      id: 'fengcheng',
      name: { zh: '凤城三村', en: 'Fengcheng' },
      bureaus: ['housing', 'construction'],
      years: [2024, 2025],
      status: 'under-construction',
      areaReportedM2: 19000,
      areaComputedM2: 18765.4321,
      precision: 'block',
      figures: [fig('floor-area', '1.9万平方米', 19000, 'm²'), fig('households', '759户', 759, 'household')],
      quotes: [
        { report: 'yp-2024', section: 'housing', part: '2024', text: '共约1.9万平方米,受益居民759户' },
        { report: 'yp-2025', section: 'housing', part: '2025', text: 'second' },
      ],
    });
    const catalog = {
      bureaus: [
        { id: 'housing' as const, zh: '区房管局', en: 'Housing Administration Bureau' },
        { id: 'construction' as const, zh: '区建管委', en: 'Construction and Management Commission' },
      ],
      reports: [{ id: 'yp-2024', year: 2024, title: { zh: '2024年汇编', en: '2024 compilation' } }],
      places: [
        makePlace({ id: 'fc', name: '凤城三村', en: 'Fengcheng No. 3', basis: 'outline traced from the estate map' }),
      ],
    };
    r.placeIds = ['fc'];
    // Names in the chosen language, codes in their own columns (issue #18).
    expect(parseCSV(toCSV([r], 'zh', catalog).slice(1))[1]).toEqual([
      'fengcheng',
      '凤城三村',
      'Fengcheng',
      '区房管局;区建管委',
      '住房改造',
      '在建',
      '2024;2025',
      '19000',
      '18765',
      '街坊级(≤100米)',
      '1.9万平方米; 759户',
      '共约1.9万平方米,受益居民759户',
      '区房管局 · 2024年工作 · 2024年汇编',
      '凤城三村: outline traced from the estate map',
      'housing;construction',
      'housing',
      'under-construction',
      'block',
    ]);
    expect(parseCSV(toCSV([r], 'en', catalog).slice(1))[1]!.slice(3, 6)).toEqual([
      'Housing Administration Bureau;Construction and Management Commission',
      'Housing renewal',
      'Under construction',
    ]);
    expect(parseCSV(toCSV([r], 'en', catalog).slice(1))[1]!.slice(9, 14)).toEqual([
      'Block (≤ 100 m)',
      '1.9万平方米; 759户',
      '共约1.9万平方米,受益居民759户',
      'Housing Administration Bureau · 2024 work · 2024 compilation',
      'Fengcheng No. 3: outline traced from the estate map',
    ]);
  });

  it('leaves unknown areas, precision, quotes, section and basis empty', () => {
    const row = parseCSV(toCSV([makeRecord({ id: 'd', scope: 'district' })], 'en').slice(1))[1]!;
    expect([row[7], row[8], row[9], row[11], row[12], row[13], row[17]]).toEqual(['', '', '', '', '', '', '']);
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const names = ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'];
    const csv = toCSV(
      names.map((en, i) => makeRecord({ id: `r${i}`, name: { zh: '安全', en } })),
      'en',
    );
    const rows = parseCSV(csv.slice(1)).slice(1);
    expect(rows.map((r) => r[2])).toEqual(names.map((n) => `'${n}`));
    expect(rows.every((r) => r[1] === '安全')).toBe(true);
  });
});

describe('csvCell', () => {
  it('quotes only when needed and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=1,1')).toBe('"\'=1,1"');
  });
});

describe('exportFileName', () => {
  it('names the file after the local calendar day, zero-padded', () => {
    expect(exportFileName('csv', new Date(2025, 0, 5, 23, 59))).toBe('yangpu-renewal-2025-01-05.csv');
    expect(exportFileName('geojson', new Date(2024, 11, 31, 0, 0))).toBe('yangpu-renewal-2024-12-31.geojson');
    expect(exportFileName('png', new Date(2025, 5, 1))).toBe('yangpu-renewal-2025-06-01.png');
  });
});
