import { readFileSync } from 'node:fs';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #15: the presenters' kit — presenter window, kiosk, big-room text, handout.
type Names = { zh: string; en: string };
type Tour = {
  id: string;
  dwellSeconds: number;
  stops: { project: string; notes: Names | null; caption: Names | null }[];
};
const tours = JSON.parse(readFileSync('geodata/layers/tours.json', 'utf8')) as Tour[];
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
  records: { id: string; name: Names }[];
};
const RIVERFRONT = tours.find((t) => t.id === 'riverfront')!;
const nameOf = (i: number) => catalog.records.find((r) => r.id === RIVERFRONT.stops[i]!.project)!.name.zh;

test.describe.configure({ timeout: 180_000 });

test('presenter window and tour window stay in step both ways', async ({ page, app }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?tour=riverfront&stop=1');
  await waitForMapIdle(page);
  await expect(page.getByTestId('tour-name')).toHaveText(nameOf(0));
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('tour-presenter').click()]);
  await expect(presenter).toHaveURL(/view=presenter/);
  // The presenter sees this stop's notes, the next stop with its map, the time.
  await expect(presenter.getByTestId('presenter-current')).toHaveText(nameOf(0));
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(RIVERFRONT.stops[0]!.notes!.zh);
  await expect(presenter.getByTestId('presenter-next')).toHaveText(nameOf(1));
  await expect(
    presenter.getByTestId('stop-map').locator('path.stop-map-project, circle.stop-map-point'),
  ).not.toHaveCount(0);
  await expect(presenter.getByTestId('presenter-elapsed')).toHaveText(/^\d+:\d\d$/);
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/\d:\d\d/);
  // Presenter → tour window.
  await presenter.getByTestId('presenter-next-button').click();
  await expect(page.getByTestId('tour-name')).toHaveText(nameOf(1));
  await expect(page.getByTestId('tour-position')).toHaveText(`2 / ${RIVERFRONT.stops.length}`);
  // Tour window → presenter (keys on the tour window).
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-name')).toHaveText(nameOf(2));
  await expect(presenter.getByTestId('presenter-current')).toHaveText(nameOf(2));
  await expect(presenter.getByTestId('presenter-notes')).toHaveText(RIVERFRONT.stops[2]!.notes!.zh);
  // Presenter keys drive the tour too; autoplay state shows on both.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tour-name')).toHaveText(nameOf(1));
  await presenter.getByTestId('presenter-play').click();
  await expect(page.getByTestId('tour-play')).toHaveAttribute('aria-pressed', 'true');
  await expect(presenter.getByTestId('presenter-play')).toHaveAttribute('aria-pressed', 'true');
  await presenter.screenshot({ path: `${SCREENSHOT_DIR}/presenter-view.png` });
  // Leaving the tour tells the presenter.
  await page.bringToFront();
  await page.keyboard.press('Escape');
  await expect(presenter.getByRole('status')).toHaveText(/演示已结束/);
  expect(app.errors).toEqual([]);
});

