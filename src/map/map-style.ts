import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapId } from '../data/basemap-ids';
import type { Lang } from '../i18n';
import { onlineBasemaps, type BasemapEnv } from './basemaps';
import { buildEmbeddedStyle } from './style';
import type { Theme } from './theme';

/** Everything the basemap style depends on. The map view re-applies the style whenever one changes. */
export interface MapStyleInput {
  basemap: BasemapId;
  lang: Lang;
  theme: Theme;
  /** Multiplies the size of every label of the embedded basemap (1 = as designed; tours may enlarge). */
  textScale?: number;
  /** False until the projects are first drawn: the embedded basemap then leaves its lighter files for later. */
  firstMapDrawn?: boolean;
}

export interface ResolvedStyle {
  /** The basemap actually drawn: an online one that this build cannot offer resolves to the embedded one. */
  basemap: BasemapId;
  style: StyleSpecification | string;
}

/** The style for (basemap, language, theme, text scale): a pure function of its input. */
export function mapStyle(input: MapStyleInput, env: BasemapEnv): ResolvedStyle {
  const online = onlineBasemaps(env, input.lang).find((b) => b.id === input.basemap);
  if (online) return { basemap: online.id, style: online.style };
  return {
    basemap: 'embedded',
    style: scaleText(buildEmbeddedStyle(input.theme, input.lang, input.firstMapDrawn ?? true), input.textScale ?? 1),
  };
}

/**
 * An online vector style's place labels in the UI language: every symbol layer whose text comes
 * from a `name` field (OpenMapTiles: `name`, `name_en`, `name:xx`) shows `name:zh` or `name:en`,
 * falling back to the local name. Road numbers and other non-name labels are left alone.
 */
export function localizeLabels(style: StyleSpecification, lang: Lang): StyleSpecification {
  const field: ExpressionSpecification =
    lang === 'zh'
      ? ['coalesce', ['get', 'name:zh'], ['get', 'name']]
      : ['coalesce', ['get', 'name:en'], ['get', 'name_en'], ['get', 'name']];
  const namesPlace = (text: unknown) =>
    /"name(_[a-z]+|:[a-z_-]+)?"|\{name(_[a-z]+|:[a-z_-]+)?\}/.test(JSON.stringify(text ?? null));
  return {
    ...style,
    layers: style.layers.map((layer) =>
      layer.type === 'symbol' && namesPlace(layer.layout?.['text-field'])
        ? { ...layer, layout: { ...layer.layout, 'text-field': field } }
        : layer,
    ),
  };
}

/** MapLibre's default `text-size`. */
const DEFAULT_TEXT_SIZE = 16;

/**
 * Every symbol layer's `text-size` times `scale`. A zoom curve keeps its shape (its outputs are
 * scaled: MapLibre allows `zoom` only at the top of a `text-size` expression).
 */
export function scaleText(style: StyleSpecification, scale: number): StyleSpecification {
  if (scale === 1) return style;
  const scaled = (size: unknown): number | ExpressionSpecification => {
    if (size === undefined) return DEFAULT_TEXT_SIZE * scale;
    if (typeof size === 'number') return size * scale;
    const expr = size as unknown[];
    if (
      (expr[0] === 'interpolate' || expr[0] === 'step') &&
      JSON.stringify(expr[expr[0] === 'step' ? 1 : 2]) === '["zoom"]'
    ) {
      // interpolate: [op, curve, input, z0, v0, z1, v1…]; step: [op, input, v0, z1, v1…]. A number
      // output is multiplied (so the style still reads as pixels), an expression wrapped in `*`.
      const firstOutput = expr[0] === 'interpolate' ? 4 : 2;
      return expr.map((v, i) =>
        i >= firstOutput && (i - firstOutput) % 2 === 0 ? (typeof v === 'number' ? v * scale : ['*', v, scale]) : v,
      ) as ExpressionSpecification;
    }
    return ['*', size as ExpressionSpecification, scale];
  };
  return {
    ...style,
    layers: style.layers.map((layer) =>
      layer.type === 'symbol'
        ? { ...layer, layout: { ...layer.layout, 'text-size': scaled(layer.layout?.['text-size']) } }
        : layer,
    ),
  };
}
