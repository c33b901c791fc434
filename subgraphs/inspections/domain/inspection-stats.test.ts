import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/calendar';
import { DEFAULT_FREQUENCY_RULES, type FrequencyRules, type InspectionRecord } from './frequency';
import { DEFAULT_GRADE_OPTIONS, type GradeOptions } from './grades';
import { collectRows, emptySubjectRows, frequencyRollup, inspectionStats, type RequiredUnit, type SubjectRows } from './inspection-stats';
import type { InspectionKind } from './inspection-kinds';
import type { RectificationCounts, StatsRow } from './stats-query';

const d = (s: string) => s as LocalDate;
const visit = (kind: InspectionKind, date: string, reportedOn: string | null = null): InspectionRecord => ({ kind, date: d(date), selfCheckWindow: null, reportedOn: reportedOn === null ? null : d(reportedOn) });

const A: RequiredUnit = { id: 'unit-a', path: '/4307/430721/430721100/', name: '龙溪镇' };
const B: RequiredUnit = { id: 'unit-b', path: '/4307/430721/430721101/', name: '白泥镇' };
const C: RequiredUnit = { id: 'unit-c', path: '/4307/430721/430721102/', name: '构皮滩镇' };
const COUNTY = '/4307/430721/';
const VILLAGE = '/4307/430721/430721100/430721100201/';

// As of 20 July 2025, today (default rules): 1 regular (by 30 June) and 2 routine (by 31 March and 30 June)
// are due, and the first-half self-check (30 June) with its report (15 July).
const JULY_20 = d('2025-07-20');
const RECORDS = new Map<string, InspectionRecord[]>([
  // A: everything due is done.
  [A.path, [visit('REGULAR', '2025-04-10'), visit('ROUTINE', '2025-02-10'), visit('ROUTINE', '2025-05-10'), visit('SELF_CHECK', '2025-06-20', '2025-07-10')]],
  // B: nothing at all (no entry).
  // C: one routine inspection short.
  [C.path, [visit('REGULAR', '2025-03-01'), visit('ROUTINE', '2025-03-01'), visit('SELF_CHECK', '2025-06-30', '2025-07-15')]],
  // A village nobody asked about: behind, but not a required unit.
  [VILLAGE, []],
]);

