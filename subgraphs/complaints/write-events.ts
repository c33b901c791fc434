// The one write path: look up references (one directory call), then in one transaction — the
// idempotency key, each event checked for scope and lifecycle rules, appended, projection and
// warnings refreshed, repeats linked to their original. Any refused event rolls the whole batch
// back and names its index.
import { randomUUID } from 'node:crypto';
import { referenceCache } from '../shared/departments-directory';
import { userError, type UserError } from '../shared/errors';
import { idempotent } from '../shared/idempotency';
import type { Viewer } from '../shared/viewer';
import { canRead, mayIdentifyReporter, receiveRefusal, writeRefusal } from './complaint-access';
import { appendToComplaint, createComplaint, earlierFromContact, loadAggregate, storeCards, type Tx } from './complaint-store';
import type { ComplaintsDb } from './db';
import type { ComplaintAggregate } from './domain/complaint-aggregate';
import type { NewComplaintEvent } from './domain/complaint-events';
import { proposeEvent, validateReceipt } from './domain/complaint-lifecycle';
import { contactKey, findOriginal } from './domain/duplicates';
import { buildEvent, referencesOf, type ComplaintEventInput } from './event-input';
import { appendContext, type AppendContext, type ComplaintsServices } from './services';
import { Refused, retryOnceOnRace } from '../shared/write-retry';

export interface WriteOutcome {
  complaintIds: string[];
  created: number;
  eventsAppended: number;
  duplicatesLinked: number;
  userErrors: UserError[];
}


interface WriteContext {
  viewer: Viewer;
  db: ComplaintsDb;
  services: ComplaintsServices;
}

export async function writeComplaintEvents(
  ctx: WriteContext,
  inputs: readonly ComplaintEventInput[],
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined; fieldPrefix: (index: number) => string; imported: boolean },
): Promise<WriteOutcome> {
  const refused = (userErrors: UserError[]): WriteOutcome => ({ complaintIds: [], created: 0, eventsAppended: 0, duplicatesLinked: 0, userErrors });
  if (request.imported && ctx.viewer.role !== 'system') {
    // Imports carry their own times and staff names: only other systems may feed them, or a seat
    // could backdate its own sign-offs and replies.
    return refused([userError('batch', 'SYSTEMS_ONLY', '批量导入仅限对接系统（API 密钥）', 'imports are for other systems (API keys) only')]);
  }
  return retryOnceOnRace(() => write(ctx, inputs, request, refused));
}

async function write(
  ctx: WriteContext,
  inputs: readonly ComplaintEventInput[],
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined; fieldPrefix: (index: number) => string; imported: boolean },
  refused: (errors: UserError[]) => WriteOutcome,
): Promise<WriteOutcome> {
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
            const batch = new Batch(tx as Tx, append);
            const outcome: WriteOutcome = { complaintIds: [], created: 0, eventsAppended: 0, duplicatesLinked: 0, userErrors: [] };
            const touch = (id: string) => {
              if (!outcome.complaintIds.includes(id)) outcome.complaintIds.push(id);
            };
            for (const [index, input] of inputs.entries()) {
              const prefix = request.fieldPrefix(index);
              const prefixed = (errors: UserError[]) => errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));
              const base = {
                at: request.imported && input.at ? input.at : now,
                actor: { id: ctx.viewer.sub, name: (request.imported && input.actorName) || ctx.viewer.name, role: ctx.viewer.role },
                unitPath: ctx.viewer.scopePath,
              };
              if (input.type === 'RECEIVED') {
                if (input.ref && (await batch.idByRef(input.ref))) {
                  const field = request.imported ? 'ref' : 'externalRef';
                  throw new Refused(prefixed([userError(field, 'REF_TAKEN', '该来源编号的诉求已存在', 'a request with this reference already exists')]));
                }
                const built = await buildEvent(input, null, refs, append, base);
                if (!built.ok) throw new Refused(prefixed(built.errors));
                if (built.event.type !== 'RECEIVED') throw new Error('unreachable');
                const event = built.event;
                const problems = [...validateReceipt(event, now)];
                const scope = receiveRefusal(ctx.viewer, event.data.receivedUnit.path);
                if (scope) problems.unshift(scope);
                if (problems.length > 0) throw new Refused(prefixed(problems));
                const original = await batch.originalOf(ctx.viewer, input, event);
                if ('error' in original) throw new Refused(prefixed([original.error]));
                event.data.duplicateOf = original.found;
                const id = randomUUID();
                await batch.create(id, event, input.ref ?? null);
                outcome.created += 1;
                outcome.eventsAppended += 1;
                touch(id);
                if (original.found) {
                  const first = await batch.load(original.found.id);
                  if (!first) throw new Error(`request ${original.found.id} vanished during the write`);
                  await batch.append(first, [{ ...base, type: 'DUPLICATE_LINKED', data: { duplicateId: id, requestNo: event.data.requestNo } }]);
                  outcome.duplicatesLinked += 1;
                  outcome.eventsAppended += 1;
                }
                continue;
              }
              const c = await batch.find(input);
              if (!c || !canRead(ctx.viewer, c)) {
                throw new Refused(prefixed([userError(input.complaintId ? 'complaintId' : 'ref', 'NOT_FOUND', '诉求不存在或不在您的范围内', 'no such request in your scope')]));
              }
              const built = await buildEvent(input, c, refs, append, base);
              if (!built.ok) throw new Refused(prefixed(built.errors));
              const scope = writeRefusal(ctx.viewer, c, built.event);
              if (scope) throw new Refused(prefixed([scope]));
              const proposal = proposeEvent(c, built.event, now, append);
              if (!proposal.ok) throw new Refused(prefixed(proposal.errors));
              // Appended to the aggregate the rules were checked against: its version guards the write.
              await batch.append(c, proposal.events);
              outcome.eventsAppended += proposal.events.length;
              touch(c.id);
            }
            await batch.storeCards();
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

