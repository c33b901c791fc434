// A request as the fold of its events. Pure: the same events always give the same request, which
// is what lets the Complaint and Dispatch rows be rebuilt from the history.
import type { Actor, Assignee, ComplaintEvent, EventDataByType } from './complaint-events';
import type { ComplaintState } from './complaint-state';

export interface DispatchRecord {
  seq: number;
  assignee: Assignee;
  at: Date;
  actor: Actor;
  note: string | null;
  signDueAt: Date;
  returnDueAt: Date;
  signedAt: Date | null;
  returnedAt: Date | null;
  returnReason: string | null;
}

export interface Reply {
  at: Date;
  content: string;
  direct: boolean;
  /** The deadline it is judged against: from receipt or reopening, not a later 督办 deadline. */
  dueAt: Date;
  byName: string;
}

export interface Callback {
  at: Date;
  reached: boolean;
  satisfaction: number | null;
  note: string | null;
  byName: string;
  /** The assignee department whose handling the citizen judged, if a department held it. */
  assigneeDepartmentId: string | null;
}

export interface Escalation {
  at: Date;
  actor: Actor;
  note: string;
  replyDueAt: Date;
}

export interface ComplaintAggregate {
  id: string;
  received: EventDataByType['RECEIVED'];
  state: ComplaintState;
  receivedAt: Date;
  dispatches: DispatchRecord[];
  /** The 承办单位 holding the request now (the last dispatch not returned). */
  assignee: Assignee | null;
  replyDueAt: Date;
  /**
   * The deadline the reply is judged against (按时办结): from receipt, or from the latest reopening.
   * A 督办 sets a new working deadline (replyDueAt) but does not make a late reply punctual.
   */
  promisedReplyBy: Date;
  /** When the current reply deadline was set: receipt, the latest reopening or escalation. */
  replyClockStart: Date;
  replies: Reply[];
  callbacks: Callback[];
  reopenCount: number;
  closedAt: Date | null;
  closingReason: string | null;
  escalations: Escalation[];
  duplicates: { id: string; requestNo: string; at: Date }[];
  version: number;
  lastEventAt: Date;
}

export const currentDispatch = (c: ComplaintAggregate): DispatchRecord | null => {
  const last = c.dispatches[c.dispatches.length - 1];
  return last && last.returnedAt === null ? last : null;
};
export const lastReply = (c: ComplaintAggregate): Reply | null => c.replies[c.replies.length - 1] ?? null;
/** The latest callback that reached the citizen (it carries the satisfaction level). */
export const lastReachedCallback = (c: ComplaintAggregate): Callback | null => [...c.callbacks].reverse().find((cb) => cb.reached) ?? null;

export function stateAfter(state: ComplaintState | null, event: Pick<ComplaintEvent, 'type'>): ComplaintState {
  switch (event.type) {
    case 'RECEIVED':
      return 'RECEIVED';
    case 'DISPATCHED':
      return 'DISPATCHED';
    case 'RETURNED':
      return 'RETURNED';
    case 'SIGNED':
      return 'SIGNED';
    case 'REPLIED':
      return 'REPLIED';
    case 'REOPENED':
      return 'REOPENED';
    case 'CLOSED':
      return 'CLOSED';
    default:
      if (state === null) throw new Error(`a request's history must start with RECEIVED, not ${event.type}`);
      return state;
  }
}

function applyEvent(c: ComplaintAggregate, event: ComplaintEvent): void {
  switch (event.type) {
    case 'RECEIVED':
      break;
    case 'DISPATCHED':
      c.dispatches.push({
        seq: c.dispatches.length + 1,
        assignee: event.data.assignee,
        at: event.at,
        actor: event.actor,
        note: event.data.note,
        signDueAt: new Date(event.data.signDueAt),
        returnDueAt: new Date(event.data.returnDueAt),
        signedAt: null,
        returnedAt: null,
        returnReason: null,
      });
      c.assignee = event.data.assignee;
      break;
    case 'RETURNED': {
      const dispatch = currentDispatch(c);
      if (dispatch) {
        dispatch.returnedAt = event.at;
        dispatch.returnReason = event.data.reason;
      }
      c.assignee = null;
      break;
    }
    case 'SIGNED': {
      const dispatch = currentDispatch(c);
      if (dispatch) dispatch.signedAt = event.at;
      break;
    }
    case 'REPLIED':
      c.replies.push({ at: event.at, content: event.data.content, direct: event.data.direct, dueAt: c.promisedReplyBy, byName: event.actor.name });
      break;
    case 'CALLED_BACK':
      c.callbacks.push({ at: event.at, ...event.data, byName: event.actor.name, assigneeDepartmentId: c.assignee?.departmentId ?? null });
      break;
    case 'REOPENED':
      c.reopenCount += 1;
      c.replyDueAt = new Date(event.data.replyDueAt);
      c.promisedReplyBy = c.replyDueAt;
      c.replyClockStart = event.at;
      break;
    case 'CLOSED':
      c.closedAt = event.at;
      c.closingReason = event.data.reason;
      break;
    case 'ESCALATED':
      c.escalations.push({ at: event.at, actor: event.actor, note: event.data.note, replyDueAt: new Date(event.data.replyDueAt) });
      c.replyDueAt = new Date(event.data.replyDueAt);
      c.replyClockStart = event.at;
      break;
    case 'DUPLICATE_LINKED':
      c.duplicates.push({ id: event.data.duplicateId, requestNo: event.data.requestNo, at: event.at });
      break;
  }
}

export function foldComplaint(id: string, events: readonly ComplaintEvent[]): ComplaintAggregate {
  const first = events[0];
  if (!first || first.type !== 'RECEIVED') throw new Error(`request ${id}: history must start with RECEIVED`);
  const c: ComplaintAggregate = {
    id,
    received: first.data,
    state: 'RECEIVED',
    receivedAt: first.at,
    dispatches: [],
    assignee: null,
    replyDueAt: new Date(first.data.replyDueAt),
    promisedReplyBy: new Date(first.data.replyDueAt),
    replyClockStart: first.at,
    replies: [],
    callbacks: [],
    reopenCount: 0,
    closedAt: null,
    closingReason: null,
    escalations: [],
    duplicates: [],
    version: 0,
    lastEventAt: first.at,
  };
  return foldMore(c, events, true);
}

/** Applies further events (returns a new aggregate; the input is untouched). */
export function foldMore(c: ComplaintAggregate, events: readonly ComplaintEvent[], inPlace = false): ComplaintAggregate {
  const next = inPlace ? c : structuredClone(c);
  for (const event of events) {
    next.state = stateAfter(next.version === 0 ? null : next.state, event);
    applyEvent(next, event);
    next.version += 1;
    next.lastEventAt = event.at;
  }
  return next;
}

