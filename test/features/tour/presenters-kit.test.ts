import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

import { stepTextScale, textScaleKey, tourLabelScale, viewportTextFactor } from '../../../src/features/tour/text-scale';
import {
  createTourState,
  normaliseTour,
  stopFilters,
  tick,
  togglePlay,
  type Tour,
} from '../../../src/features/tour/tour';
import { validateTours } from '../../../src/data/tour-check';
import {
  addStop,
  decodeTourData,
  draftToSource,
  EMPTY_DRAFT,
  encodeTourData,
  moveStop,
  removeStop,
  toTourYaml,
  zoomOffsetFor,
  type Draft,
  type DraftStop,
} from '../../../src/features/tour/tour-draft';
import { formatElapsed, presenterUrl } from '../../../src/features/tour/tour-sync';
import { makeRecord } from '../records';

// Issue #15 (presenters' kit) and #18 (a tour under a filter).
const tourOf = (n: number, filters?: Record<number, { bureaus: ('housing' | 'culture')[] }>): Tour =>
  normaliseTour({
    id: 't',
    title: { zh: 't', en: 't' },
    stops: Array.from({ length: n }, (_, i) => ({
      project: `p${i}`,
      ...(filters?.[i] ? { filters: filters[i] } : {}),
    })),
  });

describe('tick in kiosk mode', () => {
  it('loops from the last stop to the first and keeps playing; without loop the tour ends there', () => {
    const s = togglePlay(createTourState(tourOf(3), 2));
    expect(s.index).toBe(0); // starting on the last stop restarts
    const atLast = { ...s, index: 2 };
    expect(tick(atLast, true)).toMatchObject({ index: 0, playing: true });
    expect(tick(atLast)).toMatchObject({ index: 2, playing: false });
  });
});

describe('stopFilters', () => {
  const housing = makeRecord({ id: 'p0', bureaus: ['housing'] });
  const culture = makeRecord({ id: 'p1', bureaus: ['culture'], category: 'culture' });
  it('sets no filter at all when no stop so far sets one (never keeps the explorer’s; see #18)', () => {
    expect(stopFilters(createTourState(tourOf(2), 1), culture)).toEqual({
      bureaus: [],
      statuses: [],
      years: [],
      categories: [],
    });
  });
  it('keeps the stop’s own filters when they show its project', () => {
    const s = createTourState(tourOf(2, { 0: { bureaus: ['housing'] } }), 0);
    expect(stopFilters(s, housing).bureaus).toEqual(['housing']);
  });
  it('drops filters that would hide the stop’s own project', () => {
    const s = createTourState(tourOf(2, { 0: { bureaus: ['housing'] } }), 1);
    expect(stopFilters(s, culture).bureaus).toEqual([]);
  });
});

describe('text size', () => {
  it('steps through the sizes and stays at the ends', () => {
    expect(stepTextScale(1, 1)).toBe(1.25);
    expect(stepTextScale(1.25, 1)).toBe(1.5);
    expect(stepTextScale(1.5, -1)).toBe(1.25);
    expect(stepTextScale(3, 1)).toBe(3);
    expect(stepTextScale(0.8, -1)).toBe(0.8);
    expect(stepTextScale(1.1, 1)).toBe(1.25);
    expect(stepTextScale(1.1, -1)).toBe(1);
  });
  it('reads + and − (and the unshifted = and _)', () => {
    expect(['+', '=', '-', '_', 'a'].map(textScaleKey)).toEqual([1, 1, -1, -1, null]);
  });
  it('grows with the screen: 1.5× on 1920 px, 3× on 3840 px, never below 1', () => {
    expect([800, 1280, 1920, 3840].map(viewportTextFactor)).toEqual([1, 1, 1.5, 3]);
    expect(tourLabelScale(1.5, 3840)).toBe(4.5);
  });
});

