import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { Catalog } from '../../src/data/types';
import { recordFingerprint } from '../../src/data/versioning';
import { LABELS } from '../../src/i18n';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue 14: "my 15-minute life circle" on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const facilities = (
  JSON.parse(readFileSync('geodata/context/facilities.geojson', 'utf8')) as FeatureCollection<Point, { cat: string }>
).features;
const CATS = ['education', 'health', 'elderly', 'culture', 'sport', 'green', 'shopping'];

test.describe('life circle', () => {
  test('pick a place, open the card: per category the nearest facility, the count, the report’s additions; a gap is said plainly; the link restores it', async ({
    page,
    app,
  }) => {
    test.slow(); // two full page loads on software GL
    await page.goto('/?tab=nearby');
    await waitForMapIdle(page);
    await page.getByTestId('place-search').fill('凤城三村');
    await page.getByTestId('place-suggestions').getByRole('option').first().click();
    await expect(page).toHaveURL(/near=/);
    await page.getByTestId('life-circle-toggle').click();
    await expect(page).toHaveURL(/lc=1/);
    const rows = page.getByTestId('life-rows').locator('li.life-row');
    await expect(rows).toHaveCount(7);

    // Counts agree with turf over the facilities file (1.2 km straight line; the 0.5 % edge band aside).
    const near = new URL(page.url()).searchParams.get('near')!.split(',').map(Number) as [number, number];
    for (const cat of CATS) {
      const ds = facilities
        .filter((f) => f.properties.cat === cat)
        .map((f) => distance(near, f.geometry.coordinates, { units: 'meters' }));
      const row = page.locator(`li.life-row[data-cat="${cat}"]`);
      const count = Number(await row.getAttribute('data-count'));
      expect(count).toBeGreaterThanOrEqual(ds.filter((d) => d < 1200 * 0.995 - 1).length);
      expect(count).toBeLessThanOrEqual(ds.filter((d) => d <= 1200 * 1.005 + 1).length);
      const nearest = page.getByTestId(`life-nearest-${cat}`);
      if (ds.length) {
        expect(Math.abs(Number(await nearest.getAttribute('data-distance')) - Math.min(...ds))).toBeLessThan(
          Math.min(...ds) * 0.005 + 2,
        );
      }
      // A category with nothing within the circle says so, naming OpenStreetMap.
      if (count === 0) await expect(page.getByTestId(`life-gap-${cat}`)).toContainText('OpenStreetMap');
      else await expect(page.getByTestId(`life-gap-${cat}`)).toHaveCount(0);
    }
    await expect(page.locator('[data-testid^="life-gap-"]').first()).toBeVisible();
    // The report's additions within the circle, each with its status and year.
    const additions = page.locator('[data-testid^="life-adds-"] li');
    expect(await additions.count()).toBeGreaterThan(0);
    await expect(additions.first().locator('.status')).not.toBeEmpty();
    await expect(additions.first()).toContainText(/20\d\d/);
    // The facilities are drawn as their own quiet layer while the card is open.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const { map } = window.__yangpu!;
          if (!map.getLayer('lifecircle-facilities')) return -1;
          return map.querySourceFeatures('nearby', { filter: ['==', ['get', 'kind'], 'facility'] }).length;
        }),
      )
      .toBeGreaterThan(0);
    await page.getByTestId('life-rows').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/life-circle-phone-zh.png` });

    // The link restores the open card.
    const link = page.url();
    const before = await rows.allInnerTexts();
    await page.goto(link);
    await waitForMapIdle(page);
    await expect(page.getByTestId('life-rows').locator('li.life-row')).toHaveCount(7);
    expect(await page.getByTestId('life-rows').locator('li.life-row').allInnerTexts()).toEqual(before);
    expect(app.errors).toEqual([]);
  });

  test('keep a place; a build with a changed catalog lists the change at the next visit', async ({ page, app }) => {
    await page.goto('/?near=121.51380,31.30080&lc=1');
    await waitForMapIdle(page);
    await expect(page.getByTestId('life-rows').locator('li.life-row')).toHaveCount(7);
    const projectId = await page.getByTestId('nearby-results').locator('[data-id]').first().getAttribute('data-id');
    expect(projectId).toBeTruthy();
    await page.getByTestId('keep-place').click();
    await expect(page.getByTestId('keep-place')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('kept-no-change')).toBeVisible();

    // "Next year": the same catalog with one project's status moved on, fingerprints rebuilt.
    const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as Catalog;
    const record = catalog.records.find((r) => r.id === projectId)!;
    const from = record.status;
    record.status = from === 'completed' ? 'ongoing' : 'completed';
    // The fingerprint covers the details too (figures, milestones, history: catalog-details.json).
    const details = JSON.parse(readFileSync('geodata/layers/catalog-details.json', 'utf8')) as {
      records: Record<string, Omit<Parameters<typeof recordFingerprint>[0], 'status' | 'years' | 'bbox' | 'precision'>>;
    };
    record.fingerprint = recordFingerprint({ ...record, ...details.records[record.id]! });
    catalog.version = 'next-year';
    await page.route('**/data/layers/catalog.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(catalog) }),
    );
    await page.goto('/?tab=nearby');
    await waitForMapIdle(page);
    const change = page.getByTestId('kept-changes').locator(`li[data-id="${projectId}"]`);
    await expect(change).toHaveAttribute('data-kind', 'status');
    await expect(change).toContainText(record.name.zh);
    await expect(change).toContainText(LABELS.status[record.status].zh);
    await page.getByTestId('kept-mark-seen').click();
    await expect(page.getByTestId('kept-no-change')).toBeVisible();
    expect(app.errors).toEqual([]);
  });

  test('the Figures tab shows, per category, the share of the district within 15 minutes today and with the report', async ({
    page,
    app,
  }) => {
    await page.goto('/?tab=figures&lang=en');
    await waitForMapIdle(page);
    const rows = page.locator('[data-testid^="life-district-"]');
    await expect(rows).toHaveCount(7);
    await expect(page.getByTestId('life-district')).toContainText('500 m grid');
    for (const cat of CATS) {
      const row = page.getByTestId(`life-district-${cat}`);
      const [today, after, total] = await Promise.all(
        ['data-today', 'data-after', 'data-total'].map(async (a) => Number(await row.getAttribute(a))),
      );
      expect(total).toBeGreaterThan(200); // ~61 km² in 0.25 km² cells
      expect(today).toBeLessThanOrEqual(after);
      expect(after).toBeLessThanOrEqual(total);
    }
    // OSM lists almost no elderly care; the report's elderly-care projects widen the covered share.
    const elderly = page.getByTestId('life-district-elderly');
    expect(Number(await elderly.getAttribute('data-after'))).toBeGreaterThan(
      Number(await elderly.getAttribute('data-today')),
    );
    await page.getByTestId('life-district').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/life-circle-district-en.png` });
    expect(app.errors).toEqual([]);
  });
});
