import { describe, expect, it } from 'vitest';
import { complaintStats, DEFAULT_COMPLAINT_TARGETS, statsWindow } from './complaint-stats';
import { addCounts, COUNT_COLUMNS, EMPTY_COUNTS, type ComplaintCounts } from './stats-query';
import { at, cal } from './testing/requests';
import { parseLocalDate } from '../../shared/calendar';

const counts = (values: Partial<ComplaintCounts>): ComplaintCounts => addCounts(EMPTY_COUNTS, values);

const PERIOD: Partial<ComplaintCounts> = {
  received: 40,
  kind_COMPLAINT: 20,
  kind_CONSULTATION: 15,
  kind_REPORT: 5,
  channel_HOTLINE_12345: 30,
  channel_WEBSITE: 10,
  duplicates: 4,
  dispatched: 30,
  returned: 2,
  signed: 25,
  signedOnTime: 25,
  replied: 32,
  repliedOnTime: 30,
  replyMinutesSum: 32 * 90,
  calledBack: 29,
  rated: 20,
  satisfied: 18,
  dissatisfied: 2,
  reopened: 2,
  escalated: 3,
  overdueOpen: 7,
  overdueUnder1: 1,
  overdue1to5: 3,
  overdue6to10: 2,
  overdue11plus: 1,
};

