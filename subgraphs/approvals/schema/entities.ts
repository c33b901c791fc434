// Entities owned by the departments subgraph that approvals references (Case.receivingUnit …)
// and extends with `approvalStats`. Stats need the unit's path (and the department's), so the
// fields @require it: the gateway fetches path from departments, then asks approvals once for
// all units in the response.
import { monthlyTrend, periodOrThrow, type Period } from '../../shared/period';
import { registerPeriodTypes, registerValueTypes, trendDescription, TREND_PERIOD_DESCRIPTION } from '../../shared/value-types';
import { isWithin } from '../../shared/scope';
import { builder } from '../builder';
import { approvalStats, EMPTY_COUNTS, type ApprovalStats } from '../domain/approval-stats';

const TREND_DESCRIPTION = trendDescription('审批', 'approval figures', 'approvalStats');

export const { UserErrorRef, KpiRateRef } = registerValueTypes(builder);
export const { PeriodInputRef, PeriodRef, AgeingBucketRef } = registerPeriodTypes(builder);

type WithPeriod = ApprovalStats & { period: Period };

export const ApprovalStatsRef = builder.objectRef<WithPeriod>('ApprovalStats').implement({
  description: '审批统计 — approval figures of a unit (including the units below it) or a department, with the count beside every rate',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '统计期间 — the period', resolve: (s) => s.period }),
    accepted: t.exposeInt('accepted', { description: '受理件数 — cases accepted in the period' }),
    notAccepted: t.exposeInt('notAccepted', { description: '不予受理件数 — cases turned down in the period' }),
    completed: t.exposeInt('completed', { description: '办结件数 — of the accepted, decided by the snapshot day' }),
    completionRate: t.field({ type: KpiRateRef, description: '办结率 — completed / accepted', resolve: (s) => s.completionRate }),
    onTime: t.exposeInt('onTime', { description: '按时办结件数 — completed within the limit' }),
    onTimeRate: t.field({ type: KpiRateRef, description: '按时办结率 — on time / completed', resolve: (s) => s.onTimeRate }),
    immediate: t.exposeInt('immediate', { description: '即办件数 — 即办件 decided on the day of acceptance' }),
    immediateRate: t.field({ type: KpiRateRef, description: '即办率 — immediate / completed', resolve: (s) => s.immediateRate }),
    early: t.exposeInt('early', { description: '提前办结件数 — decided before the due date' }),
    earlyRate: t.field({ type: KpiRateRef, description: '提前办结率 — early / completed', resolve: (s) => s.earlyRate }),
    overdueOpen: t.exposeInt('overdueOpen', { description: '超期未办结件数 — open and past due on the snapshot day' }),
    overdueAgeing: t.field({ type: [AgeingBucketRef], description: '超期账龄 — overdue open cases by working days past due', resolve: (s) => s.overdueAgeing }),
    averageWorkingDays: t.exposeFloat('averageWorkingDays', { nullable: true, description: '平均办理用时 — working days per completed case, stops excluded; null without cases' }),
    rated: t.exposeInt('rated', { description: '评价件数 — ratings given in the period' }),
    satisfied: t.exposeInt('satisfied', { description: '满意件数 — ratings in the satisfied levels (top two by default)' }),
    satisfactionRate: t.field({ type: KpiRateRef, description: '满意率 — satisfied / rated', resolve: (s) => s.satisfactionRate }),
    badRatings: t.exposeInt('badRatings', { description: '差评件数 — ratings 不满意 or 非常不满意' }),
    calledBack: t.exposeInt('calledBack', { description: '已回访差评 — bad ratings called back' }),
    callbackRate: t.field({ type: KpiRateRef, description: '回访率 — called back / bad ratings', resolve: (s) => s.callbackRate }),
    rectified: t.exposeInt('rectified', { description: '已整改差评 — bad ratings rectified' }),
    rectificationRate: t.field({ type: KpiRateRef, description: '整改率 — rectified / bad ratings', resolve: (s) => s.rectificationRate }),
    received: t.exposeInt('received', { description: '收件数 — received in the unit’s area in the period (四级联动; 0 for departments)' }),
    forwarded: t.exposeInt('forwarded', { description: '转报件数 — of those received, handled by a department outside the area' }),
    handled: t.exposeInt('handled', { description: '办理件数 — accepted by departments in the area in the period, wherever received' }),
  }),
});

export const OrgUnitStub = builder.externalRef('OrgUnit', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '行政区划单位 — an org unit (owned by departments); approvals adds its figures',
  externalFields: (t) => ({ path: t.string({ description: '物化路径 — materialized path (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    approvalStats: t.field({
      type: ApprovalStatsRef,
      nullable: true,
      description: '审批统计 — approval figures for the unit and everything below it; null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        const counts = await ctx.loaders.orgUnitStats.load({ ...period, subject: unit.path });
        return { ...approvalStats(counts, ctx.services.config.targets), period };
      },
    }),
    approvalTrend: t.field({
      type: [ApprovalStatsRef],
      nullable: { list: true, items: false },
      description: TREND_DESCRIPTION,
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (unit, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(unit.path, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.orgUnitTrend.load({ ...period, subject: unit.path });
          return (month, i) => ({ ...approvalStats(series[i] ?? EMPTY_COUNTS, ctx.services.config.targets), period: month });
        }),
    }),
  }),
});

export const DepartmentStub = builder.externalRef('Department', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '部门/单位 — a department (owned by departments); approvals adds its figures',
  externalFields: (t) => ({ orgPath: t.string({ description: '所属单位路径 — path of its org unit (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    approvalStats: t.field({
      type: ApprovalStatsRef,
      nullable: true,
      description: '审批统计 — the department’s own figures (parallel cases: its sub-tasks); null outside your scope',
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (department, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(department.orgPath, ctx.viewer.scopePath)) return null;
        const counts = await ctx.loaders.departmentStats.load({ ...period, subject: department.id });
        return { ...approvalStats(counts, ctx.services.config.targets), period };
      },
    }),
    approvalTrend: t.field({
      type: [ApprovalStatsRef],
      nullable: { list: true, items: false },
      description: TREND_DESCRIPTION,
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (department, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(department.orgPath, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.departmentTrend.load({ ...period, subject: department.id });
          return (month, i) => ({ ...approvalStats(series[i] ?? EMPTY_COUNTS, ctx.services.config.targets), period: month });
        }),
    }),
  }),
});

export const ServiceItemStub = builder.externalRef('ServiceItem', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '政务服务事项 — a service item (owned by departments)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
  }),
});
