// Supervision queries (督查): requests with filters and sorts, one request with its history, and
// warnings. Every query is limited to the viewer's scope (complaint-access.ts).
import { z } from 'zod';
import type { Prisma } from '../../../prisma/generated/complaints/sqlite';
import { addCalendarDays, toLocalDate } from '../../shared/calendar';
import { latestDueDayOverdueBy, MIN_OVERDUE_DAYS_DESCRIPTION, startOfLocalDay } from '../../shared/overdue-days';
import { overdueCutoff } from '../domain/time-limits';
import { checkedPath, filterSubtree } from '../../shared/filter-subtree';
import { subtreeRangeWhere } from '../../shared/scope';
import type { Viewer } from '../../shared/viewer';
import { builder } from '../builder';
import { complaintInSubtreeWhere, readableComplaintsWhere } from '../complaint-access';
import { OPEN_STATES } from '../domain/complaint-state';
import type { ComplaintsServices } from '../services';
import type { ComplaintsLoaders } from '../loaders';
import {
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintKindEnum,
  ComplaintPriorityEnum,
  ComplaintSortEnum,
  ComplaintStateEnum,
  ComplaintWarningKindEnum,
  WarningLevelEnum,
} from './enums';
import { idOr } from '../../shared/lookup-key';

const ComplaintFilter = builder.inputType('ComplaintFilter', {
  description: '诉求筛选 — filter for requests; all given conditions apply',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — requests located in, received in or assigned within the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path, e.g. /4307/430721/430721100/' }),
    departmentId: t.id({ required: false, description: '承办部门 — requests this department holds now' }),
    kinds: t.field({ type: [ComplaintKindEnum], required: false, description: '类型 — any of these kinds' }),
    channels: t.field({ type: [ComplaintChannelEnum], required: false, description: '渠道 — any of these channels' }),
    categories: t.field({ type: [ComplaintCategoryEnum], required: false, description: '分类 — any of these categories' }),
    priorities: t.field({ type: [ComplaintPriorityEnum], required: false, description: '紧急程度 — any of these classes' }),
    states: t.field({ type: [ComplaintStateEnum], required: false, description: '状态 — any of these states' }),
    warningLevels: t.field({ type: [WarningLevelEnum], required: false, description: '预警等级 — current card is one of these' }),
    locatedOnly: t.boolean({
      required: false,
      description: '仅按属地 — withinId/withinPath match where the request is located only, as complaintStats rolls up (otherwise also where it was received or is assigned)',
    }),
    overdueOnly: t.boolean({
      required: false,
      description: '仅超期 — only requests awaiting their reply past the promised deadline now, to the minute (escalated ones stay on the list); with locatedOnly exactly the 超期件 complaintStats.overdueOpen counts',
    }),
    minOverdueDays: t.int({ required: false, description: MIN_OVERDUE_DAYS_DESCRIPTION, validate: z.number().int().min(1).max(3650) }),
    escalated: t.boolean({ required: false, description: '是否督办 — escalated, or not' }),
    dissatisfied: t.boolean({ required: false, description: '不满意 — the latest callback was dissatisfied, or the request was reopened' }),
    duplicatesOnly: t.boolean({ required: false, description: '仅重复来电 — only requests linked to an earlier one' }),
    receivedFrom: t.field({ type: 'LocalDate', required: false, description: '受理起 — received on or after this day' }),
    receivedTo: t.field({ type: 'LocalDate', required: false, description: '受理止 — received on or before this day' }),
  }),
});

type FilterInput = typeof ComplaintFilter.$inferInput;

async function complaintWhere(
  ctx: { services: ComplaintsServices; loaders: ComplaintsLoaders; viewer: Viewer },
  filter: FilterInput | null | undefined,
): Promise<Prisma.ComplaintWhereInput> {
  const and: Prisma.ComplaintWhereInput[] = [readableComplaintsWhere(ctx.viewer)];
  if (!filter) return { AND: and };
  const within = await filterSubtree(filter, ctx.loaders.refs);
  // An unknown unit has no requests.
  if (within !== undefined) {
    if (within === null) and.push({ id: { in: [] } });
    else and.push(filter.locatedOnly ? subtreeRangeWhere('orgPath', within) : complaintInSubtreeWhere(within));
  }
  if (filter.departmentId) and.push({ assigneeDepartmentId: filter.departmentId });
  if (filter.kinds?.length) and.push({ kind: { in: filter.kinds } });
  if (filter.channels?.length) and.push({ channel: { in: filter.channels } });
  if (filter.categories?.length) and.push({ category: { in: filter.categories } });
  if (filter.priorities?.length) and.push({ priority: { in: filter.priorities } });
  if (filter.states?.length) and.push({ state: { in: filter.states } });
  if (filter.warningLevels?.length) and.push({ warningLevel: { in: filter.warningLevels } });
  // Against the promised deadline: a 督办 deadline does not take a request off the overdue list.
  if (filter.overdueOnly) and.push({ state: { in: [...OPEN_STATES] }, promisedReplyAt: { lt: overdueCutoff(ctx.services.now()) } });
  if (filter.minOverdueDays != null) {
    // Due on a local day at least N days back: before the start of the day after it (N ≥ 1, so the
    // bound is before today and the request is overdue as well).
    const latestDueDay = latestDueDayOverdueBy(toLocalDate(ctx.services.now()), filter.minOverdueDays);
    and.push({ state: { in: [...OPEN_STATES] }, promisedReplyAt: { lt: startOfLocalDay(addCalendarDays(latestDueDay, 1)) } });
  }
  if (filter.escalated != null) and.push({ escalated: filter.escalated });
  if (filter.dissatisfied === true) and.push({ OR: [{ satisfaction: { lte: 2 } }, { reopenCount: { gt: 0 } }] });
  if (filter.dissatisfied === false) and.push({ AND: [{ OR: [{ satisfaction: null }, { satisfaction: { gt: 2 } }] }, { reopenCount: 0 }] });
  if (filter.duplicatesOnly) and.push({ duplicateOfId: { not: null } });
  if (filter.receivedFrom) and.push({ receivedOn: { gte: filter.receivedFrom } });
  if (filter.receivedTo) and.push({ receivedOn: { lte: filter.receivedTo } });
  return { AND: and };
}

