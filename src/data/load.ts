import type { FeatureCollection, Geometry } from 'geojson';
import * as v from 'valibot';
import { DATA_URL } from '../config';
import type { PinyinFn } from './search-text';
import type { Tour } from './tour-model';
import { expectShape, faultOf, fetchJson, SLOW_MS, TIMEOUT_MS, type FaultCode } from './fetch-json';
import {
  CatalogDetailsSchema,
  CatalogShapeSchema,
  CollectionSchema,
  keepValid,
  PlaceRecordSchema,
  ProjectFeatureSchema,
  ProjectRecordSchema,
  TourSchema,
} from './schema';
import {
  RECORD_DETAIL_FIELDS,
  type Catalog,
  type CatalogDetails,
  type FeatureProps,
  type PlaceRecord,
  type ProjectRecord,
} from './types';

export type ProjectFeatures = FeatureCollection<Geometry, FeatureProps>;

/** The three project layers `npm run data` writes, drawn in this order (areas below lines below points). */
export const LAYER_FILES = ['areas', 'lines', 'points'] as const;
export type LayerFile = (typeof LAYER_FILES)[number];

export const CATALOG_FILE = 'layers/catalog.json';
export const DETAILS_FILE = 'layers/catalog-details.json';
export const SEARCH_KEYS_FILE = 'layers/search-keys.json';
export const TOURS_FILE = 'layers/tours.json';
const layerFile = (name: LayerFile) => `layers/${name}.geojson`;

/**
 * A file that could not be used, or only in part:
 * - `code`/`detail`: the whole file is unusable (network error, HTTP 500, not JSON, wrong shape…)
 * - `dropped`/`total`: the file loaded but `dropped` of its `total` entries were invalid and left out
 */
export interface FileFailure {
  file: string;
  code?: FaultCode;
  detail?: string;
  dropped?: number;
  total?: number;
}

export interface LoadedData {
  /** Empty until `catalog.json` has arrived (and when it failed). */
  catalog: Catalog;
  catalogLoaded: boolean;
  layers: Record<LayerFile, ProjectFeatures>;
  /** Files that failed or were partly invalid; the rest still works. */
  failures: FileFailure[];
  /** Files still on their way (named as slow in a notice); they are merged in when they arrive. */
  pending: string[];
  /**
   * Whether the records' details (quotes, figures, milestones, status history, related, place
   * basis) are in: `catalog-details.json` loads after the first map; until then they are empty.
   */
  details: 'loading' | 'ready' | 'failed';
}

const EMPTY: ProjectFeatures = { type: 'FeatureCollection', features: [] };
const EMPTY_CATALOG: Catalog = { reports: [], bureaus: [], records: [], places: [] };

export interface LoadOptions {
  fetcher?: typeof fetch;
  base?: string;
  /** How long to wait for all files before showing what arrived (ms). */
  slowMs?: number;
  timeoutMs?: number;
  /** Called with a new snapshot each time a late file settles (after the promise resolved). */
  onUpdate?: (data: LoadedData) => void;
}

/** Checks `catalog.json`: its outer shape, then each record and place (invalid ones dropped). */
function parseCatalog(value: unknown): { catalog: Catalog; failure?: FileFailure } {
  const shape = expectShape(value, CatalogShapeSchema, 'a project catalog');
  const records = keepValid(shape.records, ProjectRecordSchema);
  const places = keepValid(shape.places, PlaceRecordSchema);
  const catalog = {
    ...shape,
    records: records.valid as ProjectRecord[],
    places: places.valid as PlaceRecord[],
  } as Catalog;
  const dropped = records.dropped + places.dropped;
  const total = shape.records.length + shape.places.length;
  return { catalog, failure: dropped ? { file: CATALOG_FILE, dropped, total } : undefined };
}

/** Checks a layer: a FeatureCollection whose features each pass the shared schema. */
function parseLayer(value: unknown): { layer: ProjectFeatures; dropped: number; total: number } {
  const shape = expectShape(value, CollectionSchema, 'a GeoJSON FeatureCollection');
  const { valid, dropped } = keepValid(shape.features, ProjectFeatureSchema);
  return {
    layer: { type: 'FeatureCollection', features: valid as ProjectFeatures['features'] },
    dropped,
    total: shape.features.length,
  };
}

