// Whether the dashboard's build (dashboard/dist) is missing or older than its sources, so that
// `npm start` rebuilds it only when something changed. Build outputs and installed packages are
// not sources; the root package-lock.json is (an upgraded library changes the bundle).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../subgraphs/shared/repo-root';

export interface SourceFile {
  path: string;
  mtimeMs: number;
}

/** Why the build must be redone, or null when it is newer than every source. */
export function staleReason(builtAtMs: number | null, sources: readonly SourceFile[]): string | null {
  if (builtAtMs === null) return 'not built';
  const newest = sources.reduce<SourceFile | null>((a, b) => (a && a.mtimeMs >= b.mtimeMs ? a : b), null);
  return newest && newest.mtimeMs > builtAtMs ? `${newest.path} changed` : null;
}

/** Installed packages and tool caches, wherever they sit. */
const SKIPPED_NAMES = new Set(['node_modules', '.vite']);

/** Every file under `dir` except those in `skipDirs` (absolute) and packages, with paths relative to `base`. */
export function listSources(dir: string, base: string, skipDirs: ReadonlySet<string> = new Set()): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_NAMES.has(entry.name) || skipDirs.has(full) ? [] : listSources(full, base, skipDirs);
    return entry.isFile() ? [{ path: path.relative(base, full), mtimeMs: statSync(full).mtimeMs }] : [];
  });
}

export interface DashboardPaths {
  dashboardDir: string;
  distDir: string;
  lockFile: string;
}

export const DASHBOARD_PATHS: DashboardPaths = {
  dashboardDir: path.join(repoRoot, 'dashboard'),
  distDir: path.join(repoRoot, 'dashboard', 'dist'),
  lockFile: path.join(repoRoot, 'package-lock.json'),
};

const mtimeOf = (file: string): number | null => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? null;

/** Why the dashboard needs building (relative paths name the changed file), or null when its build is current. */
export function dashboardBuildNeeded(paths: DashboardPaths = DASHBOARD_PATHS): string | null {
  const lock = mtimeOf(paths.lockFile);
  const sources = [
    ...listSources(paths.dashboardDir, path.dirname(paths.dashboardDir), new Set([path.resolve(paths.distDir)])),
    ...(lock === null ? [] : [{ path: path.basename(paths.lockFile), mtimeMs: lock }]),
  ];
  return staleReason(mtimeOf(path.join(paths.distDir, 'index.html')), sources);
}
