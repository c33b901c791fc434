import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/calendar';
import {
  dayOfYear,
  DEFAULT_FREQUENCY_RULES,
  describeBehind,
  frequencyCompliance,
  validateFrequencyRules,
  type FrequencyRules,
  type InspectionRecord,
} from './frequency';
import type { InspectionKind } from './inspection-kinds';

const d = (s: string) => s as LocalDate;
const visit = (kind: InspectionKind, date: string, extra: Partial<InspectionRecord> = {}): InspectionRecord => ({ kind, date: d(date), ...extra });
const selfCheck = (date: string, reportedOn: string | null = null, window?: string) =>
  visit('SELF_CHECK', date, { reportedOn: reportedOn === null ? null : d(reportedOn), ...(window ? { selfCheckWindow: window } : {}) });
const at = (asOf: string, inspections: InspectionRecord[], rules?: FrequencyRules) => frequencyCompliance(inspections, 2025, d(asOf), rules);
const count = (asOf: string, inspections: InspectionRecord[], code: string) => at(asOf, inspections).counts.find((c) => c.code === code)!;
const window = (asOf: string, inspections: InspectionRecord[], code: string) => at(asOf, inspections).selfChecks.find((w) => w.code === code)!;

describe('the default rules (余庆县 notice)', () => {
  it('require 2 regular and 4 routine inspections, self-checks by 30 June and 30 November, reports by 15 July and 15 November', () => {
    expect(validateFrequencyRules(DEFAULT_FREQUENCY_RULES)).toEqual([]);
    expect(DEFAULT_FREQUENCY_RULES.counts.map((c) => [c.code, c.perYear, c.countedKinds])).toEqual([
      ['REGULAR', 2, ['REGULAR']],
      ['ROUTINE', 4, ['ROUTINE']],
    ]);
    expect(DEFAULT_FREQUENCY_RULES.selfChecks.map((w) => [w.code, w.dueBy, w.reportDueBy])).toEqual([
      ['H1', '06-30', '07-15'],
      ['H2', '11-30', '11-15'],
    ]);
  });
});

describe('regular inspections: 1 by 30 June, 2 by 31 December', () => {
  it('is not behind with none on 30 June, and behind from 1 July', () => {
    expect(count('2025-06-30', [], 'REGULAR')).toMatchObject({ done: 0, required: 2, expectedByNow: 0, behind: false, nextMilestone: { by: '2025-06-30', cumulative: 1 } });
    expect(count('2025-07-01', [], 'REGULAR')).toMatchObject({ done: 0, expectedByNow: 1, behind: true, nextMilestone: { by: '2025-12-31', cumulative: 2 } });
  });

  it('counts an inspection on 30 June towards the first half', () => {
    expect(count('2025-07-01', [visit('REGULAR', '2025-06-30')], 'REGULAR')).toMatchObject({ done: 1, expectedByNow: 1, behind: false });
  });

  it('wants the second by 31 December: not behind on the day, behind after the year', () => {
    const one = [visit('REGULAR', '2025-03-10')];
    expect(count('2025-12-31', one, 'REGULAR')).toMatchObject({ done: 1, expectedByNow: 1, behind: false });
    expect(count('2026-01-01', one, 'REGULAR')).toMatchObject({ done: 1, expectedByNow: 2, behind: true, nextMilestone: null });
    expect(count('2026-01-01', [...one, visit('REGULAR', '2025-12-31')], 'REGULAR')).toMatchObject({ done: 2, behind: false });
  });

  it('counts only the year asked about, and nothing dated after the as-of day', () => {
    const inspections = [visit('REGULAR', '2024-12-30'), visit('REGULAR', '2026-01-02'), visit('REGULAR', '2025-07-02')];
    expect(count('2025-07-01', inspections, 'REGULAR')).toMatchObject({ done: 0, behind: true });
    expect(count('2025-07-02', inspections, 'REGULAR')).toMatchObject({ done: 1, behind: false });
  });

  it('does not count other kinds', () => {
    const others = [visit('ROUTINE', '2025-02-01'), visit('UNANNOUNCED', '2025-03-01'), visit('SPECIAL', '2025-04-01'), selfCheck('2025-05-01')];
    expect(count('2025-07-01', others, 'REGULAR')).toMatchObject({ done: 0, behind: true });
  });
});

