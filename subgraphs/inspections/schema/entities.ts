// Entities owned by the departments subgraph that inspections extends with `inspectionStats` and
// the unit `scorecard` (考核测评). The fields @require the path (orgPath for departments), so the
// gateway asks this subgraph once for every unit in a response; the statement is one per sibling
// group, and the other domains' figures one call per source subgraph.
import { toLocalDate } from '../../shared/calendar';
import { monthlyTrend, periodOrThrow, type Period } from '../../shared/period';
import { isWithin } from '../../shared/scope';
import { registerPeriodTypes, registerValueTypes, trendDescription, TREND_PERIOD_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import type { FrequencyCompliance } from '../domain/frequency';
import { GRADE_LABELS } from '../domain/grades';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../domain/inspection-kinds';
import { emptySubjectRows, frequencyRollup, inspectionStats, type InspectionStats, type SubjectRows, type UnitBehind } from '../domain/inspection-stats';
import { computeScorecard, type MeasureLine, type PartLine, type Scorecard, type ScorecardPart } from '../domain/scorecard';
import type { InspectionsLoaders, SourceFigures } from '../loaders';
import type { Subject } from '../scorecard-sources';
import type { InspectionsServices } from '../services';
import {
  InspectionGradeEnum,
  InspectionKindEnum,
  ScorecardMeasureEnum,
  ScorecardPartEnum,
  SelfCheckReportStatusEnum,
  SelfCheckStatusEnum,
} from './enums';

export const { UserErrorRef, KpiRateRef } = registerValueTypes(builder);
export const { PeriodInputRef, PeriodRef } = registerPeriodTypes(builder);

const KindCountRef = builder.objectRef<{ kind: InspectionKind; count: number }>('InspectionKindCount').implement({
  description: '按检查方式统计 — inspections of one kind',
  fields: (t) => ({
    kind: t.field({ type: InspectionKindEnum, description: '检查方式 — kind', resolve: (k) => k.kind }),
    label: t.string({ description: '名称 — kind in Chinese', resolve: (k) => INSPECTION_KIND_LABELS[k.kind].zh }),
    count: t.exposeInt('count', { description: '次数 — inspections in the period' }),
  }),
});

const FrequencyCountRef = builder.objectRef<FrequencyCompliance['counts'][number]>('FrequencyCount').implement({
  description: '检查频次要求 — one count requirement (定期检查 ≥ 2, 经常性检查 ≥ 4 a year by default)',
  fields: (t) => ({
    code: t.exposeString('code', { description: '要求代码 — REGULAR or ROUTINE' }),
    label: t.string({ description: '名称 — requirement in Chinese', resolve: (c) => c.label.zh }),
    done: t.exposeInt('done', { description: '已完成 — inspections of the counted kinds this year up to the as-of day' }),
    required: t.exposeInt('required', { description: '年度要求 — required in the year' }),
    expectedByNow: t.exposeInt('expectedByNow', { description: '截至目前应完成 — cumulative count due by the latest passed milestone' }),
    behind: t.exposeBoolean('behind', { description: '是否滞后 — fewer done than due by now' }),
    nextMilestoneBy: t.field({ type: 'LocalDate', nullable: true, description: '下一节点 — the next milestone day', resolve: (c) => c.nextMilestone?.by ?? null }),
    nextMilestoneCount: t.int({ nullable: true, description: '下一节点累计次数 — inspections due by the next milestone', resolve: (c) => c.nextMilestone?.cumulative ?? null }),
  }),
});

const SelfCheckWindowRef = builder.objectRef<FrequencyCompliance['selfChecks'][number]>('SelfCheckWindowStatus').implement({
  description: '自查批次 — one self-check window (end of June / end of November) and its report (15 July / 15 November)',
  fields: (t) => ({
    code: t.exposeString('code', { description: '批次代码 — H1 or H2' }),
    label: t.string({ description: '名称 — window in Chinese', resolve: (w) => w.label.zh }),
    dueBy: t.field({ type: 'LocalDate', description: '自查截止 — self-check due by', resolve: (w) => w.dueBy }),
    reportDueBy: t.field({ type: 'LocalDate', description: '总结报送截止 — report due by', resolve: (w) => w.reportDueBy }),
    doneOn: t.field({ type: 'LocalDate', nullable: true, description: '自查日期 — the self-check counted for it', resolve: (w) => w.doneOn }),
    status: t.field({ type: SelfCheckStatusEnum, description: '完成情况 — status', resolve: (w) => w.status }),
    reportedOn: t.field({ type: 'LocalDate', nullable: true, description: '报送日期 — report sent on', resolve: (w) => w.reportedOn }),
    reportStatus: t.field({ type: SelfCheckReportStatusEnum, description: '报送情况 — report status', resolve: (w) => w.reportStatus }),
  }),
});

export const FrequencyComplianceRef = builder.objectRef<FrequencyCompliance>('FrequencyCompliance').implement({
  description: '检查频次达标情况 — one unit’s inspections and self-checks against the yearly rules, as of a day',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 — year' }),
    asOf: t.field({ type: 'LocalDate', description: '截至 — judged as of this day', resolve: (c) => c.asOf }),
    behind: t.exposeBoolean('behind', { description: '是否滞后 — a count behind, a self-check overdue, or a report overdue' }),
    counts: t.field({ type: [FrequencyCountRef], description: '次数要求 — count requirements', resolve: (c) => c.counts }),
    selfChecks: t.field({ type: [SelfCheckWindowRef], description: '自查批次 — self-check windows', resolve: (c) => c.selfChecks }),
    extraSelfChecks: t.exposeInt('extraSelfChecks', { description: '额外自查 — self-checks beyond one per window' }),
  }),
});

