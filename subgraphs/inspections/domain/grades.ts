// Quarterly grades (季度等次) per unit (DOMAIN.md "Inspections"): 优秀 / 良好 / 合格 / 不合格 from the
// average score of the quarter's scored inspections; a 不合格 unit gets a 监察建议书 with a deadline.
//
//  - The average is rounded to one decimal first and the grade read from that rounded average, so
//    the grade always agrees with the figure shown (89.95 shows as 90.0 and is 优秀).
//  - Self-checks do not count by default: a unit does not grade itself (configurable).
//  - No scored inspection in the quarter → no grade (null), never 不合格: absence of inspection is
//    the inspecting office's gap, shown by frequency compliance, not the unit's failure.
//  - Thresholds are the lowest average of each grade: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, below 60
//    不合格 (configurable, strictly descending, within 0–100).
import { type LocalDate, parseLocalDate, type WorkingCalendar } from '../../shared/calendar';
import { userError, type UserError } from '../../shared/errors';
import type { InspectionKind } from './inspection-kinds';
import { averageOneDecimal } from './rounding';

export const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Readonly<Record<Grade, { zh: string; en: string }>> = {
  EXCELLENT: { zh: '优秀', en: 'excellent' },
  GOOD: { zh: '良好', en: 'good' },
  PASS: { zh: '合格', en: 'pass' },
  FAIL: { zh: '不合格', en: 'fail' },
};

/** The lowest average that earns each grade; below PASS is FAIL. */
export interface GradeThresholds {
  EXCELLENT: number;
  GOOD: number;
  PASS: number;
}

export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = { EXCELLENT: 90, GOOD: 80, PASS: 60 };

export interface GradeOptions {
  thresholds: GradeThresholds;
  /** Kinds whose scores count towards the grade. */
  gradedKinds: readonly InspectionKind[];
  /** Working days the unit has to answer a 监察建议书 (product default; set by the county). */
  noticeWorkingDays: number;
}

export const DEFAULT_GRADE_OPTIONS: GradeOptions = {
  thresholds: DEFAULT_GRADE_THRESHOLDS,
  gradedKinds: ['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SPECIAL'],
  noticeWorkingDays: 20,
};

export function validateGradeThresholds(t: GradeThresholds): UserError[] {
  const errors: UserError[] = [];
  for (const grade of ['EXCELLENT', 'GOOD', 'PASS'] as const) {
    const v = t[grade];
    if (!Number.isFinite(v) || v <= 0 || v > 100) {
      errors.push(userError(`thresholds.${grade}`, 'THRESHOLD_RANGE', `“${GRADE_LABELS[grade].zh}”分数线须大于0且不超过100`, `the ${GRADE_LABELS[grade].en} threshold is above 0 and at most 100`));
    }
  }
  if (errors.length > 0) return errors;
  if (!(t.EXCELLENT > t.GOOD)) {
    errors.push(userError('thresholds.GOOD', 'THRESHOLDS_DESCENDING', '“良好”分数线须低于“优秀”', 'the good threshold must be below the excellent one'));
  }
  if (!(t.GOOD > t.PASS)) {
    errors.push(userError('thresholds.PASS', 'THRESHOLDS_DESCENDING', '“合格”分数线须低于“良好”', 'the pass threshold must be below the good one'));
  }
  return errors;
}

/** The grade of an average score. Throws RangeError for thresholds that do not validate. */
export function gradeFor(average: number, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): Grade {
  const problems = validateGradeThresholds(thresholds);
  if (problems.length > 0) throw new RangeError(problems.map((p) => p.messageEn).join('; '));
  if (average >= thresholds.EXCELLENT) return 'EXCELLENT';
  if (average >= thresholds.GOOD) return 'GOOD';
  if (average >= thresholds.PASS) return 'PASS';
  return 'FAIL';
}

export interface ScoredInspection {
  kind: InspectionKind;
  date: LocalDate;
  /** 0–100, as computed by scoring.ts. */
  score: number;
}

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

export interface SupervisionNotice {
  /** 监察建议书 */
  label: { zh: string; en: string };
  issuedOn: LocalDate;
  /** The unit answers with its rectification by this day. */
  dueOn: LocalDate;
}

export interface QuarterlyGrade {
  year: number;
  quarter: number;
  /** Scored inspections counted. */
  count: number;
  /** One decimal; null with none. */
  average: number | null;
  grade: Grade | null;
  /** Set only for FAIL. */
  supervisionNotice: SupervisionNotice | null;
}

export const quarterOf = (date: LocalDate): Quarter => {
  const d = parseLocalDate(date);
  return { year: Number(d.slice(0, 4)), quarter: Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 };
};

/**
 * The grade of one unit for one quarter, from all its scored inspections (others are filtered
 * out). `gradedOn` is the day the grade is issued: a 监察建议书's deadline counts from it.
 */
export function quarterlyGrade(
  inspections: readonly ScoredInspection[],
  quarter: Quarter,
  gradedOn: LocalDate,
  calendar: WorkingCalendar,
  options: GradeOptions = DEFAULT_GRADE_OPTIONS,
): QuarterlyGrade {
  if (!Number.isInteger(quarter.quarter) || quarter.quarter < 1 || quarter.quarter > 4) {
    throw new RangeError(`季度须为1–4 / the quarter is 1–4, got ${quarter.quarter}`);
  }
  const scores = inspections
    .filter((i) => options.gradedKinds.includes(i.kind))
    .filter((i) => {
      const q = quarterOf(i.date);
      return q.year === quarter.year && q.quarter === quarter.quarter;
    })
    .map((i) => i.score);
  const average = averageOneDecimal(scores);
  const grade = average === null ? null : gradeFor(average, options.thresholds);
  const supervisionNotice: SupervisionNotice | null =
    grade === 'FAIL'
      ? {
          label: { zh: '监察建议书', en: 'supervision recommendation' },
          issuedOn: gradedOn,
          dueOn: calendar.addWorkingDays(gradedOn, options.noticeWorkingDays),
        }
      : null;
  return { year: quarter.year, quarter: quarter.quarter, count: scores.length, average, grade, supervisionNotice };
}
