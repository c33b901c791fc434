// The records: requests with their timeline, clock stops and warning card; proactive items; board
// postings; review and litigation cases. Applicants' names, ID and phone numbers are personal
// data (masked for roles without it); free text has phone and ID numbers masked.
import { toLocalDate, type LocalDate } from '../../shared/calendar';
import { deadlineCard, type DeadlineCard } from '../../shared/deadline-cards';
import { calendarDaysOverdue, OVERDUE_DAYS_DESCRIPTION } from '../../shared/overdue-days';
import { revealFor, scrubText } from '../../shared/personal-data';
import { builder } from '../builder';
import { PROACTIVE_CATEGORY_LABELS, PROACTIVE_CHANNEL_LABELS, type ProactiveCategory, type ProactiveChannel } from '../domain/proactive-terms';
import { CONSULTED_PARTY_LABELS, OPEN_REQUEST_STATES, REQUEST_EVENT_LABELS, REQUEST_STATE_LABELS, type ConsultedParty, type RequestEvent, type RequestState } from '../domain/request-lifecycle';
import { APPLICANT_TYPE_LABELS, OUTCOME_TERMS, outcomeLabelZh, REMEDY_KIND_LABELS, REMEDY_RESULT_LABELS, REQUEST_CHANNEL_LABELS, type ApplicantType, type Outcome, type RemedyKind, type RemedyResult, type RequestChannel } from '../domain/request-terms';
import { DepartmentStub, OrgUnitStub } from './entities';
import {
  ApplicantTypeEnum,
  ConsultedPartyEnum,
  OutcomeEnum,
  OutcomeGroupEnum,
  ProactiveCategoryEnum,
  ProactiveChannelEnum,
  RemedyKindEnum,
  RemedyResultEnum,
  RequestChannelEnum,
  RequestEventTypeEnum,
  RequestStateEnum,
  WarningLevelEnum,
} from './enums';

type TimelineStep = RequestEvent & { stateAfter: string; dueOnAfter: string | null };

/** What a step says, in Chinese, for the timeline (free text scrubbed by the caller). */
function stepDetail(e: RequestEvent): string {
  switch (e.type) {
    case 'RECEIVED':
      return `${REQUEST_CHANNEL_LABELS[e.data.channel].zh}，收到申请之日 ${e.data.receivedOn}，答复期限 ${e.data.dueOn}`;
    case 'CORRECTION_REQUESTED':
      return `补正事项：${e.data.items}；补正期限 ${e.data.correctionDueOn}`;
    case 'CORRECTION_RECEIVED':
      return `重新计算答复期限至 ${e.data.dueOn}${e.data.note ? `；${e.data.note}` : ''}`;
    case 'CORRECTION_LAPSED':
      return `补正期限 ${e.data.correctionDueOn} 届满未补正`;
    case 'CONSULTATION_STARTED':
      return `${CONSULTED_PARTY_LABELS[e.data.party].zh}：${e.data.partyName}，意见期限 ${e.data.replyDueOn}`;
    case 'CONSULTATION_ENDED':
      return `答复期限顺延至 ${e.data.dueOn}${e.data.note ? `；${e.data.note}` : ''}`;
    case 'EXTENDED':
      return `延长 ${e.data.workingDays} 个工作日（批准人：${e.data.approvedBy}；理由：${e.data.reason}）${e.data.dueOn ? `，答复期限至 ${e.data.dueOn}` : ''}`;
    case 'ANSWERED':
      return `${OUTCOME_TERMS[e.data.outcome].zh}（依据：${e.data.legalBasis}）${e.data.onTime ? '' : '，超期答复'}`;
    case 'ESCALATED':
      return `督办：${e.data.note}（期限 ${e.data.missedDueOn}）`;
  }
}

