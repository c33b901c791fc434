// The Case type (办件) and its detail: timeline, clock stops, hand-offs, stages, sub-tasks,
// extensions, rating and follow-up. List fields read the projection columns; detail fields fold
// the case's events (one batched query for every case in the response).
import { CLOCK_STOP_REASON_LABELS, toLocalDate, type LocalDate } from '../../shared/calendar';
import { calendarDaysOverdue, OVERDUE_DAYS_DESCRIPTION } from '../../shared/overdue-days';
import { revealFor } from '../../shared/personal-data';
import { builder } from '../builder';
import type { CaseAggregate, Extension, Handoff, Stage, StopSegment, SubTask } from '../domain/case-aggregate';
import { CASE_EVENT_LABELS, type CaseEvent } from '../domain/case-events';
import { CASE_STATE_LABELS, isInProgress, type CaseState } from '../domain/case-state';
import { overdueToday, remainingDays, stageDueOn, subTaskDueOn, subTaskOnTime } from '../domain/deadline';
import {
  ApplicantKindEnum,
  CaseEventTypeEnum,
  CaseStateEnum,
  ChannelEnum,
  ClockStopReasonEnum,
  FollowupStateEnum,
  ItemKindEnum,
  RatingChannelEnum,
  RectificationModeEnum,
  SubTaskStateEnum,
  WarningKindEnum,
  WarningLevelEnum,
} from './enums';
import { DepartmentStub, OrgUnitStub, ServiceItemStub } from './entities';

const RATING_LABELS = ['', '非常不满意', '不满意', '基本满意', '满意', '非常满意'] as const;

async function aggregateOf(id: string, ctx: { loaders: { aggregate: { load(id: string): Promise<CaseAggregate | null> } } }) {
  const c = await ctx.loaders.aggregate.load(id);
  if (!c) throw new Error(`case ${id} has no history`);
  return c;
}

export const CaseEventRef = builder.objectRef<CaseEvent>('CaseEvent').implement({
  description: '办件事件 — one step of the case history (who, when, what, from which state to which)',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '序号 — 1, 2, 3 … within the case' }),
    type: t.field({ type: CaseEventTypeEnum, description: '事件类型 — what happened', resolve: (e) => e.type }),
    label: t.string({ description: '事件名称 — the step in Chinese, e.g. 受理', resolve: (e) => CASE_EVENT_LABELS[e.type].zh }),
    at: t.expose('at', { type: 'DateTime', description: '时间 — when it happened' }),
    actorName: t.string({ description: '经办人 — who did it (staff, not the applicant)', resolve: (e) => e.actor.name }),
    actorRole: t.string({ description: '经办人角色 — the actor’s role', resolve: (e) => e.actor.role }),
    unitPath: t.exposeString('unitPath', { description: '经办单位路径 — the unit the actor acted for' }),
    summary: t.string({ description: '摘要 — what the step says (reason, note, target), without personal data', resolve: (e) => eventSummary(e) }),
  }),
});

