/**
 * The project layers as MapLibre style layers: pure functions from the theme (project-theme.ts)
 * and the view (filter, highlight, tour size) to GeoJSON sources and `LayerSpecification[]`.
 * MapLibre draws them in its first frame with everything else: no second WebGL library has to
 * start up before the projects appear.
 *
 * Ids: sources `projects-{areas,lines,points}`, `projects-highlight`, `nearby`; layers start with
 * `projects-` or `nearby-` (see {@link isOwnLayer}).
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { circle } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { CATEGORIES, PRECISIONS, STATUSES, type Status } from '../../data/types';
import {
  CATEGORY_COLOURS,
  HIGHLIGHT,
  PLACEMENT_STYLE,
  placementOf,
  SELECTED,
  STATUS_STYLE,
  type Placement,
  type RGB,
} from '../project-theme';

export const PROJECT_SOURCES = { areas: 'projects-areas', lines: 'projects-lines', points: 'projects-points' } as const;
export const HIGHLIGHT_SOURCE = 'projects-highlight';
export const NEARBY_SOURCE = 'nearby';

/** What the project layers show, besides the data. */
export interface ProjectView {
  /** Record ids to draw; null draws every project. */
  visibleIds: readonly string[] | null;
  /** Bigger points and lines, for a tour on a big screen read from across the room. */
  large: boolean;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const rgb = ([r, g, b]: RGB) => `rgb(${r}, ${g}, ${b})`;

/** The category colour of a feature, from CATEGORY_COLOURS. */
const categoryColour: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...CATEGORIES.flatMap((c) => [c, rgb(CATEGORY_COLOURS[c])]),
  '#888888',
] as unknown as ExpressionSpecification;

/** A per-status value from STATUS_STYLE (the single table of the status language). */
function byStatus(value: (s: Status) => number): ExpressionSpecification {
  return [
    'match',
    ['get', 'status'],
    ...STATUSES.flatMap((s) => [s, value(s)]),
    value(STATUSES[0]!),
  ] as unknown as ExpressionSpecification;
}

/** A per-placement value from PLACEMENT_STYLE (located or approximate, by the feature's precision). */
function byPlacement(value: (p: Placement) => number): ExpressionSpecification {
  const approximate = PRECISIONS.filter((p) => placementOf(p) === 'approximate');
  return [
    'match',
    ['get', 'precision'],
    approximate,
    value('approximate'),
    value('located'),
  ] as unknown as ExpressionSpecification;
}
const isApproximate: FilterSpecification = [
  'match',
  ['get', 'precision'],
  PRECISIONS.filter((p) => placementOf(p) === 'approximate'),
  true,
  false,
];

/** Empty GeoJSON sources for the projects, the highlight and the resident's place (data set later). */
export function projectSources(): Record<string, GeoJSONSourceSpecification> {
  const source = (): GeoJSONSourceSpecification => ({ type: 'geojson', data: EMPTY });
  return {
    [PROJECT_SOURCES.areas]: source(),
    [PROJECT_SOURCES.lines]: source(),
    [PROJECT_SOURCES.points]: source(),
    [HIGHLIGHT_SOURCE]: source(),
    [NEARBY_SOURCE]: source(),
  };
}

/** True for a layer or source this module owns. */
export const isOwnLayer = (id: string): boolean =>
  id.startsWith('projects-') || id.startsWith('nearby') || id.startsWith('lifecircle-');

type NearbyKind = 'radius' | 'place' | 'facility';

/**
 * The nearby source: the resident's radius (a geodesic circle) and place, and with the life-circle
 * card open the existing facilities around it; each feature's `kind` says which.
 */
export function nearbyFeatures(
  near: { point: [number, number]; radiusM: number; facilities?: readonly { at: [number, number] }[] } | null,
): FeatureCollection {
  if (!near) return EMPTY;
  const feature = (kind: NearbyKind, geometry: Feature['geometry']): Feature => ({
    type: 'Feature',
    properties: { kind },
    geometry,
  });
  return {
    type: 'FeatureCollection',
    features: [
      ...(near.facilities ?? []).map((f) => feature('facility', { type: 'Point', coordinates: f.at })),
      {
        ...circle(near.point, near.radiusM / 1000, { steps: 96, units: 'kilometers' }),
        properties: { kind: 'radius' },
      },
      feature('place', { type: 'Point', coordinates: near.point }),
    ],
  };
}

