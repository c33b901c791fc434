import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardBuildNeeded, staleReason } from './dashboard-freshness';

describe('staleReason', () => {
  it('asks for a build when there is none', () => {
    expect(staleReason(null, [])).toBe('not built');
  });

  it('names the newest source when it is newer than the build', () => {
    expect(staleReason(1000, [{ path: 'a.ts', mtimeMs: 900 }, { path: 'b.ts', mtimeMs: 1200 }, { path: 'c.ts', mtimeMs: 1100 }])).toBe('b.ts changed');
  });

  it('is null when the build is newer than every source', () => {
    expect(staleReason(1000, [{ path: 'a.ts', mtimeMs: 1000 }, { path: 'b.ts', mtimeMs: 10 }])).toBeNull();
  });
});

describe('dashboardBuildNeeded', () => {
  let root: string;
  const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
  const write = (file: string, seconds: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
    at(file, seconds);
  };
  const paths = () => ({ dashboardDir: path.join(root, 'dashboard'), distDir: path.join(root, 'dashboard', 'dist'), lockFile: path.join(root, 'package-lock.json') });

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'yg-fresh-'));
    write('dashboard/index.html', 100);
    write('dashboard/src/app/App.tsx', 100);
    write('package-lock.json', 100);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when dist/index.html is missing', () => {
    expect(dashboardBuildNeeded(paths())).toBe('not built');
  });

  it('does not build when the build is newer than the sources, whatever sits in dist/ or node_modules/', () => {
    write('dashboard/dist/index.html', 200);
    write('dashboard/dist/assets/app-abc.js', 300);
    write('dashboard/node_modules/.vite/deps.js', 300);
    expect(dashboardBuildNeeded(paths())).toBeNull();
  });

  it('builds when a source file deep in the tree changed after the build', () => {
    write('dashboard/dist/index.html', 200);
    at('dashboard/src/app/App.tsx', 250);
    expect(dashboardBuildNeeded(paths())).toBe(path.join('dashboard', 'src', 'app', 'App.tsx') + ' changed');
  });

  it('builds when packages changed (package-lock.json newer than the build)', () => {
    write('dashboard/dist/index.html', 200);
    at('package-lock.json', 250);
    expect(dashboardBuildNeeded(paths())).toBe('package-lock.json changed');
  });
});
