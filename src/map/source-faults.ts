import type * as maplibregl from 'maplibre-gl';
import { expectShape, faultOf, fetchJson, SLOW_MS, TIMEOUT_MS, type FaultCode } from '../data/fetch-json';
import type { FileFailure } from '../data/load';
import { CollectionSchema, ContextFeatureSchema, keepValid } from '../data/schema';

/**
 * MapLibre fetches the context basemap through this protocol (`yp-checked:///data/context/…`):
 * the same fetch as the app's own files (timeout, plain fault codes) and the same schema check,
 * so a file of the wrong shape fails loudly and invalid features are left out and counted.
 */
export const CHECKED_PROTOCOL = 'yp-checked';

/** The URL a style source uses for a same-origin GeoJSON file checked on arrival. */
export const checkedUrl = (path: string): string => `${CHECKED_PROTOCOL}://${path}`;

/** The same-origin path behind a {@link checkedUrl}. */
export const checkedPath = (url: string): string => url.slice(`${CHECKED_PROTOCOL}://`.length);

/**
 * Registers {@link CHECKED_PROTOCOL} with MapLibre (`maplibregl.addProtocol`). A file that fails
 * rejects with a `FileError` (MapLibre then fires `error` with the source id); invalid features
 * are dropped and reported through `onDropped`.
 */
export function registerCheckedProtocol(
  addProtocol: typeof maplibregl.addProtocol,
  onDropped: (failure: FileFailure) => void,
): void {
  addProtocol(CHECKED_PROTOCOL, async (params, abort) => {
    const path = checkedPath(params.url);
    const shape = expectShape(
      await fetchJson(path, fetch, TIMEOUT_MS, abort.signal),
      CollectionSchema,
      'a GeoJSON FeatureCollection',
    );
    const { valid, dropped } = keepValid(shape.features, ContextFeatureSchema);
    if (dropped) onDropped({ file: fileOf(path), dropped, total: shape.features.length });
    return { data: { type: 'FeatureCollection', features: valid } };
  });
}

/** `/data/context/roads.geojson` → `context/roads.geojson` (as notices name files). */
const fileOf = (path: string): string => path.replace(/^.*?\/data\//, '');

/** The context file a style source id stands for (`context-roads` → `context/roads.geojson`), or null. */
export function contextFileOf(sourceId: string | undefined): string | null {
  const m = /^context-([a-z0-9-]+)$/.exec(sourceId ?? '');
  return m ? `context/${m[1]}.geojson` : null;
}

/** Classifies a MapLibre source error: ours carry their fault code; an AJAXError its HTTP status. */
export function sourceFault(error: unknown): { code: FaultCode; detail: string } {
  const carried = faultOf(error);
  if (carried.code !== 'other') return carried;
  const e = error as { status?: number; message?: string } | undefined;
  if (typeof e?.status === 'number')
    return e.status > 0 ? { code: 'http', detail: String(e.status) } : { code: 'network', detail: '' };
  const message = e?.message ?? '';
  if (/Unexpected token '?<|<!doctype|<html/i.test(message)) return { code: 'html', detail: '' };
  if (/JSON|Unexpected end|Unexpected token/i.test(message)) return { code: 'json', detail: '' };
  if (/fetch|network/i.test(message)) return { code: 'network', detail: '' };
  return { code: 'shape', detail: '' };
}

/**
 * Watches the context basemap's GeoJSON sources, which MapLibre fetches itself:
 * - a source that errors (HTTP error, network, not JSON, not GeoJSON) → `onFailure`, once per file
 * - a source still not loaded after `slowMs` → `onSlow`; `onArrived` when it loads after all
 * The rest of the map keeps drawing either way.
 */
export function watchContextSources(
  map: maplibregl.Map,
  handlers: {
    onFailure: (failure: FileFailure) => void;
    onSlow: (file: string) => void;
    onArrived: (file: string) => void;
  },
  slowMs = SLOW_MS,
): () => void {
  const failed = new Set<string>();
  const slow = new Set<string>();
  const onError = (e: { sourceId?: string; error?: unknown }) => {
    const file = contextFileOf(e.sourceId);
    if (!file || failed.has(file)) return;
    failed.add(file);
    handlers.onFailure({ file, ...sourceFault(e.error) });
  };
  const onData = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
    const file = contextFileOf(e.sourceId);
    if (file && slow.has(file) && e.isSourceLoaded) {
      slow.delete(file);
      handlers.onArrived(file);
    }
  };
  const timer = setTimeout(() => {
    for (const id of Object.keys(map.getStyle()?.sources ?? {})) {
      const file = contextFileOf(id);
      if (file && !failed.has(file) && !map.isSourceLoaded(id)) {
        slow.add(file);
        handlers.onSlow(file);
      }
    }
  }, slowMs);
  map.on('error', onError);
  map.on('sourcedata', onData);
  return () => {
    clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
  };
}
