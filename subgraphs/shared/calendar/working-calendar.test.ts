import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError } from './errors.js';
import { parseLocalDate as d } from './local-date.js';
import { createWorkingCalendar } from './working-calendar.js';

const thrown = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
};

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('working calendar', () => {
  it('covers exactly the years that chinese-days 1.5.7 has holiday data for (2004-2026)', () => {
    expect(createWorkingCalendar().coveredYears()).toEqual(range(2004, 2026));
  });

  it('treats National Day 2025 as holidays and the 调休 Sunday and Saturday as working days', () => {
    const cal = createWorkingCalendar();
    expect(cal.isWorkingDay(d('2025-09-28'))).toBe(true);
    expect(cal.isWorkingDay(d('2025-10-11'))).toBe(true);
    expect(cal.isWorkingDay(d('2025-10-01'))).toBe(false);
    expect(cal.isWorkingDay(d('2025-10-08'))).toBe(false);
    expect(cal.isWorkingDay(d('2025-10-12'))).toBe(false);
  });

  it('describes each kind of day with its reason and Chinese holiday name', () => {
    const cal = createWorkingCalendar();
    expect(cal.describe(d('2025-10-06'))).toEqual({ date: '2025-10-06', working: false, reason: 'HOLIDAY', name: '中秋' });
    expect(cal.describe(d('2025-09-28'))).toEqual({ date: '2025-09-28', working: true, reason: 'MAKEUP_WORKDAY', name: '国庆节' });
    expect(cal.describe(d('2025-10-18'))).toEqual({ date: '2025-10-18', working: false, reason: 'WEEKEND' });
    expect(cal.describe(d('2025-10-20'))).toEqual({ date: '2025-10-20', working: true, reason: 'WEEKDAY' });
  });

  it('adds 20 working days to Friday 2025-09-26 and lands on Thursday 2025-10-30', () => {
    const cal = createWorkingCalendar();
    expect(cal.addWorkingDays(d('2025-09-26'), 20)).toBe('2025-10-30');
    expect(cal.addWorkingDays(d('2025-09-26'), 0)).toBe('2025-09-26');
    // Day 3 is Tue 09-30, day 4 is Thu 10-09 right after the eight-day holiday.
    expect(cal.addWorkingDays(d('2025-09-26'), 4)).toBe('2025-10-09');
  });

  it('counts working days strictly after from and up to and including to', () => {
    const cal = createWorkingCalendar();
    expect(cal.workingDaysBetween(d('2025-09-26'), d('2025-10-30'))).toBe(20);
    expect(cal.workingDaysBetween(d('2025-09-30'), d('2025-10-08'))).toBe(0);
    expect(cal.workingDaysBetween(d('2025-10-30'), d('2025-09-26'))).toBe(0);
  });

  it('rejects a negative or fractional number of working days', () => {
    const cal = createWorkingCalendar();
    expect(() => cal.addWorkingDays(d('2025-09-26'), -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(d('2025-09-26'), 1.5)).toThrow(RangeError);
  });

  it('throws CalendarYearNotCoveredError carrying the year for 2027', () => {
    const cal = createWorkingCalendar();
    const caught = thrown(() => cal.isWorkingDay(d('2027-03-01')));
    expect(caught).toBeInstanceOf(CalendarYearNotCoveredError);
    expect(caught).toMatchObject({ code: 'CALENDAR_YEAR_NOT_COVERED', year: 2027 });
    expect((caught as Error).message).toBe(
      '工作日历未覆盖 2027 年：请更新节假日数据或在部署覆盖表中补充 / working-day calendar does not cover 2027',
    );
  });

  it('throws for years before the data too, from every entry point', () => {
    const cal = createWorkingCalendar();
    expect(() => cal.describe(d('2003-06-02'))).toThrow(CalendarYearNotCoveredError);
    expect(() => cal.addWorkingDays(d('2003-06-02'), 0)).toThrow(CalendarYearNotCoveredError);
    expect(() => cal.workingDaysBetween(d('2003-06-02'), d('2003-06-01'))).toThrow(CalendarYearNotCoveredError);
  });

  it('throws when a computation walks from a covered year into 2027', () => {
    const cal = createWorkingCalendar();
    const caught = thrown(() => cal.addWorkingDays(d('2026-12-20'), 20));
    expect(caught).toBeInstanceOf(CalendarYearNotCoveredError);
    expect(caught).toMatchObject({ year: 2027 });
    expect(() => cal.workingDaysBetween(d('2026-12-30'), d('2027-01-05'))).toThrow(CalendarYearNotCoveredError);
  });

  it('moves the due date one working day later when an override turns Monday 2025-10-20 into a holiday', () => {
    const cal = createWorkingCalendar({ overrides: [{ date: '2025-10-20', kind: 'HOLIDAY', note: '县级防汛停工' }] });
    expect(cal.addWorkingDays(d('2025-09-26'), 20)).toBe('2025-10-31');
    expect(cal.describe(d('2025-10-20'))).toEqual({ date: '2025-10-20', working: false, reason: 'OVERRIDE_HOLIDAY', name: '县级防汛停工' });
  });

  it('lets an override win over the package by turning a 调休 Saturday back into a day off', () => {
    const cal = createWorkingCalendar({ overrides: [{ date: '2025-10-11', kind: 'HOLIDAY' }] });
    expect(cal.describe(d('2025-10-11'))).toEqual({ date: '2025-10-11', working: false, reason: 'OVERRIDE_HOLIDAY' });
    expect(cal.addWorkingDays(d('2025-09-26'), 20)).toBe('2025-10-31');
  });

  it('makes 2027 usable once the deployment declares it and enters its holidays as overrides', () => {
    const cal = createWorkingCalendar({
      extraCoveredYears: [2027],
      overrides: [{ date: '2027-01-01', kind: 'HOLIDAY', note: '元旦' }],
    });
    expect(cal.coveredYears()).toEqual(range(2004, 2027));
    // Thu 2026-12-31 + 1: Fri 01-01 is 元旦, then the weekend, so Mon 2027-01-04.
    expect(cal.addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-04');
    expect(cal.describe(d('2027-01-01'))).toEqual({ date: '2027-01-01', working: false, reason: 'OVERRIDE_HOLIDAY', name: '元旦' });
  });

  it('does not treat override rows alone as declaring a year covered', () => {
    const cal = createWorkingCalendar({ overrides: [{ date: '2027-01-01', kind: 'HOLIDAY' }] });
    expect(() => cal.isWorkingDay(d('2027-01-01'))).toThrow(CalendarYearNotCoveredError);
  });

  it('rejects malformed and duplicate override rows when the calendar is created', () => {
    expect(() => createWorkingCalendar({ overrides: [{ date: '2025/10/20', kind: 'HOLIDAY' }] })).toThrow(RangeError);
    expect(() =>
      createWorkingCalendar({
        overrides: [
          { date: '2025-10-20', kind: 'HOLIDAY' },
          { date: '2025-10-20', kind: 'WORKDAY' },
        ],
      }),
    ).toThrow(/duplicate override/);
    expect(() => createWorkingCalendar({ extraCoveredYears: [2027.5] })).toThrow(RangeError);
  });
});