describe('routine inspections: one per quarter', () => {
  it('expects 0 through 31 March, 1 from 1 April, 2 from 1 July, 3 from 1 October', () => {
    const expected = (asOf: string) => count(asOf, [], 'ROUTINE').expectedByNow;
    expect([expected('2025-01-01'), expected('2025-03-31'), expected('2025-04-01'), expected('2025-06-30'), expected('2025-07-01')]).toEqual([0, 0, 1, 1, 2]);
    expect([expected('2025-09-30'), expected('2025-10-01'), expected('2025-12-31'), expected('2026-01-01')]).toEqual([2, 3, 3, 4]);
  });

  it('lets inspections early in the year cover later quarters (cumulative counts)', () => {
    const four = ['2025-01-05', '2025-01-06', '2025-01-07', '2025-01-08'].map((date) => visit('ROUTINE', date));
    expect(count('2026-01-01', four, 'ROUTINE')).toMatchObject({ done: 4, behind: false });
    expect(count('2025-10-01', four.slice(0, 2), 'ROUTINE')).toMatchObject({ done: 2, expectedByNow: 3, behind: true });
  });

  it('can count 明察暗访 as routine when configured', () => {
    const rules: FrequencyRules = {
      ...DEFAULT_FREQUENCY_RULES,
      counts: DEFAULT_FREQUENCY_RULES.counts.map((c) => (c.code === 'ROUTINE' ? { ...c, countedKinds: ['ROUTINE', 'UNANNOUNCED'] } : c)),
    };
    const c = at('2025-04-01', [visit('UNANNOUNCED', '2025-02-14')], rules).counts.find((x) => x.code === 'ROUTINE')!;
    expect(c).toMatchObject({ done: 1, behind: false });
    expect(count('2025-04-01', [visit('UNANNOUNCED', '2025-02-14')], 'ROUTINE')).toMatchObject({ done: 0, behind: true });
  });
});

describe('self-checks', () => {
  it('are on time on 30 June and late on 1 July', () => {
    expect(window('2025-08-01', [selfCheck('2025-06-30')], 'H1')).toMatchObject({ status: 'ON_TIME', doneOn: '2025-06-30', dueBy: '2025-06-30' });
    expect(window('2025-08-01', [selfCheck('2025-07-01')], 'H1')).toMatchObject({ status: 'LATE', doneOn: '2025-07-01' });
  });

  it('are pending through the due day and missed from the day after', () => {
    expect(window('2025-06-30', [], 'H1').status).toBe('PENDING');
    expect(window('2025-07-01', [], 'H1').status).toBe('MISSED');
    expect(window('2025-11-30', [], 'H2').status).toBe('PENDING');
    expect(window('2025-12-01', [], 'H2').status).toBe('MISSED');
  });

  it('fill the earliest open window in date order: a catch-up in July fills June, late', () => {
    const c = at('2025-12-31', [selfCheck('2025-11-20', '2025-11-25'), selfCheck('2025-07-10', '2025-07-12')]);
    expect(c.selfChecks.map((w) => [w.code, w.status, w.doneOn])).toEqual([
      ['H1', 'LATE', '2025-07-10'],
      ['H2', 'ON_TIME', '2025-11-20'],
    ]);
    expect(c.lateSelfChecks).toEqual(['H1']);
    expect(c.missedSelfChecks).toEqual([]);
  });

  it('a single self-check in November fills the June window late and leaves November missed', () => {
    const c = at('2025-12-01', [selfCheck('2025-11-10', '2025-11-10')]);
    expect(c.selfChecks.map((w) => [w.code, w.status])).toEqual([
      ['H1', 'LATE'],
      ['H2', 'MISSED'],
    ]);
    expect(c.missedSelfChecks).toEqual(['H2']);
    expect(c.behind).toBe(true);
  });

  it('follows the window a self-check names', () => {
    const c = at('2025-12-01', [selfCheck('2025-11-10', '2025-11-10', 'H2')]);
    expect(c.selfChecks.map((w) => [w.code, w.status])).toEqual([
      ['H1', 'MISSED'],
      ['H2', 'ON_TIME'],
    ]);
  });

  it('counts a second self-check in the first half as extra, not as the November one', () => {
    const c = at('2025-12-01', [selfCheck('2025-03-01', '2025-03-02'), selfCheck('2025-04-01')]);
    expect(c.extraSelfChecks).toBe(1);
    expect(c.selfChecks.map((w) => w.status)).toEqual(['ON_TIME', 'MISSED']);
  });

  it('ignores self-checks of other years and after the as-of day', () => {
    expect(window('2025-07-01', [selfCheck('2024-06-01'), selfCheck('2025-07-02')], 'H1').status).toBe('MISSED');
  });
});

