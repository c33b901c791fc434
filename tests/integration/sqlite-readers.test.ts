// On SQLite the statistics statements run on reader threads (subgraphs/shared/sqlite-readers.ts).
// Two hubs on the same files with a year of demo activity, one with reader threads and one
// without, must answer the dashboard's overview queries with the same figures: the county and a
// township, every domain's current and previous period, trend, comparison and scorecard.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAINS } from '../../dashboard/src/features/overview/domains';
import { previousPeriod, toPeriodInput, trendRange, todayInChina, type Period } from '../../dashboard/src/lib/period';
import { startEmbedded, type EmbeddedHub } from '../../gateway/embedded';
import { sharedSqliteReaders } from '../../subgraphs/shared/sqlite-readers';
import { expectData, postgresUrl, startTestHub, type TestHub } from '../support/hub';

const COUNTY = '430721';
const TOWNSHIP = '430721100';

let withReaders: TestHub;
let withoutReaders: EmbeddedHub;
let secondDir: string;

/** Everything the overview asks of one domain for a unit, in one document. */
function overviewDocument(domain: (typeof DOMAINS)[number]): string {
  const figures = `{ ${domain.figures} }`;
  const stats = `${domain.statsField}(period: $p) ${figures}`;
  return `query Overview($code: String!, $p: PeriodInput!, $prev: PeriodInput!${domain.trendField ? ', $range: PeriodInput!' : ''}) {
    orgUnit(code: $code) {
      cur: ${stats}
      prev: ${domain.statsField}(period: $prev) ${figures}
      ${domain.trendField ? `trend: ${domain.trendField}(period: $range) ${figures}` : ''}
      children { code s: ${stats} }
      departments(first: 100) { edges { node { code ${domain.onDepartments ? `s: ${stats}` : ''} } } }
    }
  }`;
}

async function ask(hub: EmbeddedHub, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.tokens.leader}` },
    body: JSON.stringify({ query, variables }),
  });
  return expectData((await response.json()) as Parameters<typeof expectData>[0]);
}

describe.skipIf(Boolean(postgresUrl))('statistics on SQLite reader threads', () => {
  beforeAll(async () => {
    withReaders = await startTestHub({ seedActivity: true });
    secondDir = mkdtempSync(path.join(tmpdir(), 'yg-test-'));
    withoutReaders = await startEmbedded({
      dataDir: secondDir,
      port: 0,
      databaseUrls: withReaders.databaseUrls,
      secrets: withReaders.secrets,
      seedDemo: false,
      jobs: false,
      env: { ...withReaders.env, YG_SQLITE_READERS: '0', YG_STATS_CACHE_SECONDS: '0' },
      log: () => {},
    });
  }, 180_000);
  afterAll(async () => {
    await withoutReaders?.stop();
    await withReaders?.close();
    if (secondDir) rmSync(secondDir, { recursive: true, force: true });
  });

  const today = todayInChina();
  const periods: [string, Period][] = [
    ['this year', { kind: 'year', year: Number(today.slice(0, 4)) }],
    ['this month', { kind: 'month', year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }],
  ];

  it.each(DOMAINS.flatMap((domain) => [COUNTY, TOWNSHIP].flatMap((code) => periods.map(([label, period]) => [domain.key, code, label, domain, period] as const))))(
    '%s of %s for %s: the same figures with and without reader threads',
    async (_key, code, _label, domain, period) => {
      const readers = sharedSqliteReaders(withReaders.env)!;
      const answeredBefore = readers.answered;
      const variables = { code, p: toPeriodInput(period), prev: toPeriodInput(previousPeriod(period)), ...(domain.trendField ? { range: trendRange(period, today) } : {}) };
      const document = overviewDocument(domain);
      const [threaded, direct] = [await ask(withReaders, document, variables), await ask(withoutReaders, document, variables)];
      expect(threaded).toEqual(direct);
      // Real figures, not two empty answers agreeing: the demo year has activity everywhere.
      expect(JSON.stringify(threaded)).toMatch(/":[1-9]\d*(\.\d+)?[,}]/);
      // The scorecard asks the other subgraphs over HTTP; every other domain runs its own statements.
      expect(readers.answered).toBeGreaterThan(answeredBefore);
    },
  );
});