const ORDER: Record<'MOST_OVERDUE_FIRST' | 'NEWEST_FIRST', Prisma.ComplaintOrderByWithRelationInput[]> = {
  MOST_OVERDUE_FIRST: [{ promisedReplyAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  NEWEST_FIRST: [{ receivedAt: 'desc' }, { id: 'desc' }],
};

const ComplaintWarningFilter = builder.inputType('ComplaintWarningFilter', {
  description: '诉求预警筛选 — filter for warnings on requests',
  fields: (t) => ({
    withinPath: t.string({ required: false, description: '所辖路径 — warnings of requests located in this subtree' }),
    departmentId: t.id({ required: false, description: '责任部门 — cards for this assignee department' }),
    level: t.field({ type: WarningLevelEnum, required: false, description: '等级 — YELLOW or RED' }),
    kind: t.field({ type: ComplaintWarningKindEnum, required: false, description: '类型 — kind of card' }),
    raisedFrom: t.field({ type: 'LocalDate', required: false, description: '预警起 — raised on or after this day' }),
    raisedTo: t.field({ type: 'LocalDate', required: false, description: '预警止 — raised on or before this day' }),
  }),
});

function warningWhere(viewer: Viewer, filter: typeof ComplaintWarningFilter.$inferInput | null | undefined): Prisma.ComplaintWarningWhereInput {
  const and: Prisma.ComplaintWarningWhereInput[] = [{ complaint: readableComplaintsWhere(viewer) }];
  if (filter?.withinPath) and.push(subtreeRangeWhere('orgPath', checkedPath(filter.withinPath)));
  if (filter?.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter?.level) and.push({ level: filter.level });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.raisedFrom) and.push({ raisedOn: { gte: filter.raisedFrom } });
  if (filter?.raisedTo) and.push({ raisedOn: { lte: filter.raisedTo } });
  return { AND: and };
}

builder.queryFields((t) => ({
  complaint: t.prismaField({
    type: 'Complaint',
    nullable: true,
    description: '查诉求 — one request by id or request number, with its history; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      requestNo: t.arg.string({ required: false, description: '工单编号 — request number' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const key = idOr(args.id, 'requestNo', args.requestNo);
      if (!key) return null;
      return ctx.db.complaint.findFirst({ ...query, where: { AND: [key, readableComplaintsWhere(ctx.viewer)] } });
    },
  }),
  complaints: t.prismaConnection({
    type: 'Complaint',
    cursor: 'id',
    description: '诉求列表 — requests in your scope, filtered and sorted (newest first by default)',
    args: {
      filter: t.arg({ type: ComplaintFilter, required: false, description: '筛选条件 — filter' }),
      sort: t.arg({ type: ComplaintSortEnum, required: false, description: '排序 — order (default NEWEST_FIRST)' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.complaint.findMany({ ...query, where: await complaintWhere(ctx, args.filter), orderBy: ORDER[args.sort ?? 'NEWEST_FIRST'] }),
    totalCount: async (_root, args, ctx) => ctx.db.complaint.count({ where: await complaintWhere(ctx, args.filter) }),
  }),
  complaintWarnings: t.prismaConnection({
    type: 'ComplaintWarning',
    cursor: 'id',
    description: '诉求预警 — warnings on requests in your scope, newest first',
    args: { filter: t.arg({ type: ComplaintWarningFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.db.complaintWarning.findMany({ ...query, where: warningWhere(ctx.viewer, filter), orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }] }),
    totalCount: (_root, { filter }, ctx) => ctx.db.complaintWarning.count({ where: warningWhere(ctx.viewer, filter) }),
  }),
}));
