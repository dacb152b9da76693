/**
 * Issue 17, items 8–11: hostile inputs to the data build. Each case gives exactly one message
 * (one cause, one message), quoting at most ~200 characters of any value, and never a stack trace.
 * Fixtures: `test/fixtures/pipeline/hostile/` (small ones); large ones are generated here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it, vi } from 'vitest';

import { ID_MAX_LENGTH } from '../../src/data/schema.ts';
import { buildLayers } from '../../src/pipeline/build.ts';
import { main, readTree } from '../../src/pipeline/cli.ts';
import { checkGeometry } from '../../src/pipeline/geometry.ts';
import { checkOutputs } from '../../src/pipeline/output-schema.ts';
import { formatIssue, type Issue } from '../../src/data/issues.ts';
import { BASE, baseFiles, FIXTURES, issuesOf } from './fixtures.ts';

const HOSTILE = path.join(FIXTURES, 'hostile');
const R = (id: string, file = 'catalog/housing.yaml') => `geodata/${file}, record "${id}"`;
const P = (id: string) => `geodata/gazetteer/places.yaml, place "${id}"`;

/** The base files with `target` replaced by `text`. */
function withText(target: string, text: string) {
  return [...baseFiles().filter((f) => f.path !== target), { path: target, bytes: Buffer.byteLength(text), text }];
}
const withHostile = (name: string, target: string) => withText(target, readFileSync(path.join(HOSTILE, name), 'utf8'));

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
/** A temp copy of the base root (for what only exists on disk: links, bytes). */
function tempRoot(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'yp-hostile-'));
  temps.push(dir);
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

