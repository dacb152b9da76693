import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #11 items 3 and 4: precision the user can see, honest areas.
type Props = { id: string; precision: string };
const points = (
  JSON.parse(readFileSync('geodata/layers/points.geojson', 'utf8')) as {
    features: { properties: Props; geometry: { type: string; coordinates: [number, number] } }[];
  }
).features;
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
  records: { id: string; areaOutline?: string }[];
};
// A point on the building's OSM position (located) and an approximate point (area or schematic), both single points.
const LOCATED = points.find((f) => f.properties.id === 'health-shidong-hospital')!;
const APPROX = points.find(
  (f) => (f.properties.precision === 'schematic' || f.properties.precision === 'area') && f.geometry.type === 'Point',
)!;

/**
 * What MapLibre rendered for a project's point: the layers that drew it there (the halo layer
 * among them or not), and the point layer's ring width and outline opacity as evaluated for it.
 */
async function drawnStyle(page: Page, id: string, lngLat: [number, number]) {
  return page.evaluate(
    ({ id, lngLat }) => {
      const { map } = window.__yangpu!;
      const { x, y } = map.project(lngLat);
      const own = map
        .getStyle()
        .layers.map((l) => l.id)
        .filter((l) => l.startsWith('projects-') && !l.startsWith('projects-highlight'));
      const hits = map.queryRenderedFeatures(
        [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ],
        { layers: own },
      );
      const mine = hits.filter((f) => f.properties?.id === id);
      const point = mine.find((f) => f.layer.id === 'projects-points');
      if (!point) return null;
      const paint = point.layer.paint as Record<string, unknown> | undefined;
      return {
        layers: [...new Set(mine.map((f) => f.layer.id))].sort(),
        ringWidth: paint?.['circle-stroke-width'],
      };
    },
    { id, lngLat },
  );
}

test.describe('precision on the map', () => {
  test('an approximate placement is drawn with a halo and no ring; a located one crisp; the tooltip says approximate', async ({
    page,
    app,
  }) => {
    test.slow(); // two hovers on software GL on a shared machine
    expect(LOCATED.properties.precision).toBe('block');
    expect(APPROX).toBeDefined();
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    await expect
      .poll(() => drawnStyle(page, LOCATED.properties.id, LOCATED.geometry.coordinates), { timeout: 30_000 })
      .toEqual({ layers: ['projects-points'], ringWidth: 1.5 });
    await expect
      .poll(() => drawnStyle(page, APPROX.properties.id, APPROX.geometry.coordinates))
      .toEqual({ layers: ['projects-halo-points', 'projects-points'], ringWidth: 0 });

    // The legend explains both.
    await expect(page.getByTestId('legend-placement')).toContainText('Approximate: soft halo, no hard outline');
    // Hovering: the approximate point's tooltip says so, the located one's does not.
    const hover = async (c: [number, number]) => {
      const at = await page.evaluate((lngLat) => window.__yangpu!.map.project(lngLat), c);
      const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
      await page.mouse.move(box.x + at.x - 6, box.y + at.y);
      await page.mouse.move(box.x + at.x, box.y + at.y, { steps: 3 });
    };
    const tooltip = page.locator('.map-tooltip');
    await hover(LOCATED.geometry.coordinates);
    await expect(tooltip).toContainText('Shidong Hospital');
    await expect(tooltip).not.toContainText('approximate');
    // The schematic point nearest the map's centre (clear of the panels and legend at its edges).
    const centre = await page.evaluate(() => window.__yangpu!.map.getCenter().toArray() as [number, number]);
    const schematic = points
      .filter((f) => f.properties.precision === 'schematic' && f.geometry.type === 'Point')
      .sort(
        (a, b) =>
          Math.hypot(a.geometry.coordinates[0] - centre[0], a.geometry.coordinates[1] - centre[1]) -
          Math.hypot(b.geometry.coordinates[0] - centre[0], b.geometry.coordinates[1] - centre[1]),
      )[0]!;
    await hover(schematic.geometry.coordinates);
    await expect(tooltip).toContainText('schematic location (the exact site is not public)');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/precision-halo-en.png` });
    expect(app.errors).toEqual([]);
  });

  test('a report-sized polygon says "drawn to the reported size"; the Figures tab counts measured and nominal areas', async ({
    page,
  }) => {
    await page.goto('/?sel=planning-daqiao-east-80ha');
    await waitForMapIdle(page);
    const diff = page.getByTestId('detail-area-diff');
    await expect(diff).toHaveText('按报告所载面积绘制(无公开地块线),不作比较');
    await expect(page.getByTestId('detail-area-outline')).toHaveText('按报告面积绘制');
    await expect(page.getByTestId('place-basis').first()).not.toContainText('.tsv');
    await page.getByTestId('lang-switch').click();
    await expect(diff).toHaveText('drawn to the reported size (no parcel line is public): not compared');
    await expect(diff).not.toContainText('%');

    await page.getByTestId('detail-close').click();
    await page.getByTestId('tab-figures').click();
    const count = (o: string) => catalog.records.filter((r) => r.areaOutline === o).length;
    await expect(page.getByTestId('sum-areas')).toHaveText(
      `${count('measured')} measured · ${count('nominal')} drawn to the reported size · ${count('sketch')} sketched by hand`,
    );
  });
});