describe('frequencyRollup', () => {
  it('counts the required units and lists the ones behind, by path, with their reasons', () => {
    const rollup = frequencyRollup(RECORDS, [C, B, A], COUNTY, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES);
    expect(rollup).toMatchObject({ year: 2025, asOf: '2025-07-20', unitsRequired: 3, unitsBehind: 2, own: null });
    expect(rollup.behind.map((b) => b.unit)).toEqual([B, C]);
    expect(rollup.behind[0]!.reasons.map((r) => r.en)).toEqual([
      'regular inspections: 0 done, 1 due by now',
      'routine inspections: 0 done, 2 due by now',
      'first-half self-check overdue (due by 2025-06-30)',
      'first-half self-check report overdue (due by 2025-07-15)',
    ]);
    expect(rollup.behind[0]!.reasons.map((r) => r.zh)).toEqual([
      '定期检查：已完成0次，截至目前应完成1次',
      '经常性检查：已完成0次，截至目前应完成2次',
      '上半年自查逾期未完成（应于2025-06-30前完成）',
      '上半年自查总结逾期未报送（应于2025-07-15前报送）',
    ]);
    expect(rollup.behind[1]!.reasons.map((r) => r.en)).toEqual(['routine inspections: 1 done, 2 due by now']);
  });

  it('gives the subject’s own compliance only when the subject is a required unit', () => {
    expect(frequencyRollup(RECORDS, [A, B, C], COUNTY, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES).own).toBeNull();
    // A village's records do not make it a required unit.
    expect(frequencyRollup(RECORDS, [A, B, C], VILLAGE, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES).own).toBeNull();

    const a = frequencyRollup(RECORDS, [A], A.path, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES);
    expect(a).toMatchObject({ unitsRequired: 1, unitsBehind: 0, behind: [] });
    expect(a.own).toMatchObject({ year: 2025, asOf: '2025-07-20', behind: false, missedSelfChecks: [], missingReports: [] });
    expect(a.own!.counts.map((c) => [c.code, c.done, c.expectedByNow, c.behind])).toEqual([
      ['REGULAR', 1, 1, false],
      ['ROUTINE', 2, 2, false],
    ]);

    const b = frequencyRollup(RECORDS, [B], B.path, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES);
    expect(b).toMatchObject({ unitsRequired: 1, unitsBehind: 1 });
    expect(b.own).toMatchObject({ behind: true, missedSelfChecks: ['H1'], missingReports: ['H1'] });
    expect(b.own!.counts.map((c) => [c.code, c.done, c.expectedByNow])).toEqual([
      ['REGULAR', 0, 1],
      ['ROUTINE', 0, 2],
    ]);
  });

  it('judges each unit on its own records only, not those of the units below it', () => {
    const records = new Map<string, InspectionRecord[]>([[VILLAGE, [visit('REGULAR', '2025-03-01'), visit('ROUTINE', '2025-02-01'), visit('ROUTINE', '2025-05-01')]]]);
    const rollup = frequencyRollup(records, [A], A.path, d('2025-07-01'), d('2025-07-01'), { counts: DEFAULT_FREQUENCY_RULES.counts, selfChecks: [] });
    expect(rollup.unitsBehind).toBe(1);
    expect(rollup.own!.counts.map((c) => c.done)).toEqual([0, 0]);
  });

  it('has nobody behind before anything is due, and nobody without required units', () => {
    const early = frequencyRollup(new Map(), [A, B, C], COUNTY, d('2025-01-15'), d('2025-01-15'), DEFAULT_FREQUENCY_RULES);
    expect(early).toEqual({ year: 2025, asOf: '2025-01-15', unitsRequired: 3, unitsBehind: 0, behind: [], own: null });
    expect(frequencyRollup(RECORDS, [], COUNTY, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES)).toEqual({ year: 2025, asOf: '2025-07-20', unitsRequired: 0, unitsBehind: 0, behind: [], own: null });
  });

  it('applies the rules it is given and the year of the as-of day', () => {
    const lenient: FrequencyRules = { counts: [], selfChecks: [] };
    expect(frequencyRollup(RECORDS, [A, B, C], COUNTY, JULY_20, JULY_20, lenient)).toMatchObject({ unitsRequired: 3, unitsBehind: 0 });
    // On 1 January 2026 last year's inspections do not count: only what is due in 2026 (nothing yet).
    const newYear = frequencyRollup(RECORDS, [A, B, C], COUNTY, d('2026-01-01'), d('2026-01-01'), DEFAULT_FREQUENCY_RULES);
    expect(newYear).toMatchObject({ year: 2026, unitsBehind: 0 });
    // On 1 April 2026 every unit owes its first routine inspection of the year.
    expect(frequencyRollup(RECORDS, [A, B, C], COUNTY, d('2026-04-01'), d('2026-04-01'), DEFAULT_FREQUENCY_RULES)).toMatchObject({ year: 2026, unitsBehind: 3 });
  });
});

