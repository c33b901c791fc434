// The Complaint type (诉求) and its detail: timeline, dispatches with sign-off or return, replies,
// callbacks, escalations and warnings. List fields read the projection; detail fields fold the
// request's events (one batched query for every request in the response). The citizen's contact
// is masked unless the role may see it, and a 举报's reporter is never shown to a 承办单位.
import { builder } from '../builder';
import { canRead, contactFor, mayIdentifyReporter } from '../complaint-access';
import { scrubText } from '../../shared/personal-data';
import type { Viewer } from '../../shared/viewer';
import { CATEGORIES, isCategory } from '../domain/categories';
import type { Callback, ComplaintAggregate, DispatchRecord, Escalation, Reply } from '../domain/complaint-aggregate';
import { COMPLAINT_EVENT_LABELS, type ComplaintEvent } from '../domain/complaint-events';
import { COMPLAINT_STATE_LABELS, SATISFACTION_LABELS, isOpen, type AssigneeKind, type ComplaintChannel, type ComplaintKind, type ComplaintState, type Priority } from '../domain/complaint-state';
import type { CategoryCode } from '../domain/categories';
import type { ComplaintWarningKind } from '../domain/warnings';
import {
  AssigneeKindEnum,
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintEventTypeEnum,
  ComplaintKindEnum,
  ComplaintPriorityEnum,
  ComplaintStateEnum,
  ComplaintWarningKindEnum,
  WarningLevelEnum,
} from './enums';
import { DepartmentStub, OrgUnitStub } from './entities';
import { toLocalDate } from '../../shared/calendar';
import { calendarDaysOverdue, OVERDUE_DAYS_DESCRIPTION } from '../../shared/overdue-days';
import { overdueCutoff } from '../domain/time-limits';

async function aggregateOf(id: string, ctx: { loaders: { aggregate: { load(id: string): Promise<ComplaintAggregate | null> } } }) {
  const c = await ctx.loaders.aggregate.load(id);
  if (!c) throw new Error(`request ${id} has no history`);
  return c;
}

const satisfactionLabel = (level: number | null) => (level === null ? null : (SATISFACTION_LABELS[level as 1]?.zh ?? String(level)));

/**
 * A readable line per event, without the citizen's contact; numbers written into free text are
 * masked for viewers without personal-data, and a 举报's links are not named to those who may not
 * know its reporter.
 */
function eventSummary(e: ComplaintEvent, viewer: Viewer, hideLinks: boolean): string {
  return scrubText(viewer, rawSummary(e, hideLinks));
}

function rawSummary(e: ComplaintEvent, hideLinks: boolean): string {
  switch (e.type) {
    case 'RECEIVED':
      return `受理：${e.data.title}`;
    case 'DISPATCHED':
      return `派单至 ${e.data.assignee.name}${e.data.note ? `：${e.data.note}` : ''}`;
    case 'RETURNED':
      return `退单：${e.data.reason}`;
    case 'SIGNED':
      return e.data.note ?? '已签收';
    case 'REPLIED':
      return `${e.data.direct ? '直接答复' : '答复'}：${e.data.content}`;
    case 'CALLED_BACK':
      return e.data.reached ? `回访：${satisfactionLabel(e.data.satisfaction)}${e.data.note ? `，${e.data.note}` : ''}` : `回访未接通${e.data.note ? `：${e.data.note}` : ''}`;
    case 'REOPENED':
    case 'CLOSED':
      return e.data.reason;
    case 'ESCALATED':
      return e.data.note;
    case 'DUPLICATE_LINKED':
      return hideLinks ? '重复来电' : `重复来电：${e.data.requestNo}`;
  }
}

/** An event with what its summary may show to the viewer. */
type ShownEvent = ComplaintEvent & { hideLinks: boolean };

export const ComplaintEventRef = builder.objectRef<ShownEvent>('ComplaintEvent').implement({
  description: '诉求事件 — one step of the request history (who, when, what)',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '序号 — 1, 2, 3 … within the request' }),
    type: t.field({ type: ComplaintEventTypeEnum, description: '事件类型 — what happened', resolve: (e) => e.type }),
    label: t.string({ description: '事件名称 — the step in Chinese, e.g. 派单', resolve: (e) => COMPLAINT_EVENT_LABELS[e.type].zh }),
    at: t.expose('at', { type: 'DateTime', description: '时间 — when it happened' }),
    actorName: t.string({ description: '经办人 — staff who did it (never the citizen)', resolve: (e) => e.actor.name }),
    actorRole: t.string({ description: '经办人角色 — the actor’s role', resolve: (e) => e.actor.role }),
    summary: t.string({ description: '摘要 — what the step says; phone and ID numbers masked unless your role may see personal data', resolve: (e, _a, ctx) => eventSummary(e, ctx.viewer, e.hideLinks) }),
  }),
});

