// Event-sourced records (approval cases, requests …) store each event as a row: who, when, which
// type, the state before and after, and the event's data as JSON text (SQLite has no JSON column
// type; dates inside are strings, so JSON round-trips them unchanged). Generic over the domain's
// events and states; each domain names its parent column (caseId, complaintId …).
import { randomUUID } from 'node:crypto';

export interface StoredEvent<Type extends string = string, Data = unknown> {
  seq: number;
  type: Type;
  at: Date;
  actor: { id: string; name: string; role: string };
  unitPath: string;
  data: Data;
}

export interface EventRowBase {
  id: string;
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

/**
 * Rows for new events appended after `version` events with the record in `state` (null: new
 * record); `parent` is the column naming the record, e.g. { caseId }.
 */
export function eventRows<S extends string, E extends Omit<StoredEvent, 'seq'>, P extends Record<string, string>>(
  parent: P,
  state: S | null,
  version: number,
  events: readonly E[],
  stateAfter: (state: S | null, event: E) => S,
): (EventRowBase & P)[] {
  let current = state;
  return events.map((event, i) => {
    const next = stateAfter(current, event);
    const row = {
      id: randomUUID(),
      ...parent,
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

/** The event a stored row holds (the caller's event union is trusted: rows are only written from it). */
export function eventFromRow<E extends StoredEvent>(row: Omit<EventRowBase, 'id' | 'fromState' | 'toState'>): E {
  return {
    seq: row.seq,
    type: row.type,
    at: row.at,
    actor: { id: row.actorId, name: row.actorName, role: row.actorRole },
    unitPath: row.unitPath,
    data: JSON.parse(row.data) as unknown,
  } as E;
}

/** Gives new events their sequence numbers (for folding before they are stored). */
export function numbered<E extends StoredEvent>(version: number, events: readonly Omit<E, 'seq'>[]): E[] {
  return events.map((e, i) => ({ ...e, seq: version + i + 1 }) as E);
}
