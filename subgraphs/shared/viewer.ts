// The viewer: who is calling, in which role, over which part of the org tree.
// The gateway authenticates the caller and forwards the viewer as a short-lived HS256 JWS in
// VIEWER_HEADER; subgraphs trust nothing else (no token, no API key reaches them).
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { z } from 'zod';

export const VIEWER_HEADER = 'x-yangguang-viewer';
const ISSUER = 'yangguang-gateway';
const AUDIENCE = 'yangguang-subgraph';
/** Long enough for one query plan, short enough that a leaked header is worthless. */
const VIEWER_TTL_SECONDS = 120;

/**
 * Roles: leader (领导小组: aggregates in scope), supervisor (督查/监察: cases and personal data in
 * scope), operator (窗口/经办人: own department's records, writes), system (other systems, by API key).
 */
export const ROLES = ['leader', 'supervisor', 'operator', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** Explicit permissions a system API key may hold; people get theirs from their role. */
export const PERMISSIONS = ['read', 'write', 'personal-data'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Materialized path of an org unit whose subtree is a scope, e.g. /4307/430721/. "/" = all. */
export const scopePathSchema = z.string().regex(/^\/(?:\d+\/)*$/, 'a materialized path such as /4307/430721/');

const viewerSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  role: z.enum(ROLES),
  /** Materialized path of the org unit whose subtree the viewer may see, e.g. /4307/430721/. "/" = all. */
  scopePath: scopePathSchema,
  orgUnitCode: z.string().nullable(),
  departmentId: z.string().nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
  locale: z.enum(['zh-CN', 'en']),
});
export type Viewer = z.infer<typeof viewerSchema>;

const ROLE_PERMISSIONS: Record<Exclude<Role, 'system'>, Permission[]> = {
  leader: ['read'],
  supervisor: ['read', 'personal-data'],
  operator: ['read', 'write', 'personal-data'],
};

/** People's permissions follow from their role; a system key's are listed on the key. */
export function permissionsFor(role: Role, keyPermissions: Permission[] = []): Permission[] {
  return role === 'system' ? [...new Set(keyPermissions)] : ROLE_PERMISSIONS[role];
}

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signViewer(viewer: Viewer, key: Uint8Array): Promise<string> {
  return new SignJWT({ ...viewer })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${VIEWER_TTL_SECONDS}s`)
    .sign(key);
}

export class ViewerRejectedError extends Error {
  readonly code = 'VIEWER_REJECTED';
}

/** Verifies the gateway's signature and the claims' shape; anything else is refused. */
export async function verifyViewer(header: string | undefined, key: Uint8Array): Promise<Viewer> {
  if (!header) throw new ViewerRejectedError('missing gateway signature');
  try {
    const { payload } = await jwtVerify(header, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    return viewerSchema.parse(payload);
  } catch (error) {
    if (error instanceof joseErrors.JOSEError || error instanceof z.ZodError) {
      throw new ViewerRejectedError(`invalid gateway signature: ${error.message}`);
    }
    throw error;
  }
}

export function hasPermission(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}
