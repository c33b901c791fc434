// What the dashboard needs from the gateway: logging in with a password, asking who the token
// belongs to, and the built app served from the same origin with safe headers.
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../gateway/hub';
import { DEMO_USERS, type DemoUser } from '../../gateway/demo-users';
import { SUBGRAPH_NAMES } from '../../subgraphs/registry-names';
import { permissionsFor } from '../../subgraphs/shared/viewer';
import { expectData, startTestHub, type TestHub } from '../support/hub';

const site = mkdtempSync(path.join(tmpdir(), 'yg-site-'));
const dist = path.join(site, 'dist');
const indexHtml = '<!doctype html><html lang="zh-CN"><head><title>阳光</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';
const appJs = `console.log(${JSON.stringify('阳光 '.repeat(500))});\n`;
mkdirSync(path.join(dist, 'assets'), { recursive: true });
mkdirSync(path.join(dist, '.vite'));
writeFileSync(path.join(dist, 'index.html'), indexHtml);
writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), appJs);
writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{"index.html":{}}');
// Outside the served folder: no request may reach it.
writeFileSync(path.join(site, 'secret.txt'), 'TOP-SECRET');

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub({ dashboardDist: dist });
});
afterAll(async () => {
  await hub?.close();
  rmSync(site, { recursive: true, force: true });
});

