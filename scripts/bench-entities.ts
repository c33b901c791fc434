// Benchmark: prints latency and SQL statements per request for the departments hot paths
// (tier overview through the gateway; a 100-entity _entities batch straight to the subgraph at its
// /subgraphs/departments/graphql route on the hub). Figures, not assertions: `npm run bench:entities [-- iterations]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbedded } from '../gateway/embedded';
import { VIEWER_HEADER, secretKey, signViewer } from '../subgraphs/shared/viewer';

const iterations = Number(process.argv[2] ?? 200);
const dir = mkdtempSync(path.join(tmpdir(), 'yg-bench-'));
let statements = 0;
// Only the departments subgraph's statements are counted; no periodic jobs (their sweeps could
// reach departments through the directory and be counted with the _entities calls).
const hub = await startEmbedded({ dataDir: dir, port: 0, log: () => {}, jobs: false, onQuery: { departments: () => statements++ } });
const subgraphUrl = `${hub.url}/subgraphs/departments/graphql`;

async function measure(label: string, run: () => Promise<void>): Promise<void> {
  for (let i = 0; i < 10; i++) await run(); // warm-up
  const times: number[] = [];
  statements = 0;
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
  console.log(`${label}: n=${iterations} p50=${pct(50)} ms p95=${pct(95)} ms p99=${pct(99)} ms`);
}

const post = (url: string, headers: Record<string, string>, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then((r) => r.json());

await measure('gateway: county → 20 townships with village counts', async () => {
  await post(`${hub.url}/graphql`, { authorization: `Bearer ${hub.tokens.leader}` }, {
    query: '{ orgUnit(code: "430721") { children(tier: TOWNSHIP) { name childCount descendantCount(tier: VILLAGE) } } }',
  });
});

const villages = (await post(`${hub.url}/graphql`, { authorization: `Bearer ${hub.tokens.leader}` }, {
  query: '{ orgUnits(first: 100, filter: { tier: VILLAGE }) { edges { node { id } } } }',
})) as { data: { orgUnits: { edges: Array<{ node: { id: string } }> } } };
const header = await signViewer(
  { sub: 'bench', name: 'bench', role: 'leader', scopePath: '/4307/430721/', orgUnitCode: null, departmentId: null, permissions: ['read'], locale: 'zh-CN' },
  secretKey(hub.secrets.signingSecret),
);
await measure('subgraph: _entities with 100 OrgUnit references', async () => {
  await post(subgraphUrl, { [VIEWER_HEADER]: header }, {
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { name tier } } }',
    variables: { r: villages.data.orgUnits.edges.map((e) => ({ __typename: 'OrgUnit', id: e.node.id })) },
  });
});
console.log(`SQL statements per _entities call: ${(statements / iterations).toFixed(2)}`);

await hub.stop();
rmSync(dir, { recursive: true, force: true });
