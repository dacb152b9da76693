/**
 * Reading single values of a link: lists, a point, a camera (kept inside the map's area), and a
 * guess for a misspelled parameter. Each returns null (or drops the value) rather than throwing.
 */
import { MAX_BOUNDS } from '../config';
import type { UrlState } from './url-state';

/** A value as a notice quotes it: at most 40 characters. */
export const shorten = (v: string): string => (v.length > 40 ? `${v.slice(0, 39)}…` : v);

export const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: string): v is T =>
    (values as readonly string[]).includes(v);

/**
 * Parses `a,b,c` keeping the known values; `dropped` lists the unknown ones. Null when no value is
 * known but some were given (the whole list is ignored).
 */
export function parseList<T>(
  value: string,
  parse: (v: string) => T | undefined,
): { values: T[]; dropped: string[] } | null {
  const values: T[] = [];
  const dropped: string[] = [];
  for (const part of value.split(',')) {
    if (part === '') continue;
    const v = parse(part);
    if (v === undefined) dropped.push(part);
    else if (!values.includes(v)) values.push(v);
  }
  return values.length === 0 && dropped.length > 0 ? null : { values, dropped };
}

/** Edit distance, for guessing what a misspelled parameter meant. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** `bb (b?)` when a `known` parameter is one or two edits away, else the name (shortened). */
export function describeUnknown(name: string, known: readonly string[]): string {
  const limit = name.length >= 4 ? 2 : 1;
  const guess =
    name.length >= 2 && name.length <= 20 ? known.find((p) => distance(name.toLowerCase(), p) <= limit) : undefined;
  return guess ? `${shorten(name)} (${guess}?)` : shorten(name);
}

/** Keeps a camera's centre inside the area the map allows ({@link MAX_BOUNDS}); the same object when it already is. */
export function clampCamera(camera: NonNullable<UrlState['camera']>): NonNullable<UrlState['camera']> {
  const [w, s, e, n] = MAX_BOUNDS;
  const [lng, lat] = camera.center;
  const inside = lng >= w && lng <= e && lat >= s && lat <= n;
  return inside ? camera : { ...camera, center: [Math.min(e, Math.max(w, lng)), Math.min(n, Math.max(s, lat))] };
}

/** `lng,lat` in range, else null. */
export function parseLngLat(value: string): [number, number] | null {
  const parts = value.split(',').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lng, lat] = parts as [number, number];
  return lng >= -180 && lng <= 180 && lat >= -85 && lat <= 85 ? [lng, lat] : null;
}

/** `zoom/lat/lng[/bearing/pitch]` in range, else null. */
export function parseCamera(value: string): UrlState['camera'] {
  const parts = value.split('/').map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length < 3 || parts.length > 5 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts as [number, number, number, number?, number?];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  if (bearing < -360 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { center: [lng, lat], zoom, bearing, pitch };
}