describe('frequencyRollup for a period that is over (judged at its end, its last day included)', () => {
  const LATER = d('2025-09-01');

  it('holds a milestone on the period’s last day due once the period is over, but not on the day itself', () => {
    // Both routine inspections and the first self-check are in; the regular one due by 30 June is not.
    const records = new Map([[A.path, [visit('ROUTINE', '2025-02-10'), visit('ROUTINE', '2025-05-10'), visit('SELF_CHECK', '2025-06-20', '2025-06-25')]]]);
    expect(frequencyRollup(records, [A], A.path, d('2025-06-30'), d('2025-06-30'), DEFAULT_FREQUENCY_RULES)).toMatchObject({ asOf: '2025-06-30', unitsBehind: 0 });
    const over = frequencyRollup(records, [A], A.path, d('2025-06-30'), LATER, DEFAULT_FREQUENCY_RULES);
    expect(over).toMatchObject({ year: 2025, asOf: '2025-06-30', unitsRequired: 1, unitsBehind: 1 });
    expect(over.behind[0]!.reasons.map((r) => r.en)).toEqual(['regular inspections: 0 done, 1 due by now']);
  });

  it('holds the whole year due for a year that is over', () => {
    const records = new Map([[A.path, [visit('REGULAR', '2025-04-10'), visit('ROUTINE', '2025-02-10'), visit('ROUTINE', '2025-05-10'), visit('ROUTINE', '2025-08-10')]]]);
    const year = frequencyRollup(records, [A], A.path, d('2025-12-31'), d('2026-02-01'), { counts: DEFAULT_FREQUENCY_RULES.counts, selfChecks: [] });
    expect(year).toMatchObject({ year: 2025, unitsBehind: 1 });
    expect(year.own!.counts.map((c) => [c.code, c.done, c.expectedByNow])).toEqual([
      ['REGULAR', 1, 2],
      ['ROUTINE', 3, 4],
    ]);
  });

  it('does not count a report sent after the period ended: at its end the report was missing', () => {
    // H1 done 20 June; its report, due 15 July, was sent on 16 July. A period ending 15 July
    // closed with the report overdue and not sent (frequency.ts: a report dated after the as-of
    // day is not yet known). The statement hands reportedOn over as stored, so such a record
    // reaches the roll-up.
    const records = new Map([[A.path, [visit('REGULAR', '2025-04-10'), visit('ROUTINE', '2025-02-10'), visit('ROUTINE', '2025-05-10'), visit('SELF_CHECK', '2025-06-20', '2025-07-16')]]]);
    const over = frequencyRollup(records, [A], A.path, d('2025-07-15'), LATER, DEFAULT_FREQUENCY_RULES);
    expect(over.own!.selfChecks[0]).toMatchObject({ code: 'H1', status: 'ON_TIME', reportedOn: null, reportStatus: 'MISSING' });
    expect(over).toMatchObject({ unitsBehind: 1 });
    expect(over.behind[0]!.reasons.map((r) => r.en)).toEqual(['first-half self-check report overdue (due by 2025-07-15)']);
    // Judged later, the report is known, and late.
    expect(frequencyRollup(records, [A], A.path, d('2025-07-16'), d('2025-07-16'), DEFAULT_FREQUENCY_RULES).own!.selfChecks[0]).toMatchObject({ reportStatus: 'LATE' });
  });
});

// ---------------------------------------------------------------------------------------------

const counts = (over: Partial<RectificationCounts> = {}): RectificationCounts => ({
  opened: 0,
  verifiedOfOpened: 0,
  openNow: 0,
  overdue: 0,
  escalatedOverdue: 0,
  awaitingVerification: 0,
  verifiedInPeriod: 0,
  ...over,
});
const rows = (byKind: [InspectionKind, number, number][], rectifications: Partial<RectificationCounts> = {}): SubjectRows => ({
  byKind: new Map(byKind.map(([kind, count, scoreSum]) => [kind, { count, scoreSum }])),
  rectifications: counts(rectifications),
  records: new Map(),
});

