// Writes: register a request (or import a platform's batch with its history), each statutory step
// of a request, 督办, proactive items and repeals, board postings, reviews and suits. Every write
// is one transaction, accepts an idempotency key, and answers broken rules as userErrors.
import type { LocalDate } from '../../shared/calendar';
import { supervises } from '../../shared/authorize';
import { forbidden, userError, type UserError as UserErrorShape } from '../../shared/errors';
import { hasPermission } from '../../shared/viewer';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { decideRemedy, recordBoardPostings, recordRemedy, type BoardPostingInput } from '../board-and-remedy-writes';
import { readableBoardsWhere, readableItemsWhere, readableRemediesWhere, readableRequestsWhere } from '../disclosure-access';
import { recordProactiveItems, repealDocument, type ProactiveItemInput } from '../proactive-writes';
import { lapseUncorrectedRequests, recordRequests, takeRequestStep, type RequestInput, type RequestsOutcome, type StepCommand, type StepOutcome } from '../request-writes';
import { UserErrorRef } from './entities';
import { ApplicantTypeEnum, ConsultedPartyEnum, OutcomeEnum, ProactiveCategoryEnum, ProactiveChannelEnum, RemedyKindEnum, RemedyResultEnum, RequestChannelEnum, RequestEventTypeEnum } from './enums';


const StepInputRef = builder.inputType('DisclosureStepInput', {
  description: '办理步骤（导入） — one step of an imported history; fields by step type',
  fields: (t) => ({
    type: t.field({ type: RequestEventTypeEnum, required: true, description: '步骤 — step (not RECEIVED)' }),
    on: t.field({ type: 'LocalDate', required: true, description: '日期 — day of the step' }),
    items: t.string({ required: false, description: 'CORRECTION_REQUESTED: 补正事项' }),
    correctionWorkingDays: t.int({ required: false, description: 'CORRECTION_REQUESTED: 补正期限（工作日）' }),
    note: t.string({ required: false, description: 'CORRECTION_RECEIVED, CONSULTATION_ENDED, ANSWERED, ESCALATED: 说明' }),
    party: t.field({ type: ConsultedPartyEnum, required: false, description: 'CONSULTATION_STARTED: 征求意见对象' }),
    partyName: t.string({ required: false, description: 'CONSULTATION_STARTED: 对象名称' }),
    workingDays: t.int({ required: false, description: 'EXTENDED: 延长工作日' }),
    approvedBy: t.string({ required: false, description: 'EXTENDED: 批准人' }),
    reason: t.string({ required: false, description: 'EXTENDED: 理由' }),
    outcome: t.field({ type: OutcomeEnum, required: false, description: 'ANSWERED: 办理结果' }),
    legalBasis: t.string({ required: false, description: 'ANSWERED: 法律依据' }),
  }),
});

type StepInput = typeof StepInputRef.$inferInput;

/** An imported step as the lifecycle's command (missing fields come through as blanks, which it refuses by name). */
export function stepCommand(s: StepInput): StepCommand {
  const on = s.on as LocalDate;
  switch (s.type) {
    case 'CORRECTION_REQUESTED':
      return { type: s.type, on, data: { items: s.items ?? '', correctionWorkingDays: s.correctionWorkingDays ?? undefined } };
    case 'CORRECTION_RECEIVED':
    case 'CONSULTATION_ENDED':
    case 'ESCALATED':
      return { type: s.type, on, data: { note: s.note ?? '' } };
    case 'CORRECTION_LAPSED':
      return { type: s.type, on, data: {} };
    case 'CONSULTATION_STARTED':
      return { type: s.type, on, data: { party: s.party ?? 'THIRD_PARTY', partyName: s.partyName ?? '' } };
    case 'EXTENDED':
      return { type: s.type, on, data: { workingDays: s.workingDays ?? 0, approvedBy: s.approvedBy ?? '', reason: s.reason ?? '' } };
    case 'ANSWERED':
      return { type: s.type, on, data: { outcome: s.outcome ?? 'OTHER', legalBasis: s.legalBasis ?? '', note: s.note ?? '' } };
    case 'RECEIVED':
      throw new Error('RECEIVED is refused before conversion (misplacedSteps)');
  }
}

