// Supervision queries (督查): inspections, rectifications (the 整改 ledger, most overdue first),
// plans, templates, 监察建议书, and the ranking of units by average score. Every query is limited
// to the viewer's scope (inspection-access.ts).
import type { Prisma } from '../../../prisma/generated/inspections/sqlite';
import { toLocalDate } from '../../shared/calendar';
import { lastYellowDeadline } from '../domain/rectification-cards';
import { checkedPath, filterSubtree } from '../../shared/filter-subtree';
import { periodOrThrow } from '../../shared/period';
import { isWithin, subtreeRangeWhere } from '../../shared/scope';
import { badInput } from '../../shared/errors';
import type { SubgraphContext } from '../../shared/builder';
import { builder } from '../builder';
import type { InspectionsDb } from '../db';
import type { InspectionsLoaders } from '../loaders';
import { ACTIVE_STATES } from '../domain/rectification';
import { rankScoreSums, validateMinInspections, type Ranking } from '../domain/ranking';
import { readableInspectionsWhere, readableNoticesWhere, readablePlansWhere, readableRectificationsWhere } from '../inspection-access';
import { UNIT_TIERS, type InspectionsServices } from '../services';
import { templateFromRow, withBuiltIns } from '../templates';
import { OrgUnitStub, PeriodInputRef } from './entities';
import { InspectionKindEnum, InspectionSortEnum, RectificationStateEnum, WarningLevelEnum } from './enums';
import { idOr } from '../../shared/lookup-key';

const InspectionFilter = builder.inputType('InspectionFilter', {
  description: '检查筛选 — filter for inspections; all given conditions apply',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — inspections of units in the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path' }),
    departmentId: t.id({ required: false, description: '部门 — inspections of this department’s windows' }),
    kinds: t.field({ type: [InspectionKindEnum], required: false, description: '检查方式 — any of these kinds' }),
    planId: t.id({ required: false, description: '督查计划 — inspections under this plan' }),
    from: t.field({ type: 'LocalDate', required: false, description: '起 — on or after this day' }),
    to: t.field({ type: 'LocalDate', required: false, description: '止 — on or before this day' }),
    maxScore: t.float({ required: false, description: '最高得分 — score at most this (e.g. below 60)' }),
    withOpenRectifications: t.boolean({ required: false, description: '有未销号整改 — with at least one rectification not yet verified' }),
  }),
});

const RectificationFilter = builder.inputType('RectificationFilter', {
  description: '整改筛选 — filter for rectifications; all given conditions apply',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — owned by units in the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path' }),
    departmentId: t.id({ required: false, description: '责任部门 — owned by this department’s windows' }),
    states: t.field({ type: [RectificationStateEnum], required: false, description: '状态 — any of these states' }),
    overdueOnly: t.boolean({ required: false, description: '仅超期 — the owner still has to act and the deadline has passed' }),
    shouldEscalate: t.boolean({ required: false, description: '应督办 — overdue and the deadline in force not yet escalated' }),
    warningLevels: t.field({ type: [WarningLevelEnum], required: false, description: '预警等级 — today’s card is one of these' }),
    openedFrom: t.field({ type: 'LocalDate', required: false, description: '登记起 — opened on or after this day' }),
    openedTo: t.field({ type: 'LocalDate', required: false, description: '登记止 — opened on or before this day' }),
  }),
});

type Ctx = SubgraphContext<InspectionsDb, InspectionsLoaders, InspectionsServices>;

async function inspectionWhere(ctx: Ctx, filter: typeof InspectionFilter.$inferInput | null | undefined): Promise<Prisma.InspectionWhereInput> {
  const and: Prisma.InspectionWhereInput[] = [readableInspectionsWhere(ctx.viewer)];
  const within = await filterSubtree(filter, ctx.loaders.refs);
  if (within !== undefined) and.push(within === null ? { id: { in: [] } } : subtreeRangeWhere('unitPath', within));
  if (filter?.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter?.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter?.planId) and.push({ planId: filter.planId });
  if (filter?.from) and.push({ date: { gte: filter.from } });
  if (filter?.to) and.push({ date: { lte: filter.to } });
  if (filter?.maxScore != null) and.push({ score: { lte: filter.maxScore } });
  if (filter?.withOpenRectifications) and.push({ findings: { some: { rectification: { state: { not: 'VERIFIED' } } } } });
  return { AND: and };
}

