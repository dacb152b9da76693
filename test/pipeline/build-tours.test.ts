import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { runBuild } from '../../src/pipeline/cli.ts';
import { BASE } from './fixtures.ts';

// Issue #6: tours are build inputs; a stop naming a missing project fails the build.
const temps: string[] = [];
afterEach(() => {
  while (temps.length) rmSync(temps.pop()!, { recursive: true, force: true });
});
function rootWithTour(yaml: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'yp-tours-'));
  temps.push(root);
  cpSync(BASE, root, { recursive: true });
  mkdirSync(path.join(root, 'tours'));
  writeFileSync(path.join(root, 'tours', 'demo.yaml'), yaml);
  return root;
}
const TOUR = (project: string) => `id: demo
title: { zh: 演示, en: Demo }
stops:
  - project: fengcheng-sancun-130
  - project: ${project}
`;

describe('build with tours', () => {
  it('writes the validated tours to tours.json', () => {
    const root = rootWithTour(TOUR('qiujiang-dredging'));
    const out = path.join(root, 'out');
    expect(
      runBuild(
        { command: 'build', root, out },
        () => {},
        () => {},
      ),
    ).toBe(0);
    const tours = JSON.parse(readFileSync(path.join(out, 'tours.json'), 'utf8')) as {
      id: string;
      stops: { project: string }[];
    }[];
    expect(tours.map((t) => t.id)).toEqual(['demo']);
    expect(tours[0]!.stops.map((s) => s.project)).toEqual(['fengcheng-sancun-130', 'qiujiang-dredging']);
  });

  it('refuses a stop that names a missing project, naming file, tour and field', () => {
    const root = rootWithTour(TOUR('no-such-project'));
    const errors: string[] = [];
    expect(
      runBuild(
        { command: 'build', root, out: path.join(root, 'out') },
        () => {},
        (s) => errors.push(s),
      ),
    ).toBe(1);
    expect(errors[0]).toBe(
      `${root}/tours/demo.yaml, tour "demo", field "stops[1].project": unknown record id "no-such-project"`,
    );
  });

  it('refuses a stop on a district-wide record (nothing to fly to)', () => {
    const root = rootWithTour(TOUR('pocket-parks'));
    const errors: string[] = [];
    expect(
      runBuild(
        { command: 'build', root, out: path.join(root, 'out') },
        () => {},
        (s) => errors.push(s),
      ),
    ).toBe(1);
    expect(errors[0]).toContain('field "stops[1].project"');
    expect(errors[0]).toContain('pocket-parks');
  });
});
