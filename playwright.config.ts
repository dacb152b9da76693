import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable, cjkFontconfig } from './test/e2e/browser';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Browser tests run against the built app (`vite build` first) served by `vite preview` on
// 127.0.0.1. One worker: software GL renders on the CPU and the machines have 2 cores.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results/artifacts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: await chromiumExecutable(),
      args: CHROMIUM_ARGS,
      env: { ...process.env, FONTCONFIG_FILE: cjkFontconfig() } as Record<string, string>,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
