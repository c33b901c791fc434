// Events to and from their stored rows. `data` is JSON text (SQLite has no JSON column type);
// dates inside it are local-date strings, so JSON round-trips them unchanged.
import { randomUUID } from 'node:crypto';
import { stateAfter } from './case-aggregate';
import type { CaseEvent, NewCaseEvent } from './case-events';
import type { CaseState } from './case-state';

export interface CaseEventRow {
  id: string;
  caseId: string;
  seq: number;
  type: string;
  fromState: string | null;
  toState: string;
  at: Date;
  actorId: string;
  actorName: string;
  actorRole: string;
  unitPath: string;
  data: string;
}

/** Rows for new events appended after `version` events with the case in `state` (null: new case). */
export function eventRows(caseId: string, state: CaseState | null, version: number, events: readonly NewCaseEvent[]): CaseEventRow[] {
  let current = state;
  return events.map((event, i) => {
    const next = stateAfter(current, event);
    const row: CaseEventRow = {
      id: randomUUID(),
      caseId,
      seq: version + i + 1,
      type: event.type,
      fromState: current,
      toState: next,
      at: event.at,
      actorId: event.actor.id,
      actorName: event.actor.name,
      actorRole: event.actor.role,
      unitPath: event.unitPath,
      data: JSON.stringify(event.data),
    };
    current = next;
    return row;
  });
}

export function eventFromRow(row: Omit<CaseEventRow, 'caseId' | 'id'> & { id?: string }): CaseEvent {
  return {
    seq: row.seq,
    type: row.type,
    at: row.at,
    actor: { id: row.actorId, name: row.actorName, role: row.actorRole },
    unitPath: row.unitPath,
    data: JSON.parse(row.data) as unknown,
  } as CaseEvent;
}

/** Gives new events their sequence numbers (for folding before they are stored). */
export function numbered(version: number, events: readonly NewCaseEvent[]): CaseEvent[] {
  return events.map((e, i) => ({ ...e, seq: version + i + 1 }) as CaseEvent);
}
