import { readFileSync } from 'node:fs';
import { expression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BUREAU_IDS, CATEGORIES, STATUSES, type Catalog, type FeatureProps, type Status } from '../../src/data/types';
import { EMPTY_FILTERS, filterRecords, type Filters } from '../../src/data/filters';
import { buildSearchIndex } from '../../src/data/search-index';
import {
  highlightFeatures,
  interactiveLayerIds,
  keepOwnLayers,
  projectLayers,
  projectSources,
  PROJECT_SOURCES,
} from '../../src/map/layers/projects';
import { PLACEMENT_STYLE, placementOf, STATUS_STYLE } from '../../src/map/project-theme';
import { buildEmbeddedStyle } from '../../src/map/style';
import { LIGHT } from '../../src/map/theme';
import { pick, prng } from '../features/records';

// The committed build: the map's filter must keep exactly the records the list keeps.
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as Catalog;
const layers = Object.fromEntries(
  (['areas', 'lines', 'points'] as const).map((f) => [
    f,
    JSON.parse(readFileSync(`geodata/layers/${f}.geojson`, 'utf8')) as FeatureCollection<Geometry, FeatureProps>,
  ]),
) as Record<'areas' | 'lines' | 'points', FeatureCollection<Geometry, FeatureProps>>;
const sourceFile = Object.fromEntries(
  Object.entries(PROJECT_SOURCES).map(([file, id]) => [id, file as keyof typeof layers]),
);
const GEOMETRY_TYPE: Record<string, 1 | 2 | 3> = {
  Point: 1,
  MultiPoint: 1,
  LineString: 2,
  MultiLineString: 2,
  Polygon: 3,
  MultiPolygon: 3,
};

/** What MapLibre's feature filter keeps of a source (the same evaluator MapLibre runs). */
function kept(layer: LayerSpecification): Set<string> {
  const source = (layer as { source?: string }).source!;
  const file = sourceFile[source];
  if (!file) return new Set();
  const filter = featureFilter((layer as { filter?: unknown }).filter as never, `layers[0].filter`);
  const out = new Set<string>();
  for (const f of layers[file].features) {
    const feature = { type: GEOMETRY_TYPE[f.geometry.type]!, properties: f.properties, geometry: [] } as never;
    if (filter.filter({ zoom: 14 } as never, feature)) out.add(f.properties.id);
  }
  return out;
}
const drawnBy = (view: Parameters<typeof projectLayers>[0]) =>
  new Set(
    projectLayers(view)
      .filter((l) => interactiveLayerIds().includes(l.id))
      .flatMap((l) => [...kept(l)]),
  );

/** A paint value evaluated for a feature with these properties. */
function paint(
  layer: LayerSpecification,
  property: string,
  properties: Record<string, unknown>,
  type: 1 | 2 | 3 = 3,
): unknown {
  const value = (layer.paint as Record<string, unknown>)[property];
  if (!Array.isArray(value) || typeof value[0] !== 'string') return value;
  const parsed = expression.createExpression(value, `layers[0].paint.${property}`);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom: 14 } as never, { type, properties } as never);
}
const layer = (ls: LayerSpecification[], id: string) => ls.find((l) => l.id === id)!;

