// Writes: one mutation per step of a case, importCaseEvents for feeds, evaluateWarnings for the
// 电子监察 sweep. Every step becomes an EventInput and goes through writeEvents (one path, one
// set of rules).
import { z } from 'zod';
import { forbidden } from '../../shared/errors';
import { builder } from '../builder';
import { supervises } from '../../shared/authorize';
import { evaluateOpenCases } from '../case-store';
import { appendContext } from '../services';
import type { EventInput } from '../event-input';
import { writeEvents, type WriteOutcome } from '../write-events';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
import { UserErrorRef } from './entities';
import {
  ApplicantKindEnum,
  CaseEventTypeEnum,
  ChannelEnum,
  ClockStopReasonEnum,
  DeliveryMethodEnum,
  RatingChannelEnum,
  RectificationModeEnum,
} from './enums';

const CasePayloadRef = builder.objectRef<WriteOutcome>('CasePayload').implement({
  description: '办件操作结果 — the case as written, or the rules the input broke (then nothing was written)',
  fields: (t) => ({
    case: t.prismaField({
      type: 'Case',
      nullable: true,
      description: '办件 — the case after the step; null when refused',
      resolve: (query, outcome, _a, ctx) => (outcome.caseIds[0] ? ctx.db.case.findUnique({ ...query, where: { id: outcome.caseIds[0] } }) : null),
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ImportPayloadRef = builder.objectRef<WriteOutcome>('ImportCaseEventsPayload').implement({
  description: '批量导入结果 — what the batch wrote; a refused batch wrote nothing and names the event at fault',
  fields: (t) => ({
    casesCreated: t.exposeInt('casesCreated', { description: '新建办件数 — cases created' }),
    eventsAppended: t.exposeInt('eventsAppended', { description: '写入事件数 — events appended (including automatic decisions)' }),
    caseIds: t.exposeIDList('caseIds', { description: '涉及办件 — ids of the cases the batch touched' }),
    userErrors: t.field({
      type: [UserErrorRef],
      description: '输入错误 — field is batch.<index>.<field>; empty on success',
      resolve: (o) => o.userErrors,
    }),
  }),
});

const ApplicantInput = builder.inputType('ApplicantInput', {
  description: '申请人 — the applicant',
  fields: (t) => ({
    kind: t.field({ type: ApplicantKindEnum, required: true, description: '类型 — person or organisation' }),
    name: t.string({ required: true, description: '姓名或名称 — name', validate: z.string().trim().min(1).max(200) }),
    phone: t.string({ required: false, description: '联系电话 — phone', validate: z.string().max(30) }),
    idNumber: t.string({ required: false, description: '证件号码 — 18-digit resident ID or unified social credit code', validate: z.string().max(30) }),
  }),
});

const SubTaskInput = builder.inputType('SubTaskInput', {
  description: '并联子任务 — a department and its own limit',
  fields: (t) => ({
    departmentId: t.id({ required: true, description: '部门 — department' }),
    limitDays: t.int({ required: true, description: '时限 — working days' }),
  }),
});

type Ctx = Parameters<typeof writeEvents>[0];
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

function single(ctx: Ctx, operation: string, input: unknown, event: EventInput, idempotencyKey?: string | null) {
  return writeEvents(ctx, [event], { operation, input, idempotencyKey, fieldPrefix: () => 'input.', imported: false });
}

builder.mutationFields((t) => {
  /**
   * A mutation for one step: its input type's fields and how they become an EventInput. Every
   * step but receiving acts on an existing case, named by `caseId`.
   */
  function step<Fields extends Record<string, unknown>>(
    name: string,
    description: string,
    inputName: string,
    fields: (f: InputFields) => Fields,
    toEvent: (input: Record<string, unknown>) => EventInput,
    options: { onCase: boolean } = { onCase: true },
  ) {
    const Input = builder.inputType(inputName, {
      description,
      fields: ((f: InputFields) => ({
        ...(options.onCase ? { caseId: f.id({ required: true, description: '办件 — case id' }) } : {}),
        ...fields(f),
      })) as never,
    });
    return t.field({
      type: CasePayloadRef,
      description,
      args: {
        input: t.arg({ type: Input, required: true, description: '输入 — input' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => {
        const input = args.input as Record<string, unknown>;
        const event = { ...toEvent(input), caseId: (input.caseId as string | undefined) ?? null };
        return single(ctx, name, input, event, args.idempotencyKey);
      },
    });
  }

  return {
    receiveCase: step(
      'receiveCase',
      '收件 — receive an application at a window, online or at a village agency point',
      'ReceiveCaseInput',
      (f) => ({
        serviceItemId: f.id({ required: true, description: '事项 — service item' }),
        unitId: f.id({ required: true, description: '收件单位 — receiving org unit (a village for agency points)' }),
        channel: f.field({ type: ChannelEnum, required: true, description: '渠道 — channel' }),
        applicant: f.field({ type: ApplicantInput, required: true, description: '申请人 — applicant' }),
        externalRef: f.string({ required: false, description: '来源编号 — the feeding system’s reference (unique)' }),
      }),
      (i) => ({ type: 'RECEIVED', serviceItemId: i.serviceItemId as string, unitId: i.unitId as string, channel: i.channel as never, applicant: i.applicant as never, caseRef: (i.externalRef as string) ?? null }),
      { onCase: false },
    ),
    forwardCase: step(
      'forwardCase',
      '转报 — hand a case up the tiers (village → township → county department)',
      'ForwardCaseInput',
      (f) => ({
        toUnitId: f.id({ required: true, description: '接收单位 — the unit above' }),
        departmentId: f.id({ required: false, description: '办理部门 — the handling department at that unit' }),
        note: f.string({ required: false, description: '说明 — note' }),
      }),
      (i) => ({ type: 'FORWARDED', toUnitId: i.toUnitId as string, departmentId: i.departmentId as string | null, note: i.note as string | null }),
    ),
    acceptCase: step(
      'acceptCase',
      '受理 — accept a case; with sub-tasks it is handled in parallel (并联审批)',
      'AcceptCaseInput',
      (f) => ({
        departmentId: f.id({ required: false, description: '办理部门 — defaults to the forwarded-to or the item’s department' }),
        subTasks: f.field({ type: [SubTaskInput], required: false, description: '并联子任务 — two or more departments with their own limits' }),
        limitDays: f.int({ required: false, description: '办件时限 — parallel cases only; defaults to the item’s promised days' }),
      }),
      (i) => ({ type: 'ACCEPTED', departmentId: i.departmentId as string | null, subTasks: i.subTasks as never, limitDays: i.limitDays as number | null }),
    ),
    notAcceptCase: step('notAcceptCase', '不予受理 — turn a case down, with the reason', 'NotAcceptCaseInput', reasonFields, (i) => reasonEvent('NOT_ACCEPTED', i)),
    startReviewStage: step(
      'startReviewStage',
      '进入审查环节 — start a review stage with its own limit (ends the previous stage)',
      'StartReviewStageInput',
      (f) => ({
        name: f.string({ required: true, description: '环节名称 — e.g. 审查, 决定' }),
        limitDays: f.int({ required: true, description: '环节时限 — working days' }),
      }),
      (i) => ({ type: 'STAGE_STARTED', name: i.name as string, limitDays: i.limitDays as number }),
    ),
    stopClock: step(
      'stopClock',
      '暂停计时 — stop the clock (补正, 听证, 检验, 检测, 鉴定, 专家评审 …)',
      'StopClockInput',
      (f) => ({
        reason: f.field({ type: ClockStopReasonEnum, required: true, description: '原因 — statutory reason' }),
        note: f.string({ required: false, description: '说明 — e.g. the 补正 notice' }),
      }),
      (i) => ({ type: 'CLOCK_STOPPED', stopReason: i.reason as never, note: i.note as string | null }),
    ),
    resumeClock: step('resumeClock', '恢复计时 — restart the clock', 'ResumeClockInput', noteFields, (i) => ({ type: 'CLOCK_RESUMED', note: i.note as string | null })),
    extendCase: step(
      'extendCase',
      '延期 — add approved working days (at most 10, or 15 for parallel cases)',
      'ExtendCaseInput',
      (f) => ({
        days: f.int({ required: true, description: '延期天数 — working days' }),
        reason: f.string({ required: true, description: '理由 — reason' }),
        approvedBy: f.string({ required: true, description: '批准人 — head of the unit who approved it' }),
      }),
      (i) => ({ type: 'EXTENDED', days: i.days as number, reason: i.reason as string, approvedBy: i.approvedBy as string }),
    ),
    decideSubTask: step(
      'decideSubTask',
      '并联子任务办结 — one department’s result; the last one decides the case',
      'DecideSubTaskInput',
      (f) => ({
        departmentId: f.id({ required: true, description: '部门 — the sub-task’s department' }),
        approved: f.boolean({ required: true, description: '是否同意 — approved or not' }),
        note: f.string({ required: false, description: '意见 — note' }),
      }),
      (i) => ({ type: 'SUBTASK_DECIDED', departmentId: i.departmentId as string, approved: i.approved as boolean, note: i.note as string | null }),
    ),
    approveCase: step('approveCase', '准予许可 — decide: approved (办结)', 'ApproveCaseInput', noteFields, (i) => ({ type: 'APPROVED', note: i.note as string | null })),
    refuseCase: step('refuseCase', '不予许可 — decide: refused (办结)', 'RefuseCaseInput', noteFields, (i) => ({ type: 'REFUSED', note: i.note as string | null })),
    deliverCase: step(
      'deliverCase',
      '送达 — hand over the decision or licence',
      'DeliverCaseInput',
      (f) => ({
        method: f.field({ type: DeliveryMethodEnum, required: true, description: '送达方式 — method' }),
        note: f.string({ required: false, description: '说明 — note' }),
      }),
      (i) => ({ type: 'DELIVERED', method: i.method as never, note: i.note as string | null }),
    ),
    returnCase: step('returnCase', '退回 — return the case to the applicant', 'ReturnCaseInput', reasonFields, (i) => reasonEvent('RETURNED', i)),
    withdrawCase: step('withdrawCase', '撤回 — withdraw at the applicant’s request', 'WithdrawCaseInput', reasonFields, (i) => reasonEvent('WITHDRAWN', i)),
    rateCase: step(
      'rateCase',
      '好差评 — record the applicant’s rating (once per case); 不满意 and below open a follow-up',
      'RateCaseInput',
      (f) => ({
        level: f.int({ required: true, description: '等级 — 5 非常满意 … 1 非常不满意' }),
        channel: f.field({ type: RatingChannelEnum, required: true, description: '渠道 — on-site or online' }),
        comment: f.string({ required: false, description: '评价内容 — comment' }),
      }),
      (i) => ({ type: 'RATED', level: i.level as number, ratingChannel: i.channel as never, comment: i.comment as string | null }),
    ),
    recordCallback: step(
      'recordCallback',
      '差评回访 — record the callback after a bad rating',
      'RecordCallbackInput',
      (f) => ({
        note: f.string({ required: true, description: '回访情况 — what was found' }),
        reached: f.boolean({ required: true, description: '是否联系上 — whether the applicant was reached' }),
      }),
      (i) => ({ type: 'CALLED_BACK', note: i.note as string, reached: i.reached as boolean }),
    ),
    planRectification: step(
      'planRectification',
      '差评整改 — rectify now, or put it on the ledger with a deadline',
      'PlanRectificationInput',
      (f) => ({
        mode: f.field({ type: RectificationModeEnum, required: true, description: '方式 — immediate or ledger' }),
        measures: f.string({ required: true, description: '整改措施 — measures' }),
        dueOn: f.field({ type: 'LocalDate', required: false, description: '整改期限 — deadline (ledger only)' }),
      }),
      (i) => ({ type: 'RECTIFICATION_PLANNED', mode: i.mode as never, measures: i.measures as string, dueOn: i.dueOn as string | null }),
    ),
    completeRectification: step(
      'completeRectification',
      '整改完成 — close a rectification on the ledger',
      'CompleteRectificationInput',
      (f) => ({ note: f.string({ required: true, description: '整改结果 — outcome' }) }),
      (i) => ({ type: 'RECTIFIED', note: i.note as string }),
    ),
    escalateCase: step(
      'escalateCase',
      '督办 — escalate a case (supervision offices), optionally with a new deadline',
      'EscalateCaseInput',
      (f) => ({
        note: f.string({ required: true, description: '督办意见 — instruction' }),
        dueOn: f.field({ type: 'LocalDate', required: false, description: '督办期限 — deadline' }),
      }),
      (i) => ({ type: 'ESCALATED', note: i.note as string, dueOn: i.dueOn as string | null }),
    ),

    importCaseEvents: t.field({
      type: ImportPayloadRef,
      description: '批量导入办件事件 — events from another system, applied in order in one transaction; safe to retry with the same key',
      args: {
        batch: t.arg({ type: [CaseEventImportInput], required: true, description: '事件 — at most 1 000, oldest first', validate: z.array(z.unknown()).max(1000) }),
        idempotencyKey: t.arg.string({ required: true, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) =>
        writeEvents(ctx, args.batch.map(importToEvent), {
          operation: 'importCaseEvents',
          input: args.batch,
          idempotencyKey: args.idempotencyKey,
          fieldPrefix: (i) => `batch.${i}.`,
          imported: true,
        }),
    }),

    evaluateWarnings: t.field({
      type: WarningEvaluationRef,
      description: '电子监察评估 — evaluate every case in progress against asOf (default now) and store new cards; runs periodically by itself',
      args: { asOf: t.arg({ type: 'DateTime', required: false, description: '评估时间 — the instant to evaluate against (default now)' }) },
      resolve: async (_root, args, ctx) => {
        if (!supervises(ctx.viewer)) throw forbidden('运行电子监察评估', 'run the warning evaluation');
        const asOf = args.asOf ?? ctx.services.now();
        const summary = await evaluateOpenCases(ctx.db, appendContext(ctx.services, asOf));
        return { ...summary, asOf };
      },
    }),
  };
});

function reasonFields(f: InputFields) {
  return { reason: f.string({ required: true, description: '原因 — reason given to the applicant' }) };
}

function noteFields(f: InputFields) {
  return { note: f.string({ required: false, description: '说明 — note' }) };
}

const reasonEvent = (type: 'NOT_ACCEPTED' | 'RETURNED' | 'WITHDRAWN', i: Record<string, unknown>): EventInput => ({
  type,
  reason: i.reason as string,
});

const WarningEvaluationRef = builder
  .objectRef<{ evaluated: number; raised: number; yellow: number; red: number; asOf: Date }>('WarningEvaluation')
  .implement({
    description: '电子监察评估结果 — what one sweep found',
    fields: (t) => ({
      asOf: t.expose('asOf', { type: 'DateTime', description: '评估时间 — evaluated against' }),
      evaluated: t.exposeInt('evaluated', { description: '评估件数 — cases in progress evaluated' }),
      raised: t.exposeInt('raised', { description: '新增预警 — new cards stored' }),
      yellow: t.exposeInt('yellow', { description: '黄牌件数 — cases now yellow' }),
      red: t.exposeInt('red', { description: '红牌件数 — cases now red' }),
    }),
  });

const CaseEventImportInput = builder.inputType('CaseEventImportInput', {
  description: '导入事件 — one step of a case from another system; fields apply by type',
  fields: (t) => ({
    caseRef: t.string({ required: true, description: '来源编号 — the feeding system’s case reference (given at RECEIVED)' }),
    type: t.field({ type: CaseEventTypeEnum, required: true, description: '事件类型 — the step' }),
    at: t.field({ type: 'DateTime', required: true, description: '时间 — when it happened (not in the future, not before the previous step)' }),
    actorName: t.string({ required: false, description: '经办人 — staff who did it' }),
    serviceItemId: t.id({ required: false, description: 'RECEIVED: 事项' }),
    unitId: t.id({ required: false, description: 'RECEIVED: 收件单位' }),
    channel: t.field({ type: ChannelEnum, required: false, description: 'RECEIVED: 渠道' }),
    applicant: t.field({ type: ApplicantInput, required: false, description: 'RECEIVED: 申请人' }),
    toUnitId: t.id({ required: false, description: 'FORWARDED: 接收单位' }),
    departmentId: t.id({ required: false, description: 'FORWARDED / ACCEPTED / SUBTASK_DECIDED: 部门' }),
    subTasks: t.field({ type: [SubTaskInput], required: false, description: 'ACCEPTED: 并联子任务' }),
    limitDays: t.int({ required: false, description: 'ACCEPTED (parallel) / STAGE_STARTED: 时限' }),
    reason: t.string({ required: false, description: 'NOT_ACCEPTED / RETURNED / WITHDRAWN / EXTENDED: 原因' }),
    stopReason: t.field({ type: ClockStopReasonEnum, required: false, description: 'CLOCK_STOPPED: 暂停原因' }),
    note: t.string({ required: false, description: '说明 — note (callback, rectification outcome, escalation …)' }),
    name: t.string({ required: false, description: 'STAGE_STARTED: 环节名称' }),
    days: t.int({ required: false, description: 'EXTENDED: 延期天数' }),
    approvedBy: t.string({ required: false, description: 'EXTENDED: 批准人' }),
    approved: t.boolean({ required: false, description: 'SUBTASK_DECIDED: 是否同意' }),
    method: t.field({ type: DeliveryMethodEnum, required: false, description: 'DELIVERED: 送达方式' }),
    level: t.int({ required: false, description: 'RATED: 等级 1–5' }),
    ratingChannel: t.field({ type: RatingChannelEnum, required: false, description: 'RATED: 渠道' }),
    comment: t.string({ required: false, description: 'RATED: 评价内容' }),
    mode: t.field({ type: RectificationModeEnum, required: false, description: 'RECTIFICATION_PLANNED: 方式' }),
    measures: t.string({ required: false, description: 'RECTIFICATION_PLANNED: 措施' }),
    dueOn: t.field({ type: 'LocalDate', required: false, description: 'RECTIFICATION_PLANNED / ESCALATED: 期限' }),
    reached: t.boolean({ required: false, description: 'CALLED_BACK: 是否联系上' }),
  }),
});

function importToEvent(input: typeof CaseEventImportInput.$inferInput): EventInput {
  return { ...input, caseId: null, caseRef: input.caseRef } as EventInput;
}
