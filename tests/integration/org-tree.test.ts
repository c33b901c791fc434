import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTownships, demoVillages } from '../../subgraphs/departments/seed/demo-data';
import { createDepartmentsDb } from '../../subgraphs/departments/db';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const TOWNSHIPS = /* GraphQL */ `
  query Townships($code: String!) {
    orgUnit(code: $code) {
      name
      tier
      children(tier: TOWNSHIP) { code name tier villages: descendantCount(tier: VILLAGE) childCount }
    }
  }
`;

async function tableCounts() {
  const db = createDepartmentsDb(hub.databaseUrls.departments);
  try {
    const [units, departments, centres, items, keys] = await Promise.all([
      db.orgUnit.count(),
      db.department.count(),
      db.serviceCentre.count(),
      db.serviceItem.count(),
      db.idempotencyKey.count(),
    ]);
    return { units, departments, centres, items, keys };
  } finally {
    await db.$disconnect();
  }
}

describe('the org tree through the gateway', () => {
  it('gives the leader the townships of the demo county with their villages’ counts', async () => {
    const data = expectData(await hub.gql<{ orgUnit: { name: string; children: Array<{ code: string; villages: number; childCount: number }> } }>(TOWNSHIPS, { code: '430721' }));
    expect(data.orgUnit.name).toBe('安乡县');
    const expected = demoTownships().map((t) => ({ code: t.code, villages: demoVillages().filter((v) => v.parentCode === t.code).length }));
    expect(data.orgUnit.children.map((c) => ({ code: c.code, villages: c.villages }))).toEqual(expected);
    expect(data.orgUnit.children.every((c) => c.childCount === c.villages)).toBe(true);
    expect(data.orgUnit.children.reduce((sum, c) => sum + c.villages, 0)).toBe(demoVillages().length);
  });

  it('shows an operator only its own township’s subtree', async () => {
    const asOperator = { token: hub.tokens.operator };
    const list = expectData(
      await hub.gql<{ orgUnits: { totalCount: number; edges: Array<{ node: { code: string } }> } }>(
        `{ orgUnits(first: 100) { totalCount edges { node { code } } } }`,
        {},
        asOperator,
      ),
    );
    const ownVillages = demoVillages().filter((v) => v.parentCode === '430721100');
    expect(list.orgUnits.totalCount).toBe(1 + ownVillages.length);
    expect(list.orgUnits.edges.every((e) => e.node.code.startsWith('430721100'))).toBe(true);

    const sibling = expectData(await hub.gql<{ orgUnit: unknown }>(`{ orgUnit(code: "430721101") { name } }`, {}, asOperator));
    expect(sibling.orgUnit).toBeNull();

    // The county is visible as the operator's breadcrumb, but its other townships are not.
    const county = expectData(await hub.gql<{ orgUnit: { children: Array<{ code: string }>; villages: number } }>(
      `{ orgUnit(code: "430721") { children { code } villages: descendantCount(tier: VILLAGE) } }`, {}, asOperator));
    expect(county.orgUnit.children.map((c) => c.code)).toEqual(['430721100']);
    expect(county.orgUnit.villages).toBe(ownVillages.length);
  });

  it('pages through units with Relay cursors', async () => {
    const first = expectData(await hub.gql<{ orgUnits: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { code: string } }> } }>(
      `{ orgUnits(first: 5, filter: { tier: TOWNSHIP }) { pageInfo { hasNextPage endCursor } edges { node { code } } } }`));
    expect(first.orgUnits.edges).toHaveLength(5);
    expect(first.orgUnits.pageInfo.hasNextPage).toBe(true);
    const next = expectData(await hub.gql<{ orgUnits: { edges: Array<{ node: { code: string } }> } }>(
      `query($after: String) { orgUnits(first: 5, after: $after, filter: { tier: TOWNSHIP }) { edges { node { code } } } }`,
      { after: first.orgUnits.pageInfo.endCursor }));
    const codes = demoTownships().map((t) => t.code).sort();
    expect(next.orgUnits.edges.map((e) => e.node.code)).toEqual(codes.slice(5, 10));
  });
});

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateOrgUnitInput!, $key: String) {
    createOrgUnit(input: $input, idempotencyKey: $key) {
      orgUnit { id code path depth }
      userErrors { field rule message messageEn }
    }
  }
