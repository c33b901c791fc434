/**
 * Clock stops (暂停计时) and the deadline arithmetic derived from them.
 *
 * Why the clock stops:
 *  - 补正 (行政许可法 第32条): the case waits for the applicant to complete its
 *    materials; per the domain rules that waiting time is not counted.
 *  - 行政许可法 第45条: time needed for 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定
 *    and 专家评审 is not counted in the statutory limit.
 *
 * Day convention (民法典 第201条: a period in days starts the day after the
 * triggering event, so the receipt day is day 0):
 *  - Counted days are working days d with receivedOn < d (行政许可法 第82条).
 *  - A stop starting on local date S and ending on local date E excludes the
 *    working days d with S < d <= E. Like the receipt day, the day a stop starts
 *    still counts; the clock restarts on the day after E. A stop that starts
 *    and ends on the same date excludes nothing.
 *  - An open stop (endedAt null) freezes the clock at S: elapsed time stops at
 *    S and no due date can be computed until the stop is closed.
 *  - Excluded ranges are merged before use, so overlapping stops never
 *    subtract the same day twice.
 * Elapsed time is always derived from the segments; nothing is stored.
 */
import {
  addCalendarDays,
  maxLocalDate,
  minLocalDate,
  toLocalDate,
  type LocalDate,
} from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

export type ClockStopReason =
  | 'CORRECTION'
  | 'HEARING'
  | 'TENDER'
  | 'AUCTION'
  | 'INSPECTION'
  | 'TESTING'
  | 'QUARANTINE'
  | 'APPRAISAL'
  | 'EXPERT_REVIEW';

export const CLOCK_STOP_REASON_LABELS: Readonly<Record<ClockStopReason, string>> = {
  CORRECTION: '补正',
  HEARING: '听证',
  TENDER: '招标',
  AUCTION: '拍卖',
  INSPECTION: '检验',
  TESTING: '检测',
  QUARANTINE: '检疫',
  APPRAISAL: '鉴定',
  EXPERT_REVIEW: '专家评审',
};

/** A stop segment; other domains' stops (依申请公开's consultations) bring their own reasons. */
export interface ClockStop<Reason extends string = ClockStopReason> {
  readonly reason: Reason;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
  readonly startedBy: string;
  readonly endedBy: string | null;
}

/** Working days d with after < d <= through are not counted. */
interface ExcludedRange {
  after: LocalDate;
  through: LocalDate;
}

interface StopTimeline {
  /** Sorted, disjoint, clipped to after the receipt date. */
  readonly excluded: readonly ExcludedRange[];
  /** Start date of the earliest open stop (clipped to receipt), or null. */
  readonly frozenAt: LocalDate | null;
}

function buildTimeline(receivedOn: LocalDate, stops: readonly ClockStop<string>[]): StopTimeline {
  let frozenAt: LocalDate | null = null;
  const ranges: ExcludedRange[] = [];
  for (const stop of stops) {
    const after = maxLocalDate(toLocalDate(stop.startedAt), receivedOn);
    if (stop.endedAt === null) {
      frozenAt = frozenAt === null ? after : minLocalDate(frozenAt, after);
      continue;
    }
    const through = toLocalDate(stop.endedAt);
    if (through > after) ranges.push({ after, through });
  }
  ranges.sort((a, b) => (a.after < b.after ? -1 : a.after > b.after ? 1 : 0));
  const merged: ExcludedRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.after <= last.through) {
      last.through = maxLocalDate(last.through, range.through);
    } else {
      merged.push({ ...range });
    }
  }
  return { excluded: merged, frozenAt };
}

function isExcluded(d: LocalDate, excluded: readonly ExcludedRange[]): boolean {
  return excluded.some((r) => r.after < d && d <= r.through);
}

function assertLimit(limitDays: number): void {
  if (!Number.isInteger(limitDays) || limitDays < 0) {
    throw new RangeError(`办理时限必须为非负整数 / limitDays must be a non-negative integer, got ${limitDays}`);
  }
}

/**
 * The local date on which the `limitDays`-th counted working day after receipt
 * falls, i.e. receipt + limit working days pushed later by the working days the
 * stops exclude. A stop that only begins after this date cannot extend it.
 * Returns null while any stop is open (the clock is frozen).
 */
export function dueDate(
  cal: WorkingCalendar,
  receivedAt: Date,
  limitDays: number,
  stops: readonly ClockStop<string>[],
): LocalDate | null {
  assertLimit(limitDays);
  const receivedOn = toLocalDate(receivedAt);
  const { excluded, frozenAt } = buildTimeline(receivedOn, stops);
  if (frozenAt !== null) return null;
  let current = cal.addWorkingDays(receivedOn, 0); // coverage check for limitDays = 0
  for (let counted = 0; counted < limitDays; ) {
    current = addCalendarDays(current, 1);
    if (cal.isWorkingDay(current) && !isExcluded(current, excluded)) counted += 1;
  }
  return current;
}

