import { describe, expect, it } from 'vitest';
import { CalendarYearNotCoveredError, parseLocalDate } from '../../shared/calendar';
import { deadline, DEFAULT_LIMITS, describeLimit, endOfLocalDay, localDay, localMinute, RETURN_WINDOW, type TimeLimit } from './time-limits';
import { at, cal, endOf, HOUR } from './testing/requests';

// 2025 calendar facts used below (chinese-days data):
//  - 国庆/中秋: holidays Wed 10-01 … Wed 10-08; 调休 working days Sun 09-28 and Sat 10-11.
//  - 春节: holidays Tue 01-28 … Tue 02-04; 调休 working days Sun 01-26 and Sat 02-08.

const hours = (amount: number): TimeLimit => ({ unit: 'HOURS', amount });
const workingDays = (amount: number): TimeLimit => ({ unit: 'WORKING_DAYS', amount });

describe('DEFAULT_LIMITS', () => {
  it('are the DOMAIN.md reply limits: urgent 2 hours, utilities 24 hours, ordinary 5 and complex 15 working days', () => {
    expect(DEFAULT_LIMITS.URGENT.reply).toEqual(hours(2));
    expect(DEFAULT_LIMITS.UTILITIES.reply).toEqual(hours(24));
    expect(DEFAULT_LIMITS.ORDINARY.reply).toEqual(workingDays(5));
    expect(DEFAULT_LIMITS.COMPLEX.reply).toEqual(workingDays(15));
  });

  it('have sign-off limits shorter than the reply limits, and a one-working-day return window', () => {
    expect(DEFAULT_LIMITS.URGENT.sign).toEqual(hours(0.5));
    expect(DEFAULT_LIMITS.UTILITIES.sign).toEqual(hours(2));
    expect(DEFAULT_LIMITS.ORDINARY.sign).toEqual(workingDays(1));
    expect(DEFAULT_LIMITS.COMPLEX.sign).toEqual(workingDays(1));
    expect(RETURN_WINDOW).toEqual(workingDays(1));
  });
});

describe('deadline in hours (natural hours)', () => {
  it('gives an urgent request 2 hours, across midnight', () => {
    expect(deadline(cal, at('2025-11-07', '23:00'), DEFAULT_LIMITS.URGENT.reply)).toEqual(at('2025-11-08', '01:00'));
  });

  it('keeps seconds and milliseconds of the start', () => {
    const start = new Date('2025-11-07T02:03:04.567Z');
    expect(deadline(cal, start, hours(2)).toISOString()).toBe('2025-11-07T04:03:04.567Z');
  });

  it('gives utilities 24 hours through a weekend: Fri 20:00 → Sat 20:00', () => {
    expect(deadline(cal, at('2025-11-14', '20:00'), DEFAULT_LIMITS.UTILITIES.reply)).toEqual(at('2025-11-15', '20:00'));
  });

  it('does not skip public holidays: Tue 2025-09-30 18:00 → Wed 10-01 18:00 (国庆)', () => {
    expect(deadline(cal, at('2025-09-30', '18:00'), hours(24))).toEqual(at('2025-10-01', '18:00'));
  });

  it('handles fractions of an hour (urgent sign-off in 30 minutes)', () => {
    expect(deadline(cal, at('2025-11-03', '10:05'), DEFAULT_LIMITS.URGENT.sign)).toEqual(at('2025-11-03', '10:35'));
    expect(deadline(cal, at('2025-11-03', '10:05'), hours(1.25)).getTime() - at('2025-11-03', '10:05').getTime()).toBe(1.25 * HOUR);
  });

  it('does not consult the calendar, so a year it does not cover is fine', () => {
    expect(deadline(cal, at('2030-01-01', '10:00'), hours(2))).toEqual(at('2030-01-01', '12:00'));
  });
});

