// The records: inspections with their item breakdown and findings, rectifications with their
// timeline and warning, templates, plans and 监察建议书. Names (inspectors, 整改责任人) are
// personal data: masked for roles without it; evidence notes have phone and ID numbers masked.
import { toLocalDate, type LocalDate } from '../../shared/calendar';
import { rectificationCard, type RectificationCard } from '../domain/rectification-cards';
import { revealFor, scrubText } from '../../shared/personal-data';
import type { Viewer } from '../../shared/viewer';
import { builder } from '../builder';
import { INSPECTION_KIND_LABELS, type InspectionKind } from '../domain/inspection-kinds';
import {
  foldRectification,
  RECTIFICATION_STATE_LABELS,
  type RectificationState,
} from '../domain/rectification';
import { eventFromRow } from '../rectification-store';
import type { StoredItemResult } from '../record-inspections';
import { templateFromRow } from '../templates';
import { DepartmentStub, OrgUnitStub } from './entities';
import { InspectionKindEnum, RectificationStateEnum, WarningLevelEnum } from './enums';

const names = (viewer: Viewer, list: readonly string[]) => list.map((n) => revealFor(viewer, 'name', n)!);

const ItemResultRef = builder.objectRef<StoredItemResult>('InspectionItemResult').implement({
  description: '评分项结果 — what was observed for one template item and the points it earned',
  fields: (t) => ({
    code: t.exposeString('code', { description: '评分项代码 — item code' }),
    label: t.string({ description: '评分项 — item in Chinese', resolve: (i) => i.label.zh }),
    weight: t.exposeFloat('weight', { description: '分值 — points when fully met' }),
    points: t.exposeFloat('points', { description: '得分 — points earned (two decimals)' }),
    failed: t.exposeBoolean('failed', { description: '是否扣分 — did not earn the full weight (a finding)' }),
    met: t.boolean({ nullable: true, description: '是否达标 — BOOLEAN items', resolve: (i) => (i.observation.kind === 'BOOLEAN' ? i.observation.met : null) }),
    value: t.float({ nullable: true, description: '实测数值 — MIN_NUMBER items', resolve: (i) => (i.observation.kind === 'MIN_NUMBER' ? i.observation.value : null) }),
    option: t.string({ nullable: true, description: '所选选项 — CHOICE items', resolve: (i) => (i.observation.kind === 'CHOICE' ? i.observation.option : null) }),
    present: t.stringList({ nullable: true, description: '具备的清单项 — CHECKLIST items', resolve: (i) => (i.observation.kind === 'CHECKLIST' ? [...i.observation.present] : null) }),
  }),
});

