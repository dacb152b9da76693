import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { OUTPUT_FILES } from '../../src/pipeline/build.ts';
import { pinyinKeysOf } from '../../src/pipeline/pinyin.ts';
import { parseArgs, runBuild } from '../../src/pipeline/cli.ts';
import { BASE, FIXTURES } from './fixtures.ts';

const temps: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'yp-pipeline-'));
  temps.push(d);
  return d;
};
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});
const quiet = (): void => {};
/** Every file of a directory, name → bytes. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'latin1')]),
  );
const build = (root: string, out: string): number => runBuild({ command: 'build', root, out }, quiet, quiet);

describe('runBuild', () => {
  it('writes the eight outputs, each a JSON document, and nothing else', () => {
    const out = path.join(tempDir(), 'layers');
    expect(build(BASE, out)).toBe(0);
    // Written out here, not taken from the module: a file added or lost must change this test.
    const expected = [
      'areas.geojson',
      'catalog-details.json',
      'catalog.json',
      'lines.geojson',
      'manifest.json',
      'points.geojson',
      'search-keys.json',
      'tours.json',
    ];
    expect(readdirSync(out).sort()).toEqual(expected);
    expect([...OUTPUT_FILES].sort()).toEqual(expected);
    for (const file of expected)
      expect(() => JSON.parse(readFileSync(path.join(out, file), 'utf8')), file).not.toThrow();
  });

  it('writes pinyin keys for every Han name the app searches (records, places, aliases), none for others', () => {
    const out = path.join(tempDir(), 'layers');
    expect(build(BASE, out)).toBe(0);
    const catalog = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as {
      records: { name: { zh: string } }[];
      places: { name: string; aliases: string[] }[];
    };
    const table = JSON.parse(readFileSync(path.join(out, 'search-keys.json'), 'utf8')).pinyin as Record<
      string,
      string[]
    >;
    const han = /\p{Script=Han}/u;
    const names = [
      ...catalog.records.map((r) => r.name.zh),
      ...catalog.places.flatMap((p) => [p.name, ...p.aliases]),
    ].filter((n) => han.test(n));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) expect(table[name], name).toEqual(pinyinKeysOf(name));
    expect(Object.keys(table).every((k) => han.test(k))).toBe(true);
    expect(pinyinKeysOf('凤城三村')).toEqual(['fengchengsancun', 'fcsc']);
  });

  it('is deterministic: two builds give identical bytes', () => {
    const a = path.join(tempDir(), 'a');
    const b = path.join(tempDir(), 'b');
    expect(build(BASE, a)).toBe(0);
    expect(build(BASE, b)).toBe(0);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('is atomic: a failing build leaves the previous output byte-identical', () => {
    const root = path.join(tempDir(), 'geodata');
    cpSync(BASE, root, { recursive: true });
    const out = path.join(root, 'layers');
    expect(build(root, out)).toBe(0);
    const before = snapshot(out);
    cpSync(path.join(FIXTURES, 'broken/quote-not-verbatim.yaml'), path.join(root, 'catalog/housing.yaml'));
    expect(build(root, out)).toBe(1);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).filter((f) => f.startsWith('.'))).toEqual([]); // no temp dir left behind
  });

  it('refuses a source file over 5 MB without reading it', () => {
    const root = path.join(tempDir(), 'geodata');
    cpSync(BASE, root, { recursive: true });
    writeFileSync(path.join(root, 'gazetteer/huge.yaml'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const errors: string[] = [];
    expect(runBuild({ command: 'build', root, out: path.join(root, 'layers') }, quiet, (s) => errors.push(s))).toBe(1);
    expect(errors[0]).toBe(
      `${root}/gazetteer/huge.yaml: file too large (5242881 bytes > 5242880); refused before parsing`,
    );
  });

  it('writes features sorted by id, coordinates at 6 decimals, polygons counter-clockwise', () => {
    const out = path.join(tempDir(), 'layers');
    build(BASE, out);
    const points = JSON.parse(readFileSync(path.join(out, 'points.geojson'), 'utf8'));
    expect(points.features[0].geometry.coordinates).toEqual([121.551235, 31.271235]);
    const areas = JSON.parse(readFileSync(path.join(out, 'areas.geojson'), 'utf8'));
    expect(areas.features.map((f: { id: string }) => f.id)).toEqual(['fengcheng-sancun-130', 'fuxing-island-greenway']);
    const ring: [number, number][] = areas.features[0].geometry.coordinates[0];
    const signed = ring.slice(1).reduce((s, p, i) => s + (p[0] - ring[i][0]) * (p[1] + ring[i][1]), 0);
    expect(signed).toBeLessThan(0); // shoelace: negative = counter-clockwise
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8').endsWith('}\n')).toBe(true);
  });

  it('computes catalog fields: quote parts, current status, district records included', () => {
    const out = path.join(tempDir(), 'layers');
    build(BASE, out);
    const catalog = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8'));
    const details = JSON.parse(readFileSync(path.join(out, 'catalog-details.json'), 'utf8'));
    // The quotes (and every other detail) are in catalog-details.json only, not twice.
    expect(catalog.records.some((r: object) => 'quotes' in r || 'figures' in r)).toBe(false);
    const byId = Object.fromEntries(
      catalog.records.map((r: { id: string }) => [r.id, { ...r, ...details.records[r.id] }]),
    );
    expect(byId['pocket-parks'].quotes[0].part).toBe('2025');
    expect(byId['pocket-parks'].geometryKinds).toEqual([]);
    expect(byId['fengcheng-sancun-130'].quotes[0].part).toBe('2024');
    expect(byId['fuxing-island-greenway'].geometryKinds).toEqual(['area', 'point']);
    expect(byId['fuxing-island-greenway'].precision).toBe('area');
    expect(byId['qiujiang-dredging'].lengthKm).toBeGreaterThan(3);
  });
});

describe('parseArgs', () => {
  it('defaults --out to <root>/layers', () => {
    expect(parseArgs(['build', '--root', 'x'])).toEqual({ command: 'build', root: 'x', out: path.join('x', 'layers') });
    expect(parseArgs(['coverage'])).toEqual({
      command: 'coverage',
      root: 'geodata',
      out: path.join('geodata', 'layers'),
    });
    expect(parseArgs(['--out', 'o', 'build'])).toEqual({ command: 'build', root: 'geodata', out: 'o' });
  });

  it('refuses an unknown command, a stray word or an unknown option with the usage line', () => {
    for (const argv of [['publish'], [], ['build', 'extra'], ['build', '--rot', 'x'], ['build', '--root']])
      expect(() => parseArgs(argv), argv.join(' ')).toThrow(/^usage: cli.ts build\|coverage/);
  });
});

describe('committed geodata/layers', () => {
  it('are exactly what building the committed geodata/ produces', () => {
    const out = path.join(tempDir(), 'layers');
    expect(build('geodata', out)).toBe(0);
    expect(snapshot('geodata/layers')).toEqual(snapshot(out));
  });
});
