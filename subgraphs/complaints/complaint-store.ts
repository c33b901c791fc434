// Reading and appending request histories. Every append writes the events, rewrites the request's
// projection (Complaint row, Dispatch rows) from the fold and stores new warnings — in the
// caller's transaction, guarded by the request's version so two writers cannot interleave.
import { randomUUID } from 'node:crypto';
import { toLocalDate } from '../shared/calendar';
import type { TransactionClient } from '../shared/database';
import * as history from '../shared/event-history';
import { sweepPages } from '../shared/periodic-job';
import type { ComplaintsDb } from './db';
import { foldComplaint, foldMore, stateAfter, type ComplaintAggregate } from './domain/complaint-aggregate';
import type { ComplaintEvent, NewComplaintEvent } from './domain/complaint-events';
import { complaintRow, dispatchRows } from './domain/complaint-row';
import { OPEN_STATES, isOpen, type ComplaintState, type WarningLevel } from './domain/complaint-state';
import { windowStart, type EarlierRequest } from './domain/duplicates';
import { evaluateWarnings, highestLevel, type WarningCandidate } from './domain/warnings';
import type { AppendContext } from './services';

export type Tx = TransactionClient<ComplaintsDb>;
type Reader = Pick<ComplaintsDb, 'complaintEvent'>;

export class ConcurrentComplaintWriteError extends Error {
  readonly code = 'CONCURRENT_WRITE';
}

const eventRows = (complaintId: string, state: ComplaintState | null, version: number, events: readonly NewComplaintEvent[]) =>
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
export async function earlierFromContact(tx: Pick<ComplaintsDb, 'complaint'>, key: string, receivedAt: Date): Promise<EarlierRequest[]> {
  return tx.complaint.findMany({
    where: { contactKey: key, receivedAt: { gte: windowStart(receivedAt), lte: receivedAt } },
    select: { id: true, requestNo: true, receivedAt: true, category: true, orgPath: true, duplicateOfId: true, duplicateOfNo: true },
  });
}

function cardsOf(ctx: AppendContext, c: ComplaintAggregate): { cards: WarningCandidate[]; level: WarningLevel } {
  const cards = evaluateWarnings(c, ctx.now, ctx.warnings);
  return { cards, level: isOpen(c.state) ? highestLevel(cards) : 'NONE' };
}

export async function createComplaint(tx: Tx, ctx: AppendContext, id: string, events: readonly NewComplaintEvent[]): Promise<ComplaintAggregate> {
  const aggregate = foldComplaint(id, history.numbered<ComplaintEvent>(0, events));
  const { cards, level } = cardsOf(ctx, aggregate);
  await tx.complaint.create({ data: { ...complaintRow(aggregate), warningLevel: level } });
  await tx.complaintEvent.createMany({ data: eventRows(id, null, 0, events) });
  await writeDispatches(tx, aggregate);
  await storeNewWarnings(tx, ctx, aggregate, cards);
  return aggregate;
}

export async function appendToComplaint(tx: Tx, ctx: AppendContext, c: ComplaintAggregate, events: readonly NewComplaintEvent[]): Promise<ComplaintAggregate> {
  const next = foldMore(c, history.numbered<ComplaintEvent>(c.version, events));
  const { cards, level } = cardsOf(ctx, next);
  const updated = await tx.complaint.updateMany({ where: { id: c.id, version: c.version }, data: { ...complaintRow(next), warningLevel: level } });
  if (updated.count !== 1) throw new ConcurrentComplaintWriteError(`request ${c.id} changed while it was being written`);
  await tx.complaintEvent.createMany({ data: eventRows(c.id, c.state, c.version, events) });
  if (next.dispatches.length > 0) await writeDispatches(tx, next);
  await storeNewWarnings(tx, ctx, next, cards);
  return next;
}

async function writeDispatches(tx: Tx, c: ComplaintAggregate): Promise<void> {
  const rows = dispatchRows(c);
  if (rows.length === 0) return;
  await tx.dispatch.deleteMany({ where: { complaintId: c.id } });
  await tx.dispatch.createMany({ data: rows });
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

export interface EvaluationSummary {
  evaluated: number;
  raised: number;
  yellow: number;
  red: number;
}

/** The warning sweep: every open request against `ctx.now`, in pages of 500, one transaction per page. */
export async function evaluateOpenComplaints(db: ComplaintsDb, ctx: AppendContext): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { evaluated: 0, raised: 0, yellow: 0, red: 0 };
  const levels = new Map<string, string>();
  await sweepPages(
    async (after) => {
      const page = await db.complaint.findMany({
        where: { state: { in: [...OPEN_STATES] }, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, warningLevel: true },
        orderBy: { id: 'asc' },
        take: 500,
      });
      for (const row of page) levels.set(row.id, row.warningLevel);
      return page;
    },
    async (page) => {
      const aggregates = await loadAggregates(db, page.map((p) => p.id));
      await db.$transaction(async (tx) => {
        for (const { id } of page) {
          const c = aggregates.get(id);
          if (!c || !isOpen(c.state)) continue;
          summary.evaluated += 1;
          const { cards, level } = cardsOf(ctx, c);
          summary.raised += await storeNewWarnings(tx, ctx, c, cards);
          if (level !== levels.get(id)) await tx.complaint.update({ where: { id }, data: { warningLevel: level } });
          if (level === 'YELLOW') summary.yellow += 1;
          if (level === 'RED') summary.red += 1;
        }
      });
      levels.clear();
    },
  );
  return summary;
}
