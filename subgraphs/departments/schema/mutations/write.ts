// Every reference-data write follows one sequence: the role may write → one transaction →
// idempotency key checked and recorded inside it → the mutation's own rules and writes.
import type { TransactionClient } from '../../../shared/database';
import { assertCanWrite } from '../../../shared/authorize';
import { type UserError } from '../../../shared/errors';
import { idempotent, type WriteResult } from '../../../shared/idempotency';
import type { Viewer } from '../../../shared/viewer';
import type { DepartmentsDb } from '../../db';

export type Tx = TransactionClient<DepartmentsDb>;

export function writeInTransaction(
  ctx: { viewer: Viewer; db: DepartmentsDb },
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined },
  write: (tx: Tx) => Promise<WriteResult>,
): Promise<WriteResult> {
  assertCanWrite(ctx.viewer);
  return ctx.db.$transaction((tx) =>
    idempotent(tx.idempotencyKey, { key: request.idempotencyKey, operation: request.operation, input: request.input, viewerId: ctx.viewer.sub }, () => write(tx)),
  );
}

/** A refused write: nothing was written. */
export const fail = (...userErrors: UserError[]): WriteResult => ({ id: null, userErrors });
