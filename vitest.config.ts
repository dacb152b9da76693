import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Unit tests run in Node; component tests opt into jsdom with a `@vitest-environment jsdom` comment.
export default defineConfig({
  plugins: [solid()],
  test: {
    environment: 'node',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
  },
});