builder.prismaObject('Inspection', {
  description: '检查 — one visit or self-check: who inspected whom, when, with which template, the computed score and the findings',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    inspectionNo: t.exposeString('inspectionNo', { description: '检查编号 — inspection number' }),
    externalRef: t.exposeString('externalRef', { nullable: true, description: '来源编号 — the feeding system’s reference' }),
    kind: t.field({ type: InspectionKindEnum, description: '检查方式 — kind', resolve: (i) => i.kind as InspectionKind }),
    kindLabel: t.string({ description: '检查方式名称 — kind in Chinese', resolve: (i) => INSPECTION_KIND_LABELS[i.kind as InspectionKind].zh }),
    date: t.field({ type: 'LocalDate', description: '检查日期 — day of the visit', resolve: (i) => i.date as LocalDate }),
    planId: t.exposeID('planId', { nullable: true, description: '督查计划 — the plan it belongs to' }),
    inspectingUnit: t.field({ type: OrgUnitStub, description: '检查单位 — the inspecting office (the unit itself for a self-check)', resolve: (i) => ({ id: i.inspectingUnitId }) }),
    unit: t.field({ type: OrgUnitStub, description: '被检查单位 — the inspected unit', resolve: (i) => ({ id: i.unitId }) }),
    unitPath: t.exposeString('unitPath', { description: '被检查单位路径 — its path (roll-ups)' }),
    department: t.field({ type: DepartmentStub, nullable: true, description: '被检查部门 — the department whose window was inspected', resolve: (i) => (i.departmentId ? { id: i.departmentId } : null) }),
    inspectors: t.stringList({ description: '检查人员 — inspectors (names masked unless your role may see personal data)', resolve: (i, _a, ctx) => names(ctx.viewer, JSON.parse(i.inspectors) as string[]) }),
    templateCode: t.exposeString('templateCode', { description: '评分模板 — template code' }),
    templateVersion: t.exposeInt('templateVersion', { description: '模板版本 — the version it was scored with' }),
    score: t.exposeFloat('score', { description: '得分 — 0–100, one decimal, computed from the item results' }),
    items: t.field({ type: [ItemResultRef], description: '评分明细 — item results', resolve: (i) => JSON.parse(i.results) as StoredItemResult[] }),
    findings: t.relation('findings', { description: '发现问题 — findings, each with its rectification' }),
    selfCheckWindow: t.exposeString('selfCheckWindow', { nullable: true, description: '自查批次 — the window a self-check is for (H1, H2)' }),
    reportedOn: t.field({ type: 'LocalDate', nullable: true, description: '总结报送日期 — the day its report was sent', resolve: (i) => i.reportedOn as LocalDate | null }),
    note: t.string({ nullable: true, description: '备注 — note', resolve: (i, _a, ctx) => (i.note ? scrubText(ctx.viewer, i.note) : null) }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间 — recorded at' }),
  }),
});

builder.prismaObject('Finding', {
  description: '发现问题 — a failed item or an observation, with evidence; each opens a rectification',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    itemCode: t.exposeString('itemCode', { nullable: true, description: '评分项 — the failed item; null for an observation outside the template' }),
    description: t.string({ description: '问题描述 — what was found, in Chinese (phone and ID numbers masked unless permitted)', resolve: (f, _a, ctx) => scrubText(ctx.viewer, f.descriptionZh) }),
    descriptionEn: t.string({ description: '问题描述（英文） — in English (the Chinese text for free observations)', resolve: (f, _a, ctx) => scrubText(ctx.viewer, f.descriptionEn) }),
    evidenceNote: t.string({ nullable: true, description: '佐证说明 — evidence note', resolve: (f, _a, ctx) => (f.evidenceNote ? scrubText(ctx.viewer, f.evidenceNote) : null) }),
    photos: t.stringList({ description: '照片 — file references of photos', resolve: (f) => JSON.parse(f.photos) as string[] }),
    inspection: t.relation('inspection', { description: '检查 — the inspection that found it' }),
    rectification: t.relation('rectification', { nullable: true, description: '整改 — its rectification' }),
  }),
});

const RectificationWarningRef = builder.objectRef<RectificationCard>('RectificationWarning').implement({
  description: '整改预警 — red when overdue, yellow when due within a few working days',
  fields: (t) => ({
    level: t.field({ type: WarningLevelEnum, description: '预警等级 — NONE, YELLOW or RED', resolve: (w) => w.level }),
    overdueWorkingDays: t.exposeInt('overdueWorkingDays', { description: '超期工作日 — working days past the deadline; 0 when not overdue' }),
    shouldEscalate: t.exposeBoolean('shouldEscalate', { description: '应督办 — overdue and this deadline not yet escalated' }),
  }),
});

