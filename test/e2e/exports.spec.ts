import { readFileSync } from 'node:fs';
import { expect, test, waitForMapIdle } from './fixtures';

// Issue #15, item 6: an exported image or a print says what it shows.
const catalog = JSON.parse(readFileSync('geodata/layers/catalog.json', 'utf8')) as {
  reports: { title: { zh: string } }[];
  records: { bureaus: string[]; years: number[] }[];
};

test('the PNG export and the print carry the filter sentence with the count, the data dates and the link', async ({
  page,
  app,
}) => {
  // Record every text the page draws on a 2D canvas (the export composes its PNG on one).
  await page.addInitScript(() => {
    const texts: string[] = [];
    (window as unknown as { __texts: string[] }).__texts = texts;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      texts.push(String(text));
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
  await page.goto('/?b=education&y=2025');
  await waitForMapIdle(page);
  const n = catalog.records.filter((r) => r.bureaus.includes('education') && r.years.includes(2025)).length;
  expect(n).toBeGreaterThan(1);
  const sentence = `区教育局 · 2025 · ${n} 个项目`;
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
  expect(texts).toContain(sentence);
  expect(texts.some((s) => s.includes(catalog.reports[0]!.title.zh) && /生成于 \d{4}-\d\d-\d\d/.test(s))).toBe(true);
  expect(texts.some((s) => s.startsWith('链接: http') && s.includes('b=education') && s.includes('y=2025'))).toBe(true);
  // Printing the explorer: the same sentence over the map.
  await expect(page.getByTestId('print-caption')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-filters')).toHaveText(sentence);
  await expect(page.getByTestId('print-caption')).toContainText('b=education');
  expect(app.errors).toEqual([]);
});
