/**
 * Reliability item 4: no secret or key is committed. Scans every file `git ls-files` lists
 * (the committed tree, not the working dir's ignored files) for
 * - a Tianditu key (`tk=` followed by a value, not a `${…}` placeholder),
 * - `VITE_TIANDITU_KEY=<value>` or any `*_KEY`/`*_TOKEN`/`*_SECRET` assignment with a literal value,
 * - private keys (PEM), AWS access keys, GitHub and npm tokens,
 * - a committed `.env*` file holding a value.
 * The patterns are built so that this file does not match them itself.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const REPO = path.resolve(__dirname, '../..');
const DASH5 = '-'.repeat(5);

/** [what, pattern]. */
const PATTERNS: [string, RegExp][] = [
  ['Tianditu key in a URL', /[?&]tk=(?!\$\{|%s\b|\{)[A-Za-z0-9]{8,}/],
  ['Tianditu key assigned', /VITE_TIANDITU_KEY\s*[=:]\s*["']?[A-Za-z0-9]{8,}/],
  ['private key', new RegExp(`${DASH5}BEGIN ([A-Z]+ )?PRIVATE KEY${DASH5}`)],
  ['AWS access key', /\bA(KI|SI)A[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['secret assignment', /\b[A-Z0-9_]*(SECRET|TOKEN|API_KEY|PRIVATE_KEY)\s*=\s*["']?[A-Za-z0-9/+_-]{12,}/],
];

/** Findings for one file's text: `path:line: what`. */
function scanText(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [what, re] of PATTERNS) if (re.test(line)) out.push(`${file}:${i + 1}: ${what}`);
  });
  const base = path.basename(file);
  if (/^\.env(\..*)?$/.test(base) && !/\.example$/.test(base)) {
    text.split('\n').forEach((line, i) => {
      if (/^\s*[A-Za-z_][A-Za-z0-9_]*\s*=\s*\S/.test(line)) out.push(`${file}:${i + 1}: .env file with a value`);
    });
  }
  return out;
}

/** Every tracked text file (binary and > 5 MB skipped), scanned. */
function scanRepo(cwd: string): string[] {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
  const findings: string[] = [];
  for (const f of files) {
    const full = path.join(cwd, f);
    let size: number;
    try {
      size = statSync(full).size;
    } catch {
      continue; // deleted in the working tree
    }
    if (size > 5 * 1024 * 1024) continue;
    const buf = readFileSync(full);
    if (buf.includes(0)) continue; // binary
    findings.push(...scanText(f, buf.toString('utf8')));
  }
  return findings;
}

describe('secret scan over git ls-files', () => {
  it('finds no key, token or private key in the committed files', () => {
    expect(scanRepo(REPO)).toEqual([]);
  });

  it('would catch each kind of secret (the scanner itself works)', () => {
    const fakeHex = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    expect(
      scanText('src/map/basemaps.ts', `const u = 'https://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&tk=${fakeHex}';`),
    ).toHaveLength(1);
    expect(scanText('src/map/basemaps.ts', 'const u = `...&tk=${encodeURIComponent(key)}`;')).toEqual([]);
    expect(scanText('.env', `VITE_TIANDITU_KEY=${fakeHex}\n`).length).toBeGreaterThan(0);
    expect(scanText('.env.local', 'FOO=bar\n')).toEqual(['.env.local:1: .env file with a value']);
    expect(scanText('.env.example', 'VITE_TIANDITU_KEY=\n')).toEqual([]);
    expect(scanText('k.pem', `${DASH5}BEGIN RSA PRIVATE KEY${DASH5}\nMIIE…`)).toEqual(['k.pem:1: private key']);
    expect(scanText('x.ts', `const a = 'AKIA${'ABCDEFGHIJKLMNOP'}';`)).toEqual(['x.ts:1: AWS access key']);
    expect(scanText('x.yml', `token: ghp_${'a'.repeat(36)}`)).toEqual(['x.yml:1: GitHub token']);
    expect(scanText('README.md', '`VITE_TIANDITU_KEY=your-key npm start`')).toEqual([]);
  });
});
