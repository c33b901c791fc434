// The frame of a domain write (inspections, disclosures): one transaction holding the idempotency
// key and the write; a broken rule (Refused) rolls everything back and comes back as userErrors; a write that
// lost a race (version check or unique key) is tried once more against the new state.
import type { UserError } from './errors';
import { userError } from './errors';
import { idempotent, type IdempotencyStore } from './idempotency';
import type { Viewer } from './viewer';
import { isRace, Refused, retryOnceOnRace } from './write-retry';

/** The slice of a Prisma client this needs: interactive transactions whose client has the IdempotencyKey model. */
export interface TransactionalDb<Tx extends { idempotencyKey: IdempotencyStore }> {
  $transaction<T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>;
}

/** Errors of one part of the input, with their field paths under `prefix`. */
export const prefixed = (prefix: string, errors: readonly UserError[]) => errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));

export interface WriteRequest {
  operation: string;
  input: unknown;
  idempotencyKey: string | null | undefined;
}

export async function writeTransaction<Tx extends { idempotencyKey: IdempotencyStore }, R extends { userErrors: UserError[] }>(
  ctx: { db: TransactionalDb<Tx>; viewer: Viewer },
  request: WriteRequest,
  write: (tx: Tx) => Promise<R>,
  refused: (errors: UserError[]) => R,
): Promise<R> {
  const attempt = async () => {
    try {
      return await ctx.db.$transaction(
        (tx) =>
          idempotent<R>(tx.idempotencyKey, { key: request.idempotencyKey, operation: request.operation, input: request.input, viewerId: ctx.viewer.sub }, () => write(tx), refused),
        // An import of hundreds of inspections takes seconds, longer than Prisma's 5 s default.
        { timeout: 60_000, maxWait: 10_000 },
      );
    } catch (error) {
      if (error instanceof Refused) return refused(error.errors);
      throw error;
    }
  };
  try {
    return await retryOnceOnRace(attempt);
  } catch (error) {
    // Lost twice: said as the write's own refusal, like any other broken rule.
    if (!isRace(error)) throw error;
    return refused([userError('input', 'CONCURRENT_WRITE', '该记录正被他人修改，请刷新后重试', 'someone else changed this record; reload and try again')]);
  }
}

export const SYSTEMS_ONLY_ERROR = userError('batch', 'SYSTEMS_ONLY', '批量导入仅限对接系统（API 密钥）', 'imports are for other systems (API keys) only');
