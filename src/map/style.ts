import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { CONTEXT_FILES, DATA_URL } from '../config';
import type { Lang } from '../i18n';
import type { Theme } from './theme';

/** Label text in the UI language: Chinese names, English with the Chinese fallback. */
function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'name_en'], ['get', 'name']];
}

/**
 * The embedded context basemap: districts, water, landmarks, roads, metro and subdistrict labels,
 * all from /data/context/*.geojson. No `glyphs`: MapLibre then draws label text with the
 * browser's own fonts, so Chinese labels render offline with no request.
 * Layer ids are `context-<part>[-<role>]`. `textScale` multiplies every label's size (a tour's
 * big-room text, see `features/tour/text-scale.ts`).
 */
export function buildEmbeddedStyle(theme: Theme, lang: Lang, textScale = 1): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const file of CONTEXT_FILES) {
    sources[`context-${file}`] = { type: 'geojson', data: `${DATA_URL}context/${file}.geojson` };
  }
  return {
    version: 8,
    name: 'Yangpu embedded',
    sources,
    layers: [
      { id: 'context-background', type: 'background', paint: { 'background-color': theme.background } },
      ...withoutLabels(districtLayers(theme, lang)),
      ...withoutLabels(waterLayers(theme, lang)),
      ...landmarkLayers(theme),
      ...withoutLabels(roadLayers(theme, lang)),
      ...withoutLabels(railLayers(theme, lang)),
      // Labels last, so no line or fill covers them.
      ...scaleLabels(buildLabelOrder(theme, lang), textScale),
    ],
  };
}

const withoutLabels = (layers: LayerSpecification[]) => layers.filter((l) => l.type !== 'symbol');

const isYangpu: ExpressionSpecification = ['==', ['get', 'name'], '杨浦区'];

function districtLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'context-districts-fill',
      type: 'fill',
      source: 'context-districts',
      paint: { 'fill-color': ['case', isYangpu, theme.district.focusFill, theme.district.fill] },
    },
    {
      id: 'context-districts-line',
      type: 'line',
      source: 'context-districts',
      filter: ['!', isYangpu],
      paint: { 'line-color': theme.district.line, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'context-districts-yangpu-line',
      type: 'line',
      source: 'context-districts',
      filter: isYangpu,
      paint: { 'line-color': theme.district.focusLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 3] },
    },
    {
      id: 'context-districts-label',
      type: 'symbol',
      source: 'context-district-labels',
      maxzoom: 14,
      layout: { 'text-field': nameField(lang), 'text-size': 13, 'symbol-placement': 'point' },
      paint: { 'text-color': theme.district.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];
}

function waterLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'context-water-fill',
      type: 'fill',
      source: 'context-water',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': ['case', ['==', ['get', 'kind'], 'island'], theme.district.focusFill, theme.water.fill] },
    },
    {
      id: 'context-water-line',
      type: 'line',
      source: 'context-water',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': theme.water.line, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1.2, 16, 5] },
    },
    {
      id: 'context-water-label',
      type: 'symbol',
      source: 'context-water',
      minzoom: 12,
      layout: {
        'text-field': nameField(lang),
        'text-size': 12,
        'symbol-placement': 'line',
        'text-letter-spacing': 0.1,
      },
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'text-color': theme.water.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.2 },
    },
  ];
}

function landmarkLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: 'context-landmarks-fill',
      type: 'fill',
      source: 'context-landmarks',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': ['match', ['get', 'kind'], 'park', theme.park, theme.campus] },
    },
    {
      id: 'context-landmarks-bridge',
      type: 'line',
      source: 'context-landmarks',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': theme.road.elevatedCasing, 'line-width': 3 },
    },
  ];
}

function roadLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const width = (base: number): ExpressionSpecification => [
    'interpolate',
    ['exponential', 1.6],
    ['zoom'],
    11,
    base * 0.7,
    13,
    base * 1.3,
    14,
    base * 1.8,
    17,
    base * 6,
  ];
  const byClass = (cls: string): ExpressionSpecification => ['==', ['get', 'class'], cls];
  return [
    { id: 'context-roads-secondary-casing', type: 'line', source: 'context-roads', filter: byClass('secondary'), minzoom: 13, paint: { 'line-color': theme.road.casing, 'line-width': width(1.6) } },
    { id: 'context-roads-arterial-casing', type: 'line', source: 'context-roads', filter: byClass('arterial'), paint: { 'line-color': theme.road.casing, 'line-width': width(2.4) } },
    { id: 'context-roads-secondary', type: 'line', source: 'context-roads', filter: byClass('secondary'), minzoom: 13, paint: { 'line-color': theme.road.secondary, 'line-width': width(1.1) } },
    { id: 'context-roads-arterial', type: 'line', source: 'context-roads', filter: byClass('arterial'), paint: { 'line-color': theme.road.arterial, 'line-width': width(1.8) } },
    { id: 'context-roads-elevated-casing', type: 'line', source: 'context-roads', filter: byClass('elevated'), paint: { 'line-color': theme.road.elevatedCasing, 'line-width': width(3) } },
    { id: 'context-roads-elevated', type: 'line', source: 'context-roads', filter: byClass('elevated'), paint: { 'line-color': theme.road.elevated, 'line-width': width(2.2) } },
    {
      id: 'context-roads-label',
      type: 'symbol',
      source: 'context-roads',
      minzoom: 12.5,
      layout: { 'text-field': nameField(lang), 'text-size': 11, 'symbol-placement': 'line', 'symbol-spacing': 350 },
      paint: { 'text-color': theme.road.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];
}

function railLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const planned: ExpressionSpecification = ['==', ['get', 'status'], 'planned'];
  return [
    {
      id: 'context-rail-line',
      type: 'line',
      source: 'context-rail',
      filter: ['!', planned],
      paint: { 'line-color': ['coalesce', ['get', 'colour'], '#666666'], 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 5] },
    },
    {
      id: 'context-rail-planned',
      type: 'line',
      source: 'context-rail',
      filter: planned,
      paint: {
        'line-color': ['coalesce', ['get', 'colour'], theme.rail.planned],
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 5],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: 'context-stations-circle',
      type: 'circle',
      source: 'context-stations',
      paint: {
        'circle-color': theme.rail.stationFill,
        'circle-stroke-color': theme.rail.stationStroke,
        'circle-stroke-width': 1.5,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 2.5, 16, 6],
      },
    },
    {
      id: 'context-stations-label',
      type: 'symbol',
      source: 'context-stations',
      minzoom: 13,
      layout: {
        'text-field': nameField(lang),
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': theme.rail.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/**
 * A label size times `k`: a number, or the output values of a zoom `interpolate`/`step`
 * (a zoom expression must stay top-level, so it cannot be wrapped in `*`). Other values unchanged.
 */
export function scaleTextSize(size: unknown, k: number): unknown {
  if (k === 1) return size;
  if (typeof size === 'number') return Math.round(size * k * 100) / 100;
  if (Array.isArray(size) && size[0] === 'interpolate') return size.map((v, i) => (i >= 4 && i % 2 === 0 && typeof v === 'number' ? Math.round(v * k * 100) / 100 : v));
  if (Array.isArray(size) && size[0] === 'step') return size.map((v, i) => (i >= 2 && i % 2 === 0 && typeof v === 'number' ? Math.round(v * k * 100) / 100 : v));
  return size;
}

/** Symbol layers with their `text-size` scaled by `k` (16 px, MapLibre's default, when unset). */
export function scaleLabels(layers: LayerSpecification[], k: number): LayerSpecification[] {
  if (k === 1) return layers;
  return layers.map((l) => (l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-size': scaleTextSize(l.layout?.['text-size'] ?? 16, k) as never } } : l));
}

/** Every symbol layer, moved above all lines and fills, in reading priority (last = on top). */
function buildLabelOrder(theme: Theme, lang: Lang): LayerSpecification[] {
  const all = [...districtLayers(theme, lang), ...waterLayers(theme, lang), ...roadLayers(theme, lang), ...railLayers(theme, lang), ...labelLayers(theme, lang)];
  return all.filter((l) => l.type === 'symbol');
}

function labelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'context-landmarks-label',
      type: 'symbol',
      source: 'context-landmarks',
      minzoom: 12.5,
      layout: { 'text-field': nameField(lang), 'text-size': 11.5, 'symbol-placement': 'point' },
      paint: { 'text-color': theme.landmarkLabel, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'context-subdistricts-label',
      type: 'symbol',
      source: 'context-subdistricts',
      maxzoom: 15,
      layout: { 'text-field': nameField(lang), 'text-size': 12.5, 'text-letter-spacing': 0.15, 'text-transform': 'uppercase' },
      paint: { 'text-color': theme.subdistrictLabel, 'text-halo-color': theme.halo, 'text-halo-width': 2, 'text-opacity': 0.85 },
    },
  ];
}
