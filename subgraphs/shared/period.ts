// Reporting periods (统计期间): a custom range of local dates, or a year, quarter or month.
// Every domain's `…Stats(period)` takes the same input, so the dashboard can ask all of them
// for "2025 Q3" and get comparable figures.
import { addCalendarDays, minLocalDate, parseLocalDate, toLocalDate, type LocalDate } from './calendar';
import { badInput, userError, type UserError } from './errors';

export interface PeriodInput {
  from?: string | null;
  to?: string | null;
  year?: number | null;
  quarter?: number | null;
  month?: number | null;
}

export interface Period {
  /** First day, inclusive. */
  from: LocalDate;
  /** Last day, inclusive. */
  to: LocalDate;
  /** The day snapshots (open, overdue) are taken on: the last day, or today if earlier. */
  asOf: LocalDate;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Longest range accepted: long ranges are fine for SQL, but a typo like 20250 is not. */
const MAX_RANGE_DAYS = 366 * 10;

export function resolvePeriod(input: PeriodInput, today: LocalDate, field = 'period'): { period: Period } | { error: UserError } {
  const hasRange = input.from != null || input.to != null;
  const hasCalendar = input.year != null || input.quarter != null || input.month != null;
  if (hasRange === hasCalendar) {
    return {
      error: userError(field, 'PERIOD_ONE_FORM', '统计期间须为起止日期，或年份（可加季度或月份）之一', 'give either from and to, or a year (with an optional quarter or month)'),
    };
  }
  if (hasRange) {
    if (input.from == null || input.to == null) {
      return { error: userError(`${field}.${input.from == null ? 'from' : 'to'}`, 'REQUIRED', '请同时填写起止日期', 'both from and to are required') };
    }
    let from: LocalDate;
    let to: LocalDate;
    try {
      from = parseLocalDate(input.from);
    } catch {
      return { error: userError(`${field}.from`, 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD') };
    }
    try {
      to = parseLocalDate(input.to);
    } catch {
      return { error: userError(`${field}.to`, 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD') };
    }
    if (to < from) return { error: userError(`${field}.to`, 'RANGE_ORDER', '结束日期不能早于开始日期', 'to cannot be before from') };
    if (addCalendarDays(from, MAX_RANGE_DAYS) < to) {
      return { error: userError(`${field}.to`, 'RANGE_TOO_LONG', '统计期间不能超过十年', 'a period spans at most ten years') };
    }
    return { period: { from, to, asOf: minLocalDate(to, today), label: `${from} – ${to}` } };
  }
  const year = input.year;
  if (year == null || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return { error: userError(`${field}.year`, 'YEAR_RANGE', '年份应在 2000–2100 之间', 'the year is between 2000 and 2100') };
  }
  if (input.quarter != null && input.month != null) {
    return { error: userError(`${field}.month`, 'QUARTER_OR_MONTH', '季度和月份只能选一个', 'give a quarter or a month, not both') };
  }
  let fromMonth = 1;
  let toMonth = 12;
  let label = `${year}年`;
  if (input.quarter != null) {
    if (!Number.isInteger(input.quarter) || input.quarter < 1 || input.quarter > 4) {
      return { error: userError(`${field}.quarter`, 'QUARTER_RANGE', '季度为 1–4', 'the quarter is 1 to 4') };
    }
    fromMonth = input.quarter * 3 - 2;
    toMonth = input.quarter * 3;
    label = `${year}年第${input.quarter}季度`;
  } else if (input.month != null) {
    if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12) {
      return { error: userError(`${field}.month`, 'MONTH_RANGE', '月份为 1–12', 'the month is 1 to 12') };
    }
    fromMonth = input.month;
    toMonth = input.month;
    label = `${year}年${input.month}月`;
  }
  const from = parseLocalDate(`${year}-${pad(fromMonth)}-01`);
  const to = parseLocalDate(`${year}-${pad(toMonth)}-${pad(lastDayOfMonth(year, toMonth))}`);
  return { period: { from, to, asOf: minLocalDate(to, today), label } };
}

/** The period a `…Stats(period)` argument asks for, relative to now; bad input is a typed BAD_USER_INPUT error. */
export function periodOrThrow(input: PeriodInput, now: Date): Period {
  const resolved = resolvePeriod(input, toLocalDate(now), 'period');
  if ('error' in resolved) throw badInput(resolved.error);
  return resolved.period;
}

/**
 * Longest monthly trend: two years of months is as much as a chart can show, and it bounds the
 * rows × windows the one statement per domain evaluates (sql-params.ts windowTable).
 */
export const MAX_TREND_MONTHS = 24;

const monthIndex = (day: LocalDate) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/**
 * The calendar months a period touches, oldest first, each clipped to the period's first and
 * last day, none starting after the snapshot day (so the current month is the last). Each is
 * the period `…Stats(period: {from, to})` resolves for that month today: its snapshot is its
 * last day, or today (= the period's asOf) when that is earlier.
 */
export function monthsOf(period: Pick<Period, 'from' | 'to' | 'asOf'>): Period[] {
  const months: Period[] = [];
  for (let m = monthIndex(period.from); m <= monthIndex(period.asOf); m += 1) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    const start = parseLocalDate(`${year}-${pad(month)}-01`);
    const end = parseLocalDate(`${year}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`);
    const from = start < period.from ? period.from : start;
    const to = minLocalDate(end, period.to);
    if (from > period.asOf) break;
    const label = from === start && to === end ? `${year}年${month}月` : `${from} – ${to}`;
    months.push({ from, to, asOf: minLocalDate(to, period.asOf), label });
  }
  return months;
}

/**
 * The period a `…Trend(period)` argument asks for; refused (BAD_USER_INPUT, rule
 * TREND_MONTHS_MAX) when it touches more than MAX_TREND_MONTHS calendar months.
 */
export function trendPeriodOrThrow(input: PeriodInput, now: Date): Period {
  const period = periodOrThrow(input, now);
  if (monthIndex(period.to) - monthIndex(period.from) + 1 > MAX_TREND_MONTHS) {
    throw badInput(
      userError('period', 'TREND_MONTHS_MAX', `月度趋势最多 ${MAX_TREND_MONTHS} 个月，请缩短统计期间`, `a monthly trend spans at most ${MAX_TREND_MONTHS} months; shorten the period`),
    );
  }
  return period;
}

/**
 * A `…Trend(period)` field's answer, the same rule in every domain: the period checked first
 * (TREND_MONTHS_MAX, even outside the caller's scope), null outside the scope, then `prepare`
 * loads the subject's figures for the whole period once and returns each month's value.
 */
export async function monthlyTrend<T>(
  input: PeriodInput,
  now: Date,
  inScope: boolean,
  prepare: (period: Period) => Promise<(month: Period, index: number) => T>,
): Promise<T[] | null> {
  const period = trendPeriodOrThrow(input, now);
  if (!inScope) return null;
  const valueOf = await prepare(period);
  return monthsOf(period).map((month, index) => valueOf(month, index));
}
