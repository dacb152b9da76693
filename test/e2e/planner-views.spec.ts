import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, catalogWithDetails, drawnIds, expect, test, waitForMapIdle } from './fixtures';

// Issue #18 (and #15 item 6): the planner's views speak the reader's language and say what they show.
type Rec = {
  id: string;
  name: { zh: string; en: string };
  bureaus: string[];
  status: string;
  category: string;
  placeIds: string[];
  quotes: { text: string }[];
  scope: string;
};
const catalog = catalogWithDetails<{ records: Rec[]; bureaus: { id: string; zh: string; en: string }[] }>();
const education = catalog.records.filter((r) => r.bureaus.includes('education'));
const STATUS = {
  zh: {
    completed: '已完成',
    'under-construction': '在建',
    planned: '计划',
    ongoing: '持续推进',
    preparation: '前期准备',
  },
  en: {
    completed: 'Completed',
    'under-construction': 'Under construction',
    planned: 'Planned',
    ongoing: 'Ongoing',
    preparation: 'Preparation (not started)',
  },
} as Record<string, Record<string, string>>;

/** A strict-enough CSV reader for the app's output (RFC 4180, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function download(page: Page, testid: string): Promise<string> {
  const file = page.waitForEvent('download');
  await page.getByTestId(testid).click();
  return readFileSync((await (await file).path())!, 'utf8');
}

test.describe('planner views', () => {
  test('CSV names bureaus and statuses in the chosen language, keeps the codes, and carries the evidence; so does GeoJSON', async ({
    page,
    app,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    await page
      .getByTestId('facet-bureau')
      .getByRole('checkbox', { name: /区教育局/ })
      .check();
    await expect(page.getByTestId('result-count')).toHaveText(String(education.length));
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      const rows = parseCsv((await download(page, 'export-csv')).replace(/^\uFEFF/, ''));
      const [header, ...body] = rows;
      const col = (name: string) => header!.indexOf(name);
      const names =
        lang === 'zh'
          ? {
              bureau: '责任部门',
              status: '状态',
              bureauCode: '部门代码',
              statusCode: '状态代码',
              quote: '首条原文',
              section: '原文章节',
              basis: '定位依据',
              precision: '定位精度',
            }
          : {
              bureau: 'Bureaus',
              status: 'Status',
              bureauCode: 'Bureau codes',
              statusCode: 'Status code',
              quote: 'First quote',
              section: 'Quote section',
              basis: 'Location basis',
              precision: 'Precision',
            };
      for (const n of Object.values(names)) expect(col(n), n).toBeGreaterThanOrEqual(0);
      expect(body).toHaveLength(education.length);
      const bureauName = catalog.bureaus.find((b) => b.id === 'education')![lang];
      for (const row of body) {
        const record = education.find((r) => r.id === row[0])!;
        expect(row[col(names.bureau)]!.split(';')).toContain(bureauName); // 区教育局 / Education Bureau
        expect(row[col(names.bureauCode)]).toBe(record.bureaus.join(';'));
        expect(row[col(names.status)]).toBe(STATUS[lang]![record.status]);
        expect(row[col(names.statusCode)]).toBe(record.status);
        expect(row[col(names.quote)]).toBe(record.quotes[0]!.text);
        expect(row[col(names.section)]).toContain(bureauName);
        if (record.placeIds.length) expect(row[col(names.basis)]!.length).toBeGreaterThan(0);
      }
    }
    const geo = JSON.parse(await download(page, 'export-geojson')) as {
      features: { properties: { id: string; quote: string; section: string; basis: string; precision_name: string } }[];
    };
    expect(geo.features.length).toBeGreaterThan(0);
    for (const f of geo.features) {
      const record = education.find((r) => r.id === f.properties.id)!;
      expect(f.properties.quote).toBe(record.quotes[0]!.text);
      expect(f.properties.section).toContain('Education Bureau');
      expect(f.properties.basis.length).toBeGreaterThan(0);
      expect(f.properties.precision_name.length).toBeGreaterThan(0);
    }
    expect(app.errors).toEqual([]);
  });

  test('"report a data error" carries the current URL; matches off screen offer "zoom to results"', async ({
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForMapIdle(page);
    const linkUrl = async () => {
      const href = (await page.getByTestId('report-error').getAttribute('href'))!;
      const body = decodeURIComponent(new URL(href.replace(/^mailto:/, 'http://x/')).searchParams.get('body')!);
      return body.match(/URL: (\S+)/)![1];
    };
    const first = page.getByTestId('project-list').locator('[data-id]').first();
    const id = (await first.getAttribute('data-id'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`sel=${id}`));
    await page.waitForFunction(() => !window.__yangpu!.map.isMoving());
    await expect.poll(linkUrl).toBe(page.url());
    expect(page.url()).toMatch(/map=/);
    // Move the camera: the link follows.
    await page.evaluate(() => window.__yangpu!.map.jumpTo({ center: [121.53, 31.3], zoom: 14.2 }));
    await expect(page).toHaveURL(/map=[^&]*14\.2/);
    await expect.poll(linkUrl).toBe(page.url());
    await page.getByTestId('detail-close').click();

    // Filter to the education bureau with the district in view, then look at a corner with none of its projects.
    await page.evaluate(() => window.__yangpu!.map.jumpTo({ center: [121.526, 31.29], zoom: 11.5 }));
    await page
      .getByTestId('facet-bureau')
      .getByRole('checkbox', { name: /区教育局/ })
      .check();
    await expect(page.getByTestId('off-screen')).toHaveCount(0);
    await page.evaluate(() => window.__yangpu!.map.jumpTo({ center: [121.555, 31.245], zoom: 15 }));
    await expect(page.getByTestId('off-screen')).toBeVisible();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-off-screen-zh.png` });
    await page.getByTestId('zoom-to-results').click();
    await expect(page.getByTestId('off-screen')).toHaveCount(0);
    await waitForMapIdle(page);
    expect((await drawnIds(page)).filter((d) => education.some((r) => r.id === d)).length).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    test(`English at ${size.width}×${size.height}: plurals, "not given", readable chart, placeholder, labels and legend`, async ({
      page,
      app,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/?lang=en');
      await waitForMapIdle(page);
      // The placeholder fits its box (measured with the input's own font).
      for (const testid of ['search']) {
        const fit = await page.getByTestId(testid).evaluate((el: HTMLInputElement) => {
          const ctx = document.createElement('canvas').getContext('2d')!;
          const cs = getComputedStyle(el);
          ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          return {
            text: ctx.measureText(el.placeholder).width,
            box: el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight),
          };
        });
        expect(fit.text).toBeLessThanOrEqual(fit.box);
      }
      // Legend text at 14 px or more.
      const legendPx = await page
        .getByTestId('legend')
        .evaluate((el) => parseFloat(getComputedStyle(el.querySelector('li')!).fontSize));
      expect(legendPx).toBeGreaterThanOrEqual(14);
      // Map labels: the drawn symbol layers' sizes at this zoom.
      const labelPx = await page.evaluate(() => {
        const map = window.__yangpu!.map;
        const ids = map
          .getStyle()
          .layers.filter((l) => l.type === 'symbol' && map.queryRenderedFeatures({ layers: [l.id] }).length > 0)
          .map((l) => l.id);
        return ids.map((id) =>
          (
            map.getLayer(id) as unknown as { layout: { get(k: string): { evaluate(f: unknown, s: unknown): number } } }
          ).layout
            .get('text-size')
            .evaluate({ zoom: map.getZoom() }, {}),
        );
      });
      expect(labelPx.length).toBeGreaterThan(0);
      expect(Math.min(...labelPx)).toBeGreaterThanOrEqual(13);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-${size.width}-en.png` });

      // One match: "1 project".
      await page.getByTestId('search').fill('Fengcheng');
      await expect(page.getByTestId('result-count')).toHaveText('1');
      await expect(page.getByTestId('result-word')).toHaveText('project');
      // Figures the selection does not give say so.
      await page.getByTestId('tab-figures').click();
      await expect(page.getByTestId('sum-beds')).toHaveText('not given in the report');
      await page.getByTestId('search').fill('');
      // The "by bureau" chart keeps room for its bars and wraps long names.
      const rows = await page
        .locator('.bar-chart')
        .first()
        .locator('tr')
        .evaluateAll((trs) =>
          trs.map((tr) => ({
            th: tr.querySelector('th')!.getBoundingClientRect().width,
            td: tr.querySelector('td')!.getBoundingClientRect().width,
            clipped: tr.querySelector('th')!.scrollWidth > tr.querySelector('th')!.clientWidth + 1,
          })),
        );
      expect(rows).toHaveLength(11);
      for (const r of rows) {
        expect(r.td).toBeGreaterThanOrEqual(r.th);
        expect(r.clipped).toBe(false);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/planner-figures-${size.width}-en.png` });
      expect(app.errors).toEqual([]);
    });
  }
});
