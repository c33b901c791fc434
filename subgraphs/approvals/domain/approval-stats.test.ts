import { describe, expect, it } from 'vitest';
import { nthWorkingDayBack, parseLocalDate, type LocalDate } from '../../shared/calendar';
import {
  addCounts,
  approvalStats,
  DEFAULT_APPROVAL_TARGETS,
  EMPTY_COUNTS,
  overdueWorkingDays,
  statsWindow,
} from './approval-stats';
import type { StatsCounts } from './stats-query';
import { cal } from './testing/histories';

const d = (s: string): LocalDate => parseLocalDate(s);
const counts = (partial: Partial<StatsCounts>): StatsCounts => ({ ...EMPTY_COUNTS, ...partial });

describe('approvalStats', () => {
  it('has no rate values for a unit with nothing counted (0 of 0 is not 0%)', () => {
    const s = approvalStats(EMPTY_COUNTS);
    for (const r of [s.completionRate, s.onTimeRate, s.immediateRate, s.earlyRate, s.satisfactionRate, s.callbackRate, s.rectificationRate]) {
      expect(r).toMatchObject({ numerator: 0, denominator: 0, value: null, meetsTarget: null });
    }
    expect(s.averageWorkingDays).toBeNull();
  });

  it('computes 办结率 as completed over accepted', () => {
    expect(approvalStats(counts({ accepted: 50, completed: 49 })).completionRate).toEqual({
      numerator: 49,
      denominator: 50,
      value: 0.98,
      target: 0.98,
      higherIsBetter: true,
      meetsTarget: true,
    });
    expect(approvalStats(counts({ accepted: 50, completed: 40 })).completionRate).toMatchObject({ value: 0.8, meetsTarget: false, higherIsBetter: true });
  });

  it('computes 按时办结率, 即办率 and 提前办结率 over the completed cases', () => {
    const s = approvalStats(counts({ accepted: 50, completed: 40, onTime: 38, immediate: 12, early: 30 }));
    expect(s.onTimeRate).toEqual({ numerator: 38, denominator: 40, value: 0.95, target: 1, meetsTarget: false, higherIsBetter: true });
    expect(s.immediateRate).toEqual({ numerator: 12, denominator: 40, value: 0.3, target: 0.3, meetsTarget: true, higherIsBetter: true });
    expect(s.earlyRate).toEqual({ numerator: 30, denominator: 40, value: 0.75, target: 0.5, meetsTarget: true, higherIsBetter: true });
  });

  it('computes 满意率 over the rated cases and 回访率, 整改率 over the 差评', () => {
    const s = approvalStats(counts({ rated: 200, satisfied: 199, bad: 4, calledBack: 4, rectified: 3 }));
    expect(s.satisfactionRate).toEqual({ numerator: 199, denominator: 200, value: 0.995, target: 0.99, meetsTarget: true, higherIsBetter: true });
    expect(s.callbackRate).toEqual({ numerator: 4, denominator: 4, value: 1, target: 1, meetsTarget: true, higherIsBetter: true });
    expect(s.rectificationRate).toEqual({ numerator: 3, denominator: 4, value: 0.75, target: 1, meetsTarget: false, higherIsBetter: true });
    expect(s.badRatings).toBe(4);
  });

  it('leaves 回访率 empty rather than 0% when there was no 差评', () => {
    const s = approvalStats(counts({ rated: 10, satisfied: 10 }));
    expect(s.callbackRate.value).toBeNull();
    expect(s.rectificationRate.value).toBeNull();
    expect(s.satisfactionRate.value).toBe(1);
  });

  it('uses a county’s own targets', () => {
    const s = approvalStats(counts({ accepted: 10, completed: 9 }), { ...DEFAULT_APPROVAL_TARGETS, completionRate: 0.9 });
    expect(s.completionRate).toMatchObject({ target: 0.9, meetsTarget: true, higherIsBetter: true });
  });

  it('averages working days over the completed cases, to two decimals', () => {
    expect(approvalStats(counts({ completed: 3, workingDaysSum: 100 })).averageWorkingDays).toBe(33.33);
    expect(approvalStats(counts({ completed: 4, workingDaysSum: 10 })).averageWorkingDays).toBe(2.5);
  });

  it('reports overdue open cases by ageing bucket', () => {
    const s = approvalStats(counts({ overdueOpen: 10, overdue1to5: 4, overdue6to10: 3, overdue11to20: 2, overdue21plus: 1 }));
    expect(s.overdueOpen).toBe(10);
    expect(s.overdueAgeing.map((b) => [b.minDays, b.maxDays, b.count])).toEqual([
      [1, 5, 4],
      [6, 10, 3],
      [11, 20, 2],
      [21, null, 1],
    ]);
  });

  it('passes the 四级联动 flow counts through', () => {
    expect(approvalStats(counts({ received: 30, forwarded: 12, handled: 25, notAccepted: 2 }))).toMatchObject({
      received: 30,
      forwarded: 12,
      handled: 25,
      notAccepted: 2,
    });
  });
});

