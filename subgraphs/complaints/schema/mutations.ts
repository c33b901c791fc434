// Writes: one mutation per step of a request, importComplaints for hotline and website feeds,
// importCallRecords for call-centre data, evaluateComplaintWarnings for the sweep. Every step
// becomes a ComplaintEventInput and goes through writeComplaintEvents (one path, one set of rules).
import { z } from 'zod';
import { forbidden } from '../../shared/errors';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { importCallRecords, type CallImportOutcome } from '../call-records';
import { supervises } from '../../shared/authorize';
import { readableComplaintsWhere } from '../complaint-access';
import { evaluateOpenComplaints } from '../complaint-store';
import type { ComplaintEventInput } from '../event-input';
import { appendContext } from '../services';
import { writeComplaintEvents, type WriteOutcome } from '../write-events';
import { UserErrorRef } from './entities';
import {
  ComplaintCategoryEnum,
  ComplaintChannelEnum,
  ComplaintKindEnum,
  ComplaintPriorityEnum,
  ComplaintStepEnum,
  HotlineLineEnum,
} from './enums';

const ComplaintPayloadRef = builder.objectRef<WriteOutcome>('ComplaintPayload').implement({
  description: '诉求操作结果 — the request as written, or the rules the input broke (then nothing was written)',
  fields: (t) => ({
    complaint: t.prismaField({
      type: 'Complaint',
      nullable: true,
      description: '诉求 — the request after the step; null when refused',
      // Read back under the caller's scope: a step (such as a return) can leave a request the caller no longer sees.
      resolve: (query, outcome, _a, ctx) =>
        outcome.complaintIds[0] ? ctx.db.complaint.findFirst({ ...query, where: { AND: [{ id: outcome.complaintIds[0] }, readableComplaintsWhere(ctx.viewer)] } }) : null,
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ImportComplaintsPayloadRef = builder.objectRef<WriteOutcome>('ImportComplaintsPayload').implement({
  description: '批量导入结果 — what the batch wrote; a refused batch wrote nothing and names the step at fault',
  fields: (t) => ({
    created: t.exposeInt('created', { description: '新建诉求数 — requests created' }),
    eventsAppended: t.exposeInt('eventsAppended', { description: '写入事件数 — events appended (including automatic closes, reopenings and links)' }),
    duplicatesLinked: t.exposeInt('duplicatesLinked', { description: '重复来电 — new requests linked to an earlier one' }),
    complaintIds: t.exposeIDList('complaintIds', { description: '涉及诉求 — ids of the requests the batch touched' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is batch.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ContactInput = builder.inputType('ComplaintContactInput', {
  description: '诉求人联系方式 — the citizen’s contact (omit for an anonymous 举报)',
  fields: (t) => ({
    name: t.string({ required: false, description: '姓名 — name', validate: z.string().max(100) }),
    phone: t.string({ required: false, description: '电话 — phone', validate: z.string().max(30) }),
  }),
});

type Ctx = Parameters<typeof writeComplaintEvents>[0];
type InputFields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const receiptFields = (f: InputFields) => ({
  kind: f.field({ type: ComplaintKindEnum, required: true, description: '类型 — kind' }),
  channel: f.field({ type: ComplaintChannelEnum, required: true, description: '渠道 — channel' }),
  category: f.field({ type: ComplaintCategoryEnum, required: true, description: '分类 — category' }),
  priority: f.field({ type: ComplaintPriorityEnum, required: true, description: '紧急程度 — priority class (sets the limits)' }),
  title: f.string({ required: true, description: '标题 — short title', validate: z.string().trim().min(1).max(200) }),
  content: f.string({ required: true, description: '诉求内容 — the request as taken', validate: z.string().trim().min(1).max(10_000) }),
  contact: f.field({ type: ContactInput, required: false, description: '诉求人 — contact; omit for an anonymous 举报' }),
  receivedUnitId: f.id({ required: true, description: '受理单位 — the hotline’s or centre’s org unit' }),
  locationUnitId: f.id({ required: false, description: '诉求地点 — the unit where the matter is (default: the receiving unit)' }),
  duplicateOfId: f.id({ required: false, description: '原诉求 — link as 重复来电 to this request (found automatically by contact and matter otherwise)' }),
});

builder.mutationFields((t) => {
  function step(
    name: string,
    description: string,
    inputName: string,
    fields: (f: InputFields) => Record<string, unknown>,
    toEvent: (input: Record<string, unknown>) => ComplaintEventInput,
    options: { onRequest: boolean } = { onRequest: true },
  ) {
    const Input = builder.inputType(inputName, {
      description,
      fields: ((f: InputFields) => ({
        ...(options.onRequest ? { complaintId: f.id({ required: true, description: '诉求 — request id' }) } : {}),
        ...fields(f),
      })) as never,
    });
    return t.field({
      type: ComplaintPayloadRef,
      description,
      args: {
        input: t.arg({ type: Input, required: true, description: '输入 — input' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx: Ctx) => {
        const input = args.input as Record<string, unknown>;
        const event = { ...toEvent(input), complaintId: (input.complaintId as string | undefined) ?? null };
        return writeComplaintEvents(ctx, [event], { operation: name, input, idempotencyKey: args.idempotencyKey, fieldPrefix: () => 'input.', imported: false });
      },
    });
  }

  const reason = (f: InputFields) => ({ reason: f.string({ required: true, description: '理由 — reason' }) });
  const note = (f: InputFields) => ({ note: f.string({ required: false, description: '说明 — note' }) });

  return {
    receiveComplaint: step(
      'receiveComplaint',
      '受理 — take a request from any channel; a repeat from the same contact on the same matter within 30 days is linked (重复来电)',
      'ReceiveComplaintInput',
      (f) => ({ ...receiptFields(f), externalRef: f.string({ required: false, description: '来源编号 — the feeding system’s reference (unique)' }) }),
      (i) => ({ ...(i as object), type: 'RECEIVED', ref: (i.externalRef as string | null) ?? null }) as ComplaintEventInput,
      { onRequest: false },
    ),
    dispatchComplaint: step(
      'dispatchComplaint',
      '派单 — dispatch to a department or a township/village government (承办单位)',
      'DispatchComplaintInput',
      (f) => ({
        departmentId: f.id({ required: false, description: '承办部门 — a department (or give unitId)' }),
        unitId: f.id({ required: false, description: '承办单位 — a township or village government (or give departmentId)' }),
        ...note(f),
      }),
      (i) => ({ type: 'DISPATCHED', departmentId: i.departmentId as string | null, unitId: i.unitId as string | null, note: i.note as string | null }),
    ),
    returnComplaint: step('returnComplaint', '退单 — the assignee returns the request (once, within 1 working day), with the reason', 'ReturnComplaintInput', reason, (i) => ({ type: 'RETURNED', reason: i.reason as string })),
    signComplaint: step('signComplaint', '签收 — the assignee signs the dispatch off', 'SignComplaintInput', note, (i) => ({ type: 'SIGNED', note: i.note as string | null })),
    replyComplaint: step(
      'replyComplaint',
      '答复 — reply to the citizen (by the assignee; by the hotline directly when not dispatched)',
      'ReplyComplaintInput',
      (f) => ({ content: f.string({ required: true, description: '答复内容 — the reply', validate: z.string().max(10_000) }) }),
      (i) => ({ type: 'REPLIED', content: i.content as string }),
    ),
    recordComplaintCallback: step(
      'recordComplaintCallback',
      '回访 — record a callback; satisfied closes the request, dissatisfied reopens it',
      'RecordComplaintCallbackInput',
      (f) => ({
        reached: f.boolean({ required: true, description: '是否联系上 — whether the citizen was reached' }),
        satisfaction: f.int({ required: false, description: '满意度 — 5 非常满意 … 1 非常不满意 (when reached)' }),
        ...note(f),
      }),
      (i) => ({ type: 'CALLED_BACK', reached: i.reached as boolean, satisfaction: (i.satisfaction as number | null) ?? null, note: i.note as string | null }),
    ),
    closeComplaint: step('closeComplaint', '办结 — close a replied request without a satisfied callback (e.g. not reachable), with the reason', 'CloseComplaintInput', reason, (i) => ({ type: 'CLOSED', reason: i.reason as string })),
    escalateComplaint: step(
      'escalateComplaint',
      '督办 — a supervision office presses an overdue request, with a new deadline',
      'EscalateComplaintInput',
      (f) => ({
        note: f.string({ required: true, description: '督办意见 — note' }),
        replyDueAt: f.field({ type: 'DateTime', required: true, description: '新答复时限 — the new deadline' }),
      }),
      (i) => ({ type: 'ESCALATED', note: i.note as string, replyDueAt: i.replyDueAt as Date }),
    ),
    importComplaints: t.field({
      type: ImportComplaintsPayloadRef,
      description: '批量导入 — steps of requests from a hotline or website feed, in order; all or nothing, safe to retry with the key',
      args: {
        batch: t.arg({ type: [ComplaintImportInput], required: true, description: '事件批次 — steps in order (at most 1 000)', validate: z.array(z.unknown()).min(1).max(1_000) }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) =>
        writeComplaintEvents(
          ctx,
          args.batch.map((b) => ({ ...b, complaintId: null, contact: b.contact ?? null }) as ComplaintEventInput),
          { operation: 'importComplaints', input: args.batch, idempotencyKey: args.idempotencyKey, fieldPrefix: (i) => `batch.${i}.`, imported: true },
        ),
    }),
    importCallRecords: t.field({
      type: CallImportPayloadRef,
      description: '导入话务记录 — call records from the call centre; all or nothing; calls already imported are skipped',
      args: {
        batch: t.arg({ type: [CallRecordInputRef], required: true, description: '话务记录 — at most 5 000 calls', validate: z.array(z.unknown()).min(1).max(5_000) }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => importCallRecords(ctx, args.batch, args.idempotencyKey),
    }),
    evaluateComplaintWarnings: t.field({
      type: ComplaintWarningEvaluationRef,
      description: '诉求预警评估 — evaluate every open request against asOf (default now) and store new cards; runs periodically by itself',
      args: { asOf: t.arg({ type: 'DateTime', required: false, description: '评估时间 — the instant to evaluate against (default now)' }) },
      resolve: async (_root, args, ctx) => {
        if (!supervises(ctx.viewer)) throw forbidden('运行诉求预警评估', 'run the warning evaluation');
        const asOf = args.asOf ?? ctx.services.now();
        return { ...(await evaluateOpenComplaints(ctx.db, appendContext(ctx.services, asOf))), asOf };
      },
    }),
  };
});

const ComplaintImportInput = builder.inputType('ComplaintImportInput', {
  description: '导入环节 — one step of a request from another system; fields apply by type',
  fields: (t) => ({
    ref: t.string({ required: true, description: '来源编号 — the feeding system’s request reference (given at RECEIVED)' }),
    type: t.field({ type: ComplaintStepEnum, required: true, description: '环节 — the step' }),
    at: t.field({ type: 'DateTime', required: true, description: '时间 — when it happened (not in the future, not before the previous step)' }),
    actorName: t.string({ required: false, description: '经办人 — staff who did it' }),
    kind: t.field({ type: ComplaintKindEnum, required: false, description: 'RECEIVED: 类型' }),
    channel: t.field({ type: ComplaintChannelEnum, required: false, description: 'RECEIVED: 渠道' }),
    category: t.field({ type: ComplaintCategoryEnum, required: false, description: 'RECEIVED: 分类' }),
    priority: t.field({ type: ComplaintPriorityEnum, required: false, description: 'RECEIVED: 紧急程度' }),
    title: t.string({ required: false, description: 'RECEIVED: 标题' }),
    content: t.string({ required: false, description: 'RECEIVED: 诉求内容; REPLIED: 答复内容' }),
    contact: t.field({ type: ContactInput, required: false, description: 'RECEIVED: 诉求人' }),
    receivedUnitId: t.id({ required: false, description: 'RECEIVED: 受理单位' }),
    locationUnitId: t.id({ required: false, description: 'RECEIVED: 诉求地点' }),
    duplicateOfId: t.id({ required: false, description: 'RECEIVED: 原诉求 (重复来电)' }),
    departmentId: t.id({ required: false, description: 'DISPATCHED: 承办部门' }),
    unitId: t.id({ required: false, description: 'DISPATCHED: 承办单位' }),
    note: t.string({ required: false, description: '说明 — note (dispatch, sign-off, callback, escalation)' }),
    reason: t.string({ required: false, description: 'RETURNED / CLOSED: 理由' }),
    reached: t.boolean({ required: false, description: 'CALLED_BACK: 是否联系上' }),
    satisfaction: t.int({ required: false, description: 'CALLED_BACK: 满意度 1–5' }),
    replyDueAt: t.field({ type: 'DateTime', required: false, description: 'ESCALATED: 新答复时限' }),
  }),
});

const CallRecordInputRef = builder.inputType('CallRecordInput', {
  description: '话务记录 — one inbound call',
  fields: (t) => ({
    callId: t.string({ required: true, description: '话务编号 — the call centre’s call id (unique)', validate: z.string().max(100) }),
    unitId: t.id({ required: true, description: '热线单位 — the hotline’s org unit' }),
    line: t.field({ type: HotlineLineEnum, required: true, description: '线路 — 12345 or 114' }),
    startedAt: t.field({ type: 'DateTime', required: true, description: '来电时间 — when the call entered the queue' }),
    answered: t.boolean({ required: true, description: '是否人工接通 — answered by an agent' }),
    waitSeconds: t.int({ required: true, description: '等待秒数 — seconds until answered (or abandoned)' }),
    talkSeconds: t.int({ required: false, description: '通话秒数 — talk time' }),
  }),
});

const CallImportPayloadRef = builder.objectRef<CallImportOutcome>('ImportCallRecordsPayload').implement({
  description: '话务导入结果 — calls written and skipped; a refused batch wrote nothing',
  fields: (t) => ({
    imported: t.exposeInt('imported', { description: '导入数 — calls written' }),
    skipped: t.exposeInt('skipped', { description: '跳过数 — calls already imported' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is batch.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ComplaintWarningEvaluationRef = builder
  .objectRef<{ evaluated: number; raised: number; yellow: number; red: number; asOf: Date }>('ComplaintWarningEvaluation')
  .implement({
    description: '诉求预警评估结果 — what one sweep found',
    fields: (t) => ({
      asOf: t.expose('asOf', { type: 'DateTime', description: '评估时间 — evaluated against' }),
      evaluated: t.exposeInt('evaluated', { description: '评估件数 — open requests evaluated' }),
      raised: t.exposeInt('raised', { description: '新增预警 — new cards stored' }),
      yellow: t.exposeInt('yellow', { description: '黄牌件数 — requests now yellow' }),
      red: t.exposeInt('red', { description: '红牌件数 — requests now red' }),
    }),
  });
