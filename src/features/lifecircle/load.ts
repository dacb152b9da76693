import { DATA_URL } from '../../config';
import { buildFacilityIndex, parseFacilities, type Facility, type FacilityIndex } from './life-circle';

export interface LoadedFacilities {
  list: Facility[];
  index: FacilityIndex;
}

/**
 * Fetches `context/facilities.geojson` (OSM life-circle facilities). Rejects with a plain reason;
 * the caller shows it. Loaded on demand: only when the life-circle card or the district view opens.
 */
export async function loadFacilities(
  fetcher: typeof fetch = fetch,
  base: string = DATA_URL,
): Promise<LoadedFacilities> {
  let response: Response;
  try {
    response = await fetcher(`${base}context/facilities.geojson`);
  } catch {
    throw new Error('network error');
  }
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const list = parseFacilities(await response.json().catch(() => null));
  if (list.length === 0) throw new Error('no facilities in the file');
  return { list, index: buildFacilityIndex(list) };
}
