// Reading and appending request histories. Every append writes the events, rewrites the request's
// projection (Complaint row, Dispatch rows) from the fold and stores new warnings — in the
// caller's transaction, guarded by the request's version so two writers cannot interleave.
import { randomUUID } from 'node:crypto';
import { toLocalDate } from '../shared/calendar';
import type { TransactionClient } from '../shared/database';
import * as history from '../shared/event-history';
import { sweepPages, type EvaluationSummary } from '../shared/periodic-job';
import type { ComplaintsDb } from './db';
import { foldComplaint, foldMore, stateAfter, type ComplaintAggregate } from './domain/complaint-aggregate';
import type { ComplaintEvent, NewComplaintEvent } from './domain/complaint-events';
import { callbackRows, complaintRow, dispatchRows } from './domain/complaint-row';
import { OPEN_STATES, isOpen, type ComplaintState, type WarningLevel } from './domain/complaint-state';
import { windowStart, type EarlierRequest } from './domain/duplicates';
import { evaluateWarnings, highestLevel, type WarningCandidate } from './domain/warnings';
import type { AppendContext } from './services';
import { ConcurrentWriteError } from '../shared/write-retry';

export type Tx = TransactionClient<ComplaintsDb>;
type Reader = Pick<ComplaintsDb, 'complaintEvent'>;

/** Rows for new events appended after `version` events with the request in `state` (null: new request). */
export const eventRows = (complaintId: string, state: ComplaintState | null, version: number, events: readonly NewComplaintEvent[]) =>
  history.eventRows({ complaintId }, state, version, events, stateAfter);

/** Histories of the given requests, oldest event first, in one query. */
export async function loadHistories(db: Reader, ids: readonly string[]): Promise<Map<string, ComplaintEvent[]>> {
  const rows = await db.complaintEvent.findMany({ where: { complaintId: { in: [...ids] } }, orderBy: [{ complaintId: 'asc' }, { seq: 'asc' }] });
  const byId = new Map<string, ComplaintEvent[]>();
  for (const row of rows) {
    const event = history.eventFromRow<ComplaintEvent>(row);
    const list = byId.get(row.complaintId);
    if (list) list.push(event);
    else byId.set(row.complaintId, [event]);
  }
  return byId;
}

export async function loadAggregates(db: Reader, ids: readonly string[]): Promise<Map<string, ComplaintAggregate>> {
  const histories = await loadHistories(db, ids);
  return new Map([...histories].map(([id, events]) => [id, foldComplaint(id, events)]));
}

export async function loadAggregate(db: Reader, id: string): Promise<ComplaintAggregate | null> {
  return (await loadAggregates(db, [id])).get(id) ?? null;
}

/** Earlier requests from the same contact that a new one could repeat (duplicates.ts decides). */
export async function earlierFromContact(
  tx: Pick<ComplaintsDb, 'complaint'>,
  key: string,
  receivedAt: Date,
): Promise<(EarlierRequest & { kind: string; receivedPath: string })[]> {
  return tx.complaint.findMany({
    where: { contactKey: key, receivedAt: { gte: windowStart(receivedAt), lte: receivedAt } },
    select: { id: true, requestNo: true, receivedAt: true, category: true, orgPath: true, duplicateOfId: true, duplicateOfNo: true, kind: true, receivedPath: true },
  });
}

function cardsOf(ctx: AppendContext, c: ComplaintAggregate): { cards: WarningCandidate[]; level: WarningLevel } {
  const cards = evaluateWarnings(c, ctx.now, ctx.warnings);
  return { cards, level: isOpen(c.state) ? highestLevel(cards) : 'NONE' };
}

/**
 * Creates a request from its first events, with the warning level it has now. Cards are not
 * stored here: a batch stores them once for every request it touched (storeCards), so an imported
 * history is judged by where it ends, not by each step on the way.
 */
export async function createComplaint(tx: Tx, ctx: AppendContext, id: string, events: readonly NewComplaintEvent[]): Promise<ComplaintAggregate> {
  const aggregate = foldComplaint(id, history.numbered<ComplaintEvent>(0, events));
  await tx.complaint.create({ data: { ...complaintRow(aggregate), warningLevel: cardsOf(ctx, aggregate).level } });
  await tx.complaintEvent.createMany({ data: eventRows(id, null, 0, events) });
  await writeDispatches(tx, aggregate);
  return aggregate;
}