const UnitBehindRef = builder.objectRef<UnitBehind>('UnitBehindOnInspections').implement({
  description: '频次滞后单位 — a unit behind on the frequency rules, with the reasons',
  fields: (t) => ({
    unitId: t.id({ description: '单位标识 — org unit id', resolve: (u) => u.unit.id }),
    name: t.string({ description: '单位名称 — unit name', resolve: (u) => u.unit.name }),
    path: t.string({ description: '单位路径 — unit path', resolve: (u) => u.unit.path }),
    reasons: t.stringList({ description: '原因 — why, in Chinese', resolve: (u) => u.reasons.map((r) => r.zh) }),
    reasonsEn: t.stringList({ description: '原因（英文） — why, in English', resolve: (u) => u.reasons.map((r) => r.en) }),
  }),
});

const FrequencyRollupRef = builder.objectRef<NonNullable<InspectionStats['frequency']>>('InspectionFrequency').implement({
  description: '检查频次 — frequency compliance of the units the rules apply to (townships by default) in the subtree',
  fields: (t) => ({
    year: t.exposeInt('year', { description: '年度 — the as-of day’s year' }),
    asOf: t.field({ type: 'LocalDate', description: '截至 — as of this day', resolve: (f) => f.asOf }),
    unitsRequired: t.exposeInt('unitsRequired', { description: '应检单位数 — units the rules apply to' }),
    unitsBehind: t.exposeInt('unitsBehind', { description: '滞后单位数 — of those, units behind' }),
    behind: t.field({ type: [UnitBehindRef], description: '滞后单位 — the units behind, by path', resolve: (f) => f.behind }),
    own: t.field({ type: FrequencyComplianceRef, nullable: true, description: '本单位 — the unit’s own compliance; null when the rules do not apply to its tier', resolve: (f) => f.own }),
  }),
});

type WithPeriod = InspectionStats & { period: Period };

export const InspectionStatsRef = builder.objectRef<WithPeriod>('InspectionStats').implement({
  description: '督查统计 — inspection figures of a unit (with the units below it) or a department’s windows, the count beside every rate',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '统计期间 — the period', resolve: (s) => s.period }),
    inspections: t.exposeInt('inspections', { description: '检查次数 — inspections (of every kind) in the period' }),
    byKind: t.field({ type: [KindCountRef], description: '按检查方式 — by kind', resolve: (s) => s.byKind }),
    scored: t.exposeInt('scored', { description: '计分检查 — inspections counted for the average (self-checks excluded)' }),
    averageScore: t.exposeFloat('averageScore', { nullable: true, description: '平均得分 — 0–100, one decimal; null without inspections' }),
    grade: t.field({ type: InspectionGradeEnum, nullable: true, description: '等次 — the grade the average earns (thresholds configurable); null without inspections', resolve: (s) => s.grade }),
    gradeLabel: t.string({ nullable: true, description: '等次名称 — grade in Chinese', resolve: (s) => (s.grade ? GRADE_LABELS[s.grade].zh : null) }),
    rectificationsOpened: t.int({ description: '整改数 — rectifications opened in the period', resolve: (s) => s.rectifications.opened }),
    rectificationsVerified: t.int({ description: '已销号 — of those, verified and closed by now', resolve: (s) => s.rectifications.verifiedOfOpened }),
    completionRate: t.field({ type: KpiRateRef, description: '整改完成率 — verified / opened in the period', resolve: (s) => s.rectifications.completionRate }),
    openRectifications: t.int({ description: '未销号整改 — rectifications not yet verified at the snapshot', resolve: (s) => s.rectifications.openNow }),
    overdueRectifications: t.int({ description: '超期整改 — the owner still has to act and the deadline has passed', resolve: (s) => s.rectifications.overdue }),
    escalatedOverdue: t.int({ description: '已督办超期整改 — overdue ones whose deadline was escalated', resolve: (s) => s.rectifications.escalatedOverdue }),
    awaitingVerification: t.int({ description: '待验收 — submitted, waiting for the inspecting office', resolve: (s) => s.rectifications.awaitingVerification }),
    verifiedInPeriod: t.int({ description: '期内销号 — rectifications verified in the period', resolve: (s) => s.rectifications.verifiedInPeriod }),
    frequency: t.field({ type: FrequencyRollupRef, nullable: true, description: '检查频次 — compliance with the yearly rules; null for departments', resolve: (s) => s.frequency }),
  }),
});