/** Today's cards as conditions on the deadline (domain/rectification-cards.ts). */
function warningWhere(ctx: Ctx, levels: readonly string[]): Prisma.RectificationWhereInput {
  const today = toLocalDate(ctx.services.now());
  const active = { state: { in: [...ACTIVE_STATES] } };
  const lastYellow = lastYellowDeadline(today, ctx.services.calendar, ctx.services.config.yellowWorkingDays);
  const conditions: Prisma.RectificationWhereInput[] = [];
  if (levels.includes('RED')) conditions.push({ ...active, dueOn: { lt: today } });
  if (levels.includes('YELLOW') && lastYellow) conditions.push({ ...active, dueOn: { gte: today, lte: lastYellow } });
  if (levels.includes('NONE')) conditions.push({ OR: [{ state: { notIn: [...ACTIVE_STATES] } }, { dueOn: lastYellow ? { gt: lastYellow } : { gte: today } }] });
  return conditions.length > 0 ? { OR: conditions } : { id: { in: [] } };
}

async function rectificationWhere(ctx: Ctx, filter: typeof RectificationFilter.$inferInput | null | undefined): Promise<Prisma.RectificationWhereInput> {
  const and: Prisma.RectificationWhereInput[] = [readableRectificationsWhere(ctx.viewer)];
  const within = await filterSubtree(filter, ctx.loaders.refs);
  if (within !== undefined) and.push(within === null ? { id: { in: [] } } : subtreeRangeWhere('ownerPath', within));
  if (filter?.departmentId) and.push({ ownerDepartmentId: filter.departmentId });
  if (filter?.states?.length) and.push({ state: { in: filter.states } });
  const today = toLocalDate(ctx.services.now());
  if (filter?.overdueOnly) and.push({ state: { in: [...ACTIVE_STATES] }, dueOn: { lt: today } });
  if (filter?.shouldEscalate) and.push({ state: { in: [...ACTIVE_STATES] }, dueOn: { lt: today }, escalatedDueOn: null });
  if (filter?.warningLevels?.length) and.push(warningWhere(ctx, filter.warningLevels));
  if (filter?.openedFrom) and.push({ openedOn: { gte: filter.openedFrom } });
  if (filter?.openedTo) and.push({ openedOn: { lte: filter.openedTo } });
  return { AND: and };
}

const INSPECTION_ORDER: Record<'NEWEST_FIRST' | 'LOWEST_SCORE_FIRST', Prisma.InspectionOrderByWithRelationInput[]> = {
  NEWEST_FIRST: [{ date: 'desc' }, { id: 'desc' }],
  LOWEST_SCORE_FIRST: [{ score: 'asc' }, { date: 'desc' }, { id: 'asc' }],
};

const OrgTierEnum = builder.enumType('InspectionRankingTier', {
  description: '排名层级 — which units to rank',
  values: Object.fromEntries(UNIT_TIERS.map((t) => [t, { description: { CITY: '市 — cities', COUNTY: '县 — counties', TOWNSHIP: '乡镇 — townships', VILLAGE: '村（社区） — villages' }[t] }])) as Record<
    (typeof UNIT_TIERS)[number],
    { description: string }
  >,
});

interface RankingView extends Ranking {
  names: Map<string, string>;
}

const RankedUnitRef = builder.objectRef<Ranking['ranked'][number] & { name: string }>('RankedUnit').implement({
  description: '排名单位 — a unit with enough inspections, its rank and average',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: '名次 — equal averages share a rank (1, 1, 3)' }),
    unit: t.field({ type: OrgUnitStub, description: '单位 — the unit', resolve: (u) => ({ id: u.unitId }) }),
    name: t.exposeString('name', { description: '单位名称 — unit name' }),
    average: t.exposeFloat('average', { description: '平均得分 — one decimal' }),
    count: t.exposeInt('count', { description: '检查次数 — inspections it rests on' }),
  }),
});

