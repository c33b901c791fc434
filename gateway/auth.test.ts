import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { secretKey } from '../subgraphs/shared/viewer';
import { AuthenticationError, createAuthenticator, hashApiKey, issuePersonToken, type ApiKeyConfig } from './auth';

const jwtKey = secretKey('jwt-secret-for-tests-0123456789abcdef');
const otherKey = secretKey('some-other-jwt-secret-0123456789abcdef');
const hotlineKey = 'yg_live_hotline_5f2c9a';
const hotline: ApiKeyConfig = {
  id: 'hotline',
  name: '12345 热线',
  sha256: hashApiKey(hotlineKey),
  scopePath: '/4307/430721/',
  permissions: ['read', 'write'],
};
const auth = createAuthenticator({ jwtKey, apiKeys: [hotline] });

const supervisor = {
  sub: 'u-7',
  name: '王督查',
  role: 'supervisor' as const,
  scopePath: '/4307/430721/',
  orgUnitCode: '430721',
};

describe('hashApiKey', () => {
  it('is the hex SHA-256 of the key', () => {
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('createAuthenticator', () => {
  it('turns a valid person token into a viewer with the role’s permissions', async () => {
    const token = await issuePersonToken(supervisor, jwtKey);
    expect(await auth.authenticate({ authorization: `Bearer ${token}` })).toEqual({
      sub: 'u-7',
      name: '王督查',
      role: 'supervisor',
      scopePath: '/4307/430721/',
      orgUnitCode: '430721',
      departmentId: null,
      permissions: ['read', 'personal-data'],
      locale: 'zh-CN',
    });
  });

  it('gives an operator write permission and keeps the department', async () => {
    const token = await issuePersonToken(
      { sub: 'u-8', name: '赵窗口', role: 'operator', scopePath: '/4307/430721/', departmentId: 'dept-3' },
      jwtKey,
    );
    expect(await auth.authenticate({ authorization: `bearer ${token}` })).toEqual({
      sub: 'u-8',
      name: '赵窗口',
      role: 'operator',
      scopePath: '/4307/430721/',
      orgUnitCode: null,
      departmentId: 'dept-3',
      permissions: ['read', 'write', 'personal-data'],
      locale: 'zh-CN',
    });
  });

  it('refuses an expired token and says it expired', async () => {
    const token = await issuePersonToken(supervisor, jwtKey, Math.floor(Date.now() / 1000) - 60);
    const attempt = auth.authenticate({ authorization: `Bearer ${token}` });
    await expect(attempt).rejects.toThrow(AuthenticationError);
    await expect(attempt).rejects.toThrow(/过期/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await issuePersonToken(supervisor, otherKey);
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).rejects.toThrow(
      new AuthenticationError('令牌无效 / invalid token'),
    );
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ ...supervisor })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('yangguang')
      .setAudience('yangguang-api')
      .setIssuedAt()
      .sign(jwtKey);
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).rejects.toThrow(
      new AuthenticationError('令牌无效 / invalid token'),
    );
  });

  it('refuses a person token that claims the system role', async () => {
    const token = await new SignJWT({ ...supervisor, role: 'system' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('yangguang')
      .setAudience('yangguang-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(jwtKey);
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).rejects.toThrow(
      new AuthenticationError('令牌无效 / invalid token'),
    );
  });

  it('refuses a request without credentials', async () => {
    const expected = new AuthenticationError('需要登录：请提供 Bearer 令牌或 API 密钥 / authentication required');
    await expect(auth.authenticate({})).rejects.toThrow(expected);
    await expect(auth.authenticate({ authorization: 'Bearer ' })).rejects.toThrow(expected);
    await expect(auth.authenticate({ authorization: 'Basic dXNlcjpwYXNz' })).rejects.toThrow(expected);
  });

  it('turns a configured API key into a system viewer with the key’s permissions and scope', async () => {
    expect(await auth.authenticate({ 'x-api-key': hotlineKey })).toEqual({
      sub: 'system:hotline',
      name: '12345 热线',
      role: 'system',
      scopePath: '/4307/430721/',
      orgUnitCode: null,
      departmentId: null,
      permissions: ['read', 'write'],
      locale: 'zh-CN',
    });
  });

  it('refuses a wrong API key', async () => {
    await expect(auth.authenticate({ 'x-api-key': `${hotlineKey}x` })).rejects.toThrow(
      new AuthenticationError('API 密钥无效 / invalid API key'),
    );
  });

  it('refuses a wrong API key even when a valid token comes with it', async () => {
    const token = await issuePersonToken(supervisor, jwtKey);
    await expect(auth.authenticate({ 'x-api-key': 'nope', authorization: `Bearer ${token}` })).rejects.toThrow(
      new AuthenticationError('API 密钥无效 / invalid API key'),
    );
  });

  it('refuses every API key when none are configured', async () => {
    const closed = createAuthenticator({ jwtKey, apiKeys: [] });
    await expect(closed.authenticate({ 'x-api-key': hotlineKey })).rejects.toThrow(AuthenticationError);
  });

  it('sets the English locale for Accept-Language: en', async () => {
    const token = await issuePersonToken(supervisor, jwtKey);
    expect((await auth.authenticate({ authorization: `Bearer ${token}`, 'accept-language': 'en' })).locale).toBe('en');
    expect((await auth.authenticate({ 'x-api-key': hotlineKey, 'accept-language': 'en-US,en;q=0.9' })).locale).toBe('en');
  });

  it('keeps Chinese when English is not the first language', async () => {
    expect((await auth.authenticate({ 'x-api-key': hotlineKey, 'accept-language': 'zh-CN,en;q=0.8' })).locale).toBe('zh-CN');
  });
});
