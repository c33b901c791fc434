// Today's card (预警) on anything with a deadline day, computed on read because it depends on the
// day: red when the deadline day has passed while the work is still due; yellow during the
// deadline's last n working days (the deadline day included); none otherwise. The list filters
// need the same rule as a date range, so both live here (rectifications, disclosure requests).
import { addCalendarDays, nthWorkingDayBack, type LocalDate, type WorkingCalendar } from './calendar';
import type { WarningLevelValue } from './value-types';

export interface DeadlineCard {
  level: WarningLevelValue;
  /** Working days after the deadline day up to and including today; 0 when not overdue. */
  overdueWorkingDays: number;
  /** Overdue and the deadline in force not yet escalated (督办). */
  shouldEscalate: boolean;
}

/** `running`: the deadline applies now (work still due, clock not stopped). */
export function deadlineCard(
  d: { running: boolean; dueOn: LocalDate; escalatedDueOn: string | null },
  today: LocalDate,
  calendar: WorkingCalendar,
  yellowWorkingDays: number,
): DeadlineCard {
  const overdue = d.running && today > d.dueOn;
  const dueSoon = d.running && !overdue && yellowWorkingDays > 0 && today >= nthWorkingDayBack(calendar, d.dueOn, yellowWorkingDays);
  return {
    level: overdue ? 'RED' : dueSoon ? 'YELLOW' : 'NONE',
    overdueWorkingDays: overdue ? calendar.workingDaysBetween(d.dueOn, today) : 0,
    shouldEscalate: overdue && d.escalatedDueOn !== d.dueOn,
  };
}

/**
 * The latest deadline that shows yellow today (deadlines from today up to it are yellow): walk
 * forward while the next day's n-th working day back is still today or earlier — a few steps,
 * holidays only lengthen it. Null when yellow cards are off (n = 0).
 */
export function lastYellowDeadline(today: LocalDate, calendar: WorkingCalendar, yellowWorkingDays: number): LocalDate | null {
  if (yellowWorkingDays <= 0) return null;
  let due = today;
  while (nthWorkingDayBack(calendar, addCalendarDays(due, 1), yellowWorkingDays) <= today) due = addCalendarDays(due, 1);
  return due;
}
