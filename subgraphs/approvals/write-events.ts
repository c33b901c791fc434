// The one write path: look up references (one directory call), then in one transaction —
// idempotency key, each event checked for scope and lifecycle rules, appended, projection and
// warnings refreshed. Any refused event rolls the whole batch back and names its index.
import { randomUUID } from 'node:crypto';
import { referenceCache } from '../shared/departments-directory';
import { userError, type UserError } from '../shared/errors';
import { idempotent } from '../shared/idempotency';
import type { Viewer } from '../shared/viewer';
import { canRead, receiveRefusal, writeRefusal } from './case-access';
import { appendToCase, createCase, loadAggregate, type Tx } from './case-store';
import type { ApprovalsDb } from './db';
import type { CaseAggregate } from './domain/case-aggregate';
import { proposeEvent, validateReceipt } from './domain/case-lifecycle';
import { buildEvent, referencesOf, type EventInput } from './event-input';
import { appendContext, type ApprovalsServices } from './services';
import { Refused } from '../shared/write-retry';

export interface WriteOutcome {
  caseIds: string[];
  casesCreated: number;
  eventsAppended: number;
  userErrors: UserError[];
}

interface WriteContext {
  viewer: Viewer;
  db: ApprovalsDb;
  services: ApprovalsServices;
}

export async function writeEvents(
  ctx: WriteContext,
  inputs: readonly EventInput[],
  request: {
    operation: string;
    /** The raw input, hashed for idempotency. */
    input: unknown;
    idempotencyKey: string | null | undefined;
    /** Field path prefix for the i-th input's errors, e.g. 'input.' or 'batch.3.'. */
    fieldPrefix: (index: number) => string;
    /** Imports carry their own timestamps and staff names. */
    imported: boolean;
  },
): Promise<WriteOutcome> {
  const refused = (userErrors: UserError[]): WriteOutcome => ({ caseIds: [], casesCreated: 0, eventsAppended: 0, userErrors });
  if (request.imported && ctx.viewer.role !== 'system') {
    // Imports carry their own times and staff names: only other systems may feed them, or a window
    // could backdate its own decisions.
    return refused([userError('batch', 'SYSTEMS_ONLY', '批量导入仅限对接系统（API 密钥）', 'imports are for other systems (API keys) only')]);
  }
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch(referencesOf(inputs));
  const now = ctx.services.now();
  const append = appendContext(ctx.services, now);
  try {
    return await ctx.db.$transaction(
      (tx) =>
        idempotent<WriteOutcome>(
          tx.idempotencyKey,
          { key: request.idempotencyKey, operation: request.operation, input: request.input, viewerId: ctx.viewer.sub },
          async () => {
            const touched = new Map<string, CaseAggregate>();
            const byRef = new Map<string, string>();
            const outcome: WriteOutcome = { caseIds: [], casesCreated: 0, eventsAppended: 0, userErrors: [] };
            for (const [index, input] of inputs.entries()) {
              const prefix = request.fieldPrefix(index);
              const prefixed = (errors: UserError[]) => errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));
              const base = {
                at: request.imported && input.at ? input.at : now,
                actor: { id: ctx.viewer.sub, name: (request.imported && input.actorName) || ctx.viewer.name, role: ctx.viewer.role },
                unitPath: ctx.viewer.scopePath,
              };
              if (input.type === 'RECEIVED') {
                if (input.caseRef && (byRef.has(input.caseRef) || (await tx.case.findUnique({ where: { externalRef: input.caseRef }, select: { id: true } })))) {
                  throw new Refused(prefixed([userError('caseRef', 'CASE_REF_TAKEN', '该来源编号的办件已存在', 'a case with this reference already exists')]));
                }
                const built = await buildEvent(input, null, refs, base);
                if (!built.ok) throw new Refused(prefixed(built.errors));
                if (built.event.type !== 'RECEIVED') throw new Error('unreachable');
                const problems = [...validateReceipt(built.event, now)];
                const scope = receiveRefusal(ctx.viewer, built.event.data.unit.path);
                if (scope) problems.unshift(scope);
                if (problems.length > 0) throw new Refused(prefixed(problems));
                const id = randomUUID();
                const created = await createCase(tx as Tx, append, id, [built.event]);
                touched.set(id, created);
                if (input.caseRef) byRef.set(input.caseRef, id);
                outcome.casesCreated += 1;
                outcome.eventsAppended += 1;
                if (!outcome.caseIds.includes(id)) outcome.caseIds.push(id);
                continue;
              }
              const c = await findCase(tx as Tx, input, touched, byRef);
              if (!c || !canRead(ctx.viewer, c)) {
                throw new Refused(prefixed([userError(input.caseId ? 'caseId' : 'caseRef', 'NOT_FOUND', '办件不存在或不在您的范围内', 'no such case in your scope')]));
              }
              const built = await buildEvent(input, c, refs, base);
              if (!built.ok) throw new Refused(prefixed(built.errors));
              const scope = writeRefusal(ctx.viewer, c, built.event);
              if (scope) throw new Refused(prefixed([scope]));
              const proposal = proposeEvent(c, built.event, now, { calendar: ctx.services.calendar });
              if (!proposal.ok) throw new Refused(prefixed(proposal.errors));
              const next = await appendToCase(tx as Tx, append, c, proposal.events);
              touched.set(c.id, next);
              outcome.eventsAppended += proposal.events.length;
              if (!outcome.caseIds.includes(c.id)) outcome.caseIds.push(c.id);
            }
            return outcome;
          },
          refused,
        ),
      { timeout: 60_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Refused) return refused(error.errors);
    throw error;
  }
}

async function findCase(tx: Tx, input: EventInput, touched: Map<string, CaseAggregate>, byRef: Map<string, string>): Promise<CaseAggregate | null> {
  let id = input.caseId ?? null;
  if (!id && input.caseRef) {
    id = byRef.get(input.caseRef) ?? (await tx.case.findUnique({ where: { externalRef: input.caseRef }, select: { id: true } }))?.id ?? null;
  }
  if (!id) return null;
  return touched.get(id) ?? (await loadAggregate(tx, id));
}