const UnrankedUnitRef = builder.objectRef<Ranking['notRanked'][number] & { name: string }>('UnrankedUnit').implement({
  description: '未排名单位 — a unit with too few inspections to be ranked fairly',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitStub, description: '单位 — the unit', resolve: (u) => ({ id: u.unitId }) }),
    name: t.exposeString('name', { description: '单位名称 — unit name' }),
    average: t.exposeFloat('average', { nullable: true, description: '平均得分 — null without inspections' }),
    count: t.exposeInt('count', { description: '检查次数 — inspections so far' }),
    needed: t.exposeInt('needed', { description: '尚需 — inspections still missing to be ranked' }),
  }),
});

const RankingRef = builder.objectRef<RankingView>('InspectionRanking').implement({
  description: '督查排名 — units ranked by average inspection score (self-checks excluded), only those with enough inspections',
  fields: (t) => ({
    minInspections: t.exposeInt('minInspections', { description: '最少检查次数 — needed to be ranked' }),
    ranked: t.field({ type: [RankedUnitRef], description: '排名 — best first', resolve: (r) => r.ranked.map((u) => ({ ...u, name: r.names.get(u.unitId) ?? u.unitId })) }),
    notRanked: t.field({ type: [UnrankedUnitRef], description: '未排名 — too few inspections', resolve: (r) => r.notRanked.map((u) => ({ ...u, name: r.names.get(u.unitId) ?? u.unitId })) }),
  }),
});

