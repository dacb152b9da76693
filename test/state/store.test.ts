import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { OnlineBasemapId } from '../../src/data/basemap-ids';
import { browserConsent, CONSENT_KEY, type BasemapConsent } from '../../src/state/basemap-consent';
import { createAppStore } from '../../src/state/store';

/** Consent held in memory: which basemaps were agreed to, and what was remembered. */
function memoryConsent(agreed: OnlineBasemapId[] = []): BasemapConsent & { remembered: OnlineBasemapId[] } {
  const set = new Set(agreed);
  const remembered: OnlineBasemapId[] = [];
  return { has: (id) => set.has(id), remember: (id) => (set.add(id), remembered.push(id)), remembered };
}
const store = (search = '', consent = memoryConsent()) => createRoot(() => createAppStore(search, { consent }));

describe('basemap choice and consent', () => {
  it('a link naming an online basemap opens on the embedded one and offers it', () => {
    const consent = memoryConsent();
    const { state, actions, toSearch } = store('?basemap=osm', consent);
    expect(state.basemap).toBe('embedded');
    expect(state.basemapOffer).toBe('osm');
    expect(toSearch()).not.toContain('basemap');
    actions.acceptBasemapOffer();
    expect(state.basemap).toBe('osm');
    expect(state.basemapOffer).toBeNull();
    expect(consent.remembered).toEqual(['osm']);
  });

  it('a link opens the online basemap straight away once the user chose it before', () => {
    const { state } = store('?basemap=osm', memoryConsent(['osm']));
    expect(state.basemap).toBe('osm');
    expect(state.basemapOffer).toBeNull();
  });

  it('declining the offer keeps the embedded basemap and remembers nothing', () => {
    const consent = memoryConsent();
    const { state, actions } = store('?basemap=osm', consent);
    actions.declineBasemapOffer();
    expect(state.basemapOffer).toBeNull();
    expect(state.basemap).toBe('embedded');
    expect(consent.remembered).toEqual([]);
  });

  it('picking a basemap is consent; picking the embedded one is not recorded', () => {
    const consent = memoryConsent();
    const { state, actions } = store('', consent);
    actions.chooseBasemap('embedded');
    actions.chooseBasemap('osm');
    expect(state.basemap).toBe('osm');
    expect(consent.remembered).toEqual(['osm']);
  });

  it('a failure of the shown online basemap falls back with a notice; a stale report changes nothing', () => {
    const { state, actions } = store('', memoryConsent(['osm']));
    actions.basemapFailed('osm'); // not shown: ignored
    expect(state.notices).toEqual([]);
    actions.chooseBasemap('osm');
    actions.basemapFailed('osm');
    expect(state.basemap).toBe('embedded');
    expect(state.notices.map((n) => n.id)).toEqual(['basemap-fallback']);
    actions.chooseBasemap('osm'); // trying again clears the notice
    expect(state.notices).toEqual([]);
  });

  it('keeps consent in localStorage, and survives storage that throws', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
    browserConsent(storage).remember('osm');
    expect(JSON.parse(data.get(CONSENT_KEY)!)).toEqual(['osm']);
    expect(browserConsent(storage).has('osm')).toBe(true);
    expect(browserConsent(storage).has('tianditu')).toBe(false);
    data.set(CONSENT_KEY, '{not json');
    expect(browserConsent(storage).has('osm')).toBe(false);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    const consent = browserConsent(broken);
    expect(() => consent.remember('osm')).not.toThrow();
    expect(consent.has('osm')).toBe(true); // for this page
  });
});

