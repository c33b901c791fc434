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
  // Vite builds for whatever NODE_ENV the process has: under vitest that is 'test', which would
  // ship React's development build (half again as large and slower) to the browser tests and the
  // benchmark. The build is always the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(DASHBOARD_PATHS.dashboardDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { reason, seconds: (Date.now() - started) / 1000 };
}