const RequestInputRef = builder.inputType('DisclosureRequestInput', {
  description: '政府信息公开申请 — a request as received; the receipt day follows from the channel (第三十一条)',
  fields: (t) => ({
    orgUnitId: t.id({ required: false, description: '政府 — the government addressed (exactly one of orgUnitId, departmentId)' }),
    departmentId: t.id({ required: false, description: '部门 — the department addressed' }),
    externalRef: t.string({ required: false, description: '来源编号 — the feeding system’s reference (unique)' }),
    applicantType: t.field({ type: ApplicantTypeEnum, required: true, description: '申请人类型 — table 三 column' }),
    applicantName: t.string({ required: true, description: '申请人（联系人）姓名 — personal data' }),
    applicantIdNumber: t.string({ required: false, description: '身份证件号码 — personal data' }),
    applicantPhone: t.string({ required: false, description: '联系电话 — personal data' }),
    organizationName: t.string({ required: false, description: '组织名称 — required for 法人或其他组织' }),
    channel: t.field({ type: RequestChannelEnum, required: true, description: '申请方式 — channel' }),
    submittedOn: t.field({ type: 'LocalDate', required: true, description: '提交日期 — handed in, posted or sent' }),
    signedForOn: t.field({ type: 'LocalDate', required: false, description: '签收日期 — POST: the day the agency signed for (or received) it' }),
    confirmedOn: t.field({ type: 'LocalDate', required: false, description: '确认日期 — ONLINE or FAX: the day both sides confirmed it' }),
    summary: t.string({ required: true, description: '申请内容摘要 — the information requested' }),
    recordedOn: t.field({ type: 'LocalDate', required: false, description: '登记日期 — systems only (default today; for imports the receipt day)' }),
    steps: t.field({ type: [StepInputRef], required: false, description: '办理步骤 — imports only: the steps already taken, in order' }),
  }),
});

/** RECEIVED is the request itself, never a step of its history: said on the step's field. */
const misplacedSteps = (batch: readonly (typeof RequestInputRef.$inferInput)[], prefix: (index: number) => string) =>
  batch.flatMap((r, i) =>
    (r.steps ?? []).flatMap((s, j) =>
      s.type === 'RECEIVED' ? [userError(`${prefix(i)}steps.${j}.type`, 'NOT_A_STEP', '“收到申请”由申请本身登记，不是办理步骤', 'RECEIVED is the request itself, not a step of its history')] : [],
    ),
  );

const toRequestInput = (i: typeof RequestInputRef.$inferInput): RequestInput => ({
  ...i,
  submittedOn: String(i.submittedOn),
  signedForOn: i.signedForOn ? String(i.signedForOn) : null,
  confirmedOn: i.confirmedOn ? String(i.confirmedOn) : null,
  recordedOn: i.recordedOn ? String(i.recordedOn) : null,
  steps: i.steps?.map(stepCommand) ?? null,
});