describe('self-check reports', () => {
  it('are on time on 15 July and late on 16 July', () => {
    expect(window('2025-08-01', [selfCheck('2025-06-20', '2025-07-15')], 'H1')).toMatchObject({ reportStatus: 'ON_TIME', reportedOn: '2025-07-15' });
    expect(window('2025-08-01', [selfCheck('2025-06-20', '2025-07-16')], 'H1')).toMatchObject({ reportStatus: 'LATE', reportedOn: '2025-07-16' });
  });

  it('are pending through 15 July and missing from 16 July', () => {
    expect(window('2025-07-15', [selfCheck('2025-06-20')], 'H1').reportStatus).toBe('PENDING');
    expect(window('2025-07-16', [selfCheck('2025-06-20')], 'H1').reportStatus).toBe('MISSING');
  });

  it('are missing when the self-check itself was never done', () => {
    expect(window('2025-07-16', [], 'H1')).toMatchObject({ status: 'MISSED', reportStatus: 'MISSING', reportedOn: null });
  });

  it('are due 15 November for the second half, before the self-check itself is due (as the notice says)', () => {
    expect(window('2025-11-16', [], 'H2')).toMatchObject({ status: 'PENDING', reportStatus: 'MISSING', reportDueBy: '2025-11-15' });
    const h1 = selfCheck('2025-06-01', '2025-06-02');
    expect(window('2025-12-01', [h1, selfCheck('2025-11-15', '2025-11-15')], 'H2')).toMatchObject({ status: 'ON_TIME', reportStatus: 'ON_TIME' });
    expect(window('2025-12-01', [selfCheck('2025-11-20', '2025-11-20', 'H2')], 'H2')).toMatchObject({ status: 'ON_TIME', reportStatus: 'LATE' });
  });

  it('do not count before the as-of day has reached them', () => {
    expect(window('2025-07-16', [selfCheck('2025-06-20', '2025-07-20')], 'H1')).toMatchObject({ reportStatus: 'MISSING', reportedOn: null });
  });
});

describe('behind', () => {
  const compliantYear = [
    visit('REGULAR', '2025-06-15'),
    visit('REGULAR', '2025-12-10'),
    ...['2025-03-01', '2025-06-01', '2025-09-01', '2025-12-01'].map((date) => visit('ROUTINE', date)),
    selfCheck('2025-06-25', '2025-07-10'),
    selfCheck('2025-11-05', '2025-11-14'),
  ];

  it('is false for a unit that did everything in time', () => {
    const c = at('2026-01-01', compliantYear);
    expect(c.behind).toBe(false);
    expect([c.missedSelfChecks, c.lateSelfChecks, c.lateReports, c.missingReports, c.extraSelfChecks]).toEqual([[], [], [], [], 0]);
    expect(describeBehind(c)).toEqual([]);
  });

  it('is false for late but done self-checks and reports, which are listed', () => {
    const late = [...compliantYear.filter((r) => r.kind !== 'SELF_CHECK'), selfCheck('2025-07-01', '2025-07-16'), selfCheck('2025-11-05', '2025-11-14')];
    const c = at('2026-01-01', late);
    expect(c.behind).toBe(false);
    expect(c.lateSelfChecks).toEqual(['H1']);
    expect(c.lateReports).toEqual(['H1']);
  });

  it('is true for a missing report alone', () => {
    const noReport = [...compliantYear.filter((r) => r.kind !== 'SELF_CHECK'), selfCheck('2025-06-25', '2025-07-10'), selfCheck('2025-11-05')];
    const c = at('2026-01-01', noReport);
    expect(c.behind).toBe(true);
    expect(c.missingReports).toEqual(['H2']);
  });

  it('says why, in Chinese and English', () => {
    const c = at('2025-07-16', [visit('ROUTINE', '2025-02-01')]);
    expect(describeBehind(c)).toEqual([
      { zh: '定期检查：已完成0次，截至目前应完成1次', en: 'regular inspections: 0 done, 1 due by now' },
      { zh: '经常性检查：已完成1次，截至目前应完成2次', en: 'routine inspections: 1 done, 2 due by now' },
      { zh: '上半年自查逾期未完成（应于2025-06-30前完成）', en: 'first-half self-check overdue (due by 2025-06-30)' },
      { zh: '上半年自查总结逾期未报送（应于2025-07-15前报送）', en: 'first-half self-check report overdue (due by 2025-07-15)' },
    ]);
  });
});

