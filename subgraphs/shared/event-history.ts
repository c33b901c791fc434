// Event-sourced records (approval cases, requests …) store each event as a row: who, when, which
// type, the state before and after, and the event's data as JSON text (SQLite has no JSON column
// type; dates inside are strings, so JSON round-trips them unchanged). Generic over the domain's
// events and states; each domain names its parent column (caseId, complaintId …).
import { randomBytes, randomUUID } from 'node:crypto';
import { toLocalDate } from './calendar';
import { userError, type UserError } from './errors';

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

/** Clock skew tolerated between a feeding system and this server. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** A timestamp later than now (beyond the tolerated skew). */
export const inFuture = (at: Date, now: Date) => at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;

/**
 * The checks every step's time passes: a valid instant, not in the future, not before the record's
 * previous step (`previousEn` names that step in the English message, e.g. "event of the case").
 */
export function eventTimeErrors(lastEventAt: Date | null, at: Date, now: Date, previousEn: string): UserError[] {
  if (Number.isNaN(at.getTime())) return [userError('at', 'INVALID_TIMESTAMP', '时间无效', 'the timestamp is invalid')];
  if (inFuture(at, now)) return [userError('at', 'EVENT_IN_FUTURE', '事件时间不能晚于当前时间', 'the event cannot be in the future')];
  if (lastEventAt && at < lastEventAt) {
    return [userError('at', 'EVENT_BEFORE_PREVIOUS', '事件时间不能早于上一环节', `the event cannot precede the previous ${previousEn}`)];
  }
  return [];
}

/**
 * A record number (办件编号, 工单编号): the receiving unit's code, the Beijing date and a random
 * suffix, unique without a shared counter, e.g. 430721-20250115-3F9A12C0.
 */
export function newRecordNo(unitCode: string, at: Date): string {
  return `${unitCode}-${toLocalDate(at).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
}
