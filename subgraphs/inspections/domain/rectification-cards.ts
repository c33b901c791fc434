// Today's card (预警) on a rectification (shared/deadline-cards.ts): its deadline runs while the
// owner still has to act.
import type { LocalDate, WorkingCalendar } from '../../shared/calendar';
import { deadlineCard, type DeadlineCard } from '../../shared/deadline-cards';
import { ACTIVE_STATES, type RectificationState } from './rectification';

export { lastYellowDeadline } from '../../shared/deadline-cards';
export type RectificationCard = DeadlineCard;

export function rectificationCard(
  r: { state: string; dueOn: string; escalatedDueOn: string | null },
  today: LocalDate,
  calendar: WorkingCalendar,
  yellowWorkingDays: number,
): RectificationCard {
  const running = ACTIVE_STATES.includes(r.state as RectificationState);
  return deadlineCard({ running, dueOn: r.dueOn as LocalDate, escalatedDueOn: r.escalatedDueOn }, today, calendar, yellowWorkingDays);
}