describe('complaintStats', () => {
  const s = complaintStats(counts(PERIOD), new Map());

  it('shows the counts of the period', () => {
    expect(s).toMatchObject({
      received: 40,
      duplicates: 4,
      dispatched: 30,
      returned: 2,
      signed: 25,
      signedOnTime: 25,
      replied: 32,
      repliedOnTime: 30,
      calledBack: 29,
      rated: 20,
      satisfied: 18,
      dissatisfied: 2,
      reopened: 2,
      escalated: 3,
      overdueOpen: 7,
    });
  });

  it('lists every kind and channel, with zeros', () => {
    expect(s.byKind).toEqual([
      { kind: 'CONSULTATION', label: '咨询', count: 15 },
      { kind: 'HELP', label: '求助', count: 0 },
      { kind: 'COMPLAINT', label: '投诉', count: 20 },
      { kind: 'REPORT', label: '举报', count: 5 },
      { kind: 'SUGGESTION', label: '建议', count: 0 },
    ]);
    expect(s.byChannel.map((c) => [c.channel, c.label, c.count])).toEqual([
      ['HOTLINE_12345', '12345热线', 30],
      ['HOTLINE_114', '114政务咨询', 0],
      ['WEBSITE', '政府网站', 10],
      ['MOBILE', '移动端', 0],
      ['MAILBOX', '领导信箱', 0],
      ['LETTER', '来信', 0],
      ['IN_PERSON', '来访', 0],
    ]);
  });

  it('gives every rate with its counts, target and direction', () => {
    expect(s.signOnTimeRate).toEqual({ numerator: 25, denominator: 25, value: 1, target: 0.98, higherIsBetter: true, meetsTarget: true });
    expect(s.onTimeRate).toEqual({ numerator: 30, denominator: 32, value: 30 / 32, target: 0.95, higherIsBetter: true, meetsTarget: false });
    expect(s.callbackRate).toEqual({ numerator: 29, denominator: 32, value: 29 / 32, target: 0.9, higherIsBetter: true, meetsTarget: true });
    expect(s.satisfactionRate).toEqual({ numerator: 18, denominator: 20, value: 0.9, target: 0.9, higherIsBetter: true, meetsTarget: true });
    expect(s.returnRate).toEqual({ numerator: 2, denominator: 30, value: 2 / 30, target: 0.05, higherIsBetter: false, meetsTarget: false });
    expect(s.duplicateRate).toEqual({ numerator: 4, denominator: 40, value: 0.1, target: 0.1, higherIsBetter: false, meetsTarget: true });
  });

  it('treats 退单率 and 重复来电率 as ceilings: at or below the target meets it', () => {
    const atCeiling = complaintStats(counts({ dispatched: 20, returned: 1, received: 10, duplicates: 1 }), new Map());
    expect([atCeiling.returnRate.value, atCeiling.returnRate.meetsTarget]).toEqual([0.05, true]);
    expect([atCeiling.duplicateRate.value, atCeiling.duplicateRate.meetsTarget]).toEqual([0.1, true]);
    const above = complaintStats(counts({ dispatched: 20, returned: 2, received: 10, duplicates: 2 }), new Map());
    expect([above.returnRate.meetsTarget, above.duplicateRate.meetsTarget]).toEqual([false, false]);
    const none = complaintStats(counts({ dispatched: 20, received: 10 }), new Map());
    expect([none.returnRate.value, none.returnRate.meetsTarget, none.duplicateRate.value]).toEqual([0, true, 0]);
  });

  it('treats the other rates as floors: at or above the target meets it', () => {
    const atFloor = complaintStats(counts({ signed: 50, signedOnTime: 49, replied: 20, repliedOnTime: 19, calledBack: 18 }), new Map());
    expect(atFloor.signOnTimeRate.meetsTarget).toBe(true);
    expect(atFloor.onTimeRate.meetsTarget).toBe(true);
    expect(atFloor.callbackRate.meetsTarget).toBe(true);
    const below = complaintStats(counts({ signed: 50, signedOnTime: 48, replied: 20, repliedOnTime: 18, calledBack: 17 }), new Map());
    expect([below.signOnTimeRate.meetsTarget, below.onTimeRate.meetsTarget, below.callbackRate.meetsTarget]).toEqual([false, false, false]);
  });

  it('has no value and no verdict when nothing is counted', () => {
    const empty = complaintStats(EMPTY_COUNTS, new Map());
    for (const r of [empty.duplicateRate, empty.returnRate, empty.signOnTimeRate, empty.onTimeRate, empty.callbackRate, empty.satisfactionRate]) {
      expect(r).toMatchObject({ numerator: 0, denominator: 0, value: null, meetsTarget: null });
    }
    expect(empty.averageHoursToReply).toBeNull();
    expect(empty.topCategories).toEqual([]);
    expect(empty.overdueAgeing.map((b) => b.count)).toEqual([0, 0, 0, 0]);
  });

  it('keeps a zero count beside a nonzero denominator as 0, not null', () => {
    const zero = complaintStats(counts({ replied: 4 }), new Map());
    expect(zero.onTimeRate).toMatchObject({ numerator: 0, denominator: 4, value: 0, meetsTarget: false });
    expect(zero.callbackRate).toMatchObject({ value: 0, meetsTarget: false });
  });

  it('uses the configured targets', () => {
    const custom = complaintStats(counts(PERIOD), new Map(), { ...DEFAULT_COMPLAINT_TARGETS, onTimeRate: 0.9, returnRate: 0.1 });
    expect([custom.onTimeRate.target, custom.onTimeRate.meetsTarget]).toEqual([0.9, true]);
    expect([custom.returnRate.target, custom.returnRate.meetsTarget]).toEqual([0.1, true]);
  });

  it('puts the overdue requests in ageing buckets of working days', () => {
    expect(s.overdueAgeing).toEqual([
      { label: '不足1个工作日', minDays: 0, maxDays: 0, count: 1 },
      { label: '1–5 个工作日', minDays: 1, maxDays: 5, count: 3 },
      { label: '6–10 个工作日', minDays: 6, maxDays: 10, count: 2 },
      { label: '10 个工作日以上', minDays: 11, maxDays: null, count: 1 },
    ]);
  });

  it('averages the hours from receipt to reply, to a tenth of an hour', () => {
    expect(s.averageHoursToReply).toBe(1.5);
    expect(complaintStats(counts({ replied: 3, replyMinutesSum: 100 }), new Map()).averageHoursToReply).toBe(0.6);
    expect(complaintStats(counts({ replied: 2, replyMinutesSum: 7 * 24 * 60 + 3 }), new Map()).averageHoursToReply).toBe(84);
  });

  it('lists the top five categories by count, ties by code, without empty ones', () => {
    const categories = new Map([
      ['TRANSPORT', 7],
      ['URBAN_CONSTRUCTION', 12],
      ['HEALTH', 3],
      ['EDUCATION', 7],
      ['UTILITIES', 0],
      ['ENVIRONMENT', 2],
      ['LEGACY_CODE', 9],
      ['OTHER', 1],
    ]);
    expect(complaintStats(EMPTY_COUNTS, categories).topCategories).toEqual([
      { code: 'URBAN_CONSTRUCTION', label: '城乡建设', labelEn: 'urban and rural construction', count: 12 },
      { code: 'LEGACY_CODE', label: 'LEGACY_CODE', labelEn: 'LEGACY_CODE', count: 9 },
      { code: 'EDUCATION', label: '教育', labelEn: 'education', count: 7 },
      { code: 'TRANSPORT', label: '交通运输', labelEn: 'transport', count: 7 },
      { code: 'HEALTH', label: '卫生健康', labelEn: 'health', count: 3 },
    ]);
    expect(complaintStats(EMPTY_COUNTS, categories, DEFAULT_COMPLAINT_TARGETS, 2).topCategories.map((c) => c.code)).toEqual(['URBAN_CONSTRUCTION', 'LEGACY_CODE']);
    expect(complaintStats(EMPTY_COUNTS, new Map([['UTILITIES', 0]])).topCategories).toEqual([]);
    // A stored code that is not a category keeps its code as the label, whatever it is called.
    expect(complaintStats(EMPTY_COUNTS, new Map([['constructor', 1]])).topCategories).toEqual([{ code: 'constructor', label: 'constructor', labelEn: 'constructor', count: 1 }]);
  });
});