describe('validateFrequencyRules', () => {
  const base = DEFAULT_FREQUENCY_RULES;
  const withCount = (over: Partial<FrequencyRules['counts'][number]>): FrequencyRules => ({ ...base, counts: [{ ...base.counts[0]!, ...over }] });
  const rules = (r: FrequencyRules) => validateFrequencyRules(r).map(({ field, rule }) => ({ field, rule }));

  it('accepts other counts with matching milestones (e.g. 3 regular inspections)', () => {
    expect(rules(withCount({ perYear: 3, milestones: [{ by: '04-30', cumulative: 1 }, { by: '08-31', cumulative: 2 }, { by: '12-31', cumulative: 3 }] }))).toEqual([]);
  });

  it('requires milestones that reach the yearly count', () => {
    expect(rules(withCount({ perYear: 3 }))).toEqual([{ field: 'counts[0].milestones', rule: 'MILESTONES_REACH_YEARLY' }]);
  });

  it('requires ascending days and non-decreasing counts', () => {
    expect(rules(withCount({ milestones: [{ by: '06-30', cumulative: 2 }, { by: '06-30', cumulative: 1 }, { by: '12-31', cumulative: 2 }] }))).toEqual([
      { field: 'counts[0].milestones[1].by', rule: 'MILESTONES_ASCENDING' },
      { field: 'counts[0].milestones[1].cumulative', rule: 'CUMULATIVE_NON_DECREASING' },
    ]);
  });

  it('rejects malformed month-days, including 29 February', () => {
    expect(rules(withCount({ milestones: [{ by: '6-30', cumulative: 1 }, { by: '12-31', cumulative: 2 }] }))).toEqual([{ field: 'counts[0].milestones[0].by', rule: 'MONTH_DAY_FORMAT' }]);
    expect(rules({ ...base, selfChecks: [{ ...base.selfChecks[0]!, dueBy: '02-29', reportDueBy: '06-31' }] })).toEqual([
      { field: 'selfChecks[0].dueBy', rule: 'MONTH_DAY_FORMAT' },
      { field: 'selfChecks[0].reportDueBy', rule: 'MONTH_DAY_FORMAT' },
    ]);
    expect(() => dayOfYear(2024, '02-29')).toThrow(RangeError);
  });

  it('rejects negative counts, no counted kinds, duplicate codes and windows out of order', () => {
    expect(rules(withCount({ perYear: -1, countedKinds: [] }))).toEqual([
      { field: 'counts[0].countedKinds', rule: 'COUNTED_KINDS' },
      { field: 'counts[0].perYear', rule: 'COUNT_NON_NEGATIVE' },
    ]);
    expect(rules({ counts: [base.counts[0]!, base.counts[0]!], selfChecks: [base.selfChecks[1]!, { ...base.selfChecks[0]!, code: 'H2' }] })).toEqual([
      { field: 'counts[1].code', rule: 'CODE_UNIQUE' },
      { field: 'selfChecks[1].code', rule: 'CODE_UNIQUE' },
      { field: 'selfChecks[1].dueBy', rule: 'WINDOWS_ASCENDING' },
    ]);
  });

  it('makes frequencyCompliance refuse rules that do not validate', () => {
    expect(() => at('2025-07-01', [], withCount({ perYear: 3 }))).toThrow(/last milestone must reach the yearly count 3/);
  });

  it('allows a requirement switched off (0 a year, no milestones)', () => {
    const c = at('2026-01-01', [], withCount({ perYear: 0, milestones: [] }));
    expect(c.counts[0]).toMatchObject({ done: 0, required: 0, expectedByNow: 0, behind: false });
  });
});
