// The dashboard in Debian's chromium against a real hub with the demo county: what a leader, a
// supervision office and an operator do with it, and that it shows what the gateway answers.
// Screenshots of every page are kept in test-artifacts/dashboard/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboardIfStale } from '../../gateway/dashboard-build';
import { todayInChina, periodBounds, previousPeriod, type Period } from '../../dashboard/src/lib/period';
import { artifactsDir, hasChromium, launchBrowser, type Browser } from '../support/browser';
import { expectData, startTestHub, type TestHub } from '../support/hub';

const SHOTS = artifactsDir('dashboard');
const COUNTY = '430721';
const TOWNSHIP = '430721100'; // 深柳镇

let hub: TestHub;
let browser: Browser;
let page: Page;

// The last 365 days: always a year of demo activity, whatever the day the suite runs.
const today = todayInChina();
const from = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * 86_400_000).toISOString().slice(0, 10);
const periodParam = `${from}~${today}`;

const shot = (name: string, target: Page = page) => target.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

/**
 * Waits until the page for the current address has settled. Right after a navigation the
 * previous view is still on screen, settled, while the address already names the next one: the
 * page's root says for which view (data-view) it is ready.
 */
async function ready(target: Page = page, selector = '[data-ready]') {
  await target.waitForFunction(
    (root) => {
      const element = document.querySelector(root);
      return element?.getAttribute('data-ready') === 'true' && element.getAttribute('data-view') === location.pathname + location.search;
    },
    selector,
    { timeout: 60_000 },
  );
}

async function logIn(target: Page, username: string) {
  await target.goto(`${hub.url}/`);
  await target.waitForURL(/\/login/);
  await target.getByLabel(/用户名|User name/).fill(username);
  await target.getByLabel(/密码|Password/).fill(hub.demoPassword);
  await target.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await target.waitForURL((url) => !url.pathname.startsWith('/login'));
}

async function tileValue(target: Page, kpi: string): Promise<number | null> {
  const text = await target.locator(`[data-kpi="${kpi}"] .kpi-value`).getAttribute('data-value');
  return text === '' || text == null ? null : Number(text);
}

