import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ViewerRejectedError, hasPermission, permissionsFor, secretKey, signViewer, verifyViewer, type Viewer } from './viewer';

const key = secretKey('gateway-signing-secret-0123456789abcdef');
const otherKey = secretKey('another-signing-secret-0123456789abcdef');

const viewer: Viewer = {
  sub: 'u-1',
  name: '李督查',
  role: 'supervisor',
  scopePath: '/4307/430721/',
  orgUnitCode: '430721',
  departmentId: null,
  permissions: ['read', 'personal-data'],
  locale: 'zh-CN',
};

const now = () => Math.floor(Date.now() / 1000);

function gatewayToken(claims: Record<string, unknown>, issuedAt: number, expiresAt: number, signingKey = key) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('yangguang-gateway')
    .setAudience('yangguang-subgraph')
    .setIssuedAt(issuedAt)
    .setExpirationTime(expiresAt)
    .sign(signingKey);
}

function base64url(json: unknown): string {
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}

describe('signViewer and verifyViewer', () => {
  it('round-trips a viewer through the signed header', async () => {
    expect(await verifyViewer(await signViewer(viewer, key), key)).toEqual(viewer);
  });

  it('round-trips a system viewer with the all-seeing scope', async () => {
    const system: Viewer = { ...viewer, sub: 'system:hotline', role: 'system', scopePath: '/', orgUnitCode: null, permissions: ['read'], locale: 'en' };
    expect(await verifyViewer(await signViewer(system, key), key)).toEqual(system);
  });

  it('rejects a missing header', async () => {
    await expect(verifyViewer(undefined, key)).rejects.toThrow(new ViewerRejectedError('missing gateway signature'));
    await expect(verifyViewer('', key)).rejects.toThrow(ViewerRejectedError);
  });

  it('rejects a header signed with another key', async () => {
    const header = await signViewer(viewer, otherKey);
    await expect(verifyViewer(header, key)).rejects.toThrow(ViewerRejectedError);
    await expect(verifyViewer(header, key)).rejects.toThrow(/^invalid gateway signature: /);
  });

  it('rejects a header whose payload was altered to widen the scope', async () => {
    const [head, payload, signature] = (await signViewer(viewer, key)).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const tampered = `${head}.${base64url({ ...claims, scopePath: '/', role: 'operator' })}.${signature}`;
    await expect(verifyViewer(tampered, key)).rejects.toThrow(ViewerRejectedError);
  });

  it('rejects a header that is not a JWS at all', async () => {
    await expect(verifyViewer('not-a-token', key)).rejects.toThrow(ViewerRejectedError);
  });

  it('accepts a header signed directly with the gateway issuer and audience', async () => {
    const header = await gatewayToken({ ...viewer }, now() - 10, now() + 60);
    expect(await verifyViewer(header, key)).toEqual(viewer);
  });

  it('rejects an expired header', async () => {
    const header = await gatewayToken({ ...viewer }, now() - 600, now() - 300);
    await expect(verifyViewer(header, key)).rejects.toThrow(ViewerRejectedError);
    await expect(verifyViewer(header, key)).rejects.toThrow('invalid gateway signature: "exp" claim timestamp check failed');
  });

  it('rejects a header meant for another audience', async () => {
    const header = await new SignJWT({ ...viewer })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('yangguang-gateway')
      .setAudience('yangguang-api')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(key);
    await expect(verifyViewer(header, key)).rejects.toThrow(ViewerRejectedError);
  });

  it('rejects a correctly signed header whose claims have the wrong shape', async () => {
    const header = await gatewayToken({ ...viewer, role: 'admin' }, now(), now() + 60);
    await expect(verifyViewer(header, key)).rejects.toThrow(ViewerRejectedError);
    const badScope = await gatewayToken({ ...viewer, scopePath: '/4307/../' }, now(), now() + 60);
    await expect(verifyViewer(badScope, key)).rejects.toThrow(ViewerRejectedError);
  });

  it('marks the rejection with the VIEWER_REJECTED code', async () => {
    await expect(verifyViewer(undefined, key)).rejects.toMatchObject({ code: 'VIEWER_REJECTED' });
  });
});

describe('permissionsFor', () => {
  it('derives people’s permissions from their role', () => {
    expect(permissionsFor('leader')).toEqual(['read']);
    expect(permissionsFor('supervisor')).toEqual(['read', 'personal-data']);
    expect(permissionsFor('operator')).toEqual(['read', 'write', 'personal-data']);
  });

  it('ignores key permissions for a person', () => {
    expect(permissionsFor('leader', ['write', 'personal-data'])).toEqual(['read']);
  });

  it('gives a system the key’s permissions without duplicates', () => {
    expect(permissionsFor('system', ['write', 'read', 'write'])).toEqual(['write', 'read']);
  });

  it('gives a system without listed permissions none', () => {
    expect(permissionsFor('system')).toEqual([]);
  });
});

describe('hasPermission', () => {
  it('checks the viewer’s permission list', () => {
    expect(hasPermission(viewer, 'personal-data')).toBe(true);
    expect(hasPermission(viewer, 'write')).toBe(false);
  });
});
