// Approval figures (审批统计) from the grouped counts: every rate with its numerator, denominator
// and target. Definitions (DOMAIN.md "Approvals"):
//  - accepted: cases accepted (受理) in the period;
//  - completed (办结): of those, decided by the period's end (or today);
//  - 办结率 = completed / accepted; 按时办结率 = on time / completed; 即办率 = decided on the day of
//    acceptance among 即办件 / completed; 提前办结率 = decided before the due date / completed;
//  - overdue open (超期件): accepted, undecided at the snapshot day, past the due date; ageing in
//    working days past due;
//  - 满意率 = top levels / rated in the period; 回访率 and 整改率 over the period's 差评.
import { nthWorkingDayBack, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import { rate, type AgeingBucket, type Rate } from '../../shared/rate';
import { COUNT_COLUMNS, type StatsCounts, type StatsWindow } from './stats-query';

export interface ApprovalTargets {
  completionRate: number;
  onTimeRate: number;
  immediateRate: number;
  earlyRate: number;
  satisfactionRate: number;
  callbackRate: number;
  rectificationRate: number;
}

export const DEFAULT_APPROVAL_TARGETS: ApprovalTargets = {
  completionRate: 0.98,
  onTimeRate: 1,
  immediateRate: 0.3,
  earlyRate: 0.5,
  satisfactionRate: 0.99,
  callbackRate: 1,
  rectificationRate: 1,
};


export interface ApprovalStats {
  accepted: number;
  notAccepted: number;
  completed: number;
  completionRate: Rate;
  onTime: number;
  onTimeRate: Rate;
  immediate: number;
  immediateRate: Rate;
  early: number;
  earlyRate: Rate;
  overdueOpen: number;
  overdueAgeing: AgeingBucket[];
  averageWorkingDays: number | null;
  rated: number;
  satisfied: number;
  satisfactionRate: Rate;
  badRatings: number;
  calledBack: number;
  callbackRate: Rate;
  rectified: number;
  rectificationRate: Rate;
  /** 四级联动 flow (org units only). */
  received: number;
  forwarded: number;
  handled: number;
}

export const EMPTY_COUNTS: StatsCounts = Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as StatsCounts;

/** Adds a row's counts (numbers, or bigints from PostgreSQL) to a running total. */
export function addCounts(a: StatsCounts, b: Partial<Record<string, number | bigint | string | null>>): StatsCounts {
  const out = { ...a };
  for (const key of COUNT_COLUMNS) out[key] += Number(b[key] ?? 0);
  return out;
}

export function approvalStats(c: StatsCounts, targets: ApprovalTargets = DEFAULT_APPROVAL_TARGETS): ApprovalStats {
  return {
    accepted: c.accepted,
    notAccepted: c.notAccepted,
    completed: c.completed,
    completionRate: rate(c.completed, c.accepted, targets.completionRate),
    onTime: c.onTime,
    onTimeRate: rate(c.onTime, c.completed, targets.onTimeRate),
    immediate: c.immediate,
    immediateRate: rate(c.immediate, c.completed, targets.immediateRate),
    early: c.early,
    earlyRate: rate(c.early, c.completed, targets.earlyRate),
    overdueOpen: c.overdueOpen,
    overdueAgeing: [
      { label: '1–5 个工作日', minDays: 1, maxDays: 5, count: c.overdue1to5 },
      { label: '6–10 个工作日', minDays: 6, maxDays: 10, count: c.overdue6to10 },
      { label: '11–20 个工作日', minDays: 11, maxDays: 20, count: c.overdue11to20 },
      { label: '20 个工作日以上', minDays: 21, maxDays: null, count: c.overdue21plus },
    ],
    averageWorkingDays: c.completed === 0 ? null : Math.round((c.workingDaysSum / c.completed) * 100) / 100,
    rated: c.rated,
    satisfied: c.satisfied,
    satisfactionRate: rate(c.satisfied, c.rated, targets.satisfactionRate),
    badRatings: c.bad,
    calledBack: c.calledBack,
    callbackRate: rate(c.calledBack, c.bad, targets.callbackRate),
    rectified: c.rectified,
    rectificationRate: rate(c.rectified, c.bad, targets.rectificationRate),
    received: c.received,
    forwarded: c.forwarded,
    handled: c.handled,
  };
}

export function statsWindow(
  cal: WorkingCalendar,
  period: { from: LocalDate; to: LocalDate; asOf: LocalDate },
  satisfiedFrom: number,
): StatsWindow {
  return {
    ...period,
    thresholds: {
      1: nthWorkingDayBack(cal, period.asOf, 1),
      6: nthWorkingDayBack(cal, period.asOf, 6),
      11: nthWorkingDayBack(cal, period.asOf, 11),
      21: nthWorkingDayBack(cal, period.asOf, 21),
    },
    satisfiedFrom,
  };
}

/** Overdue working days of a due date at asOf (0 when not overdue). */
export const overdueWorkingDays = (cal: WorkingCalendar, dueOn: LocalDate, asOf: LocalDate) =>
  cal.workingDaysBetween(dueOn, asOf);