describe.skipIf(!hasChromium)('the dashboard in a real browser', () => {
  beforeAll(async () => {
    await buildDashboardIfStale();
    hub = await startTestHub({ seedActivity: true });
    browser = await launchBrowser();
    page = browser.page;
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.close();
  });

  it('sends a visitor to the login page and lets the leader in with the demo password', async () => {
    await page.goto(`${hub.url}/?unit=${COUNTY}`);
    await page.waitForURL(/\/login/);
    await shot('01-login');
    await page.getByLabel('用户名').fill('leader');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('用户名或密码错误');
    await page.getByLabel('密码').fill(hub.demoPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('unit') === COUNTY);
    // Settled before the next test counts the requests of its own page load.
    await ready();
    await expect.poll(() => page.locator('.user-name').textContent()).toContain('领导小组');
    // The refused attempt is the only error the console may have shown (its 401).
    expect(browser.problems).toEqual([expect.stringContaining('401')]);
    browser.problems.length = 0;
  });

  it('shows the county overview with real figures from the demo county', async () => {
    // The figures are asked for before the page's code has loaded (overview/prefetch.ts), each once
    // (the signed-in landing page of the test before has settled: its requests are not counted).
    const asked: string[] = [];
    const onRequest = (request: Request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') asked.push(request.postData() ?? '');
    };
    page.on('request', onRequest);
    await page.goto(`${hub.url}/?unit=${COUNTY}&period=${periodParam}`);
    await ready();
    page.off('request', onRequest);
    expect(asked.length).toBeGreaterThan(10);
    expect(new Set(asked).size).toBe(asked.length);
    await shot('02-overview-county');
    expect(await page.locator('h1').textContent()).toContain('安乡县');
    // The bundle users get: React's production build (vitest's NODE_ENV=test must not leak into it).
    expect(await page.locator('html').getAttribute('data-build')).toBe('production');
    const accepted = await page.locator('[data-kpi="approvals.completionRate"] .kpi-detail').textContent();
    // "completed / accepted" with thousands separators: a year of the demo county is thousands of cases.
    expect(accepted).toMatch(/^\d{1,3}(,\d{3})+ \/ \d{1,3}(,\d{3})+$/);
    for (const kpi of ['approvals.onTimeRate', 'complaints.satisfactionRate', 'disclosures.boardOnTimeRate', 'inspections.averageScore', 'scorecard.score']) {
      expect(await tileValue(page, kpi), kpi).toBeGreaterThan(0);
    }
    // Every township is compared, and a chart sits above the table.
    expect(await page.locator('#compare-table tbody tr').count()).toBe(20);
    await expect.poll(() => page.locator('[data-panel="compare"] figure svg').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-panel^="trend-"][data-state="success"]').count()).toBe(4);
    expect(browser.problems).toEqual([]);
  });

  it('shows for a township exactly the figures the gateway answers for the same query', async () => {
    // The last quarter that has ended: complete figures whatever day the suite runs.
    const current: Period = { kind: 'quarter', year: Number(today.slice(0, 4)), quarter: Math.ceil(Number(today.slice(5, 7)) / 3) as 1 | 2 | 3 | 4 };
    const quarter = previousPeriod(current) as Extract<Period, { kind: 'quarter' }>;
    await page.goto(`${hub.url}/?unit=${TOWNSHIP}&period=${quarter.year}-Q${quarter.quarter}`);
    await ready();
    await shot('03-overview-township');
    const p = { year: quarter.year, quarter: quarter.quarter };
    expect(periodBounds(quarter).to < today).toBe(true);
    const data = expectData(
      await hub.gql<{
        orgUnit: {
          approvalStats: { accepted: number; completed: number; completionRate: { value: number | null }; onTimeRate: { value: number | null }; satisfactionRate: { value: number | null }; overdueOpen: number };
          complaintStats: { onTimeRate: { value: number | null }; satisfactionRate: { value: number | null }; overdueOpen: number };
          disclosureStats: { onTimeRate: { value: number | null }; boardOnTimeRate: { value: number | null } | null; overdueOpen: number };
          inspectionStats: { averageScore: number | null; openRectifications: number };
          scorecard: { score: number | null };
        };
      }>(
        `query($p: PeriodInput!) { orgUnit(code: "${TOWNSHIP}") {
          approvalStats(period: $p) { accepted completed completionRate { value } onTimeRate { value } satisfactionRate { value } overdueOpen }
          complaintStats(period: $p) { onTimeRate { value } satisfactionRate { value } overdueOpen }
          disclosureStats(period: $p) { onTimeRate { value } boardOnTimeRate { value } overdueOpen }
          inspectionStats(period: $p) { averageScore openRectifications }
          scorecard(period: $p) { score } } }`,
        { p },
      ),
    ).orgUnit;
    const expected: Record<string, number | null> = {
      'approvals.completionRate': data.approvalStats.completionRate.value,
      'approvals.onTimeRate': data.approvalStats.onTimeRate.value,
      'approvals.satisfactionRate': data.approvalStats.satisfactionRate.value,
      'approvals.overdueOpen': data.approvalStats.overdueOpen,
      'complaints.onTimeRate': data.complaintStats.onTimeRate.value,
      'complaints.satisfactionRate': data.complaintStats.satisfactionRate.value,
      'complaints.overdueOpen': data.complaintStats.overdueOpen,
      'disclosures.onTimeRate': data.disclosureStats.onTimeRate.value,
      'disclosures.boardOnTimeRate': data.disclosureStats.boardOnTimeRate?.value ?? null,
      'disclosures.overdueOpen': data.disclosureStats.overdueOpen,
      'inspections.averageScore': data.inspectionStats.averageScore,
      'inspections.openRectifications': data.inspectionStats.openRectifications,
      'scorecard.score': data.scorecard.score,
    };
    const shown = Object.fromEntries(await Promise.all(Object.keys(expected).map(async (kpi) => [kpi, await tileValue(page, kpi)] as const)));
    expect(shown).toEqual(expected);
    expect(data.approvalStats.accepted).toBeGreaterThan(0);
    expect(await page.locator('[data-kpi="approvals.completionRate"] .kpi-detail').textContent()).toBe(
      `${data.approvalStats.completed.toLocaleString('zh-CN')} / ${data.approvalStats.accepted.toLocaleString('zh-CN')}`,
    );
  });

  it('drills from the county to a township to a village and back up by the breadcrumbs, the URL carrying unit and period', async () => {
    await page.goto(`${hub.url}/?unit=${COUNTY}&period=${periodParam}`);
    await ready();
    await page.locator(`[data-drill="${TOWNSHIP}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === TOWNSHIP && url.searchParams.get('period') === periodParam);
    await ready();
    expect(await page.locator('h1').textContent()).toContain('深柳镇');
    const village = page.locator(`#compare-table [data-drill^="${TOWNSHIP}"]`).first();
    const villageCode = await village.getAttribute('data-drill');
    const villageName = (await village.textContent())!;
    await village.click();
    await page.waitForURL((url) => url.searchParams.get('unit') === villageCode);
    await ready();
    await shot('04-overview-village');
    expect(await page.locator('h1').textContent()).toContain(villageName);
    const crumbs = page.getByRole('navigation', { name: '位置' });
    expect(await crumbs.textContent()).toContain('安乡县');
    // A reload of the shared URL shows the same view.
    await page.reload();
    await ready();
    expect(await page.locator('h1').textContent()).toContain(villageName);
    await crumbs.getByRole('link', { name: '深柳镇' }).click();
    await page.waitForURL((url) => url.searchParams.get('unit') === TOWNSHIP);
    await ready();
    expect(await page.locator('h1').textContent()).toContain('深柳镇');
  });

  it('opens the overdue workbench from the overdue tile with as many cases as the tile counts, and a case’s timeline', async () => {
    await page.goto(`${hub.url}/?unit=${COUNTY}&period=${periodParam}`);
    await ready();
    const count = await tileValue(page, 'approvals.overdueOpen');
    expect(count).toBeGreaterThan(0);
    await page.locator('[data-kpi="approvals.overdueOpen"] a').click();
    await page.waitForURL((url) => url.pathname === '/overdue' && url.searchParams.get('domain') === 'approvals');
    await ready();
    await shot('05-overdue');
    expect(Number(await page.locator('[data-panel="overdue-list"] [data-total]').first().getAttribute('data-total'))).toBe(count);
    const rows = page.locator('[data-panel="overdue-list"] tr[data-row^="approvals:"]');
    expect(await rows.count()).toBe(Math.min(20, count!));
    // Most overdue first.
    const days = (await page.locator('[data-panel="overdue-list"] tr[data-row] [data-col="days"]').allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    await rows.first().locator('button[data-open]').click();
    const drawer = page.getByRole('dialog');
    await drawer.locator('[data-section="timeline"] li').first().waitFor();
    expect(await drawer.locator('[data-section="timeline"] li').count()).toBeGreaterThan(1);
    await shot('06-case-timeline');
    // A leader reads; names come masked and there is no 督办.
    expect(await drawer.locator('[data-escalate]').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('lets the supervision office escalate an overdue case and export the list as CSV', async () => {
    const supervisor = await browser.context.newPage();
    await supervisor.evaluate(() => sessionStorage.clear()).catch(() => {});
    await logIn(supervisor, 'supervisor');
    await supervisor.goto(`${hub.url}/overdue?unit=${COUNTY}&domain=approvals&escalated=false`);
    await ready(supervisor);
    const first = supervisor.locator('[data-panel="overdue-list"] tr[data-row^="approvals:"]').first();
    const caseId = (await first.getAttribute('data-row'))!.split(':')[1]!;
    await first.locator('button[data-open]').click();
    const drawer = supervisor.getByRole('dialog');
    await drawer.locator('[data-escalate]').click();
    await drawer.locator('textarea[name="note"]').fill('请于三个工作日内办结并报告（浏览器测试）');
    await drawer.locator('[data-escalate-submit]').click();
    await drawer.locator('[data-escalate-done]').waitFor();
    await shot('07-escalated', supervisor);
    const after = expectData(await hub.gql<{ case: { escalated: boolean } }>(`{ case(id: "${caseId}") { escalated } }`, {}, { token: hub.tokens.supervisor }));
    expect(after.case.escalated).toBe(true);
    await supervisor.keyboard.press('Escape');

    await supervisor.goto(`${hub.url}/overdue?unit=${COUNTY}`);
    await ready(supervisor);
    const total = Number(await supervisor.locator('[data-panel="overdue-list"] [data-total]').first().getAttribute('data-total'));
    const [download] = await Promise.all([supervisor.waitForEvent('download', { timeout: 120_000 }), supervisor.locator('[data-export]').click()]);
    const file = path.join(SHOTS, 'overdue.csv');
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(total);
    expect(await supervisor.locator('[data-export-state]').getAttribute('data-export-state')).toBe('done');
    await supervisor.close();
  });

  it('switches to English and keeps the choice', async () => {
    await page.goto(`${hub.url}/?unit=${COUNTY}&period=${periodParam}`);
    await ready();
    await page.getByTestId('language').selectOption('en');
    await expect.poll(() => page.locator('[data-nav="overview"]').textContent()).toBe('Overview');
    expect(await page.locator('[data-kpi="approvals.onTimeRate"] .kpi-label').textContent()).toBe('On-time rate');
    await page.reload();
    await ready();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('08-overview-english');
    await page.getByTestId('language').selectOption('zh-CN');
    await expect.poll(() => page.locator('[data-nav="overview"]').textContent()).toBe('总览');
  });

  it('shows the county’s statutory annual report with its check, as the gateway computes it', async () => {
    const year = Number(today.slice(0, 4)) - 1;
    const county = expectData(await hub.gql<{ orgUnit: { id: string } }>(`{ orgUnit(code: "${COUNTY}") { id } }`)).orgUnit;
    const report = expectData(
      await hub.gql<{ disclosureAnnualReport: { check: { passed: boolean }; tableThree: { code: string; cells: number[] }[]; columns: string[] } }>(
        `query($id: ID!, $year: Int!) { disclosureAnnualReport(subject: {orgUnitId: $id, year: $year}) { check { passed } columns tableThree { code cells } } }`,
        { id: county.id, year },
      ),
    ).disclosureAnnualReport;
    await page.goto(`${hub.url}/report?unit=${COUNTY}&year=${year}`);
    await ready();
    await shot('09-annual-report');
    expect(await page.locator('[data-check]').getAttribute('data-check')).toBe(report.check.passed ? 'passed' : 'failed');
    const received = report.tableThree.find((r) => r.code === 'RECEIVED')!;
    const totalColumn = report.columns.indexOf('TOTAL');
    expect(Number(await page.locator('[data-cell="RECEIVED:TOTAL"]').textContent())).toBe(received.cells[totalColumn]);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-xlsx"]').click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('fits a 390-wide phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const pages = {
        overview: `/?unit=${TOWNSHIP}&period=${periodParam}`,
        overdue: `/overdue?unit=${COUNTY}`,
        inspections: `/inspections?unit=${COUNTY}`,
        report: `/report?unit=${COUNTY}`,
      };
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(`${hub.url}${url}`);
        await ready();
        await shot(`10-phone-${name}`);
        // Wide tables scroll inside their panels; the page itself never scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('lets developers of other systems try the API with the signed-in token', async () => {
    await page.goto(`${hub.url}/explorer`);
    await ready(page, '[data-panel="explorer"]');
    await page.locator('[data-example="townshipQuarter"]').click();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => (await page.locator('.graphiql-response .view-lines').textContent()) ?? '', { timeout: 30_000 }).toContain('approvalStats');
    expect(await page.locator('.graphiql-response .view-lines').textContent()).not.toContain('UNAUTHENTICATED');
    await shot('12-api-explorer');
  });

  // Last: it takes a subgraph down for the rest of the file.
  it('with the complaints subgraph stopped still loads, greying out only the complaints panels with the reason', async () => {
    // Until now no page has logged an error (beyond the refused login, checked above).
    expect(browser.problems).toEqual([]);
    await hub.stopSubgraph('complaints');
    await page.goto(`${hub.url}/?unit=${COUNTY}&period=${periodParam}`);
    await ready();
    await shot('13-complaints-down');
    expect(await page.locator('[data-panel="tiles-complaints"]').getAttribute('data-state')).toBe('error');
    expect(await page.locator('[data-panel="tiles-complaints"]').textContent()).toContain('诉求办理');
    expect(await page.locator('[data-panel="trend-complaints"]').getAttribute('data-state')).toBe('error');
    for (const domain of ['approvals', 'disclosures', 'inspections']) {
      expect(await page.locator(`[data-panel="tiles-${domain}"]`).getAttribute('data-state'), domain).toBe('success');
    }
    expect(await page.locator('[data-panel="compare"] [data-unavailable="complaints"]').count()).toBe(1);
    expect(await page.locator('#compare-table tbody tr').count()).toBe(20);
  });
});
