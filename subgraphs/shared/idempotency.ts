// Idempotent writes (幂等): other systems retry on timeouts, so a write that carries a key is
// recorded with its result in the same transaction; a retry with the same key and input gets the
// first result back, a reuse of the key for different input is refused.
import { createHash } from 'node:crypto';
import { userError, type UserError } from './errors';

export interface IdempotencyRecord {
  operation: string;
  requestHash: string;
  response: string;
}

/** The slice of a transaction client this needs; every subgraph has an IdempotencyKey model. */
export interface IdempotencyStore {
  findUnique(args: { where: { key: string } }): Promise<IdempotencyRecord | null>;
  create(args: { data: IdempotencyRecord & { key: string } }): Promise<unknown>;
}

export interface WriteResult {
  id: string | null;
  userErrors: UserError[];
}

/** Canonical JSON (sorted keys) so the same input always hashes the same. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function requestHash(operation: string, input: unknown): string {
  return createHash('sha256').update(`${operation}\n${canonical(input)}`).digest('hex');
}

/**
 * Runs `write` inside the caller's transaction unless `key` was already used. Only successful
 * writes are recorded: a refused input wrote nothing, so retrying it simply re-validates.
 */
export async function idempotent<R extends { userErrors: UserError[] } = WriteResult>(
  store: IdempotencyStore,
  request: { key: string | null | undefined; operation: string; input: unknown; viewerId: string },
  write: () => Promise<R>,
  refused: (errors: UserError[]) => R = (userErrors) => ({ id: null, userErrors }) as unknown as R,
): Promise<R> {
  if (!request.key) return write();
  // Keys are per caller: two systems cannot collide or read each other's results.
  const key = JSON.stringify([request.viewerId, request.key]);
  const hash = requestHash(request.operation, request.input);
  const previous = await store.findUnique({ where: { key } });
  if (previous) {
    if (previous.operation !== request.operation || previous.requestHash !== hash) {
      return refused([
        userError('idempotencyKey', 'IDEMPOTENCY_KEY_REUSED', '该幂等键已用于另一请求', 'this idempotency key was already used for a different request'),
      ]);
    }
    return JSON.parse(previous.response) as R;
  }
  const result = await write();
  if (result.userErrors.length === 0) {
    await store.create({ data: { key, operation: request.operation, requestHash: hash, response: JSON.stringify(result) } });
  }
  return result;
}
