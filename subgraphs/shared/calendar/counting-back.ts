// Counting working days backwards from a snapshot day, for "overdue by at least n working days"
// filters and ageing buckets: a due date before the n-th working day back is ≥ n days overdue.
import { addCalendarDays, type LocalDate } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** The n-th working day counting back from asOf (asOf itself counts when it is a working day). */
export function nthWorkingDayBack(cal: WorkingCalendar, asOf: LocalDate, n: number): LocalDate {
  let day = asOf;
  let seen = 0;
  for (;;) {
    if (cal.isWorkingDay(day)) {
      seen += 1;
      if (seen === n) return day;
    }
    day = addCalendarDays(day, -1);
  }
}
