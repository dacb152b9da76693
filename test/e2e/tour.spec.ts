import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #6: the presenter's tour, driven from the keyboard, against the built app.
type Tour = { id: string; dwellSeconds: number; stops: { project: string }[] };
const tours = JSON.parse(readFileSync('geodata/layers/tours.json', 'utf8')) as Tour[];
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
  records: { id: string; name: { zh: string; en: string }; bbox?: [number, number, number, number] }[];
};
const RIVERFRONT = tours.find((t) => t.id === 'riverfront')!;
const record = (id: string) => catalog.records.find((r) => r.id === id)!;
const stopName = (tour: Tour, i: number) => record(tour.stops[i]!.project).name.zh;

test.use({ viewport: { width: 1920, height: 1080 } });

/** Waits until the camera has settled, then returns whether its centre lies in the bbox (with a margin). */
async function cameraInside(page: Page, bbox: [number, number, number, number]): Promise<boolean> {
  await page.waitForFunction(() => !window.__yangpu!.map.isMoving(), undefined, { timeout: 20_000 });
  const c = await page.evaluate(() => window.__yangpu!.map.getCenter().toArray());
  const [w, s, e, n] = bbox;
  const mx = Math.max((e - w) * 0.5, 0.002);
  const my = Math.max((n - s) * 0.5, 0.002);
  return c[0]! >= w - mx && c[0]! <= e + mx && c[1]! >= s - my && c[1]! <= n + my;
}

