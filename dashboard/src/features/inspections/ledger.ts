// What the rectification ledger shows beside each row and how its filter and page live in the
// URL. Pure: "today" is passed in (Asia/Shanghai), so the same row reads the same in tests.
import { differenceInCalendarDays, parseISO } from 'date-fns';

export type RectificationState = 'OPEN' | 'IN_PROGRESS' | 'SUBMITTED' | 'REOPENED' | 'VERIFIED';
export type WarningLevel = 'NONE' | 'YELLOW' | 'RED';

/** Every state in which the rectification is not yet verified (销号). */
export const OPEN_STATES: RectificationState[] = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'REOPENED'];

export type LedgerMode = 'overdue' | 'open';

/** The ledger opens on the overdue ones: they are what a supervisor acts on first. */
export function parseLedgerMode(text: string | null): LedgerMode {
  return text === 'open' ? 'open' : 'overdue';
}

export function ledgerFilter(unitId: string, mode: LedgerMode) {
  return mode === 'overdue' ? { withinId: unitId, overdueOnly: true } : { withinId: unitId, states: OPEN_STATES };
}

export interface PageRequest {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** A cursor page from the URL: `after` pages forward, `before` backward; neither is the first page. */
export function pageRequest(after: string | null, before: string | null, size: number): PageRequest {
  if (before) return { last: size, before };
  if (after) return { first: size, after };
  return { first: size };
}

export interface DeadlineInput {
  state: RectificationState;
  dueOn: string;
  warning: { level: WarningLevel; overdueWorkingDays: number };
}

export type DeadlineStatus =
  | { kind: 'overdue'; workingDays: number }
  | { kind: 'due'; days: number; soon: boolean }
  | { kind: 'awaiting' }
  | { kind: 'closed' };

/**
 * Where a row stands against its deadline. Overdue counts working days, as the API's card does
 * (deadlines are set in working days); the time left is in calendar days, which is what people
 * read off a calendar. Once submitted the clock is the inspecting office's, not the owner's.
 */
export function deadlineStatus(r: DeadlineInput, today: string): DeadlineStatus {
  if (r.state === 'VERIFIED') return { kind: 'closed' };
  if (r.state === 'SUBMITTED') return { kind: 'awaiting' };
  if (r.warning.level === 'RED' || r.warning.overdueWorkingDays > 0) return { kind: 'overdue', workingDays: r.warning.overdueWorkingDays };
  return { kind: 'due', days: differenceInCalendarDays(parseISO(r.dueOn), parseISO(today)), soon: r.warning.level === 'YELLOW' };
}
