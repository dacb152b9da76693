/**
 * Tours made in the app: the draft a presenter builds from the explorer, kept in the browser,
 * written out as a tour file for `geodata/tours/` or carried by a link. Pure, except
 * {@link loadDraft} / {@link saveDraft}, which take the storage to use.
 */
import type { Names } from '../../data/types';
import { TOUR_LIMITS, type TourCamera, type TourFilters, type TourSource, type TourStopSource } from './tour';

/** The tour id of the browser's own draft, and of a tour carried by a link (`td`). */
export const MY_TOUR_ID = 'mine';
export const SHARED_TOUR_ID = 'shared';
const STORAGE_KEY = 'yangpu.myTour';

export interface DraftStop {
  project: string;
  caption: Names;
  notes: Names;
  camera: TourCamera;
  filters: TourFilters;
}

export interface Draft {
  /** File name and tour id: kebab-case. */
  id: string;
  title: Names;
  stops: DraftStop[];
}

export const EMPTY_DRAFT: Readonly<Draft> = Object.freeze({
  id: 'my-tour',
  title: { zh: '我的演示', en: 'My tour' },
  stops: [],
});

/** The draft with `stop` appended. */
export const addStop = (d: Draft, stop: DraftStop): Draft => ({ ...d, stops: [...d.stops, stop] });
/** The draft without stop `i`. */
export const removeStop = (d: Draft, i: number): Draft => ({ ...d, stops: d.stops.filter((_, n) => n !== i) });
/** Stop `i` swapped with its neighbour above (`dir` −1) or below (1); unchanged at the ends. */
export function moveStop(d: Draft, i: number, dir: 1 | -1): Draft {
  const j = i + dir;
  if (i < 0 || j < 0 || i >= d.stops.length || j >= d.stops.length) return d;
  const stops = [...d.stops];
  [stops[i], stops[j]] = [stops[j]!, stops[i]!];
  return { ...d, stops };
}
/** Stop `i` with some fields replaced. */
export const updateStop = (d: Draft, i: number, patch: Partial<DraftStop>): Draft => ({
  ...d,
  stops: d.stops.map((s, n) => (n === i ? { ...s, ...patch } : s)),
});

/** Both languages filled: an empty one takes the other's text; both empty → undefined. */
function names(n: Names): Names | undefined {
  const zh = n.zh.trim();
  const en = n.en.trim();
  if (!zh && !en) return undefined;
  return { zh: zh || en, en: en || zh };
}

/** Only the facets that constrain; `{}` = every project drawn (the stop still sets it). */
function facets(f: TourFilters): Partial<TourFilters> {
  const out: Partial<TourFilters> = {};
  for (const k of ['bureaus', 'statuses', 'years', 'categories'] as const)
    if (f[k].length) (out as Record<string, unknown>)[k] = [...f[k]];
  return out;
}

/** The draft as a tour file's content (the shape `validateTours` checks). A title with one language gets it in both. */
export function draftToSource(d: Draft): TourSource {
  return {
    id: d.id,
    title: names(d.title) ?? { zh: EMPTY_DRAFT.title.zh, en: EMPTY_DRAFT.title.en },
    stops: d.stops.map((s): TourStopSource => {
      const caption = names(s.caption);
      const notes = names(s.notes);
      const cam = s.camera;
      return {
        project: s.project,
        ...(caption ? { caption } : {}),
        ...(notes ? { notes } : {}),
        camera: { pitch: cam.pitch, bearing: cam.bearing, zoomOffset: cam.zoomOffset },
        filters: facets(s.filters),
      };
    }),
  };
}

/**
 * A tour file's text, in the layout of the files in `geodata/tours/` (block mappings, one stop
 * per list item, flow values). Values are written as JSON, which YAML reads as is.
 */
export function toTourYaml(source: TourSource): string {
  const j = (v: unknown) => JSON.stringify(v);
  const flow = (o: object) =>
    `{ ${Object.entries(o)
      .map(([k, v]) => `${k}: ${j(v)}`)
      .join(', ')} }`;
  const comment = `${source.title.zh} — ${source.title.en}`.replace(/\s+/g, ' ');
  const lines = [`# ${comment} (made in the app)`, `id: ${source.id}`, `title: ${flow(source.title)}`];
  if (source.description) lines.push(`description: ${flow(source.description)}`);
  if (source.dwellSeconds !== undefined) lines.push(`dwellSeconds: ${source.dwellSeconds}`);
  lines.push('stops:');
  for (const s of source.stops) {
    lines.push(`  - project: ${s.project}`);
    if (s.caption) lines.push(`    caption: ${flow(s.caption)}`);
    if (s.notes) lines.push(`    notes: ${flow(s.notes)}`);
    if (s.figures) lines.push(`    figures: ${j(s.figures)}`);
    if (s.camera) lines.push(`    camera: ${flow(s.camera)}`);
    if (s.filters) lines.push(`    filters: ${flow(s.filters)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A tour as a link parameter: its JSON, UTF-8, base64url. */
export function encodeTourData(source: TourSource): string {
  const bytes = new TextEncoder().encode(JSON.stringify(source));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The parsed JSON of a link parameter, or null when it is not base64url JSON (not yet checked as a tour). */
export function decodeTourData(td: string): unknown {
  try {
    const bin = atob(td.replaceAll('-', '+').replaceAll('_', '/'));
    return JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))),
    ) as unknown;
  } catch {
    return null;
  }
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);

/**
 * The zoom a camera has relative to fitting `bbox` [w, s, e, n] (degrees) into a viewport
 * (pixels, 70 px padding, as the explorer fits a project), rounded to 0.25 and clamped to the
 * tour limits — what a stop's `camera.zoomOffset` stores.
 */
export function zoomOffsetFor(
  zoom: number,
  bbox: readonly [number, number, number, number],
  viewport: { width: number; height: number },
): number {
  const [w, s, e, n] = bbox;
  const dx = Math.max((e - w) / 360, 1e-9);
  const dy = Math.max(mercY(n) - mercY(s), 1e-9);
  const fit = Math.min(
    16,
    Math.log2(
      Math.min(Math.max(viewport.width - 140, 50) / (dx * 512), Math.max(viewport.height - 140, 50) / (dy * 512)),
    ),
  );
  const [lo, hi] = TOUR_LIMITS.zoomOffset;
  return Math.max(lo, Math.min(hi, Math.round((zoom - fit) * 4) / 4));
}

/** The stored draft, or an empty one when there is none or it is unreadable. */
export function loadDraft(storage: Pick<Storage, 'getItem'> | undefined): Draft {
  try {
    const d = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Draft | null;
    if (d && typeof d.id === 'string' && Array.isArray(d.stops) && d.title) return d;
  } catch {
    // Unreadable: start afresh.
  }
  return structuredClone(EMPTY_DRAFT) as Draft;
}

/** Stores the draft; false when the browser refuses (private mode, full). */
export function saveDraft(storage: Pick<Storage, 'setItem'> | undefined, d: Draft): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(d));
    return Boolean(storage);
  } catch {
    return false;
  }
}
