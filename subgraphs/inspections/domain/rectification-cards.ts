// Today's card (预警) on a rectification, computed on read because it depends on the day: red when
// the owner still has to act and the deadline day has passed; yellow during the deadline's last n
// working days (the deadline day included); none otherwise. The list filter needs the same rule
// as a date range, so both live here.
import { addCalendarDays, nthWorkingDayBack, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import type { WarningLevelValue } from '../../shared/value-types';
import { ACTIVE_STATES, type RectificationState } from './rectification';

export interface RectificationCard {
  level: WarningLevelValue;
  /** Working days after the deadline day up to and including today; 0 when not overdue. */
  overdueWorkingDays: number;
  /** Overdue and the deadline in force not yet escalated (督办). */
  shouldEscalate: boolean;
}

export function rectificationCard(
  r: { state: string; dueOn: string; escalatedDueOn: string | null },
  today: LocalDate,
  calendar: WorkingCalendar,
  yellowWorkingDays: number,
): RectificationCard {
  const active = ACTIVE_STATES.includes(r.state as RectificationState);
  const dueOn = r.dueOn as LocalDate;
  const overdue = active && today > dueOn;
  const dueSoon = active && !overdue && yellowWorkingDays > 0 && today >= nthWorkingDayBack(calendar, dueOn, yellowWorkingDays);
  return {
    level: overdue ? 'RED' : dueSoon ? 'YELLOW' : 'NONE',
    overdueWorkingDays: overdue ? calendar.workingDaysBetween(dueOn, today) : 0,
    shouldEscalate: overdue && r.escalatedDueOn !== r.dueOn,
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
