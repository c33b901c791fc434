// Supervision queries (督查): cases with filters and sorts, one case with its history, warnings.
// Every query is limited to the viewer's scope (case-access.ts).
import { z } from 'zod';
import type { Prisma } from '../../../prisma/generated/approvals/sqlite';
import { toLocalDate } from '../../shared/calendar';
import { badInput, userError } from '../../shared/errors';
import { filterSubtree } from '../../shared/filter-subtree';
import { subtreeRangeWhere } from '../../shared/scope';
import { hasPermission } from '../../shared/viewer';
import { builder } from '../builder';
import { caseInSubtreeWhere, readableCasesWhere } from '../case-access';
import { nthWorkingDayBack } from '../../shared/calendar';
import { IN_PROGRESS_STATES } from '../domain/case-state';
import type { ApprovalsDb } from '../db';
import type { ApprovalsServices } from '../services';
import type { ApprovalsLoaders } from '../loaders';
import {
  CaseSortEnum,
  CaseStateEnum,
  ChannelEnum,
  WarningKindEnum,
  WarningLevelEnum,
} from './enums';
import { idOr } from '../../shared/lookup-key';
import { latestDueDayOverdueBy, MIN_OVERDUE_DAYS_DESCRIPTION } from '../../shared/overdue-days';

const CaseFilter = builder.inputType('CaseFilter', {
  description: '办件筛选 — filter for cases; all given conditions apply',
  fields: (t) => ({
    withinId: t.id({ required: false, description: '所辖范围 — cases received in, at, or handled in the subtree of this org unit' }),
    withinPath: t.string({ required: false, description: '所辖路径 — the same by materialized path, e.g. /4307/430721/430721100/' }),
    departmentId: t.id({ required: false, description: '办理部门 — handled by this department (as lead or parallel sub-task)' }),
    serviceItemId: t.id({ required: false, description: '事项 — cases of this service item' }),
    states: t.field({ type: [CaseStateEnum], required: false, description: '状态 — any of these states' }),
    channel: t.field({ type: ChannelEnum, required: false, description: '渠道 — received through this channel' }),
    warningLevels: t.field({ type: [WarningLevelEnum], required: false, description: '预警等级 — current card is one of these' }),
    overdueOnly: t.boolean({
      required: false,
      description: '仅超期 — open cases at least one working day past due today: exactly the 超期件 approvalStats.overdueOpen counts (with departmentId: that department’s own sub-task of a parallel case)',
    }),
    overdueByMoreThan: t.int({ required: false, description: '超期超过 N 个工作日 — open cases more than N working days past due', validate: z.number().int().min(0).max(1000) }),
    minOverdueDays: t.int({ required: false, description: MIN_OVERDUE_DAYS_DESCRIPTION, validate: z.number().int().min(1).max(3650) }),
    receivedFrom: t.field({ type: 'LocalDate', required: false, description: '收件起 — received on or after this day' }),
    receivedTo: t.field({ type: 'LocalDate', required: false, description: '收件止 — received on or before this day' }),
    escalated: t.boolean({ required: false, description: '是否督办 — escalated, or not' }),
    parallel: t.boolean({ required: false, description: '是否并联 — parallel cases, or not' }),
    applicantName: t.string({ required: false, description: '申请人 — name starts with this text (only for roles that may see personal data)' }),
  }),
});

type CaseFilterInput = typeof CaseFilter.$inferInput;

type Ctx = { db: ApprovalsDb; services: ApprovalsServices; loaders: ApprovalsLoaders; viewer: Parameters<typeof readableCasesWhere>[0] };

/** Due-day bounds of an overdue filter: before `before` (working days past due), on or before `onOrBefore` (calendar days). */
type DueBound = { lt: string; lte?: string };

/** Open cases more than `days` working days past due today (0: any overdue, as 超期件 counts). */
function workingDaysBound(services: ApprovalsServices, days: number): DueBound {
  return { lt: nthWorkingDayBack(services.calendar, toLocalDate(services.now()), days + 1) };
}