export async function appendToComplaint(tx: Tx, ctx: AppendContext, c: ComplaintAggregate, events: readonly NewComplaintEvent[]): Promise<ComplaintAggregate> {
  const next = foldMore(c, history.numbered<ComplaintEvent>(c.version, events));
  const updated = await tx.complaint.updateMany({ where: { id: c.id, version: c.version }, data: { ...complaintRow(next), warningLevel: cardsOf(ctx, next).level } });
  if (updated.count !== 1) throw new ConcurrentWriteError(`request ${c.id} changed while it was being written`);
  await tx.complaintEvent.createMany({ data: eventRows(c.id, c.state, c.version, events) });
  // Dispatch rows change only with a dispatch, its sign-off or its return.
  if (events.some((e) => e.type === 'DISPATCHED' || e.type === 'SIGNED' || e.type === 'RETURNED')) await writeDispatches(tx, next);
  if (next.callbacks.length > c.callbacks.length) await writeCallbacks(tx, next);
  return next;
}

/** Stores the cards the request deserves at ctx.now (each condition once); returns how many were new. */
export const storeCards = (tx: Tx, ctx: AppendContext, c: ComplaintAggregate) => storeNewWarnings(tx, ctx, c, cardsOf(ctx, c).cards);

/** The sweep's step: new cards, and the row's level when it changed. */
async function refreshWarnings(tx: Tx, ctx: AppendContext, c: ComplaintAggregate, storedLevel: string | null): Promise<{ raised: number; level: WarningLevel }> {
  const { cards, level } = cardsOf(ctx, c);
  const raised = await storeNewWarnings(tx, ctx, c, cards);
  if (level !== storedLevel) await tx.complaint.update({ where: { id: c.id }, data: { warningLevel: level } });
  return { raised, level };
}

async function writeDispatches(tx: Tx, c: ComplaintAggregate): Promise<void> {
  const rows = dispatchRows(c);
  if (rows.length === 0) return;
  await tx.dispatch.deleteMany({ where: { complaintId: c.id } });
  await tx.dispatch.createMany({ data: rows });
}

async function writeCallbacks(tx: Tx, c: ComplaintAggregate): Promise<void> {
  const rows = callbackRows(c);
  await tx.complaintCallback.deleteMany({ where: { complaintId: c.id } });
  if (rows.length > 0) await tx.complaintCallback.createMany({ data: rows });
}

async function storeNewWarnings(tx: Pick<ComplaintsDb, 'complaintWarning'>, ctx: AppendContext, c: ComplaintAggregate, cards: readonly WarningCandidate[]): Promise<number> {
  if (cards.length === 0) return 0;
  const existing = new Set((await tx.complaintWarning.findMany({ where: { complaintId: c.id }, select: { dedupeKey: true } })).map((w) => w.dedupeKey));
  const fresh = cards.filter((card) => !existing.has(card.dedupeKey));
  if (fresh.length === 0) return 0;
  await tx.complaintWarning.createMany({
    data: fresh.map((card) => ({
      id: randomUUID(),
      complaintId: c.id,
      dedupeKey: card.dedupeKey,
      kind: card.kind,
      level: card.level,
      raisedAt: ctx.now,
      raisedOn: toLocalDate(ctx.now),
      orgPath: c.received.location.path,
      assigneePath: c.assignee?.path ?? null,
      departmentId: c.assignee?.departmentId ?? null,
      dueAt: card.dueAt,
      reason: card.reason,
    })),
  });
  return fresh.length;
}

/** The warning sweep: every open request against `ctx.now`, in pages of 500, one transaction per page. */
export async function evaluateOpenComplaints(db: ComplaintsDb, ctx: AppendContext): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { evaluated: 0, raised: 0, yellow: 0, red: 0 };
  await sweepPages(
    (after) =>
      db.complaint.findMany({
        where: { state: { in: [...OPEN_STATES] }, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, warningLevel: true },
        orderBy: { id: 'asc' },
        take: 500,
      }),
    async (page) => {
      const aggregates = await loadAggregates(db, page.map((p) => p.id));
      await db.$transaction(async (tx) => {
        for (const { id, warningLevel } of page) {
          const c = aggregates.get(id);
          if (!c || !isOpen(c.state)) continue;
          summary.evaluated += 1;
          const { raised, level } = await refreshWarnings(tx as Tx, ctx, c, warningLevel);
          summary.raised += raised;
          if (level === 'YELLOW') summary.yellow += 1;
          if (level === 'RED') summary.red += 1;
        }
      });
    },
  );
  return summary;
}
