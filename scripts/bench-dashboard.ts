// How fast the dashboard's overview is ready for a leader, in headless Chromium on the demo county,
// and how much JavaScript the first screen downloads (gzipped). Prints figures; asserts nothing.
//   npm run bench:dashboard                      # a fresh demo county in a temp folder (~1 min to load)
//   YG_DATA_DIR=data RUNS=10 npm run bench:dashboard   # an existing data folder (npm start's)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDashboardIfStale } from '../gateway/dashboard-build';
import { DASHBOARD_PATHS } from '../gateway/dashboard-freshness';
import { startEmbedded } from '../gateway/embedded';
import { launchBrowser } from '../tests/support/browser';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const TARGET_MS = 1500;
const TARGET_KB = 350;

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

function gzippedKb(dist: string, manifest: Record<string, ManifestChunk>, keys: Iterable<string>): number {
  let bytes = 0;
  for (const key of keys) {
    const file = manifest[key]?.file;
    if (file?.endsWith('.js')) bytes += gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
  }
  return bytes / 1024;
}

const built = await buildDashboardIfStale();
if (built) console.log(`dashboard built (${built.reason}) in ${built.seconds.toFixed(1)} s`);

const dist = DASHBOARD_PATHS.distDir;
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const entry = closure(manifest, 'index.html');
const firstView = closure(manifest, 'src/features/overview/OverviewPage.tsx', new Set(entry));
const entryKb = gzippedKb(dist, manifest, entry);
const firstViewKb = gzippedKb(dist, manifest, firstView);

const tempDir = process.env.YG_DATA_DIR ? null : mkdtempSync(path.join(tmpdir(), 'yg-bench-dashboard-'));
const dataDir = process.env.YG_DATA_DIR ?? tempDir!;
console.log(`hub on ${dataDir} (${tempDir ? 'loading a fresh demo county' : 'existing data'}) …`);
const loadStarted = Date.now();
// As npm start runs it: stats results kept 10 s unless YG_STATS_CACHE_SECONDS says otherwise (0 = off).
const cacheSeconds = process.env.YG_STATS_CACHE_SECONDS ?? '10';
const hub = await startEmbedded({ dataDir, port: 0, jobs: false, log: () => {}, env: { ...process.env, YG_STATS_CACHE_SECONDS: cacheSeconds } });
console.log(`hub ready in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`);

const browser = await launchBrowser();
const { page } = browser;
const county = '430721';
const times: { cold: number[]; warm: number[] } = { cold: [], warm: [] };
try {
  await page.goto(`${hub.url}/login`);
  await page.getByLabel('用户名').fill('leader');
  await page.getByLabel('密码').fill(hub.demoPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.waitForSelector('[data-ready="true"]', { timeout: 120_000 });

  // Cold: a new tab with an empty HTTP cache and no query cache, the figures already computed
  // once (a leader's screen at 9 a.m. is not the first request of the day). Warm: a reload.
  for (let run = 0; run < RUNS; run++) {
    const tab = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(tab);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // sessionStorage is per tab: carry the signed-in session over, as opening a link would not.
    const session = await page.evaluate(() => sessionStorage.getItem('yg.session'));
    await tab.addInitScript((value) => value && sessionStorage.setItem('yg.session', value), session);
    let started = performance.now();
    await tab.goto(`${hub.url}/?unit=${county}`);
    await tab.waitForSelector('[data-ready="true"]', { timeout: 120_000 });
    times.cold.push(performance.now() - started);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    started = performance.now();
    await tab.reload();
    await tab.waitForSelector('[data-ready="true"]', { timeout: 120_000 });
    times.warm.push(performance.now() - started);
    await tab.close();
  }
} finally {
  await browser.close();
  await hub.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const ms = (v: number) => `${Math.round(v)} ms`;
console.log(`
overview of 安乡县 ready (all panels settled), leader, ${RUNS} runs, stats cache ${cacheSeconds} s:
  new tab, empty cache   median ${ms(median(times.cold))}  min ${ms(Math.min(...times.cold))}  max ${ms(Math.max(...times.cold))}   (target ≤ ${TARGET_MS} ms)
  reload                 median ${ms(median(times.warm))}  min ${ms(Math.min(...times.warm))}  max ${ms(Math.max(...times.warm))}
initial JavaScript, gzip -9:
  entry (login and shell)       ${entryKb.toFixed(1)} kB
  entry + overview (first view) ${firstViewKb.toFixed(1)} kB   (target ≤ ${TARGET_KB} kB)
machine load average (1 min): ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`);