const AssigneeRef = builder.objectRef<DispatchRecord['assignee']>('ComplaintAssignee').implement({
  description: '承办单位 — a department or a township/village government',
  fields: (t) => ({
    kind: t.field({ type: AssigneeKindEnum, description: '类型 — department or org unit', resolve: (a) => a.kind as AssigneeKind }),
    name: t.exposeString('name', { description: '名称 — name at dispatch' }),
    department: t.field({ type: DepartmentStub, nullable: true, description: '部门 — when a department', resolve: (a) => (a.departmentId ? { id: a.departmentId } : null) }),
    orgUnit: t.field({ type: OrgUnitStub, nullable: true, description: '单位 — when a township or village', resolve: (a) => (a.kind === 'ORG_UNIT' ? { id: a.id } : null) }),
    path: t.exposeString('path', { description: '路径 — org path' }),
  }),
});

const DispatchRef = builder.objectRef<DispatchRecord>('ComplaintDispatch').implement({
  description: '派单 — one dispatch with its sign-off (签收) or return (退单)',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '序号 — 1, 2 … within the request' }),
    assignee: t.field({ type: AssigneeRef, description: '承办单位 — assignee', resolve: (d) => d.assignee }),
    dispatchedAt: t.expose('at', { type: 'DateTime', description: '派单时间 — when dispatched' }),
    dispatchedBy: t.string({ description: '派单人 — who dispatched', resolve: (d) => d.actor.name }),
    note: t.exposeString('note', { nullable: true, description: '派单说明 — note' }),
    signDueAt: t.expose('signDueAt', { type: 'DateTime', description: '签收时限 — sign off by' }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true, description: '签收时间 — when signed off' }),
    signedOnTime: t.boolean({ nullable: true, description: '按时签收 — null until signed', resolve: (d) => (d.signedAt ? d.signedAt <= d.signDueAt : null) }),
    returnDueAt: t.expose('returnDueAt', { type: 'DateTime', description: '退单时限 — the last moment it may be returned' }),
    returnedAt: t.expose('returnedAt', { type: 'DateTime', nullable: true, description: '退单时间 — when returned' }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: '退单理由 — reason' }),
  }),
});

const ReplyRef = builder.objectRef<Reply>('ComplaintReply').implement({
  description: '答复 — a reply to the citizen',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: '答复时间 — when' }),
    content: t.string({ description: '答复内容 — what was answered (numbers masked unless permitted)', resolve: (r, _a, ctx) => scrubText(ctx.viewer, r.content) }),
    direct: t.exposeBoolean('direct', { description: '直接答复 — answered by the hotline itself' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: '答复时限 — the deadline it is judged against (from receipt or reopening; a 督办 deadline does not make it punctual)' }),
    onTime: t.boolean({ description: '按时 — within the deadline', resolve: (r) => r.at <= r.dueAt }),
    byName: t.exposeString('byName', { description: '答复人 — staff' }),
  }),
});

const CallbackRef = builder.objectRef<Callback>('ComplaintCallback').implement({
  description: '回访 — a callback to the citizen',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: '回访时间 — when' }),
    reached: t.exposeBoolean('reached', { description: '是否联系上 — whether the citizen was reached' }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true, description: '满意度 — 5 非常满意 … 1 非常不满意; null when not reached' }),
    satisfactionLabel: t.string({ nullable: true, description: '满意度名称 — in Chinese', resolve: (c) => satisfactionLabel(c.satisfaction) }),
    note: t.string({ nullable: true, description: '回访情况 — note (numbers masked unless permitted)', resolve: (c, _a, ctx) => (c.note === null ? null : scrubText(ctx.viewer, c.note)) }),
    byName: t.exposeString('byName', { description: '回访人 — staff' }),
  }),
});

const EscalationRef = builder.objectRef<Escalation>('ComplaintEscalation').implement({
  description: '督办 — pressed by a supervision office',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: '督办时间 — when' }),
    byName: t.string({ description: '督办人 — who', resolve: (e) => e.actor.name }),
    note: t.exposeString('note', { description: '督办意见 — note' }),
    replyDueAt: t.expose('replyDueAt', { type: 'DateTime', description: '新答复时限 — the new deadline' }),
  }),
});