describe('project layers (MapLibre)', () => {
  it('make a valid style with the embedded basemap, filtered or not, large or not', () => {
    for (const view of [
      { visibleIds: null, large: false },
      { visibleIds: ['a', 'b'], large: true },
    ]) {
      const base = buildEmbeddedStyle(LIGHT, 'zh');
      const style: StyleSpecification = {
        ...base,
        sources: { ...base.sources, ...projectSources() },
        layers: [...base.layers, ...projectLayers(view)],
      };
      expect(validateStyleMin(style)).toEqual([]);
    }
  });

  it('draw exactly the records the list keeps, on random filters over the built data', () => {
    const index = buildSearchIndex(catalog.records, catalog.places);
    const sited = new Set(
      [...layers.areas.features, ...layers.lines.features, ...layers.points.features].map((f) => f.properties.id),
    );
    expect(drawnBy({ visibleIds: null, large: false })).toEqual(sited);
    for (let seed = 1; seed <= 40; seed++) {
      const rand = prng(seed);
      const filters: Filters = {
        ...EMPTY_FILTERS,
        bureaus: pick(rand, BUREAU_IDS, Math.floor(rand() * 3)),
        statuses: pick(rand, STATUSES, Math.floor(rand() * 3)),
        categories: pick(rand, CATEGORIES, Math.floor(rand() * 3)),
        years: pick(rand, [2024, 2025], Math.floor(rand() * 2)),
        query: seed % 5 === 0 ? '村' : '',
      };
      const listed = filterRecords(catalog.records, filters, index).map((r) => r.id);
      const drawn = drawnBy({ visibleIds: listed, large: false });
      expect([...drawn].sort(), `seed ${seed}`).toEqual(listed.filter((id) => sited.has(id)).sort());
    }
    expect(drawnBy({ visibleIds: [], large: false }).size).toBe(0);
  });

  it('speak the status language of STATUS_STYLE: fill opacity, outline width and dash per status', () => {
    const ls = projectLayers({ visibleIds: null, large: false });
    for (const s of STATUSES) {
      const props = { status: s, category: 'housing' };
      expect(paint(layer(ls, 'projects-areas-fill'), 'fill-opacity', props)).toBeCloseTo(
        STATUS_STYLE[s].fillAlpha / 255,
        5,
      );
      const outline = layer(ls, `projects-areas-${s}`);
      expect(kept(outline).size).toBe(layers.areas.features.filter((f) => f.properties.status === s).length);
      expect(outline.paint).toMatchObject({ 'line-width': STATUS_STYLE[s].lineWidth });
      const [on, off] = STATUS_STYLE[s].dash;
      expect((outline.paint as Record<string, unknown>)['line-dasharray']).toEqual(
        on === 0 && off === 0 ? undefined : [on, off],
      );
      expect(layer(ls, `projects-lines-${s}`).paint).toMatchObject({ 'line-width': STATUS_STYLE[s].lineWidth + 2 });
    }
    // Planned: outline only on areas, a faint point; completed: a solid outline.
    expect(paint(layer(ls, 'projects-areas-fill'), 'fill-opacity', { status: 'planned' satisfies Status })).toBe(0);
    expect(paint(layer(ls, 'projects-points'), 'circle-opacity', { status: 'planned' }, 1)).toBeCloseTo(40 / 255, 5);
    expect((layer(ls, 'projects-areas-completed').paint as Record<string, unknown>)['line-dasharray']).toBeUndefined();
  });

  it('draw approximate placements with a soft halo, a faded outline and no point ring (PLACEMENT_STYLE)', () => {
    const ls = projectLayers({ visibleIds: null, large: false });
    const approximate = (file: keyof typeof layers) =>
      new Set(
        layers[file].features
          .filter((f) => placementOf(f.properties.precision) === 'approximate')
          .map((f) => f.properties.id),
      );
    expect(kept(layer(ls, 'projects-halo-areas'))).toEqual(approximate('areas'));
    expect(kept(layer(ls, 'projects-halo-lines'))).toEqual(approximate('lines'));
    expect(kept(layer(ls, 'projects-halo-points'))).toEqual(approximate('points'));
    expect(approximate('areas').size + approximate('points').size).toBeGreaterThan(0);
    expect(paint(layer(ls, 'projects-areas-completed'), 'line-opacity', { precision: 'area' })).toBeCloseTo(
      PLACEMENT_STYLE.approximate.outlineAlpha / 255,
      5,
    );
    expect(paint(layer(ls, 'projects-areas-completed'), 'line-opacity', { precision: 'exact' })).toBe(1);
    expect(paint(layer(ls, 'projects-points'), 'circle-stroke-width', { precision: 'street' }, 1)).toBe(
      PLACEMENT_STYLE.approximate.pointRing,
    );
    expect(paint(layer(ls, 'projects-points'), 'circle-stroke-width', { precision: 'block' }, 1)).toBe(
      PLACEMENT_STYLE.located.pointRing,
    );
    // A halo is drawn, never hit: hover and click see the feature itself.
    expect(interactiveLayerIds().some((id) => id.includes('halo'))).toBe(false);
  });

  it('colour by category', () => {
    const ls = projectLayers({ visibleIds: null, large: false });
    const colour = (category: string) =>
      paint(layer(ls, 'projects-points'), 'circle-color', { category, status: 'completed' }, 1);
    expect(colour('housing')).toBe('rgb(214, 96, 77)');
    expect(colour('transport')).toBe('rgb(33, 102, 172)');
    expect(paint(layer(ls, 'projects-areas-fill'), 'fill-color', { category: 'water', status: 'completed' })).toBe(
      'rgb(44, 162, 195)',
    );
  });

  it('double point radii and line widths on a tour', () => {
    const normal = projectLayers({ visibleIds: null, large: false });
    const large = projectLayers({ visibleIds: null, large: true });
    const radius = (ls: LayerSpecification[]) =>
      paint(layer(ls, 'projects-points'), 'circle-radius', { status: 'completed' }, 1) as number;
    expect(radius(large)).toBe(2 * radius(normal));
    expect((layer(large, 'projects-lines-completed').paint as Record<string, number>)['line-width']).toBe(
      2 * (layer(normal, 'projects-lines-completed').paint as Record<string, number>)['line-width']!,
    );
  });

  it('highlight the hovered and the selected project, the selection winning', () => {
    const f = (id: string): Feature => ({
      type: 'Feature',
      properties: { id },
      geometry: { type: 'Point', coordinates: [121.5, 31.3] },
    });
    const byRecord = new Map([
      ['a', [f('a')]],
      ['b', [f('b'), f('b')]],
    ]);
    const roles = (h: string | null, s: string | null) =>
      highlightFeatures(byRecord, h, s).features.map((x) => `${x.properties!.id}:${x.properties!.role}`);
    expect(roles('a', 'b')).toEqual(['a:hover', 'b:selected', 'b:selected']);
    expect(roles('b', 'b')).toEqual(['b:selected', 'b:selected']);
    expect(roles(null, null)).toEqual([]);
    const ls = projectLayers({ visibleIds: null, large: false });
    expect(paint(layer(ls, 'projects-highlight-point'), 'circle-stroke-width', { role: 'selected' }, 1)).toBe(4);
    expect(paint(layer(ls, 'projects-highlight-point'), 'circle-stroke-width', { role: 'hover' }, 1)).toBe(3);
  });

  it('survive a style change: keepOwnLayers carries our sources and layers into the next basemap', () => {
    const own = { sources: projectSources(), layers: projectLayers({ visibleIds: ['x'], large: false }) };
    const previous: StyleSpecification = {
      version: 8,
      sources: { old: { type: 'geojson', data: 'x' }, ...own.sources },
      layers: [{ id: 'old-bg', type: 'background' }, ...own.layers],
    };
    const next: StyleSpecification = {
      version: 8,
      sources: { osm: { type: 'vector', url: 'https://example.invalid' } },
      layers: [{ id: 'osm-bg', type: 'background' }],
    };
    const merged = keepOwnLayers(previous, next);
    expect(Object.keys(merged.sources).sort()).toEqual(['osm', ...Object.keys(own.sources)].sort());
    expect(merged.layers.map((l) => l.id)).toEqual(['osm-bg', ...own.layers.map((l) => l.id)]);
    expect(keepOwnLayers(undefined, next)).toBe(next);
  });
});
