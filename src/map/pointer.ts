import type * as maplibregl from 'maplibre-gl';
import type { Precision } from '../data/types';
import { approximateLabel, type Lang } from '../i18n';
import { interactiveLayerIds } from './layers/projects';
import { PRECISION_RADIUS_M } from './project-theme';

const HIT_LAYERS = interactiveLayerIds();

/** A project feature drawn under a screen point: its record and the precision of that placement. */
export interface Hit {
  id: string;
  precision: Precision;
}

/** The project drawn under a screen point (within `radius` pixels), or null. */
export function projectAt(map: maplibregl.Map, point: maplibregl.Point, radius: number): Hit | null {
  const layers = HIT_LAYERS.filter((id) => map.getLayer(id));
  if (!layers.length) return null;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - radius, point.y - radius],
    [point.x + radius, point.y + radius],
  ];
  const props = map.queryRenderedFeatures(box, { layers })[0]?.properties;
  return typeof props?.id === 'string' ? { id: props.id, precision: props.precision as Precision } : null;
}

/** The hover tooltip's text: the name, and on a second line how approximate its placement is. */
export function tooltipText(name: string, precision: Precision, lang: Lang): string {
  const approx = approximateLabel(precision, lang, PRECISION_RADIUS_M[precision]);
  return approx ? `${name}\n${approx}` : name;
}

/**
 * Hover on the map: `onHover` gets the project under the pointer (or null), the cursor turns to a
 * pointer over one, and a tooltip shows its name as text (never HTML).
 */
export function followPointer(
  map: maplibregl.Map,
  describe: (hit: Hit) => string | undefined,
  onHover: (id: string | null) => void,
): void {
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  map.getContainer().append(tooltip);
  const hoverAt = (point: maplibregl.Point | null) => {
    const hit = point ? projectAt(map, point, 2) : null;
    onHover(hit?.id ?? null);
    map.getCanvas().style.cursor = hit ? 'pointer' : '';
    const text = hit ? describe(hit) : undefined;
    tooltip.hidden = text === undefined;
    if (text !== undefined && point) {
      tooltip.textContent = text;
      tooltip.style.transform = `translate(${Math.round(point.x + 12)}px, ${Math.round(point.y + 12)}px)`;
    }
  };
  map.on('mousemove', (e) => hoverAt(e.point));
  map.getCanvas().addEventListener('mouseleave', () => hoverAt(null));
  map.on('movestart', () => (tooltip.hidden = true));
}
