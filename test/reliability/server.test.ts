/**
 * Reliability items 4 (headers) and 5 (load), against a real `vite preview` server on a free
 * 127.0.0.1 port serving the built app (see ./preview-server.ts). Loopback only; every step bounded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { basemapOrigins, IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../scripts/security-headers.ts';
import { DEFAULT_OSM_STYLE_URL as OSM_STYLE_URL } from '../../src/map/basemaps.ts';
import { startPreview, type Preview } from './preview-server.ts';

/** `script-src 'self'; …` → { 'script-src': ["'self'"], … } (directive names lower-cased). */
function parseCsp(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = values;
  }
  return out;
}

/** The CSP rules the app relies on; returns what is wrong (empty = fine). */
function cspProblems(csp: string | null): string[] {
  if (!csp) return ['no Content-Security-Policy'];
  const d = parseCsp(csp);
  const problems: string[] = [];
  // Scripts fall back to default-src when script-src is absent.
  const script = d['script-src'] ?? d['default-src'];
  if (!script) problems.push('neither script-src nor default-src');
  else {
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'wasm-unsafe-eval'",
      '*',
      'https:',
      'http:',
      'data:',
      'blob:',
    ]) {
      if (script.includes(bad)) problems.push(`script-src allows ${bad}`);
    }
  }
  if (!d['default-src']?.every((v) => v === "'self'" || v === "'none'"))
    problems.push(`default-src is not 'self'/'none': ${d['default-src']?.join(' ')}`);
  if (d['object-src']?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!["'none'", "'self'"].includes(d['base-uri']?.join(' ') ?? '')) problems.push("base-uri is not 'none' or 'self'");
  if (d['frame-ancestors']?.join(' ') !== "'none'") problems.push("frame-ancestors is not 'none'");
  return problems;
}

const REFERRER_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];

describe('SECURITY_HEADERS (scripts/security-headers.ts)', () => {
  it("has a CSP without 'unsafe-inline'/'unsafe-eval' scripts, nosniff and a strict referrer policy", () => {
    expect(cspProblems(SECURITY_HEADERS['Content-Security-Policy'] ?? null)).toEqual([]);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(REFERRER_POLICIES).toContain(SECURITY_HEADERS['Referrer-Policy']);
  });

  it('allows beyond its own origin only the online basemaps it offers, in img-src and connect-src (issue 17)', () => {
    const d = parseCsp(SECURITY_HEADERS['Content-Security-Policy']!);
    const origins = basemapOrigins();
    expect(origins).toContain(new URL(OSM_STYLE_URL).origin);
    expect(origins).toContain('https://t0.tianditu.gov.cn');
    for (const o of origins) expect(o).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:', ...origins]);
    expect(d['connect-src']).toEqual(["'self'", ...origins]);
    for (const directive of Object.values(d)) expect(directive).not.toContain('https:');
  });

  it('is what README documents for static hosting, word for word', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(readme).toContain(`${name}: ${value}`);
  });
});

describe('the preview (production) server', () => {
  let server: Preview;
  let mainJs: string;
  beforeAll(async () => {
    server = await startPreview();
    const html = await (await fetch(`${server.origin}/`)).text();
    mainJs = /<script[^>]+src="([^"]+\.js)"/.exec(html)![1]!;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
  });

  const PATHS = ['/', '/data/layers/points.geojson', '/data/layers/catalog.json', 'MAIN_JS'];

  it.each(PATHS)('sends the security headers with %s', async (p) => {
    const res = await fetch(`${server.origin}${p === 'MAIN_JS' ? mainJs : p}`);
    expect(res.status).toBe(200);
    expect(cspProblems(res.headers.get('content-security-policy'))).toEqual([]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(REFERRER_POLICIES).toContain(res.headers.get('referrer-policy'));
    // With nosniff the type must be right for the browser to run or read it.
    const type = res.headers.get('content-type') ?? '';
    if (p === '/') expect(type).toMatch(/^text\/html/);
    else if (p === 'MAIN_JS') expect(type).toMatch(/^(text|application)\/javascript/);
    else expect(type).toMatch(/json/);
    await res.arrayBuffer();
  });

  // Issue 17 item 13: a missing data file or asset is a 404 (not index.html with 200).
  it.each(['/data/layers/missing.json', '/data/context/missing.geojson', '/assets/missing-0123abcd.js'])(
    'answers a missing %s with 404, not index.html',
    async (p) => {
      const res = await fetch(`${server.origin}${p}`);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/<html/i);
    },
  );

  it('caches hashed assets immutably, and not index.html or the data', async () => {
    const asset = await fetch(`${server.origin}${mainJs}`);
    expect(mainJs).toMatch(/^\/assets\/.+-[A-Za-z0-9_-]{8,}\.js$/);
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    await asset.arrayBuffer();
    for (const p of ['/', '/data/layers/catalog.json']) {
      const res = await fetch(`${server.origin}${p}`);
      expect(res.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
      await res.arrayBuffer();
    }
  });

  it('serves an index.html that works under that CSP: no inline script, no inline handler', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\ssrc="\/[^"]+"/); // same-origin file
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  // Item 5: 200 concurrent clients on loopback, each path bounded: 3 s, or for the 2 MB main
  // script exactly 200 requests (one per connection; ~2 s on loopback, ~440 MB).
  it.each(['/', 'MAIN_JS', '/data/layers/catalog.json', '/data/layers/points.geojson'])(
    'serves %s to 200 concurrent connections with no error and only 2xx',
    async (p) => {
      const urlPath = p === 'MAIN_JS' ? mainJs : p;
      // The built file itself is served, byte for byte, before and after the load (vite preview
      // answers a missing file with index.html and 200, so a 2xx alone proves little).
      const file = readFileSync(path.join(server.outDir, urlPath === '/' ? 'index.html' : urlPath));
      const served = async (): Promise<Buffer> =>
        Buffer.from(await (await fetch(`${server.origin}${urlPath}`)).arrayBuffer());
      expect((await served()).equals(file)).toBe(true);
      const result = await autocannon({
        url: `${server.origin}${urlPath}`,
        connections: 200,
        ...(p === 'MAIN_JS' ? { amount: 200 } : { duration: 3 }),
        timeout: 20,
      });
      const summary = {
        p,
        requests: result.requests.total,
        ok: result['2xx'],
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        p99ms: result.latency.p99,
      };
      console.log(JSON.stringify(summary));
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
      expect((await served()).equals(file)).toBe(true);
      expect(result['2xx']).toBeGreaterThanOrEqual(200);
    },
    60_000,
  );
});