/** The filter that keeps `visibleIds` (null: no filter). */
export function visibleFilter(visibleIds: readonly string[] | null): FilterSpecification | null {
  return visibleIds === null ? null : ['in', ['get', 'id'], ['literal', [...visibleIds]]];
}

const isType = (...types: string[]): FilterSpecification => ['match', ['geometry-type'], types, true, false];

const and = (...parts: (FilterSpecification | null)[]): FilterSpecification | undefined => {
  const kept = parts.filter((p): p is FilterSpecification => p !== null);
  return kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : (['all', ...kept] as FilterSpecification);
};

/** A dash pattern in line widths; [0, 0] means solid (no dasharray). */
const dashOf = (s: Status): number[] | undefined => {
  const d = STATUS_STYLE[s].dash;
  return d[0] === 0 && d[1] === 0 ? undefined : [...d];
};

/**
 * Layers of the project map, bottom to top: the resident's radius and place, the soft halo of
 * approximate placements (PLACEMENT_STYLE), area fills, area outlines (faded when approximate) and lines (one layer per status, as dash patterns are per layer), points, then the
 * highlight of the hovered and the selected project.
 *
 * Status language (project-theme.ts STATUS_STYLE): fill opacity, outline width and dash per status;
 * colour per category (CATEGORY_COLOURS).
 */
export function projectLayers(view: ProjectView): LayerSpecification[] {
  const k = view.large ? 2 : 1;
  const visible = visibleFilter(view.visibleIds);
  const statusIs = (s: Status): FilterSpecification => ['==', ['get', 'status'], s];
  const outlines = (file: 'areas' | 'lines', extraWidth: number): LayerSpecification[] =>
    STATUSES.map((s) => {
      const dash = dashOf(s);
      return {
        id: `projects-${file}-${s}`,
        type: 'line',
        source: PROJECT_SOURCES[file],
        filter: and(statusIs(s), visible),
        layout: { 'line-join': 'round', 'line-cap': dash ? 'butt' : 'round' },
        paint: {
          'line-color': categoryColour,
          'line-width': k * (STATUS_STYLE[s].lineWidth + extraWidth),
          ...(dash ? { 'line-dasharray': dash } : {}),
          'line-opacity': byPlacement((p) => PLACEMENT_STYLE[p].outlineAlpha / 255),
        },
      } as LayerSpecification;
    });
  const isSelected: ExpressionSpecification = ['==', ['get', 'role'], 'selected'];
  const halo = PLACEMENT_STYLE.approximate.halo;
  const fillAlpha = (s: Status) => STATUS_STYLE[s].fillAlpha / 255;
  const nearbyKind = (kind: NearbyKind): FilterSpecification => ['==', ['get', 'kind'], kind];
  return [
    // Existing facilities of the life circle (OSM): small grey dots without outline, quieter than any project marker.
    {
      id: 'lifecircle-facilities',
      type: 'circle',
      source: NEARBY_SOURCE,
      filter: nearbyKind('facility'),
      paint: { 'circle-radius': 3, 'circle-color': 'rgb(95, 95, 95)', 'circle-opacity': 150 / 255 },
    },
    {
      id: 'nearby-radius-fill',
      type: 'fill',
      source: NEARBY_SOURCE,
      filter: nearbyKind('radius'),
      paint: { 'fill-color': 'rgb(31, 95, 139)', 'fill-opacity': 28 / 255 },
    },
    {
      id: 'nearby-radius-line',
      type: 'line',
      source: NEARBY_SOURCE,
      filter: nearbyKind('radius'),
      paint: { 'line-color': 'rgba(31, 95, 139, 0.78)', 'line-width': 2 },
    },
    {
      id: 'nearby-point',
      type: 'circle',
      source: NEARBY_SOURCE,
      filter: nearbyKind('place'),
      paint: {
        'circle-radius': 7,
        'circle-color': 'rgb(31, 95, 139)',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2.5,
      },
    },
    // The soft halo under approximate placements (PLACEMENT_STYLE): a band along outlines and lines, a disc around points.
    ...(halo
      ? ([
          ...(['areas', 'lines'] as const).map((file) => ({
            id: `projects-halo-${file}`,
            type: 'line',
            source: PROJECT_SOURCES[file],
            filter: and(isApproximate, visible),
            layout: { 'line-join': 'round', 'line-cap': 'round' },
            paint: {
              'line-color': categoryColour,
              'line-width': halo.widthPx * k,
              'line-opacity': halo.alpha / 255,
              'line-blur': 2,
            },
          })),
          {
            id: 'projects-halo-points',
            type: 'circle',
            source: PROJECT_SOURCES.points,
            filter: and(isApproximate, visible),
            paint: {
              'circle-radius': halo.pointRadiusPx * k,
              'circle-color': categoryColour,
              'circle-opacity': halo.alpha / 255,
              'circle-blur': 0.4,
            },
          },
        ] as LayerSpecification[])
      : []),
    {
      id: 'projects-areas-fill',
      type: 'fill',
      source: PROJECT_SOURCES.areas,
      ...(visible ? { filter: visible } : {}),
      paint: { 'fill-color': categoryColour, 'fill-opacity': byStatus(fillAlpha) },
    },
    ...outlines('areas', 0),
    ...outlines('lines', 2),
    {
      id: 'projects-points',
      type: 'circle',
      source: PROJECT_SOURCES.points,
      ...(visible ? { filter: visible } : {}),
      paint: {
        'circle-radius': byStatus((s) => (s === 'planned' ? 5 : 6) * k),
        'circle-color': categoryColour,
        'circle-opacity': byStatus((s) => (STATUS_STYLE[s].fillAlpha === 0 ? 40 / 255 : 230 / 255)),
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': byPlacement((p) => PLACEMENT_STYLE[p].pointRing * k),
      },
    },
    {
      id: 'projects-highlight-line',
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['!', isType('Point', 'MultiPoint')] as FilterSpecification,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['case', isSelected, rgb(SELECTED), rgb(HIGHLIGHT)],
        'line-width': ['case', isSelected, 4 * k, 3 * k],
      },
    },
    {
      id: 'projects-highlight-point',
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      filter: isType('Point', 'MultiPoint'),
      paint: {
        'circle-radius': 11 * k,
        'circle-opacity': 0,
        'circle-stroke-color': ['case', isSelected, rgb(SELECTED), rgb(HIGHLIGHT)],
        'circle-stroke-width': ['case', isSelected, 4 * k, 3 * k],
      },
    },
  ];
}

