/**
 * Working-day calendar for statutory limits.
 *
 * 行政许可法 第82条: the limits in that law are counted in working days, not
 * including statutory holidays. A day is a working day unless it is a weekend
 * or a national holiday; 调休 make-up days (often a Saturday or Sunday) ARE
 * working days. Precedence: deployment override > chinese-days data > weekday.
 */
import { CalendarYearNotCoveredError } from './errors.js';
import { packageHolidayData } from './holiday-data.js';
import { addCalendarDays, parseLocalDate, weekday, yearOf, type LocalDate } from './local-date.js';

export type CalendarOverrideKind = 'WORKDAY' | 'HOLIDAY';

/** One row of the per-deployment override table; wins over the package data. */
export interface CalendarOverride {
  readonly date: string;
  readonly kind: CalendarOverrideKind;
  readonly note?: string;
}

export interface WorkingCalendarOptions {
  readonly overrides?: readonly CalendarOverride[];
  /**
   * Years the deployment vouches for itself (e.g. it has entered next year's
   * State Council notice as overrides before chinese-days ships it). Override
   * rows alone do NOT make a year covered: a half-entered year must still fail.
   */
  readonly extraCoveredYears?: readonly number[];
}

export type DayReason =
  | 'WEEKDAY'
  | 'WEEKEND'
  | 'HOLIDAY'
  | 'MAKEUP_WORKDAY'
  | 'OVERRIDE_WORKDAY'
  | 'OVERRIDE_HOLIDAY';

export interface DayDescription {
  readonly date: LocalDate;
  readonly working: boolean;
  readonly reason: DayReason;
  /** Holiday name in Chinese (e.g. 国庆节), or the override's note. */
  readonly name?: string;
}

export interface WorkingCalendar {
  isWorkingDay(d: LocalDate): boolean;
  /** The date on which the n-th working day after `start` falls; n = 0 returns start. */
  addWorkingDays(start: LocalDate, n: number): LocalDate;
  /** Number of working days d with from < d <= to; 0 when to <= from. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  coveredYears(): number[];
  describe(d: LocalDate): DayDescription;
}

function indexOverrides(overrides: readonly CalendarOverride[]): Map<LocalDate, CalendarOverride> {
  const byDate = new Map<LocalDate, CalendarOverride>();
  for (const row of overrides) {
    const date = parseLocalDate(row.date);
    if (row.kind !== 'WORKDAY' && row.kind !== 'HOLIDAY') {
      throw new RangeError(`覆盖表 ${row.date} 的类型无效 / invalid override kind for ${row.date}`);
    }
    if (byDate.has(date)) {
      throw new RangeError(`覆盖表中 ${row.date} 重复 / duplicate override row for ${row.date}`);
    }
    byDate.set(date, row);
  }
  return byDate;
}

function validateYears(years: readonly number[]): number[] {
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      throw new RangeError(`无效年份 ${year} / invalid extra covered year ${year}`);
    }
  }
  return [...years];
}

export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const data = packageHolidayData;
  const overrides = indexOverrides(options.overrides ?? []);
  const covered = new Set<number>([
    ...data.coveredYears,
    ...validateYears(options.extraCoveredYears ?? []),
  ]);

  const assertCovered = (d: LocalDate): void => {
    const year = yearOf(d);
    if (!covered.has(year)) throw new CalendarYearNotCoveredError(year);
  };

  // Assumes d is valid and covered; the public methods check both.
  const classify = (d: LocalDate): DayDescription => {
    const override = overrides.get(d);
    if (override) {
      const working = override.kind === 'WORKDAY';
      const reason: DayReason = working ? 'OVERRIDE_WORKDAY' : 'OVERRIDE_HOLIDAY';
      return override.note ? { date: d, working, reason, name: override.note } : { date: d, working, reason };
    }
    const makeup = data.makeupWorkdays.get(d);
    if (makeup) return { date: d, working: true, reason: 'MAKEUP_WORKDAY', name: makeup.nameZh };
    const holiday = data.holidays.get(d);
    if (holiday) return { date: d, working: false, reason: 'HOLIDAY', name: holiday.nameZh };
    const dow = weekday(d);
    return dow === 0 || dow === 6
      ? { date: d, working: false, reason: 'WEEKEND' }
      : { date: d, working: true, reason: 'WEEKDAY' };
  };

  // Each day stepped onto is re-checked, so a walk into an uncovered year throws.
  const isWorking = (d: LocalDate): boolean => {
    assertCovered(d);
    return classify(d).working;
  };

  const checked = (d: LocalDate): LocalDate => {
    const valid = parseLocalDate(d);
    assertCovered(valid);
    return valid;
  };

  return {
    isWorkingDay: (d) => isWorking(checked(d)),

    describe: (d) => classify(checked(d)),

    addWorkingDays(start, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`工作日数必须为非负整数 / n must be a non-negative integer, got ${n}`);
      }
      let current = checked(start);
      for (let remaining = n; remaining > 0; ) {
        current = addCalendarDays(current, 1);
        if (isWorking(current)) remaining -= 1;
      }
      return current;
    },

    workingDaysBetween(from, to) {
      let current = checked(from);
      const end = checked(to);
      let count = 0;
      while (current < end) {
        current = addCalendarDays(current, 1);
        if (isWorking(current)) count += 1;
      }
      return count;
    },

    coveredYears: () => [...covered].sort((a, b) => a - b),
  };
}