const StepRef = builder.objectRef<TimelineStep>('DisclosureRequestStep').implement({
  description: '办理记录 — one step of a request, with the state and deadline it left',
  fields: (t) => ({
    type: t.field({ type: RequestEventTypeEnum, description: '步骤 — step', resolve: (e) => e.type }),
    label: t.string({ description: '步骤名称 — step in Chinese', resolve: (e) => REQUEST_EVENT_LABELS[e.type].zh }),
    on: t.field({ type: 'LocalDate', description: '日期 — day of the step', resolve: (e) => e.on }),
    actorName: t.string({ description: '经办人 — who took it (masked unless your role may see personal data)', resolve: (e, _a, ctx) => revealFor(ctx.viewer, 'name', e.actor.name)! }),
    actorRole: t.string({ description: '角色 — role of who took it', resolve: (e) => e.actor.role }),
    detail: t.string({ description: '说明 — what the step said, in Chinese (phone and ID numbers masked unless permitted)', resolve: (e, _a, ctx) => scrubText(ctx.viewer, stepDetail(e)) }),
    stateAfter: t.field({ type: RequestStateEnum, description: '步骤后状态 — state it left', resolve: (e) => e.stateAfter as RequestState }),
    dueOnAfter: t.field({ type: 'LocalDate', nullable: true, description: '步骤后答复期限 — deadline it left; null while the clock is stopped', resolve: (e) => e.dueOnAfter as LocalDate | null }),
  }),
});

interface ClockStopView {
  reason: 'CORRECTION' | 'CONSULTATION';
  party: ConsultedParty | null;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
}

const ClockStopRef = builder.objectRef<ClockStopView>('DisclosureClockStop').implement({
  description: '暂停计时 — a stretch the reply clock did not run: awaiting a correction (the clock then restarts from its receipt) or a consultation',
  fields: (t) => ({
    reason: t.string({ description: '原因 — CORRECTION (补正) or CONSULTATION (征求意见)', resolve: (s) => s.reason }),
    reasonLabel: t.string({ description: '原因名称 — in Chinese', resolve: (s) => (s.reason === 'CORRECTION' ? '补正' : CONSULTED_PARTY_LABELS[s.party!].zh) }),
    party: t.field({ type: ConsultedPartyEnum, nullable: true, description: '征求意见对象 — for consultations', resolve: (s) => s.party }),
    startedOn: t.field({ type: 'LocalDate', description: '开始 — first day', resolve: (s) => s.startedOn }),
    endedOn: t.field({ type: 'LocalDate', nullable: true, description: '结束 — null while it lasts', resolve: (s) => s.endedOn }),
  }),
});

/** The stretches without a running clock, from the history. */
function clockStops(history: readonly RequestEvent[]): ClockStopView[] {
  const stops: ClockStopView[] = [];
  for (const e of history) {
    if (e.type === 'CORRECTION_REQUESTED') stops.push({ reason: 'CORRECTION', party: null, startedOn: e.on, endedOn: null });
    if (e.type === 'CONSULTATION_STARTED') stops.push({ reason: 'CONSULTATION', party: e.data.party, startedOn: e.on, endedOn: null });
    if (['CORRECTION_RECEIVED', 'CORRECTION_LAPSED', 'CONSULTATION_ENDED', 'ANSWERED'].includes(e.type)) {
      const open = stops.find((s) => s.endedOn === null);
      if (open) open.endedOn = e.on;
    }
  }
  return stops;
}

export const DisclosureWarningRef = builder.objectRef<DeadlineCard>('DisclosureRequestWarning').implement({
  description: '预警 — red when the reply is overdue, yellow in its last working days (configurable), none while the clock is stopped',
  fields: (t) => ({
    level: t.field({ type: WarningLevelEnum, description: '等级 — level', resolve: (c) => c.level }),
    overdueWorkingDays: t.exposeInt('overdueWorkingDays', { description: '超期工作日 — working days past the deadline' }),
    shouldEscalate: t.exposeBoolean('shouldEscalate', { description: '应督办 — overdue and this deadline not yet escalated' }),
  }),
});

