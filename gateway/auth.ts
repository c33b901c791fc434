// Authentication at the edge: JWT bearer tokens (jose) for people, API keys for other systems.
// Produces the viewer the gateway signs and forwards; subgraphs never see the credential.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { z } from 'zod';
import { PERMISSIONS, ROLES, permissionsFor, scopePathSchema, type Viewer } from '../subgraphs/shared/viewer';

const ISSUER = 'yangguang';
const AUDIENCE = 'yangguang-api';

/** Claims of a person's token (people: leader, supervisor, operator). */
export const personClaims = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES).exclude(['system']),
  scopePath: scopePathSchema,
  orgUnitCode: z.string().nullable().default(null),
  departmentId: z.string().nullable().default(null),
});
export type PersonClaims = z.input<typeof personClaims>;

/** A system's API key as configured: only its SHA-256 is kept, never the key. */
export const apiKeyConfig = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  scopePath: scopePathSchema,
  permissions: z.array(z.enum(PERMISSIONS)).min(1),
});
export type ApiKeyConfig = z.infer<typeof apiKeyConfig>;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class AuthenticationError extends Error {}

type CredentialHeaders = { authorization?: string | undefined; 'x-api-key'?: string | undefined; 'accept-language'?: string | undefined };

/** The headers the authenticator reads, from a request's (a repeated x-api-key counts as none). */
export function credentialHeaders(headers: IncomingHttpHeaders): CredentialHeaders {
  const apiKey = headers['x-api-key'];
  return { authorization: headers.authorization, 'x-api-key': typeof apiKey === 'string' ? apiKey : undefined, 'accept-language': headers['accept-language'] };
}

export interface Authenticator {
  authenticate(headers: CredentialHeaders): Promise<Viewer>;
  /** The viewer and when its credential expires (null for API keys, which do not). */
  identify(headers: CredentialHeaders): Promise<{ viewer: Viewer; expiresAt: Date | null }>;
}

function localeOf(acceptLanguage: string | undefined): Viewer['locale'] {
  return acceptLanguage && /^en\b/i.test(acceptLanguage.trim()) ? 'en' : 'zh-CN';
}

export function createAuthenticator(options: { jwtKey: Uint8Array; apiKeys: ApiKeyConfig[] }): Authenticator {
  const keys = options.apiKeys.map((k) => ({ ...k, digest: Buffer.from(k.sha256, 'hex') }));
  const identify: Authenticator['identify'] = async (headers) => {
    const locale = localeOf(headers['accept-language']);
    const apiKey = headers['x-api-key'];
    if (apiKey) {
      const digest = Buffer.from(hashApiKey(apiKey), 'hex');
      const match = keys.find((k) => timingSafeEqual(k.digest, digest));
      if (!match) throw new AuthenticationError('API 密钥无效 / invalid API key');
      const viewer: Viewer = {
        sub: `system:${match.id}`,
        name: match.name,
        role: 'system',
        scopePath: match.scopePath,
        orgUnitCode: null,
        departmentId: null,
        permissions: permissionsFor('system', match.permissions),
        locale,
      };
      return { viewer, expiresAt: null };
    }
    const bearer = headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (!bearer) throw new AuthenticationError('需要登录：请提供 Bearer 令牌或 API 密钥 / authentication required');
    try {
      const { payload } = await jwtVerify(bearer, options.jwtKey, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] });
      const claims = personClaims.parse(payload);
      // requiredClaims guarantees exp.
      return { viewer: { ...claims, permissions: permissionsFor(claims.role), locale }, expiresAt: new Date(payload.exp! * 1000) };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new AuthenticationError('令牌已过期 / token expired');
      if (error instanceof joseErrors.JOSEError || error instanceof z.ZodError) {
        throw new AuthenticationError('令牌无效 / invalid token');
      }
      throw error;
    }
  };
  return { identify, authenticate: async (headers) => (await identify(headers)).viewer };
}

/** Issues a person's token (embedded demo users, the dev-token command, tests). */
export async function issuePersonToken(claims: PersonClaims, jwtKey: Uint8Array, ttl: string | number = '12h'): Promise<string> {
  const parsed = personClaims.parse(claims);
  return new SignJWT({ ...parsed })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(parsed.sub)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(jwtKey);
}
