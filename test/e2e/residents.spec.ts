import { readFileSync } from 'node:fs';
import { distance, flattenEach, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon } from 'geojson';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #5: a resident on a phone finds the projects near a place, by search or by geolocation.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const features = ['areas', 'lines', 'points'].flatMap(
  (f) =>
    (JSON.parse(readFileSync(`geodata/layers/${f}.geojson`, 'utf8')) as FeatureCollection<Geometry, { id: string }>)
      .features,
);

/** Brute force with turf: metres from a point to the nearest part of each record's geometry. */
function turfNearby(point: [number, number], radiusM: number): { id: string; d: number }[] {
  const best = new Map<string, number>();
  for (const feature of features) {
    flattenEach(feature as Feature<Geometry>, (part) => {
      const g = part.geometry;
      const d =
        g.type === 'Point'
          ? distance(point, (g as Point).coordinates, { units: 'meters' })
          : g.type === 'LineString'
            ? pointToLineDistance(point, part as Feature<LineString>, { units: 'meters' })
            : Math.max(0, pointToPolygonDistance(point, part as Feature<Polygon>, { units: 'meters' }));
      const id = feature.properties.id;
      best.set(id, Math.min(best.get(id) ?? Infinity, d));
    });
  }
  return [...best]
    .filter(([, d]) => d <= radiusM)
    .map(([id, d]) => ({ id, d }))
    .sort((a, b) => a.d - b.d);
}

async function listedResults(page: Page): Promise<{ id: string; d: number }[]> {
  return page
    .getByTestId('nearby-results')
    .locator('[data-id]')
    .evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-id')!, d: Number(e.getAttribute('data-distance')) })),
    );
}

async function openNearby(page: Page, path = '/') {
  await page.goto(path);
  await waitForMapIdle(page);
  await page.getByTestId('tab-nearby').click();
}

test.describe('residents on a phone', () => {
  test('search 黄兴路 → 15-minute radius → results by true distance, each within the radius', async ({ page, app }) => {
    await openNearby(page);
    await page.getByTestId('place-search').fill('黄兴路');
    const suggestions = page.getByTestId('place-suggestions').getByRole('option');
    await expect(suggestions.first()).toContainText('黄兴路');
    await suggestions.first().click();
    await expect(page).toHaveURL(/near=/);
    await expect(page.getByTestId('radius').getByRole('radio', { name: /15/ })).toBeChecked();
    const results = await listedResults(page);
    expect(results.length).toBeGreaterThan(0);
    // Sorted by distance, all within 1.2 km.
    for (let i = 1; i < results.length; i++) expect(results[i]!.d).toBeGreaterThanOrEqual(results[i - 1]!.d);
    expect(results.every((r) => r.d <= 1200)).toBe(true);
    // Same set as a brute-force turf computation from the point in the URL (within 1 m, and the radius edge aside).
    const near = new URL(page.url()).searchParams.get('near')!.split(',').map(Number) as [number, number];
    // District-scale zones (≥ 0.9 km² or ≥ 10 km, issue #18) are listed apart, not among the walks.
    const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
      records: { id: string; areaComputedM2?: number; lengthKm?: number }[];
    };
    const big = new Set(
      catalog.records.filter((r) => (r.areaComputedM2 ?? 0) >= 900_000 || (r.lengthKm ?? 0) >= 10).map((r) => r.id),
    );
    const expected = turfNearby(near, 1200).filter((r) => !big.has(r.id));
    const robust = (list: { id: string; d: number }[]) =>
      list
        .filter((r) => r.d < 1195)
        .map((r) => r.id)
        .sort();
    expect(robust(results)).toEqual(robust(expected));
    for (const r of results) {
      const e = expected.find((x) => x.id === r.id);
      if (e) expect(Math.abs(e.d - r.d)).toBeLessThan(Math.max(1, e.d * 0.005));
    }
    // A smaller radius gives a subset.
    await page.getByTestId('radius').getByText(/500/).click();
    const smaller = await listedResults(page);
    expect(smaller.every((r) => r.d <= 500)).toBe(true);
    expect(smaller.map((r) => r.id).every((id) => results.some((r) => r.id === id))).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/residents-phone.png` });
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  test('geolocation granted inside Yangpu lists nearby projects', async ({ page, context, app }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 31.2995, longitude: 121.5142 }); // 五角场
    await openNearby(page);
    await page.getByTestId('use-location').click();
    await expect(page).toHaveURL(/near=121\.514/);
    await expect(page.getByTestId('nearby-results').locator('[data-id]').first()).toBeVisible();
    await expect(page.getByTestId('outside-yangpu')).toHaveCount(0);
    expect(app.errors).toEqual([]);
  });

  test('geolocation denied gives a plain message and a way on', async ({ page, context }) => {
    await context.clearPermissions();
    await openNearby(page);
    await page.getByTestId('use-location').click();
    await expect(page.getByTestId('geo-message')).toContainText('权限被拒绝');
    await expect(page.getByTestId('place-search')).toBeEnabled();
  });

  test('a shared link outside Yangpu says so and offers the district centre', async ({ page }) => {
    await page.goto('/?near=121.4737,31.2304'); // People's Square, Huangpu District
    await waitForMapIdle(page);
    await expect(page.getByTestId('outside-yangpu')).toBeVisible();
    await page.getByTestId('outside-yangpu').getByRole('button').click();
    await expect(page.getByTestId('outside-yangpu')).toHaveCount(0);
    await expect(page).toHaveURL(/near=121\.526/);
  });
});
