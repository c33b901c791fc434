// Disclosure queries: requests (the 超期件 workbench's third domain: most overdue first), proactive
// items, board postings and review/litigation cases. Every query is limited to the viewer's scope
// (disclosure-access.ts).
import { z } from 'zod';
import type { Prisma } from '../../../prisma/generated/disclosures/sqlite';
import { toLocalDate } from '../../shared/calendar';
import type { SubgraphContext } from '../../shared/builder';
import { lastYellowDeadline } from '../../shared/deadline-cards';
import { filterSubtree } from '../../shared/filter-subtree';
import { idOr } from '../../shared/lookup-key';
import { latestDueDayOverdueBy, MIN_OVERDUE_DAYS_DESCRIPTION } from '../../shared/overdue-days';
import { subtreeRangeWhere } from '../../shared/scope';
import { builder } from '../builder';
import type { DisclosuresDb } from '../db';
import { readableBoardsWhere, readableItemsWhere, readableRemediesWhere, readableRequestsWhere } from '../disclosure-access';
import { OPEN_REQUEST_STATES } from '../domain/request-lifecycle';
import type { DisclosuresLoaders } from '../loaders';
import type { DisclosuresServices } from '../services';
import { ApplicantTypeEnum, OutcomeEnum, ProactiveCategoryEnum, RemedyKindEnum, RequestSortEnum, RequestStateEnum, WarningLevelEnum } from './enums';

type Ctx = SubgraphContext<DisclosuresDb, DisclosuresLoaders, DisclosuresServices>;

const RequestFilter = builder.inputType('DisclosureRequestFilter', {
  description: '申请筛选 — filter for requests; all given conditions apply',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — requests to agencies in the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path' }),
    departmentId: t.id({ required: false, description: '部门 — requests to this department' }),
    states: t.field({ type: [RequestStateEnum], required: false, description: '状态 — any of these states' }),
    overdueOnly: t.boolean({ required: false, description: '仅超期 — open with the deadline passed: exactly the 超期件 disclosureStats.overdueOpen counts' }),
    warningLevels: t.field({ type: [WarningLevelEnum], required: false, description: '预警等级 — today’s card is one of these' }),
    escalated: t.boolean({ required: false, description: '已督办 — the deadline in force was (true) or was not (false) escalated' }),
    minOverdueDays: t.int({ required: false, description: MIN_OVERDUE_DAYS_DESCRIPTION, validate: z.number().int().min(1).max(3650) }),
    applicantTypes: t.field({ type: [ApplicantTypeEnum], required: false, description: '申请人类型 — any of these' }),
    outcomes: t.field({ type: [OutcomeEnum], required: false, description: '办理结果 — any of these' }),
    receivedFrom: t.field({ type: 'LocalDate', required: false, description: '收到起 — received on or after' }),
    receivedTo: t.field({ type: 'LocalDate', required: false, description: '收到止 — received on or before' }),
  }),
});

const OPEN = [...OPEN_REQUEST_STATES];

// runningDueOn is the deadline in force of a request not yet answered (null while its clock is
// stopped), so among overdue requests both orders are "earliest deadline first".
const REQUEST_ORDER: Record<'LEDGER' | 'MOST_OVERDUE_FIRST', Prisma.DisclosureRequestOrderByWithRelationInput[]> = {
  LEDGER: [{ runningDueOn: { sort: 'asc', nulls: 'last' } }, { receivedOn: 'asc' }, { id: 'asc' }],
  MOST_OVERDUE_FIRST: [{ runningDueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
};

function warningWhere(ctx: Ctx, levels: readonly string[]): Prisma.DisclosureRequestWhereInput {
  const today = toLocalDate(ctx.services.now());
  const running = { state: { in: OPEN }, dueOn: { not: null } };
  const lastYellow = lastYellowDeadline(today, ctx.services.calendar, ctx.services.config.yellowWorkingDays);
  const conditions: Prisma.DisclosureRequestWhereInput[] = [];
  if (levels.includes('RED')) conditions.push({ AND: [running, { dueOn: { lt: today } }] });
  if (levels.includes('YELLOW') && lastYellow) conditions.push({ AND: [running, { dueOn: { gte: today, lte: lastYellow } }] });
  if (levels.includes('NONE')) conditions.push({ OR: [{ state: { notIn: OPEN } }, { dueOn: null }, { dueOn: lastYellow ? { gt: lastYellow } : { gte: today } }] });
  return conditions.length > 0 ? { OR: conditions } : { id: { in: [] } };
}

async function requestWhere(ctx: Ctx, filter: typeof RequestFilter.$inferInput | null | undefined): Promise<Prisma.DisclosureRequestWhereInput> {
  const and: Prisma.DisclosureRequestWhereInput[] = [readableRequestsWhere(ctx.viewer)];
  const within = await filterSubtree(filter, ctx.loaders.refs);
  if (within !== undefined) and.push(within === null ? { id: { in: [] } } : subtreeRangeWhere('agencyPath', within));
  if (filter?.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter?.states?.length) and.push({ state: { in: filter.states } });
  const today = toLocalDate(ctx.services.now());
  if (filter?.overdueOnly) and.push({ state: { in: OPEN }, dueOn: { lt: today } });
  if (filter?.minOverdueDays != null) and.push({ state: { in: OPEN }, dueOn: { lte: latestDueDayOverdueBy(today, filter.minOverdueDays) } });
  if (filter?.warningLevels?.length) and.push(warningWhere(ctx, filter.warningLevels));
  if (filter?.escalated != null) and.push({ escalated: filter.escalated });
  if (filter?.applicantTypes?.length) and.push({ applicantType: { in: filter.applicantTypes } });
  if (filter?.outcomes?.length) and.push({ outcome: { in: filter.outcomes } });
  if (filter?.receivedFrom) and.push({ receivedOn: { gte: filter.receivedFrom } });
  if (filter?.receivedTo) and.push({ receivedOn: { lte: filter.receivedTo } });
  return { AND: and };
}

const ItemFilter = builder.inputType('ProactiveItemFilter', {
  description: '主动公开筛选 — filter for proactive items',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — items of agencies in the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path' }),
    departmentId: t.id({ required: false, description: '部门 — items of this department' }),
    categories: t.field({ type: [ProactiveCategoryEnum], required: false, description: '类别 — any of these' }),
    lateOnly: t.boolean({ required: false, description: '仅不及时 — published after the 20-working-day limit' }),
    publishedFrom: t.field({ type: 'LocalDate', required: false, description: '公开起 — published on or after' }),
    publishedTo: t.field({ type: 'LocalDate', required: false, description: '公开止 — published on or before' }),
  }),
});

