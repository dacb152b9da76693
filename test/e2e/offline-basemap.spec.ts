import { SCREENSHOT_DIR, expect, renderedCounts, test, waitForMapIdle } from './fixtures';

// Issue #2: the map opens offline on the embedded basemap, draws its context, asks nothing of the
// network beyond 127.0.0.1 and logs no console error.
test.describe('embedded basemap, offline', () => {
  test('loads, reaches idle, draws boundary, river and metro, no error, no off-site request', async ({ page, app }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const counts = await renderedCounts(page, [
      'context-districts-yangpu-line',
      'context-water-fill',
      'context-rail-line',
      'context-rail-planned',
      'context-stations-circle',
      'context-roads-arterial',
    ]);
    expect(counts['context-districts-yangpu-line']).toBeGreaterThan(0);
    expect(counts['context-water-fill']).toBeGreaterThan(0);
    expect(counts['context-rail-line']).toBeGreaterThan(0);
    expect(counts['context-rail-planned']).toBeGreaterThan(0);
    expect(counts['context-stations-circle']).toBeGreaterThan(5);
    expect(counts['context-roads-arterial']).toBeGreaterThan(5);
    const styleHasGlyphs = await page.evaluate(() => 'glyphs' in window.__yangpu!.map.getStyle());
    expect(styleHasGlyphs).toBe(false);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/embedded-basemap-zh.png` });
    expect(app.errors).toEqual([]);
    expect(app.offsite).toEqual([]);
  });

  // Issue #11: the basemap is OpenStreetMap data (ODbL): its attribution must show whenever it is on,
  // on a desktop and on a phone, where the bottom sheet must not cover it.
  test('shows the OpenStreetMap attribution on the embedded basemap, uncovered, desktop and phone', async ({ page, app }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await page.goto('/?tab=nearby');
      await waitForMapIdle(page);
      const link = page.locator('.maplibregl-ctrl-attrib').getByRole('link', { name: 'OpenStreetMap contributors' });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright');
      await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('© OpenStreetMap contributors');
      // Nothing lies on top of it: the element at its centre is the link itself.
      const onTop = await link.evaluate((a) => {
        const r = a.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === a || a.contains(hit);
      });
      expect(onTop, `attribution uncovered at ${viewport.width}×${viewport.height}`).toBe(true);
    }
    expect(app.errors).toEqual([]);
  });

  test('labels follow the language switch', async ({ page, app }) => {
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yangpu Renewal Map');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('杨浦城市更新地图');
    await expect(page).toHaveURL(/^[^?]*(\?(?!.*lang=).*)?$/);
    expect(app.errors).toEqual([]);
  });

  test('a failing online basemap falls back to the embedded one with a notice', async ({ page, app }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page.getByTestId('basemap-select').selectOption('osm');
    await expect(page.getByTestId('notice-basemap-fallback')).toBeVisible();
    await expect(page.getByTestId('basemap-select')).toHaveValue('embedded');
    await waitForMapIdle(page);
    const counts = await renderedCounts(page, ['context-districts-yangpu-line']);
    expect(counts['context-districts-yangpu-line']).toBeGreaterThan(0);
    // The only request that left the page was the user's own choice of the online style.
    expect(app.offsite.every((url) => url.startsWith('https://tiles.openfreemap.org/'))).toBe(true);
    expect(app.errors.filter((e) => !/openfreemap|Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });
});
