/**
 * Refreshes the README screenshot (public/readme/screenshot.png) from the built app:
 *   npx vite build && npx tsx scripts/readme-screenshot.ts
 * Starts `vite preview` on a spare port, opens the planner's default view with a project
 * selected, waits for the map to be idle, and saves a 1280×800 PNG.
 */
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable, cjkFontconfig } from '../test/e2e/browser.ts';

const PORT = 4199;
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
try {
  await new Promise((resolve) => setTimeout(resolve, 2500));
  const browser = await chromium.launch({
    executablePath: await chromiumExecutable(),
    args: CHROMIUM_ARGS,
    env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() } as Record<string, string>,
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`http://127.0.0.1:${PORT}/?sel=planning-daqiao-east-80ha`);
  await page.waitForFunction(() => Boolean(window.__yangpu?.map));
  await page.waitForTimeout(2500);
  await page.evaluate(
    () =>
      new Promise<void>((r) => (window.__yangpu!.map.loaded() ? r() : window.__yangpu!.map.once('idle', () => r()))),
  );
  await page.screenshot({ path: 'public/readme/screenshot.png' });
  await browser.close();
  console.log('wrote public/readme/screenshot.png');
} finally {
  server.kill();
}
