import type { Layer, PickingInfo } from '@deck.gl/core';
import { DataFilterExtension, PathStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { circle } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { LayerFile, ProjectFeatures } from '../data/load';
import type { FeatureProps } from '../data/types';
import type { Filters } from '../features/filters/filters';
import { allowedCategories, categoryKeys, type keyUniverse } from './gpu-filter';
import { CATEGORY_COLOURS, HIGHLIGHT, PLACEMENT_STYLE, placementOf, SELECTED, STATUS_STYLE } from './project-theme';

type ProjectFeature = Feature<Geometry, FeatureProps>;

export interface OverlayInput {
  layers: Record<LayerFile, ProjectFeatures>;
  /** The same features grouped by record id, for the highlight layer. */
  featuresById: ReadonlyMap<string, ProjectFeature[]>;
  universe: ReturnType<typeof keyUniverse>;
  /** false when the data has more keys than the GPU channels hold: then `cpuMatch` carries all filters. */
  gpu: boolean;
  filters: Filters;
  /** Ids that pass the CPU side (the search, or every filter when `gpu` is false); null = all. */
  cpuMatch: Set<string> | null;
  selected: string | null;
  hovered: string | null;
  onHover: (id: string | null) => void;
  onClick: (id: string | null) => void;
  /** The resident's place and radius, drawn under the projects; with the life-circle card open, the existing facilities too. */
  near: { point: [number, number]; radiusM: number; facilities?: readonly { at: [number, number] }[] } | null;
  /** Bigger points and lines, for a tour on a big screen read from across the room. */
  large?: boolean;
}

const filterExtension = new DataFilterExtension({ filterSize: 1, categorySize: 4 });
const dashExtension = new PathStyleExtension({ dash: true });

/**
 * deck.gl layers for the projects: one GeoJsonLayer per file (areas, lines, points), filtered on
 * the GPU, plus a highlight layer for the hovered and the selected project. Layer ids are
 * `projects-<file>` and `projects-highlight`.
 */
export function buildProjectLayers(input: OverlayInput): Layer[] {
  const categories = input.gpu ? allowedCategories(input.filters, input.universe) : null;
  const k = input.large ? 2 : 1;
  const cpu = input.cpuMatch;
  const base = (file: LayerFile) =>
    new GeoJsonLayer<FeatureProps>({
      id: `projects-${file}`,
      data: input.layers[file] as never,
      pickable: true,
      stroked: true,
      filled: true,
      pointType: 'circle',
      lineWidthUnits: 'pixels',
      pointRadiusUnits: 'pixels',
      getPointRadius: (f: ProjectFeature) => (f.properties.status === 'planned' ? 5 : 6) * k,
      getFillColor: (f: ProjectFeature) => {
        const style = STATUS_STYLE[f.properties.status];
        const alpha = f.geometry.type.includes('Point') ? (style.fillAlpha === 0 ? 40 : 230) : style.fillAlpha;
        return [...CATEGORY_COLOURS[f.properties.category], alpha];
      },
      // Approximate placements: faded outline, points without their white ring (the halo layer below carries them).
      getLineColor: (f: ProjectFeature) => {
        const alpha = PLACEMENT_STYLE[placementOf(f.properties.precision)].outlineAlpha;
        return f.geometry.type.includes('Point')
          ? [255, 255, 255, alpha]
          : [...CATEGORY_COLOURS[f.properties.category], alpha];
      },
      getLineWidth: (f: ProjectFeature) =>
        k *
        (f.geometry.type.includes('Line')
          ? STATUS_STYLE[f.properties.status].lineWidth + 2
          : f.geometry.type.includes('Point')
            ? PLACEMENT_STYLE[placementOf(f.properties.precision)].pointRing
            : STATUS_STYLE[f.properties.status].lineWidth),
      getDashArray: (f: ProjectFeature) =>
        f.geometry.type.includes('Point') ? [0, 0] : STATUS_STYLE[f.properties.status].dash,
      dashJustified: true,
      getFilterValue: (f: ProjectFeature) => (cpu === null || cpu.has(f.properties.id) ? 1 : 0),
      getFilterCategory: (f: ProjectFeature) => categoryKeys(f.properties),
      filterRange: [1, 1],
      filterCategories: categories ?? [
        [...input.universe[0]],
        [...input.universe[1]],
        [...input.universe[2]],
        [...input.universe[3]],
      ],
      updateTriggers: { getFilterValue: [cpu], getPointRadius: [k], getLineWidth: [k] },
      extensions: [filterExtension, dashExtension],
      onHover: (info: PickingInfo<ProjectFeature>) => input.onHover(info.object?.properties.id ?? null),
      onClick: (info: PickingInfo<ProjectFeature>) => input.onClick(info.object?.properties.id ?? null),
    } as never);

  const marked = [input.hovered, input.selected].filter((id): id is string => id !== null);
  const highlighted = marked.flatMap((id) => input.featuresById.get(id) ?? []);
  const highlight = new GeoJsonLayer<FeatureProps>({
    id: 'projects-highlight',
    data: { type: 'FeatureCollection', features: highlighted } as never,
    pickable: false,
    stroked: true,
    filled: false,
    pointType: 'circle',
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    getPointRadius: 11 * k,
    getLineColor: (f: ProjectFeature) => [...(f.properties.id === input.selected ? SELECTED : HIGHLIGHT), 255],
    getLineWidth: (f: ProjectFeature) => (f.properties.id === input.selected ? 4 : 3) * k,
    updateTriggers: { getLineColor: [input.selected], getLineWidth: [input.selected, k], getPointRadius: [k] },
  } as never);

  return [
    ...nearLayers(input.near),
    haloLayer(input, categories, k),
    base('areas'),
    base('lines'),
    base('points'),
    highlight,
  ];
}

/** The approximate features of each input, computed once per loaded data (stable data, no re-upload). */
const approximateCache = new WeakMap<object, ProjectFeature[]>();
function approximateFeatures(layers: OverlayInput['layers']): ProjectFeature[] {
  let out = approximateCache.get(layers);
  if (!out) {
    out = (['areas', 'lines', 'points'] as const).flatMap((file) =>
      layers[file].features.filter((f) => PLACEMENT_STYLE[placementOf(f.properties.precision)].halo !== null),
    );
    approximateCache.set(layers, out);
  }
  return out;
}

/**
 * `projects-halo`: the soft halo under every approximate placement (see `PLACEMENT_STYLE`):
 * a wide translucent band along polygon outlines and lines, a translucent disc around points.
 * Filtered like the project layers, not pickable.
 */
function haloLayer(input: OverlayInput, categories: ReturnType<typeof allowedCategories> | null, k: number): Layer {
  const halo = PLACEMENT_STYLE.approximate.halo!;
  const cpu = input.cpuMatch;
  return new GeoJsonLayer<FeatureProps>({
    id: 'projects-halo',
    data: { type: 'FeatureCollection', features: approximateFeatures(input.layers) } as never,
    pickable: false,
    stroked: true,
    filled: true,
    pointType: 'circle',
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    getPointRadius: halo.pointRadiusPx * k,
    // Polygons keep their own fill in the project layer: the halo fills only around points.
    getFillColor: (f: ProjectFeature) => [
      ...CATEGORY_COLOURS[f.properties.category],
      f.geometry.type.includes('Point') ? halo.alpha : 0,
    ],
    getLineColor: (f: ProjectFeature) => [
      ...CATEGORY_COLOURS[f.properties.category],
      f.geometry.type.includes('Point') ? 0 : halo.alpha,
    ],
    getLineWidth: halo.widthPx * k,
    lineJointRounded: true,
    lineCapRounded: true,
    getFilterValue: (f: ProjectFeature) => (cpu === null || cpu.has(f.properties.id) ? 1 : 0),
    getFilterCategory: (f: ProjectFeature) => categoryKeys(f.properties),
    filterRange: [1, 1],
    filterCategories: categories ?? [
      [...input.universe[0]],
      [...input.universe[1]],
      [...input.universe[2]],
      [...input.universe[3]],
    ],
    updateTriggers: { getFilterValue: [cpu], getPointRadius: [k], getLineWidth: [k] },
    extensions: [filterExtension],
  } as never);
}

/** The resident's radius (a geodesic circle) and place, as `nearby-radius` and `nearby-point`. */
function nearLayers(near: OverlayInput['near']): Layer[] {
  if (!near) return [];
  // Existing facilities (OSM): small grey dots without outline, quieter than any project marker.
  const facilities = near.facilities
    ? [
        new ScatterplotLayer<{ at: [number, number] }>({
          id: 'lifecircle-facilities',
          data: near.facilities as { at: [number, number] }[],
          getPosition: (d: { at: [number, number] }) => d.at,
          getRadius: 3,
          radiusUnits: 'pixels',
          getFillColor: [95, 95, 95, 150],
          pickable: false,
        }),
      ]
    : [];
  return [
    ...facilities,
    new GeoJsonLayer({
      id: 'nearby-radius',
      data: circle(near.point, near.radiusM / 1000, { steps: 96, units: 'kilometers' }) as never,
      filled: true,
      stroked: true,
      getFillColor: [31, 95, 139, 28],
      getLineColor: [31, 95, 139, 200],
      getLineWidth: 2,
      lineWidthUnits: 'pixels',
      pickable: false,
    }),
    new ScatterplotLayer<[number, number]>({
      id: 'nearby-point',
      data: [near.point],
      getPosition: (d: [number, number]) => d,
      getRadius: 7,
      radiusUnits: 'pixels',
      getFillColor: [31, 95, 139, 255],
      getLineColor: [255, 255, 255, 255],
      stroked: true,
      lineWidthUnits: 'pixels',
      getLineWidth: 2.5,
      pickable: false,
    }),
  ];
}
