// Monthly trends (`approvalTrend`, `complaintTrend`, `inspectionTrend`, `disclosureTrend`) through
// the gateway on a small year of demo activity loaded by the demo seeders: every month equals the
// stats field asked for that month, a county's townships cost one SQL statement per domain for all
// their months, and a period longer than the cap is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestHub, type TestHub } from '../support/hub';
import { toLocalDate } from '../../subgraphs/shared/calendar';
import { secretKey } from '../../subgraphs/shared/viewer';
import { createApprovalsDb } from '../../subgraphs/approvals/db';
import { seedApprovalsDemo } from '../../subgraphs/approvals/seed/seed-demo';
import { createComplaintsDb } from '../../subgraphs/complaints/db';
import { seedComplaintsDemo } from '../../subgraphs/complaints/seed/seed-demo';
import { createInspectionsDb } from '../../subgraphs/inspections/db';
import { seedInspectionsDemo } from '../../subgraphs/inspections/seed/seed-demo';
import { createDisclosuresDb } from '../../subgraphs/disclosures/db';
import { seedDisclosuresDemo } from '../../subgraphs/disclosures/seed/seed-demo';

const DOMAINS = ['approvals', 'complaints', 'inspections', 'disclosures'] as const;
type Domain = (typeof DOMAINS)[number];

let hub: TestHub;
const sql: Record<Domain, string[]> = { approvals: [], complaints: [], inspections: [], disclosures: [] };

const RATE = '{ numerator denominator value }';
/** Every figure of each stats type (what a dashboard fragment would read). */
const FIELDS: Record<Domain, { stats: string; trend: string; fragment: string }> = {
  approvals: {
    stats: 'approvalStats',
    trend: 'approvalTrend',
    fragment: `period { from to asOf label } received forwarded handled accepted notAccepted completed completionRate ${RATE} onTime onTimeRate ${RATE}
      immediate early overdueOpen overdueAgeing { minDays count } averageWorkingDays rated satisfied satisfactionRate ${RATE} badRatings calledBack rectified`,
  },
  complaints: {
    stats: 'complaintStats',
    trend: 'complaintTrend',
    fragment: `period { from to asOf label } received byKind { kind count } byChannel { channel count } duplicates dispatched returned returnRate ${RATE}
      signed signedOnTime replied repliedOnTime onTimeRate ${RATE} calledBack rated satisfied dissatisfied reopened escalated overdueOpen
      overdueAgeing { minDays count } averageHoursToReply topCategories { label count }`,
  },
  inspections: {
    stats: 'inspectionStats',
    trend: 'inspectionTrend',
    fragment: `period { from to asOf label } inspections byKind { kind count } scored averageScore grade rectificationsOpened rectificationsVerified
      completionRate ${RATE} openRectifications overdueRectifications escalatedOverdue awaitingVerification verifiedInPeriod
      frequency { year asOf unitsRequired unitsBehind behind { reasons } }`,
  },
  disclosures: {
    stats: 'disclosureStats',
    trend: 'disclosureTrend',
    fragment: `period { from to asOf label } proactivePublished proactiveOnTime fullTextRate ${RATE} requestsReceived requestsAnswered requestsAnsweredOnTime
      onTimeRate ${RATE} openRequests overdueOpen outcomes { count } remedies { total } boards { due onTime late missing byTier { tier due onTime } }`,
  },
};

const today = toLocalDate(new Date());
const year = Number(today.slice(0, 4));
// The twelve months up to this one, as the dashboard asks (a calendar year has one month in January).
const trailingMonths = Array.from({ length: 12 }, (_v, i) => {
  const index = year * 12 + Number(today.slice(5, 7)) - 12 + i;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
});
const monthStart = (m: { year: number; month: number }) => `${m.year}-${String(m.month).padStart(2, '0')}-01`;
const [first, last] = [trailingMonths[0]!, trailingMonths[11]!];
const lastMonthEnd = `${monthStart(last).slice(0, 8)}${new Date(Date.UTC(last.year, last.month, 0)).getUTCDate()}`;
const TRAILING = `{ from: "${monthStart(first)}", to: "${lastMonthEnd}" }`;
const monthAliases = (field: string, fragment: string) =>
  trailingMonths.map((m, i) => `m${i + 1}: ${field}(period: { year: ${m.year}, month: ${m.month} }) { ${fragment} }`).join('\n');

beforeAll(async () => {
  hub = await startTestHub({
    seedDemo: true,
    onQuery: Object.fromEntries(DOMAINS.map((d) => [d, (text: string) => sql[d].push(text)])),
  });
  // A small year of activity in every domain, through the domains' own write paths (with the hub's calendar).
  const signingKey = secretKey(hub.secrets.signingSecret);
  const departmentsUrl = `${hub.url}/subgraphs/departments/graphql`;
  const approvals = createApprovalsDb(hub.databaseUrls.approvals);
  const complaints = createComplaintsDb(hub.databaseUrls.complaints);
  const inspections = createInspectionsDb(hub.databaseUrls.inspections);
  const disclosures = createDisclosuresDb(hub.databaseUrls.disclosures);
  try {
    await seedApprovalsDemo(approvals, { signingKey, departmentsUrl, count: 1500, env: hub.env });
    await seedComplaintsDemo(complaints, { signingKey, departmentsUrl, count: 1000, env: hub.env });
    await seedInspectionsDemo(inspections, { databaseUrl: hub.databaseUrls.inspections, signingKey, departmentsUrl, env: hub.env });
    await seedDisclosuresDemo(disclosures, { databaseUrl: hub.databaseUrls.disclosures, signingKey, departmentsUrl, env: hub.env });
  } finally {
    await Promise.all([approvals.$disconnect(), complaints.$disconnect(), inspections.$disconnect(), disclosures.$disconnect()]);
  }
}, 300_000);
afterAll(async () => hub?.close());