test('kiosk: loops with autoplay and no controls, resumes by itself after a touch, survives a reload', async ({
  page,
}) => {
  const FLIGHT_MS = 2600;
  const KIOSK_RESUME_MS = 20_000;
  const dwell = RIVERFRONT.dwellSeconds * 1000 + FLIGHT_MS;
  const n = RIVERFRONT.stops.length;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto(`/?tour=riverfront&stop=${n}&kiosk=1`);
  await expect(page.getByTestId('tour')).toBeVisible();
  await expect(page.locator('.tour-controls')).toHaveCount(0);
  // Time flows while the page loads (it may already have looped): End restarts the last stop's dwell.
  await page.keyboard.press('End');
  await expect(page.getByTestId('tour-position')).toHaveText(`${n} / ${n}`);
  // The last stop's dwell ends: back to the first stop, still playing (a loop, not an end).
  await page.clock.fastForward(dwell + 200);
  await expect(page.getByTestId('tour-position')).toHaveText(`1 / ${n}`);
  await page.clock.fastForward(dwell + 200);
  await expect(page.getByTestId('tour-position')).toHaveText(`2 / ${n}`);
  // Someone touches the screen: autoplay holds…
  await page.mouse.click(400, 300);
  await expect(page.getByTestId('tour-paused')).toBeVisible();
  await page.clock.fastForward(dwell + 200);
  await expect(page.getByTestId('tour-position')).toHaveText(`2 / ${n}`);
  // …and comes back by itself a while after the last touch.
  await page.clock.fastForward(KIOSK_RESUME_MS);
  await expect(page.getByTestId('tour-paused')).toHaveCount(0);
  await page.clock.fastForward(dwell + 200);
  await expect(page.getByTestId('tour-position')).toHaveText(`3 / ${n}`);
  // A lobby screen restarting: same stop, still a kiosk, still playing.
  await expect(page).toHaveURL(/kiosk=1/);
  await page.reload();
  await expect(page.getByTestId('tour')).toBeVisible();
  await expect(page.locator('.tour-controls')).toHaveCount(0);
  const at = Number((await page.getByTestId('tour-position').textContent())!.split(' / ')[0]);
  expect([3, 4]).toContain(at); // 3, or 4 if the reload took a whole dwell
  await page.clock.fastForward(dwell + 200);
  await expect(page.getByTestId('tour-position')).toHaveText(`${at + 1} / ${n}`);
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  test(`big-room text at ${size.width}×${size.height}: + and − scale caption and map labels together, remembered`, async ({
    page,
  }) => {
    test.setTimeout(size.width > 2000 ? 420_000 : 180_000); // software GL draws 8 M pixels slowly
    await page.setViewportSize(size);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/?tour=riverfront&stop=5');
    await waitForMapIdle(page);
    await expect(page.getByTestId('tour-name')).toHaveText(nameOf(4));
    const measure = () =>
      page.evaluate(() => {
        const h2 = document.querySelector<HTMLElement>('[data-testid="tour-name"]')!;
        const caption = document.querySelector<HTMLElement>('[data-testid="tour-caption"]')!;
        const map = window.__yangpu!.map;
        // The size at the map's zoom: a number, or a linear zoom curve [interpolate, linear, zoom, z0, s0, …].
        const px = (size: unknown): number => {
          if (typeof size === 'number') return size;
          const stops = (size as unknown[]).slice(3) as number[];
          const z = map.getZoom();
          for (let i = 0; i + 3 < stops.length; i += 2) {
            const [z0, s0, z1, s1] = [stops[i]!, stops[i + 1]!, stops[i + 2]!, stops[i + 3]!];
            if (z <= z0) return s0;
            if (z <= z1) return s0 + ((s1 - s0) * (z - z0)) / (z1 - z0);
          }
          return stops[stops.length - 1]!;
        };
        return {
          name: parseFloat(getComputedStyle(h2).fontSize),
          captionHeight: Math.round(caption.getBoundingClientRect().height),
          // The label size the map draws with (px), from the live style.
          roads: px(map.getLayoutProperty('context-roads-label', 'text-size')),
          subdistricts: px(map.getLayoutProperty('context-subdistricts-label', 'text-size')),
        };
      });
    const before = await measure();
    if (size.width < 2000) await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-text-${size.width}-default.png` });
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(async () => (await measure()).name).toBeCloseTo(before.name * 1.5, 0);
    await expect.poll(async () => (await measure()).roads).toBeCloseTo(before.roads * 1.5, 0);
    const bigger = await measure();
    expect(bigger.subdistricts).toBeCloseTo(before.subdistricts * 1.5, 0);
    expect(bigger.captionHeight).toBeGreaterThan(before.captionHeight);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tour-text-${size.width}-150.png` });
    console.log(`text ${size.width}×${size.height}`, JSON.stringify({ before, bigger }));
    // Remembered across a reload; − steps back.
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(async () => (await measure()).name).toBeCloseTo(bigger.name, 0);
    expect((await measure()).roads).toBeCloseTo(bigger.roads, 1);
    await page.keyboard.press('-');
    await expect.poll(async () => (await measure()).roads).toBeCloseTo(before.roads * 1.25, 0);
  });
}

test('handout: a title page and one A4 page per stop, each with its map, caption, quote and precision', async ({
  page,
}) => {
  await page.goto('/?view=handout&tour=riverfront');
  const stops = page.getByTestId('handout-stop');
  await expect(stops).toHaveCount(RIVERFRONT.stops.length);
  await expect(page.getByTestId('handout-cover')).toContainText('杨浦滨江');
  await expect(page.getByTestId('handout-cover')).toContainText(
    '上海市杨浦区2024年政府有关工作情况和2025年主要工作汇编',
  );
  for (let i = 0; i < RIVERFRONT.stops.length; i++) {
    const stop = stops.nth(i);
    await expect(stop).toHaveAttribute('data-project', RIVERFRONT.stops[i]!.project);
    await expect(stop.locator('h2')).toContainText(nameOf(i));
    await expect(stop.locator('.stop-map-project, .stop-map-point')).not.toHaveCount(0);
    await expect(stop.locator('blockquote')).not.toHaveCount(0);
    await expect(stop.locator('.handout-precision')).toContainText('位置精度');
  }
  await page.emulateMedia({ media: 'print' });
  const breaks = await page
    .locator('.handout-page')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks).toHaveLength(RIVERFRONT.stops.length + 1);
  expect(breaks.slice(0, -1).every((b) => b === 'page')).toBe(true);
  await expect(page.locator('.handout-toolbar')).toBeHidden();
  // The browser's own print to PDF: exactly a title page plus one page per stop.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages).toHaveLength(RIVERFRONT.stops.length + 1);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/handout-print.png`, fullPage: true });
});
