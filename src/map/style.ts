import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { CONTEXT_AFTER_FIRST_MAP, CONTEXT_FILES, DATA_URL } from '../config';
import type { Lang } from '../i18n';
import { checkedUrl } from './source-faults';
import type { Theme } from './theme';

/**
 * Label sizes in CSS pixels, readable on a 1440×900 laptop and a 1920×1080 screen at the district
 * view (issue #18: 11 px road and station names were too small). Rising with zoom: names grow as
 * the reader zooms in on a street.
 */
export const LABEL_SIZE = {
  district: 15,
  subdistrict: 14,
  water: grow(13),
  road: grow(13),
  station: grow(13),
  landmark: grow(13.5),
} as const;

/** `size` px at zoom 13, 15 % more at zoom 16. */
function grow(size: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 13, size, 16, Math.round(size * 1.15 * 10) / 10];
}

/** Label text in the UI language: Chinese names, English with the Chinese fallback. */
function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'name_en'], ['get', 'name']];
}

/** Shown by MapLibre's attribution control whenever the embedded basemap is on (ODbL 1.0). */
export const OSM_ATTRIBUTION =
  '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap contributors</a>';

/**
 * The embedded context basemap: districts, water, landmarks, roads, metro and subdistrict labels,
 * all from /data/context/*.geojson. No `glyphs`: MapLibre then draws label text with the
 * browser's own fonts, so Chinese labels render offline with no request.
 * Layer ids are `context-<part>[-<role>]`. Label sizes are scaled for a tour by `mapStyle`
 * (`map-style.ts`), not here. Before the first map (`firstMapDrawn` false) the files of
 * {@link CONTEXT_AFTER_FIRST_MAP} are empty sources; the next style fetches them.
 */
export function buildEmbeddedStyle(theme: Theme, lang: Lang, firstMapDrawn = true): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  for (const file of CONTEXT_FILES) {
    const later = !firstMapDrawn && CONTEXT_AFTER_FIRST_MAP.includes(file);
    // Fetched and checked against the shared schema on arrival (see source-faults.ts).
    sources[`context-${file}`] = {
      type: 'geojson',
      data: later ? { type: 'FeatureCollection', features: [] } : checkedUrl(`${DATA_URL}context/${file}.geojson`),
      attribution: OSM_ATTRIBUTION,
    };
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
      ...buildLabelOrder(theme, lang),
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
      paint: {
        'line-color': theme.district.focusLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 3],
      },
    },
    {
      id: 'context-districts-label',
      type: 'symbol',
      source: 'context-district-labels',
      maxzoom: 14,
      layout: { 'text-field': nameField(lang), 'text-size': LABEL_SIZE.district, 'symbol-placement': 'point' },
      paint: { 'text-color': theme.district.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];
}

function waterLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  const centreline: ExpressionSpecification = ['==', ['get', 'kind'], 'river'];
  return [
    // OSM water areas: the Huangpu's riverbanks, canals, docks and ponds
    {
      id: 'context-water-fill',
      type: 'fill',
      source: 'context-water-areas',
      paint: { 'fill-color': theme.water.fill },
    },
    {
      id: 'context-water-island',
      type: 'fill',
      source: 'context-water',
      filter: ['==', ['get', 'kind'], 'island'],
      paint: { 'fill-color': theme.district.focusFill },
    },
    {
      // centrelines of creeks and canals; the Huangpu's only carries its label
      id: 'context-water-line',
      type: 'line',
      source: 'context-water',
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!', centreline]],
      paint: {
        'line-color': theme.water.line,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          11,
          ['match', ['get', 'class'], ['river', 'canal'], 1.2, 0.6],
          16,
          ['match', ['get', 'class'], ['river', 'canal'], 4, 2],
        ],
      },
    },
    {
      id: 'context-water-label',
      type: 'symbol',
      source: 'context-water',
      minzoom: 12,
      layout: {
        'text-field': nameField(lang),
        'text-size': LABEL_SIZE.water,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-letter-spacing': 0.1,
      },
      filter: ['all', ['==', ['geometry-type'], 'LineString'], ['!=', ['get', 'name'], '']],
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
      paint: {
        'fill-color': [
          'match',
          ['get', 'kind'],
          'park',
          theme.park,
          'hospital',
          theme.hospital,
          'school',
          theme.school,
          theme.campus,
        ],
      },
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
    {
      id: 'context-roads-secondary-casing',
      type: 'line',
      source: 'context-roads',
      filter: byClass('secondary'),
      minzoom: 13,
      paint: { 'line-color': theme.road.casing, 'line-width': width(1.6) },
    },
    {
      id: 'context-roads-arterial-casing',
      type: 'line',
      source: 'context-roads',
      filter: byClass('arterial'),
      paint: { 'line-color': theme.road.casing, 'line-width': width(2.4) },
    },
    {
      id: 'context-roads-secondary',
      type: 'line',
      source: 'context-roads',
      filter: byClass('secondary'),
      minzoom: 13,
      paint: { 'line-color': theme.road.secondary, 'line-width': width(1.1) },
    },
    {
      id: 'context-roads-arterial',
      type: 'line',
      source: 'context-roads',
      filter: byClass('arterial'),
      paint: { 'line-color': theme.road.arterial, 'line-width': width(1.8) },
    },
    {
      id: 'context-roads-elevated-casing',
      type: 'line',
      source: 'context-roads',
      filter: byClass('elevated'),
      paint: { 'line-color': theme.road.elevatedCasing, 'line-width': width(3) },
    },
    {
      id: 'context-roads-elevated',
      type: 'line',
      source: 'context-roads',
      filter: byClass('elevated'),
      paint: { 'line-color': theme.road.elevated, 'line-width': width(2.2) },
    },
    {
      id: 'context-roads-label',
      type: 'symbol',
      source: 'context-roads',
      minzoom: 12.5,
      layout: {
        'text-field': nameField(lang),
        'text-size': LABEL_SIZE.road,
        'symbol-placement': 'line',
        'symbol-spacing': 350,
      },
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
      paint: {
        'line-color': ['coalesce', ['get', 'colour'], '#666666'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 5],
      },
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
      // Line 20 is not built and has no published alignment: say so on the line itself
      id: 'context-rail-planned-label',
      type: 'symbol',
      source: 'context-rail',
      filter: planned,
      minzoom: 11.5,
      layout: {
        'text-field': lang === 'zh' ? ['concat', ['get', 'name'], '（规划，走向示意）'] : nameField(lang),
        'text-size': LABEL_SIZE.station,
        'symbol-placement': 'line',
        'symbol-spacing': 500,
      },
      paint: { 'text-color': theme.rail.planned, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
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
        'text-size': LABEL_SIZE.station,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: { 'text-color': theme.rail.label, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
  ];
}

/** Every symbol layer, moved above all lines and fills, in reading priority (last = on top). */
function buildLabelOrder(theme: Theme, lang: Lang): LayerSpecification[] {
  const all = [
    ...districtLayers(theme, lang),
    ...waterLayers(theme, lang),
    ...roadLayers(theme, lang),
    ...railLayers(theme, lang),
    ...labelLayers(theme, lang),
  ];
  return all.filter((l) => l.type === 'symbol');
}

function labelLayers(theme: Theme, lang: Lang): LayerSpecification[] {
  return [
    {
      id: 'context-landmarks-label',
      type: 'symbol',
      source: 'context-landmarks',
      minzoom: 13,
      // schools are many and small: drawn, not labelled
      filter: ['all', ['!=', ['get', 'name'], ''], ['!=', ['get', 'kind'], 'school']],
      layout: { 'text-field': nameField(lang), 'text-size': LABEL_SIZE.landmark, 'symbol-placement': 'point' },
      paint: { 'text-color': theme.landmarkLabel, 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'context-subdistricts-label',
      type: 'symbol',
      source: 'context-subdistricts',
      maxzoom: 15,
      layout: {
        'text-field': nameField(lang),
        'text-size': LABEL_SIZE.subdistrict,
        'text-letter-spacing': 0.15,
        'text-transform': 'uppercase',
      },
      paint: {
        'text-color': theme.subdistrictLabel,
        'text-halo-color': theme.halo,
        'text-halo-width': 2,
        'text-opacity': 0.85,
      },
    },
  ];
}
