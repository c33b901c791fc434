// A case as the fold of its events. Pure: the same events always give the same case, which is
// what lets the stored Case row be checked against (and rebuilt from) the history.
import type { ClockStop, ClockStopReason, LocalDate } from '../../shared/calendar';
import type { Actor, CaseEvent, DepartmentRefData, EventDataByType, UnitRefData } from './case-events';
import type { CaseState, FollowupState, RatingChannel, RectificationMode, SubTaskState } from './case-state';

export interface StopSegment extends ClockStop {
  readonly reason: ClockStopReason;
  readonly note: string | null;
  readonly startedByName: string;
  readonly endedByName: string | null;
}

export interface Stage {
  name: string;
  limitDays: number;
  startedAt: Date;
  endedAt: Date | null;
}

export interface SubTask {
  department: DepartmentRefData;
  limitDays: number;
  state: SubTaskState;
  decidedAt: Date | null;
  note: string | null;
}

export interface Handoff {
  from: UnitRefData;
  to: UnitRefData;
  department: DepartmentRefData | null;
  at: Date;
  actor: Actor;
  note: string | null;
}

export interface Extension {
  days: number;
  reason: string;
  approvedBy: string;
  at: Date;
}

export interface Rating {
  level: number;
  channel: RatingChannel;
  comment: string | null;
  at: Date;
}

export interface Followup {
  state: FollowupState;
  calledBackAt: Date | null;
  callbackNote: string | null;
  reached: boolean | null;
  mode: RectificationMode | null;
  measures: string | null;
  rectificationDueOn: LocalDate | null;
  rectifiedAt: Date | null;
  rectificationNote: string | null;
}

export interface Escalation {
  at: Date;
  actor: Actor;
  note: string;
  dueOn: LocalDate | null;
}

export interface CaseAggregate {
  id: string;
  received: EventDataByType['RECEIVED'];
  state: CaseState;
  receivedAt: Date;
  current: UnitRefData;
  handling: DepartmentRefData | null;
  acceptedAt: Date | null;
  /** Working days promised at acceptance (the item's, or the parallel case's). */
  limitDays: number;
  extensions: Extension[];
  stops: StopSegment[];
  stages: Stage[];
  subTasks: SubTask[];
  handoffs: Handoff[];
  decidedAt: Date | null;
  /** When the case ended without a decision (不予受理, 退回, 撤回). */
  closedAt: Date | null;
  closingReason: string | null;
  deliveredAt: Date | null;
  rating: Rating | null;
  followup: Followup | null;
  escalations: Escalation[];
  /** Number of events folded. */
  version: number;
  lastEventAt: Date;
}

/** The state an event leads to, given the state before it. */
export function stateAfter(state: CaseState | null, event: Pick<CaseEvent, 'type'>): CaseState {
  switch (event.type) {
    case 'RECEIVED':
      return 'RECEIVED';
    case 'ACCEPTED':
      return 'ACCEPTED';
    case 'NOT_ACCEPTED':
      return 'NOT_ACCEPTED';
    case 'STAGE_STARTED':
      return 'UNDER_REVIEW';
    case 'APPROVED':
      return 'APPROVED';
    case 'REFUSED':
      return 'REFUSED';
    case 'DELIVERED':
      return 'DELIVERED';
    case 'RETURNED':
      return 'RETURNED';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    default:
      if (state === null) throw new Error(`a case history must start with RECEIVED, not ${event.type}`);
      return state;
  }
}

export const totalExtensionDays = (c: CaseAggregate) => c.extensions.reduce((sum, e) => sum + e.days, 0);
export const openStop = (c: CaseAggregate) => c.stops.find((s) => s.endedAt === null) ?? null;
export const currentStage = (c: CaseAggregate) => c.stages.find((s) => s.endedAt === null) ?? null;

