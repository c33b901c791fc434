// Requests for disclosure in the database: the event rows are the truth, the DisclosureRequest row
// their fold, rewritten in the same transaction under a version check; each event row keeps the
// state and deadline it left (for timelines and past snapshots).
import { randomUUID } from 'node:crypto';
import type { LocalDate } from '../shared/calendar';
import type { TransactionClient } from '../shared/database';
import { ConcurrentWriteError } from '../shared/write-retry';
import type { DisclosuresDb } from './db';
import { foldRequest, type DisclosureRequest, type RequestEvent } from './domain/request-lifecycle';

export type Tx = TransactionClient<DisclosuresDb>;

interface EventRow {
  type: string;
  on: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  data: string;
}

export const eventFromRow = (row: EventRow): RequestEvent =>
  ({ type: row.type, on: row.on as LocalDate, actor: { id: row.actorId, name: row.actorName, role: row.actorRole }, data: JSON.parse(row.data) }) as RequestEvent;

/** The projection columns a fold determines. */
export function projection(r: DisclosureRequest) {
  const escalatedDueOn = r.dueOn !== null && r.escalatedDueOns.includes(r.dueOn) ? r.dueOn : null;
  return {
    state: r.state,
    clockStartOn: r.clockStartOn,
    replyWorkingDays: r.replyWorkingDays,
    extensionWorkingDays: r.extensionWorkingDays,
    dueOn: r.dueOn,
    runningDueOn: r.state !== 'ANSWERED' ? r.dueOn : null,
    correctionDueOn: r.correction && r.correction.receivedOn === null && !r.correction.lapsed ? r.correction.dueOn : null,
    answeredOn: r.answeredOn,
    outcome: r.outcome,
    answeredOnTime: r.answeredOnTime,
    escalated: escalatedDueOn !== null,
    escalatedDueOn,
  };
}

/** Event rows for `events` appended after `history`, each with the request as it left it. */
export function eventRowsAfter(requestId: string, history: readonly RequestEvent[], events: readonly RequestEvent[]) {
  return events.map((e, i) => {
    const after = foldRequest([...history, ...events.slice(0, i + 1)]);
    return {
      id: randomUUID(),
      requestId,
      seq: history.length + i + 1,
      type: e.type,
      on: e.on,
      actorId: e.actor.id,
      actorName: e.actor.name,
      actorRole: e.actor.role,
      data: JSON.stringify(e.data),
      stateAfter: after.state,
      dueOnAfter: after.dueOn,
    };
  });
}

export async function loadRequest(tx: Tx, id: string) {
  const row = await tx.disclosureRequest.findUnique({ where: { id }, include: { events: { orderBy: { seq: 'asc' } } } });
  if (!row) return null;
  const history = row.events.map(eventFromRow);
  return { row, history, request: foldRequest(history) };
}

/** Appends events to a request at `version` and rewrites its row; a lost race throws. */
export async function appendRequestEvents(tx: Tx, id: string, version: number, history: readonly RequestEvent[], events: readonly RequestEvent[]) {
  const folded = foldRequest([...history, ...events]);
  const updated = await tx.disclosureRequest.updateMany({ where: { id, version }, data: { ...projection(folded), version: version + events.length } });
  if (updated.count !== 1) throw new ConcurrentWriteError(`disclosure request ${id} changed meanwhile`);
  await tx.disclosureRequestEvent.createMany({ data: eventRowsAfter(id, history, events) });
  return folded;
}
