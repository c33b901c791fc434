import { describe, expect, it } from 'vitest';
import { dueInstant } from './due';

describe('dueInstant', () => {
  it('counts a due date until the end of that day in China', () => {
    expect(dueInstant('2026-10-12')).toBe(Date.parse('2026-10-12T15:59:59.999Z'));
    expect(dueInstant('2026-10-12')).toBe(Date.parse('2026-10-12T23:59:59.999+08:00'));
  });
  it('takes a DateTime as the instant it names', () => {
    expect(dueInstant('2026-10-12T08:00:00+08:00')).toBe(Date.parse('2026-10-12T00:00:00Z'));
    expect(dueInstant('2026-10-12T15:59:59.999Z')).toBe(dueInstant('2026-10-12'));
  });
  it('puts undated or unreadable deadlines last', () => {
    expect(dueInstant(null)).toBe(Number.POSITIVE_INFINITY);
    expect(dueInstant(undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(dueInstant('soon')).toBe(Number.POSITIVE_INFINITY);
  });
});
