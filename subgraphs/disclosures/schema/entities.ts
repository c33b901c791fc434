// Entities owned by the departments subgraph that disclosures extends with `disclosureStats`. The
// field @requires the path (orgPath for departments), so the gateway asks this subgraph once for
// every unit in a response; the statement is one per sibling group and period.
import { monthlyTrend, periodOrThrow, type Period } from '../../shared/period';
import { isWithin } from '../../shared/scope';
import { registerPeriodTypes, registerValueTypes, trendDescription, TREND_PERIOD_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { disclosureStats, emptySubjectRows, type BoardStats, type DisclosureStats } from '../domain/disclosure-stats';
import { OUTCOME_GROUP_LABELS, REMEDY_KIND_LABELS, REMEDY_RESULT_LABELS } from '../domain/request-terms';
import { OutcomeGroupEnum, RemedyKindEnum, RemedyResultEnum } from './enums';

export const { UserErrorRef, KpiRateRef } = registerValueTypes(builder);
export const { PeriodInputRef, PeriodRef } = registerPeriodTypes(builder);

const TIER_LABELS: Record<string, string> = { CITY: '市', COUNTY: '县', TOWNSHIP: '乡镇', VILLAGE: '村（社区）' };

const BoardTierRef = builder.objectRef<BoardStats['byTier'][number]>('DisclosureBoardTierStats').implement({
  description: '分层级公开栏 — board postings of one tier',
  fields: (t) => ({
    tier: t.exposeString('tier', { description: '层级 — TOWNSHIP or VILLAGE' }),
    tierLabel: t.string({ description: '层级名称 — tier in Chinese', resolve: (b) => TIER_LABELS[b.tier] ?? b.tier }),
    due: t.exposeInt('due', { description: '应公开 — unit-quarters whose deadline passed (or posted)' }),
    onTime: t.exposeInt('onTime', { description: '按时公开 — posted by the deadline' }),
    late: t.exposeInt('late', { description: '逾期公开 — posted after the deadline' }),
    missing: t.exposeInt('missing', { description: '未公开 — not posted by the snapshot day' }),
    onTimeRate: t.field({ type: KpiRateRef, description: '按时公开率 — on time / due', resolve: (b) => b.onTimeRate }),
  }),
});

const BoardStatsRef = builder.objectRef<BoardStats>('DisclosureBoardStats').implement({
  description: '村务/乡镇政务公开栏 — quarterly postings due in the period (by the 5th of the next quarter’s first month by default)',
  fields: (t) => ({
    due: t.exposeInt('due', { description: '应公开 — unit-quarters whose deadline passed in the period (or posted)' }),
    onTime: t.exposeInt('onTime', { description: '按时公开 — posted by the deadline' }),
    late: t.exposeInt('late', { description: '逾期公开 — posted after the deadline' }),
    missing: t.exposeInt('missing', { description: '未公开 — not posted by the snapshot day' }),
    onTimeRate: t.field({ type: KpiRateRef, description: '按时公开率 — on time / due', resolve: (b) => b.onTimeRate }),
    byTier: t.field({ type: [BoardTierRef], description: '分层级 — by tier', resolve: (b) => b.byTier }),
  }),
});

const OutcomeCountRef = builder.objectRef<DisclosureStats['outcomes'][number]>('DisclosureOutcomeCount').implement({
  description: '办理结果分布 — requests answered in the period with outcomes of one group',
  fields: (t) => ({
    group: t.field({ type: OutcomeGroupEnum, description: '结果类别 — group', resolve: (o) => o.group }),
    label: t.string({ description: '名称 — group in Chinese', resolve: (o) => OUTCOME_GROUP_LABELS[o.group].zh }),
    count: t.exposeInt('count', { description: '件数 — requests' }),
  }),
});

const RemedyResultCountRef = builder.objectRef<{ result: DisclosureStats['remedies'][number]['results'][number]['result']; count: number }>('DisclosureRemedyResultCount').implement({
  description: '审理结果件数 — cases with one result as of the snapshot day',
  fields: (t) => ({
    result: t.field({ type: RemedyResultEnum, description: '结果 — result', resolve: (r) => r.result }),
    label: t.string({ description: '名称 — result in Chinese', resolve: (r) => REMEDY_RESULT_LABELS[r.result].zh }),
    count: t.exposeInt('count', { description: '件数 — cases' }),
  }),
});

const RemedyStatsRef = builder.objectRef<DisclosureStats['remedies'][number]>('DisclosureRemedyStats').implement({
  description: '行政复议/行政诉讼 — cases filed in the period and their results',
  fields: (t) => ({
    kind: t.field({ type: RemedyKindEnum, description: '类型 — kind', resolve: (r) => r.kind }),
    label: t.string({ description: '名称 — kind in Chinese', resolve: (r) => REMEDY_KIND_LABELS[r.kind].zh }),
    results: t.field({ type: [RemedyResultCountRef], description: '结果 — by result', resolve: (r) => r.results }),
    total: t.exposeInt('total', { description: '总计 — cases filed' }),
  }),
});

type StatsView = DisclosureStats & { period: Period };

export const DisclosureStatsRef = builder.objectRef<StatsView>('DisclosureStats').implement({
  description: '政务公开统计 — disclosure figures of a unit (with everything below it) or a department, the count beside every rate',
  fields: (t) => ({
    period: t.field({ type: PeriodRef, description: '统计期间 — the period', resolve: (s) => s.period }),
    proactivePublished: t.int({ description: '主动公开信息数 — items published in the period', resolve: (s) => s.proactive.published }),
    proactiveOnTime: t.int({ description: '及时公开数 — published within 20 working days of creation or change', resolve: (s) => s.proactive.onTime }),
    proactiveTimeliness: t.field({ type: KpiRateRef, description: '主动公开及时率 — on time / published (第二十六条)', resolve: (s) => s.proactive.timeliness }),
    fullTextRate: t.field({ type: KpiRateRef, description: '全文电子化率 — items with the full text published electronically', resolve: (s) => s.proactive.fullText }),
    requestsReceived: t.int({ description: '新收申请 — requests received in the period', resolve: (s) => s.requests.received }),
    requestsAnswered: t.int({ description: '办结申请 — requests answered (or withdrawn for want of a correction) in the period', resolve: (s) => s.requests.answered }),
    requestsAnsweredOnTime: t.int({ description: '按时答复 — of those, within the statutory time', resolve: (s) => s.requests.answeredOnTime }),
    onTimeRate: t.field({ type: KpiRateRef, description: '依申请公开按时答复率 — on time / answered', resolve: (s) => s.requests.onTimeRate }),
    openRequests: t.int({ description: '在办申请 — received and not answered at the snapshot day', resolve: (s) => s.requests.open }),
    overdueOpen: t.int({ description: '超期未答复 — of those, past their deadline at the snapshot day', resolve: (s) => s.requests.overdueOpen }),
    outcomes: t.field({ type: [OutcomeCountRef], description: '办理结果分布 — answered in the period by outcome group', resolve: (s) => s.outcomes }),
    remedies: t.field({ type: [RemedyStatsRef], description: '复议诉讼 — reviews and suits filed in the period, results as of the snapshot day', resolve: (s) => s.remedies }),
    boardOnTimeRate: t.field({ type: KpiRateRef, nullable: true, description: '公开栏按时更新率 — boards.onTimeRate, flat for scorecards and dashboards; null for departments', resolve: (s) => s.boards?.onTimeRate ?? null }),
    boards: t.field({ type: BoardStatsRef, nullable: true, description: '公开栏 — periodic boards of the townships and villages in the subtree; null for departments', resolve: (s) => s.boards }),
  }),
});

export const OrgUnitStub = builder.externalRef('OrgUnit', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '行政区划单位 — an org unit (owned by departments); disclosures adds its figures',
  externalFields: (t) => ({ path: t.string({ description: '物化路径 — materialized path (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    disclosureStats: t.field({
      type: DisclosureStatsRef,
      nullable: true,
      description: '政务公开统计 — proactive items, requests, reviews and suits of every agency in the subtree, and its boards; null outside your scope',
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (unit, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(unit.path, ctx.viewer.scopePath)) return null;
        const [rows, units] = await Promise.all([ctx.loaders.orgUnitStats.load({ ...period, subject: unit.path }), ctx.services.units()]);
        const boardUnits = units.filter((u) => u.path.startsWith(unit.path)).map((u) => ({ id: u.id, tier: u.tier }));
        const { config } = ctx.services;
        return { ...disclosureStats(rows, config.targets, { units: boardUnits, rules: config.boards, window: period }), period };
      },
    }),
    disclosureTrend: t.field({
      type: [DisclosureStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('政务公开', 'disclosure figures', 'disclosureStats'),
      requires: builder.selection<{ path: string }>('path'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (unit, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(unit.path, ctx.viewer.scopePath), async (period) => {
          const [series, units] = await Promise.all([ctx.loaders.orgUnitTrend.load({ ...period, subject: unit.path }), ctx.services.units()]);
          const boardUnits = units.filter((u) => u.path.startsWith(unit.path)).map((u) => ({ id: u.id, tier: u.tier }));
          const { config } = ctx.services;
          return (month, i) => ({
            ...disclosureStats(series[i] ?? emptySubjectRows(), config.targets, { units: boardUnits, rules: config.boards, window: month }),
            period: month,
          });
        }),
    }),
  }),
});

export const DepartmentStub = builder.externalRef('Department', builder.selection<{ id: string }>('id'), (ref) => ref).implement({
  description: '部门/单位 — a department (owned by departments); disclosures adds its figures',
  externalFields: (t) => ({ orgPath: t.string({ description: '所属单位路径 — path of its org unit (from departments)' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    disclosureStats: t.field({
      type: DisclosureStatsRef,
      nullable: true,
      description: '政务公开统计 — the department’s proactive items, requests, reviews and suits; null outside your scope',
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }) },
      resolve: async (department, args, ctx) => {
        const period = periodOrThrow(args.period, ctx.services.now());
        if (!isWithin(department.orgPath, ctx.viewer.scopePath)) return null;
        const rows = await ctx.loaders.departmentStats.load({ ...period, subject: department.id });
        return { ...disclosureStats(rows, ctx.services.config.targets, null), period };
      },
    }),
    disclosureTrend: t.field({
      type: [DisclosureStatsRef],
      nullable: { list: true, items: false },
      description: trendDescription('政务公开', 'the department’s disclosure figures', 'disclosureStats'),
      requires: builder.selection<{ orgPath: string }>('orgPath'),
      args: { period: t.arg({ type: PeriodInputRef, required: true, description: TREND_PERIOD_DESCRIPTION }) },
      resolve: (department, args, ctx) =>
        monthlyTrend(args.period, ctx.services.now(), isWithin(department.orgPath, ctx.viewer.scopePath), async (period) => {
          const series = await ctx.loaders.departmentTrend.load({ ...period, subject: department.id });
          return (month, i) => ({ ...disclosureStats(series[i] ?? emptySubjectRows(), ctx.services.config.targets, null), period: month });
        }),
    }),
  }),
});
