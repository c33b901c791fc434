import { describeLabelled, describeValues as describe, registerWarningLevel } from '../../shared/value-types';
import { builder } from '../builder';
import { GRADE_LABELS, GRADES, type Grade } from '../domain/grades';
import { INSPECTION_KIND_LABELS, INSPECTION_KINDS, type InspectionKind } from '../domain/inspection-kinds';
import { RECTIFICATION_STATE_LABELS, RECTIFICATION_STATES, type RectificationState } from '../domain/rectification';
import { MEASURE_LABELS, PART_LABELS, SCORECARD_MEASURES, SCORECARD_PARTS, type ScorecardMeasure, type ScorecardPart } from '../domain/scorecard';
import { SELF_CHECK_STATUS_LABELS, type ReportStatus, type SelfCheckStatus } from '../domain/frequency';

export const InspectionKindEnum = builder.enumType('InspectionKind', {
  description: '检查方式 — kind of inspection',
  values: describeLabelled<InspectionKind>(INSPECTION_KINDS, INSPECTION_KIND_LABELS),
});

export const RectificationStateEnum = builder.enumType('RectificationState', {
  description: '整改状态 — where a rectification stands',
  values: describeLabelled<RectificationState>(RECTIFICATION_STATES, RECTIFICATION_STATE_LABELS),
});

export const InspectionGradeEnum = builder.enumType('InspectionGrade', {
  description: '考核等次 — grade from the average inspection score',
  values: describeLabelled<Grade>(GRADES, GRADE_LABELS),
});

export const SelfCheckStatusEnum = builder.enumType('SelfCheckStatus', {
  description: '自查完成情况 — a self-check window’s status',
  values: describeLabelled<SelfCheckStatus>(['ON_TIME', 'LATE', 'MISSED', 'PENDING'], SELF_CHECK_STATUS_LABELS),
});

const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, { zh: string; en: string }>> = {
  ON_TIME: { zh: '按时报送', en: 'sent on time' },
  LATE: { zh: '逾期报送', en: 'sent late' },
  MISSING: { zh: '逾期未报送', en: 'overdue' },
  PENDING: { zh: '未到期', en: 'not yet due' },
};
export const SelfCheckReportStatusEnum = builder.enumType('SelfCheckReportStatus', {
  description: '工作总结报送情况 — a self-check report’s status',
  values: describeLabelled<ReportStatus>(['ON_TIME', 'LATE', 'MISSING', 'PENDING'], REPORT_STATUS_LABELS),
});

export const ScorecardMeasureEnum = builder.enumType('ScorecardMeasure', {
  description: '考核指标 — a measure of the unit scorecard',
  values: describeLabelled<ScorecardMeasure>(SCORECARD_MEASURES, MEASURE_LABELS),
});

export const ScorecardPartEnum = builder.enumType('ScorecardPart', {
  description: '考核板块 — the domain a scorecard measure comes from',
  values: describeLabelled<ScorecardPart>(SCORECARD_PARTS, PART_LABELS),
});

export const InspectionSortEnum = builder.enumType('InspectionSort', {
  description: '检查排序 — order of the inspection list',
  values: describe(['NEWEST_FIRST', 'LOWEST_SCORE_FIRST'] as const, {
    NEWEST_FIRST: '最新在前 — latest visit first',
    LOWEST_SCORE_FIRST: '得分最低在前 — lowest score first',
  }),
});

export const WarningLevelEnum = registerWarningLevel(builder);