test.describe('tour mode', () => {
  test.describe.configure({ timeout: 120_000 });
  test('deep link, → three times, ← once: caption, URL and camera follow the stops', async ({ page, app }) => {
    await page.goto('/?tour=riverfront&stop=1');
    await waitForMapIdle(page);
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, 0));
    await expect(page.getByTestId('tour-position')).toHaveText(`1 / ${RIVERFRONT.stops.length}`);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-stop-1.png` });
    for (const _ of [1, 2, 3]) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, 3));
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, 2));
    await expect(page.getByTestId('tour-position')).toHaveText(`3 / ${RIVERFRONT.stops.length}`);
    await expect(page).toHaveURL(/tour=riverfront&stop=3/);
    expect(await cameraInside(page, record(RIVERFRONT.stops[2]!.project).bbox!)).toBe(true);
    await page.keyboard.press('q');
    await expect(page.getByTestId('tour-quote')).toBeVisible();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-stop-3-quote.png` });
    await page.keyboard.press('End');
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, RIVERFRONT.stops.length - 1));
    await page.waitForFunction(() => !window.__yangpu!.map.isMoving(), undefined, { timeout: 20_000 });
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-stop-last.png` });
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  test('Esc leaves the tour and restores the previous view and filters', async ({ page, app }) => {
    await page.goto('/?b=housing');
    await waitForMapIdle(page);
    const before = await page.evaluate(() => window.__yangpu!.map.getCenter().toArray());
    await page.getByTestId('tours-button').click();
    await page.getByTestId('tour-picker').locator('[data-tour="achievements-2024"]').click();
    await expect(page.getByTestId('tour')).toBeVisible();
    await expect(page).toHaveURL(/tour=achievements-2024/);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-position')).toContainText('2 /');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour')).toHaveCount(0);
    await expect(page).not.toHaveURL(/tour=/);
    await expect(page).toHaveURL(/b=housing/);
    await expect(page.getByTestId('facet-bureau').getByRole('checkbox', { name: /区房管局/ })).toBeChecked();
    await expect(page.getByTestId('facet-status').getByRole('checkbox', { name: /已完成/ })).not.toBeChecked();
    await page.waitForFunction(() => !window.__yangpu!.map.isMoving());
    const after = await page.evaluate(() => window.__yangpu!.map.getCenter().toArray());
    expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(1e-4);
    expect(Math.abs(after[1]! - before[1]!)).toBeLessThan(1e-4);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(app.errors).toEqual([]);
  });

  test('autoplay advances by itself, and touching the map pauses it', async ({ page }) => {
    const tour = [...tours].sort((a, b) => a.dwellSeconds - b.dwellSeconds)[0]!;
    test.setTimeout(90_000);
    await page.clock.install(); // time runs as usual until fast-forwarded below
    await page.goto(`/?tour=${tour.id}&stop=1`);
    await waitForMapIdle(page);
    await expect(page.getByTestId('tour-position')).toHaveText(`1 / ${tour.stops.length}`);
    await page.keyboard.press('p');
    await expect(page.getByTestId('tour-play')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('tour-position')).toHaveText(`2 / ${tour.stops.length}`, {
      timeout: (tour.dwellSeconds + 10) * 1000,
    });
    // A drag on the map holds autoplay.
    const box = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 3 + 40, { steps: 6 });
    await page.mouse.up();
    await expect(page.getByRole('status').filter({ hasText: /已暂停/ })).toBeVisible();
    // Well past the dwell: a running autoplay timer would have fired.
    await page.clock.fastForward((tour.dwellSeconds + 4) * 1000);
    await expect(page.getByTestId('tour-position')).toHaveText(`2 / ${tour.stops.length}`);
    await expect(page.getByTestId('tour-play')).toHaveAttribute('aria-pressed', 'false');
  });

  test('reduced motion cuts to each stop instead of flying', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?tour=riverfront&stop=1');
    await waitForMapIdle(page);
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, 0));
    await page.evaluate(() => {
      const w = window as unknown as { __moves: number };
      w.__moves = 0;
      window.__yangpu!.map.on('move', () => (w.__moves += 1));
    });
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-name')).toHaveText(stopName(RIVERFRONT, 1));
    // No flight: by the time the caption changes the camera has jumped in one move and is still.
    expect(await page.evaluate(() => window.__yangpu!.map.isMoving())).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __moves: number }).__moves)).toBe(1);
    expect(await cameraInside(page, record(RIVERFRONT.stops[1]!.project).bbox!)).toBe(true);
  });
});

/** Whether the map's project layers draw a record right now: read from what MapLibre rendered, not from the app's state. */
async function drawnByLayers(page: Page, id: string): Promise<boolean> {
  return page.evaluate((recordId) => {
    const { map } = window.__yangpu!;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((l) => /^projects-(areas|lines|points)/.test(l));
    return map.queryRenderedFeatures({ layers }).some((f) => f.properties?.id === recordId);
  }, id);
}

/** Whether the project layers' own filters (as the map holds them) let a record through. */
async function passesLayerFilter(page: Page, id: string): Promise<boolean> {
  return page.evaluate((recordId) => {
    const { map } = window.__yangpu!;
    const filter = map.getFilter('projects-points') as unknown[] | undefined;
    if (!filter) return true;
    const ids = JSON.stringify(filter).match(/\["literal",(\[[^\]]*\])\]/);
    return ids ? (JSON.parse(ids[1]!) as string[]).includes(recordId) : true;
  }, id);
}

test.describe('tour under a filter', () => {
  test.describe.configure({ timeout: 120_000 });
  // Issue #18: a tour started while a filter is on drew other bureaus' stops as empty outlines.
  test('a tour started under a bureau filter draws every stop’s own project; the filter returns on exit', async ({
    page,
    app,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' }); // cuts: each stop is reached at once
    await page.goto('/?b=housing');
    await waitForMapIdle(page);
    await page.getByTestId('tours-button').click();
    await page.getByTestId('tour-picker').locator('[data-tour="riverfront"]').click();
    const seen: string[] = [];
    for (let i = 0; i < RIVERFRONT.stops.length; i++) {
      const id = RIVERFRONT.stops[i]!.project;
      await expect(page.getByTestId('tour-name')).toHaveText(record(id).name.zh);
      await expect.poll(() => drawnByLayers(page, id), { message: `stop ${i + 1}: ${id}` }).toBe(true);
      seen.push(id);
      if (i < RIVERFRONT.stops.length - 1) await page.keyboard.press('ArrowRight');
    }
    expect(seen).toHaveLength(RIVERFRONT.stops.length);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/b=housing/);
    await waitForMapIdle(page);
    // The explorer's filter is back: a culture stop is no longer drawn.
    const pier = record(RIVERFRONT.stops[0]!.project);
    await expect.poll(() => passesLayerFilter(page, pier.id)).toBe(false);
    expect(await passesLayerFilter(page, 'housing-fengnan-yicun')).toBe(true);
    expect(app.errors).toEqual([]);
  });
});

test.describe('the tour’s extruded parcel (deck.gl, loaded with the first tour)', () => {
  test.describe.configure({ timeout: 120_000 });
  test('no deck.gl before a tour; a polygon stop rises as a block, a point stop has none; it leaves with the tour', async ({
    page,
    app,
  }) => {
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/tour-parcels-[^/]*\.js$/.test(r.url())) chunks.push(r.url());
    });
    const housing = tours.find((t) => t.id === 'bureau-housing')!;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    await waitForMapIdle(page);
    expect(chunks).toEqual([]); // the first map never fetches deck.gl
    const parcelLayer = () =>
      page.evaluate(() => {
        const { map } = window.__yangpu!;
        // deck.gl draws its interleaved layers inside one MapLibre custom layer on top.
        const layer = map.getLayer('deck-maplibre-layer-group-last');
        return layer ? layer.type : null;
      });
    await page.goto(`/?tour=${housing.id}&stop=1`);
    await expect(page.getByTestId('tour-name')).toHaveText(record(housing.stops[0]!.project).name.zh);
    // The first stop is an estate drawn as a polygon: deck.gl draws it inside MapLibre's own layers.
    await expect.poll(parcelLayer, { timeout: 30_000 }).toBe('custom');
    expect(chunks.length).toBeGreaterThan(0);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-parcel-3d.png` });
    // A stop drawn only as a point has no block.
    const pointStop = housing.stops.findIndex((s) => s.project === 'housing-mingfengyuan');
    for (let i = 0; i < pointStop; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('tour-name')).toHaveText(record('housing-mingfengyuan').name.zh);
    await expect.poll(parcelLayer).toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect.poll(parcelLayer).toBe('custom');
    await page.keyboard.press('Escape');
    await expect.poll(parcelLayer).toBeNull();
    expect(app.errors).toEqual([]);
  });
});