const RectificationEventRef = builder.prismaObject('RectificationEvent', {
  description: '整改记录 — one step of a rectification',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '序号 — order' }),
    type: t.exposeString('type', { description: '环节 — OPENED, PROGRESS_REPORTED, SUBMITTED, VERIFIED, REJECTED or ESCALATED' }),
    on: t.field({ type: 'LocalDate', description: '日期 — day of the step', resolve: (e) => e.on as LocalDate }),
    note: t.string({
      nullable: true,
      description: '说明 — progress note, reason or escalation note (phone and ID numbers masked unless permitted)',
      resolve: (e, _a, ctx) => {
        const data = JSON.parse(e.data) as { note?: string; reason?: string };
        const text = data.note ?? data.reason ?? null;
        return text ? scrubText(ctx.viewer, text) : null;
      },
    }),
    evidence: t.stringList({ description: '佐证材料 — file references submitted', resolve: (e) => (JSON.parse(e.data) as { evidence?: string[] }).evidence ?? [] }),
    dueOn: t.field({
      type: 'LocalDate',
      nullable: true,
      description: '整改期限 — the deadline this step set (opening, failed verification)',
      resolve: (e) => ((JSON.parse(e.data) as { dueOn?: string }).dueOn as LocalDate | undefined) ?? null,
    }),
  }),
});
void RectificationEventRef;

builder.prismaObject('Rectification', {
  description: '整改 — the rectification of one finding: owner, deadline in working days, progress, verification (销号)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    rectificationNo: t.exposeString('rectificationNo', { description: '整改编号 — rectification number' }),
    state: t.field({ type: RectificationStateEnum, description: '状态 — state', resolve: (r) => r.state as RectificationState }),
    stateLabel: t.string({ description: '状态名称 — state in Chinese', resolve: (r) => RECTIFICATION_STATE_LABELS[r.state as RectificationState].zh }),
    ownerUnit: t.field({ type: OrgUnitStub, description: '整改责任单位 — the owning unit', resolve: (r) => ({ id: r.ownerUnitId }) }),
    ownerPath: t.exposeString('ownerPath', { description: '责任单位路径 — its path' }),
    ownerDepartment: t.field({ type: DepartmentStub, nullable: true, description: '责任部门 — the department whose window it concerns', resolve: (r) => (r.ownerDepartmentId ? { id: r.ownerDepartmentId } : null) }),
    ownerPerson: t.string({ nullable: true, description: '整改责任人 — named owner (masked unless your role may see personal data)', resolve: (r, _a, ctx) => revealFor(ctx.viewer, 'name', r.ownerPerson) }),
    inspectingUnit: t.field({ type: OrgUnitStub, description: '检查单位 — the office that verifies it', resolve: (r) => ({ id: r.inspectingUnitId }) }),
    foundOn: t.field({ type: 'LocalDate', description: '发现日期 — day of the finding (day 0 of the deadline)', resolve: (r) => r.foundOn as LocalDate }),
    openedOn: t.field({ type: 'LocalDate', description: '登记日期 — opened on', resolve: (r) => r.openedOn as LocalDate }),
    dueOn: t.field({ type: 'LocalDate', description: '整改期限 — the deadline in force', resolve: (r) => r.dueOn as LocalDate }),
    verifiedOn: t.field({ type: 'LocalDate', nullable: true, description: '销号日期 — verified on', resolve: (r) => r.verifiedOn as LocalDate | null }),
    rejections: t.exposeInt('rejections', { description: '验收未通过次数 — failed verifications' }),
    escalations: t.exposeInt('escalations', { description: '督办次数 — escalations' }),
    escalated: t.boolean({ description: '已督办 — the deadline in force has been escalated', resolve: (r) => r.escalatedDueOn !== null && r.escalatedDueOn === r.dueOn }),
    warning: t.field({ type: RectificationWarningRef, description: '预警 — today’s card', resolve: (r, _a, ctx) => rectificationCard(r, toLocalDate(ctx.services.now()), ctx.services.calendar, ctx.services.config.yellowWorkingDays) }),
    lastSubmittedOnTime: t.boolean({
      nullable: true,
      description: '按期提交 — whether the latest submission came by the deadline then in force; null before any',
      select: { events: { orderBy: { seq: 'asc' } } },
      resolve: (r) => foldRectification(r.events.map(eventFromRow)).lastSubmittedOnTime,
    }),
    finding: t.relation('finding', { description: '发现问题 — the finding it rectifies' }),
    events: t.relation('events', { description: '整改记录 — timeline, oldest first', query: { orderBy: { seq: 'asc' } } }),
  }),
});

