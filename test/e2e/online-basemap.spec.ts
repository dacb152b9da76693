import type { Page } from '@playwright/test';
import { drawnIds, expect, renderedCounts, test, waitForMapIdle } from './fixtures';
import { STAND_IN_ATTRIBUTION, standInOrigin, startStandInBasemap, type StandInBasemap } from './stand-in-basemap';

// Issues #12 and #17: the OSM-style option really loads a style and tiles (from a stand-in server on
// 127.0.0.1 that the test build points it at), a failing host falls back to the embedded basemap
// and that one is drawn again, and a link cannot make the page contact a third party on opening.

let stand: StandInBasemap | undefined;
test.afterEach(async () => {
  await stand?.close();
  stand = undefined;
});

const tileRequests = (s: StandInBasemap) => s.requests.filter((p) => p.startsWith('/tiles/'));
const styleName = (page: Page) => page.evaluate(() => window.__yangpu!.map.getStyle()?.name);

/** The embedded basemap is drawn: Yangpu's outline is on screen. */
async function expectEmbeddedDrawn(page: Page) {
  await expect.poll(() => styleName(page)).toBe('Yangpu embedded');
  await waitForMapIdle(page);
  await expect
    .poll(async () => (await renderedCounts(page, ['context-districts-yangpu-line']))['context-districts-yangpu-line'])
    .toBeGreaterThan(0);
}

test.describe('online basemap', () => {
  test('the OSM option loads its style and tiles from the host, shows its attribution, keeps projects and camera', async ({
    page,
    app,
  }) => {
    stand = await startStandInBasemap();
    await page.goto('/');
    await waitForMapIdle(page);
    await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(0);
    const camera = () =>
      page.evaluate(() => ({ ...window.__yangpu!.map.getCenter(), zoom: window.__yangpu!.map.getZoom() }));
    const before = await camera();
    expect(stand.requests).toEqual([]); // nothing before the user asks

    await page.getByTestId('basemap-select').selectOption('osm');
    await expect.poll(() => stand!.requests[0]).toBe('/style.json');
    await expect.poll(() => tileRequests(stand!).length).toBeGreaterThan(0);
    await expect.poll(() => styleName(page)).toBe('Stand-in basemap');
    await waitForMapIdle(page);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(STAND_IN_ATTRIBUTION);
    await expect(page.getByTestId('notice-basemap-fallback')).toHaveCount(0);
    await expect(page.getByTestId('basemap-select')).toHaveValue('osm');
    await expect(page).toHaveURL(/basemap=osm/);
    // The project layers survived the style change; the camera did not move.
    await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(0);
    const after = await camera();
    expect(Math.abs(after.lng - before.lng) + Math.abs(after.lat - before.lat)).toBeLessThan(1e-6);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);

    // And back: the embedded basemap is drawn again.
    await page.getByTestId('basemap-select').selectOption('embedded');
    await expectEmbeddedDrawn(page);
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  test('a ?basemap=osm link opens on the embedded basemap, asks nothing of the host, and offers it with one tap', async ({
    page,
    app,
    context,
  }) => {
    stand = await startStandInBasemap();
    await page.goto('/?basemap=osm');
    await expectEmbeddedDrawn(page);
    const offer = page.getByTestId('notice-basemap-offer');
    await expect(offer).toBeVisible();
    expect(stand.requests).toEqual([]);

    await offer.getByRole('button', { name: /OpenStreetMap/ }).click();
    await expect.poll(() => tileRequests(stand!).length).toBeGreaterThan(0);
    await expect.poll(() => styleName(page)).toBe('Stand-in basemap');
    await expect(offer).toHaveCount(0);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(STAND_IN_ATTRIBUTION);

    // Chosen once in this browser: the next such link loads it straight away.
    const second = await context.newPage();
    await second.goto('/?basemap=osm');
    await expect.poll(() => styleName(second)).toBe('Stand-in basemap');
    await expect(second.getByTestId('notice-basemap-offer')).toHaveCount(0);
    expect(app.errors).toEqual([]);
  });

  for (const failure of ['error-500', 'unreachable'] as const) {
    test(`a host that fails (${failure}) falls back to the embedded basemap, drawn, with a notice`, async ({
      page,
      app,
    }) => {
      if (failure === 'error-500') {
        stand = await startStandInBasemap();
        stand.mode = 'error-500';
      }
      const asked: string[] = []; // what the page requested of the host, reached or not
      page.on('request', (r) => {
        if (r.url().startsWith(standInOrigin())) asked.push(new URL(r.url()).pathname);
      });
      await page.goto('/');
      await waitForMapIdle(page);
      await page.getByTestId('basemap-select').selectOption('osm');
      await expect.poll(() => asked).toContain('/style.json');
      await expect(page.getByTestId('notice-basemap-fallback')).toBeVisible();
      await expect(page.getByTestId('basemap-select')).toHaveValue('embedded');
      await expectEmbeddedDrawn(page);
      await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(0);
      expect(
        app.errors.filter(
          (e) => !/Failed to load resource|Failed to fetch|stand-in|AJAXError|ERR_CONNECTION_REFUSED/.test(e),
        ),
      ).toEqual([]);
    });
  }

  test('a link to a hanging host the user chose before still ends on the embedded basemap, drawn', async ({
    page,
    context,
  }) => {
    stand = await startStandInBasemap();
    stand.mode = 'hang';
    await context.addInitScript(() => localStorage.setItem('yangpu.basemapConsent', JSON.stringify(['osm'])));
    await page.goto('/?basemap=osm');
    await expect.poll(() => stand!.requests).toContain('/style.json');
    await expect(page.getByTestId('notice-basemap-fallback')).toBeVisible({ timeout: 20_000 });
    await expectEmbeddedDrawn(page);
    await expect(page.getByTestId('basemap-select')).toHaveValue('embedded');
  });
});
