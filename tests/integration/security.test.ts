// Who may call what: subgraphs trust only the gateway's signature; the gateway trusts only valid
// tokens and API keys.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePersonToken } from '../../gateway/auth';
import { DEMO_USERS } from '../../gateway/demo-users';
import { SUBGRAPH_NAMES } from '../../subgraphs/registry-names';
import { VIEWER_HEADER, secretKey, signViewer, type Viewer } from '../../subgraphs/shared/viewer';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.close());

const leaderViewer: Viewer = {
  sub: 'demo-leader', name: '测试', role: 'leader', scopePath: '/4307/430721/', orgUnitCode: '430721', departmentId: null, permissions: ['read'], locale: 'zh-CN',
};

async function callSubgraph(headers: Record<string, string>) {
  const response = await fetch(`${hub.url}/subgraphs/departments/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ orgUnits(first: 1) { totalCount } }' }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> } };
}

describe('a subgraph', () => {
  it('refuses a call without the gateway’s signature', async () => {
    const { status, body } = await callSubgraph({});
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a viewer header signed with another key, or carrying a person’s token instead', async () => {
    const forged = await signViewer(leaderViewer, secretKey('not-the-gateway-secret-but-long-enough!!'));
    expect((await callSubgraph({ [VIEWER_HEADER]: forged })).status).toBe(401);
    expect((await callSubgraph({ [VIEWER_HEADER]: hub.tokens.leader })).status).toBe(401);
    expect((await callSubgraph({ authorization: `Bearer ${hub.tokens.leader}` })).status).toBe(401);
  });

  it('answers a call signed by the gateway’s key', async () => {
    const signed = await signViewer(leaderViewer, secretKey(hub.secrets.signingSecret));
    const { status, body } = await callSubgraph({ [VIEWER_HEADER]: signed });
    expect(status).toBe(200);
    expect(body.data).toEqual({ orgUnits: { totalCount: 1 + 20 + 300 } });
  });
});

describe('the gateway', () => {
  const query = '{ orgUnits(first: 1) { totalCount } }';

  it('answers 401 without credentials, with an expired token, and with a forged one', async () => {
    expect((await hub.gql(query, {}, {})).status).toBe(401);

    const expired = await issuePersonToken(DEMO_USERS.leader, secretKey(hub.secrets.jwtSecret), Math.floor(Date.now() / 1000) - 60);
    const expiredResponse = await hub.gql(query, {}, { token: expired });
    expect(expiredResponse.status).toBe(401);
    expect(expiredResponse.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const forged = await new SignJWT({ ...DEMO_USERS.leader, scopePath: '/' })
      .setProtectedHeader({ alg: 'HS256' }).setIssuer('yangguang').setAudience('yangguang-api').setExpirationTime('1h')
      .sign(secretKey('someone-else-s-secret-of-32-chars-or-more'));
    expect((await hub.gql(query, {}, { token: forged })).status).toBe(401);

    const unsigned = `${hub.tokens.leader.split('.').slice(0, 2).join('.')}.`;
    expect((await hub.gql(query, {}, { token: unsigned })).status).toBe(401);
  });

  it('accepts a system’s API key with the key’s scope, and refuses an unknown key', async () => {
    const ok = expectData(await hub.gql<{ orgUnits: { totalCount: number } }>(query, {}, { apiKey: hub.systemApiKey }));
    expect(ok.orgUnits.totalCount).toBe(1 + 20 + 300);
    expect((await hub.gql(query, {}, { apiKey: `${hub.systemApiKey}x` })).status).toBe(401);
  });

  it('is live at /health and ready at /ready once every subgraph answers', async () => {
    expect((await fetch(`${hub.url}/health`)).status).toBe(200);
    const ready = await fetch(`${hub.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', supergraph: 'loaded', subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, true])) });
  });

  // Last in this file: it takes a subgraph down for good.
  it('keeps answering for the other domains when one subgraph is down, naming the one that is not', async () => {
    await hub.stopSubgraph('complaints');
    const response = await hub.gql<{ orgUnit: { name: string; approvalStats: { accepted: number } | null; complaintStats: unknown } }>(
      '{ orgUnit(code: "430721") { name approvalStats(period: {year: 2026}) { accepted } complaintStats(period: {year: 2026}) { received } } }',
    );
    expect(response.data?.orgUnit.name).toBe('安乡县');
    expect(response.data?.orgUnit.approvalStats).toEqual({ accepted: expect.any(Number) });
    expect(response.data?.orgUnit.complaintStats).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'complaints' } });
    expect(response.errors?.[0]?.message).toContain('诉求办理');
    const ready = await fetch(`${hub.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { subgraphs: Record<string, boolean> }).subgraphs).toMatchObject({ complaints: false, approvals: true });
  });
});