function applyEvent(c: CaseAggregate, event: CaseEvent): void {
  switch (event.type) {
    case 'FORWARDED':
      c.handoffs.push({ ...event.data, at: event.at, actor: event.actor });
      c.current = event.data.to;
      if (event.data.department) c.handling = event.data.department;
      break;
    case 'ACCEPTED':
      c.acceptedAt = event.at;
      c.handling = event.data.department;
      c.limitDays = event.data.limitDays;
      c.subTasks = event.data.subTasks.map((t) => ({ department: t.department, limitDays: t.limitDays, state: 'OPEN', decidedAt: null, note: null }));
      break;
    case 'NOT_ACCEPTED':
    case 'RETURNED':
    case 'WITHDRAWN':
      c.closedAt = event.at;
      c.closingReason = event.data.reason;
      for (const stage of c.stages) stage.endedAt ??= event.at;
      closeStops(c, event);
      break;
    case 'STAGE_STARTED':
      for (const stage of c.stages) stage.endedAt ??= event.at;
      c.stages.push({ name: event.data.name, limitDays: event.data.limitDays, startedAt: event.at, endedAt: null });
      break;
    case 'CLOCK_STOPPED':
      c.stops.push({
        reason: event.data.reason,
        note: event.data.note,
        startedAt: event.at,
        startedBy: event.actor.id,
        startedByName: event.actor.name,
        endedAt: null,
        endedBy: null,
        endedByName: null,
      });
      break;
    case 'CLOCK_RESUMED':
      closeStops(c, event);
      break;
    case 'EXTENDED':
      c.extensions.push({ ...event.data, at: event.at });
      break;
    case 'SUBTASK_DECIDED': {
      const task = c.subTasks.find((t) => t.department.id === event.data.departmentId);
      if (task) {
        task.state = event.data.approved ? 'APPROVED' : 'REFUSED';
        task.decidedAt = event.at;
        task.note = event.data.note;
      }
      break;
    }
    case 'APPROVED':
    case 'REFUSED':
      c.decidedAt = event.at;
      for (const stage of c.stages) stage.endedAt ??= event.at;
      break;
    case 'DELIVERED':
      c.deliveredAt = event.at;
      break;
    case 'RATED':
      c.rating = { ...event.data, at: event.at };
      c.followup = isBadRating(event.data.level)
        ? {
            state: 'AWAITING_CALLBACK',
            calledBackAt: null,
            callbackNote: null,
            reached: null,
            mode: null,
            measures: null,
            rectificationDueOn: null,
            rectifiedAt: null,
            rectificationNote: null,
          }
        : null;
      break;
    case 'CALLED_BACK':
      if (c.followup) {
        c.followup.state = 'CALLED_BACK';
        c.followup.calledBackAt = event.at;
        c.followup.callbackNote = event.data.note;
        c.followup.reached = event.data.reached;
      }
      break;
    case 'RECTIFICATION_PLANNED':
      if (c.followup) {
        c.followup.mode = event.data.mode;
        c.followup.measures = event.data.measures;
        c.followup.rectificationDueOn = event.data.dueOn;
        if (event.data.mode === 'IMMEDIATE') {
          c.followup.state = 'RECTIFIED';
          c.followup.rectifiedAt = event.at;
          c.followup.rectificationNote = event.data.measures;
        } else {
          c.followup.state = 'RECTIFYING';
        }
      }
      break;
    case 'RECTIFIED':
      if (c.followup) {
        c.followup.state = 'RECTIFIED';
        c.followup.rectifiedAt = event.at;
        c.followup.rectificationNote = event.data.note;
      }
      break;
    case 'ESCALATED':
      c.escalations.push({ at: event.at, actor: event.actor, note: event.data.note, dueOn: event.data.dueOn });
      break;
    case 'RECEIVED':
      break;
  }
}

function closeStops(c: CaseAggregate, event: CaseEvent): void {
  c.stops = c.stops.map((s) =>
    s.endedAt === null ? { ...s, endedAt: event.at, endedBy: event.actor.id, endedByName: event.actor.name } : s,
  );
}

/** 差评: the bottom two of the five levels (不满意, 非常不满意). */
export const isBadRating = (level: number) => level <= 2;

/** The limit a case gets from its item: 即办件 0 (the same day), 承诺件 the promised working days. */
export const defaultLimitDays = (item: { kind: 'IMMEDIATE' | 'PROMISED'; promisedDays: number }) => (item.kind === 'IMMEDIATE' ? 0 : item.promisedDays);

/** Folds a complete history (sorted by seq, starting with RECEIVED). */
export function foldCase(id: string, events: readonly CaseEvent[]): CaseAggregate {
  const first = events[0];
  if (!first || first.type !== 'RECEIVED') throw new Error(`case ${id}: history must start with RECEIVED`);
  const c: CaseAggregate = {
    id,
    received: first.data,
    state: 'RECEIVED',
    receivedAt: first.at,
    current: first.data.unit,
    handling: null,
    acceptedAt: null,
    limitDays: defaultLimitDays(first.data.item),
    extensions: [],
    stops: [],
    stages: [],
    subTasks: [],
    handoffs: [],
    decidedAt: null,
    closedAt: null,
    closingReason: null,
    deliveredAt: null,
    rating: null,
    followup: null,
    escalations: [],
    version: 0,
    lastEventAt: first.at,
  };
  return foldMore(c, events, true);
}

/** Applies further events to a folded case (returns a new aggregate; the input is untouched unless `inPlace`). */
export function foldMore(c: CaseAggregate, events: readonly CaseEvent[], inPlace = false): CaseAggregate {
  const next: CaseAggregate = inPlace ? c : structuredClone(c);
  for (const event of events) {
    next.state = stateAfter(next.version === 0 ? null : next.state, event);
    applyEvent(next, event);
    next.version += 1;
    next.lastEventAt = event.at;
  }
  return next;
}
