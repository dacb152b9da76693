import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, test, waitForMapIdle } from './fixtures';

// Issue #18: the phone layout holds on every tab and in the tour (390 × 844).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/**
 * The page's width against the phone's 390 px. With `isMobile` a page wider than the screen makes
 * the browser widen the layout viewport (innerWidth grows too), so compare with the device width.
 */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const culprits = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 390.5 && getComputedStyle(e).visibility !== 'hidden')
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} → ${Math.round(e.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, culprits };
  });
}

test.describe('phone layout', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`no horizontal overflow on any tab or in the tour (${lang})`, async ({ page, app }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForMapIdle(page);
      for (const tab of ['list', 'unplaced', 'figures', 'nearby'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
        const o = await overflow(page);
        console.log(tab, JSON.stringify(o));
        expect(o.scrollWidth, `${tab}: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(390);
        expect(o.innerWidth).toBe(390);
      }
      await page.screenshot({ path: `${SCREENSHOT_DIR}/phone-nearby-empty-${lang}.png` });
      await page.goto(`/?lang=${lang}&tour=riverfront&stop=1`);
      await waitForMapIdle(page);
      await expect(page.getByTestId('tour-name')).toBeVisible();
      const o = await overflow(page);
      expect(o.scrollWidth, `tour: ${o.culprits.join('; ')}`).toBeLessThanOrEqual(390);
      expect(o.innerWidth).toBe(390);
      expect(app.errors).toEqual([]);
    });
  }
});