builder.prismaObject('DisclosureRequest', {
  description: '依申请公开 — a request for government information: applicant, receipt, statutory clock, outcome and history',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    requestNo: t.exposeString('requestNo', { description: '申请编号 — request number' }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: '来源编号 — the feeding system’s reference' }),
    agencyKind: t.exposeString('agencyKind', { description: '机关类型 — ORG_UNIT (a government) or DEPARTMENT' }),
    government: t.field({ type: OrgUnitStub, nullable: true, description: '政府 — the government addressed; null for a department (see department)', resolve: (r) => (r.agencyKind === 'ORG_UNIT' ? { id: r.agencyId } : null) }),
    department: t.field({ type: DepartmentStub, nullable: true, description: '承办部门 — the department addressed; null for a government', resolve: (r) => (r.departmentId ? { id: r.departmentId } : null) }),
    agencyPath: t.exposeString('agencyPath', { description: '机关路径 — path of the agency’s unit (roll-ups)' }),
    applicantType: t.field({ type: ApplicantTypeEnum, description: '申请人类型 — table 三 column', resolve: (r) => r.applicantType as ApplicantType }),
    applicantTypeLabel: t.string({ description: '申请人类型名称 — in Chinese', resolve: (r) => APPLICANT_TYPE_LABELS[r.applicantType as ApplicantType].zh }),
    applicantName: t.string({ description: '申请人（联系人） — masked unless your role may see personal data', resolve: (r, _a, ctx) => revealFor(ctx.viewer, 'name', r.applicantName)! }),
    applicantIdNumber: t.string({ nullable: true, description: '身份证件号码 — masked unless permitted', resolve: (r, _a, ctx) => revealFor(ctx.viewer, 'idNumber', r.applicantIdNumber) }),
    applicantPhone: t.string({ nullable: true, description: '联系电话 — masked unless permitted', resolve: (r, _a, ctx) => revealFor(ctx.viewer, 'phone', r.applicantPhone) }),
    organizationName: t.exposeString('organizationName', { nullable: true, description: '组织名称 — 法人或其他组织' }),
    channel: t.field({ type: RequestChannelEnum, description: '申请方式 — channel', resolve: (r) => r.channel as RequestChannel }),
    submittedOn: t.field({ type: 'LocalDate', description: '提交日期 — handed in, posted or sent', resolve: (r) => r.submittedOn as LocalDate }),
    receivedOn: t.field({ type: 'LocalDate', description: '收到申请之日 — by 第三十一条; day 0 of the clock', resolve: (r) => r.receivedOn as LocalDate }),
    summary: t.string({ description: '申请内容 — summary (phone and ID numbers masked unless permitted)', resolve: (r, _a, ctx) => scrubText(ctx.viewer, r.summary) }),
    state: t.field({ type: RequestStateEnum, description: '状态 — state', resolve: (r) => r.state as RequestState }),
    stateLabel: t.string({ description: '状态名称 — in Chinese', resolve: (r) => REQUEST_STATE_LABELS[r.state as RequestState].zh }),
    clockStartOn: t.field({ type: 'LocalDate', description: '计时起点 — receipt, or the day a correction arrived', resolve: (r) => r.clockStartOn as LocalDate }),
    extensionWorkingDays: t.exposeInt('extensionWorkingDays', { description: '延长工作日 — approved extension (0 if none)' }),
    dueOn: t.field({ type: 'LocalDate', nullable: true, description: '答复期限 — the deadline in force; null while the clock is stopped', resolve: (r) => r.dueOn as LocalDate | null }),
    correctionDueOn: t.field({ type: 'LocalDate', nullable: true, description: '补正期限 — while awaiting a correction', resolve: (r) => r.correctionDueOn as LocalDate | null }),
    answeredOn: t.field({ type: 'LocalDate', nullable: true, description: '答复日期 — answered (or withdrawn for want of a correction)', resolve: (r) => r.answeredOn as LocalDate | null }),
    outcome: t.field({ type: OutcomeEnum, nullable: true, description: '办理结果 — table 三 row', resolve: (r) => r.outcome as Outcome | null }),
    outcomeGroup: t.field({ type: OutcomeGroupEnum, nullable: true, description: '结果类别 — (一) … (六)', resolve: (r) => (r.outcome ? OUTCOME_TERMS[r.outcome as Outcome].group : null) }),
    outcomeLabel: t.string({ nullable: true, description: '办理结果名称 — in Chinese', resolve: (r) => (r.outcome ? outcomeLabelZh(r.outcome as Outcome) : null) }),
    answeredOnTime: t.exposeBoolean('answeredOnTime', { nullable: true, description: '按时答复 — by the deadline' }),
    legalBasis: t.string({
      nullable: true,
      description: '法律依据 — the legal basis the answer cited',
      resolve: async (r, _a, ctx) => {
        const steps = await ctx.loaders.events.load(r.id);
        const last = steps.find((e) => e.type === 'ANSWERED');
        return last?.type === 'ANSWERED' ? last.data.legalBasis : r.outcome ? OUTCOME_TERMS[r.outcome as Outcome].basis : null;
      },
    }),
    overdueDays: t.int({
      nullable: true,
      description: `${OVERDUE_DAYS_DESCRIPTION} (the calendar-day measure of minOverdueDays; warning.overdueWorkingDays counts working days)`,
      resolve: (r, _a, ctx) => {
        const today = toLocalDate(ctx.services.now());
        const overdue = OPEN_REQUEST_STATES.includes(r.state as RequestState) && r.dueOn !== null && r.dueOn < today;
        return overdue ? calendarDaysOverdue(r.dueOn as LocalDate, today) : null;
      },
    }),
    escalated: t.exposeBoolean('escalated', { description: '已督办 — the deadline in force was escalated' }),
    warning: t.field({
      type: DisclosureWarningRef,
      description: '今日预警 — the card today',
      resolve: (r, _a, ctx) => {
        const running = OPEN_REQUEST_STATES.includes(r.state as RequestState) && r.dueOn !== null;
        const today = toLocalDate(ctx.services.now());
        return deadlineCard({ running, dueOn: (r.dueOn ?? today) as LocalDate, escalatedDueOn: r.escalatedDueOn }, today, ctx.services.calendar, ctx.services.config.yellowWorkingDays);
      },
    }),
    timeline: t.field({ type: [StepRef], description: '办理记录 — every step, oldest first', resolve: (r, _a, ctx) => ctx.loaders.events.load(r.id) }),
    clockStops: t.field({ type: [ClockStopRef], description: '暂停计时 — corrections awaited and consultations', resolve: async (r, _a, ctx) => clockStops(await ctx.loaders.events.load(r.id)) }),
    remedies: t.field({ type: [RemedyRef], description: '复议诉讼 — reviews and suits on this request', resolve: (r, _a, ctx) => ctx.loaders.remedies.load(r.id) }),
  }),
});