type Figures = Record<string, unknown> & { period: { from: string; to: string; asOf: string; label: string } };

describe('monthly trends through the gateway', () => {
  for (const domain of DOMAINS) {
    const { stats, trend, fragment } = FIELDS[domain];

    it(`${trend} of a township equals ${stats} asked month by month`, async () => {
      const data = expectData(
        await hub.gql<{ county: { children: ({ name: string; trend: Figures[] } & Record<string, Figures>)[] } }>(
          `{ county: orgUnit(code: "430721") { children(tier: TOWNSHIP) { name trend: ${trend}(period: ${TRAILING}) { ${fragment} } ${monthAliases(stats, fragment)} } } }`,
        ),
      );
      const township = data.county.children[0]!;
      expect(township.trend).toHaveLength(12);
      township.trend.forEach((month, i) => expect(month, `${township.name} ${month.period.label}`).toEqual(township[`m${i + 1}`]));
      expect(township.trend.map((m) => m.period.from)).toEqual(trailingMonths.map(monthStart));
      expect(township.trend[11]!.period.asOf).toBe(today);
    });

    it(`${trend} of all the county's townships is one SQL statement for every month, each month equal to ${stats}`, async () => {
      const query = (field: string, extra = '') =>
        `{ county: orgUnit(code: "430721") { children(tier: TOWNSHIP) { name ${field}(period: ${TRAILING}) { ${fragment} } ${extra} } } }`;
      sql[domain].length = 0;
      const trends = expectData(await hub.gql<{ county: { children: ({ name: string } & Record<string, Figures[]>)[] } }>(query(trend)));
      const statements = sql[domain].filter((text) => /GROUP BY/i.test(text));
      expect(statements).toHaveLength(1);
      const perMonth = expectData(await hub.gql<{ county: { children: ({ name: string } & Record<string, Figures>)[] } }>(`{ county: orgUnit(code: "430721") { children(tier: TOWNSHIP) { name ${monthAliases(stats, fragment)} } } }`));
      expect(trends.county.children.length).toBeGreaterThan(10);
      let nonEmpty = 0;
      trends.county.children.forEach((township, t) => {
        const months = township[trend]!;
        expect(months).toHaveLength(12);
        months.forEach((month, i) => {
          expect(month, `${township.name} ${month.period.label}`).toEqual(perMonth.county.children[t]![`m${i + 1}`]);
          if (JSON.stringify(month).match(/"(accepted|received|inspections|requestsReceived|proactivePublished|due)":[1-9]/)) nonEmpty += 1;
        });
      });
      // Not vacuous: the seeded year gives most township-months some activity. The inspections demo is
      // the calendar year (plus a few visits the December before), so early in January it has only those.
      expect(nonEmpty).toBeGreaterThan(domain === 'inspections' && today.slice(5, 7) === '01' ? 0 : trends.county.children.length);
    });
  }

  it('clips a custom range to its first and last day and names partial months by their dates', async () => {
    // Last year's: all in the past, whatever today's month (this year's March may be to come).
    const y = year - 1;
    const from = `${y}-01-15`;
    const to = `${y}-03-10`;
    const data = expectData(
      await hub.gql<{ county: { trend: Figures[]; jan: Figures; mar: Figures } }>(
        `{ county: orgUnit(code: "430721") { trend: approvalTrend(period: { from: "${from}", to: "${to}" }) { ${FIELDS.approvals.fragment} }
          jan: approvalStats(period: { from: "${from}", to: "${y}-01-31" }) { ${FIELDS.approvals.fragment} }
          mar: approvalStats(period: { from: "${y}-03-01", to: "${to}" }) { ${FIELDS.approvals.fragment} } } }`,
      ),
    );
    expect(data.county.trend.map((m) => [m.period.from, m.period.to])).toEqual([
      [from, `${y}-01-31`],
      [`${y}-02-01`, `${y}-02-${y % 4 === 0 ? 29 : 28}`],
      [`${y}-03-01`, to],
    ]);
    expect(data.county.trend[0]).toEqual(data.county.jan);
    expect(data.county.trend[2]).toEqual(data.county.mar);
    expect(data.county.trend[1]!.period.label).toBe(`${y}年2月`);
  });

  it('refuses a period of more than 24 months with BAD_USER_INPUT naming the field and the rule', async () => {
    for (const domain of DOMAINS) {
      const response = await hub.gql(
        `{ orgUnit(code: "430721") { ${FIELDS[domain].trend}(period: { from: "${year - 2}-01-01", to: "${year}-01-01" }) { period { from } } } }`,
      );
      expect(response.errors?.[0]?.extensions, domain).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', rule: 'TREND_MONTHS_MAX' });
    }
    // 24 months are accepted.
    expectData(await hub.gql(`{ orgUnit(code: "430721") { approvalTrend(period: { from: "${year - 1}-01-01", to: "${year}-12-31" }) { period { from } } } }`));
  });

  it('gives no trend outside the caller’s scope', async () => {
    const data = expectData(
      await hub.gql<{ orgUnit: Record<string, unknown> | null }>(
        `{ orgUnit(code: "430721") { ${DOMAINS.map((d) => `${FIELDS[d].trend}(period: { year: ${year} }) { period { from } }`).join(' ')} } }`,
        {},
        { token: hub.tokens.operator },
      ),
    );
    // The operator sees one township; the county is above it (visible on its line, figures not).
    for (const domain of DOMAINS) expect(data.orgUnit?.[FIELDS[domain].trend] ?? null, domain).toBeNull();
  });
});
