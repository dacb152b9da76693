import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { validateTours } from '../../src/data/tour-check.ts';
import { catalogWithDetails, expect, test, waitForMapIdle } from './fixtures';

// Issue #15, item 4: a tour made in the app drops into geodata/tours/ and plays back.
type Rec = { id: string; scope: 'site' | 'district'; figures: unknown[]; name: { zh: string } };
const catalog = catalogWithDetails<{ records: Rec[] }>();
const tours = JSON.parse(readFileSync('geodata/layers/tours.json', 'utf8')) as unknown[];
const nameOf = (id: string) => catalog.records.find((r) => r.id === id)!.name.zh;
const [A, B, C] = ['culture-national-anthem-museum', 'housing-fengnan-yicun', 'planning-fuxing-island'];

/** Opens the explorer on a selected project and adds it to "my tour". */
async function addStop(page: Page, search: string, expected: number) {
  await page.goto(search);
  await waitForMapIdle(page);
  await page.getByTestId('tours-button').click();
  await page.getByTestId('tour-build').click();
  await page.getByTestId('builder-add').click();
  await expect(page.getByTestId('builder-stop')).toHaveCount(expected);
}

test('a tour built in the UI downloads as a file the data build accepts, and plays back the same stops', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await addStop(page, `/?b=culture&sel=${A}`, 1);
  await page.getByTestId('builder-caption-zh').first().fill('国歌展示馆:30万人次');
  await page.getByTestId('builder-caption-zh').first().press('Tab');
  await addStop(page, `/?sel=${B}`, 2);
  await addStop(page, `/?sel=${C}`, 3);
  // Reorder (C up: A, C, B) and delete (B): A, C.
  await page.getByTestId('builder-up').nth(2).click();
  await expect(page.getByTestId('builder-stop').nth(1)).toHaveAttribute('data-project', C);
  await page.getByTestId('builder-remove').nth(2).click();
  await expect(page.getByTestId('builder-stop')).toHaveCount(2);
  await page.getByTestId('builder-id').fill('my-walk');
  await page.getByTestId('builder-id').press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('builder-download').click()]);
  expect(download.suggestedFilename()).toBe('my-walk.yaml');
  const text = readFileSync((await download.path())!, 'utf8');
  // The data build's own check, as `npm run data` runs it on geodata/tours/my-walk.yaml.
  const check = validateTours(
    [{ file: 'geodata/tours/my-walk.yaml', data: parse(text) }],
    new Map(catalog.records.map((r) => [r.id, r.scope])),
    new Map(catalog.records.map((r) => [r.id, r.figures.length])),
  );
  expect(check.errors).toEqual([]);
  const built = check.tours[0]!;
  expect(built.stops.map((s) => s.project)).toEqual([A, C]);
  expect(built.stops[0]!.caption).toEqual({ zh: '国歌展示馆:30万人次', en: '国歌展示馆:30万人次' });
  expect(built.stops[0]!.filters?.bureaus).toEqual(['culture']);
  // Play the file back as the app would after `npm run data`: served in layers/tours.json.
  await page.route('**/data/layers/tours.json', (route) => route.fulfill({ json: [...tours, built] }));
  await page.goto('/?tour=my-walk');
  await expect(page.getByTestId('tour-name'), app.errors.join('\n')).toHaveText(nameOf(A), { timeout: 45_000 });
  await expect(page.getByTestId('tour-caption')).toContainText('国歌展示馆:30万人次');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tour-name')).toHaveText(nameOf(C));
  await expect(page.getByTestId('tour-position')).toHaveText('2 / 2');
  expect(app.errors).toEqual([]);
});