const MeasureLineRef = builder.objectRef<MeasureLine>('ScorecardMeasureLine').implement({
  description: '考核指标得分 — one measure: its figures, weight and points',
  fields: (t) => ({
    measure: t.field({ type: ScorecardMeasureEnum, description: '指标 — measure', resolve: (m) => m.measure }),
    part: t.field({ type: ScorecardPartEnum, description: '板块 — domain', resolve: (m) => m.part }),
    label: t.string({ description: '名称 — measure in Chinese', resolve: (m) => m.label.zh }),
    numerator: t.exposeFloat('numerator', { nullable: true, description: '分子 — counted (for the average score: the sum of scores / 100)' }),
    denominator: t.exposeFloat('denominator', { nullable: true, description: '分母 — cases, requests or inspections it rests on' }),
    value: t.exposeFloat('value', { nullable: true, description: '比率 (0–1) — null without data' }),
    weight: t.exposeFloat('weight', { description: '配置权重 — weight as configured' }),
    effectiveWeight: t.exposeFloat('effectiveWeight', { description: '实际权重 — share of the 100 points after redistribution; 0 without data' }),
    contribution: t.exposeFloat('contribution', { nullable: true, description: '得分 — points added to the score; null without data' }),
    hasData: t.exposeBoolean('hasData', { description: '是否有数据 — a denominator above 0' }),
  }),
});

const PartLineRef = builder.objectRef<PartLine>('ScorecardPartLine').implement({
  description: '考核板块得分 — one domain’s share and points',
  fields: (t) => ({
    part: t.field({ type: ScorecardPartEnum, description: '板块 — domain', resolve: (p) => p.part }),
    label: t.string({ description: '名称 — domain in Chinese', resolve: (p) => p.label.zh }),
    effectiveWeight: t.exposeFloat('effectiveWeight', { description: '实际权重 — share of the 100 points' }),
    contribution: t.exposeFloat('contribution', { nullable: true, description: '得分 — points; null when none of its measures has data' }),
  }),
});

const UnavailableRef = builder.objectRef<{ part: ScorecardPart; reason: string }>('ScorecardUnavailablePart').implement({
  description: '暂不可用板块 — a domain whose subgraph did not answer; its measures count as without data',
  fields: (t) => ({
    part: t.field({ type: ScorecardPartEnum, description: '板块 — domain', resolve: (u) => u.part }),
    reason: t.exposeString('reason', { description: '原因 — why (for operators)' }),
  }),
});

type ScorecardView = Scorecard & { period: Period; unavailable: SourceFigures['unavailable'] };

export const ScorecardRef = builder.objectRef<ScorecardView>('UnitScorecard').implement({
  description:
    '考核测评 — weighted score of a unit or department across approvals, complaints, disclosures and inspections; measures without data have their weight redistributed (docs/architecture.md)',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '考核期间 — the period', resolve: (s) => s.period }),
    score: t.exposeFloat('score', { nullable: true, description: '综合得分 — 0–100, one decimal; null when no measure has data' }),
    measures: t.field({ type: [MeasureLineRef], description: '指标 — every measure', resolve: (s) => s.measures }),
    parts: t.field({ type: [PartLineRef], description: '板块 — every domain', resolve: (s) => s.parts }),
    missing: t.field({ type: [ScorecardMeasureEnum], description: '无数据指标 — weighted measures without data (weight redistributed)', resolve: (s) => s.missing }),
    unavailable: t.field({ type: [UnavailableRef], description: '暂不可用 — domains whose subgraph did not answer', resolve: (s) => s.unavailable }),
    complete: t.boolean({ description: '数据完整 — every measure had data and every domain answered', resolve: (s) => s.missing.length === 0 && s.unavailable.length === 0 }),
  }),
});

interface Ctx {
  services: InspectionsServices;
  loaders: InspectionsLoaders;
}

async function requiredUnits(ctx: Ctx, subjectPath: string) {
  const tiers = ctx.services.config.frequencyTiers;
  return (await ctx.services.units()).filter((u) => tiers.includes(u.tier) && u.path.startsWith(subjectPath)).map((u) => ({ id: u.id, path: u.path, name: u.name }));
}

