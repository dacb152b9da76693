import type * as maplibregl from 'maplibre-gl';
import { SLOW_MS, type FaultCode } from '../data/fetch-json';
import type { FileFailure } from '../data/load';

/** The context file a style source id stands for (`context-roads` → `context/roads.geojson`), or null. */
export function contextFileOf(sourceId: string | undefined): string | null {
  const m = /^context-([a-z0-9-]+)$/.exec(sourceId ?? '');
  return m ? `context/${m[1]}.geojson` : null;
}

/** Classifies a MapLibre source error (an AJAXError carries the HTTP status; a parse error says JSON). */
export function sourceFault(error: unknown): { code: FaultCode; detail: string } {
  const e = error as { status?: number; message?: string } | undefined;
  if (typeof e?.status === 'number') return e.status > 0 ? { code: 'http', detail: String(e.status) } : { code: 'network', detail: '' };
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
  handlers: { onFailure: (failure: FileFailure) => void; onSlow: (file: string) => void; onArrived: (file: string) => void },
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
