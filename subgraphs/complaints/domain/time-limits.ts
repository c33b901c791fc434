// Time limits (办理时限) of a request by priority class: hours for the urgent classes (a burst
// main does not wait for Monday), working days for the others (holidays and 调休 per the shared
// calendar). A working-day limit ends at the end of its last working day, Beijing time.
import { dueDate, toLocalDate, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import type { Priority } from './complaint-state';

export type TimeLimit = { unit: 'HOURS'; amount: number } | { unit: 'WORKING_DAYS'; amount: number };

export interface PriorityLimits {
  /** 签收: from dispatch to the 承办单位 signing it off. */
  sign: TimeLimit;
  /** 答复: from receipt (or reopening) to the reply. */
  reply: TimeLimit;
}

export type LimitTable = Readonly<Record<Priority, PriorityLimits>>;

/** Defaults (DOMAIN.md): urgent 2 hours, utilities 24 hours, ordinary 5 and complex 15 working days. */
export const DEFAULT_LIMITS: LimitTable = {
  URGENT: { sign: { unit: 'HOURS', amount: 0.5 }, reply: { unit: 'HOURS', amount: 2 } },
  UTILITIES: { sign: { unit: 'HOURS', amount: 2 }, reply: { unit: 'HOURS', amount: 24 } },
  ORDINARY: { sign: { unit: 'WORKING_DAYS', amount: 1 }, reply: { unit: 'WORKING_DAYS', amount: 5 } },
  COMPLEX: { sign: { unit: 'WORKING_DAYS', amount: 1 }, reply: { unit: 'WORKING_DAYS', amount: 15 } },
};

/** 退单 must come within one working day of the dispatch … */
export const RETURN_WINDOW: TimeLimit = { unit: 'WORKING_DAYS', amount: 1 };

/** … or, for the classes signed off within hours, within the sign-off limit: an urgent request cannot wait a day to bounce. */
export const returnWindow = (limits: PriorityLimits): TimeLimit => (limits.sign.unit === 'HOURS' ? limits.sign : RETURN_WINDOW);

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** The last instant of a local day in Beijing time (UTC+8, no daylight saving since 1991). */
export const endOfLocalDay = (day: LocalDate): Date => new Date(`${day}T23:59:59.999+08:00`);

/** The instant a limit runs out when it starts at `start`. */
export function deadline(cal: WorkingCalendar, start: Date, limit: TimeLimit): Date {
  if (limit.unit === 'HOURS') return new Date(start.getTime() + limit.amount * HOUR_MS);
  return endOfLocalDay(dueDate(cal, start, limit.amount, [])!);
}

/** 'YYYY-MM-DD HH:MM' in Beijing time: sorts as text like the instant it names. */
export function localMinute(instant: Date): string {
  return new Date(instant.getTime() + 8 * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * A request awaiting its reply is overdue (超期) once its promised deadline is before the current
 * minute. Judged to the minute because complaintStats compares deadlines as local-minute text
 * (promisedReplyLocal): the list, the request's fields and the 超期件 tile then agree at every
 * instant. A working-day deadline (23:59:59.999) is unaffected; an hour-class one counts from the
 * minute after the one it falls in.
 */
export const overdueCutoff = (now: Date): Date => new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);

/** The local day of an instant (re-exported for the domain's callers). */
export const localDay = toLocalDate;

export function describeLimit(limit: TimeLimit): { zh: string; en: string } {
  if (limit.unit === 'WORKING_DAYS') return { zh: `${limit.amount}个工作日`, en: `${limit.amount} working day${limit.amount === 1 ? '' : 's'}` };
  if (limit.amount < 1) return { zh: `${Math.round(limit.amount * 60)}分钟`, en: `${Math.round(limit.amount * 60)} minutes` };
  return { zh: `${limit.amount}小时`, en: `${limit.amount} hour${limit.amount === 1 ? '' : 's'}` };
}
