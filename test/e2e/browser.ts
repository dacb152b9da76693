import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The headless Chromium the browser tests drive: `CHROMIUM_PATH` when set, else the Chromium that
 * ships inside the `@sparticuz/chromium` npm package (no apt, no browser download).
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

/** WebGL through SwiftShader (software GL): MapLibre and deck.gl need WebGL2. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * A fontconfig file that adds the Noto Sans Hans fonts of `@embedpdf/fonts-sc` to the system's,
 * so Chinese renders in screenshots without installing anything on the machine.
 */
export function cjkFontconfig(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its JS entry: walk up from it to the folder that holds fonts/.
  let fontsDir = dirname(require.resolve('@embedpdf/fonts-sc'));
  while (!existsSync(join(fontsDir, 'fonts')) && dirname(fontsDir) !== fontsDir) fontsDir = dirname(fontsDir);
  fontsDir = join(fontsDir, 'fonts');
  const dir = join(tmpdir(), 'yangpu-fontconfig');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fontsDir}</dir>\n` +
      `  <cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}
