import { SCREENSHOT_DIR, drawnIds, expect, renderedCounts, test, waitForMapIdle } from './fixtures';

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

  test('labels follow the language switch: the text field in the style and the text drawn', async ({ page, app }) => {
    const LABELS = 'context-subdistricts-label';
    // The label layer's text-field as the map holds it, and the text of each label drawn right now.
    const labels = () =>
      page.evaluate((id) => {
        const map = window.__yangpu!.map;
        const layout = map.getStyle().layers.find((l) => l.id === id)?.layout as Record<string, unknown> | undefined;
        const field = JSON.stringify(layout?.['text-field']);
        const drawn = map.queryRenderedFeatures({ layers: [id] }).map((f) => {
          const text = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'] as string | { sections: { text: string }[] } | undefined;
          return typeof text === 'string' ? text : (text?.sections.map((s) => s.text).join('') ?? '');
        });
        return { field, drawn };
      }, LABELS);
    const han = /\p{Script=Han}/u;
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    await expect.poll(async () => (await labels()).drawn.length).toBeGreaterThan(3);
    const en = await labels();
    expect(en.field).toContain('name_en');
    expect(en.drawn.every((text) => !han.test(text))).toBe(true);
    const camera = await page.evaluate(() => window.__yangpu!.map.getCenter().toArray());

    await page.getByTestId('lang-switch').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('杨浦城市更新地图');
    await expect.poll(async () => (await labels()).field).toBe(JSON.stringify(['get', 'name']));
    await waitForMapIdle(page);
    await expect.poll(async () => (await labels()).drawn.filter((text) => han.test(text)).length).toBeGreaterThan(3);
    expect((await labels()).drawn.every((text) => han.test(text))).toBe(true);
    // The camera stayed, the project overlay is still drawn.
    expect(await page.evaluate(() => window.__yangpu!.map.getCenter().toArray())).toEqual(camera);
    await expect.poll(async () => (await drawnIds(page)).length).toBeGreaterThan(0);
    await expect(page).toHaveURL(/^[^?]*(\?(?!.*lang=).*)?$/);
    expect(app.errors).toEqual([]);
  });
});