/** [case, fixture in hostile/, file it replaces, the one message]. */
const CASES: [string, string, string, string][] = [
  // Item 8
  [
    'a YAML alias bomb',
    'alias-bomb.yaml',
    'catalog/housing.yaml',
    'geodata/catalog/housing.yaml: invalid YAML: too many YAML aliases (more than 100: an alias bomb?)',
  ],
  // Item 9: one cause, one message
  [
    'a YAML error in one catalog (no "no record names this bureau", no "unknown related id")',
    'construction-yaml-error.yaml',
    'catalog/construction.yaml',
    'geodata/catalog/construction.yaml, line 6: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ],
  [
    'a bad field in a record another relates to (no "unknown record id")',
    'related-target-bad-field.yaml',
    'catalog/construction.yaml',
    `${R('qiujiang-dredging', 'catalog/construction.yaml')}, field "category": unknown category "waterworks" (expected one of: housing, land, renewal-area, transport, utilities, water, education, health, elderly-care, employment, culture, innovation, commerce, public-space)`,
  ],
  [
    'a bad field in a place records name (no "place not found")',
    'place-bad-field.yaml',
    'gazetteer/places.yaml',
    `${P('fuxing-island')}, field "precision": unknown precision "roughly" (expected one of: exact, block, street, area, schematic)`,
  ],
  // Item 10
  [
    'a leavesDistrict place reaching Paris',
    'leaves-to-paris.yaml',
    'gazetteer/places.yaml',
    `${P('fuxing-island')}, field "geometry": leaves the Shanghai region [120.85, 30.65, 122.2, 31.9] at [2.35, 48.85]; leavesDistrict allows leaving Yangpu, not Shanghai`,
  ],
  [
    'a leavesDistrict place at latitude 89.99',
    'leaves-to-pole.yaml',
    'gazetteer/places.yaml',
    `${P('fuxing-island')}, field "geometry": leaves the Shanghai region [120.85, 30.65, 122.2, 31.9] at [121.55, 89.99]; leavesDistrict allows leaving Yangpu, not Shanghai`,
  ],
  [
    'a polygon hole outside its shell',
    'hole-outside-shell.yaml',
    'gazetteer/places.yaml',
    `${P('fengcheng-sancun-130')}, field "geometry.coordinates[1]": hole lies outside the polygon's outer ring`,
  ],
  [
    'a polygon of (almost) no area',
    'zero-area.yaml',
    'gazetteer/places.yaml',
    `${P('fengcheng-sancun-130')}, field "geometry": polygon has (almost) no area: 0.26 m² (are its positions on one line?)`,
  ],
  [
    'an id longer than links accept',
    'id-too-long.yaml',
    'catalog/housing.yaml',
    `${R(`pocket-parks-${'x'.repeat(90)}`)}, field "id": too long: ${ID_MAX_LENGTH + 3} characters (at most ${ID_MAX_LENGTH})`,
  ],
  [
    'a name of zero-width characters only',
    'zero-width-name.yaml',
    'catalog/housing.yaml',
    `${R('pocket-parks')}, field "name.zh": must not be empty (only invisible characters)`,
  ],
  [
    'a record related to itself',
    'self-related.yaml',
    'catalog/construction.yaml',
    `${R('fuxing-island-greenway', 'catalog/construction.yaml')}, field "related[1]": a record cannot be related to itself`,
  ],
];

describe('buildLayers with hostile inputs (issue 17, items 8–10)', () => {
  it.each(CASES)('%s: exactly one message', (_what, fixture, target, expected) => {
    const result = buildLayers(withHostile(fixture, target));
    expect(result.issues.map((i) => formatIssue(i, 'geodata'))).toEqual([expected]);
    expect(result.outputs.size).toBe(0);
  });

  it('a 1 MB name: one message that quotes no more than 200 characters of it', () => {
    const housing = readFileSync(path.join(BASE, 'catalog/housing.yaml'), 'utf8').replace(
      'name: { zh: 口袋公园,',
      `name: { zh: ${'长'.repeat(1 << 20)},`,
    );
    const issues = issuesOf(withText('catalog/housing.yaml', housing));
    expect(issues).toEqual([`${R('pocket-parks')}, field "name.zh": too long: 1048576 characters (at most 200)`]);
  });

  it('a 3,000-character unknown value: the message quotes at most 200 characters of it', () => {
    const value = 'x'.repeat(3000);
    const housing = readFileSync(path.join(BASE, 'catalog/housing.yaml'), 'utf8').replace(
      '  bureaus: [housing]\n  category: public-space',
      `  bureaus: [housing, ${value}]\n  category: public-space`,
    );
    const issues = issuesOf(withText('catalog/housing.yaml', housing));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/field "bureaus\[1\]": unknown bureau "x{200}…\(200 of 3000 characters\)"$/);
    expect(issues[0]!.length).toBeLessThan(400);
  });
});

describe('the data build on disk (issue 17, item 8)', () => {
  it('refuses a symbolic link loop and a link out of the root, one message each, without following them', () => {
    const root = tempRoot();
    symlinkSync('.', path.join(root, 'gazetteer/loop'));
    symlinkSync('/etc/hostname', path.join(root, 'catalog/outside.yaml'));
    const issues = buildLayers(readTree(root, [])).issues.map((i: Issue) => formatIssue(i, 'geodata'));
    expect(issues).toEqual([
      'geodata/catalog/outside.yaml: symbolic link refused (sources must be plain files inside the data root)',
      'geodata/gazetteer/loop: symbolic link refused (sources must be plain files inside the data root)',
    ]);
  });

  it('refuses a file that is not valid UTF-8 (instead of reading U+FFFD into a name)', () => {
    const root = tempRoot();
    cpSync(path.join(HOSTILE, 'invalid-utf8.yaml'), path.join(root, 'catalog/housing.yaml'));
    const issues = buildLayers(readTree(root, [])).issues.map((i: Issue) => formatIssue(i, 'geodata'));
    expect(issues).toEqual(['geodata/catalog/housing.yaml: not valid UTF-8 text; save it as UTF-8']);
  });

  it('any other failure (here: the output cannot be written) is one line, not a stack trace', () => {
    const root = tempRoot();
    writeFileSync(path.join(root, 'blocker'), 'a file where the output directory would go');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((s: string) => void errors.push(s));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(main(['build', '--root', root, '--out', path.join(root, 'blocker', 'layers')])).toBe(1);
    } finally {
      spy.mockRestore();
      log.mockRestore();
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^build failed: ENOTDIR/);
    expect(errors[0]).not.toMatch(/\n\s+at /);
  });
});