export const RemedyRef = builder.prismaObject('Remedy', {
  description: '行政复议/行政诉讼 — a review or suit on a disclosure decision and its result',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    requestId: t.exposeID('requestId', { description: '申请 — the request it concerns' }),
    kind: t.field({ type: RemedyKindEnum, description: '类型 — kind', resolve: (m) => m.kind as RemedyKind }),
    kindLabel: t.string({ description: '类型名称 — in Chinese', resolve: (m) => REMEDY_KIND_LABELS[m.kind as RemedyKind].zh }),
    body: t.exposeString('body', { description: '复议机关/法院 — review body or court' }),
    caseNumber: t.exposeString('caseNumber', { nullable: true, description: '案号 — case number' }),
    filedOn: t.field({ type: 'LocalDate', description: '立案日期 — filed on', resolve: (m) => m.filedOn as LocalDate }),
    result: t.field({ type: RemedyResultEnum, description: '结果 — PENDING until decided', resolve: (m) => (m.result ?? 'PENDING') as RemedyResult }),
    resultLabel: t.string({ description: '结果名称 — in Chinese', resolve: (m) => REMEDY_RESULT_LABELS[(m.result ?? 'PENDING') as RemedyResult].zh }),
    decidedOn: t.field({ type: 'LocalDate', nullable: true, description: '审结日期 — decided on', resolve: (m) => m.decidedOn as LocalDate | null }),
  }),
});