async function login(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${hub.url}/auth/login`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function me(headers: Record<string, string>) {
  const response = await fetch(`${hub.url}/auth/me`, { headers });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A request sent byte for byte as written: fetch would normalise `..` and `%2e%2e` away first. */
function rawGet(url: string, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const countQuery = '{ orgUnits(first: 1) { totalCount } }';

describe('logging in', () => {
  it.each(Object.keys(DEMO_USERS) as DemoUser[])('lets the demo user %s in with the demo password; the token works on /graphql and /auth/me', async (username) => {
    const before = Date.now();
    const { status, body, headers } = await login({ username, password: hub.demoPassword });
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    const claims = DEMO_USERS[username];
    const user = { sub: claims.sub, name: claims.name, role: claims.role, scopePath: claims.scopePath, orgUnitCode: claims.orgUnitCode, departmentId: null };
    expect(body.user).toEqual({ ...user, permissions: permissionsFor(claims.role) });
    const expiresAt = Date.parse(body.expiresAt as string);
    expect(expiresAt - before).toBeGreaterThan(12 * 3600_000 - 5_000);
    expect(expiresAt - before).toBeLessThanOrEqual(12 * 3600_000 + 5_000);

    const token = body.token as string;
    const data = expectData(await hub.gql<{ orgUnits: { totalCount: number } }>(countQuery, {}, { token }));
    // The operator sees only its township and villages; the county roles see the whole county.
    if (username === 'operator') expect(data.orgUnits.totalCount).toBeLessThan(1 + 20 + 300);
    else expect(data.orgUnits.totalCount).toBe(1 + 20 + 300);

    const who = await me({ authorization: `Bearer ${token}` });
    expect(who).toEqual({ status: 200, body: { ...(body.user as object), expiresAt: body.expiresAt } });
  });

  it('refuses a wrong password and an unknown user with the same 401 message', async () => {
    const wrong = await login({ username: 'leader', password: `${hub.demoPassword}x` });
    const unknown = await login({ username: 'nobody', password: hub.demoPassword });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual({ error: '用户名或密码错误 / wrong username or password' });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).not.toHaveProperty('token');
  });

  it('names the missing or invalid field of a malformed body, and refuses what is not JSON', async () => {
    expect(await login({ username: 'leader' })).toMatchObject({ status: 400, body: { field: 'password' } });
    expect(await login({ username: '', password: 'x' })).toMatchObject({ status: 400, body: { field: 'username' } });
    expect(await login({ username: 'leader', password: 12345678 })).toMatchObject({ status: 400, body: { field: 'password' } });
    const bad = await login('{"username":');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/JSON/);
    // A cross-site form can post urlencoded bodies without a preflight; login takes JSON only.
    const form = await login(`username=leader&password=${hub.demoPassword}`, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect((await fetch(`${hub.url}/auth/login`)).status).toBe(405);
  });

  it('blocks a username after five failures in a row from one address (429 with Retry-After), not the others', async () => {
    for (let i = 0; i < 5; i++) expect((await login({ username: 'supervisor', password: `guess-${i}` })).status).toBe(401);
    const sixth = await login({ username: 'supervisor', password: 'guess-6' });
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(sixth.body.error).toMatch(/登录失败次数过多.* \/ too many failed logins/);
    // Blocked means blocked: the right password does not get through during the wait either.
    expect((await login({ username: 'supervisor', password: hub.demoPassword })).status).toBe(429);
    expect((await login({ username: 'operator', password: hub.demoPassword })).status).toBe(200);
  });

  it('starts a username’s count again after a successful login', async () => {
    for (let i = 0; i < 4; i++) expect((await login({ username: 'operator', password: `guess-${i}` })).status).toBe(401);
    expect((await login({ username: 'operator', password: hub.demoPassword })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login({ username: 'operator', password: `guess-${i}` })).status).toBe(401);
    expect((await login({ username: 'operator', password: 'guess-6' })).status).toBe(429);
  });
});

describe('who am I', () => {
  it('describes a system’s API key, which never expires', async () => {
    const who = await me({ 'x-api-key': hub.systemApiKey });
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ sub: 'system:demo-system', role: 'system', scopePath: '/4307/430721/', permissions: ['read', 'write'], expiresAt: null });
  });

  it('answers 401 like /graphql without credentials or with a bad token', async () => {
    expect(await me({})).toEqual({ status: 401, body: { errors: [{ message: expect.stringMatching(/需要登录.*authentication required/), extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect((await me({ authorization: `Bearer ${hub.tokens.leader}x` })).status).toBe(401);
  });
});

describe('the dashboard page', () => {
  const expectPageHeaders = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const csp = headers.get('content-security-policy') ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "worker-src 'self' blob:", "img-src 'self' data:", "font-src 'self' data:", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  };

  it('serves index.html at / to be revalidated on every load, with the security headers', async () => {
    const page = await fetch(`${hub.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expectPageHeaders(page.headers);
    expect(await page.text()).toBe(indexHtml);
    // Revalidation: the same ETag back is a 304 without a body.
    const again = await fetch(`${hub.url}/`, { headers: { 'if-none-match': page.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves hashed assets as immutable JavaScript, gzipped when the browser accepts it', async () => {
    const gz = await rawGet(hub.url, '/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gz.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(appJs);
    expect(gz.body.length).toBeLessThan(Buffer.byteLength(appJs) / 4);

    const plain = await rawGet(hub.url, '/assets/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(appJs);

    const head = await fetch(`${hub.url}/assets/app-abc123.js`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(appJs)));
  });

  it('answers the app’s own routes with index.html so a reload of /overdue?unit=1 works, but never a missing file', async () => {
    const route = await fetch(`${hub.url}/overdue?unit=1`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(await route.text()).toBe(indexHtml);
    expect((await fetch(`${hub.url}/overdue?unit=1`, { headers: { accept: 'application/json' } })).status).toBe(404);
    expect((await fetch(`${hub.url}/assets/app-missing.js`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('keeps the API’s own paths: /graphql, /health and unknown /auth/ paths are not the page', async () => {
    expect((await hub.gql(countQuery)).status).toBe(200);
    const health = await fetch(`${hub.url}/health`, { headers: { accept: 'text/html' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    const auth = await fetch(`${hub.url}/auth/whatever`, { headers: { accept: 'text/html' } });
    expect(auth.status).toBe(404);
    expect(auth.headers.get('content-type')).toMatch(/json/);
  });

  it.each([
    '/assets/../../package.json',
    '/../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    '/assets/..%5c..%5csecret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '/.vite/manifest.json',
    '/assets/app-abc123.js%00.html',
  ])('refuses %s (404), whatever the Accept header', async (rawPath) => {
    for (const accept of ['*/*', 'text/html']) {
      const response = await rawGet(hub.url, rawPath, { accept });
      expect(response.status).toBe(404);
      expect(response.body.toString('utf8')).not.toMatch(/TOP-SECRET|"name": "yangguang"|index\.html/);
    }
  });
});

describe('a gateway without a dashboard build or login', () => {
  let bare: Hub;
  beforeAll(async () => {
    // Production shape: no users configured, no dist folder. Subgraphs are never called here.
    bare = await startHub({
      host: '127.0.0.1',
      port: 0,
      signingSecret: 'signing-secret-for-tests-0123456789abcdef',
      jwtSecret: 'jwt-secret-for-tests-0123456789abcdefgh',
      apiKeys: [],
      subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, 'http://127.0.0.1:9/graphql'])),
      dashboardDist: path.join(site, 'no-such-dist'),
      log: () => {},
    });
  });
  afterAll(async () => bare?.stop());

  it('answers / and app routes with a bilingual page saying how to build the dashboard', async () => {
    for (const url of [`${bare.url}/`, `${bare.url}/overdue?unit=1`]) {
      const page = await fetch(url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      const text = await page.text();
      expect(text).toContain('看板尚未构建');
      expect(text).toContain('Dashboard not built');
      expect(text).toContain('npm run build:dashboard');
    }
  });

  it('answers /auth/login with 404 when no users are configured', async () => {
    const response = await fetch(`${bare.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"leader","password":"x"}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'login not configured' });
  });
});
