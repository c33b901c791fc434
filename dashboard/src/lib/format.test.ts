import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDate, formatDateTime, formatMonth, formatRate } from './format';

describe('formatting for zh-CN and English', () => {
  it('groups counts and shows rates with one decimal', () => {
    expect(formatCount(26834, 'zh-CN')).toBe('26,834');
    expect(formatRate(0.97231, 'zh-CN')).toBe('97.2%');
    expect(formatRate(null, 'zh-CN')).toBe('—');
  });

  it('gives a rate change in percentage points with its sign', () => {
    expect(formatChange(0.972, 0.988, 'rate', 'zh-CN')).toBe('−1.6');
    expect(formatChange(0.95, 0.9, 'rate', 'zh-CN')).toBe('+5.0');
    expect(formatChange(310, 3, 'count', 'zh-CN')).toBe('+307');
    expect(formatChange(0.9, null, 'rate', 'zh-CN')).toBeNull();
  });

  it('writes dates the Chinese way without moving them a day', () => {
    expect(formatDate('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    expect(formatDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
  });

  it('labels a chart month without moving it', () => {
    expect(formatMonth('2026-03', 'zh-CN')).toBe('26年3月');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 26');
  });

  it('shows instants in Beijing time', () => {
    expect(formatDateTime('2026-12-05T16:30:00Z', 'zh-CN')).toBe('2026/12/6 00:30');
  });
});