describe('deadline in working days', () => {
  it('counts from the day after receipt: Mon 2025-11-03 + 5 → Mon 11-10, end of day Beijing time', () => {
    const due = deadline(cal, at('2025-11-03', '09:00'), workingDays(5));
    expect(due).toEqual(endOf('2025-11-10'));
    expect(due.toISOString()).toBe('2025-11-10T15:59:59.999Z');
  });

  it('skips weekends: Fri 11-07 + 5 → Fri 11-14; a Saturday receipt counts from Monday', () => {
    expect(deadline(cal, at('2025-11-07', '16:00'), workingDays(5))).toEqual(endOf('2025-11-14'));
    expect(deadline(cal, at('2025-11-08', '11:00'), workingDays(5))).toEqual(endOf('2025-11-14'));
    expect(deadline(cal, at('2025-11-08', '11:00'), workingDays(1))).toEqual(endOf('2025-11-10'));
  });

  it('does not depend on the hour of receipt within the day', () => {
    expect(deadline(cal, at('2025-11-03', '00:00'), workingDays(5))).toEqual(endOf('2025-11-10'));
    expect(deadline(cal, at('2025-11-03', '23:59:59.999'), workingDays(5))).toEqual(endOf('2025-11-10'));
  });

  it('counts 国庆 2025 as holidays and Sun 09-28 and Sat 10-11 as working days', () => {
    // From Fri 09-26: 09-28, 09-29, 09-30, 10-09, 10-10 | 10-11, 10-13 … 10-23.
    expect(deadline(cal, at('2025-09-26'), DEFAULT_LIMITS.ORDINARY.reply)).toEqual(endOf('2025-10-10'));
    expect(deadline(cal, at('2025-09-26'), DEFAULT_LIMITS.COMPLEX.reply)).toEqual(endOf('2025-10-23'));
    // From Tue 09-30: 10-09, 10-10, 10-11, 10-13, 10-14.
    expect(deadline(cal, at('2025-09-30', '17:00'), workingDays(5))).toEqual(endOf('2025-10-14'));
    // Received during the holiday (Wed 10-01): the same five days.
    expect(deadline(cal, at('2025-10-01'), workingDays(5))).toEqual(endOf('2025-10-14'));
  });

  it('takes the local day of receipt in Beijing time, not UTC', () => {
    // Sun 2025-09-28 00:30 in Beijing is still Sat 09-27 in UTC; day 0 is the 调休 Sunday, so
    // the count starts on Mon 09-29: 09-29, 09-30, 10-09, 10-10, 10-11.
    const start = at('2025-09-28', '00:30');
    expect(start.toISOString()).toBe('2025-09-27T16:30:00.000Z');
    expect(deadline(cal, start, workingDays(5))).toEqual(endOf('2025-10-11'));
    // Fri 09-26 23:30 in Beijing (15:30 UTC the same day): from Fri, 5 days end on 10-10.
    expect(deadline(cal, at('2025-09-26', '23:30'), workingDays(5))).toEqual(endOf('2025-10-10'));
  });

  it('counts 春节 2025 as holidays and Sun 01-26 and Sat 02-08 as working days', () => {
    // From Fri 01-24: 01-26, 01-27, 02-05, 02-06, 02-07 | 02-08, 02-10 … 02-20.
    expect(deadline(cal, at('2025-01-24'), workingDays(5))).toEqual(endOf('2025-02-07'));
    expect(deadline(cal, at('2025-01-24'), workingDays(15))).toEqual(endOf('2025-02-20'));
    // From Mon 01-27: 02-05, 02-06, 02-07, 02-08, 02-10.
    expect(deadline(cal, at('2025-01-27', '16:00'), workingDays(5))).toEqual(endOf('2025-02-10'));
    expect(deadline(cal, at('2025-01-27', '16:00'), RETURN_WINDOW)).toEqual(endOf('2025-02-05'));
  });

  it('ends a zero-day limit at the end of the day of receipt', () => {
    expect(deadline(cal, at('2025-11-08', '11:00'), workingDays(0))).toEqual(endOf('2025-11-08'));
  });

  it('refuses to count in a year the calendar does not cover', () => {
    expect(() => deadline(cal, at('2030-03-02'), workingDays(5))).toThrow(CalendarYearNotCoveredError);
  });
});

describe('Beijing-time helpers', () => {
  it('endOfLocalDay is 23:59:59.999 at UTC+8', () => {
    expect(endOfLocalDay(parseLocalDate('2025-10-10')).toISOString()).toBe('2025-10-10T15:59:59.999Z');
    expect(endOfLocalDay(parseLocalDate('2026-01-01')).toISOString()).toBe('2026-01-01T15:59:59.999Z');
  });

  it('localMinute writes the Beijing wall-clock minute, truncating seconds', () => {
    expect(localMinute(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01 00:30');
    expect(localMinute(at('2025-10-01', '00:05'))).toBe('2025-10-01 00:05');
    expect(localMinute(endOf('2025-11-10'))).toBe('2025-11-10 23:59');
    expect(localMinute(new Date('2025-11-10T02:59:59.999Z'))).toBe('2025-11-10 10:59');
  });

  it('localMinute sorts as text like the instants it names', () => {
    const instants = [at('2025-11-10', '09:05'), at('2025-11-09', '23:59'), new Date('2025-11-09T16:00:00Z'), at('2025-11-10', '10:00')];
    const byText = [...instants].sort((a, b) => localMinute(a).localeCompare(localMinute(b)));
    const byTime = [...instants].sort((a, b) => a.getTime() - b.getTime());
    expect(byText).toEqual(byTime);
  });

  it('localDay is the Beijing day of an instant', () => {
    expect(localDay(new Date('2025-09-30T16:30:00Z'))).toBe('2025-10-01');
    expect(localDay(new Date('2025-09-30T15:59:59.999Z'))).toBe('2025-09-30');
  });
});

describe('describeLimit', () => {
  it('names minutes, hours and working days in Chinese and English', () => {
    expect(describeLimit(hours(0.5))).toEqual({ zh: '30分钟', en: '30 minutes' });
    expect(describeLimit(hours(1))).toEqual({ zh: '1小时', en: '1 hour' });
    expect(describeLimit(hours(24))).toEqual({ zh: '24小时', en: '24 hours' });
    expect(describeLimit(workingDays(1))).toEqual({ zh: '1个工作日', en: '1 working day' });
    expect(describeLimit(workingDays(15))).toEqual({ zh: '15个工作日', en: '15 working days' });
  });
});