/** A readable line per event; the applicant's personal data (in RECEIVED) is never included. */
function eventSummary(e: CaseEvent): string {
  switch (e.type) {
    case 'RECEIVED':
      return `收件：${e.data.item.name}（${e.data.channel === 'AGENCY_POINT' ? '代办点' : e.data.channel === 'ONLINE' ? '网上' : '窗口'}）`;
    case 'FORWARDED':
      return `转报至 ${e.data.to.path}${e.data.note ? `：${e.data.note}` : ''}`;
    case 'ACCEPTED':
      return e.data.subTasks.length > 0
        ? `受理，并联审批 ${e.data.subTasks.length} 个部门，时限 ${e.data.limitDays} 个工作日`
        : `受理，时限 ${e.data.limitDays} 个工作日`;
    case 'NOT_ACCEPTED':
    case 'RETURNED':
    case 'WITHDRAWN':
      return e.data.reason;
    case 'STAGE_STARTED':
      return `${e.data.name}（环节时限 ${e.data.limitDays} 个工作日）`;
    case 'CLOCK_STOPPED':
      return `${CLOCK_STOP_REASON_LABELS[e.data.reason]}${e.data.note ? `：${e.data.note}` : ''}`;
    case 'CLOCK_RESUMED':
      return e.data.note ?? '恢复计时';
    case 'EXTENDED':
      return `延期 ${e.data.days} 个工作日：${e.data.reason}（${e.data.approvedBy} 批准）`;
    case 'SUBTASK_DECIDED':
      return `${e.data.approved ? '同意' : '不同意'}${e.data.note ? `：${e.data.note}` : ''}`;
    case 'APPROVED':
    case 'REFUSED':
      return e.data.note ?? CASE_EVENT_LABELS[e.type].zh;
    case 'DELIVERED':
      return e.data.note ?? '已送达';
    case 'RATED':
      return `${RATING_LABELS[e.data.level] ?? e.data.level}${e.data.comment ? `：${e.data.comment}` : ''}`;
    case 'CALLED_BACK':
      return e.data.note;
    case 'RECTIFICATION_PLANNED':
      return `${e.data.mode === 'IMMEDIATE' ? '立行立改' : `限期整改（${e.data.dueOn}前）`}：${e.data.measures}`;
    case 'RECTIFIED':
      return e.data.note;
    case 'ESCALATED':
      return `${e.data.note}${e.data.dueOn ? `（限 ${e.data.dueOn} 前办结）` : ''}`;
  }
}

const ClockStopRef = builder.objectRef<StopSegment>('ClockStop').implement({
  description: '暂停计时 — a clock-stop segment; its working days are not counted',
  fields: (t) => ({
    reason: t.field({ type: ClockStopReasonEnum, description: '原因 — statutory reason', resolve: (s) => s.reason }),
    reasonLabel: t.string({ description: '原因名称 — reason in Chinese', resolve: (s) => CLOCK_STOP_REASON_LABELS[s.reason] }),
    note: t.exposeString('note', { nullable: true, description: '说明 — note' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: '开始时间 — when the clock stopped' }),
    startedBy: t.exposeString('startedByName', { description: '发起人 — who stopped it' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', nullable: true, description: '结束时间 — when it restarted; null while stopped' }),
    endedBy: t.exposeString('endedByName', { nullable: true, description: '结束人 — who restarted it' }),
  }),
});

const HandoffRef = builder.objectRef<Handoff>('CaseHandoff').implement({
  description: '转报 — a hand-off up the tiers (四级联动)',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: '时间 — when' }),
    fromUnit: t.field({ type: OrgUnitStub, description: '转出单位 — handed over by', resolve: (h) => ({ id: h.from.id }) }),
    toUnit: t.field({ type: OrgUnitStub, description: '接收单位 — handed to', resolve: (h) => ({ id: h.to.id }) }),
    toDepartment: t.field({
      type: DepartmentStub,
      nullable: true,
      description: '接收部门 — the handling department, when named',
      resolve: (h) => (h.department ? { id: h.department.id } : null),
    }),
    actorName: t.string({ description: '经办人 — who handed it over', resolve: (h) => h.actor.name }),
    note: t.exposeString('note', { nullable: true, description: '说明 — note' }),
  }),
});

const StageRef = builder.objectRef<{ stage: Stage; c: CaseAggregate }>('CaseStage').implement({
  description: '审查环节 — a review stage with its own limit (环节时限)',
  fields: (t) => ({
    name: t.string({ description: '环节名称 — stage name', resolve: ({ stage }) => stage.name }),
    limitDays: t.int({ description: '环节时限 — working days', resolve: ({ stage }) => stage.limitDays }),
    startedAt: t.field({ type: 'DateTime', description: '开始 — when it began', resolve: ({ stage }) => stage.startedAt }),
    endedAt: t.field({ type: 'DateTime', nullable: true, description: '结束 — when it ended', resolve: ({ stage }) => stage.endedAt }),
    dueOn: t.field({ type: 'LocalDate', description: '环节到期日 — stage due date', resolve: ({ stage, c }, _a, ctx) => stageDueOn(ctx.services.calendar, c, stage) }),
  }),
});

