import { describe, expect, it } from 'vitest';
import { hashPassword, parsePasswordHash, verifyPassword } from './passwords';
import { createUserDirectory, userConfigList, usersWithPassword } from './users';
import { DEMO_USERS } from './demo-users';

// The lowest cost the format accepts keeps these tests fast; the format and checks are the same.
const cheap = { ln: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('verify the password they were made from, and no other', async () => {
    const hash = await hashPassword('阳光-correct horse', cheap);
    expect(hash).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword('阳光-correct horse', hash)).toBe(true);
    expect(await verifyPassword('阳光-correct hors', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('are salted: the same password hashes differently each time', async () => {
    expect(await hashPassword('same', cheap)).not.toBe(await hashPassword('same', cheap));
  });

  it('carry their cost, so hashes made with other parameters still verify', async () => {
    const hash = await hashPassword('pw-12345678', { ln: 11, r: 4, p: 2 });
    expect(parsePasswordHash(hash)?.params).toEqual({ ln: 11, r: 4, p: 2 });
    expect(await verifyPassword('pw-12345678', hash)).toBe(true);
  });

  it('refuse malformed hashes and parameters that would stall the server, instead of throwing', async () => {
    const hash = await hashPassword('pw', cheap);
    expect(await verifyPassword('pw', hash.replace('ln=10', 'ln=30'))).toBe(false);
    expect(await verifyPassword('pw', 'plain-text-password')).toBe(false);
    expect(await verifyPassword('pw', hash.slice(0, -5))).toBe(false);
  });
});

describe('the user directory', () => {
  it('returns the person’s claims for the right password, case-insensitively on the username', async () => {
    const users = await createUserDirectory(await usersWithPassword(DEMO_USERS, 'demo-pass-1'));
    expect(await users.verify('leader', 'demo-pass-1')).toEqual(expect.objectContaining({ sub: 'demo-leader', role: 'leader', scopePath: '/4307/430721/' }));
    expect(await users.verify(' Operator ', 'demo-pass-1')).toEqual(expect.objectContaining({ sub: 'demo-operator', orgUnitCode: '430721100' }));
  });

  it('answers null alike for a wrong password and an unknown user', async () => {
    const users = await createUserDirectory(await usersWithPassword(DEMO_USERS, 'demo-pass-1'));
    expect(await users.verify('leader', 'demo-pass-2')).toBeNull();
    expect(await users.verify('nobody', 'demo-pass-1')).toBeNull();
  });

  it('checks YG_USERS entries: a real hash, a valid role and scope, no duplicate usernames', async () => {
    const passwordHash = await hashPassword('pw-12345678', cheap);
    const wang = { username: 'wang', passwordHash, sub: 'u-7', name: '王督查', role: 'supervisor', scopePath: '/4307/430721/' };
    expect(userConfigList.parse([wang])[0]).toEqual({ ...wang, orgUnitCode: null, departmentId: null });

    const problems = userConfigList.safeParse([
      { ...wang, passwordHash: 'pw-12345678' },
      { ...wang, username: 'li', role: 'system', scopePath: '4307' },
      { ...wang, passwordHash: passwordHash.replace('ln=10', 'ln=30') },
    ]);
    expect(problems.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['0.passwordHash', '1.role', '1.scopePath', '2.passwordHash']);

    const duplicates = userConfigList.safeParse([wang, { ...wang, username: 'WANG', sub: 'u-8' }]);
    expect(duplicates.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['1.username: duplicate username WANG']);
  });
});
