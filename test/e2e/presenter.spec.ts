import { readFileSync } from 'node:fs';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #15: the presenters' kit — presenter window, kiosk, big-room text, handout.
type Names = { zh: string; en: string };
type Tour = { id: string; dwellSeconds: number; stops: { project: string; notes: Names | null; caption: Names | null }[] };
const tours = JSON.parse(readFileSync('geodata/layers/tours.json', 'utf8')) as Tour[];
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as { records: { id: string; name: Names }[] };
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
  await expect(presenter.getByTestId('stop-map').locator('path.stop-map-project, circle.stop-map-point')).not.toHaveCount(0);
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
