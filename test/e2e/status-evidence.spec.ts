import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue 16: the detail panel shows the report's words behind a project's status.
// Expected words are read off the report by hand (geodata/reports/yp-2024.txt, 区房管局 section):
// 黄兴路1039弄 "实现征询、签约、搬迁100%" in the 2024 work, "尽快开工建设" in the 2025 plan.
test.describe('status evidence', () => {
  test('the detail panel of a project shows the supporting words for its status, marked in the quotes', async ({
    page,
    app,
  }) => {
    await page.goto('/?sel=housing-huangxing-lu-1039');
    await waitForMapIdle(page);
    const panel = page.getByTestId('detail-panel');
    await expect(panel.getByTestId('detail-status')).toHaveText('前期准备');
    const evidence = panel.getByTestId('status-evidence');
    await expect(evidence.getByTestId('status-word')).toHaveText(['征询', '签约', '搬迁']);

    // Per year: the full quotes, the supporting words highlighted, the plan's 尽快开工 marked too.
    await evidence.locator('summary').click();
    const years = evidence.getByTestId('evidence-year');
    await expect(years.locator('h4')).toHaveText(['2024年工作', '2025年计划']);
    await expect(years.nth(0).locator('blockquote')).toContainText('实现征询、签约、搬迁100%');
    await expect(years.nth(0).locator('mark.evidence-support')).toHaveText(['征询', '签约', '搬迁']);
    await expect(years.nth(1).locator('mark', { hasText: '尽快开工' })).toHaveAttribute('title', '计划');
    await panel.screenshot({ path: `${SCREENSHOT_DIR}/status-evidence-zh.png` });

    // The legend and the status facet know the new status.
    await expect(page.getByTestId('legend')).toContainText('前期准备');
    expect(app.errors).toEqual([]);
  });

  test('a reviewed statusNote stands beside the status, in English too', async ({ page, app }) => {
    await page.goto('/?sel=education-shidong-high-school&lang=en');
    await waitForMapIdle(page);
    const panel = page.getByTestId('detail-panel');
    await expect(panel.getByTestId('detail-status')).toHaveText('Ongoing');
    await expect(panel.getByTestId('status-note')).toContainText('first-round review (初评)');
    expect(app.errors).toEqual([]);
  });
});