describe('inspectionStats', () => {
  const MIXED = rows([
    ['REGULAR', 2, 170],
    ['ROUTINE', 1, 85],
    ['SELF_CHECK', 3, 300],
  ]);

  it('counts every kind, self-checks included, in the fixed kind order', () => {
    const stats = inspectionStats(MIXED, DEFAULT_GRADE_OPTIONS, null);
    expect(stats.inspections).toBe(6);
    expect(stats.byKind).toEqual([
      { kind: 'REGULAR', count: 2 },
      { kind: 'ROUTINE', count: 1 },
      { kind: 'UNANNOUNCED', count: 0 },
      { kind: 'SELF_CHECK', count: 3 },
      { kind: 'SPECIAL', count: 0 },
    ]);
  });

  it('leaves self-checks out of the average by default: a unit does not grade itself', () => {
    // (170 + 85) / 3 = 85.0; with the self-checks it would be 555 / 6 = 92.5.
    const stats = inspectionStats(MIXED, DEFAULT_GRADE_OPTIONS, null);
    expect(stats).toMatchObject({ scored: 3, averageScore: 85, grade: 'GOOD' });
    expect(stats.scoreRate.numerator).toBeCloseTo(2.55, 10);
    expect(stats.scoreRate.denominator).toBe(3);
    expect(stats.scoreRate.value).toBeCloseTo(0.85, 10);
  });

  it('counts self-checks when the configuration grades them', () => {
    const options: GradeOptions = { ...DEFAULT_GRADE_OPTIONS, gradedKinds: [...DEFAULT_GRADE_OPTIONS.gradedKinds, 'SELF_CHECK'] };
    expect(inspectionStats(MIXED, options, null)).toMatchObject({ scored: 6, averageScore: 92.5, grade: 'EXCELLENT' });
  });

  it('has no average, no grade and no score rate without scored inspections', () => {
    for (const subject of [rows([['SELF_CHECK', 2, 190]]), emptySubjectRows()]) {
      const stats = inspectionStats(subject, DEFAULT_GRADE_OPTIONS, null);
      expect(stats).toMatchObject({ scored: 0, averageScore: null, grade: null });
      expect(stats.scoreRate).toEqual({ numerator: 0, denominator: 0, value: null });
    }
    expect(inspectionStats(emptySubjectRows(), DEFAULT_GRADE_OPTIONS, null).inspections).toBe(0);
  });

  it('rounds the average to one decimal and grades the rounded figure', () => {
    // 179.9 / 2 = 89.95 → 90.0, 优秀; 179.88 / 2 = 89.94 → 89.9, 良好; 250 / 3 = 83.33… → 83.3.
    expect(inspectionStats(rows([['REGULAR', 2, 179.9]]), DEFAULT_GRADE_OPTIONS, null)).toMatchObject({ averageScore: 90, grade: 'EXCELLENT' });
    expect(inspectionStats(rows([['REGULAR', 2, 179.88]]), DEFAULT_GRADE_OPTIONS, null)).toMatchObject({ averageScore: 89.9, grade: 'GOOD' });
    expect(inspectionStats(rows([['ROUTINE', 3, 250]]), DEFAULT_GRADE_OPTIONS, null)).toMatchObject({ averageScore: 83.3, grade: 'GOOD' });
    expect(inspectionStats(rows([['SPECIAL', 1, 59.9]]), DEFAULT_GRADE_OPTIONS, null)).toMatchObject({ averageScore: 59.9, grade: 'FAIL' });
    expect(inspectionStats(rows([['UNANNOUNCED', 1, 60]]), DEFAULT_GRADE_OPTIONS, null)).toMatchObject({ averageScore: 60, grade: 'PASS' });
  });

  it('grades with the configured thresholds', () => {
    const strict: GradeOptions = { ...DEFAULT_GRADE_OPTIONS, thresholds: { EXCELLENT: 95, GOOD: 85, PASS: 70 } };
    expect(inspectionStats(rows([['REGULAR', 1, 85]]), strict, null).grade).toBe('GOOD');
    expect(inspectionStats(rows([['REGULAR', 1, 84.9]]), strict, null).grade).toBe('PASS');
    expect(inspectionStats(rows([['REGULAR', 1, 94.9]]), strict, null).grade).toBe('GOOD');
    expect(inspectionStats(rows([['REGULAR', 1, 69.9]]), strict, null).grade).toBe('FAIL');
  });

  it('gives the completion rate as verified of opened, with no value when none was opened', () => {
    const none = inspectionStats(rows([], { openNow: 2, overdue: 1 }), DEFAULT_GRADE_OPTIONS, null).rectifications;
    expect(none.completionRate).toMatchObject({ numerator: 0, denominator: 0, value: null, meetsTarget: null, target: 1 });
    expect(none).toMatchObject({ openNow: 2, overdue: 1 });

    const some = rows([], { opened: 4, verifiedOfOpened: 3, openNow: 5, overdue: 2, escalatedOverdue: 1, awaitingVerification: 1, verifiedInPeriod: 6 });
    const stats = inspectionStats(some, DEFAULT_GRADE_OPTIONS, null).rectifications;
    expect(stats).toMatchObject({ opened: 4, verifiedOfOpened: 3, openNow: 5, overdue: 2, escalatedOverdue: 1, awaitingVerification: 1, verifiedInPeriod: 6 });
    expect(stats.completionRate).toMatchObject({ numerator: 3, denominator: 4, value: 0.75, target: 1, meetsTarget: false });
    expect(inspectionStats(some, DEFAULT_GRADE_OPTIONS, null, 0.7).rectifications.completionRate.meetsTarget).toBe(true);
    const all = rows([], { opened: 2, verifiedOfOpened: 2 });
    expect(inspectionStats(all, DEFAULT_GRADE_OPTIONS, null).rectifications.completionRate).toMatchObject({ value: 1, meetsTarget: true });
  });

  it('passes the frequency roll-up through', () => {
    const rollup = frequencyRollup(RECORDS, [A, B, C], COUNTY, JULY_20, JULY_20, DEFAULT_FREQUENCY_RULES);
    expect(inspectionStats(MIXED, DEFAULT_GRADE_OPTIONS, rollup).frequency).toBe(rollup);
    expect(inspectionStats(MIXED, DEFAULT_GRADE_OPTIONS, null).frequency).toBeNull();
  });
});

