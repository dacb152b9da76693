import { describe, expect, it } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { EMPTY_FILTERS, type Filters } from '../../src/features/filters/filters';
import { keyUniverse } from '../../src/map/gpu-filter';
import { buildProjectLayers, type OverlayInput } from '../../src/map/overlays';
import { loadedData } from '../state/app-fixture';

const data = loadedData();
const features = [...data.layers.areas.features, ...data.layers.lines.features, ...data.layers.points.features];
const featuresById = new Map(features.map((f) => [f.properties.id, [f]]));
const clicks: (string | null)[] = [];

function input(over: Partial<OverlayInput> = {}): OverlayInput {
  return {
    layers: data.layers,
    featuresById,
    universe: keyUniverse(features),
    gpu: true,
    filters: structuredClone(EMPTY_FILTERS) as Filters,
    cpuMatch: null,
    selected: null,
    hovered: null,
    onHover: () => {},
    onClick: (id) => clicks.push(id),
    near: null,
    ...over,
  };
}
const byId = (layers: Layer[], id: string) => layers.find((l) => l.id === id)!;
type Props = Record<string, unknown> & { data: unknown; getFilterValue: (f: unknown) => number };

describe('buildProjectLayers', () => {
  it('draws the halo of approximate placements first, then areas below lines below points, with the highlight on top', () => {
    expect(buildProjectLayers(input()).map((l) => l.id)).toEqual([
      'projects-halo',
      'projects-areas',
      'projects-lines',
      'projects-points',
      'projects-highlight',
    ]);
  });

  it('filters on the GPU: a filter change keeps the same data and changes only the allowed keys', () => {
    const all = buildProjectLayers(input());
    const housing = buildProjectLayers(input({ filters: { ...EMPTY_FILTERS, bureaus: ['housing'] } as Filters }));
    for (const id of ['projects-areas', 'projects-points']) {
      expect(byId(housing, id).props.data).toBe(byId(all, id).props.data); // no re-upload
    }
    const categories = (layers: Layer[]) =>
      (byId(layers, 'projects-points').props as unknown as { filterCategories: string[][] }).filterCategories;
    expect(categories(all)[0]!.sort()).toEqual(['education', 'housing']);
    expect(categories(housing)[0]).toEqual(['housing']);
  });

  it('passes the search through the numeric channel: 1 for a match, 0 otherwise', () => {
    const layers = buildProjectLayers(input({ cpuMatch: new Set(['school']) }));
    const value = (byId(layers, 'projects-points').props as unknown as Props).getFilterValue;
    const [school] = data.layers.points.features;
    const [fengcheng] = data.layers.areas.features;
    expect(value(school)).toBe(1);
    expect(value(fengcheng)).toBe(0);
    const none = (byId(buildProjectLayers(input()), 'projects-points').props as unknown as Props).getFilterValue;
    expect(none(fengcheng)).toBe(1);
  });

  it('highlights the hovered and the selected project', () => {
    const layers = buildProjectLayers(input({ selected: 'school', hovered: 'fengcheng' }));
    const highlighted = (
      byId(layers, 'projects-highlight').props.data as { features: { properties: { id: string } }[] }
    ).features;
    expect(highlighted.map((f) => f.properties.id)).toEqual(['fengcheng', 'school']);
    expect(
      (byId(buildProjectLayers(input()), 'projects-highlight').props.data as { features: unknown[] }).features,
    ).toEqual([]);
  });

  it('reports a click on a project by id, and a click on nothing as null', () => {
    clicks.length = 0;
    const onClick = byId(buildProjectLayers(input()), 'projects-points').props.onClick as (info: unknown) => void;
    onClick({ object: data.layers.points.features[0] });
    onClick({ object: undefined });
    expect(clicks).toEqual(['school', null]);
  });

  it("draws the resident's radius and place under the projects", () => {
    const layers = buildProjectLayers(input({ near: { point: [121.52, 31.29], radiusM: 1000 } }));
    expect(layers.map((l) => l.id).slice(0, 2)).toEqual(['nearby-radius', 'nearby-point']);
    const ring = (layers[0]!.props.data as { geometry: { coordinates: [number, number][][] } }).geometry
      .coordinates[0]!;
    // A point of the ring is about 1 km from the centre (1° of latitude ≈ 111 km).
    const [lng, lat] = ring[0]!;
    const km = Math.hypot((lng - 121.52) * 111.32 * Math.cos((31.29 * Math.PI) / 180), (lat - 31.29) * 110.57);
    expect(km).toBeGreaterThan(0.99);
    expect(km).toBeLessThan(1.01);
  });

  it('makes points bigger on a tour', () => {
    const radius = (large: boolean) =>
      (
        byId(buildProjectLayers(input({ large })), 'projects-points').props as unknown as {
          getPointRadius: (f: unknown) => number;
        }
      ).getPointRadius(data.layers.points.features[0]);
    expect(radius(true)).toBe(2 * radius(false));
  });
});
