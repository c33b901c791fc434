// Entities owned by the departments subgraph that complaints references and extends with
// `complaintStats` (and `hotlineStats` on units). The fields @require the path (orgPath), so the
// gateway fetches it from departments, then asks complaints once for every unit in the response.
import { monthlyTrend, periodOrThrow, type Period } from '../../shared/period';
import { isWithin } from '../../shared/scope';
import { registerPeriodTypes, registerValueTypes, trendDescription, TREND_PERIOD_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { complaintStats, type CategoryCount, type ComplaintStats, type ComplaintTargets } from '../domain/complaint-stats';
import type { SubjectCounts } from '../loaders';
import { EMPTY_COUNTS } from '../domain/stats-query';
import { hotlineFigures, type DayCounts, type HotlineFigures } from '../domain/hotline-stats';
import { ComplaintChannelEnum, ComplaintKindEnum } from './enums';

export const { UserErrorRef, KpiRateRef } = registerValueTypes(builder);
export const { PeriodInputRef, PeriodRef, AgeingBucketRef } = registerPeriodTypes(builder);

type WithPeriod = ComplaintStats & { period: Period };

/** One month of a trend; a month without rows has no counts and no categories. */
function monthStats(figures: SubjectCounts | undefined, targets: ComplaintTargets, month: Period) {
  const { counts, categories } = figures ?? { counts: EMPTY_COUNTS, categories: new Map<string, number>() };
  return { ...complaintStats(counts, categories, targets), period: month };
}

const KindCountRef = builder.objectRef<ComplaintStats['byKind'][number]>('ComplaintKindCount').implement({
  description: '按类型统计 — requests of one kind',
  fields: (t) => ({
    kind: t.field({ type: ComplaintKindEnum, description: '类型 — kind', resolve: (k) => k.kind }),
    label: t.exposeString('label', { description: '名称 — kind in Chinese' }),
    count: t.exposeInt('count', { description: '件数 — received in the period' }),
  }),
});

const ChannelCountRef = builder.objectRef<ComplaintStats['byChannel'][number]>('ComplaintChannelCount').implement({
  description: '按渠道统计 — requests from one channel',
  fields: (t) => ({
    channel: t.field({ type: ComplaintChannelEnum, description: '渠道 — channel', resolve: (c) => c.channel }),
    label: t.exposeString('label', { description: '名称 — channel in Chinese' }),
    count: t.exposeInt('count', { description: '件数 — received in the period' }),
  }),
});

const CategoryCountRef = builder.objectRef<CategoryCount>('ComplaintCategoryCount').implement({
  description: '热点分类 — requests about one matter',
  fields: (t) => ({
    code: t.exposeString('code', { description: '分类代码 — category code (ComplaintCategory)' }),
    label: t.exposeString('label', { description: '分类名称 — category in Chinese' }),
    labelEn: t.exposeString('labelEn', { description: '分类名称（英文） — category in English' }),
    count: t.exposeInt('count', { description: '件数 — received in the period' }),
  }),
});

export const ComplaintStatsRef = builder.objectRef<WithPeriod>('ComplaintStats').implement({
  description: '诉求统计 — request figures of a unit (with the units below it) or a department, the count beside every rate',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '统计期间 — the period', resolve: (s) => s.period }),
    received: t.exposeInt('received', { description: '受理量 — requests received in the period' }),
    byKind: t.field({ type: [KindCountRef], description: '按类型 — received by kind (咨询, 求助, 投诉, 举报, 建议)', resolve: (s) => s.byKind }),
    byChannel: t.field({ type: [ChannelCountRef], description: '按渠道 — received by channel', resolve: (s) => s.byChannel }),
    duplicates: t.exposeInt('duplicates', { description: '重复来电 — received requests linked to an earlier one (same contact and matter within 30 days)' }),
    duplicateRate: t.field({ type: KpiRateRef, description: '重复来电率 — duplicates / received (lower is better)', resolve: (s) => s.duplicateRate }),
    dispatched: t.exposeInt('dispatched', { description: '派单量 — dispatches in the period' }),
    returned: t.exposeInt('returned', { description: '退单量 — dispatches returned in the period' }),
    returnRate: t.field({ type: KpiRateRef, description: '退单率 — returned / dispatched (lower is better)', resolve: (s) => s.returnRate }),
    signed: t.exposeInt('signed', { description: '签收量 — dispatches signed off in the period' }),
    signedOnTime: t.exposeInt('signedOnTime', { description: '按时签收 — signed off within the sign-off limit' }),
    signOnTimeRate: t.field({ type: KpiRateRef, description: '按时签收率 — signed on time / signed', resolve: (s) => s.signOnTimeRate }),
    replied: t.exposeInt('replied', { description: '办结量 — requests replied (答复) in the period' }),
    repliedOnTime: t.exposeInt('repliedOnTime', { description: '按时办结 — replied within the deadline' }),
    onTimeRate: t.field({ type: KpiRateRef, description: '按时办结率 — replied on time / replied', resolve: (s) => s.onTimeRate }),
    calledBack: t.exposeInt('calledBack', { description: '已回访 — of the period’s replies, called back (reached) by the snapshot day' }),
    callbackRate: t.field({ type: KpiRateRef, description: '回访率 — called back / replied', resolve: (s) => s.callbackRate }),
    rated: t.exposeInt('rated', { description: '评价数 — callbacks in the period with a satisfaction level' }),
    satisfied: t.exposeInt('satisfied', { description: '满意数 — at the satisfied levels (非常满意, 满意, 基本满意 by default)' }),
    dissatisfied: t.exposeInt('dissatisfied', { description: '不满意数 — 不满意 or 非常不满意' }),
    satisfactionRate: t.field({ type: KpiRateRef, description: '满意率 — satisfied / rated', resolve: (s) => s.satisfactionRate }),
    reopened: t.exposeInt('reopened', { description: '重办 — received in the period and reopened after a dissatisfied callback' }),
    escalated: t.exposeInt('escalated', { description: '督办 — escalated in the period' }),
    overdueOpen: t.exposeInt('overdueOpen', { description: '超期未办结 — awaiting reply past the deadline at the snapshot' }),
    overdueAgeing: t.field({ type: [AgeingBucketRef], description: '超期账龄 — overdue open requests by working days past the deadline', resolve: (s) => s.overdueAgeing }),
    averageHoursToReply: t.exposeFloat('averageHoursToReply', { nullable: true, description: '平均答复用时 — hours from receipt to reply; null without replies' }),
    topCategories: t.field({ type: [CategoryCountRef], description: '热点分类 — the five most frequent categories received', resolve: (s) => s.topCategories }),
  }),
});