builder.prismaObject('InspectionPlan', {
  description: '督查计划 — an office’s planned visits of one kind to a list of units in a date range',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    planNo: t.exposeString('planNo', { description: '计划编号 — plan number' }),
    title: t.exposeString('title', { description: '名称 — title' }),
    kind: t.field({ type: InspectionKindEnum, description: '检查方式 — kind', resolve: (p) => p.kind as InspectionKind }),
    year: t.exposeInt('year', { description: '年度 — year' }),
    inspectingUnit: t.field({ type: OrgUnitStub, description: '检查单位 — inspecting office', resolve: (p) => ({ id: p.inspectingUnitId }) }),
    startsOn: t.field({ type: 'LocalDate', description: '开始 — first day', resolve: (p) => p.startsOn as LocalDate }),
    endsOn: t.field({ type: 'LocalDate', description: '结束 — last day', resolve: (p) => p.endsOn as LocalDate }),
    targets: t.field({
      type: [OrgUnitStub],
      description: '检查对象 — the units to visit',
      resolve: (p) => (JSON.parse(p.targets) as { unitId: string }[]).map((target) => ({ id: target.unitId })),
    }),
    targetCount: t.int({ description: '对象数 — units to visit', resolve: (p) => (JSON.parse(p.targets) as unknown[]).length }),
    visitedCount: t.int({
      description: '已检查 — targets with an inspection recorded under the plan',
      resolve: (p, _a, ctx) => ctx.loaders.planVisits.load(p.id),
    }),
    note: t.exposeString('note', { nullable: true, description: '说明 — note' }),
  }),
});

builder.prismaObject('ScoringTemplate', {
  description: '评分模板 — one version of a scoring template',
  fields: (t) => ({
    code: t.exposeString('code', { description: '模板代码 — code shared by all versions' }),
    version: t.exposeInt('version', { description: '版本 — version' }),
    name: t.exposeString('nameZh', { description: '名称 — name in Chinese' }),
    nameEn: t.exposeString('nameEn', { description: '名称（英文） — name in English' }),
    effectiveFrom: t.field({ type: 'LocalDate', description: '生效日期 — applies to inspections from this day', resolve: (r) => r.effectiveFrom as LocalDate }),
    itemsJson: t.string({ description: '评分项（JSON） — items with weights and rules, as JSON', resolve: (r) => JSON.stringify(templateFromRow(r).items) }),
  }),
});

builder.prismaObject('SupervisionNotice', {
  description: '监察建议书 — issued to a unit graded 不合格 for a quarter, with the day its answer is due',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    noticeNo: t.exposeString('noticeNo', { description: '文书编号 — notice number' }),
    unit: t.field({ type: OrgUnitStub, description: '单位 — the unit graded 不合格', resolve: (n) => ({ id: n.unitId }) }),
    unitPath: t.exposeString('unitPath', { description: '单位路径 — its path' }),
    year: t.exposeInt('year', { description: '年度 — year' }),
    quarter: t.exposeInt('quarter', { description: '季度 — quarter' }),
    average: t.exposeFloat('average', { description: '平均得分 — the quarter’s average score' }),
    inspections: t.exposeInt('inspections', { description: '检查次数 — inspections it rests on' }),
    issuedOn: t.field({ type: 'LocalDate', description: '发出日期 — issued on', resolve: (n) => n.issuedOn as LocalDate }),
    dueOn: t.field({ type: 'LocalDate', description: '答复期限 — the unit answers with its rectification by this day', resolve: (n) => n.dueOn as LocalDate }),
  }),
});
