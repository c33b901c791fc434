// Deadlines of a case, its sub-tasks and its stages, in working days from acceptance
// (行政许可法 第82条: limits are working days; 第42条: counted from 受理). 即办件 have a limit of
// 0: due on the day of acceptance. Clock stops are excluded (shared/calendar/clock-stops.ts).
import {
  dueDate,
  elapsedWorkingDays,
  nthWorkingDayBack,
  remainingWorkingDays,
  toLocalDate,
  type LocalDate,
  type WorkingCalendar,
} from '../../shared/calendar';
import { totalExtensionDays, type CaseAggregate, type Stage, type SubTask } from './case-aggregate';

/** 行政许可法 第42条: +10 working days for one unit, +15 for joint handling (联合办理). */
export const MAX_EXTENSION_DAYS = { single: 10, parallel: 15 } as const;

export const caseLimit = (c: CaseAggregate) => c.limitDays + totalExtensionDays(c);
export const subTaskLimit = (c: CaseAggregate, t: SubTask) => t.limitDays + totalExtensionDays(c);

const closedStops = (c: CaseAggregate) => c.stops.filter((s) => s.endedAt !== null);

/**
 * The due date as it stands: closed stops push it later; an open stop is not counted yet (the
 * date is where it would be without that stop; it moves when the stop closes), so a case that was
 * already overdue when its clock stopped stays visibly overdue.
 */
export function caseDueOn(cal: WorkingCalendar, c: CaseAggregate): LocalDate | null {
  if (!c.acceptedAt) return null;
  return dueDate(cal, c.acceptedAt, caseLimit(c), closedStops(c));
}

export function subTaskDueOn(cal: WorkingCalendar, c: CaseAggregate, t: SubTask): LocalDate | null {
  if (!c.acceptedAt) return null;
  return dueDate(cal, c.acceptedAt, subTaskLimit(c, t), closedStops(c));
}

export function stageDueOn(cal: WorkingCalendar, c: CaseAggregate, stage: Stage): LocalDate {
  // Only closed stops are passed, so the date always exists.
  return dueDate(cal, stage.startedAt, stage.limitDays, closedStops(c).filter((s) => s.endedAt! > stage.startedAt))!;
}

/** Working days the case has used so far (or used in all, once decided). */
export function workingDaysUsed(cal: WorkingCalendar, c: CaseAggregate, asOf: Date): number | null {
  if (!c.acceptedAt) return null;
  return elapsedWorkingDays(cal, c.acceptedAt, c.decidedAt ?? asOf, c.stops);
}

/** Working days left at `asOf` (negative when overdue); the clock is frozen during an open stop. */
export function remainingDays(cal: WorkingCalendar, c: CaseAggregate, asOf: Date): number | null {
  if (!c.acceptedAt) return null;
  return remainingWorkingDays(cal, c.acceptedAt, caseLimit(c), asOf, c.stops);
}

export function subTaskRemainingDays(cal: WorkingCalendar, c: CaseAggregate, t: SubTask, asOf: Date): number | null {
  if (!c.acceptedAt) return null;
  return remainingWorkingDays(cal, c.acceptedAt, subTaskLimit(c, t), t.decidedAt ?? asOf, c.stops);
}

export function stageRemainingDays(cal: WorkingCalendar, c: CaseAggregate, stage: Stage, asOf: Date): number {
  const stops = c.stops.filter((s) => s.endedAt === null || s.endedAt > stage.startedAt);
  return remainingWorkingDays(cal, stage.startedAt, stage.limitDays, stage.endedAt ?? asOf, stops);
}

/** Decided within the limit: on or before the due date, stops excluded. */
export function decidedOnTime(cal: WorkingCalendar, c: CaseAggregate): boolean | null {
  if (!c.decidedAt || !c.acceptedAt) return null;
  return remainingWorkingDays(cal, c.acceptedAt, caseLimit(c), c.decidedAt, c.stops) >= 0;
}

export function subTaskOnTime(cal: WorkingCalendar, c: CaseAggregate, t: SubTask): boolean | null {
  if (!t.decidedAt) return null;
  return (subTaskRemainingDays(cal, c, t, t.decidedAt) ?? 0) >= 0;
}

/** Local date of an instant, or null. */
export const localDate = (d: Date | null): LocalDate | null => (d ? toLocalDate(d) : null);

/**
 * 超期件 today (the rule `approvalStats.overdueOpen` counts, stats-query.ts): in progress and at
 * least one working day past due — a case due on a Friday is overdue from Monday. A stopped
 * clock does not run, but a case that was overdue when it stopped stays overdue.
 */
export function overdueToday(
  cal: WorkingCalendar,
  row: { dueOn: string | null; clockStopped: boolean; stoppedOn: string | null },
  today: LocalDate,
): boolean {
  if (row.dueOn === null || row.dueOn >= nthWorkingDayBack(cal, today, 1)) return false;
  return !row.clockStopped || (row.stoppedOn !== null && row.dueOn < row.stoppedOn);
}