/** Overdue today and at least `minDays` calendar days past the due day (shared/overdue-days.ts). */
function calendarDaysBound(services: ApprovalsServices, minDays: number): DueBound {
  const today = toLocalDate(services.now());
  return { ...workingDaysBound(services, 0), lte: latestDueDayOverdueBy(today, minDays) };
}

/** Open cases whose due day lies within the bound (domain/deadline.ts overdueToday). */
function overdueCaseWhere(db: ApprovalsDb, due: DueBound): Prisma.CaseWhereInput {
  return {
    state: { in: [...IN_PROGRESS_STATES] },
    dueOn: due,
    // A stopped clock does not run, but a case overdue when it stopped stays overdue.
    OR: [{ clockStopped: false }, { dueOn: { lt: db.case.fields.stoppedOn } }],
  };
}

/**
 * The same for one department, judged on its own work as its approvalStats are (并联审批: its
 * sub-task's due day and decision, not the case's), so the department's 超期件 tile and this list
 * count the same cases. A sub-task's due day is compared with its case's stop day, which Prisma
 * cannot express across the relation: the department's overdue sub-tasks are read first (one
 * query, bounded by that department's open overdue work).
 */
async function departmentOverdueWhere(db: ApprovalsDb, departmentId: string, due: DueBound): Promise<Prisma.CaseWhereInput> {
  const tasks = await db.subTask.findMany({
    where: { departmentId, decidedOn: null, dueOn: due, case: { closedOn: null } },
    select: { caseId: true, dueOn: true, case: { select: { clockStopped: true, stoppedOn: true } } },
  });
  const overdueTasks = tasks.filter((t) => !t.case.clockStopped || (t.case.stoppedOn !== null && t.dueOn! < t.case.stoppedOn));
  return {
    OR: [
      { AND: [{ parallel: false, handlingDepartmentId: departmentId }, overdueCaseWhere(db, due)] },
      { id: { in: overdueTasks.map((t) => t.caseId) } },
    ],
  };
}

const overdueWhere = (ctx: Ctx, departmentId: string | null | undefined, due: DueBound) =>
  departmentId ? departmentOverdueWhere(ctx.db, departmentId, due) : overdueCaseWhere(ctx.db, due);

async function caseWhere(
  ctx: Ctx,
  filter: CaseFilterInput | null | undefined,
): Promise<Prisma.CaseWhereInput> {
  const and: Prisma.CaseWhereInput[] = [readableCasesWhere(ctx.viewer)];
  if (!filter) return { AND: and };
  const within = await filterSubtree(filter, ctx.loaders.refs);
  // An unknown unit has no cases.
  if (within !== undefined) and.push(within === null ? { id: { in: [] } } : caseInSubtreeWhere(within));
  if (filter.departmentId) {
    and.push({ OR: [{ handlingDepartmentId: filter.departmentId }, { subTasks: { some: { departmentId: filter.departmentId } } }] });
  }
  if (filter.serviceItemId) and.push({ serviceItemId: filter.serviceItemId });
  if (filter.states?.length) and.push({ state: { in: filter.states } });
  if (filter.channel) and.push({ channel: filter.channel });
  if (filter.warningLevels?.length) and.push({ warningLevel: { in: filter.warningLevels } });
  if (filter.overdueOnly) and.push(await overdueWhere(ctx, filter.departmentId, workingDaysBound(ctx.services, 0)));
  if (filter.overdueByMoreThan != null) and.push(await overdueWhere(ctx, filter.departmentId, workingDaysBound(ctx.services, filter.overdueByMoreThan)));
  if (filter.minOverdueDays != null) and.push(await overdueWhere(ctx, filter.departmentId, calendarDaysBound(ctx.services, filter.minOverdueDays)));
  if (filter.receivedFrom) and.push({ receivedOn: { gte: filter.receivedFrom } });
  if (filter.receivedTo) and.push({ receivedOn: { lte: filter.receivedTo } });
  if (filter.escalated != null) and.push({ escalated: filter.escalated });
  if (filter.parallel != null) and.push({ parallel: filter.parallel });
  if (filter.applicantName) {
    if (!hasPermission(ctx.viewer, 'personal-data')) {
      throw badInput(
        userError('filter.applicantName', 'PERSONAL_DATA_NOT_PERMITTED', '您的角色不能按申请人姓名查询', 'your role may not search by applicant name'),
      );
    }
    and.push({ applicantName: { startsWith: filter.applicantName } });
  }
  return { AND: and };
}