/** Ids of the layers that draw projects (for hit testing, counting and the first-map mark). */
export function interactiveLayerIds(): string[] {
  return projectLayers({ visibleIds: null, large: false })
    .map((l) => l.id)
    .filter(
      (id) => id.startsWith('projects-') && !id.startsWith('projects-highlight') && !id.startsWith('projects-halo'),
    );
}

/**
 * `transformStyle` for `map.setStyle`: the next basemap style plus our sources (with the data they
 * hold) and layers from the previous one, on top. With a diff the project layers are then left
 * untouched; with a new basemap they are drawn in its first frame.
 */
export function keepOwnLayers(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  // A style that never loaded (a failed online basemap) has nothing to carry: style.load re-adds ours.
  if (!previous?.sources || !previous.layers) return next;
  const sources = Object.fromEntries(Object.entries(previous.sources).filter(([id]) => isOwnLayer(id)));
  const layers = previous.layers.filter((l) => isOwnLayer(l.id));
  return {
    ...next,
    sources: { ...next.sources, ...sources },
    layers: [...next.layers.filter((l) => !isOwnLayer(l.id)), ...layers],
  };
}

/** The features of the hovered and the selected project for the highlight source, `role` telling which. */
export function highlightFeatures<F extends Feature>(
  byRecord: ReadonlyMap<string, readonly F[]>,
  hovered: string | null,
  selected: string | null,
): FeatureCollection {
  const marked = [...new Set([hovered, selected].filter((id): id is string => id !== null))];
  const features = marked.flatMap((id) =>
    (byRecord.get(id) ?? []).map((f) => ({
      ...f,
      properties: { ...f.properties, role: id === selected ? 'selected' : 'hover' },
    })),
  );
  return { type: 'FeatureCollection', features };
}
