import { describe, expect, it } from 'vitest';
import { addCalendarDays, compareLocalDate, parseLocalDate, toLocalDate, weekday } from './local-date.js';

describe('local dates', () => {
  it('maps an instant after 16:00 UTC to the next Shanghai calendar day', () => {
    expect(toLocalDate(new Date('2025-09-25T16:30:00Z'))).toBe('2025-09-26');
  });

  it('keeps an instant one second before Shanghai midnight on the same day', () => {
    expect(toLocalDate(new Date('2025-09-25T15:59:59Z'))).toBe('2025-09-25');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseLocalDate('2025-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-9-1')).toThrow(RangeError);
    expect(() => parseLocalDate('2025-04-31')).toThrow(RangeError);
    expect(() => parseLocalDate('not a date')).toThrow(/invalid local date/);
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects an invalid instant instead of producing a date', () => {
    expect(() => toLocalDate(new Date('nope'))).toThrow(RangeError);
  });

  it('adds calendar days across month and year ends and computes weekdays', () => {
    expect(addCalendarDays(parseLocalDate('2025-12-30'), 3)).toBe('2026-01-02');
    expect(addCalendarDays(parseLocalDate('2025-03-01'), -1)).toBe('2025-02-28');
    expect(weekday(parseLocalDate('2025-09-26'))).toBe(5);
    expect(weekday(parseLocalDate('2025-09-28'))).toBe(0);
    expect(compareLocalDate(parseLocalDate('2025-09-26'), parseLocalDate('2025-10-01'))).toBe(-1);
  });
});
