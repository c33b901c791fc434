export {
  addCalendarDays,
  calendarDaysBetween,
  CASE_TIME_ZONE,
  compareLocalDate,
  maxLocalDate,
  minLocalDate,
  parseLocalDate,
  toLocalDate,
  weekday,
  yearOf,
  type LocalDate,
} from './local-date.js';
export { CalendarYearNotCoveredError } from './errors.js';
export {
  createWorkingCalendar,
  type CalendarOverride,
  type CalendarOverrideKind,
  type DayDescription,
  type DayReason,
  type WorkingCalendar,
  type WorkingCalendarOptions,
} from './working-calendar.js';
export {
  CLOCK_STOP_REASON_LABELS,
  dueDate,
  elapsedWorkingDays,
  remainingWorkingDays,
  validateStops,
  type ClockStop,
  type ClockStopProblem,
  type ClockStopProblemCode,
  type ClockStopReason,
} from './clock-stops.js';
export { createDeploymentCalendar, parseCalendarOverrides, type CalendarOverrideFile } from './deployment-calendar.js';
export { nthWorkingDayBack } from './counting-back.js';
export { calendarCoverageWarning, COVERAGE_HORIZON_DAYS } from './coverage.js';
