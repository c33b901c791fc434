import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, type LocalDate } from '../../shared/calendar';
import {
  DEFAULT_GRADE_OPTIONS,
  DEFAULT_GRADE_THRESHOLDS,
  GRADE_LABELS,
  GRADES,
  gradeFor,
  quarterlyGrade,
  quarterOf,
  validateGradeThresholds,
  type ScoredInspection,
} from './grades';
import type { InspectionKind } from './inspection-kinds';

const cal = createWorkingCalendar();
const d = (s: string) => s as LocalDate;
const scored = (date: string, score: number, kind: InspectionKind = 'REGULAR'): ScoredInspection => ({ kind, date: d(date), score });
const rules = (t: Parameters<typeof validateGradeThresholds>[0]) => validateGradeThresholds(t).map(({ field, rule }) => ({ field, rule }));

describe('grades', () => {
  it('are 优秀 良好 合格 不合格', () => {
    expect(GRADES.map((g) => GRADE_LABELS[g].zh)).toEqual(['优秀', '良好', '合格', '不合格']);
  });

  it('start at 90, 80 and 60 exactly', () => {
    expect(DEFAULT_GRADE_THRESHOLDS).toEqual({ EXCELLENT: 90, GOOD: 80, PASS: 60 });
    expect([100, 90, 89.9, 80, 79.9, 60, 59.9, 0].map((s) => gradeFor(s))).toEqual(['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL', 'FAIL']);
  });

  it('follow configured thresholds', () => {
    const strict = { EXCELLENT: 95, GOOD: 85, PASS: 70 };
    expect([95, 94.9, 85, 70, 69.9].map((s) => gradeFor(s, strict))).toEqual(['EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'FAIL']);
  });
});

describe('validateGradeThresholds', () => {
  it('accepts strictly descending thresholds in (0, 100]', () => {
    expect(rules({ EXCELLENT: 100, GOOD: 99.5, PASS: 0.1 })).toEqual([]);
  });

  it('rejects equal or rising thresholds', () => {
    expect(rules({ EXCELLENT: 90, GOOD: 90, PASS: 60 })).toEqual([{ field: 'thresholds.GOOD', rule: 'THRESHOLDS_DESCENDING' }]);
    expect(rules({ EXCELLENT: 90, GOOD: 80, PASS: 85 })).toEqual([{ field: 'thresholds.PASS', rule: 'THRESHOLDS_DESCENDING' }]);
  });

  it('rejects thresholds out of range', () => {
    expect(rules({ EXCELLENT: 101, GOOD: 80, PASS: 0 })).toEqual([
      { field: 'thresholds.EXCELLENT', rule: 'THRESHOLD_RANGE' },
      { field: 'thresholds.PASS', rule: 'THRESHOLD_RANGE' },
    ]);
    expect(rules({ EXCELLENT: 90, GOOD: Number.NaN, PASS: 60 })).toEqual([{ field: 'thresholds.GOOD', rule: 'THRESHOLD_RANGE' }]);
  });

  it('make gradeFor refuse invalid thresholds', () => {
    expect(() => gradeFor(70, { EXCELLENT: 60, GOOD: 80, PASS: 90 })).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it('splits the year at the quarter boundaries', () => {
    expect(['2025-01-01', '2025-03-31', '2025-04-01', '2025-06-30', '2025-07-01', '2025-09-30', '2025-10-01', '2025-12-31'].map((s) => quarterOf(d(s)).quarter)).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(quarterOf(d('2026-02-01'))).toEqual({ year: 2026, quarter: 1 });
  });
});

describe('quarterlyGrade', () => {
  const Q3 = { year: 2025, quarter: 3 };
  const grade = (inspections: ScoredInspection[], gradedOn = '2025-10-09') => quarterlyGrade(inspections, Q3, d(gradedOn), cal);

  it('averages the quarter’s scores to one decimal and grades that', () => {
    expect(grade([scored('2025-07-10', 92), scored('2025-08-20', 85), scored('2025-09-30', 81)])).toEqual({
      year: 2025,
      quarter: 3,
      count: 3,
      average: 86,
      grade: 'GOOD',
      supervisionNotice: null,
    });
  });

  it('grades the rounded average, so it agrees with the figure shown', () => {
    // (89.9 + 90) / 2 = 89.95 → shown as 90 → 优秀.
    expect(grade([scored('2025-07-10', 89.9), scored('2025-08-20', 90)])).toMatchObject({ average: 90, grade: 'EXCELLENT' });
    expect(grade([scored('2025-07-10', 89.8), scored('2025-08-20', 90)])).toMatchObject({ average: 89.9, grade: 'GOOD' });
  });

  it('counts only the quarter: 30 June and 1 October fall outside Q3', () => {
    expect(grade([scored('2025-06-30', 10), scored('2025-07-01', 70), scored('2025-09-30', 70), scored('2025-10-01', 10), scored('2024-08-01', 10)])).toMatchObject({
      count: 2,
      average: 70,
      grade: 'PASS',
    });
  });

  it('gives no grade without a scored inspection, never 不合格', () => {
    expect(grade([])).toEqual({ year: 2025, quarter: 3, count: 0, average: null, grade: null, supervisionNotice: null });
    expect(grade([scored('2025-04-01', 20)])).toMatchObject({ grade: null, supervisionNotice: null });
  });

  it('leaves self-checks out by default, and a quarter with only self-checks has no grade', () => {
    expect(grade([scored('2025-07-10', 100, 'SELF_CHECK'), scored('2025-08-10', 50, 'UNANNOUNCED')])).toMatchObject({ count: 1, average: 50, grade: 'FAIL' });
    expect(grade([scored('2025-07-10', 100, 'SELF_CHECK')])).toMatchObject({ count: 0, grade: null });
    const withSelf = { ...DEFAULT_GRADE_OPTIONS, gradedKinds: [...DEFAULT_GRADE_OPTIONS.gradedKinds, 'SELF_CHECK' as const] };
    expect(quarterlyGrade([scored('2025-07-10', 100, 'SELF_CHECK')], Q3, d('2025-10-09'), cal, withSelf)).toMatchObject({ count: 1, grade: 'EXCELLENT' });
  });

  it('issues a 监察建议书 for 不合格, due 20 working days after grading (国庆 2025 skipped)', () => {
    // Graded Tue 2025-09-30: 10-09, 10-10, 10-11 (调休 Sat), 10-13 … 10-31 (18), 11-03, 11-04 (20th, Tue).
    expect(grade([scored('2025-07-10', 59.9)], '2025-09-30')).toMatchObject({
      average: 59.9,
      grade: 'FAIL',
      supervisionNotice: { label: { zh: '监察建议书', en: 'supervision recommendation' }, issuedOn: '2025-09-30', dueOn: '2025-11-04' },
    });
  });

  it('takes a configured deadline and thresholds', () => {
    const options = { ...DEFAULT_GRADE_OPTIONS, noticeWorkingDays: 5, thresholds: { EXCELLENT: 95, GOOD: 85, PASS: 70 } };
    expect(quarterlyGrade([scored('2025-11-03', 65)], { year: 2025, quarter: 4 }, d('2026-01-05'), cal, options)).toMatchObject({
      grade: 'FAIL',
      supervisionNotice: { dueOn: '2026-01-12' },
    });
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => quarterlyGrade([], { year: 2025, quarter: 5 }, d('2025-10-09'), cal)).toThrow(RangeError);
  });
});
