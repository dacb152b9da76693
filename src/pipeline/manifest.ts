/**
 * The manifest: what the layers were built from and summary counts for the app's legend and
 * filters.
 */
import { CATEGORIES, STATUSES, type Manifest, type ProjectRecord } from '../data/types.ts';
import type { BureauSource } from '../data/source-schema.ts';
import { GEOMETRY_KINDS } from './to-geojson.ts';

/** One written layer: file name, feature count, size in bytes (UTF-8). */
export interface LayerInfo {
  file: string;
  features: number;
  bytes: number;
}

/**
 * Builds the manifest.
 *
 * Counts (every known key present, zero included, except years which list only those used):
 * - `bureau`: records naming the bureau (a record with two bureaus counts for both)
 * - `status`: records by current status; `year`: records by each of their years
 * - `category`: records by category; `geometry`: features by kind (area, line, point)
 *
 * @param generatedFrom - source files consumed (root-relative), sorted here
 */
export function buildManifest(
  generatedFrom: string[],
  layers: LayerInfo[],
  records: ProjectRecord[],
  bureaus: BureauSource[],
): Manifest {
  const zero = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));
  const bureau = zero(bureaus.map((b) => b.id));
  const status = zero(STATUSES);
  const category = zero(CATEGORIES);
  const geometry = zero(GEOMETRY_KINDS);
  const years = new Map<number, number>();
  for (const r of records) {
    for (const b of r.bureaus) bureau[b] = (bureau[b] ?? 0) + 1;
    status[r.status] += 1;
    category[r.category] += 1;
    for (const y of r.years) years.set(y, (years.get(y) ?? 0) + 1);
    for (const k of r.geometryKinds) geometry[k] += 1;
  }
  const year = Object.fromEntries([...years.entries()].sort((a, b) => a[0] - b[0]).map(([y, n]) => [String(y), n]));
  const drawn = records.filter((r) => r.geometryKinds.length > 0).length;
  return {
    generatedFrom: [...generatedFrom].sort(),
    layers,
    records: records.length,
    drawn,
    districtWide: records.filter((r) => r.scope === 'district').length,
    counts: { bureau, status, year, category, geometry },
  };
}
