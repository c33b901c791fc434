// The stats cache through the API (YG_STATS_CACHE_SECONDS on, as a dashboard deployment may run
// it): a figure asked twice is computed once, and a write makes the next answer fresh.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toLocalDate } from '../shared/calendar';
import { expectData, startTestHub, type TestHub } from '../../tests/support/hub';
import { loadCatalogue, type Catalogue } from '../../tests/support/approvals-fixtures';

let hub: TestHub;
let cat: Catalogue;
const statements: string[] = [];
const before = process.env.YG_STATS_CACHE_SECONDS;

beforeAll(async () => {
  process.env.YG_STATS_CACHE_SECONDS = '60';
  hub = await startTestHub({ onQuery: { approvals: (sql) => statements.push(sql) } });
  cat = await loadCatalogue(hub);
}, 120_000);
afterAll(async () => {
  if (before === undefined) delete process.env.YG_STATS_CACHE_SECONDS;
  else process.env.YG_STATS_CACHE_SECONDS = before;
  await hub?.close();
}, 60_000);

it('serves a figure from the cache until a write through the API, then the fresh figure', async () => {
  const township = cat.townships.find((t) => t.path === '/4307/430721/430721100/')!;
  const year = toLocalDate(new Date()).slice(0, 4);
  const statsStatements = () => statements.filter((sql) => sql.includes('"groupKey"')).length;
  const received = async () =>
    expectData(await hub.gql<{ orgUnit: { approvalStats: { received: number } } }>(`{ orgUnit(id: "${township.id}") { approvalStats(period: { year: ${year} }) { received } } }`)).orgUnit
      .approvalStats.received;

  const first = await received();
  const counted = statsStatements();
  expect(counted).toBeGreaterThan(0);
  expect(await received()).toBe(first);
  expect(statsStatements()).toBe(counted);

  const response = await hub.gql<{ receiveCase: { case: { id: string } | null; userErrors: unknown[] } }>(
    `mutation($input: ReceiveCaseInput!) { receiveCase(input: $input) { case { id } userErrors { field rule message } } }`,
    { input: { serviceItemId: cat.promised.id, unitId: cat.villagesOf(township)[0]!.id, channel: 'AGENCY_POINT', applicant: { kind: 'PERSON', name: '李四' } } },
    { token: hub.tokens.operator },
  );
  expect(expectData(response).receiveCase.userErrors).toEqual([]);

  expect(await received()).toBe(first + 1);
  expect(statsStatements()).toBe(counted + 1);
}, 60_000);
