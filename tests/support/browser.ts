// Debian's chromium driven by playwright-core, with the flags this network needs (no browser
// download: see ../shared/TOOLCHAIN.md). Browser tests skip themselves where chromium is missing;
// CI installs it, so they always run there.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../../subgraphs/shared/repo-root';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far (a clean page has none). */
  problems: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: { width?: number; height?: number; locale?: string } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'yg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  const watch = (p: Page) => {
    p.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Where screenshots and downloads of a test run are kept (test-artifacts/<name>/). */
export function artifactsDir(name: string): string {
  const dir = path.join(repoRoot, 'test-artifacts', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
