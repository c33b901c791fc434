// Builds the dashboard with Vite when its build is missing or older than its sources: `npm start`,
// the browser tests and the dashboard benchmark all start from an up-to-date build.
import path from 'node:path';
import { DASHBOARD_PATHS, dashboardBuildNeeded } from './dashboard-freshness';

/** Builds when stale; returns why it built (null when the build was current). Throws on a failed build. */
export async function buildDashboardIfStale(): Promise<{ reason: string; seconds: number } | null> {
  const reason = dashboardBuildNeeded();
  if (!reason) return null;
  const started = Date.now();
  // Loaded only when needed: vite and its bundler take a moment to import.
  const { build } = await import('vite');
  await build({ configFile: path.join(DASHBOARD_PATHS.dashboardDir, 'vite.config.ts'), logLevel: 'warn' });
  return { reason, seconds: (Date.now() - started) / 1000 };
}
