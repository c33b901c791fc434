import { describe, expect, it } from 'vitest';
import { averageOneDecimal, roundTo } from './rounding';

describe('roundTo', () => {
  it('rounds half away from zero, also for binary fractions just under the half', () => {
    expect(roundTo(84.95, 1)).toBe(85);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.15, 1)).toBe(0.2);
    expect(roundTo(-0.15, 1)).toBe(-0.2);
  });

  it('rounds down below the half', () => {
    expect(roundTo(89.94999, 1)).toBe(89.9);
    expect(roundTo(66.666, 1)).toBe(66.7);
    expect(roundTo(100, 1)).toBe(100);
  });
});

describe('averageOneDecimal', () => {
  it('is null for no values, not 0', () => {
    expect(averageOneDecimal([])).toBeNull();
  });

  it('averages and rounds to one decimal', () => {
    expect(averageOneDecimal([90, 85, 80])).toBe(85);
    expect(averageOneDecimal([89.9, 90])).toBe(90);
    expect(averageOneDecimal([70, 70, 71])).toBe(70.3);
  });
});
