// 超期天数, one meaning for the 超期件 workbench across approval cases, public requests and
// disclosure requests, so its one column and its "days overdue ≥ N" filter compare like with like:
// the calendar days from the due day to today, both Asia/Shanghai dates. A deadline that is an
// instant (a request's promised reply time) is due on its local day. Something due on D is thus
// N days overdue on D + N, whether its limit was in working days or hours; the working-day
// measure (approvals' overdueByMoreThan, the 账龄 buckets) is a different figure and stays one.
// Whether something is overdue at all is each domain's own rule (approvals: a full working day
// past due); these helpers only measure and bound how long.
import { addCalendarDays, calendarDaysBetween, type LocalDate } from './calendar';

/** Calendar days from the due day to today (0 when due today). */
export const calendarDaysOverdue = (dueDay: LocalDate, today: LocalDate): number => calendarDaysBetween(dueDay, today);

/** The latest due day that is at least `minDays` calendar days overdue today. */
export const latestDueDayOverdueBy = (today: LocalDate, minDays: number): LocalDate => addCalendarDays(today, -minDays);

/** The start (00:00 Asia/Shanghai) of a local day, for comparing instant deadlines with days. */
export const startOfLocalDay = (day: LocalDate): Date => new Date(`${day}T00:00:00+08:00`);

/** Description shared by the three lists' filter field, so the workbench reads one rule. */
export const MIN_OVERDUE_DAYS_DESCRIPTION =
  '超期天数不少于 N — overdue now and at least N calendar days past the due day (Asia/Shanghai), the same measure as overdueDays';

/** Description shared by the three types' field. */
export const OVERDUE_DAYS_DESCRIPTION =
  '超期天数 — calendar days from the due day to today (Asia/Shanghai); null unless overdue now and still open';
