import { describe, expect, it } from 'vitest';
import { dueDate, elapsedWorkingDays, remainingWorkingDays, validateStops, type ClockStop } from './clock-stops.js';
import { CalendarYearNotCoveredError } from './errors.js';
import { createWorkingCalendar } from './working-calendar.js';

const cal = createWorkingCalendar();
// 10:00 Shanghai on Fri 2025-09-26.
const received = new Date('2025-09-26T02:00:00Z');
/** An instant at 10:00 Shanghai time on the given date. */
const at = (date: string): Date => new Date(`${date}T10:00:00+08:00`);

const stop = (startedAt: Date, endedAt: Date | null, reason: ClockStop['reason'] = 'CORRECTION'): ClockStop => ({
  reason,
  startedAt,
  endedAt,
  startedBy: 'officer-1',
  endedBy: endedAt === null ? null : 'officer-1',
});

// 补正 from Thu 2025-10-09 to Mon 2025-10-13 excludes the working days d with
// 10-09 < d <= 10-13: Fri 10-10, Sat 10-11 (调休 make-up day) and Mon 10-13
// (Sun 10-12 is not a working day) = 3 working days. Without stops the due
// date is Thu 10-30; three working days later is Fri 10-31, Mon 11-03, Tue 11-04.
const correction = stop(at('2025-10-09'), at('2025-10-13'));

describe('clock stops', () => {
  it('gives Thursday 2025-10-30 as the due date of a 20-day limit received Friday 2025-09-26', () => {
    expect(dueDate(cal, received, 20, [])).toBe('2025-10-30');
  });

  it('uses the Shanghai date of receipt even when the UTC date is the day before', () => {
    expect(dueDate(cal, new Date('2025-09-25T16:30:00Z'), 20, [])).toBe('2025-10-30');
  });

  it('pushes the due date by exactly the three working days a 补正 stop excludes', () => {
    expect(dueDate(cal, received, 20, [correction])).toBe('2025-11-04');
  });

  it('excludes the stop end day when the stop ends after Shanghai midnight', () => {
    // Ends 2025-10-13T17:00Z = Tue 10-14 01:00 Shanghai, so Tue 10-14 is excluded too.
    const late = stop(at('2025-10-09'), new Date('2025-10-13T17:00:00Z'));
    expect(dueDate(cal, received, 20, [late])).toBe('2025-11-05');
  });

  it('excludes nothing for a stop that starts and ends on the same day', () => {
    const sameDay = stop(new Date('2025-10-09T01:00:00Z'), new Date('2025-10-09T08:00:00Z'), 'HEARING');
    expect(dueDate(cal, received, 20, [sameDay])).toBe('2025-10-30');
  });

  it('counts elapsed working days minus the excluded ones and goes negative when overdue', () => {
    // (09-26, 10-20] has 12 working days: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11,
    // 10-13 .. 10-17, 10-20; the stop removes 10-10, 10-11, 10-13, leaving 9.
    expect(elapsedWorkingDays(cal, received, at('2025-10-20'), [correction])).toBe(9);
    expect(remainingWorkingDays(cal, received, 20, at('2025-10-20'), [correction])).toBe(11);
    expect(remainingWorkingDays(cal, received, 20, at('2025-11-04'), [correction])).toBe(0);
    expect(remainingWorkingDays(cal, received, 20, at('2025-11-05'), [correction])).toBe(-1);
  });

  it('returns no due date while a stop is open and freezes elapsed days at its start', () => {
    const open = stop(at('2025-10-09'), null, 'EXPERT_REVIEW');
    expect(dueDate(cal, received, 20, [open])).toBeNull();
    // Counted days up to Thu 10-09: 09-28, 09-29, 09-30, 10-09 = 4, whatever asOf is.
    expect(elapsedWorkingDays(cal, received, at('2025-10-20'), [open])).toBe(4);
    expect(elapsedWorkingDays(cal, received, at('2025-11-28'), [open])).toBe(4);
    expect(remainingWorkingDays(cal, received, 20, at('2025-11-28'), [open])).toBe(16);
  });

  it('never subtracts the same day twice when stops overlap', () => {
    // Union of (10-09, 10-13] and (10-10, 10-14] is (10-09, 10-14]: 10-10, 10-11,
    // 10-13, 10-14 = 4 working days, so 10-30 + 4 = Wed 11-05 (double counting
    // would give 3 + 3 = 6 and Fri 11-07).
    const second = stop(at('2025-10-10'), at('2025-10-14'), 'TESTING');
    expect(dueDate(cal, received, 20, [correction, second])).toBe('2025-11-05');
    expect(elapsedWorkingDays(cal, received, at('2025-10-20'), [correction, second])).toBe(8);
  });

  it('does not let a stop begun after the deadline revive it', () => {
    const late = stop(at('2025-11-03'), at('2025-11-10'), 'APPRAISAL');
    expect(dueDate(cal, received, 20, [late])).toBe('2025-10-30');
  });

  it('throws CalendarYearNotCoveredError when the due date would fall in 2027', () => {
    expect(() => dueDate(cal, new Date('2026-12-20T02:00:00Z'), 20, [])).toThrow(CalendarYearNotCoveredError);
  });

  it('reports overlapping stops with both positions', () => {
    const second = stop(at('2025-10-10'), at('2025-10-14'), 'TESTING');
    expect(validateStops([correction, second])).toEqual([
      { code: 'OVERLAP', indexes: [0, 1], message: '第 1 段与第 2 段暂停时间重叠 / stops #1 and #2 overlap' },
    ]);
  });

  it('accepts back-to-back stops where one ends exactly when the next starts', () => {
    const next = stop(at('2025-10-13'), at('2025-10-15'), 'INSPECTION');
    expect(validateStops([correction, next])).toEqual([]);
  });

  it('reports an end before its start and more than one open stop', () => {
    const backwards = stop(at('2025-10-13'), at('2025-10-09'));
    const openA = stop(at('2025-10-20'), null, 'HEARING');
    const openB = stop(at('2025-10-22'), null, 'AUCTION');
    const codes = validateStops([backwards, openA, openB]).map((p) => [p.code, p.indexes]);
    expect(codes).toEqual([
      ['END_BEFORE_START', [0]],
      ['OVERLAP', [1, 2]],
      ['MULTIPLE_OPEN', [1, 2]],
    ]);
  });

  it('reports a stop before receipt and an end time without an end actor', () => {
    const early: ClockStop = { ...stop(at('2025-09-20'), at('2025-09-22')), endedBy: null };
    expect(validateStops([early], { receivedAt: received }).map((p) => p.code)).toEqual([
      'END_ACTOR_MISMATCH',
      'STARTS_BEFORE_RECEIPT',
    ]);
  });
});