const ORDER: Record<'MOST_OVERDUE_FIRST' | 'NEWEST_FIRST', Prisma.CaseOrderByWithRelationInput[]> = {
  MOST_OVERDUE_FIRST: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  NEWEST_FIRST: [{ receivedAt: 'desc' }, { id: 'desc' }],
};

const WarningFilter = builder.inputType('WarningFilter', {
  description: '预警筛选 — filter for warnings',
  fields: (t) => ({
    withinPath: t.string({ required: false, description: '所辖路径 — warnings of cases received in this subtree' }),
    departmentId: t.id({ required: false, description: '责任部门 — cards for this department' }),
    level: t.field({ type: WarningLevelEnum, required: false, description: '等级 — YELLOW or RED' }),
    kind: t.field({ type: WarningKindEnum, required: false, description: '类型 — kind of card' }),
    raisedFrom: t.field({ type: 'LocalDate', required: false, description: '预警起 — raised on or after this day' }),
    raisedTo: t.field({ type: 'LocalDate', required: false, description: '预警止 — raised on or before this day' }),
  }),
});

builder.queryFields((t) => ({
  case: t.prismaField({
    type: 'Case',
    nullable: true,
    description: '查办件 — one case by id or case number, with its history; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      caseNo: t.arg.string({ required: false, description: '办件编号 — case number' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const key = idOr(args.id, 'caseNo', args.caseNo);
      if (!key) return null;
      return ctx.db.case.findFirst({ ...query, where: { AND: [key, readableCasesWhere(ctx.viewer)] } });
    },
  }),
  cases: t.prismaConnection({
    type: 'Case',
    cursor: 'id',
    description: '办件列表 — cases in your scope, filtered and sorted (newest first by default)',
    args: {
      filter: t.arg({ type: CaseFilter, required: false, description: '筛选条件 — filter' }),
      sort: t.arg({ type: CaseSortEnum, required: false, description: '排序 — order (default NEWEST_FIRST)' }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.case.findMany({ ...query, where: await caseWhere(ctx, args.filter), orderBy: ORDER[args.sort ?? 'NEWEST_FIRST'] }),
    totalCount: async (_root, args, ctx) => ctx.db.case.count({ where: await caseWhere(ctx, args.filter) }),
  }),
  warnings: t.prismaConnection({
    type: 'Warning',
    cursor: 'id',
    description: '预警列表 — warnings on cases in your scope, newest first',
    args: { filter: t.arg({ type: WarningFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, { filter }, ctx) =>
      ctx.db.warning.findMany({ ...query, where: warningWhere(ctx.viewer, filter), orderBy: [{ raisedAt: 'desc' }, { id: 'desc' }] }),
    totalCount: async (_root, { filter }, ctx) => ctx.db.warning.count({ where: warningWhere(ctx.viewer, filter) }),
  }),
}));

function warningWhere(
  viewer: Parameters<typeof readableCasesWhere>[0],
  filter: typeof WarningFilter.$inferInput | null | undefined,
): Prisma.WarningWhereInput {
  const and: Prisma.WarningWhereInput[] = [{ case: readableCasesWhere(viewer) }];
  if (filter?.withinPath) and.push(subtreeRangeWhere('orgPath', filter.withinPath));
  if (filter?.departmentId) and.push({ departmentId: filter.departmentId });
  if (filter?.level) and.push({ level: filter.level });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.raisedFrom) and.push({ raisedOn: { gte: filter.raisedFrom } });
  if (filter?.raisedTo) and.push({ raisedOn: { lte: filter.raisedTo } });
  return { AND: and };
}
