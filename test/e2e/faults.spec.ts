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
const CONTEXT_FILES = [
  'districts',
  'district-labels',
  'water',
  'landmarks',
  'roads',
  'rail',
  'stations',
  'subdistricts',
].map((f) => `context/${f}.geojson`);
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
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: real().slice(0, Math.floor(real().length / 2)),
        });
      case 'html':
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><html><head><title>x</title></head><body><div id="root"></div></body></html>',
        });
      case 'empty':
        return route.fulfill({ status: 200, contentType: 'application/json', body: '' });
      case 'wrong shape':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: WRONG_SHAPE[file] ?? WRONG_SHAPE.layer!,
        });
      case 'stall':
        return; // never answered
    }
  });
}

/** Console lines a deliberately failed request causes (the browser logs the failure itself). */
const isExpectedNoise = (e: string): boolean => /Failed to load resource/.test(e);

/** What the Chinese notice says for each fault (written out here, not taken from i18n.ts). */
const SAYS: Record<Fault, string> = {
  network: '网络错误',
  'http 500': '服务器返回错误 500',
  truncated: '文件不完整或已损坏',
  html: '收到的是网页而不是数据',
  empty: '文件为空',
  'wrong shape': '内容格式不正确',
  stall: '加载缓慢',
};

/** The notice naming `file` and the fault (a slow file for a stall), in Chinese (the default language). */
async function expectFileNotice(page: Page, file: string, fault: Fault): Promise<void> {
  const notice = page.getByTestId(fault === 'stall' ? `notice-data-slow-${file}` : `notice-data-${file}`);
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(notice).toContainText(file);
  await expect(notice).toContainText('数据文件');
  await expect(notice).toContainText(SAYS[fault]);
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
        await expect(
          page.getByTestId('project-list').locator('[data-id="housing-fengcheng-sancun-130"]'),
        ).toBeVisible();
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

test.describe('partly invalid, late, retried, in English', () => {
  test('a layer with invalid features (no status, null or garbage geometry, unknown id or category): they are dropped and counted, the rest drawn', async ({
    page,
    app,
  }) => {
    const real = JSON.parse(readFileSync('geodata/layers/points.geojson', 'utf8')) as {
      features: { properties: Record<string, unknown>; geometry: unknown }[];
    };
    const f = real.features;
    delete f[0]!.properties.status;
    f[1]!.geometry = null;
    f[2]!.geometry = { type: 'Point', coordinates: ['x', 1] };
    f[3]!.properties.id = 'no-such-record';
    f[4]!.properties.category = 'spaceport';
    await page.route('**/data/layers/points.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(real) }),
    );
    await page.goto('/');
    const notice = page.getByTestId('notice-data-layers/points.geojson');
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText(`5 条(共 ${f.length} 条)`);
    await expect(page.getByTestId('result-count')).toHaveText(String(catalog.records.length));
    await expect.poll(async () => (await drawnIds(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await drawnIds(page)).not.toContain('no-such-record');
    expect(app.errors).toEqual([]);
  });

  test('a stalled layer is named after a few seconds, then drawn when it arrives (the notice goes)', async ({
    page,
    app,
  }) => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    await page.route('**/data/layers/points.geojson', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/');
    const slow = page.getByTestId('notice-data-slow-layers/points.geojson');
    await expect(slow).toBeVisible({ timeout: 20_000 });
    // Meanwhile the catalog and the other layers are shown.
    await expect(page.getByTestId('project-list').locator('[data-id]')).toHaveCount(SITE);
    release();
    await expect(slow).toHaveCount(0, { timeout: 20_000 });
    const pointOnly = catalog.records.find(
      (r) => r.scope === 'site' && (r as unknown as { geometryKinds: string[] }).geometryKinds.join() === 'point',
    )!;
    await expect.poll(async () => (await drawnIds(page)).includes(pointOnly.id), { timeout: 20_000 }).toBe(true);
    expect(app.errors).toEqual([]);
  });

  test('catalog.json fails, Retry loads it: the list fills and the notice goes', async ({ page, app }) => {
    let calls = 0;
    await page.route('**/data/layers/catalog.json', (route) =>
      ++calls === 1 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    );
    await page.goto('/');
    const notice = page.getByTestId('notice-data-layers/catalog.json');
    await expect(notice).toContainText('503', { timeout: 20_000 });
    await expect(page.getByTestId('project-list').locator('[data-id]')).toHaveCount(0);
    await page.getByTestId('notice-data-layers/catalog.json-action').click();
    await expect(page.getByTestId('project-list').locator('[data-id]')).toHaveCount(SITE, { timeout: 20_000 });
    await expect(notice).toHaveCount(0);
    expect(calls).toBe(2);
    expect(app.errors.filter((e) => !isExpectedNoise(e))).toEqual([]);
  });

  test('in English the notice is in English', async ({ page, app }) => {
    await inject(page, 'layers/areas.geojson', 'html');
    await page.goto('/?lang=en');
    const notice = page.getByTestId('notice-data-layers/areas.geojson');
    await expect(notice).toContainText(
      'Could not load the data file layers/areas.geojson: a web page arrived instead of data',
      { timeout: 20_000 },
    );
    await expect(page.getByTestId('notice-data-layers/areas.geojson-action')).toHaveText('Retry');
    expect(app.errors).toEqual([]);
  });
});

test.describe('a missing code chunk (a redeploy while the page is open)', () => {
  for (const [chunk, url, what] of [['tour-mode', `/?tour=${tours[0]!.id}&stop=1`, 'the tour']] as const) {
    test(`${chunk}: a notice says a newer version was deployed and Reload reloads (${what})`, async ({ page, app }) => {
      let blocked = 0;
      await page.route(
        `**/assets/${chunk}-*.js`,
        (route) => (++blocked, route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })),
      );
      await page.goto(url);
      const notice = page.getByTestId('notice-chunk');
      await expect(notice).toBeVisible({ timeout: 20_000 });
      await expect(notice).toContainText('网站已更新');
      expect(blocked).toBeGreaterThan(0);
      await page.unroute(`**/assets/${chunk}-*.js`);
      const reloaded = page.waitForEvent('load');
      await page.getByTestId('notice-chunk-action').click();
      await reloaded;
      await expect(page.getByTestId('notice-chunk')).toHaveCount(0);
      expect(
        app.errors.filter(
          (e) =>
            !/Failed to load resource|Failed to fetch dynamically imported module|error loading dynamically imported module/.test(
              e,
            ),
        ),
      ).toEqual([]);
    });
  }
});

test.describe('a link the app changes (issue 17 item 7)', () => {
  test('names duplicates, misspelled parameters, dropped values and a stop past the end; keeps the rest', async ({
    page,
    app,
  }) => {
    const tour = tours[0]!;
    await page.goto(`/?b=housing,nope&b=drc&lnag=en&tour=${tour.id}&stop=999`);
    const changed = page.getByTestId('notice-url-changed');
    await expect(changed).toContainText('b=housing,nope → housing');
    await expect(changed).toContainText('b: ×2 → 1');
    await expect(page.getByTestId('notice-url-ignored')).toContainText('lnag (lang?)');
    await expect(page.getByTestId('notice-url-stop')).toContainText(`stop=999 → ${tour.stops.length}`, {
      timeout: 20_000,
    });
    await expect(page).toHaveURL(new RegExp(`stop=${tour.stops.length}`));
    expect(app.errors).toEqual([]);
  });
});