async function itemWhere(ctx: Ctx, filter: typeof ItemFilter.$inferInput | null | undefined): Promise<Prisma.ProactiveItemWhereInput> {
  const and: Prisma.ProactiveItemWhereInput[] = [readableItemsWhere(ctx.viewer)];
  const within = await filterSubtree(filter, ctx.loaders.refs);
  if (within !== undefined) and.push(within === null ? { id: { in: [] } } : subtreeRangeWhere('agencyPath', within));
  if (filter?.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter?.categories?.length) and.push({ category: { in: filter.categories } });
  if (filter?.lateOnly) and.push({ publishedOnTime: false });
  if (filter?.publishedFrom) and.push({ publishedOn: { gte: filter.publishedFrom } });
  if (filter?.publishedTo) and.push({ publishedOn: { lte: filter.publishedTo } });
  return { AND: and };
}

builder.queryFields((t) => ({
  disclosureRequest: t.prismaField({
    type: 'DisclosureRequest',
    nullable: true,
    description: '查申请 — one request by id or number, with its timeline; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      requestNo: t.arg.string({ required: false, description: '申请编号 — request number' }),
    },
    resolve: (query, _root, args, ctx) => {
      const key = idOr(args.id, 'requestNo', args.requestNo);
      return key ? ctx.db.disclosureRequest.findFirst({ ...query, where: { AND: [key, readableRequestsWhere(ctx.viewer)] } }) : null;
    },
  }),
  disclosureRequests: t.prismaConnection({
    type: 'DisclosureRequest',
    cursor: 'id',
    description: '依申请公开台账 — requests in your scope, most overdue first (by the running deadline), then stopped clocks and answered requests by receipt day',
    args: {
      filter: t.arg({ type: RequestFilter, required: false, description: '筛选条件 — filter' }),
      sort: t.arg({ type: RequestSortEnum, required: false, description: '排序 — order (default LEDGER)' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.disclosureRequest.findMany({ ...query, where: await requestWhere(ctx, args.filter), orderBy: REQUEST_ORDER[args.sort ?? 'LEDGER'] }),
    totalCount: async (_root, args, ctx) => ctx.db.disclosureRequest.count({ where: await requestWhere(ctx, args.filter) }),
  }),
  proactiveItems: t.prismaConnection({
    type: 'ProactiveItem',
    cursor: 'id',
    description: '主动公开目录 — items in your scope, latest first',
    args: { filter: t.arg({ type: ItemFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.proactiveItem.findMany({ ...query, where: await itemWhere(ctx, args.filter), orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }] }),
    totalCount: async (_root, args, ctx) => ctx.db.proactiveItem.count({ where: await itemWhere(ctx, args.filter) }),
  }),
  disclosureBoardPostings: t.prismaConnection({
    type: 'BoardPosting',
    cursor: 'id',
    description: '定期公开记录 — board postings of townships and villages in your scope, latest quarter first',
    args: {
      withinPath: t.arg.string({ required: false, description: '所辖路径 — units in this subtree' }),
      year: t.arg.int({ required: false, description: '年度 — year' }),
      quarter: t.arg.int({ required: false, description: '季度 — quarter' }),
      lateOnly: t.arg.boolean({ required: false, description: '仅逾期 — posted after the deadline' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const within = await filterSubtree({ withinPath: args.withinPath }, ctx.loaders.refs);
      return ctx.db.boardPosting.findMany({
        ...query,
        where: {
          AND: [
            readableBoardsWhere(ctx.viewer),
            within === undefined ? {} : within === null ? { id: { in: [] } } : subtreeRangeWhere('unitPath', within),
            args.year ? { year: args.year } : {},
            args.quarter ? { quarter: args.quarter } : {},
            args.lateOnly ? { onTime: false } : {},
          ],
        },
        orderBy: [{ year: 'desc' }, { quarter: 'desc' }, { unitPath: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  disclosureRemedies: t.prismaConnection({
    type: 'Remedy',
    cursor: 'id',
    description: '复议诉讼台账 — reviews and suits on requests in your scope, latest first',
    args: {
      kinds: t.arg({ type: [RemedyKindEnum], required: false, description: '类型 — any of these' }),
      pendingOnly: t.arg.boolean({ required: false, description: '仅未审结 — not yet decided' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.remedy.findMany({
        ...query,
        where: { AND: [readableRemediesWhere(ctx.viewer), args.kinds?.length ? { kind: { in: args.kinds } } : {}, args.pendingOnly ? { result: null } : {}] },
        orderBy: [{ filedOn: 'desc' }, { id: 'asc' }],
      }),
  }),
}));
