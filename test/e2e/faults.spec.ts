import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { drawnIds, expect, test } from './fixtures';

// Issue 17, items 1–5: every data file × every fault ends in a notice naming the file (in the
// user's language), no uncaught error, and the rest of the app still works.

interface CatalogRecord {
  id: string;
  bureaus: string[];
  scope: string;
}
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as { records: CatalogRecord[] };
const tours = JSON.parse(readFileSync('geodata/layers/tours.json', 'utf8')) as { id: string; stops: unknown[] }[];
const CONTEXT_FILES = ['districts', 'district-labels', 'water', 'landmarks', 'roads', 'rail', 'stations', 'subdistricts'].map((f) => `context/${f}.geojson`);
const LAYERS = ['layers/areas.geojson', 'layers/lines.geojson', 'layers/points.geojson'];
const SITE = catalog.records.filter((r) => r.scope === 'site').length;

type Fault = 'network' | 'http 500' | 'truncated' | 'html' | 'empty' | 'wrong shape' | 'stall';
const FAULTS: Fault[] = ['network', 'http 500', 'truncated', 'html', 'empty', 'wrong shape', 'stall'];

/** Whole-file wrong shapes: valid JSON, not what the file should hold. */
const WRONG_SHAPE: Record<string, string> = {
  'layers/catalog.json': JSON.stringify({ records: 'none', places: {} }),
  'layers/tours.json': JSON.stringify({ tours: 'none' }),
  layer: JSON.stringify({ type: 'Topology', objects: {} }),
};

/** Answers `file` with `fault` (a stall is never answered). */
async function inject(page: Page, file: string, fault: Fault): Promise<void> {
  await page.route(`**/data/${file}`, async (route: Route) => {
    const real = () => readFileSync(`geodata/${file}`, 'utf8');
    switch (fault) {
      case 'network':
        return route.abort('failed');
      case 'http 500':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
      case 'truncated':
        return route.fulfill({ status: 200, contentType: 'application/json', body: real().slice(0, Math.floor(real().length / 2)) });
      case 'html':
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>' });
      case 'empty':
        return route.fulfill({ status: 200, contentType: 'application/json', body: '' });
      case 'wrong shape':
        return route.fulfill({ status: 200, contentType: 'application/json', body: WRONG_SHAPE[file] ?? WRONG_SHAPE.layer! });
      case 'stall':
        return; // never answered
    }
  });
}

/** Console lines a deliberately failed request causes (the browser logs the failure itself). */
const isExpectedNoise = (e: string): boolean => /Failed to load resource/.test(e);

/** The notice naming `file` (a failure, or a slow file for a stall), in Chinese (the default language). */
async function expectFileNotice(page: Page, file: string, fault: Fault): Promise<void> {
  const notice = page.getByTestId(fault === 'stall' ? `notice-data-slow-${file}` : `notice-data-${file}`);
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText(file);
  await expect(notice).toContainText('数据文件');
}

test.describe.configure({ timeout: 60_000 });

for (const fault of FAULTS) {
  test.describe(`fault: ${fault}`, () => {
    test(`layers/catalog.json: a notice with Retry, the map still draws the projects`, async ({ page, app }) => {
      await inject(page, 'layers/catalog.json', fault);
      await page.goto('/');
      await expectFileNotice(page, 'layers/catalog.json', fault);
      if (fault !== 'stall') await expect(page.getByTestId('notice-data-layers/catalog.json-action')).toBeVisible();
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect.poll(async () => (await drawnIds(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
    });

    for (const file of LAYERS) {
      test(`${file}: a notice, the list and the other layers still work`, async ({ page, app }) => {
        await inject(page, file, fault);
        await page.goto('/');
        await expectFileNotice(page, file, fault);
        await expect(page.getByTestId('result-count')).toHaveText(String(catalog.records.length));
        await expect(page.getByTestId('project-list').locator('[data-id]')).toHaveCount(SITE);
        await expect.poll(async () => (await drawnIds(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
        await page.getByTestId('search').fill('fcsc');
        await expect(page.getByTestId('project-list').locator('[data-id="housing-fengcheng-sancun-130"]')).toBeVisible();
        expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
      });
    }

    test(`layers/tours.json: a tour link says so and keeps the rest of the link`, async ({ page, app }) => {
      await inject(page, 'layers/tours.json', fault);
      const housing = catalog.records.filter((r) => r.bureaus.includes('housing')).length;
      await page.goto(`/?tour=${tours[0]!.id}&stop=2&b=housing`);
      await expectFileNotice(page, 'layers/tours.json', fault);
      if (fault === 'stall') {
        // Still waiting for the file: the tour says it is loading, the notice names the slow file.
        await expect(page.locator('.tour-loading')).toBeVisible();
        expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
        return;
      }
      await expect(page.getByTestId('notice-data-layers/tours.json-action')).toBeVisible();
      await expect(page.getByTestId('tour')).toHaveCount(0);
      await expect(page.getByTestId('result-count')).toHaveText(String(housing));
      await expect(page).toHaveURL(/b=housing/);
      await expect(page).not.toHaveURL(/tour=/);
      expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
    });

    test(`every context file: a notice names each, the projects still draw`, async ({ page, app }) => {
      for (const file of CONTEXT_FILES) await inject(page, file, fault);
      await page.goto('/');
      for (const file of CONTEXT_FILES) await expectFileNotice(page, file, fault);
      await expect(page.getByTestId('result-count')).toHaveText(String(catalog.records.length));
      await expect.poll(async () => (await drawnIds(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
    });
  });
}
