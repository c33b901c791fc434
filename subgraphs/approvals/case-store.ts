// Reading and appending case histories. Every append writes the events, rewrites the case's
// projection (Case row, SubTask rows) from the fold, and refreshes its warnings — in the caller's
// transaction, guarded by the case's version so two writers cannot interleave.
import type { TransactionClient } from '../shared/database';
import { randomUUID } from 'node:crypto';
import { sweepPages, type EvaluationSummary } from '../shared/periodic-job';
import { toLocalDate, type WorkingCalendar } from '../shared/calendar';
import type { ApprovalsDb } from './db';
import { foldCase, foldMore, type CaseAggregate } from './domain/case-aggregate';
import type { CaseEvent, NewCaseEvent } from './domain/case-events';
import { caseRow, rowWarningLevel, subTaskRows } from './domain/case-row';
import { IN_PROGRESS_STATES, isInProgress, type WarningLevel } from './domain/case-state';
import { eventFromRow, eventRows, numbered } from './domain/event-rows';
import { evaluateWarnings, highestLevel, type WarningCandidate, type WarningConfig } from './domain/warnings';
import { ConcurrentWriteError } from '../shared/write-retry';

export type Tx = TransactionClient<ApprovalsDb>;
type Reader = Pick<ApprovalsDb, 'caseEvent'>;

/** Histories of the given cases, oldest event first, in one query. */
export async function loadHistories(db: Reader, caseIds: readonly string[]): Promise<Map<string, CaseEvent[]>> {
  const rows = await db.caseEvent.findMany({ where: { caseId: { in: [...caseIds] } }, orderBy: [{ caseId: 'asc' }, { seq: 'asc' }] });
  const byCase = new Map<string, CaseEvent[]>();
  for (const row of rows) {
    const history = byCase.get(row.caseId);
    if (history) history.push(eventFromRow(row));
    else byCase.set(row.caseId, [eventFromRow(row)]);
  }
  return byCase;
}

export async function loadAggregates(db: Reader, caseIds: readonly string[]): Promise<Map<string, CaseAggregate>> {
  const histories = await loadHistories(db, caseIds);
  return new Map([...histories].map(([id, events]) => [id, foldCase(id, events)]));
}

export async function loadAggregate(db: Reader, caseId: string): Promise<CaseAggregate | null> {
  return (await loadAggregates(db, [caseId])).get(caseId) ?? null;
}

interface AppendContext {
  calendar: WorkingCalendar;
  warnings: WarningConfig;
  now: Date;
}

/** Creates a case from its first events (RECEIVED and anything that follows in the same write). */
export async function createCase(tx: Tx, ctx: AppendContext, id: string, events: readonly NewCaseEvent[]): Promise<CaseAggregate> {
  const aggregate = foldCase(id, numbered(0, events));
  const cards = cardsOf(ctx, aggregate);
  await tx.case.create({ data: { ...caseRow(ctx.calendar, aggregate), warningLevel: cards.level } });
  await tx.caseEvent.createMany({ data: eventRows(id, null, 0, events) });
  await writeSubTasks(tx, ctx, aggregate);
  await storeNewWarnings(tx, ctx, aggregate, cards.cards);
  return aggregate;
}

export async function appendToCase(tx: Tx, ctx: AppendContext, c: CaseAggregate, events: readonly NewCaseEvent[]): Promise<CaseAggregate> {
  const next = foldMore(c, numbered(c.version, events));
  const cards = cardsOf(ctx, next);
  const updated = await tx.case.updateMany({
    where: { id: c.id, version: c.version },
    data: { ...caseRow(ctx.calendar, next), warningLevel: cards.level },
  });
  if (updated.count !== 1) throw new ConcurrentWriteError(`case ${c.id} changed while it was being written`);
  await tx.caseEvent.createMany({ data: eventRows(c.id, c.state, c.version, events) });
  await writeSubTasks(tx, ctx, next);
  await storeNewWarnings(tx, ctx, next, cards.cards);
  return next;
}

async function writeSubTasks(tx: Tx, ctx: AppendContext, c: CaseAggregate): Promise<void> {
  const rows = subTaskRows(ctx.calendar, c);
  if (rows.length === 0) return;
  await tx.subTask.deleteMany({ where: { caseId: c.id } });
  await tx.subTask.createMany({ data: rows });
}

/** The cards the case deserves now, and the level its row shows (NONE once it is no longer in progress). */
function cardsOf(ctx: AppendContext, c: CaseAggregate): { cards: WarningCandidate[]; level: WarningLevel } {
  const cards = evaluateWarnings(ctx.calendar, c, ctx.now, ctx.warnings);
  return { cards, level: rowWarningLevel(c, highestLevel(cards)) };
}

/** Stores each condition once (dedupeKey); returns how many were new. */
async function storeNewWarnings(tx: Pick<ApprovalsDb, 'warning'>, ctx: AppendContext, c: CaseAggregate, cards: readonly WarningCandidate[]): Promise<number> {
  if (cards.length === 0) return 0;
  const existing = new Set((await tx.warning.findMany({ where: { caseId: c.id }, select: { dedupeKey: true } })).map((w) => w.dedupeKey));
  const fresh = cards.filter((card) => !existing.has(card.dedupeKey));
  if (fresh.length === 0) return 0;
  await tx.warning.createMany({
    data: fresh.map((card) => ({
      id: randomUUID(),
      caseId: c.id,
      dedupeKey: card.dedupeKey,
      kind: card.kind,
      level: card.level,
      raisedAt: ctx.now,
      raisedOn: toLocalDate(ctx.now),
      orgPath: c.received.unit.path,
      departmentId: card.departmentId,
      stageName: card.stageName,
      dueOn: card.dueOn,
      remainingDays: card.remainingDays,
      reason: card.reason,
    })),
  });
  return fresh.length;
}

/**
 * The 电子监察 sweep: every case in progress against `asOf`. Cases are read in pages of 500 and
 * each page is written in one transaction.
 */
export async function evaluateOpenCases(db: ApprovalsDb, ctx: AppendContext): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { evaluated: 0, raised: 0, yellow: 0, red: 0 };
  await sweepPages(
    (after) =>
      db.case.findMany({
        where: { state: { in: [...IN_PROGRESS_STATES] }, ...(after ? { id: { gt: after } } : {}) },
        select: { id: true, warningLevel: true },
        orderBy: { id: 'asc' },
        take: 500,
      }),
    async (page) => {
      const aggregates = await loadAggregates(db, page.map((p) => p.id));
      await db.$transaction(async (tx) => {
        for (const { id, warningLevel } of page) {
          const c = aggregates.get(id);
          if (!c || !isInProgress(c.state)) continue;
          summary.evaluated += 1;
          const { cards, level } = cardsOf(ctx, c);
          summary.raised += await storeNewWarnings(tx, ctx, c, cards);
          if (level !== warningLevel) await tx.case.update({ where: { id }, data: { warningLevel: level } });
          if (level === 'YELLOW') summary.yellow += 1;
          if (level === 'RED') summary.red += 1;
        }
      });
    },
  );
  return summary;
}