const HotlineFiguresRef = builder.objectRef<HotlineFigures>('HotlineFigures').implement({
  description: '话务指标 — line figures over some calls (GB/T 33358-2016)',
  fields: (t) => ({
    offered: t.exposeInt('offered', { description: '呼入量 — calls offered' }),
    answered: t.exposeInt('answered', { description: '人工接通 — calls answered by an agent' }),
    abandoned: t.exposeInt('abandoned', { description: '放弃 — calls abandoned before an answer' }),
    answeredWithin15s: t.exposeInt('answeredWithin15s', { description: '15秒内接通 — answered within 15 seconds' }),
    answerRate: t.field({ type: KpiRateRef, description: '接通率 — answered / offered', resolve: (h) => h.answerRate }),
    within15sRate: t.field({ type: KpiRateRef, description: '15秒接通率 — answered within 15 s / offered', resolve: (h) => h.within15sRate }),
    averageWaitSeconds: t.exposeFloat('averageWaitSeconds', { nullable: true, description: '平均等待 — seconds answered calls waited; null without answered calls' }),
  }),
});

const HotlineDayRef = builder.objectRef<{ day: DayCounts['day']; figures: HotlineFigures }>('HotlineDay').implement({
  description: '话务日统计 — one day of the hotlines',
  fields: (t) => ({
    date: t.field({ type: 'LocalDate', description: '日期 — the day', resolve: (d) => d.day }),
    figures: t.field({ type: HotlineFiguresRef, description: '指标 — the day’s figures', resolve: (d) => d.figures }),
  }),
});

export const HotlineStatsRef = builder
  .objectRef<{ period: Period; totals: HotlineFigures; days: { day: DayCounts['day']; figures: HotlineFigures }[] }>('HotlineStats')
  .implement({
    description: '热线话务统计 — line figures from imported call records, for the period and per day',
    fields: (t) => ({
      period: t.field({ type: PeriodRef, description: '统计期间 — the period', resolve: (s) => s.period }),
      totals: t.field({ type: HotlineFiguresRef, description: '期间合计 — the period’s figures', resolve: (s) => s.totals }),
      days: t.field({ type: [HotlineDayRef], description: '每日 — days with calls, oldest first', resolve: (s) => s.days }),
    }),
  });

export const OrgUnitStub = builder.externalRef('OrgUnit', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '行政区划单位 — an org unit (owned by departments); complaints adds its figures',
  externalFields: (t) => ({ path: t.string({ description: '物化路径 — materialized path (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    complaintStats: t.field({
      type: ComplaintStatsRef,
      nullable: true,
      description: '诉求统计 — request figures for requests located in the unit and below it; null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        const { counts, categories } = await ctx.loaders.orgUnitStats.load({ ...period, subject: unit.path });
        return { ...complaintStats(counts, categories, ctx.services.config.targets), period };
      },
    }),
    complaintTrend: t.field({
      type: [ComplaintStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('诉求', 'request figures', 'complaintStats'),
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (unit, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(unit.path, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.orgUnitTrend.load({ ...period, subject: unit.path });
          return (month, i) => monthStats(series[i], ctx.services.config.targets, month);
        }),
    }),
    hotlineStats: t.field({
      type: HotlineStatsRef,
      nullable: true,
      description: '热线话务统计 — call figures of the hotlines at the unit and below it; null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        const days = await ctx.loaders.hotlineDays.load({ ...period, subject: unit.path });
        const targets = ctx.services.config.hotlineTargets;
        return { period, totals: hotlineFigures(days, targets), days: days.map((d) => ({ day: d.day, figures: hotlineFigures([d], targets) })) };
      },
    }),
  }),
});

export const DepartmentStub = builder.externalRef('Department', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '部门/单位 — a department (owned by departments); complaints adds its figures as 承办部门',
  externalFields: (t) => ({ orgPath: t.string({ description: '所属单位路径 — path of its org unit (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    complaintStats: t.field({
      type: ComplaintStatsRef,
      nullable: true,
      description: '诉求统计 — the department’s figures as 承办部门 (requests it holds, dispatches it was given); null outside your scope',
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (department, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(department.orgPath, ctx.viewer.scopePath)) return null;
        const { counts, categories } = await ctx.loaders.departmentStats.load({ ...period, subject: department.id });
        return { ...complaintStats(counts, categories, ctx.services.config.targets), period };
      },
    }),
    complaintTrend: t.field({
      type: [ComplaintStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('诉求', 'the department’s request figures as 承办部门', 'complaintStats'),
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (department, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(department.orgPath, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.departmentTrend.load({ ...period, subject: department.id });
          return (month, i) => monthStats(series[i], ctx.services.config.targets, month);
        }),
    }),
  }),
});
