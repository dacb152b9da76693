import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/state/url-state';
import { MAX_BOUNDS } from '../../src/config';
import { ID_MAX_LENGTH } from '../../src/data/schema';

describe('parseUrlState', () => {
  it('reads language, basemap and camera', () => {
    const { state, ignored } = parseUrlState('?lang=en&basemap=osm&map=14.50/31.29000/121.52000/30.0/45.0');
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      lang: 'en',
      basemap: 'osm',
      camera: { center: [121.52, 31.29], zoom: 14.5, bearing: 30, pitch: 45 },
    } satisfies UrlState);
  });

  it('falls back to defaults and names what it ignored', () => {
    const { state, ignored } = parseUrlState('?lang=fr&basemap=google&map=abc/1/2');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored.sort()).toEqual(['basemap', 'lang', 'map']);
  });

  it('rejects cameras out of range', () => {
    expect(parseUrlState('?map=30/31/121').ignored).toEqual(['map']);
    expect(parseUrlState('?map=12/95/121').ignored).toEqual(['map']);
    expect(parseUrlState('?map=12/31/121/0/90').ignored).toEqual(['map']);
  });

  it('never throws on arbitrary strings', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '?&=%/.-+#lanmpbsoe0123456789\u0000\uD800杨浦 ';
    for (let i = 0; i < 3000; i += 1) {
      const text = Array.from(
        { length: Math.floor(rand() * 40) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      expect(() => parseUrlState(text)).not.toThrow();
    }
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the default state', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips through parseUrlState', () => {
    const state: UrlState = {
      lang: 'en',
      basemap: 'tianditu',
      camera: { center: [121.51234, 31.30123], zoom: 15.25, bearing: -20, pitch: 40 },
      filters: {
        bureaus: ['housing', 'planning'],
        statuses: ['completed'],
        years: [2024],
        categories: ['land'],
        query: '凤城 & fcsc',
      },
      selected: 'housing-fengcheng-sancun-130',
      sort: 'area',
      tab: 'figures',
      near: [121.52345, 31.28765],
      radius: '3km',
      lifeCircle: true,
      tour: 'riverfront',
      stop: 2,
      kiosk: true,
      view: 'presenter',
      tourData: 'eyJpZCI6Im15LXRvdXIifQ',
    };
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });

  // Issue 14: the life-circle card is in the shareable link, and only beside a place.
  it('writes the open life-circle card as lc=1 and reads it back only with a place', () => {
    const near: [number, number] = [121.51, 31.3];
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, near, tab: 'nearby', lifeCircle: true })).toBe(
      '?near=121.51000,31.30000&lc=1',
    );
    expect(parseUrlState('?near=121.51,31.3&lc=1').state.lifeCircle).toBe(true);
    expect(parseUrlState('?lc=1')).toMatchObject({ state: { lifeCircle: false }, ignored: ['lc'] });
    expect(parseUrlState('?near=121.51,31.3&lc=yes')).toMatchObject({ state: { lifeCircle: false }, ignored: ['lc'] });
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lifeCircle: true })).toBe('');
  });

  it('keeps kiosk and a shared tour only while a tour runs (issue #15)', () => {
    const text = serializeUrlState({ ...DEFAULT_URL_STATE, kiosk: true, tourData: 'abc' });
    expect(text).toBe('');
    expect(parseUrlState('?tour=riverfront&kiosk=1').state.kiosk).toBe(true);
    expect(parseUrlState('?td=not%20base64').ignored).toEqual(['td']);
  });

  it('keeps the filters readable in the link', () => {
    const text = serializeUrlState({
      ...DEFAULT_URL_STATE,
      filters: { ...DEFAULT_URL_STATE.filters, bureaus: ['housing', 'drc'], years: [2024] },
    });
    expect(text).toBe('?b=housing,drc&y=2024');
  });
});

describe('parseUrlState tours', () => {
  it('reads a deep link to a tour stop (1-based in the URL)', () => {
    const { state, ignored } = parseUrlState('?tour=riverfront&stop=3');
    expect(ignored).toEqual([]);
    expect(state.tour).toBe('riverfront');
    expect(state.stop).toBe(2);
    expect(serializeUrlState(state)).toBe('?tour=riverfront&stop=3');
  });

  it('ignores a stop that is not a positive number', () => {
    for (const stop of ['0', '-1', 'x', '1.5', '99999'])
      expect(parseUrlState(`?tour=a&stop=${stop}`).ignored).toEqual(['stop']);
  });
});

