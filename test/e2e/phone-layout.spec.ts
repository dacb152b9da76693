import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
  records: { id: string; name: { zh: string; en: string }; areaComputedM2?: number; lengthKm?: number }[];
};
const areas = (
  JSON.parse(readFileSync('geodata/layers/areas.geojson', 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { id: string }
  >
).features;

// Issue #18: the phone layout holds on every tab and in the tour (390 × 844).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * The page's width against the phone's 390 px. With `isMobile` a page wider than the screen makes
 * the browser widen the layout viewport (innerWidth grows too), so compare with the device width.
 */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 390.5 && getComputedStyle(e).visibility !== 'hidden')
      .slice(0, 8)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} → ${Math.round(e.getBoundingClientRect().right)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

test.describe('phone layout', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`no horizontal overflow on any tab or in the tour (${lang})`, async ({ page, app }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForMapIdle(page);
      for (const tab of ['list', 'unplaced', 'figures', 'nearby'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        const o = await overflow(page);
        expect(o.scrollWidth, `${tab}: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(390);
        expect(o.innerWidth).toBe(390);
        if (tab === 'figures') await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-figures-${lang}.png` });
      }
      // A project's details over the sheet.
      await page.getByTestId('tab-list').click();
      await page.getByTestId('project-list').locator('[data-id]').first().click();
      await expect(page.getByTestId('detail-panel')).toBeVisible();
      const detail = await overflow(page);
      expect(detail.scrollWidth, `details: ${detail.culprits.join('; ')}`).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-nearby-empty-${lang}.png` });
      await page.goto(`/?lang=${lang}&tour=riverfront&stop=1`);
      await waitForMapIdle(page);
      await expect(page.getByTestId('tour-name')).toBeVisible();
      const o = await overflow(page);
      expect(o.scrollWidth, `tour: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(390);
      expect(o.innerWidth).toBe(390);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-tour-${lang}.png` });
      expect(app.errors).toEqual([]);
    });
  }
});

/** Chooses 黄兴路 from the place search of the nearby tab. */
async function pickHuangxingLu(page: Page) {
  await page.getByTestId('place-search').fill('黄兴路');
  await page.getByTestId('place-suggestions').getByRole('option').first().click();
  await expect(page).toHaveURL(/near=/);
}

test.describe('nearby on a phone', () => {
  test('after picking a place the first result is on screen without scrolling', async ({ page, app }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-nearby').click();
    await pickHuangxingLu(page);
    const first = page.getByTestId('nearby-results').locator('[data-id]').first();
    await expect(first).toBeAttached();
    const seen = await first.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const body = el.closest('.side-body')!.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 20));
      return {
        top: r.top,
        bottom: r.bottom,
        bodyBottom: body.bottom,
        scrolled: el.closest('.side-body')!.scrollTop,
        onTop: el.contains(top),
      };
    });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-nearby-picked-zh.png` });
    expect(seen.scrolled).toBe(0);
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(Math.min(844, seen.bodyBottom));
    expect(seen.onTop).toBe(true);
    expect(app.errors).toEqual([]);
  });

  test('in place-picking mode a tap on a project polygon picks the place, not the project', async ({ page }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-nearby').click();
    // A point of the map above the sheet that lies on a project polygon.
    const spot = await page.evaluate(() => {
      const { map } = window.__yangpu!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const sheetTop = document.querySelector('.side-panel')!.getBoundingClientRect().top;
      for (let y = canvas.top + 60; y < sheetTop - 20; y += 15) {
        for (let x = canvas.left + 30; x < canvas.right - 60; x += 15) {
          const hit = map.queryRenderedFeatures([x - canvas.left, y - canvas.top], { layers: ['projects-areas-fill'] });
          if (hit.length > 0) return { x, y, lngLat: map.unproject([x - canvas.left, y - canvas.top]).toArray() };
        }
      }
      return null;
    });
    expect(spot).not.toBeNull();
    await page.touchscreen.tap(spot!.x, spot!.y);
    await expect(page).toHaveURL(/near=/);
    const near = new URL(page.url()).searchParams.get('near')!.split(',').map(Number);
    expect(Math.abs(near[0]! - spot!.lngLat[0]!)).toBeLessThan(2e-4);
    expect(Math.abs(near[1]! - spot!.lngLat[1]!)).toBeLessThan(2e-4);
    await expect(page.getByTestId('place-search')).toHaveValue('地图上选的点');
    await expect(page.getByTestId('pick-status')).toContainText('已选你在地图上点的位置');
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('sel')).toBeNull();
  });

  test('"use my location" asks for a fresh fix and the place box says "my location"', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: PositionOptions[] = [];
      (window as unknown as { __geoCalls: PositionOptions[] }).__geoCalls = calls;
      const geolocation = {
        getCurrentPosition(ok: PositionCallback, _fail?: PositionErrorCallback | null, options?: PositionOptions) {
          calls.push({ ...options });
          setTimeout(
            () =>
              ok({
                coords: { longitude: 121.5142, latitude: 31.2995, accuracy: 10 },
                timestamp: Date.now(),
              } as GeolocationPosition),
            10,
          );
        },
        watchPosition: () => 0,
        clearWatch: () => undefined,
      };
      Object.defineProperty(navigator, 'geolocation', { value: geolocation, configurable: true });
    });
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByTestId('tab-nearby').click();
    await pickHuangxingLu(page);
    await expect(page.getByTestId('place-search')).toHaveValue(/黄兴路/);
    await page.getByTestId('use-location').click();
    await expect(page).toHaveURL(/near=121\.5142\d*,31\.2995/);
    await expect(page.getByTestId('place-search')).toHaveValue('我的位置');
    await page.getByTestId('use-location').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __geoCalls: PositionOptions[] }).__geoCalls.length))
      .toBe(2);
    const calls = await page.evaluate(() => (window as unknown as { __geoCalls: PositionOptions[] }).__geoCalls);
    expect(calls.map((c) => c.maximumAge)).toEqual([0, 0]);
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('place-search')).toHaveValue('My location');
  });

  test('district-scale zones the place lies in are shown apart, not as "inside · 0 minutes"', async ({ page }) => {
    const point: [number, number] = [121.5142, 31.2995]; // 五角场
    const big = new Set(
      catalog.records.filter((r) => (r.areaComputedM2 ?? 0) >= 900_000 || (r.lengthKm ?? 0) >= 10).map((r) => r.id),
    );
    const inside = [
      ...new Set(
        areas
          .filter((f) => big.has(f.properties.id) && booleanPointInPolygon(point, f as Feature<Polygon | MultiPolygon>))
          .map((f) => f.properties.id),
      ),
    ].sort();
    expect(inside.length).toBeGreaterThan(0);
    await page.goto(`/?near=${point.join(',')}&r=15min`);
    await waitForMapIdle(page);
    const shown = await page
      .getByTestId('zones-inside')
      .locator('[data-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
    expect(shown).toEqual(inside);
    await expect(page.getByTestId('zones-inside')).toContainText(
      catalog.records.find((r) => r.id === inside[0])!.name.zh,
    );
    const listed = await page
      .getByTestId('nearby-results')
      .locator('[data-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((id) => big.has(id))).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-nearby-zones-zh.png` });
  });
});
