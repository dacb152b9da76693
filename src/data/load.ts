import type { FeatureCollection, Geometry } from 'geojson';
import { DATA_URL } from '../config';
import type { PinyinFn } from '../features/search/pinyin';
import type { Tour } from '../features/tour/tour';
import { RECORD_DETAIL_FIELDS, type Catalog, type CatalogDetails, type FeatureProps } from './types';

export type ProjectFeatures = FeatureCollection<Geometry, FeatureProps>;

/** The three project layers `npm run data` writes, drawn in this order (areas below lines below points). */
export const LAYER_FILES = ['areas', 'lines', 'points'] as const;
export type LayerFile = (typeof LAYER_FILES)[number];

export interface LoadedData {
  catalog: Catalog;
  layers: Record<LayerFile, ProjectFeatures>;
  /** Files that could not be loaded or were malformed, with a plain reason; the rest still works. */
  failures: { file: string; reason: string }[];
  /**
   * Whether the records' details (quotes, figures, milestones, status history, related, place
   * basis) are in: `catalog-details.json` loads after the first map; until then they are empty.
   */
  details: 'loading' | 'ready' | 'failed';
}

const EMPTY: ProjectFeatures = { type: 'FeatureCollection', features: [] };

/** Fetches and parses one JSON file; rejects with a reason a person can read. */
async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch {
    throw new Error('network error');
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new Error('not valid JSON');
  }
}

function isFeatureCollection(value: unknown): value is ProjectFeatures {
  if (typeof value !== 'object' || value === null) return false;
  const fc = value as { type?: unknown; features?: unknown };
  return (
    fc.type === 'FeatureCollection' &&
    Array.isArray(fc.features) &&
    fc.features.every(
      (f: { type?: unknown; geometry?: unknown; properties?: { id?: unknown } }) =>
        f?.type === 'Feature' && typeof f.geometry === 'object' && typeof f.properties?.id === 'string',
    )
  );
}

function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<Catalog>;
  return Array.isArray(c.records) && Array.isArray(c.places) && Array.isArray(c.bureaus) && Array.isArray(c.reports);
}

/**
 * Loads the catalog and the three project layers. A missing or corrupt layer is reported in
 * `failures` and replaced by an empty layer, so the rest of the map keeps working. Only a
 * missing catalog is fatal (it holds the projects themselves): then this rejects.
 */
export async function loadData(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<LoadedData> {
  const failures: LoadedData['failures'] = [];
  const catalogFile = 'layers/catalog.json';
  // All four files in parallel: the layers do not wait for the catalog.
  const [catalogResult, ...results] = await Promise.allSettled([
    fetchJson(`${base}${catalogFile}`, fetcher),
    ...LAYER_FILES.map((name) => fetchJson(`${base}layers/${name}.geojson`, fetcher)),
  ]);
  if (catalogResult!.status === 'rejected') throw new Error(`${catalogFile}: ${(catalogResult!.reason as Error).message}`);
  const catalog = catalogResult!.value;
  if (!isCatalog(catalog)) throw new Error(`${catalogFile}: not a project catalog`);
  const layers = {} as Record<LayerFile, ProjectFeatures>;
  LAYER_FILES.forEach((name, i) => {
    const file = `layers/${name}.geojson`;
    const result = results[i]!;
    if (result.status === 'rejected') {
      failures.push({ file, reason: (result.reason as Error).message });
      layers[name] = EMPTY;
    } else if (!isFeatureCollection(result.value)) {
      failures.push({ file, reason: 'not a GeoJSON FeatureCollection of projects' });
      layers[name] = EMPTY;
    } else {
      layers[name] = result.value;
    }
  });
  // Details come later (withDetails): empty until then, so every reader sees the same shape.
  const empty = { statusHistory: [], figures: [], milestones: [], quotes: [], related: [] };
  catalog.records = catalog.records.map((r) => Object.assign({}, empty, r));
  catalog.places = catalog.places.map((p) => Object.assign({ basis: '' }, p));
  return { catalog, layers, failures, details: 'loading' };
}

/** `layers/catalog-details.json`: the records' quotes, figures, milestones, history, related, and the places' basis. */
export async function loadDetails(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<CatalogDetails> {
  const file = 'layers/catalog-details.json';
  const value = await fetchJson(`${base}${file}`, fetcher).catch((error: Error) => {
    throw new Error(`${file}: ${error.message}`);
  });
  const d = value as Partial<CatalogDetails> | null;
  if (typeof d?.records !== 'object' || d.records === null || typeof d.places !== 'object' || d.places === null) throw new Error(`${file}: not the catalog's details`);
  return d as CatalogDetails;
}

/** The loaded data with the details filled in (a new object; records without details keep empty ones). */
export function withDetails(data: LoadedData, details: CatalogDetails): LoadedData {
  const records = data.catalog.records.map((r) => {
    const d = details.records[r.id];
    return d ? { ...r, ...Object.fromEntries(RECORD_DETAIL_FIELDS.map((k) => [k, d[k] ?? r[k]])) } : r;
  });
  const places = data.catalog.places.map((p) => ({ ...p, basis: details.places[p.id]?.basis ?? p.basis }));
  return { ...data, catalog: { ...data.catalog, records, places }, details: 'ready' };
}

/** The curated tours (`layers/tours.json`), loaded when a presenter first opens tours. */
export async function loadTours(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<Tour[]> {
  const value = await fetchJson(`${base}layers/tours.json`, fetcher).catch((error: Error) => {
    throw new Error(`layers/tours.json: ${error.message}`);
  });
  if (!Array.isArray(value)) throw new Error('layers/tours.json: not a list of tours');
  return value as Tour[];
}

/** The pinyin key table (`layers/search-keys.json`, built by `npm run data`), as a lookup. */
export async function loadPinyin(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<PinyinFn> {
  const value = await fetchJson(`${base}layers/search-keys.json`, fetcher).catch((error: Error) => {
    throw new Error(`layers/search-keys.json: ${error.message}`);
  });
  const table = new Map(Object.entries((value as { pinyin?: Record<string, string[]> }).pinyin ?? {}));
  return (text) => table.get(text) ?? [];
}
