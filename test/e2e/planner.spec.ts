import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pointOnFeature } from '@turf/turf';
import type { Feature } from 'geojson';
import {
  SCREENSHOT_DIR,
  catalogWithDetails,
  drawnAt,
  drawnIds,
  expect,
  nextMoveEnd,
  test,
  waitForMapIdle,
} from './fixtures';

// Issue #4: the planner's journey, against the built app and the committed layers.
const catalog = catalogWithDetails<{
  records: {
    id: string;
    name: { zh: string; en: string };
    bureaus: string[];
    status: string;
    years: number[];
    scope: string;
    quotes: { text: string }[];
  }[];
}>();
const matching = catalog.records.filter(
  (r) => r.bureaus.includes('housing') && r.status === 'preparation' && r.years.includes(2024),
);
const FENGCHENG = catalog.records.find((r) => r.id === 'housing-fengcheng-sancun-130')!;
/** One point on each drawn feature of the committed layers, by project id (a point inside an area, on a line). */
const featurePoints = (['areas', 'lines', 'points'] as const).flatMap((file) =>
  (
    JSON.parse(readFileSync(`geodata/layers/${file}.geojson`, 'utf8')) as {
      features: (Feature & { properties: { id: string } })[];
    }
  ).features.map((f): [string, number, number] => {
    const geometry = f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString' ? f.geometry : null;
    const [lng, lat] = geometry
      ? geometry.type === 'LineString'
        ? geometry.coordinates[0]!
        : geometry.coordinates[0]![0]!
      : pointOnFeature(f).geometry.coordinates;
    return [f.properties.id, lng!, lat!];
  }),
);

test.describe('planner journey', () => {
  test('filter → list and counts agree → select → details → shared link → export', async ({ page, app, context }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await expect(page.getByTestId('result-count')).toHaveText(String(catalog.records.length));

    // Filter 区房管局 + preparation (signed, not started: issue 16) + 2024.
    await page
      .getByTestId('facet-bureau')
      .getByRole('checkbox', { name: /区房管局/ })
      .check();
    await page
      .getByTestId('facet-status')
      .getByRole('checkbox', { name: /前期准备/ })
      .check();
    await page.getByTestId('facet-year').getByRole('checkbox', { name: '2024' }).check();
    await expect(page.getByTestId('result-count')).toHaveText(String(matching.length));
    await expect(page).toHaveURL(/b=housing/);

    // The list shows exactly the site records; the district-wide tab the rest.
    const sites = matching
      .filter((r) => r.scope === 'site')
      .map((r) => r.id)
      .sort();
    const listed = await page
      .getByTestId('project-list')
      .locator('[data-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
    expect(listed).toEqual(sites);
    // The status facet counts what the other facets allow.
    await expect(page.getByTestId('count-status-preparation')).toHaveText(String(matching.length));
    // The map draws the same projects (whole district in view): each matching project is drawn
    // where it lies, and nothing else is drawn anywhere.
    await waitForMapIdle(page);
    await expect
      .poll(async () =>
        Object.values(
          await drawnAt(
            page,
            featurePoints.filter(([id]) => sites.includes(id)),
          ),
        ).every(Boolean),
      )
      .toBe(true);
    expect(
      Object.keys(
        await drawnAt(
          page,
          featurePoints.filter(([id]) => sites.includes(id)),
        ),
      ).sort(),
    ).toEqual(sites);
    expect((await drawnIds(page)).filter((id) => !sites.includes(id))).toEqual([]);

    // Select 凤城三村 from the list: details with quote, figures, milestones; the map frames it.
    const framed = await nextMoveEnd(page);
    await page.getByTestId('project-list').locator(`[data-id="${FENGCHENG.id}"]`).click();
    const panel = page.getByTestId('detail-panel');
    await expect(panel.getByTestId('detail-name')).toHaveText(FENGCHENG.name.zh);
    await expect(panel.getByTestId('detail-quote').first()).toContainText(FENGCHENG.quotes[0]!.text);
    await expect(panel.getByTestId('detail-milestones')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`sel=${FENGCHENG.id}`));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-selected-zh.png` });

    // The link restores the same view in a new page.
    await framed(); // the camera has arrived, and is in the URL
    const url = page.url();
    const second = await context.newPage();
    await second.goto(url);
    await waitForMapIdle(second);
    await expect(second.getByTestId('result-count')).toHaveText(String(matching.length));
    await expect(second.getByTestId('detail-name')).toHaveText(FENGCHENG.name.zh);
    const cameraOf = (p: Page) =>
      p.evaluate(() => {
        const m = window.__yangpu!.map;
        return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
      });
    const [a, b] = [await cameraOf(page), await cameraOf(second)];
    expect(Math.abs(a.lng - b.lng)).toBeLessThan(1e-4);
    expect(Math.abs(a.lat - b.lat)).toBeLessThan(1e-4);
    expect(Math.abs(a.zoom - b.zoom)).toBeLessThan(0.01);
    await second.close();

    // Export GeoJSON: exactly the filtered features (the details cover the list: close them first).
    await page.getByTestId('detail-close').click();
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-geojson').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { id: string } }[] };
    expect([...new Set(exported.features.map((f) => f.properties.id))].sort()).toEqual(sites);

    // Back reopens the details, then undoes the selection, then the year filter.
    await page.goBack();
    await expect(page.getByTestId('detail-name')).toHaveText(FENGCHENG.name.zh);
    await page.goBack();
    await expect(page.getByTestId('detail-panel')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByTestId('facet-year').getByRole('checkbox', { name: '2024' })).not.toBeChecked();
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  test('pinyin initials find 凤城三村; an impossible filter shows a helpful empty state', async ({ page, app }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByTestId('search').fill('fcsc');
    await expect(page.getByTestId('project-list').locator(`[data-id="${FENGCHENG.id}"]`)).toBeVisible();
    await page.getByTestId('search').fill('zzzzqqq');
    await expect(page.getByTestId('result-count')).toHaveText('0');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByTestId('empty-state').getByRole('button').click();
    await expect(page.getByTestId('result-count')).toHaveText(String(catalog.records.length));
    expect(app.errors).toEqual([]);
  });

  test('English switch translates the interface and the project names', async ({ page, app }) => {
    await page.goto(`/?sel=${FENGCHENG.id}`);
    await waitForMapIdle(page);
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('detail-name')).toHaveText(FENGCHENG.name.en);
    await expect(page.getByTestId('facet-status')).toContainText('Completed');
    await expect(page.getByTestId('tab-list')).toContainText('Projects');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-selected-en.png` });
    expect(app.errors).toEqual([]);
  });
});