const SubTaskRef = builder.objectRef<{ task: SubTask; c: CaseAggregate }>('CaseSubTask').implement({
  description: '并联审批子任务 — one department’s part of a parallel case, measured on its own',
  fields: (t) => ({
    department: t.field({ type: DepartmentStub, description: '办理部门 — department', resolve: ({ task }) => ({ id: task.department.id }) }),
    limitDays: t.int({ description: '时限 — working days', resolve: ({ task }) => task.limitDays }),
    state: t.field({ type: SubTaskStateEnum, description: '状态 — state', resolve: ({ task }) => task.state }),
    dueOn: t.field({ type: 'LocalDate', nullable: true, description: '到期日 — due date', resolve: ({ task, c }, _a, ctx) => subTaskDueOn(ctx.services.calendar, c, task) }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, description: '办结时间 — when decided', resolve: ({ task }) => task.decidedAt }),
    onTime: t.boolean({ nullable: true, description: '是否按时 — decided on time; null while open', resolve: ({ task, c }, _a, ctx) => subTaskOnTime(ctx.services.calendar, c, task) }),
    note: t.string({ nullable: true, description: '意见 — the department’s note', resolve: ({ task }) => task.note }),
  }),
});

const ExtensionRef = builder.objectRef<Extension>('CaseExtension').implement({
  description: '延期 — an approved extension (行政许可法 第42条)',
  fields: (t) => ({
    days: t.exposeInt('days', { description: '天数 — working days added' }),
    reason: t.exposeString('reason', { description: '理由 — reason' }),
    approvedBy: t.exposeString('approvedBy', { description: '批准人 — approved by' }),
    at: t.expose('at', { type: 'DateTime', description: '时间 — when' }),
  }),
});

const RatingRef = builder.objectRef<NonNullable<CaseAggregate['rating']>>('CaseRating').implement({
  description: '好差评 — the applicant’s rating (five levels, GB/T 39734-2020)',
  fields: (t) => ({
    level: t.exposeInt('level', { description: '等级 — 5 非常满意 … 1 非常不满意' }),
    label: t.string({ description: '等级名称 — level in Chinese', resolve: (r) => RATING_LABELS[r.level] ?? String(r.level) }),
    channel: t.field({ type: RatingChannelEnum, description: '渠道 — where it was given', resolve: (r) => r.channel }),
    comment: t.exposeString('comment', { nullable: true, description: '评价内容 — comment' }),
    at: t.expose('at', { type: 'DateTime', description: '时间 — when' }),
  }),
});

const FollowupRef = builder.objectRef<NonNullable<CaseAggregate['followup']>>('CaseFollowup').implement({
  description: '差评回访整改 — follow-up of a 差评: callback, then rectification',
  fields: (t) => ({
    state: t.field({ type: FollowupStateEnum, description: '状态 — follow-up state', resolve: (f) => f.state }),
    calledBackAt: t.expose('calledBackAt', { type: 'DateTime', nullable: true, description: '回访时间 — when called back' }),
    callbackNote: t.exposeString('callbackNote', { nullable: true, description: '回访情况 — what the callback found' }),
    reached: t.exposeBoolean('reached', { nullable: true, description: '是否联系上 — whether the applicant was reached' }),
    mode: t.field({ type: RectificationModeEnum, nullable: true, description: '整改方式 — immediate or ledger', resolve: (f) => f.mode }),
    measures: t.exposeString('measures', { nullable: true, description: '整改措施 — measures' }),
    dueOn: t.field({ type: 'LocalDate', nullable: true, description: '整改期限 — ledger deadline', resolve: (f) => f.rectificationDueOn }),
    rectifiedAt: t.expose('rectifiedAt', { type: 'DateTime', nullable: true, description: '整改完成时间 — when rectified' }),
    outcome: t.exposeString('rectificationNote', { nullable: true, description: '整改结果 — outcome' }),
  }),
});

