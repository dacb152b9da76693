import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable, cjkFontconfig } from './test/e2e/browser';
import { standInOrigin } from './test/e2e/stand-in-basemap';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Browser tests run against a test build of the app (`vite build --mode e2e` into dist-e2e/, made
// here before serving), served by `vite preview` on 127.0.0.1. The test build differs from the
// production build in two settings only: `window.__yangpu` (the tests' handle on the map) exists,
// and the OSM-style basemap option points at a stand-in server on 127.0.0.1 that the basemap tests
// start (test/e2e/stand-in-basemap.ts). One worker: software GL renders on the CPU, 2 cores.
const TEST_BUILD_ENV = { VITE_TEST_HOOKS: '1', VITE_OSM_STYLE_URL: `${standInOrigin()}/style.json` };
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
    command:
      'npx vite build --mode e2e --outDir dist-e2e --emptyOutDir --logLevel warn && ' +
      `npx vite preview --mode e2e --outDir dist-e2e --host 127.0.0.1 --port ${PORT} --strictPort`,
    env: { ...process.env, ...TEST_BUILD_ENV } as Record<string, string>,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