builder.queryFields((t) => ({
  inspection: t.prismaField({
    type: 'Inspection',
    nullable: true,
    description: '查检查 — one inspection by id or number; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      inspectionNo: t.arg.string({ required: false, description: '检查编号 — inspection number' }),
    },
    resolve: (query, _root, args, ctx) => {
      const key = idOr(args.id, 'inspectionNo', args.inspectionNo);
      return key ? ctx.db.inspection.findFirst({ ...query, where: { AND: [key, readableInspectionsWhere(ctx.viewer)] } }) : null;
    },
  }),
  inspections: t.prismaConnection({
    type: 'Inspection',
    cursor: 'id',
    description: '检查列表 — inspections in your scope, filtered (newest first by default)',
    args: {
      filter: t.arg({ type: InspectionFilter, required: false, description: '筛选条件 — filter' }),
      sort: t.arg({ type: InspectionSortEnum, required: false, description: '排序 — order (default NEWEST_FIRST)' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.inspection.findMany({ ...query, where: await inspectionWhere(ctx, args.filter), orderBy: INSPECTION_ORDER[args.sort ?? 'NEWEST_FIRST'] }),
    totalCount: async (_root, args, ctx) => ctx.db.inspection.count({ where: await inspectionWhere(ctx, args.filter) }),
  }),
  rectification: t.prismaField({
    type: 'Rectification',
    nullable: true,
    description: '查整改 — one rectification by id or number, with its timeline; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      rectificationNo: t.arg.string({ required: false, description: '整改编号 — rectification number' }),
    },
    resolve: (query, _root, args, ctx) => {
      const key = idOr(args.id, 'rectificationNo', args.rectificationNo);
      return key ? ctx.db.rectification.findFirst({ ...query, where: { AND: [key, readableRectificationsWhere(ctx.viewer)] } }) : null;
    },
  }),
  rectifications: t.prismaConnection({
    type: 'Rectification',
    cursor: 'id',
    description: '整改台账 — rectifications in your scope, earliest deadline first (most overdue first)',
    args: { filter: t.arg({ type: RectificationFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.rectification.findMany({ ...query, where: await rectificationWhere(ctx, args.filter), orderBy: [{ dueOn: 'asc' }, { id: 'asc' }] }),
    totalCount: async (_root, args, ctx) => ctx.db.rectification.count({ where: await rectificationWhere(ctx, args.filter) }),
  }),
  inspectionPlans: t.prismaConnection({
    type: 'InspectionPlan',
    cursor: 'id',
    description: '督查计划 — plans of offices in your scope, latest first (supervision only: plans of unannounced visits are not shown to the units they target)',
    args: { year: t.arg.int({ required: false, description: '年度 — year' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.inspectionPlan.findMany({
        ...query,
        where: { AND: [readablePlansWhere(ctx.viewer), args.year ? { year: args.year } : {}] },
        orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
      }),
  }),
  scoringTemplates: t.prismaField({
    type: ['ScoringTemplate'],
    description: '评分模板 — every stored version (built-in versions appear once stored; see scoringTemplateVersions)',
    args: { code: t.arg.string({ required: false, description: '模板代码 — only this template' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.scoringTemplate.findMany({ ...query, where: args.code ? { code: args.code } : {}, orderBy: [{ code: 'asc' }, { version: 'asc' }] }),
  }),
  scoringTemplateCodes: t.stringList({
    description: '模板代码 — codes of every template available, built-in ones included',
    resolve: async (_root, _args, ctx) => {
      const rows = await ctx.db.scoringTemplate.findMany();
      return [...new Set(withBuiltIns(rows.map(templateFromRow)).map((tpl) => tpl.code))].sort();
    },
  }),
  supervisionNotices: t.prismaConnection({
    type: 'SupervisionNotice',
    cursor: 'id',
    description: '监察建议书 — notices to units in your scope, latest first',
    args: {
      year: t.arg.int({ required: false, description: '年度 — year' }),
      quarter: t.arg.int({ required: false, description: '季度 — quarter' }),
      withinPath: t.arg.string({ required: false, description: '所辖路径 — units in this subtree' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.supervisionNotice.findMany({
        ...query,
        where: {
          AND: [
            readableNoticesWhere(ctx.viewer),
            args.withinPath ? subtreeRangeWhere('unitPath', checkedPath(args.withinPath, 'withinPath')) : {},
            args.year ? { year: args.year } : {},
            args.quarter ? { quarter: args.quarter } : {},
          ],
        },
        orderBy: [{ issuedOn: 'desc' }, { id: 'asc' }],
      }),
  }),
  inspectionRanking: t.field({
    type: RankingRef,
    description: '督查排名 — units of one tier in a subtree ranked by average score over the period (each unit with the units below it); units with too few inspections are listed apart',
    args: {
      period: t.arg({ type: PeriodInputRef, required: true, description: '统计期间 — the period' }),
      withinPath: t.arg.string({ required: false, description: '所辖路径 — rank units in this subtree (default: your scope)' }),
      tier: t.arg({ type: OrgTierEnum, required: true, description: '层级 — which units to rank' }),
      minInspections: t.arg.int({ required: false, description: '最少检查次数 — to be ranked (default configured, 3)' }),
    },
    resolve: async (_root, args, ctx) => {
      const period = periodOrThrow(args.period, ctx.services.now());
      const min = args.minInspections ?? ctx.services.config.minRanked;
      const problem = validateMinInspections(min)[0];
      if (problem) throw badInput(problem);
      const root = args.withinPath ? checkedPath(args.withinPath, 'withinPath') : ctx.viewer.scopePath;
      const units = (await ctx.services.units()).filter((u) => u.tier === args.tier && u.path.startsWith(root) && isWithin(u.path, ctx.viewer.scopePath));
      // One statement per path length: units of one tier share it.
      const rows = await ctx.loaders.orgUnitStats.loadMany(units.map((u) => ({ ...period, subject: u.path })));
      const graded = ctx.services.config.grades.gradedKinds;
      const sums = units.map((u, i) => {
        const r = rows[i];
        if (!r || r instanceof Error) throw r ?? new Error('missing figures');
        let count = 0;
        let sum = 0;
        for (const kind of graded) {
          count += r.byKind.get(kind)?.count ?? 0;
          sum += r.byKind.get(kind)?.scoreSum ?? 0;
        }
        return { unitId: u.id, count, sum };
      });
      return { ...rankScoreSums(sums, min), names: new Map(units.map((u) => [u.id, u.name])) };
    },
  }),
}));
