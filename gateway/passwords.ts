// Password hashes for people who log in at the gateway: scrypt (node:crypto), stored as a PHC
// string so the cost travels with the hash and can be raised without invalidating old ones:
//   $scrypt$ln=<log2 N>,r=<block size>,p=<parallelism>$<salt, base64>$<derived key, base64>
// e.g. $scrypt$ln=15,r=8,p=1$hY0m…$Jd3k… (base64 without padding; `npm run hash-password` prints one).
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

/**
 * 32 MiB and ~50–100 ms per hash: below OWASP's 2^17 because every login runs one on a shared
 * 2-core host, and the login rate limits bound guessing anyway. Raise it here; stored hashes keep
 * their own parameters.
 */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Bounds on parameters read from configuration, so a mistyped hash cannot stall the gateway. */
const LIMITS = { ln: [10, 20], r: [1, 32], p: [1, 16] } as const;

const PASSWORD_HASH_PATTERN = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]{22,})\$([A-Za-z0-9+/]{43,})$/;

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

/** The parts of a stored hash, or null when it is not one this module can verify. */
export function parsePasswordHash(hash: string): ParsedHash | null {
  const match = PASSWORD_HASH_PATTERN.exec(hash);
  if (!match) return null;
  const params = { ln: Number(match[1]), r: Number(match[2]), p: Number(match[3]) };
  for (const name of ['ln', 'r', 'p'] as const) {
    const [min, max] = LIMITS[name];
    if (params[name] < min || params[name] > max) return null;
  }
  return { params, salt: Buffer.from(match[4]!, 'base64'), key: Buffer.from(match[5]!, 'base64') };
}

function derive(password: string, salt: Buffer, length: number, { ln, r, p }: ScryptParams): Promise<Buffer> {
  const N = 2 ** ln;
  // Node refuses anything above 32 MiB by default; scrypt needs 128·N·r bytes plus a little.
  return scrypt(password.normalize('NFC'), salt, length, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

const b64 = (buf: Buffer) => buf.toString('base64').replace(/=+$/, '');

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

/** Whether the password matches the stored hash; the comparison takes the same time wherever they differ. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parsePasswordHash(hash);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(key, parsed.key);
}
