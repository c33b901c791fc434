// Departments' reference data as other subgraphs and the dashboard read it: entities resolved in
// batches, centre KPIs with their counts, service items with their published facts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departmentsSubgraph } from '../../subgraphs/departments';
import { DEMO_DEPARTMENTS, DEMO_SERVICE_ITEMS } from '../../subgraphs/departments/seed/demo-data';
import { startSubgraphService, type SubgraphService } from '../../subgraphs/shared/subgraph-server';
import { VIEWER_HEADER, secretKey, signViewer } from '../../subgraphs/shared/viewer';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let counted: SubgraphService;
let server: Server;
let countedUrl: string;
let queries: string[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  // A second departments service on the same database, counting every SQL statement it runs.
  counted = await startSubgraphService(departmentsSubgraph, {
    databaseUrl: hub.databaseUrls.departments,
    signingKey: secretKey(hub.secrets.signingSecret),
    onQuery: (sql) => queries.push(sql),
    log: () => {},
  });
  server = createServer((req, res) => void counted.handle(req, res, '/graphql'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  countedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await counted?.stop();
  await hub?.close();
});

async function asGateway(query: string, variables: Record<string, unknown>) {
  const header = await signViewer(
    { sub: 'test', name: '测试', role: 'supervisor', scopePath: '/4307/430721/', orgUnitCode: null, departmentId: null, permissions: ['read'], locale: 'zh-CN' },
    secretKey(hub.secrets.signingSecret),
  );
  const response = await fetch(countedUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [VIEWER_HEADER]: header },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: { _entities: Array<{ name: string } | null> }; errors?: unknown };
}

describe('federation entities', () => {
  it('resolves 40 org units and 40 departments in one _entities call with one query per type', async () => {
    const units = expectData(await hub.gql<{ orgUnits: { edges: Array<{ node: { id: string; name: string } }> } }>(`{ orgUnits(first: 40, filter: { tier: VILLAGE }) { edges { node { id name } } } }`));
    const departments = expectData(await hub.gql<{ departments: { edges: Array<{ node: { id: string; name: string } }> } }>(`{ departments(first: 40) { edges { node { id name } } } }`));
    const representations = [
      ...units.orgUnits.edges.map((e) => ({ __typename: 'OrgUnit', id: e.node.id })),
      ...departments.departments.edges.map((e) => ({ __typename: 'Department', id: e.node.id })),
    ];
    queries = [];
    const result = await asGateway(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { name } ... on Department { name } } }`,
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities.map((e) => e?.name)).toEqual([
      ...units.orgUnits.edges.map((e) => e.node.name),
      ...departments.departments.edges.map((e) => e.node.name),
    ]);
    expect(queries.filter((q) => /SELECT/i.test(q))).toHaveLength(2);
  });

  it('returns null for an entity outside the viewer’s line of the tree', async () => {
    const other = expectData(await hub.gql<{ orgUnit: { id: string } }>(`{ orgUnit(code: "430721101") { id } }`));
    const header = await signViewer(
      { sub: 'op', name: '测试', role: 'operator', scopePath: '/4307/430721/430721100/', orgUnitCode: null, departmentId: null, permissions: ['read', 'write'], locale: 'zh-CN' },
      secretKey(hub.secrets.signingSecret),
    );
    const response = await fetch(countedUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VIEWER_HEADER]: header },
      body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { name } } }`, variables: { r: [{ __typename: 'OrgUnit', id: other.orgUnit.id }] } }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ _entities: [null] });
  });
});

describe('centres and service items', () => {
  it('reports the county centre’s 部门进驻率 and 事项进驻率 with their counts', async () => {
    const data = expectData(await hub.gql<{ serviceCentres: { edges: Array<{ node: { name: string; windowCount: number; kpis: Record<string, { numerator: number; denominator: number; value: number; target: number; meetsTarget: boolean }> } }> } }>(
      `{ serviceCentres(first: 1, filter: { level: COUNTY_CENTRE }) { edges { node { name windowCount kpis {
          departmentStationRate { numerator denominator value target meetsTarget }
          itemStationRate { numerator denominator value target meetsTarget } } } } } }`));
    const centre = data.serviceCentres.edges[0]!.node;
    expect(centre.name).toBe('安乡县政务服务中心');

    const withItems = new Set(DEMO_SERVICE_ITEMS.map((i) => i.departmentCode));
    const stationed = DEMO_DEPARTMENTS.filter((d) => d.stationed && withItems.has(d.code)).length;
    expect(centre.kpis.departmentStationRate).toEqual({
      numerator: stationed, denominator: withItems.size, value: stationed / withItems.size, target: 0.86, meetsTarget: stationed / withItems.size >= 0.86,
    });
    const inCentre = DEMO_SERVICE_ITEMS.filter((i) => i.handledInCentre).length;
    expect(centre.kpis.itemStationRate).toMatchObject({ numerator: inCentre, denominator: DEMO_SERVICE_ITEMS.length, target: 0.8 });
    expect(centre.windowCount).toBe(DEMO_DEPARTMENTS.filter((d) => d.stationed).reduce((s, d) => s + d.windowCount, 0) + 6);
  });

  it('publishes an item’s 七公开 facts and filters items by kind', async () => {
    const data = expectData(await hub.gql<{ serviceItems: { totalCount: number; edges: Array<{ node: { kind: string; promisedDays: number; materials: string[]; legalBasis: string; fee: string; complaintChannel: string; department: { name: string } } }> } }>(
      `{ serviceItems(first: 100, filter: { kind: IMMEDIATE }) { totalCount edges { node { kind promisedDays materials legalBasis fee complaintChannel department { name } } } } }`));
    expect(data.serviceItems.totalCount).toBe(DEMO_SERVICE_ITEMS.filter((i) => i.kind === 'IMMEDIATE').length);
    for (const { node } of data.serviceItems.edges) {
      expect(node.kind).toBe('IMMEDIATE');
      expect(node.promisedDays).toBe(0);
      expect(node.materials.length).toBeGreaterThan(0);
      expect(node.complaintChannel).toContain('12345');
    }
  });

  it('shows a township operator the county’s items (its line) but refuses an item whose promise exceeds the legal limit', async () => {
    const asOperator = { token: hub.tokens.operator };
    const items = expectData(await hub.gql<{ serviceItems: { totalCount: number } }>(`{ serviceItems(first: 1) { totalCount } }`, {}, asOperator));
    expect(items.serviceItems.totalCount).toBe(DEMO_SERVICE_ITEMS.length);

    const department = expectData(await hub.gql<{ departments: { edges: Array<{ node: { id: string } }> } }>(`{ departments(first: 1) { edges { node { id } } } }`));
    const refused = expectData(await hub.gql<{ createServiceItem: { serviceItem: unknown; userErrors: Array<{ field: string; rule: string }> } }>(
      `mutation($input: CreateServiceItemInput!) { createServiceItem(input: $input) { serviceItem { id } userErrors { field rule } } }`,
      { input: { code: 'T-001', departmentId: department.departments.edges[0]!.node.id, name: '测试事项', kind: 'PROMISED', legalDays: 20, promisedDays: 25, legalBasis: '《行政许可法》', conditions: '无', materials: ['申请书'], fee: '不收费' } },
      { apiKey: hub.systemApiKey }));
    expect(refused.createServiceItem).toEqual({ serviceItem: null, userErrors: [{ field: 'promisedDays', rule: 'PROMISED_WITHIN_LEGAL' }] });
  });
});