builder.prismaObject('ProactiveItem', {
  description: '主动公开信息 — one published item (or batch of decisions) with its category, channels and timeliness',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: '来源编号 — the feeding system’s reference' }),
    government: t.field({ type: OrgUnitStub, nullable: true, description: '发布政府 — null for a department (see department)', resolve: (i) => (i.agencyKind === 'ORG_UNIT' ? { id: i.agencyId } : null) }),
    department: t.field({ type: DepartmentStub, nullable: true, description: '发布部门 — null for a government', resolve: (i) => (i.departmentId ? { id: i.departmentId } : null) }),
    title: t.exposeString('title', { description: '标题 — title' }),
    documentNumber: t.exposeString('documentNumber', { nullable: true, description: '文号 — document number' }),
    category: t.field({ type: ProactiveCategoryEnum, description: '类别 — 第二十条 category', resolve: (i) => i.category as ProactiveCategory }),
    categoryLabel: t.string({ description: '类别名称 — in Chinese', resolve: (i) => PROACTIVE_CATEGORY_LABELS[i.category as ProactiveCategory].zh }),
    channels: t.field({ type: [ProactiveChannelEnum], description: '公开渠道 — channels', resolve: (i) => i.channels.split(',') as ProactiveChannel[] }),
    channelLabels: t.stringList({ description: '渠道名称 — in Chinese', resolve: (i) => i.channels.split(',').map((c) => PROACTIVE_CHANNEL_LABELS[c as ProactiveChannel].zh) }),
    createdOn: t.field({ type: 'LocalDate', description: '形成（变更）日期 — created or last changed', resolve: (i) => i.createdOn as LocalDate }),
    publishedOn: t.field({ type: 'LocalDate', description: '公开日期 — published', resolve: (i) => i.publishedOn as LocalDate }),
    publishDueOn: t.field({ type: 'LocalDate', description: '公开期限 — 20 working days after creation or change (第二十六条)', resolve: (i) => i.publishDueOn as LocalDate }),
    publishedOnTime: t.exposeBoolean('publishedOnTime', { description: '及时公开 — by the deadline' }),
    fullTextElectronic: t.exposeBoolean('fullTextElectronic', { description: '全文电子化 — full text published electronically' }),
    issuedOn: t.field({ type: 'LocalDate', nullable: true, description: '制发日期 — documents', resolve: (i) => i.issuedOn as LocalDate | null }),
    repealedOn: t.field({ type: 'LocalDate', nullable: true, description: '废止日期 — documents, once repealed', resolve: (i) => i.repealedOn as LocalDate | null }),
    decisionCount: t.exposeInt('decisionCount', { description: '决定数量 — decisions published (许可, 处罚, 强制); 0 otherwise' }),
    feeAmountWan: t.float({ description: '收费金额（万元） — 行政事业性收费; 0 otherwise', resolve: (i) => i.feeAmountYuan / 10_000 }),
  }),
});

const BoardSectionRef = builder.objectRef<{ heading: string; body: string }>('DisclosureBoardSection').implement({
  description: '公开内容 — one section of a board posting',
  fields: (t) => ({
    heading: t.exposeString('heading', { description: '标题 — heading' }),
    body: t.string({ description: '内容 — body (phone and ID numbers masked unless permitted)', resolve: (s, _a, ctx) => scrubText(ctx.viewer, s.body) }),
  }),
});

builder.prismaObject('BoardPosting', {
  description: '定期公开 — one quarter’s posting on a township’s or village’s board',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    unit: t.field({ type: OrgUnitStub, description: '单位 — the township or village', resolve: (b) => ({ id: b.unitId }) }),
    unitPath: t.exposeString('unitPath', { description: '单位路径 — path' }),
    tier: t.exposeString('tier', { description: '层级 — TOWNSHIP or VILLAGE' }),
    year: t.exposeInt('year', { description: '年度 — year' }),
    quarter: t.exposeInt('quarter', { description: '季度 — quarter' }),
    postedOn: t.field({ type: 'LocalDate', description: '公开日期 — posted on', resolve: (b) => b.postedOn as LocalDate }),
    dueOn: t.field({ type: 'LocalDate', description: '应公开日期 — due by', resolve: (b) => b.dueOn as LocalDate }),
    onTime: t.exposeBoolean('onTime', { description: '按时公开 — posted by the deadline' }),
    contents: t.field({ type: [BoardSectionRef], description: '公开内容 — sections', resolve: (b) => JSON.parse(b.contents) as { heading: string; body: string }[] }),
    photos: t.stringList({ description: '照片 — file references of photos of the board', resolve: (b) => JSON.parse(b.photos) as string[] }),
  }),
});