`;
type CreateResult = { createOrgUnit: { orgUnit: { id: string; code: string; path: string; depth: number } | null; userErrors: Array<{ field: string; rule: string; message: string }> } };

async function idOf(code: string): Promise<string> {
  const data = expectData(await hub.gql<{ orgUnit: { id: string } }>(`query($code: String!) { orgUnit(code: $code) { id } }`, { code }));
  return data.orgUnit.id;
}

describe('org unit mutations', () => {
  const asOperator = () => ({ token: hub.tokens.operator });

  it.each([
    ['a code of the wrong length', { code: '43072110029', name: '短码村', tier: 'VILLAGE' }, 'code', 'CODE_LENGTH_MATCHES_TIER'],
    ['a code that does not start with the parent’s', { code: '430721101299', name: '错码村', tier: 'VILLAGE' }, 'code', 'CODE_PREFIX_PARENT'],
    ['a duplicate code', { code: demoVillages().find((v) => v.parentCode === '430721100')!.code, name: '重复村', tier: 'VILLAGE' }, 'code', 'CODE_UNIQUE'],
    ['a parent of the wrong tier', { code: '430721100', name: '错层镇', tier: 'TOWNSHIP' }, 'parentId', 'PARENT_TIER'],
  ])('refuses %s with a typed error and writes nothing', async (_label, fields, field, rule) => {
    const before = await tableCounts();
    const parentId = await idOf('430721100');
    const result = expectData(await hub.gql<CreateResult>(CREATE, { input: { ...fields, parentId } }, asOperator()));
    expect(result.createOrgUnit.orgUnit).toBeNull();
    expect(result.createOrgUnit.userErrors).toContainEqual(expect.objectContaining({ field, rule }));
    expect(result.createOrgUnit.userErrors.every((e) => e.message.length > 0)).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses a move that would make a cycle, leaving the tree unchanged', async () => {
    const before = await tableCounts();
    const township = await idOf('430721100');
    const village = await idOf(demoVillages().find((v) => v.parentCode === '430721100')!.code);
    const result = expectData(await hub.gql<{ updateOrgUnit: { userErrors: Array<{ field: string; rule: string }> } }>(
      `mutation($id: ID!, $parentId: ID!) { updateOrgUnit(id: $id, input: { parentId: $parentId }) { orgUnit { id } userErrors { field rule } } }`,
      { id: township, parentId: village }, asOperator()));
    expect(result.updateOrgUnit.userErrors).toEqual([{ field: 'parentId', rule: 'NO_CYCLE' }]);
    const still = expectData(await hub.gql<{ orgUnit: { path: string } }>(`{ orgUnit(code: "430721100") { path } }`));
    expect(still.orgUnit.path).toBe('/4307/430721/430721100/');
    expect(await tableCounts()).toEqual(before);
  });

  it('creates a village once, even when the caller retries with the same idempotency key', async () => {
    const parentId = await idOf('430721100');
    const input = { code: '430721100299', name: '新建演示村', tier: 'VILLAGE', parentId };
    const first = expectData(await hub.gql<CreateResult>(CREATE, { input, key: 'retry-1' }, asOperator()));
    expect(first.createOrgUnit.userErrors).toEqual([]);
    expect(first.createOrgUnit.orgUnit).toMatchObject({ code: '430721100299', path: '/4307/430721/430721100/430721100299/', depth: 3 });
    const before = await tableCounts();
    const retry = expectData(await hub.gql<CreateResult>(CREATE, { input, key: 'retry-1' }, asOperator()));
    expect(retry.createOrgUnit.orgUnit?.id).toBe(first.createOrgUnit.orgUnit?.id);
    expect(await tableCounts()).toEqual(before);

    const reused = expectData(await hub.gql<CreateResult>(CREATE, { input: { ...input, code: '430721100298' }, key: 'retry-1' }, asOperator()));
    expect(reused.createOrgUnit.userErrors).toEqual([expect.objectContaining({ field: 'idempotencyKey', rule: 'IDEMPOTENCY_KEY_REUSED' })]);
  });

  it('re-codes a village and moves its path, then refuses to deactivate a township that still has villages', async () => {
    const parentId = await idOf('430721100');
    const created = expectData(await hub.gql<CreateResult>(CREATE, { input: { code: '430721100297', name: '改码村', tier: 'VILLAGE', parentId } }, asOperator()));
    const id = created.createOrgUnit.orgUnit!.id;
    const renamed = expectData(await hub.gql<{ updateOrgUnit: { orgUnit: { code: string; path: string; name: string }; userErrors: unknown[] } }>(
      `mutation($id: ID!) { updateOrgUnit(id: $id, input: { code: "430721100296", name: "新码村" }) { orgUnit { code path name } userErrors { rule } } }`, { id }, asOperator()));
    expect(renamed.updateOrgUnit).toEqual({ orgUnit: { code: '430721100296', path: '/4307/430721/430721100/430721100296/', name: '新码村' }, userErrors: [] });

    const refused = expectData(await hub.gql<{ deactivateOrgUnit: { userErrors: Array<{ rule: string }> } }>(
      `mutation($id: ID!) { deactivateOrgUnit(id: $id) { userErrors { rule } } }`, { id: parentId }, asOperator()));
    expect(refused.deactivateOrgUnit.userErrors.map((e) => e.rule)).toEqual(['NO_ACTIVE_DEPENDANTS']);

    const done = expectData(await hub.gql<{ deactivateOrgUnit: { orgUnit: { active: boolean } } }>(
      `mutation($id: ID!) { deactivateOrgUnit(id: $id) { orgUnit { active } userErrors { rule } } }`, { id }, asOperator()));
    expect(done.deactivateOrgUnit.orgUnit.active).toBe(false);
  });

  it('refuses an operator writing outside its subtree, and a leader writing at all', async () => {
    const otherTownship = await idOf('430721101');
    const outside = expectData(await hub.gql<CreateResult>(CREATE, { input: { code: '430721101299', name: '越权村', tier: 'VILLAGE', parentId: otherTownship } }, asOperator()));
    expect(outside.createOrgUnit.userErrors).toEqual([expect.objectContaining({ field: 'parentId', rule: 'OUT_OF_SCOPE' })]);

    const asLeader = await hub.gql(CREATE, { input: { code: '430721101298', name: '领导村', tier: 'VILLAGE', parentId: otherTownship } });
    expect(asLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a blank name as a bad argument naming the field', async () => {
    const parentId = await idOf('430721100');
    const response = await hub.gql(CREATE, { input: { code: '430721100295', name: '  ', tier: 'VILLAGE', parentId } }, asOperator());
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: expect.stringContaining('name') });
  });
});
