import { describe, expect, it } from 'vitest';

import {
  activeFilters,
  applyAction,
  createTourState,
  currentStop,
  DEFAULT_CAMERA,
  first,
  goTo,
  isAdvancing,
  keyToAction,
  last,
  next,
  normaliseTour,
  pause,
  prev,
  resume,
  stopFigures,
  tick,
  togglePlay,
  tourProgress,
  type Tour,
} from '../../src/features/tour/tour';
import { geographicOrder, pathLengthM, selectionTour } from '../../src/features/tour/selection-tour';
import { makeRecord } from './records';

/** A tour of `n` stops p0 … p(n-1). */
const tourOf = (n: number): Tour =>
  normaliseTour({
    id: 't',
    title: { zh: '测试', en: 'Test' },
    stops: Array.from({ length: n }, (_, i) => ({ project: `p${i}` })),
  });

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` random points inside Yangpu's rough extent. */
const randomPoints = (n: number, seed: number): [number, number][] => {
  const r = rng(seed);
  return Array.from({ length: n }, () => [121.49 + r() * 0.07, 31.25 + r() * 0.09] as [number, number]);
};

describe('normaliseTour', () => {
  it('fills the defaults', () => {
    const t = tourOf(1);
    expect(t.dwellSeconds).toBe(8);
    expect(t.description).toBeNull();
    expect(t.stops[0]).toEqual({
      project: 'p0',
      caption: null,
      notes: null,
      figures: null,
      camera: DEFAULT_CAMERA,
      filters: null,
    });
  });

  it('merges a partial camera and fills missing filter facets with []', () => {
    const t = normaliseTour({
      id: 't',
      title: { zh: 'a', en: 'a' },
      stops: [{ project: 'x', camera: { pitch: 45 }, filters: { bureaus: ['housing'] } }],
    });
    expect(t.stops[0]!.camera).toEqual({ pitch: 45, bearing: 0, zoomOffset: 0 });
    expect(t.stops[0]!.filters).toEqual({ bureaus: ['housing'], statuses: [], years: [], categories: [] });
  });
});

describe('stopFigures', () => {
  it('defaults to the first three figures the record has', () => {
    const stop = tourOf(1).stops[0]!;
    expect(stopFigures(stop, 5)).toEqual([0, 1, 2]);
    expect(stopFigures(stop, 2)).toEqual([0, 1]);
  });

  it('keeps the chosen indexes in order, dropping any out of range', () => {
    const stop = { ...tourOf(1).stops[0]!, figures: [2, 0, 7] };
    expect(stopFigures(stop, 3)).toEqual([2, 0]);
  });
});

describe('createTourState', () => {
  it('starts at the given stop, not playing', () => {
    expect(createTourState(tourOf(3))).toMatchObject({ index: 0, playing: false, held: false });
    expect(createTourState(tourOf(3), 2).index).toBe(2);
  });

  it('clamps the start index', () => {
    expect(createTourState(tourOf(3), 9).index).toBe(2);
    expect(createTourState(tourOf(3), -4).index).toBe(0);
  });
});

describe('next / prev / first / last', () => {
  it('steps forwards and backwards', () => {
    const s = createTourState(tourOf(3));
    expect(next(s).index).toBe(1);
    expect(prev(next(next(s))).index).toBe(1);
  });

  it('stays on the last stop at the end and on the first at the start', () => {
    expect(next(createTourState(tourOf(3), 2)).index).toBe(2);
    expect(prev(createTourState(tourOf(3), 0)).index).toBe(0);
  });

  it('jumps to either end', () => {
    expect(last(createTourState(tourOf(5))).index).toBe(4);
    expect(first(createTourState(tourOf(5), 3)).index).toBe(0);
  });

  it('returns the same state object when nothing moves', () => {
    const s = createTourState(tourOf(2), 1);
    expect(next(s)).toBe(s);
  });

  it('keeps autoplay on while navigating by hand', () => {
    expect(next(togglePlay(createTourState(tourOf(3)))).playing).toBe(true);
  });
});

describe('goTo', () => {
  it('goes to the stop', () => {
    expect(goTo(createTourState(tourOf(5)), 3).index).toBe(3);
  });

  it('clamps out-of-range, fractional and NaN indexes', () => {
    const s = createTourState(tourOf(5), 2);
    expect(goTo(s, 99).index).toBe(4);
    expect(goTo(s, -1).index).toBe(0);
    expect(goTo(s, 1.7).index).toBe(1);
    expect(goTo(s, Number.NaN).index).toBe(0);
  });

  it('stays at 0 on a tour without stops', () => {
    const s = createTourState(tourOf(0));
    expect(goTo(s, 3).index).toBe(0);
    expect(currentStop(s)).toBeUndefined();
  });
});

describe('togglePlay / pause / resume / tick', () => {
  it('toggles autoplay', () => {
    const s = togglePlay(createTourState(tourOf(3)));
    expect(s.playing).toBe(true);
    expect(togglePlay(s).playing).toBe(false);
  });

  it('restarts from the first stop when started on the last', () => {
    expect(togglePlay(createTourState(tourOf(3), 2))).toMatchObject({ index: 0, playing: true });
  });

  it('advances on tick only while playing and not held', () => {
    const s = createTourState(tourOf(3));
    expect(tick(s)).toBe(s);
    const playing = togglePlay(s);
    expect(tick(playing).index).toBe(1);
    expect(tick(pause(playing)).index).toBe(0);
  });

  it('resumes autoplay after a hold, and does not start it if it was off', () => {
    const playing = togglePlay(createTourState(tourOf(3)));
    expect(isAdvancing(pause(playing))).toBe(false);
    expect(isAdvancing(resume(pause(playing)))).toBe(true);
    expect(isAdvancing(resume(pause(createTourState(tourOf(3)))))).toBe(false);
  });

  it('switches autoplay off on the last stop instead of looping', () => {
    const s = goTo(togglePlay(createTourState(tourOf(3))), 2);
    expect(tick(s)).toMatchObject({ index: 2, playing: false });
  });

  it('releases a hold when toggled', () => {
    expect(togglePlay(pause(createTourState(tourOf(3))))).toMatchObject({ playing: true, held: false });
  });
});

describe('keyToAction', () => {
  it.each([
    ['ArrowRight', { type: 'next' }],
    ['PageDown', { type: 'next' }],
    [' ', { type: 'next' }],
    ['ArrowLeft', { type: 'prev' }],
    ['PageUp', { type: 'prev' }],
    ['Home', { type: 'first' }],
    ['End', { type: 'last' }],
    ['Escape', { type: 'exit' }],
    ['p', { type: 'togglePlay' }],
    ['P', { type: 'togglePlay' }],
    ['1', { type: 'goTo', index: 0 }],
    ['9', { type: 'goTo', index: 8 }],
  ])('maps %j', (key, action) => {
    expect(keyToAction(key)).toEqual(action);
  });

  it.each(['0', '10', 'a', 'Enter', 'ArrowUp', ''])('ignores %j', (key) => {
    expect(keyToAction(key)).toBeNull();
  });
});

describe('applyAction', () => {
  it('applies key actions, clamping digits beyond the tour', () => {
    const s = createTourState(tourOf(4));
    expect(applyAction(s, keyToAction('End')!).index).toBe(3);
    expect(applyAction(s, keyToAction('9')!).index).toBe(3);
    expect(applyAction(s, keyToAction('p')!).playing).toBe(true);
  });

  it('leaves the state unchanged on exit', () => {
    const s = createTourState(tourOf(4), 2);
    expect(applyAction(s, { type: 'exit' })).toBe(s);
  });
});

describe('activeFilters', () => {
  const tour = normaliseTour({
    id: 't',
    title: { zh: 'a', en: 'a' },
    stops: [
      { project: 'a' },
      { project: 'b', filters: { years: [2024] } },
      { project: 'c' },
      { project: 'd', filters: {} },
    ],
  });

  it('is null before any stop sets filters', () => {
    expect(activeFilters(createTourState(tour, 0))).toBeNull();
  });

  it('carries the last filters set at or before the stop, whichever way the presenter came', () => {
    expect(activeFilters(createTourState(tour, 2))?.years).toEqual([2024]);
    expect(activeFilters(prev(createTourState(tour, 3)))?.years).toEqual([2024]);
    expect(activeFilters(createTourState(tour, 3))).toEqual({ bureaus: [], statuses: [], years: [], categories: [] });
  });
});

describe('tourProgress', () => {
  it('runs from 1/n on the first stop to 1 on the last', () => {
    expect(tourProgress(createTourState(tourOf(4)))).toBe(0.25);
    expect(tourProgress(createTourState(tourOf(4), 3))).toBe(1);
  });

  it('is 0 for a tour without stops', () => {
    expect(tourProgress(createTourState(tourOf(0)))).toBe(0);
  });
});

describe('geographicOrder', () => {
  it('returns a permutation', () => {
    const order = geographicOrder(randomPoints(40, 1));
    expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('is shorter than the input order on random data', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const pts = randomPoints(30, seed);
      const ordered = geographicOrder(pts).map((i) => pts[i]!);
      expect(pathLengthM(ordered)).toBeLessThan(pathLengthM(pts) * 0.5);
    }
  });

  it('is deterministic', () => {
    const pts = randomPoints(50, 7);
    expect(geographicOrder(pts)).toEqual(geographicOrder(pts.map((p) => [...p] as [number, number])));
  });

  it('starts at the southern end', () => {
    const pts = randomPoints(25, 9);
    const order = geographicOrder(pts);
    expect(pts[order[0]!]![1]).toBeLessThanOrEqual(pts[order[order.length - 1]!]![1]);
  });

  it('visits points on a line in order along it', () => {
    const pts: [number, number][] = [3, 0, 4, 1, 2].map((k) => [121.5 + k * 0.01, 31.25 + k * 0.01]);
    expect(geographicOrder(pts)).toEqual([1, 3, 4, 0, 2]);
  });

  it('handles no and one point', () => {
    expect(geographicOrder([])).toEqual([]);
    expect(geographicOrder([[121.5, 31.3]])).toEqual([0]);
  });
});

describe('selectionTour', () => {
  const at = (id: string, lng: number, lat: number) =>
    makeRecord({ id, bbox: [lng - 0.001, lat - 0.001, lng + 0.001, lat + 0.001] });

  it('keeps only drawn site records, each once, in geographic order', () => {
    const records = [
      at('north', 121.52, 31.33),
      makeRecord({ id: 'district', scope: 'district', geometryKinds: [] }),
      at('south', 121.52, 31.25),
      makeRecord({ id: 'no-bbox' }),
      at('middle', 121.52, 31.29),
      at('south', 121.52, 31.25),
    ];
    const tour = selectionTour(records, { zh: '所选', en: 'Selection' });
    expect(tour.stops.map((s) => s.project)).toEqual(['south', 'middle', 'north']);
    expect(tour).toMatchObject({ id: 'selection', title: { zh: '所选', en: 'Selection' }, dwellSeconds: 8 });
  });

  it('is an empty tour for no drawable records', () => {
    expect(selectionTour([], { zh: '', en: '' }).stops).toEqual([]);
  });
});