describe('parseUrlState nearby', () => {
  it('opens the nearby tab for a shared point and keeps the radius', () => {
    const { state, ignored } = parseUrlState('?near=121.52,31.29&r=500m');
    expect(ignored).toEqual([]);
    expect(state.near).toEqual([121.52, 31.29]);
    expect(state.radius).toBe('500m');
    expect(state.tab).toBe('nearby');
    expect(serializeUrlState(state)).toBe('?near=121.52000,31.29000&r=500m');
  });

  it('ignores a malformed point or radius', () => {
    const { state, ignored } = parseUrlState('?near=31.29&r=2km');
    expect(state.near).toBeNull();
    expect(state.radius).toBe(DEFAULT_URL_STATE.radius);
    expect(ignored.sort()).toEqual(['near', 'r']);
  });
});

describe('parseUrlState filters', () => {
  it('reads multi-select facets, the query and the selection', () => {
    const { state, ignored } = parseUrlState(
      '?b=housing,planning&s=completed,planned&y=2024,2025&c=land&q=fcsc&sel=abc-1',
    );
    expect(ignored).toEqual([]);
    expect(state.filters).toEqual({
      bureaus: ['housing', 'planning'],
      statuses: ['completed', 'planned'],
      years: [2024, 2025],
      categories: ['land'],
      query: 'fcsc',
    });
    expect(state.selected).toBe('abc-1');
  });

  it('keeps the known values of a facet and names the unknown ones; ignores a selection that is not an id (issue 17)', () => {
    // A year is checked against the catalog's reports once it is in (checkLink); here only its form.
    const { state, ignored, changed } = parseUrlState('?b=housing,nope&y=1999,99999&sel=<script>');
    expect(state.filters.bureaus).toEqual(['housing']);
    expect(changed).toEqual(['b=housing,nope → housing', 'y=1999,99999 → 1999']);
    expect(state.filters.years).toEqual([1999]);
    expect(state.selected).toBeNull();
    expect(ignored.sort()).toEqual(['sel']);
  });
});

describe('serializeUrlState with a place', () => {
  it('keeps a non-default tab beside a shared place', () => {
    const state = { ...DEFAULT_URL_STATE, near: [121.5, 31.3] as [number, number], tab: 'list' as const };
    expect(parseUrlState(serializeUrlState(state)).state.tab).toBe('list');
  });
});

describe('parseUrlState with a place and a bad tab', () => {
  it('opens the nearby tab, as if no tab were given', () => {
    const { state, ignored } = parseUrlState('?near=121.5,31.3&tab=junk');
    expect(state.tab).toBe('nearby');
    expect(ignored).toEqual(['tab']);
  });
});

describe('parseUrlState tells what it changed (issue 17, item 7)', () => {
  it('names a parameter given twice and uses the first', () => {
    const { state, changed, ignored } = parseUrlState('?b=housing&b=drc&lang=en&lang=zh');
    expect(state.filters.bureaus).toEqual(['housing']);
    expect(state.lang).toBe('en');
    expect(changed).toEqual(['b: ×2 → 1', 'lang: ×2 → 1']);
    expect(ignored).toEqual([]);
  });

  it('names misspelled parameters, with a guess when a known one is close', () => {
    const { unknown, ignored } = parseUrlState('?lnag=en&bb=housing&zzzzzz=1&b=drc');
    expect(unknown).toEqual(['lnag (lang?)', 'bb (b?)', 'zzzzzz']);
    expect(ignored).toEqual([]);
  });

  it('quotes at most 40 characters of a hostile name or value', () => {
    const long = 'x'.repeat(5000);
    const { unknown, changed } = parseUrlState(`?${long}=1&b=housing,${long}`);
    expect(unknown[0]!.length).toBeLessThanOrEqual(40);
    expect(changed[0]!.length).toBeLessThan(100);
  });

  it('keeps a camera outside the allowed area inside it and says so', () => {
    const { state, changed, ignored } = parseUrlState('?map=12/48.85/2.35');
    expect(ignored).toEqual([]);
    expect(state.camera!.center).toEqual([MAX_BOUNDS[0], MAX_BOUNDS[3]]);
    expect(changed).toEqual(['map=12/48.85/2.35 → 121.300,31.450']);
    expect(parseUrlState('?map=12/31.3/121.5').changed).toEqual([]);
  });

  it('opens the embedded basemap for a basemap that is not available (tianditu without a key) and says so', () => {
    const { state, changed } = parseUrlState('?basemap=tianditu', (id) => id !== 'tianditu');
    expect(state.basemap).toBe('embedded');
    expect(changed).toEqual(['basemap=tianditu → embedded']);
    expect(parseUrlState('?basemap=tianditu', () => true).state.basemap).toBe('tianditu');
  });

  it('accepts ids up to the length the data build allows, and no longer', () => {
    expect(parseUrlState(`?sel=${'a'.repeat(ID_MAX_LENGTH)}`).state.selected).toBe('a'.repeat(ID_MAX_LENGTH));
    expect(parseUrlState(`?sel=${'a'.repeat(ID_MAX_LENGTH + 1)}`).ignored).toEqual(['sel']);
  });
});