describe('addCounts', () => {
  it('adds numbers, bigints and nulls column by column and ignores other keys', () => {
    const a = addCounts(EMPTY_COUNTS, { received: 2, replied: BigInt(3), signed: null, groupKey: 7 } as Record<string, number | bigint | null>);
    const b = addCounts(a, { received: 5n, returned: 1 });
    expect(b).toEqual({ ...EMPTY_COUNTS, received: 7, replied: 3, returned: 1 });
    expect(Object.keys(b)).toEqual([...COUNT_COLUMNS]);
    expect(EMPTY_COUNTS.received).toBe(0);
  });
});

describe('statsWindow', () => {
  const period = { from: parseLocalDate('2025-10-01'), to: parseLocalDate('2025-10-31'), asOf: parseLocalDate('2025-10-31') };

  it('takes the snapshot at the end of a past asOf day', () => {
    expect(statsWindow(cal, period, at('2026-01-05'), 3)).toEqual({
      ...period,
      overdueBefore: '2025-10-31 23:59',
      // Counting back from Fri 10-31: 1st 10-31, 6th 10-24, 11th 10-17.
      thresholds: { 1: '2025-10-31', 6: '2025-10-24', 11: '2025-10-17' },
      satisfiedFrom: 3,
    });
  });

  it('takes the snapshot now when asOf is today', () => {
    expect(statsWindow(cal, period, at('2025-10-31', '15:07:30'), 4).overdueBefore).toBe('2025-10-31 15:07');
  });

  it('counts working days back over 国庆 and its 调休 Sunday', () => {
    const holiday = { from: parseLocalDate('2025-10-01'), to: parseLocalDate('2025-10-05'), asOf: parseLocalDate('2025-10-05') };
    // From Sun 10-05 (holiday) back: 09-30, 09-29, 09-28 (调休), 09-26, 09-25, 09-24 | … 09-17.
    expect(statsWindow(cal, holiday, at('2026-01-05'), 3).thresholds).toEqual({ 1: '2025-09-30', 6: '2025-09-24', 11: '2025-09-17' });
  });
});