describe('addCounts', () => {
  it('adds counts column by column, treating missing columns as 0', () => {
    const sum = addCounts(counts({ accepted: 3, completed: 2 }), { accepted: 4, rated: 1 });
    expect(sum).toEqual(counts({ accepted: 7, completed: 2, rated: 1 }));
  });

  it('adds counts that a database driver returned as numeric strings or bigints', () => {
    const fromDriver = { accepted: '5', completed: 4n } as unknown as Partial<StatsCounts>;
    expect(addCounts(EMPTY_COUNTS, fromDriver)).toMatchObject({ accepted: 5, completed: 4 });
  });

  it('leaves its inputs unchanged', () => {
    const a = counts({ accepted: 1 });
    addCounts(a, { accepted: 1 });
    expect(a.accepted).toBe(1);
    expect(EMPTY_COUNTS.accepted).toBe(0);
  });
});

describe('nthWorkingDayBack', () => {
  // Thu 2025-10-09 is the first working day after the National Day holidays (10-01..10-08);
  // before them: Tue 09-30, Mon 09-29, Sun 09-28 (调休), Fri 09-26, Thu 09-25.
  it.each([
    [1, '2025-10-09'],
    [2, '2025-09-30'],
    [3, '2025-09-29'],
    [4, '2025-09-28'],
    [5, '2025-09-26'],
    [6, '2025-09-25'],
  ])('counts back %i working days from Thu 10-09 to %s', (n, expected) => {
    expect(nthWorkingDayBack(cal, d('2025-10-09'), n)).toBe(expected);
  });

  it('starts from the last working day when asOf is a holiday', () => {
    expect(nthWorkingDayBack(cal, d('2025-10-05'), 1)).toBe('2025-09-30');
  });

  it('agrees with overdueWorkingDays: a due date before the n-th day back is at least n days overdue', () => {
    const asOf = d('2025-10-09');
    const dueDates = ['2025-09-22', '2025-09-24', '2025-09-25', '2025-09-26', '2025-09-28', '2025-09-30', '2025-10-03', '2025-10-09'].map(d);
    for (const n of [1, 2, 5, 6]) {
      const threshold = nthWorkingDayBack(cal, asOf, n);
      for (const due of dueDates) {
        expect([n, due, due < threshold]).toEqual([n, due, overdueWorkingDays(cal, due, asOf) >= n]);
      }
    }
  });
});

describe('overdueWorkingDays', () => {
  it('counts working days past the due date, and 0 when not overdue', () => {
    expect(overdueWorkingDays(cal, d('2025-09-30'), d('2025-10-08'))).toBe(0);
    expect(overdueWorkingDays(cal, d('2025-09-30'), d('2025-10-09'))).toBe(1);
    expect(overdueWorkingDays(cal, d('2025-10-30'), d('2025-10-20'))).toBe(0);
  });
});

describe('statsWindow', () => {
  it('carries the period and the ageing thresholds for 1, 6, 11 and 21 working days', () => {
    const w = statsWindow(cal, { from: d('2025-07-01'), to: d('2025-09-30'), asOf: d('2025-09-30') }, 4);
    expect(w).toEqual({
      from: '2025-07-01',
      to: '2025-09-30',
      asOf: '2025-09-30',
      thresholds: {
        1: '2025-09-30',
        6: nthWorkingDayBack(cal, d('2025-09-30'), 6),
        11: nthWorkingDayBack(cal, d('2025-09-30'), 11),
        21: nthWorkingDayBack(cal, d('2025-09-30'), 21),
      },
      satisfiedFrom: 4,
    });
    // 09-30, 09-29, 09-28 (调休), 09-26, 09-25, 09-24.
    expect(w.thresholds[6]).toBe('2025-09-24');
  });
});