/** The requests a batch has read or written so far, so later events see earlier ones. */
class Batch {
  /** Every request read or written so far, as it now stands. */
  private readonly touched = new Map<string, ComplaintAggregate>();
  /** The ones this batch wrote: only their cards are its business. */
  private readonly written = new Set<string>();
  private readonly byRef = new Map<string, string>();
  constructor(
    private readonly tx: Tx,
    private readonly ctx: AppendContext,
  ) {}

  async idByRef(ref: string): Promise<string | null> {
    return this.byRef.get(ref) ?? (await this.tx.complaint.findUnique({ where: { externalRef: ref }, select: { id: true } }))?.id ?? null;
  }

  async load(id: string): Promise<ComplaintAggregate | null> {
    const known = this.touched.get(id);
    if (known) return known;
    const loaded = await loadAggregate(this.tx, id);
    if (loaded) this.touched.set(id, loaded);
    return loaded;
  }

  async find(input: ComplaintEventInput): Promise<ComplaintAggregate | null> {
    const id = input.complaintId ?? (input.ref ? await this.idByRef(input.ref) : null);
    return id ? this.load(id) : null;
  }

  async create(id: string, event: NewComplaintEvent, ref: string | null): Promise<void> {
    this.touched.set(id, await createComplaint(this.tx, this.ctx, id, [event]));
    this.written.add(id);
    if (ref) this.byRef.set(ref, id);
  }

  async append(c: ComplaintAggregate, events: NewComplaintEvent[]): Promise<void> {
    this.touched.set(c.id, await appendToComplaint(this.tx, this.ctx, c, events));
    this.written.add(c.id);
  }

  /** Warnings of every request the batch touched, judged where each history now ends. */
  async storeCards(): Promise<void> {
    for (const id of this.written) await storeCards(this.tx, this.ctx, this.touched.get(id)!);
  }

  /**
   * 重复来电: the original named by the operator (checked), or found by contact and matter. A 举报
   * is only ever linked to another 举报, and only by someone who may know who reported it: a link
   * would otherwise tell the caller that this phone number filed a report.
   */
  async originalOf(
    viewer: Viewer,
    input: ComplaintEventInput,
    event: Extract<NewComplaintEvent, { type: 'RECEIVED' }>,
  ): Promise<{ found: { id: string; requestNo: string } | null } | { error: UserError }> {
    const isReport = event.data.kind === 'REPORT';
    if (input.duplicateOfId) {
      const original = await this.load(input.duplicateOfId);
      if (!original || !canRead(viewer, original)) {
        return { error: userError('duplicateOfId', 'NOT_FOUND', '关联的原诉求不存在或不在您的范围内', 'no such original request in your scope') };
      }
      const originalIsReport = original.received.kind === 'REPORT';
      if (originalIsReport !== isReport || (originalIsReport && !mayIdentifyReporter(viewer, original.received.receivedUnit.path))) {
        return { error: userError('duplicateOfId', 'REPORT_LINK', '举报只能与本人的其他举报关联', 'a report is linked only to another report by the same reporter') };
      }
      return { found: original.received.duplicateOf ?? { id: original.id, requestNo: original.received.requestNo } };
    }
    const key = contactKey(event.data.contact?.phone);
    if (!key) return { found: null };
    const earlier = (await earlierFromContact(this.tx, key, event.at)).filter(
      (r) => (r.kind === 'REPORT') === isReport && (!isReport || mayIdentifyReporter(viewer, r.receivedPath)),
    );
    return { found: findOriginal({ receivedAt: event.at, category: event.data.category, orgPath: event.data.location.path }, earlier) };
  }
}