export const CaseRef = builder.prismaObject('Case', {
  description: '办件 — an approval case: applicant, item, tiers it passed, deadline, decision and rating',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    caseNo: t.exposeString('caseNo', { description: '办件编号 — case number' }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: '来源系统编号 — the feeding system’s reference' }),
    applicantKind: t.field({ type: ApplicantKindEnum, description: '申请人类型 — person or organisation', resolve: (c) => c.applicantKind as 'PERSON' }),
    applicantName: t.string({
      description: '申请人 — applicant; a person’s name is masked unless your role may see personal data',
      resolve: (c, _a, ctx) => (c.applicantKind === 'PERSON' ? revealFor(ctx.viewer, 'name', c.applicantName)! : c.applicantName),
    }),
    applicantPhone: t.string({
      nullable: true,
      description: '联系电话 — masked unless your role may see personal data',
      resolve: (c, _a, ctx) => revealFor(ctx.viewer, 'phone', c.applicantPhone),
    }),
    applicantIdNumber: t.string({
      nullable: true,
      description: '证件号码 — resident ID (masked unless permitted) or credit code',
      resolve: (c, _a, ctx) => (c.applicantKind === 'PERSON' ? revealFor(ctx.viewer, 'idNumber', c.applicantIdNumber) : c.applicantIdNumber),
    }),
    serviceItem: t.field({ type: ServiceItemStub, description: '事项 — the service item', resolve: (c) => ({ id: c.serviceItemId }) }),
    serviceItemCode: t.exposeString('serviceItemCode', { description: '事项编码 — item code at receipt' }),
    serviceItemName: t.exposeString('serviceItemName', { description: '事项名称 — item name at receipt' }),
    itemKind: t.field({ type: ItemKindEnum, description: '办件类型 — 即办件 or 承诺件', resolve: (c) => c.itemKind as 'PROMISED' }),
    channel: t.field({ type: ChannelEnum, description: '收件渠道 — channel', resolve: (c) => c.channel as 'WINDOW' }),
    receivingUnit: t.field({ type: OrgUnitStub, description: '收件单位 — where it was received', resolve: (c) => ({ id: c.orgUnitId }) }),
    orgPath: t.exposeString('orgPath', { description: '收件单位路径 — receiving unit’s path (territorial roll-ups)' }),
    currentUnit: t.field({ type: OrgUnitStub, description: '当前所在单位 — where the case is now', resolve: (c) => ({ id: c.currentUnitId }) }),
    handlingDepartment: t.field({
      type: DepartmentStub,
      nullable: true,
      description: '办理部门 — handling (lead) department; null before it is known',
      resolve: (c) => (c.handlingDepartmentId ? { id: c.handlingDepartmentId } : null),
    }),
    state: t.field({ type: CaseStateEnum, description: '状态 — current state (derived from the history)', resolve: (c) => c.state as CaseState }),
    stateLabel: t.string({ description: '状态名称 — state in Chinese', resolve: (c) => CASE_STATE_LABELS[c.state as CaseState].zh }),
    parallel: t.exposeBoolean('parallel', { description: '是否并联审批 — handled by several departments at once' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: '收件时间 — received at' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true, description: '受理时间 — accepted at' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: '办结时间 — decided at' }),
    limitDays: t.exposeInt('limitDays', { description: '承诺时限 — promised working days (0 for 即办件)' }),
    extensionDays: t.exposeInt('extensionDays', { description: '延期天数 — approved extension, working days' }),
    dueOn: t.field({
      type: 'LocalDate',
      nullable: true,
      description: '到期日 — due date with clock stops and extensions; null before acceptance',
      resolve: (c) => c.dueOn,
    }),
    remainingWorkingDays: t.int({
      nullable: true,
      description: '剩余工作日 — working days left today (negative: overdue); null unless in progress',
      resolve: async (c, _a, ctx) =>
        isInProgress(c.state as CaseState) ? remainingDays(ctx.services.calendar, await aggregateOf(c.id, ctx), ctx.services.now()) : null,
    }),
    overdueDays: t.int({
      nullable: true,
      description: `${OVERDUE_DAYS_DESCRIPTION} (overdue: at least one working day past dueOn, as 超期件 counts)`,
      resolve: (c, _a, ctx) => {
        const today = toLocalDate(ctx.services.now());
        return isInProgress(c.state as CaseState) && overdueToday(ctx.services.calendar, c, today) ? calendarDaysOverdue(c.dueOn as LocalDate, today) : null;
      },
    }),
    clockStopped: t.exposeBoolean('clockStopped', { description: '是否暂停计时 — the clock is stopped now' }),
    onTime: t.exposeBoolean('onTime', { nullable: true, description: '是否按时办结 — decided on time; null until decided' }),
    workingDaysUsed: t.exposeInt('workingDaysUsed', { nullable: true, description: '办理用时 — working days used, stops excluded; null until decided' }),
    warningLevel: t.field({ type: WarningLevelEnum, description: '预警等级 — current card', resolve: (c) => c.warningLevel as 'NONE' }),
    escalated: t.exposeBoolean('escalated', { description: '是否督办 — escalated by a supervision office' }),
    timeline: t.field({
      type: [CaseEventRef],
      description: '办件过程 — the full history, oldest first',
      resolve: (c, _a, ctx) => ctx.loaders.events.load(c.id),
    }),
    clockStops: t.field({ type: [ClockStopRef], description: '暂停计时 — clock stops', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).stops }),
    handoffs: t.field({ type: [HandoffRef], description: '转报记录 — hand-offs up the tiers', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).handoffs }),
    stages: t.field({
      type: [StageRef],
      description: '审查环节 — review stages',
      resolve: async (c, _a, ctx) => {
        const agg = await aggregateOf(c.id, ctx);
        return agg.stages.map((stage) => ({ stage, c: agg }));
      },
    }),
    subTasks: t.field({
      type: [SubTaskRef],
      description: '并联子任务 — sub-tasks of a parallel case',
      resolve: async (c, _a, ctx) => {
        const agg = await aggregateOf(c.id, ctx);
        return agg.subTasks.map((task) => ({ task, c: agg }));
      },
    }),
    extensions: t.field({ type: [ExtensionRef], description: '延期记录 — extensions', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).extensions }),
    rating: t.field({ type: RatingRef, nullable: true, description: '好差评 — rating, if given', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).rating }),
    followup: t.field({ type: FollowupRef, nullable: true, description: '差评整改 — follow-up of a 差评', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).followup }),
    warnings: t.relation('warnings', { description: '预警记录 — warnings raised, newest first', query: { orderBy: { raisedAt: 'desc' } } }),
  }),
});

