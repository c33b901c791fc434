import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './calendar';
import { monthsOf, resolvePeriod, trendPeriodOrThrow, type Period, type PeriodInput } from './period';

const today = parseLocalDate('2025-10-15');

/** The period, or the (field, rule) of the error. */
function resolve(input: PeriodInput, field?: string) {
  const result = resolvePeriod(input, today, field);
  return 'period' in result ? result.period : { field: result.error.field, rule: result.error.rule };
}

describe('resolvePeriod: calendar periods', () => {
  it('resolves a past year to the whole year', () => {
    expect(resolve({ year: 2024 })).toEqual({ from: '2024-01-01', to: '2024-12-31', asOf: '2024-12-31', label: '2024年' });
  });

  it('takes snapshots today for the current year', () => {
    expect(resolve({ year: 2025 })).toEqual({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-10-15', label: '2025年' });
  });

  it.each([
    [1, '2025-01-01', '2025-03-31'],
    [2, '2025-04-01', '2025-06-30'],
    [3, '2025-07-01', '2025-09-30'],
    [4, '2025-10-01', '2025-12-31'],
  ])('resolves quarter %i to %s – %s', (quarter, from, to) => {
    expect(resolve({ year: 2025, quarter })).toMatchObject({ from, to, label: `2025年第${quarter}季度` });
  });

  it('takes the snapshot of a finished quarter on its last day and of the current one today', () => {
    expect(resolve({ year: 2025, quarter: 3 })).toMatchObject({ asOf: '2025-09-30' });
    expect(resolve({ year: 2025, quarter: 4 })).toMatchObject({ asOf: '2025-10-15' });
  });

  it.each([
    [2024, 2, '2024-02-29'],
    [2025, 2, '2025-02-28'],
    [2025, 4, '2025-04-30'],
    [2025, 12, '2025-12-31'],
  ])('ends %i-%i on %s', (year, month, to) => {
    expect(resolve({ year, month })).toMatchObject({ from: `${year}-${String(month).padStart(2, '0')}-01`, to, label: `${year}年${month}月` });
  });

  it('treats null fields as absent', () => {
    expect(resolve({ from: null, to: null, year: 2025, quarter: null, month: 9 })).toMatchObject({ from: '2025-09-01', to: '2025-09-30' });
  });
});

describe('resolvePeriod: ranges', () => {
  it('resolves a range of local dates, both ends inclusive', () => {
    expect(resolve({ from: '2025-03-15', to: '2025-04-10' })).toEqual({
      from: '2025-03-15',
      to: '2025-04-10',
      asOf: '2025-04-10',
      label: '2025-03-15 – 2025-04-10',
    });
  });

  it('takes snapshots today when the range runs into the future', () => {
    expect(resolve({ from: '2025-10-01', to: '2025-12-31' })).toMatchObject({ asOf: '2025-10-15' });
  });

  it('accepts a single day and a range of ten years', () => {
    expect(resolve({ from: '2025-10-01', to: '2025-10-01' })).toMatchObject({ from: '2025-10-01', to: '2025-10-01' });
    expect(resolve({ from: '2016-01-01', to: '2025-12-31' })).toMatchObject({ from: '2016-01-01' });
  });
});

describe('resolvePeriod: errors', () => {
  it.each<[string, PeriodInput]>([
    ['nothing', {}],
    ['a range and a year', { from: '2025-01-01', to: '2025-03-31', year: 2025 }],
    ['a start date and a month', { from: '2025-01-01', month: 3 }],
  ])('refuses %s', (_what, input) => {
    expect(resolve(input)).toEqual({ field: 'period', rule: 'PERIOD_ONE_FORM' });
  });

  it('requires both ends of a range', () => {
    expect(resolve({ from: '2025-01-01' })).toEqual({ field: 'period.to', rule: 'REQUIRED' });
    expect(resolve({ to: '2025-01-01' })).toEqual({ field: 'period.from', rule: 'REQUIRED' });
  });

  it.each([
    [{ from: '2025/01/01', to: '2025-03-31' }, 'period.from'],
    [{ from: '2025-02-30', to: '2025-03-31' }, 'period.from'],
    [{ from: '2025-01-01', to: '2025-3-31' }, 'period.to'],
    [{ from: '2025-01-01', to: '' }, 'period.to'],
  ])('refuses the malformed date in %o', (input, field) => {
    expect(resolve(input)).toEqual({ field, rule: 'DATE_FORMAT' });
  });

  it('refuses a range that ends before it starts', () => {
    expect(resolve({ from: '2025-04-01', to: '2025-03-31' })).toEqual({ field: 'period.to', rule: 'RANGE_ORDER' });
  });

  it('refuses a range longer than ten years (a typo like 20250)', () => {
    expect(resolve({ from: '2015-01-01', to: '2025-12-31' })).toEqual({ field: 'period.to', rule: 'RANGE_TOO_LONG' });
  });

  it.each([1999, 2101, 2025.5])('refuses the year %s', (year) => {
    expect(resolve({ year })).toEqual({ field: 'period.year', rule: 'YEAR_RANGE' });
  });

  it('requires the year with a quarter or month', () => {
    expect(resolve({ quarter: 3 })).toEqual({ field: 'period.year', rule: 'YEAR_RANGE' });
    expect(resolve({ month: 3 })).toEqual({ field: 'period.year', rule: 'YEAR_RANGE' });
  });

  it('refuses a quarter and a month together', () => {
    expect(resolve({ year: 2025, quarter: 1, month: 2 })).toEqual({ field: 'period.month', rule: 'QUARTER_OR_MONTH' });
  });

  it.each([0, 5, 1.5])('refuses quarter %s', (quarter) => {
    expect(resolve({ year: 2025, quarter })).toEqual({ field: 'period.quarter', rule: 'QUARTER_RANGE' });
  });

  it.each([0, 13, 2.5])('refuses month %s', (month) => {
    expect(resolve({ year: 2025, month })).toEqual({ field: 'period.month', rule: 'MONTH_RANGE' });
  });

  it('names the caller’s field', () => {
    expect(resolve({}, 'input.period')).toEqual({ field: 'input.period', rule: 'PERIOD_ONE_FORM' });
    expect(resolve({ year: 1999 }, 'input.period')).toEqual({ field: 'input.period.year', rule: 'YEAR_RANGE' });
  });

  it('explains the error in Chinese and English', () => {
    const result = resolvePeriod({ from: '2025-04-01', to: '2025-03-31' }, today);
    expect(result).toEqual({
      error: { field: 'period.to', rule: 'RANGE_ORDER', message: '结束日期不能早于开始日期', messageEn: 'to cannot be before from' },
    });
  });
});

describe('monthsOf and trendPeriodOrThrow: monthly trends', () => {
  it('gives the months of the current year up to today, the last one snapshot today', () => {
    const months = monthsOf(resolve({ year: 2025 }) as Period);
    expect(months.map((m) => m.label)).toEqual(['2025年1月', '2025年2月', '2025年3月', '2025年4月', '2025年5月', '2025年6月', '2025年7月', '2025年8月', '2025年9月', '2025年10月']);
    expect(months[9]).toEqual({ from: '2025-10-01', to: '2025-10-31', asOf: '2025-10-15', label: '2025年10月' });
  });

  it('gives nothing for a period that starts after today', () => {
    expect(monthsOf(resolve({ from: '2025-10-20', to: '2025-11-30' }) as Period)).toEqual([]);
  });

  it('accepts 24 months and refuses 25 with the field and the rule', () => {
    const now = new Date('2025-10-15T04:00:00Z');
    expect(trendPeriodOrThrow({ from: '2023-11-01', to: '2025-10-31' }, now).from).toBe('2023-11-01');
    expect(() => trendPeriodOrThrow({ from: '2023-10-31', to: '2025-10-01' }, now)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'period', rule: 'TREND_MONTHS_MAX' }) }),
    );
  });
});
