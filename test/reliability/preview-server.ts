/**
 * A real `vite preview` server (the production server of this app) on a free 127.0.0.1 port, in
 * a child process, serving the built app: `dist/` when it holds a build, else a fresh build made
 * into a temp dir (so CI's `vitest run`, which comes before `vite build`, works on a clean clone).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../..');
const VITE = path.join(REPO, 'node_modules/.bin/vite');

export interface Preview {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** The directory served. */
  outDir: string;
  close(): Promise<void>;
}

/** A port the OS says is free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** `dist/` if it holds a build, else a new build in a temp dir (removed by `close`). */
function builtApp(): { outDir: string; temp: boolean } {
  const dist = path.join(REPO, 'dist');
  if (existsSync(path.join(dist, 'index.html')) && existsSync(path.join(dist, 'data/layers/catalog.json')))
    return { outDir: dist, temp: false };
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'yp-dist-')), 'dist');
  const res = spawnSync(VITE, ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (res.status !== 0) throw new Error(`vite build failed: ${res.stderr || res.error}`);
  return { outDir, temp: true };
}

/** Starts `vite preview` on a free loopback port; resolves once it answers `/`. */
export async function startPreview(): Promise<Preview> {
  const { outDir, temp } = builtApp();
  const port = await freePort();
  const child: ChildProcess = spawn(
    VITE,
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const close = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    if (temp) rmSync(path.dirname(outDir), { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}): ${log}`);
    try {
      const r = await fetch(`${origin}/`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await close();
      throw new Error(`vite preview did not answer on ${origin} within 30 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, outDir, close };
}
