// Statutory deadlines need next year's holidays from late in the year (a 15-working-day limit set
// in mid-December ends in January). The State Council publishes the schedule in November and the
// package ships it later, so a deployment must be told, loudly and early, to add it to its
// override file (YG_CALENDAR_FILE) before deadlines start to fail with CALENDAR_YEAR_NOT_COVERED.
import { addCalendarDays, toLocalDate, yearOf } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** How far ahead limits can reach: 45 working days (joint approvals) is about 70 calendar days. */
export const COVERAGE_HORIZON_DAYS = 75;

/** A warning when deadlines set from `now` may reach a year the calendar does not cover, else null. */
export function calendarCoverageWarning(cal: WorkingCalendar, now: Date, horizonDays = COVERAGE_HORIZON_DAYS): string | null {
  const today = toLocalDate(now);
  const covered = new Set(cal.coveredYears());
  const missing = [yearOf(today), yearOf(addCalendarDays(today, horizonDays))].filter((y, i, all) => !covered.has(y) && all.indexOf(y) === i);
  if (missing.length === 0) return null;
  return (
    `工作日历未覆盖 ${missing.join('、')} 年：请在国务院办公厅公布放假安排后，将其写入 YG_CALENDAR_FILE（extraCoveredYears 与 overrides），否则跨年的办理期限将无法计算。` +
    ` / The working calendar does not cover ${missing.join(', ')}: add that year's holidays and make-up days to YG_CALENDAR_FILE (extraCoveredYears and overrides) once published, or deadlines reaching into it cannot be computed.`
  );
}
