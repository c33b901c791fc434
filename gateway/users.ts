// The people who may log in at the gateway itself: username → token claims + password hash.
// Deployments with the county's SSO leave it empty and people bring tokens from there instead.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { personClaims, type PersonClaims } from './auth';
import { hashPassword, parsePasswordHash, verifyPassword } from './passwords';

export const USERNAME_MAX = 64;
export const PASSWORD_MAX = 256;

/** Usernames compare case-insensitively and after Unicode normalisation (全角 letters = half-width). */
export const normalizeUsername = (username: string): string => username.trim().normalize('NFKC').toLowerCase();

/** One entry of YG_USERS: the login name, its password hash and the person's token claims. */
export const userConfig = personClaims.extend({
  username: z.string().trim().min(1).max(USERNAME_MAX),
  passwordHash: z
    .string()
    .refine((hash) => parsePasswordHash(hash) !== null, 'a scrypt hash from `npm run hash-password` ($scrypt$ln=10–20,r=1–32,p=1–16$salt$key)'),
});
export type UserConfig = z.input<typeof userConfig>;

export const userConfigList = z.array(userConfig).superRefine((users, ctx) => {
  const seen = new Set<string>();
  users.forEach((user, index) => {
    const name = normalizeUsername(user.username);
    if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [index, 'username'], message: `duplicate username ${user.username}` });
    seen.add(name);
  });
});

export interface UserDirectory {
  /** The person's claims when the password is theirs; null for a wrong password or an unknown user alike. */
  verify(username: string, password: string): Promise<PersonClaims | null>;
}

export async function createUserDirectory(users: readonly UserConfig[]): Promise<UserDirectory> {
  const entries = new Map(
    userConfigList.parse(users).map(({ username, passwordHash, ...claims }) => [normalizeUsername(username), { passwordHash, claims }]),
  );
  // An unknown username is checked against a hash of a random password with the directory's own
  // parameters, so it costs the same scrypt as a known one and timing does not tell who exists.
  const first = entries.values().next().value;
  const decoy = await hashPassword(randomBytes(16).toString('base64'), first ? parsePasswordHash(first.passwordHash)?.params : undefined);
  return {
    async verify(username, password) {
      const entry = entries.get(normalizeUsername(username));
      const ok = await verifyPassword(password, entry?.passwordHash ?? decoy);
      return ok && entry ? entry.claims : null;
    },
  };
}

/** The same password for every given person (the embedded hub's demo users), each with its own salt. */
export async function usersWithPassword(people: Record<string, PersonClaims>, password: string): Promise<UserConfig[]> {
  return Promise.all(Object.entries(people).map(async ([username, claims]) => ({ ...claims, username, passwordHash: await hashPassword(password) })));
}