export const WarningRef = builder.prismaObject('Warning', {
  description: '电子监察预警 — a yellow or red card raised by an evaluation',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — identifier' }),
    kind: t.field({ type: WarningKindEnum, description: '类型 — what the card is for', resolve: (w) => w.kind as 'OVERDUE' }),
    level: t.field({ type: WarningLevelEnum, description: '等级 — YELLOW or RED', resolve: (w) => w.level as 'RED' }),
    raisedAt: t.expose('raisedAt', { type: 'DateTime', description: '预警时间 — when raised' }),
    dueOn: t.field({ type: 'LocalDate', description: '到期日 — the due date it was measured against', resolve: (w) => w.dueOn }),
    remainingDays: t.exposeInt('remainingDays', { description: '剩余工作日 — working days left when raised (negative: overdue)' }),
    stageName: t.exposeString('stageName', { nullable: true, description: '环节 — the stage, for STAGE_OVERDUE' }),
    department: t.field({
      type: DepartmentStub,
      nullable: true,
      description: '责任部门 — the department the card is for',
      resolve: (w) => (w.departmentId ? { id: w.departmentId } : null),
    }),
    reason: t.exposeString('reason', { description: '说明 — why' }),
    case: t.relation('case', { description: '办件 — the case' }),
  }),
});