describe('tour drafts', () => {
  const stop = (project: string, over: Partial<DraftStop> = {}): DraftStop => ({
    project,
    caption: { zh: '', en: '' },
    notes: { zh: '', en: '' },
    camera: { pitch: 40, bearing: -20, zoomOffset: 0.5 },
    filters: { bureaus: [], statuses: [], years: [], categories: [] },
    ...over,
  });
  const draft: Draft = [
    stop('park', {
      caption: { zh: '公园', en: '' },
      notes: { zh: '', en: 'Say "hi": it\'s #1\nsecond line' },
      filters: { bureaus: ['housing'], statuses: [], years: [2024], categories: [] },
    }),
    stop('school'),
  ].reduce(addStop, { ...EMPTY_DRAFT, id: 'walk', title: { zh: '漫步', en: '' }, stops: [] });
  const records = new Map<string, 'site' | 'district'>([
    ['park', 'site'],
    ['school', 'site'],
  ]);

  it('reorders and removes stops', () => {
    expect(moveStop(draft, 1, -1).stops.map((s) => s.project)).toEqual(['school', 'park']);
    expect(moveStop(draft, 1, 1)).toBe(draft);
    expect(removeStop(draft, 0).stops.map((s) => s.project)).toEqual(['school']);
  });

  it('writes a tour file the data build accepts, with the same stops (YAML round trip)', () => {
    const yaml = toTourYaml(draftToSource(draft));
    const { tours, errors } = validateTours([{ file: 'geodata/tours/walk.yaml', data: parse(yaml) }], records);
    expect(errors).toEqual([]);
    expect(tours[0]!.title).toEqual({ zh: '漫步', en: '漫步' });
    expect(tours[0]!.stops.map((s) => s.project)).toEqual(['park', 'school']);
    expect(tours[0]!.stops[0]!.caption).toEqual({ zh: '公园', en: '公园' });
    expect(tours[0]!.stops[0]!.notes!.en).toBe('Say "hi": it\'s #1\nsecond line');
    expect(tours[0]!.stops[0]!.filters).toEqual({ bureaus: ['housing'], statuses: [], years: [2024], categories: [] });
    expect(tours[0]!.stops[1]!.filters).toEqual({ bureaus: [], statuses: [], years: [], categories: [] });
    expect(tours[0]!.stops[0]!.camera).toEqual({ pitch: 40, bearing: -20, zoomOffset: 0.5 });
  });

  it('carries a tour in a link parameter and back, Chinese included', () => {
    const td = encodeTourData(draftToSource(draft));
    expect(td).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeTourData(td)).toEqual(draftToSource(draft));
    expect(decodeTourData('!!!')).toBeNull();
  });

  it('stores the zoom relative to fitting the project (0 when the camera is the fit)', () => {
    const bbox = [121.5, 31.25, 121.51, 31.26] as const;
    // By hand: 0.01° of latitude here is 3.249e-5 of the Mercator world; 660 px (800 − 2 × 70
    // padding) / (3.249e-5 × 512 px) → zoom log2(39 676) = 15.28, the tighter of the two sides.
    const fitZoom = 15.28;
    expect(zoomOffsetFor(fitZoom, bbox, { width: 1000, height: 800 })).toBe(0);
    expect(zoomOffsetFor(fitZoom + 1, bbox, { width: 1000, height: 800 })).toBe(1);
    expect(zoomOffsetFor(fitZoom + 9, bbox, { width: 1000, height: 800 })).toBe(4); // clamped
  });
});

describe('presenter view', () => {
  it('formats elapsed time', () => {
    expect([0, 65_000, 3_909_000].map(formatElapsed)).toEqual(['0:00', '1:05', '1:05:09']);
  });
  it('opens the same app with only the view and the language', () => {
    expect(presenterUrl('http://x/app/?tour=riverfront&stop=3&b=housing', 'en')).toBe(
      'http://x/app/?view=presenter&lang=en',
    );
  });
});
