// /auth/login (username + password → a person's token) and /auth/me (who the credential is), for
// the dashboard. Tokens are the same JWTs /graphql accepts; /auth/me asks the same authenticator.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BodyTooLargeError, readBody, sendGraphQLError, sendJson } from '../subgraphs/shared/http';
import { permissionsFor, type Viewer } from '../subgraphs/shared/viewer';
import { AuthenticationError, credentialHeaders, issuePersonToken, personClaims, type Authenticator, type PersonClaims } from './auth';
import { createLoginLimits, type LoginLimits } from './login-limits';
import { PASSWORD_MAX, USERNAME_MAX, type UserDirectory } from './users';

export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 60 * 60;

export interface AuthRoutesOptions {
  authenticator: Authenticator;
  jwtKey: Uint8Array;
  /** Who may log in here; without it /auth/login answers 404 (tokens come from the county's SSO). */
  users?: UserDirectory;
  tokenTtlSeconds?: number;
  limits?: LoginLimits;
  /** The client's address for the rate limits (the hub decides whether a proxy's header counts). */
  clientIp(req: IncomingMessage): string;
}

/** What the dashboard shows about the signed-in person or system. */
export type PublicUser = Omit<Viewer, 'locale'>;

const loginBody = z.object({
  username: z.string().trim().min(1).max(USERNAME_MAX),
  password: z.string().min(1).max(PASSWORD_MAX),
});

// Tokens and identities must not linger in shared caches or the browser's back/forward cache.
const NO_STORE = { 'cache-control': 'no-store' };

function publicUser(claims: PersonClaims): PublicUser {
  const parsed = personClaims.parse(claims);
  return { ...parsed, permissions: permissionsFor(parsed.role) };
}

function isJson(req: IncomingMessage): boolean {
  return /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

export function createAuthRoutes(options: AuthRoutesOptions) {
  const ttl = options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const limits = options.limits ?? createLoginLimits();

  return {
    async login(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (!options.users) return sendJson(res, 404, { error: 'login not configured' });
      if (req.method !== 'POST') return sendJson(res, 405, { error: '仅支持 POST / POST only' }, { allow: 'POST' });
      // JSON only: a cross-site HTML form cannot send it without a CORS preflight, which this
      // server never grants, so another site cannot sign a visitor in as someone else.
      if (!isJson(req)) return sendJson(res, 415, { error: '请以 JSON 提交（content-type: application/json）/ send JSON (content-type: application/json)' });
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch (error) {
        if (error instanceof BodyTooLargeError) return sendJson(res, 413, { error: '请求过大 / request too large' });
        return sendJson(res, 400, { error: '请求体不是合法的 JSON / body is not valid JSON', field: null });
      }
      const parsed = loginBody.safeParse(body);
      if (!parsed.success) {
        const field = parsed.error.issues[0]?.path[0];
        return typeof field === 'string'
          ? sendJson(res, 400, { error: `字段 ${field} 缺失或无效 / field ${field} is missing or invalid`, field })
          : sendJson(res, 400, { error: '请求体应为 {"username", "password"} / body must be {"username", "password"}', field: null });
      }
      const { username, password } = parsed.data;
      const ip = options.clientIp(req);

      const blocked = await limits.attempt(username, ip);
      if (blocked) {
        const minutes = Math.ceil(blocked.retryAfterSeconds / 60);
        return sendJson(
          res,
          429,
          { error: `登录失败次数过多，请 ${minutes} 分钟后再试 / too many failed logins, try again in ${minutes} min`, retryAfterSeconds: blocked.retryAfterSeconds },
          { 'retry-after': String(blocked.retryAfterSeconds), ...NO_STORE },
        );
      }
      const claims = await options.users.verify(username, password);
      if (!claims) return sendJson(res, 401, { error: '用户名或密码错误 / wrong username or password' }, NO_STORE);
      await limits.succeeded(username, ip);

      const expiresAtSeconds = Math.floor(Date.now() / 1000) + ttl;
      const token = await issuePersonToken(claims, options.jwtKey, expiresAtSeconds);
      sendJson(res, 200, { token, expiresAt: new Date(expiresAtSeconds * 1000).toISOString(), user: publicUser(claims) }, NO_STORE);
    },

    async me(req: IncomingMessage, res: ServerResponse): Promise<void> {
      if (req.method !== 'GET') return sendJson(res, 405, { error: '仅支持 GET / GET only' }, { allow: 'GET' });
      try {
        const { viewer, expiresAt } = await options.authenticator.identify(credentialHeaders(req.headers));
        const { locale: _locale, ...user } = viewer;
        sendJson(res, 200, { ...user, expiresAt: expiresAt?.toISOString() ?? null } satisfies PublicUser & { expiresAt: string | null }, NO_STORE);
      } catch (error) {
        if (error instanceof AuthenticationError) return sendGraphQLError(res, 401, 'UNAUTHENTICATED', error.message);
        throw error;
      }
    },
  };
}

export type AuthRoutes = ReturnType<typeof createAuthRoutes>;