function statsOf(rows: SubjectRows, ctx: Ctx, period: Period, frequency: InspectionStats['frequency']): WithPeriod {
  return { ...inspectionStats(rows, ctx.services.config.grades, frequency), period };
}

/** The scorecard of one subject: its own inspection figures and the other domains', loaded in parallel. */
async function scorecardOf(ctx: Ctx, period: Period, own: Promise<SubjectRows>, subject: Subject): Promise<ScorecardView> {
  const [rows, others] = await Promise.all([own, ctx.loaders.sourceFigures.load({ period, subject })]);
  const stats = inspectionStats(rows, ctx.services.config.grades, null);
  const outcome = computeScorecard(
    { ...others.input, INSPECTION_SCORE: stats.scoreRate, RECTIFICATION_COMPLETION: stats.rectifications.completionRate },
    ctx.services.config.weights,
  );
  // Weights are validated at start-up and figures come from the domains' own rates.
  if (!outcome.ok) throw new Error(`scorecard refused its inputs: ${outcome.errors.map((e) => e.messageEn).join('; ')}`);
  return { ...outcome.scorecard, period, unavailable: others.unavailable };
}

export const OrgUnitStub = builder.externalRef('OrgUnit', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '行政区划单位 — an org unit (owned by departments); inspections adds its figures and scorecard',
  externalFields: (t) => ({ path: t.string({ description: '物化路径 — materialized path (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    inspectionStats: t.field({
      type: InspectionStatsRef,
      nullable: true,
      description: '督查统计 — inspections of the unit and the units below it, their rectifications and frequency compliance; null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        const [rows, required] = await Promise.all([ctx.loaders.orgUnitStats.load({ ...period, subject: unit.path }), requiredUnits(ctx, unit.path)]);
        const today = toLocalDate(ctx.services.now());
        return statsOf(rows, ctx, period, frequencyRollup(rows.records, required, unit.path, period.asOf, today, ctx.services.config.frequency));
      },
    }),
    inspectionTrend: t.field({
      type: [InspectionStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('督查', 'inspection figures', 'inspectionStats'),
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (unit, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(unit.path, ctx.viewer.scopePath), async (period) => {
          const [series, required] = await Promise.all([ctx.loaders.orgUnitTrend.load({ ...period, subject: unit.path }), requiredUnits(ctx, unit.path)]);
          const today = toLocalDate(ctx.services.now());
          // Frequency is judged per month as of its snapshot, from the rows that month's own statement reads.
          return (month, i) => {
            const rows = series[i] ?? emptySubjectRows();
            return statsOf(rows, ctx, month, frequencyRollup(rows.records, required, unit.path, month.asOf, today, ctx.services.config.frequency));
          };
        }),
    }),
    scorecard: t.field({
      type: ScorecardRef,
      nullable: true,
      description: '考核测评 — the unit’s weighted score across the four domains (its subtree’s figures); null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        return scorecardOf(ctx, period, ctx.loaders.orgUnitStats.load({ ...period, subject: unit.path }), { kind: 'unit', id: unit.id, path: unit.path });
      },
    }),
  }),
});

export const DepartmentStub = builder.externalRef('Department', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '部门/单位 — a department (owned by departments); inspections adds its windows’ figures and its scorecard',
  externalFields: (t) => ({ orgPath: t.string({ description: '所属单位路径 — path of its org unit (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    inspectionStats: t.field({
      type: InspectionStatsRef,
      nullable: true,
      description: '督查统计 — inspections of the department’s windows and their rectifications; null outside your scope',
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (department, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(department.orgPath, ctx.viewer.scopePath)) return null;
        return statsOf(await ctx.loaders.departmentStats.load({ ...period, subject: department.id }), ctx, period, null);
      },
    }),
    inspectionTrend: t.field({
      type: [InspectionStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('督查', 'inspection figures of the department’s windows', 'inspectionStats'),
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (department, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(department.orgPath, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.departmentTrend.load({ ...period, subject: department.id });
          return (month, i) => statsOf(series[i] ?? emptySubjectRows(), ctx, month, null);
        }),
    }),
    scorecard: t.field({
      type: ScorecardRef,
      nullable: true,
      description: '考核测评 — the department’s weighted score across the four domains; null outside your scope',
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (department, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(department.orgPath, ctx.viewer.scopePath)) return null;
        const own = ctx.loaders.departmentStats.load({ ...period, subject: department.id });
        return scorecardOf(ctx, period, own, { kind: 'department', id: department.id, orgPath: department.orgPath });
      },
    }),
  }),
});
