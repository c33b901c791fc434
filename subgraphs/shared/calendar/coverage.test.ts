import { describe, expect, it } from 'vitest';
import { calendarCoverageWarning } from './coverage';
import { createWorkingCalendar } from './working-calendar';

describe('calendarCoverageWarning', () => {
  const cal = createWorkingCalendar();
  const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

  it('is silent while every deadline set today stays in covered years', () => {
    expect(calendarCoverageWarning(cal, at('2026-06-01'))).toBeNull();
    expect(calendarCoverageWarning(cal, at('2026-10-17'))).toBeNull();
  });

  it('names next year once limits set today can reach it', () => {
    expect(calendarCoverageWarning(cal, at('2026-10-18'))).toContain('2027');
    expect(calendarCoverageWarning(cal, at('2026-11-22'))).toMatch(/YG_CALENDAR_FILE/);
  });

  it('is silent again when the deployment declares the year', () => {
    const withNext = createWorkingCalendar({ extraCoveredYears: [2027] });
    expect(calendarCoverageWarning(withNext, at('2026-11-22'))).toBeNull();
  });
});