describe('openProject and camera requests', () => {
  it('selects and asks the map to frame the project, each call a new request', () => {
    const { state, actions } = store();
    actions.openProject('a');
    expect(state.selected).toBe('a');
    expect(state.flyTo).toEqual({ seq: 1, project: 'a' });
    actions.openProject('b', { tilt: { pitch: 40, bearing: 10, zoomOffset: -0.5 }, duration: 3000 });
    expect(state.flyTo).toEqual({
      seq: 2,
      project: 'b',
      tilt: { pitch: 40, bearing: 10, zoomOffset: -0.5 },
      duration: 3000,
    });
    actions.flyTo({ bbox: [1, 2, 3, 4] }); // replaces the request whole: no project or tilt left over
    expect(state.flyTo).toEqual({ seq: 3, bbox: [1, 2, 3, 4] });
  });

  it('a link to a project without a camera asks for it to be framed at once; with a camera, not', () => {
    expect(store('?sel=a').state.flyTo).toEqual({ seq: 1, project: 'a', duration: 0 });
    expect(store('?sel=a&map=13/31.3/121.5').state.flyTo).toEqual({ seq: 0 });
    expect(store('?sel=a&tour=riverfront').state.flyTo).toEqual({ seq: 0 });
  });

  it('back/forward restores the URL state and flies to its camera', () => {
    const { state, actions } = store('?lang=en');
    actions.restore('?b=housing&sel=x&map=13/31.3/121.5');
    expect(state.lang).toBe('zh');
    expect(state.filters.bureaus).toEqual(['housing']);
    expect(state.selected).toBe('x');
    expect(state.flyTo.camera).toMatchObject({ center: [121.5, 31.3], zoom: 13 });
  });
});

describe('a link checked against the catalog', () => {
  it('keeps a selection and years the catalog has; drops those it lacks, with a notice', () => {
    const catalog = { records: [{ id: 'fengcheng' }], reports: [{ year: 2024 }] } as never;
    const kept = store('?sel=fengcheng&y=2025');
    kept.actions.checkLink(catalog);
    expect(kept.state.selected).toBe('fengcheng');
    expect(kept.state.filters.years).toEqual([2025]);
    expect(kept.state.notices).toEqual([]);
    const gone = store('?sel=no-such-project&y=1999,2024');
    gone.actions.checkLink(catalog);
    expect(gone.state.selected).toBeNull();
    expect(gone.state.filters.years).toEqual([2024]);
    expect(gone.state.notices.map((n) => n.id)).toEqual(['selected-missing', 'url-years']);
    expect(gone.state.notices[1]!.text).toContain('y=1999');
  });
});

describe('filters and tours', () => {
  it('toggles facet values, limits the query, resets', () => {
    const { state, actions } = store();
    actions.toggleFacet('bureaus', 'housing');
    actions.toggleFacet('bureaus', 'education');
    actions.toggleFacet('bureaus', 'housing');
    expect(state.filters.bureaus).toEqual(['education']);
    actions.setQuery('x'.repeat(150));
    expect(state.filters.query).toHaveLength(100);
    actions.resetFilters();
    expect(state.filters).toEqual({ bureaus: [], statuses: [], years: [], categories: [], query: '' });
  });

  it('a tour remembers the view and leaving it restores filters, selection, tab and camera', () => {
    const { state, actions } = store('?b=housing&sel=a&tab=nearby');
    actions.setCamera({ center: [121.5, 31.3], zoom: 13, bearing: 0, pitch: 0 });
    actions.startTour('riverfront', 2);
    expect([state.tour, state.stop]).toEqual(['riverfront', 2]);
    actions.setFacet('statuses', ['planned']);
    actions.openProject('b');
    actions.setCamera({ center: [121.6, 31.2], zoom: 15, bearing: 20, pitch: 40 });
    actions.exitTour();
    expect(state.tour).toBeNull();
    expect(state.filters.statuses).toEqual([]);
    expect(state.filters.bureaus).toEqual(['housing']);
    expect(state.selected).toBe('a');
    expect(state.tab).toBe('nearby');
    expect(state.flyTo).toMatchObject({ camera: { center: [121.5, 31.3], zoom: 13 }, duration: 0 });
  });
});
