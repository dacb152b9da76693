import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Where browser tests write screenshots for a person to look at (git-ignored). */
export const SCREENSHOT_DIR = 'test-results/screenshots';

interface AppFixture {
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Requests that left 127.0.0.1 (data: and blob: URLs are local). */
  offsite: string[];
}

/**
 * `app` tracks console errors and off-site requests of the page; tests assert on both.
 * Off-site requests are aborted, as they would fail on an offline machine anyway.
 */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const fixture: AppFixture = { errors: [], offsite: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') fixture.errors.push(msg.text());
    });
    page.on('pageerror', (error) => fixture.errors.push(`pageerror: ${error.message}`));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
      fixture.offsite.push(url.href);
      return route.abort('internetdisconnected');
    });
    await use(fixture);
  },
});

/** Resolves once the map exists and has reached `idle` (style and all tiles loaded, drawn). */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__yangpu?.map), undefined, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__yangpu!.map;
        if (map.loaded() && !map.isMoving()) resolve();
        else map.once('idle', () => resolve());
      }),
  );
}

/** Number of features drawn right now by each of the given layer ids. */
export async function renderedCounts(page: Page, layers: string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const map = window.__yangpu!.map;
    const counts: Record<string, number> = {};
    for (const id of ids) counts[id] = map.getLayer(id) ? map.queryRenderedFeatures({ layers: [id] }).length : -1;
    return counts;
  }, layers);
}

/** Ids of the project features the map draws right now (filtered-out ones are not rendered). */
export async function drawnIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map } = window.__yangpu!;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((id) => /^projects-(areas|lines|points)/.test(id));
    const features = map.queryRenderedFeatures({ layers });
    return [
      ...new Set(features.map((f) => f.properties?.id as string | undefined).filter((id): id is string => Boolean(id))),
    ].sort();
  });
}

/**
 * Resolves at the map's next `moveend`. Call before the action that moves the camera and await
 * after it (a camera move always ends with one, even a jump).
 */
export async function nextMoveEnd(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const w = window as unknown as { __moveEnded?: Promise<void> };
    w.__moveEnded = new Promise<void>((resolve) => window.__yangpu!.map.once('moveend', () => resolve()));
  });
  return () => page.evaluate(() => (window as unknown as { __moveEnded: Promise<void> }).__moveEnded);
}

/**
 * For each [id, lng, lat], whether the project layers draw that project at that point (every
 * rendered feature within 3 px, through all layers, so a point under an area still counts).
 */
export async function drawnAt(page: Page, points: [string, number, number][]): Promise<Record<string, boolean>> {
  return page.evaluate((list) => {
    const { map } = window.__yangpu!;
    const layers = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((l) => /^projects-(areas|lines|points)/.test(l));
    const result: Record<string, boolean> = {};
    for (const [id, lng, lat] of list) {
      const p = map.project([lng, lat]);
      const picked = map.queryRenderedFeatures(
        [
          [p.x - 3, p.y - 3],
          [p.x + 3, p.y + 3],
        ],
        { layers },
      );
      result[id] = result[id] === true || picked.some((f) => f.properties?.id === id);
    }
    return result;
  }, points);
}

/**
 * The committed `catalog.json` with each record's details (`catalog-details.json`: quotes, figures,
 * milestones, status history, related) merged back in, as the app holds it after the first map.
 */
export function catalogWithDetails<T>(): T {
  const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as { records: { id: string }[] };
  const details = JSON.parse(readFileSync('geodata/layers/catalog-details.json', 'utf8')) as {
    records: Record<string, object>;
  };
  catalog.records = catalog.records.map((r) => ({ ...r, ...details.records[r.id] }));
  return catalog as T;
}