describe('collectRows', () => {
  const row = (over: Partial<StatsRow> & Pick<StatsRow, 'groupKey' | 'part'>): StatsRow => ({
    kind: null,
    unitPath: null,
    day: null,
    win: null,
    reportedOn: null,
    n: null,
    scoreSum: null,
    opened: null,
    verifiedOfOpened: null,
    openNow: null,
    overdue: null,
    escalatedOverdue: null,
    awaitingVerification: null,
    verifiedInPeriod: null,
    ...over,
  });

  it('sorts the rows by subject, reading PostgreSQL bigints, expanding grouped records and ignoring strangers', () => {
    const out = collectRows(
      [A.path, B.path],
      [
        row({ groupKey: A.path, part: 'inspections', kind: 'REGULAR', n: 2n, scoreSum: 171.5 }),
        row({ groupKey: A.path, part: 'rectifications', opened: 3n, verifiedOfOpened: 1n, openNow: 2n, overdue: 1n, escalatedOverdue: 0n, awaitingVerification: 1n, verifiedInPeriod: 2n }),
        row({ groupKey: A.path, part: 'frequency', kind: 'REGULAR', unitPath: A.path, day: '2025-03-01', n: 2 }),
        row({ groupKey: A.path, part: 'frequency', kind: 'SELF_CHECK', unitPath: VILLAGE, day: '2025-06-01', win: 'H1', reportedOn: '2025-06-05', n: 1 }),
        row({ groupKey: C.path, part: 'inspections', kind: 'ROUTINE', n: 9, scoreSum: 900 }),
      ],
    );
    expect([...out.keys()]).toEqual([A.path, B.path]);
    const a = out.get(A.path)!;
    expect(a.byKind).toEqual(new Map([['REGULAR', { count: 2, scoreSum: 171.5 }]]));
    expect(a.rectifications).toEqual({ opened: 3, verifiedOfOpened: 1, openNow: 2, overdue: 1, escalatedOverdue: 0, awaitingVerification: 1, verifiedInPeriod: 2 });
    expect(a.records.get(A.path)).toEqual([
      { kind: 'REGULAR', date: '2025-03-01', selfCheckWindow: null, reportedOn: null },
      { kind: 'REGULAR', date: '2025-03-01', selfCheckWindow: null, reportedOn: null },
    ]);
    expect(a.records.get(VILLAGE)).toEqual([{ kind: 'SELF_CHECK', date: '2025-06-01', selfCheckWindow: 'H1', reportedOn: '2025-06-05' }]);
    expect(out.get(B.path)).toEqual(emptySubjectRows());
  });
});