const ContactRef = builder.objectRef<{ name: string | null; phone: string | null; anonymised: boolean }>('ComplaintContact').implement({
  description: '诉求人 — the citizen’s contact as your role may see it',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true, description: '姓名 — masked unless your role may see personal data; null for an anonymous or protected reporter' }),
    phone: t.exposeString('phone', { nullable: true, description: '电话 — masked unless your role may see personal data; null for an anonymous or protected reporter' }),
    anonymised: t.exposeBoolean('anonymised', { description: '已隐去 — a 举报 reporter’s identity withheld from you (举报人保密)' }),
  }),
});

/** The promised deadline when the request is overdue now (domain/time-limits.ts overdueCutoff), else null. */
function overdueSince(c: { state: string; promisedReplyAt: Date | null }, now: Date): Date | null {
  return isOpen(c.state as ComplaintState) && c.promisedReplyAt !== null && c.promisedReplyAt < overdueCutoff(now) ? c.promisedReplyAt : null;
}

export const ComplaintRef = builder.prismaObject('Complaint', {
  description: '诉求 — a public request: kind, channel, matter, where, who holds it, deadlines, reply and callback',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    requestNo: t.exposeString('requestNo', { description: '工单编号 — request number' }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: '来源编号 — the feeding system’s reference' }),
    kind: t.field({ type: ComplaintKindEnum, description: '类型 — kind', resolve: (c) => c.kind as ComplaintKind }),
    channel: t.field({ type: ComplaintChannelEnum, description: '渠道 — channel', resolve: (c) => c.channel as ComplaintChannel }),
    category: t.field({ type: ComplaintCategoryEnum, description: '分类 — category', resolve: (c) => c.category as CategoryCode }),
    categoryLabel: t.string({ description: '分类名称 — category in Chinese', resolve: (c) => (isCategory(c.category) ? CATEGORIES[c.category].zh : c.category) }),
    priority: t.field({ type: ComplaintPriorityEnum, description: '紧急程度 — priority class', resolve: (c) => c.priority as Priority }),
    title: t.exposeString('title', { description: '标题 — what it is about' }),
    content: t.string({
      description: '诉求内容 — the request as taken (phone and ID numbers in it masked unless your role may see personal data)',
      resolve: async (c, _a, ctx) => scrubText(ctx.viewer, (await aggregateOf(c.id, ctx)).received.content),
    }),
    contact: t.field({ type: ContactRef, nullable: true, description: '诉求人 — contact as your role may see it; null when anonymous', resolve: (c, _a, ctx) => (c.contactName || c.contactPhone || c.kind === 'REPORT' ? contactFor(ctx.viewer, c) : null) }),
    receivedUnit: t.field({ type: OrgUnitStub, description: '受理单位 — the hotline or centre that took it', resolve: (c) => ({ id: c.receivedUnitId }) }),
    location: t.field({ type: OrgUnitStub, description: '诉求地点 — the unit where the matter is', resolve: (c) => ({ id: c.orgUnitId }) }),
    orgPath: t.exposeString('orgPath', { description: '地点路径 — location path (territorial roll-ups)' }),
    assignee: t.field({
      type: AssigneeRef,
      nullable: true,
      description: '承办单位 — who holds it now; null before dispatch or after a return',
      resolve: async (c, _a, ctx) => (c.assigneeId ? (await aggregateOf(c.id, ctx)).assignee : null),
    }),
    state: t.field({ type: ComplaintStateEnum, description: '状态 — current state (derived from the history)', resolve: (c) => c.state as ComplaintState }),
    stateLabel: t.string({ description: '状态名称 — state in Chinese', resolve: (c) => COMPLAINT_STATE_LABELS[c.state as ComplaintState].zh }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: '受理时间 — received at' }),
    signDueAt: t.expose('signDueAt', { type: 'DateTime', nullable: true, description: '签收时限 — while awaiting sign-off' }),
    replyDueAt: t.expose('replyDueAt', { type: 'DateTime', nullable: true, description: '答复时限 — the working deadline as it stands (a 督办 may set a new one)' }),
    promisedReplyAt: t.expose('promisedReplyAt', {
      type: 'DateTime',
      nullable: true,
      description: '承诺答复时限 — the deadline from receipt or the latest reopening; overdue and 按时办结 are measured against it',
    }),
    overdue: t.boolean({
      description: '是否超期 — awaiting its reply past the promised deadline now, to the minute (a 督办 deadline does not excuse it)',
      resolve: (c, _a, ctx) => overdueSince(c, ctx.services.now()) !== null,
    }),
    minutesOverdue: t.int({
      nullable: true,
      description: '超期分钟 — minutes past the promised deadline now; null unless overdue',
      resolve: (c, _a, ctx) => {
        const since = overdueSince(c, ctx.services.now());
        return since ? Math.floor((ctx.services.now().getTime() - since.getTime()) / 60_000) : null;
      },
    }),
    overdueDays: t.int({
      nullable: true,
      description: `${OVERDUE_DAYS_DESCRIPTION}; the due day is the local day of promisedReplyAt (an hour-class request overdue since earlier today: 0)`,
      resolve: (c, _a, ctx) => {
        const now = ctx.services.now();
        const since = overdueSince(c, now);
        return since ? calendarDaysOverdue(toLocalDate(since), toLocalDate(now)) : null;
      },
    }),
    repliedAt: t.expose('repliedAt', { type: 'DateTime', nullable: true, description: '答复时间 — latest reply; null while open' }),
    replyOnTime: t.exposeBoolean('replyOnTime', { nullable: true, description: '按时办结 — replied within the deadline; null while open' }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true, description: '满意度 — latest reached callback, 5 非常满意 … 1 非常不满意' }),
    satisfactionLabel: t.string({ nullable: true, description: '满意度名称 — in Chinese', resolve: (c) => satisfactionLabel(c.satisfaction) }),
    reopenCount: t.exposeInt('reopenCount', { description: '重办次数 — reopenings after dissatisfied callbacks' }),
    returnCount: t.exposeInt('returnCount', { description: '退单次数 — returns by assignees' }),
    escalated: t.exposeBoolean('escalated', { description: '是否督办 — escalated by a supervision office' }),
    warningLevel: t.field({ type: WarningLevelEnum, description: '预警等级 — current card', resolve: (c) => c.warningLevel as 'NONE' }),
    duplicateOf: t.prismaField({
      type: 'Complaint',
      nullable: true,
      description: '原诉求 — the request this one repeats (重复来电); null if none, outside your scope, or a 举报 whose reporter you may not know',
      resolve: async (_query, c, _a, ctx) => {
        if (!c.duplicateOfId) return null;
        if (c.kind === 'REPORT' && !mayIdentifyReporter(ctx.viewer, c.receivedPath)) return null;
        const original = await ctx.loaders.aggregate.load(c.duplicateOfId);
        return original && canRead(ctx.viewer, original) ? ctx.loaders.row.load(c.duplicateOfId) : null;
      },
    }),
    duplicateCount: t.exposeInt('duplicateCount', { description: '重复来电次数 — later requests linked to this one' }),
    timeline: t.field({
      type: [ComplaintEventRef],
      description: '流转记录 — the full history, oldest first',
      resolve: async (c, _a, ctx) => {
        const hideLinks = c.kind === 'REPORT' && !mayIdentifyReporter(ctx.viewer, c.receivedPath);
        return (await ctx.loaders.events.load(c.id)).map((e) => ({ ...e, hideLinks }));
      },
    }),
    dispatches: t.field({ type: [DispatchRef], description: '派单记录 — dispatches, oldest first', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).dispatches }),
    replies: t.field({ type: [ReplyRef], description: '答复记录 — replies, oldest first', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).replies }),
    callbacks: t.field({ type: [CallbackRef], description: '回访记录 — callbacks, oldest first', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).callbacks }),
    escalations: t.field({ type: [EscalationRef], description: '督办记录 — escalations', resolve: async (c, _a, ctx) => (await aggregateOf(c.id, ctx)).escalations }),
    warnings: t.relation('warnings', { description: '预警记录 — warnings raised, newest first', query: { orderBy: { raisedAt: 'desc' } } }),
  }),
});

export const ComplaintWarningRef = builder.prismaObject('ComplaintWarning', {
  description: '诉求预警 — a yellow or red card raised on a request',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — identifier' }),
    kind: t.field({ type: ComplaintWarningKindEnum, description: '类型 — what the card is for', resolve: (w) => w.kind as ComplaintWarningKind }),
    level: t.field({ type: WarningLevelEnum, description: '等级 — YELLOW or RED', resolve: (w) => w.level as 'RED' }),
    raisedAt: t.expose('raisedAt', { type: 'DateTime', description: '预警时间 — when raised' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: '时限 — the deadline it was measured against' }),
    department: t.field({ type: DepartmentStub, nullable: true, description: '责任部门 — the assignee department, if any', resolve: (w) => (w.departmentId ? { id: w.departmentId } : null) }),
    reason: t.exposeString('reason', { description: '说明 — why' }),
    complaint: t.relation('complaint', { description: '诉求 — the request' }),
  }),
});
