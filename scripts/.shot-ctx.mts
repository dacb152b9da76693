import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable, cjkFontconfig } from '/work/wt-geo-context/test/e2e/browser.ts';
const PORT = 4201;
const shots = JSON.parse(process.argv[2]) as { url: string; w: number; h: number; out: string }[];
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', cwd: '/work/wt-geo-context' });
try {
  for (let i = 0; i < 60; i++) { try { await fetch(`http://127.0.0.1:${PORT}/`); break; } catch { await new Promise((r) => setTimeout(r, 500)); } }
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: CHROMIUM_ARGS, env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() } as Record<string, string> });
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.w, height: s.h } });
    page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
    await page.goto(`http://127.0.0.1:${PORT}/${s.url}`);
    await page.waitForFunction(() => Boolean((window as any).__yangpu?.map));
    await page.evaluate(() => new Promise<void>((r) => { const m = (window as any).__yangpu.map; if (m.loaded() && !m.isMoving()) r(); else m.once('idle', () => r()); }));
    await page.waitForTimeout(Number(process.env.SETTLE ?? 1500));
    await page.screenshot({ path: s.out });
    await page.close();
  }
  await browser.close();
} finally { server.kill(); }
