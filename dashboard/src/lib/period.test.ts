import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod, periodBounds, previousPeriod, todayInChina, toPeriodInput, trendRange } from './period';

describe('period in the URL', () => {
  it('reads every kind and writes it back the same way', () => {
    for (const text of ['2026', '2026-Q3', '2026-07', '2026-01-15~2026-03-31']) {
      expect(formatPeriod(parsePeriod(text, '2026-12-06'))).toBe(text);
    }
  });

  it('falls back to the current year on anything unreadable, including a reversed range', () => {
    for (const text of [null, '', '2026-13', '2026-Q5', 'abc', '2026-03-31~2026-01-01', '2026-02-30~2026-03-01x']) {
      expect(parsePeriod(text, '2026-12-06')).toEqual({ kind: 'year', year: 2026 });
    }
  });

  it('gives the API the same period', () => {
    expect(toPeriodInput(parsePeriod('2026-Q3', '2026-12-06'))).toEqual({ year: 2026, quarter: 3 });
    expect(toPeriodInput(parsePeriod('2026-02', '2026-12-06'))).toEqual({ year: 2026, month: 2 });
    expect(toPeriodInput(parsePeriod('2026-01-15~2026-03-31', '2026-12-06'))).toEqual({ from: '2026-01-15', to: '2026-03-31' });
  });
});

describe('bounds and the previous period', () => {
  it('knows the last day of February in a leap year and of a quarter', () => {
    expect(periodBounds({ kind: 'month', year: 2024, month: 2 })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('steps back across a year boundary', () => {
    expect(previousPeriod({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(previousPeriod({ kind: 'month', year: 2026, month: 1 })).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect(previousPeriod({ kind: 'year', year: 2026 })).toEqual({ kind: 'year', year: 2025 });
  });

  it('compares a custom range with the same number of days just before it', () => {
    expect(previousPeriod({ kind: 'range', from: '2026-03-01', to: '2026-03-10' })).toEqual({ kind: 'range', from: '2026-02-19', to: '2026-02-28' });
  });
});

describe('trend range', () => {
  it('shows the twelve months up to today for the current year, and never the future', () => {
    expect(trendRange({ kind: 'year', year: 2026 }, '2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-12-06' });
    expect(trendRange({ kind: 'year', year: 2026 }, '2026-05-20')).toEqual({ from: '2025-06-01', to: '2026-05-20' });
  });

  it('widens a quarter or a month to twelve months ending with it', () => {
    expect(trendRange({ kind: 'quarter', year: 2025, quarter: 2 }, '2026-12-06')).toEqual({ from: '2024-07-01', to: '2025-06-30' });
    expect(trendRange({ kind: 'month', year: 2026, month: 3 }, '2026-12-06')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });

  it('caps a long custom range at 24 months ending with it', () => {
    expect(trendRange({ kind: 'range', from: '2020-01-01', to: '2026-06-30' }, '2026-12-06')).toEqual({ from: '2024-07-01', to: '2026-06-30' });
  });
});

it('takes today in Asia/Shanghai whatever the machine zone', () => {
  expect(todayInChina(new Date('2026-12-05T16:30:00Z'))).toBe('2026-12-06');
  expect(todayInChina(new Date('2026-12-05T15:30:00Z'))).toBe('2026-12-05');
});