/**
 * Loads the catalog and the three project layers, each on its own: a file that fails is reported
 * in `failures` and left empty, so the rest keeps working. Never rejects.
 *
 * Resolves when every file has settled, or after `slowMs` with what has arrived (the others
 * listed in `pending`); each late file then calls `onUpdate` with a new snapshot. Features whose
 * record id the catalog does not know are dropped (and counted) once the catalog is in.
 */
export function loadData(options: LoadOptions = {}): Promise<LoadedData> {
  const { fetcher = fetch, base = DATA_URL, slowMs = SLOW_MS, timeoutMs = TIMEOUT_MS, onUpdate } = options;
  let catalog: Catalog | null = null;
  let catalogFailure: FileFailure | undefined;
  const layers: Partial<Record<LayerFile, { layer: ProjectFeatures; dropped: number; total: number }>> = {};
  const failed: FileFailure[] = [];
  const pending = new Set<string>([CATALOG_FILE, ...LAYER_FILES.map(layerFile)]);

  const snapshot = (): LoadedData => {
    const ids = catalog ? new Set(catalog.records.map((r) => r.id)) : null;
    const failures: FileFailure[] = [...failed];
    if (catalogFailure) failures.push(catalogFailure);
    const out = {} as Record<LayerFile, ProjectFeatures>;
    for (const name of LAYER_FILES) {
      const loaded = layers[name];
      if (!loaded) {
        out[name] = EMPTY;
        continue;
      }
      const features = ids ? loaded.layer.features.filter((f) => ids.has(f.properties.id)) : loaded.layer.features;
      const dropped = loaded.dropped + loaded.layer.features.length - features.length;
      out[name] =
        features.length === loaded.layer.features.length ? loaded.layer : { type: 'FeatureCollection', features };
      if (dropped) failures.push({ file: layerFile(name), dropped, total: loaded.total });
    }
    return {
      catalog: catalog ?? EMPTY_CATALOG,
      catalogLoaded: catalog !== null,
      layers: out,
      failures,
      pending: [...pending],
      details: 'loading',
    };
  };

  return new Promise((resolve) => {
    let resolved = false;
    const timer = setTimeout(() => {
      resolved = true;
      resolve(snapshot());
    }, slowMs);
    const settled = (file: string) => {
      pending.delete(file);
      if (resolved) onUpdate?.(snapshot());
      else if (pending.size === 0) {
        clearTimeout(timer);
        resolved = true;
        resolve(snapshot());
      }
    };
    const load = (file: string, use: (value: unknown) => void) =>
      fetchJson(`${base}${file}`, fetcher, timeoutMs)
        .then(use)
        .catch((error: unknown) => failed.push({ file, ...faultOf(error) }))
        .finally(() => settled(file));
    void load(CATALOG_FILE, (value) => {
      const parsed = parseCatalog(value);
      catalog = parsed.catalog;
      catalogFailure = parsed.failure;
    });
    for (const name of LAYER_FILES) void load(layerFile(name), (value) => (layers[name] = parseLayer(value)));
  });
}

/**
 * The curated tours (`layers/tours.json`), loaded when a presenter first opens tours. Rejects with
 * a {@link FileError} when the file cannot be used; invalid tours are left out.
 */
export async function loadTours(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<Tour[]> {
  const value = expectShape(await fetchJson(`${base}${TOURS_FILE}`, fetcher), v.array(v.unknown()), 'a list of tours');
  return keepValid(value, TourSchema).valid as Tour[];
}

/**
 * `layers/catalog-details.json`: the records' quotes, figures, milestones, history and related
 * records, and the places' basis. Loaded after the first map; rejects with a {@link FileError}.
 */
export async function loadDetails(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<CatalogDetails> {
  const value = await fetchJson(`${base}${DETAILS_FILE}`, fetcher);
  return expectShape(value, CatalogDetailsSchema, "the catalog's details") as CatalogDetails;
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

/**
 * The pinyin key table (`layers/search-keys.json`, built by `npm run data`), as a lookup. Loaded
 * after the first map; rejects with a {@link FileError}.
 */
export async function loadPinyin(fetcher: typeof fetch = fetch, base: string = DATA_URL): Promise<PinyinFn> {
  const value = await fetchJson(`${base}${SEARCH_KEYS_FILE}`, fetcher);
  const shape = expectShape(
    value,
    v.looseObject({ pinyin: v.record(v.string(), v.array(v.string())) }),
    'a pinyin table',
  );
  const table = new Map(Object.entries(shape.pinyin));
  return (text) => table.get(text) ?? [];
}