/** A simple polygon of `n` vertices (a circle around a Yangpu point, closed). */
function circle(n: number, radius = 0.01): [number, number][] {
  const ring = Array.from({ length: n }, (_, i): [number, number] => {
    const a = (2 * Math.PI * i) / n;
    return [121.53 + radius * Math.cos(a), 31.28 + radius * Math.sin(a)];
  });
  return [...ring, ring[0]!];
}

describe('self-intersection check on large polygons (issue 17, item 11)', () => {
  it('accepts a 100,000-vertex simple polygon in under 5 s', () => {
    const ring = circle(100_000);
    const messages: string[] = [];
    const t0 = performance.now();
    const g = checkGeometry({ type: 'Polygon', coordinates: [ring] }, 'geometry', {
      add: (_f, m) => void messages.push(m),
    });
    const ms = performance.now() - t0;
    expect(messages).toEqual([]);
    expect(g).toBeDefined();
    expect(ms).toBeLessThan(5000);
  });

  it('rejects a 100,000-vertex ring that crosses itself in under 5 s, naming where', () => {
    const ring = circle(100_000);
    // Swap two far-apart vertices: the ring now crosses itself near them.
    [ring[10], ring[50_000]] = [ring[50_000]!, ring[10]!];
    const messages: string[] = [];
    const t0 = performance.now();
    const g = checkGeometry({ type: 'Polygon', coordinates: [ring] }, 'geometry', {
      add: (f, m) => void messages.push(`${f}: ${m}`),
    });
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(g).toBeUndefined();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^geometry: polygon self-intersects near \[121\.5\d*, 31\.2\d*\]$/);
  });

  it('the whole build with a 100,000-vertex place (drawn from a context file) finishes in under 5 s', () => {
    // From a context GeoJSON file: parsing 100,000 positions of YAML alone takes the yaml package ~18 s.
    const water = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: '虬江' },
          geometry: { type: 'Polygon', coordinates: [circle(100_000, 0.004)] },
        },
      ],
    });
    const t0 = performance.now();
    // The river is drawn as a polygon here: its place says how the outline was made.
    const files = withText('context/water.geojson', water).map((f) =>
      f.path === 'gazetteer/places.yaml'
        ? {
            ...f,
            text: (f.text ?? '').replace(
              '  from: { file: context/water.geojson, name: 虬江 }',
              '  outline: sketch\n  from: { file: context/water.geojson, name: 虬江 }',
            ),
          }
        : f,
    );
    const result = buildLayers(files);
    const ms = performance.now() - t0;
    expect(result.issues.map((i) => formatIssue(i))).toEqual([]);
    expect(JSON.parse(result.outputs.get('areas.geojson')!).features.map((f: { id: string }) => f.id)).toContain(
      'qiujiang-dredging',
    );
    expect(ms).toBeLessThan(5000);
  });
});

describe('the build checks its output against the app schema (src/data/schema.ts)', () => {
  it('passes what the base fixture builds, and names an entry the app would drop', () => {
    const built = buildLayers(baseFiles());
    expect(built.issues).toEqual([]);
    const parsed = new Map(
      [...built.outputs].filter(([n]) => n !== 'manifest.json').map(([n, t]) => [n, JSON.parse(t) as unknown]),
    );
    expect(checkOutputs(parsed)).toEqual([]);
    const areas = parsed.get('areas.geojson') as { features: { properties: Record<string, unknown> }[] };
    delete areas.features[0]!.properties.category;
    expect(checkOutputs(parsed).map((i) => formatIssue(i))).toEqual([
      `geodata/layers/areas.geojson, feature "${areas.features[0]!.properties.id}": does not match the app's schema: properties.category: Invalid key: Expected "category" but received undefined`,
    ]);
  });
});