const RequestPayloadRef = builder.objectRef<RequestsOutcome | StepOutcome>('DisclosureRequestPayload').implement({
  description: '申请操作结果 — the request after the write, or the rules the input broke (then nothing was written)',
  fields: (t) => ({
    request: t.prismaField({
      type: 'DisclosureRequest',
      nullable: true,
      description: '申请 — null when refused',
      resolve: (query, o, _a, ctx) => {
        const id = 'requestId' in o ? o.requestId : o.requestIds[0];
        return id ? ctx.db.disclosureRequest.findFirst({ ...query, where: { AND: [{ id }, readableRequestsWhere(ctx.viewer)] } }) : null;
      },
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ImportPayloadRef = builder.objectRef<RequestsOutcome>('ImportDisclosureRequestsPayload').implement({
  description: '批量导入结果 — a refused batch wrote nothing and names the request at fault',
  fields: (t) => ({
    created: t.int({ description: '新建申请数 — requests created', resolve: (o) => o.requestIds.length }),
    requestIds: t.exposeIDList('requestIds', { description: '申请 — ids in batch order' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is batch.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});


const ProactiveItemInputRef = builder.inputType('ProactiveItemInput', {
  description: '主动公开信息 — one item (or batch of decisions) as published',
  fields: (t) => ({
    orgUnitId: t.id({ required: false, description: '发布政府 — exactly one of orgUnitId, departmentId' }),
    departmentId: t.id({ required: false, description: '发布部门' }),
    externalRef: t.string({ required: false, description: '来源编号 — the feeding system’s reference (unique)' }),
    title: t.string({ required: true, description: '标题 — title' }),
    documentNumber: t.string({ required: false, description: '文号 — document number' }),
    category: t.field({ type: ProactiveCategoryEnum, required: true, description: '类别 — 第二十条 category' }),
    channels: t.field({ type: [ProactiveChannelEnum], required: true, description: '公开渠道 — at least one' }),
    createdOn: t.field({ type: 'LocalDate', required: true, description: '形成（变更）日期 — day 0 of the 20 working days' }),
    publishedOn: t.field({ type: 'LocalDate', required: true, description: '公开日期 — published on' }),
    fullTextElectronic: t.boolean({ required: true, description: '全文电子化 — full text published electronically' }),
    issuedOn: t.field({ type: 'LocalDate', required: false, description: '制发日期 — regulations and normative documents (default createdOn)' }),
    decisionCount: t.int({ required: false, description: '决定数量 — licensing, penalty and enforcement items: decisions published (≥ 1)' }),
    feeAmountWan: t.float({ required: false, description: '收费金额（万元） — fee items: amount collected, up to four decimals' }),
  }),
});

const toItemInput = (i: typeof ProactiveItemInputRef.$inferInput): ProactiveItemInput => ({
  ...i,
  orgUnitId: i.orgUnitId ? String(i.orgUnitId) : null,
  departmentId: i.departmentId ? String(i.departmentId) : null,
  createdOn: String(i.createdOn),
  publishedOn: String(i.publishedOn),
  issuedOn: i.issuedOn ? String(i.issuedOn) : null,
});

const ProactiveItemsPayloadRef = builder.objectRef<{ itemIds: string[]; userErrors: UserErrorShape[] }>('ProactiveItemsPayload').implement({
  description: '主动公开登记结果 — the items written, or the rules broken (then nothing was written)',
  fields: (t) => ({
    items: t.prismaField({
      type: ['ProactiveItem'],
      description: '信息 — in input order; empty when refused',
      resolve: async (query, o, _a, ctx) => {
        const rows = await ctx.db.proactiveItem.findMany({ ...query, where: { AND: [{ id: { in: o.itemIds } }, readableItemsWhere(ctx.viewer)] } });
        return o.itemIds.flatMap((id) => rows.filter((r) => r.id === id));
      },
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is items.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ProactiveItemPayloadRef = builder.objectRef<{ itemId: string | null; userErrors: UserErrorShape[] }>('ProactiveItemPayload').implement({
  description: '主动公开操作结果 — the item after the write, or the rules broken',
  fields: (t) => ({
    item: t.prismaField({
      type: 'ProactiveItem',
      nullable: true,
      description: '信息 — null when refused',
      resolve: (query, o, _a, ctx) => (o.itemId ? ctx.db.proactiveItem.findFirst({ ...query, where: { AND: [{ id: o.itemId }, readableItemsWhere(ctx.viewer)] } }) : null),
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const BoardSectionInputRef = builder.inputType('DisclosureBoardSectionInput', {
  description: '公开内容 — one section of a posting',
  fields: (t) => ({
    heading: t.string({ required: true, description: '标题 — heading (e.g. 财务收支, 低保名单)' }),
    body: t.string({ required: true, description: '内容 — body' }),
  }),
});

const BoardInputRef = builder.inputType('DisclosureBoardPostingInput', {
  description: '定期公开 — one quarter’s posting',
  fields: (t) => ({
    unitId: t.id({ required: true, description: '单位 — township or village' }),
    year: t.int({ required: true, description: '年度 — year of the quarter' }),
    quarter: t.int({ required: true, description: '季度 — 1–4' }),
    postedOn: t.field({ type: 'LocalDate', required: true, description: '公开日期 — the day it went up' }),
    contents: t.field({ type: [BoardSectionInputRef], required: true, description: '公开内容 — sections' }),
    photos: t.stringList({ required: false, description: '照片 — file references' }),
  }),
});

const BoardPayloadRef = builder.objectRef<{ postingId: string | null; userErrors: UserErrorShape[] }>('DisclosureBoardPostingPayload').implement({
  description: '定期公开登记结果 — the posting, or the rules broken',
  fields: (t) => ({
    posting: t.prismaField({
      type: 'BoardPosting',
      nullable: true,
      description: '公开 — null when refused',
      resolve: (query, o, _a, ctx) => (o.postingId ? ctx.db.boardPosting.findFirst({ ...query, where: { AND: [{ id: o.postingId }, readableBoardsWhere(ctx.viewer)] } }) : null),
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const toPostingInput = (i: typeof BoardInputRef.$inferInput): BoardPostingInput => ({ ...i, unitId: String(i.unitId), postedOn: String(i.postedOn) });

const BoardBatchPayloadRef = builder.objectRef<{ postingIds: string[]; userErrors: UserErrorShape[] }>('DisclosureBoardPostingsPayload').implement({
  description: '批量定期公开登记结果 — a refused batch wrote nothing and names the posting at fault',
  fields: (t) => ({
    created: t.int({ description: '新建数 — postings created', resolve: (o) => o.postingIds.length }),
    postingIds: t.exposeIDList('postingIds', { description: '公开 — ids in batch order' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is batch.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const RemedyPayloadRef = builder.objectRef<{ remedyId: string | null; userErrors: UserErrorShape[] }>('DisclosureRemedyPayload').implement({
  description: '复议诉讼登记结果 — the case, or the rules broken',
  fields: (t) => ({
    remedy: t.prismaField({
      type: 'Remedy',
      nullable: true,
      description: '案件 — null when refused',
      resolve: (query, o, _a, ctx) => (o.remedyId ? ctx.db.remedy.findFirst({ ...query, where: { AND: [{ id: o.remedyId }, readableRemediesWhere(ctx.viewer)] } }) : null),
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const MAX_BATCH = 500;

const batchTooLarge = (field: string, unitZh: string, what: string) =>
  userError(field, 'BATCH_TOO_LARGE', `每批最多${MAX_BATCH}${unitZh}`, `at most ${MAX_BATCH} ${what} per batch`);

const idempotencyArg = { required: false, description: IDEMPOTENCY_KEY_DESCRIPTION } as const;
const noteArg = (description: string) => ({ required: false, description }) as const;

builder.mutationFields((t) => {
  /** One statutory step: the request, the step's own arguments, the lifecycle command they make. */
  const step = (operation: string, description: string, args: Record<string, unknown>, command: (args: Record<string, unknown>) => StepCommand) =>
    t.field({
      type: RequestPayloadRef,
      description,
      args: { requestId: t.arg.id({ required: true, description: '申请 — the request' }), idempotencyKey: t.arg.string(idempotencyArg), ...args } as never,
      resolve: (_root, a: Record<string, unknown>, ctx) =>
        takeRequestStep(ctx, String(a.requestId), { ...command(a), on: (a.on as LocalDate | null | undefined) ?? null } as StepCommand, {
          operation,
          input: a,
          idempotencyKey: a.idempotencyKey as string | null | undefined,
        }),
    });
  const on = t.arg({ type: 'LocalDate', required: false, description: '日期 — systems only (people’s steps are dated today)' });
  return {
    receiveDisclosureRequest: t.field({
      type: RequestPayloadRef,
      description: '登记申请 — register a request received; its deadline follows from the receipt day',
      args: { input: t.arg({ type: RequestInputRef, required: true, description: '申请 — the request' }), idempotencyKey: t.arg.string(idempotencyArg) },
      resolve: (_root, args, ctx) => {
        const misplaced = misplacedSteps([args.input], () => 'input.');
        if (misplaced.length > 0) return { requestIds: [], userErrors: misplaced };
        return recordRequests(ctx, [toRequestInput(args.input)], { operation: 'receiveDisclosureRequest', input: args.input, idempotencyKey: args.idempotencyKey, fieldPrefix: () => 'input.', imported: false });
      },
    }),
    importDisclosureRequests: t.field({
      type: ImportPayloadRef,
      description: `批量导入申请 — for other systems (application platforms): up to ${MAX_BATCH} requests with the steps already taken, all or nothing`,
      args: { batch: t.arg({ type: [RequestInputRef], required: true, description: '申请 — the requests' }), idempotencyKey: t.arg.string(idempotencyArg) },
      resolve: (_root, args, ctx) => {
        if (args.batch.length > MAX_BATCH) return { requestIds: [], userErrors: [batchTooLarge('batch', '件', 'requests')] };
        const misplaced = misplacedSteps(args.batch, (i) => `batch.${i}.`);
        if (misplaced.length > 0) return { requestIds: [], userErrors: misplaced };
        return recordRequests(ctx, args.batch.map(toRequestInput), { operation: 'importDisclosureRequests', input: args.batch, idempotencyKey: args.idempotencyKey, fieldPrefix: (i) => `batch.${i}.`, imported: true });
      },
    }),
    requestDisclosureCorrection: step('requestDisclosureCorrection', '告知补正 — one notice, within 7 working days of receipt; the clock stops until the correction arrives', {
      items: t.arg.string({ required: true, description: '补正事项 — what must be corrected' }),
      correctionWorkingDays: t.arg.int({ required: false, description: '补正期限（工作日） — default configured (15)' }),
      on,
    }, (a) => ({ type: 'CORRECTION_REQUESTED', data: { items: String(a.items), correctionWorkingDays: (a.correctionWorkingDays as number | null) ?? undefined } })),
    receiveDisclosureCorrection: step('receiveDisclosureCorrection', '收到补正 — the 20 working days count afresh from today', { note: t.arg.string(noteArg('说明 — note')), on }, (a) => ({
      type: 'CORRECTION_RECEIVED',
      data: { note: (a.note as string | null) ?? '' },
    })),
    startDisclosureConsultation: step('startDisclosureConsultation', '征求意见 — a third party or another agency; the clock stops meanwhile', {
      party: t.arg({ type: ConsultedPartyEnum, required: true, description: '对象 — party' }),
      partyName: t.arg.string({ required: true, description: '对象名称 — who is consulted' }),
      on,
    }, (a) => ({ type: 'CONSULTATION_STARTED', data: { party: a.party as 'THIRD_PARTY', partyName: String(a.partyName) } })),
    endDisclosureConsultation: step('endDisclosureConsultation', '征求意见结束 — the clock runs again', { note: t.arg.string(noteArg('说明 — the opinion received')), on }, (a) => ({
      type: 'CONSULTATION_ENDED',
      data: { note: (a.note as string | null) ?? '' },
    })),
    extendDisclosureRequest: step('extendDisclosureRequest', '延期答复 — once, at most 20 working days, approved, before the deadline passes', {
      workingDays: t.arg.int({ required: true, description: '延长工作日 — 1–20' }),
      approvedBy: t.arg.string({ required: true, description: '批准人 — the office head who approved' }),
      reason: t.arg.string({ required: true, description: '理由 — reason (told to the applicant)' }),
      on,
    }, (a) => ({ type: 'EXTENDED', data: { workingDays: Number(a.workingDays), approvedBy: String(a.approvedBy), reason: String(a.reason) } })),
    answerDisclosureRequest: step('answerDisclosureRequest', '答复 — the outcome (a report row) and its legal basis', {
      outcome: t.arg({ type: OutcomeEnum, required: true, description: '办理结果 — outcome' }),
      legalBasis: t.arg.string({ required: true, description: '法律依据 — legal basis cited' }),
      note: t.arg.string(noteArg('答复说明 — note')),
      on,
    }, (a) => ({ type: 'ANSWERED', data: { outcome: a.outcome as 'DISCLOSED', legalBasis: String(a.legalBasis), note: (a.note as string | null) ?? '' } })),
    escalateDisclosureRequest: step('escalateDisclosureRequest', '督办 — supervision presses an overdue request, once per deadline', { note: t.arg.string({ required: true, description: '督办意见 — note' }), on }, (a) => ({
      type: 'ESCALATED',
      data: { note: String(a.note) },
    })),
    closeLapsedDisclosureRequests: t.int({
      description: '逾期不补正办结 — close now every request whose correction period ran out (第三十条; the sweep does this every few minutes); supervision and systems',
      resolve: (_root, _args, ctx) => {
        if (!supervises(ctx.viewer) && !(ctx.viewer.role === 'system' && hasPermission(ctx.viewer, 'write'))) throw forbidden('执行补正期限检查', 'run the correction sweep');
        return lapseUncorrectedRequests(ctx.db, ctx.services);
      },
    }),
    recordProactiveItems: t.field({
      type: ProactiveItemsPayloadRef,
      description: '登记主动公开信息 — one or more items (all or nothing); timeliness is judged on the 20-working-day limit',
      args: { items: t.arg({ type: [ProactiveItemInputRef], required: true, description: '信息 — items' }), idempotencyKey: t.arg.string(idempotencyArg) },
      resolve: (_root, args, ctx) =>
        args.items.length > MAX_BATCH
          ? { itemIds: [], userErrors: [batchTooLarge('items', '条', 'items')] }
          : recordProactiveItems(ctx, args.items.map(toItemInput), { operation: 'recordProactiveItems', input: args.items, idempotencyKey: args.idempotencyKey }),
    }),
    repealDisclosureDocument: t.field({
      type: ProactiveItemPayloadRef,
      description: '废止文件 — a regulation or normative document stops being in force',
      args: {
        itemId: t.arg.id({ required: true, description: '文件 — the item' }),
        repealedOn: t.arg({ type: 'LocalDate', required: true, description: '废止日期 — repealed on' }),
        idempotencyKey: t.arg.string(idempotencyArg),
      },
      resolve: (_root, args, ctx) => repealDocument(ctx, String(args.itemId), String(args.repealedOn), { operation: 'repealDisclosureDocument', input: args, idempotencyKey: args.idempotencyKey }),
    }),
    recordDisclosureBoardPosting: t.field({
      type: BoardPayloadRef,
      description: '登记定期公开 — one quarter’s board posting of a township or village; on time when posted by the 5th of the next quarter’s first month',
      args: { input: t.arg({ type: BoardInputRef, required: true, description: '公开 — the posting' }), idempotencyKey: t.arg.string(idempotencyArg) },
      resolve: async (_root, args, ctx) => {
        const outcome = await recordBoardPostings(ctx, [toPostingInput(args.input)], { operation: 'recordDisclosureBoardPosting', input: args.input, idempotencyKey: args.idempotencyKey, fieldPrefix: () => 'input.' });
        return { postingId: outcome.postingIds[0] ?? null, userErrors: outcome.userErrors };
      },
    }),
    recordDisclosureBoardPostings: t.field({
      type: BoardBatchPayloadRef,
      description: `批量登记定期公开 — a township's (or a system's) postings for its units, up to ${MAX_BATCH}, all or nothing`,
      args: { batch: t.arg({ type: [BoardInputRef], required: true, description: '公开 — the postings' }), idempotencyKey: t.arg.string(idempotencyArg) },
      resolve: (_root, args, ctx) =>
        args.batch.length > MAX_BATCH
          ? { postingIds: [], userErrors: [batchTooLarge('batch', '条', 'postings')] }
          : recordBoardPostings(ctx, args.batch.map(toPostingInput), { operation: 'recordDisclosureBoardPostings', input: args.batch, idempotencyKey: args.idempotencyKey, fieldPrefix: (i) => `batch.${i}.` }),
    }),
    recordDisclosureRemedy: t.field({
      type: RemedyPayloadRef,
      description: '登记复议/诉讼 — a review or suit on an answered request',
      args: {
        requestId: t.arg.id({ required: true, description: '申请 — the request' }),
        kind: t.arg({ type: RemedyKindEnum, required: true, description: '类型 — kind' }),
        body: t.arg.string({ required: true, description: '复议机关/法院 — review body or court' }),
        caseNumber: t.arg.string({ required: false, description: '案号 — case number' }),
        filedOn: t.arg({ type: 'LocalDate', required: true, description: '立案日期 — filed on' }),
        externalRef: t.arg.string({ required: false, description: '来源编号 — the feeding system’s reference' }),
        idempotencyKey: t.arg.string(idempotencyArg),
      },
      resolve: (_root, args, ctx) =>
        recordRemedy(ctx, { ...args, requestId: String(args.requestId), filedOn: String(args.filedOn) }, { operation: 'recordDisclosureRemedy', input: args, idempotencyKey: args.idempotencyKey }),
    }),
    decideDisclosureRemedy: t.field({
      type: RemedyPayloadRef,
      description: '登记审理结果 — 维持, 纠正 or 其他结果, once',
      args: {
        remedyId: t.arg.id({ required: true, description: '案件 — the case' }),
        result: t.arg({ type: RemedyResultEnum, required: true, description: '结果 — not PENDING' }),
        decidedOn: t.arg({ type: 'LocalDate', required: true, description: '审结日期 — decided on' }),
        note: t.arg.string(noteArg('说明 — note')),
        idempotencyKey: t.arg.string(idempotencyArg),
      },
      resolve: (_root, args, ctx) =>
        args.result === 'PENDING'
          ? { remedyId: null, userErrors: [{ field: 'result', rule: 'NOT_A_RESULT', message: '“尚未审结”不是审理结果', messageEn: 'PENDING is not a result' }] }
          : decideRemedy(ctx, { remedyId: String(args.remedyId), result: args.result, decidedOn: String(args.decidedOn), note: args.note }, { operation: 'decideDisclosureRemedy', input: args, idempotencyKey: args.idempotencyKey }),
    }),
  };
});