/** Counted working days from receipt up to asOf's local date, frozen at an open stop's start. */
export function elapsedWorkingDays(
  cal: WorkingCalendar,
  receivedAt: Date,
  asOf: Date,
  stops: readonly ClockStop<string>[],
): number {
  const receivedOn = toLocalDate(receivedAt);
  const { excluded, frozenAt } = buildTimeline(receivedOn, stops);
  const asOfDate = toLocalDate(asOf);
  const end = frozenAt === null ? asOfDate : minLocalDate(asOfDate, frozenAt);
  let stopped = 0;
  for (const range of excluded) {
    if (range.after < end) stopped += cal.workingDaysBetween(range.after, minLocalDate(range.through, end));
  }
  return cal.workingDaysBetween(receivedOn, end) - stopped;
}

/**
 * limitDays - elapsed. 0 on the due date itself, negative once working days
 * past the due date have elapsed (overdue).
 */
export function remainingWorkingDays(
  cal: WorkingCalendar,
  receivedAt: Date,
  limitDays: number,
  asOf: Date,
  stops: readonly ClockStop[],
): number {
  assertLimit(limitDays);
  return limitDays - elapsedWorkingDays(cal, receivedAt, asOf, stops);
}

export type ClockStopProblemCode =
  | 'UNKNOWN_REASON'
  | 'INVALID_TIMESTAMP'
  | 'END_BEFORE_START'
  | 'END_ACTOR_MISMATCH'
  | 'STARTS_BEFORE_RECEIPT'
  | 'OVERLAP'
  | 'MULTIPLE_OPEN';

export interface ClockStopProblem {
  readonly code: ClockStopProblemCode;
  /** Zero-based positions in the input array. */
  readonly indexes: readonly number[];
  /** Chinese, then English. */
  readonly message: string;
}

const isValidInstant = (d: Date | null): boolean => d === null || !Number.isNaN(d.getTime());

/**
 * Checks stop segments without throwing. Segments are half-open instants
 * [startedAt, endedAt); an open stop runs to infinity, so any stop starting
 * after an open one overlaps it.
 */
export function validateStops(
  stops: readonly ClockStop[],
  options: { readonly receivedAt?: Date } = {},
): ClockStopProblem[] {
  const problems: ClockStopProblem[] = [];
  const intervals: Array<{ index: number; start: number; end: number }> = [];
  const open: number[] = [];

  stops.forEach((stop, index) => {
    const n = index + 1;
    if (!Object.hasOwn(CLOCK_STOP_REASON_LABELS, stop.reason)) {
      problems.push({ code: 'UNKNOWN_REASON', indexes: [index], message: `第 ${n} 段暂停的原因无效 / stop #${n} has an unknown reason` });
    }
    if (!isValidInstant(stop.startedAt) || !isValidInstant(stop.endedAt)) {
      problems.push({ code: 'INVALID_TIMESTAMP', indexes: [index], message: `第 ${n} 段暂停的时间无效 / stop #${n} has an invalid timestamp` });
      return;
    }
    if ((stop.endedAt === null) !== (stop.endedBy === null)) {
      problems.push({ code: 'END_ACTOR_MISMATCH', indexes: [index], message: `第 ${n} 段暂停的结束时间与结束人须同时填写 / stop #${n}: endedAt and endedBy must be set together` });
    }
    const start = stop.startedAt.getTime();
    if (options.receivedAt && start < options.receivedAt.getTime()) {
      problems.push({ code: 'STARTS_BEFORE_RECEIPT', indexes: [index], message: `第 ${n} 段暂停早于收件时间 / stop #${n} starts before the application was received` });
    }
    if (stop.endedAt === null) {
      open.push(index);
      intervals.push({ index, start, end: Number.POSITIVE_INFINITY });
    } else if (stop.endedAt.getTime() < start) {
      problems.push({ code: 'END_BEFORE_START', indexes: [index], message: `第 ${n} 段暂停的结束时间早于开始时间 / stop #${n} ends before it starts` });
    } else {
      intervals.push({ index, start, end: stop.endedAt.getTime() });
    }
  });

  for (let i = 0; i < intervals.length; i += 1) {
    for (let j = i + 1; j < intervals.length; j += 1) {
      const a = intervals[i];
      const b = intervals[j];
      if (a && b && a.start < b.end && b.start < a.end) {
        const [x, y] = [a.index + 1, b.index + 1];
        problems.push({ code: 'OVERLAP', indexes: [a.index, b.index], message: `第 ${x} 段与第 ${y} 段暂停时间重叠 / stops #${x} and #${y} overlap` });
      }
    }
  }

  if (open.length > 1) {
    const list = open.map((i) => i + 1);
    problems.push({ code: 'MULTIPLE_OPEN', indexes: open, message: `存在多段未结束的暂停（第 ${list.join('、')} 段）/ more than one open stop (#${list.join(', #')})` });
  }
  return problems;
}
