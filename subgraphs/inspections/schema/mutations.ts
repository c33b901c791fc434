// Writes: record an inspection (or import a batch from another system), the steps of a
// rectification, self-check reports, plans, template versions, and a quarter's grades. Every
// write is one transaction, accepts an idempotency key, and answers broken rules as userErrors.
import { z } from 'zod';
import { toLocalDate } from '../../shared/calendar';
import { assertMayWrite } from '../inspection-access';
import { userError } from '../../shared/errors';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { readableInspectionsWhere, readableRectificationsWhere } from '../inspection-access';
import type { InspectionInput } from '../inspection-input';
import { dateOrNull, REPORTED_TODAY_ERROR } from '../inspection-input';
import { createInspectionPlan, publishScoringTemplate, type WriteOutcome } from '../plans-and-templates';
import { issueQuarterlyGrades, type IssueOutcome, type UnitGrade } from '../quarterly-grades';
import { recordInspections, type RecordOutcome } from '../record-inspections';
import { takeRectificationStep, type StepCommand, type StepOutcome } from '../rectification-steps';
import { writeTransaction } from '../../shared/write-transaction';
import { Refused } from '../../shared/write-retry';
import { OrgUnitStub, UserErrorRef } from './entities';
import { InspectionGradeEnum, InspectionKindEnum } from './enums';

const InspectionPayloadRef = builder.objectRef<RecordOutcome>('InspectionPayload').implement({
  description: '检查登记结果 — the inspection as written, or the rules the input broke (then nothing was written)',
  fields: (t) => ({
    inspection: t.prismaField({
      type: 'Inspection',
      nullable: true,
      description: '检查 — the inspection; null when refused',
      resolve: (query, o, _a, ctx) =>
        o.inspectionIds[0] ? ctx.db.inspection.findFirst({ ...query, where: { AND: [{ id: o.inspectionIds[0] }, readableInspectionsWhere(ctx.viewer)] } }) : null,
    }),
    findings: t.exposeInt('findings', { description: '发现问题数 — findings recorded (each opened a rectification)' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ImportInspectionsPayloadRef = builder.objectRef<RecordOutcome>('ImportInspectionsPayload').implement({
  description: '批量导入结果 — what the batch wrote; a refused batch wrote nothing and names the inspection at fault',
  fields: (t) => ({
    created: t.int({ description: '新建检查数 — inspections created', resolve: (o) => o.inspectionIds.length }),
    findings: t.exposeInt('findings', { description: '发现问题数 — findings recorded' }),
    rectifications: t.exposeInt('rectifications', { description: '整改数 — rectifications opened' }),
    inspectionIds: t.exposeIDList('inspectionIds', { description: '检查 — ids of the inspections created, in batch order' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — field is batch.<index>.<field>; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const RectificationPayloadRef = builder.objectRef<StepOutcome>('RectificationPayload').implement({
  description: '整改操作结果 — the rectification after the step, or the rules the input broke',
  fields: (t) => ({
    rectification: t.prismaField({
      type: 'Rectification',
      nullable: true,
      description: '整改 — after the step; null when refused',
      resolve: (query, o, _a, ctx) =>
        o.rectificationId ? ctx.db.rectification.findFirst({ ...query, where: { AND: [{ id: o.rectificationId }, readableRectificationsWhere(ctx.viewer)] } }) : null,
    }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const PlanPayloadRef = builder.objectRef<WriteOutcome>('InspectionPlanPayload').implement({
  description: '督查计划结果 — the plan, or the rules the input broke',
  fields: (t) => ({
    plan: t.prismaField({ type: 'InspectionPlan', nullable: true, description: '计划 — null when refused', resolve: (query, o, _a, ctx) => (o.id ? ctx.db.inspectionPlan.findUnique({ ...query, where: { id: o.id } }) : null) }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const TemplatePayloadRef = builder.objectRef<WriteOutcome>('ScoringTemplatePayload').implement({
  description: '评分模板结果 — the new version, or the rules it broke',
  fields: (t) => ({
    template: t.prismaField({ type: 'ScoringTemplate', nullable: true, description: '模板 — null when refused', resolve: (query, o, _a, ctx) => (o.id ? ctx.db.scoringTemplate.findUnique({ ...query, where: { id: o.id } }) : null) }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const UnitGradeRef = builder.objectRef<UnitGrade>('UnitQuarterlyGrade').implement({
  description: '季度等次 — one unit’s grade for the quarter',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitStub, description: '单位 — the unit', resolve: (g) => ({ id: g.unitId }) }),
    unitPath: t.exposeString('unitPath', { description: '单位路径 — its path' }),
    count: t.exposeInt('count', { description: '检查次数 — scored inspections it rests on' }),
    average: t.exposeFloat('average', { nullable: true, description: '平均得分 — one decimal' }),
    grade: t.field({ type: InspectionGradeEnum, nullable: true, description: '等次 — grade', resolve: (g) => g.grade }),
    noticeId: t.exposeID('noticeId', { nullable: true, description: '监察建议书 — the notice of a 不合格 unit' }),
  }),
});

const GradesPayloadRef = builder.objectRef<IssueOutcome>('QuarterlyGradesPayload').implement({
  description: '季度等次评定结果 — every graded unit, and the 监察建议书 issued',
  fields: (t) => ({
    grades: t.field({ type: [UnitGradeRef], description: '等次 — units with scored inspections of their own in the quarter', resolve: (o) => o.grades }),
    noticesIssued: t.exposeInt('noticesIssued', { description: '新发监察建议书 — notices issued now (a unit keeps one it already has)' }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (o) => o.userErrors }),
  }),
});

const ItemResultInput = builder.inputType('InspectionItemResultInput', {
  description: '评分项结果 — what was observed for one item: set exactly the field its rule takes',
  fields: (t) => ({
    code: t.string({ required: true, description: '评分项代码 — item code' }),
    met: t.boolean({ required: false, description: '是否达标 — BOOLEAN items' }),
    value: t.float({ required: false, description: '实测数值 — MIN_NUMBER items (e.g. 公开栏面积 in m²)' }),
    option: t.string({ required: false, description: '所选选项 — CHOICE items (option code)' }),
    present: t.stringList({ required: false, description: '具备的清单项 — CHECKLIST items (fact codes found)' }),
  }),
});

const FindingInput = builder.inputType('InspectionFindingInput', {
  description: '问题与佐证 — evidence for a failed item (itemCode), or an observation outside the template',
  fields: (t) => ({
    itemCode: t.string({ required: false, description: '评分项代码 — the failed item this evidence belongs to' }),
    description: t.string({ required: false, description: '问题描述 — required for an observation outside the template', validate: z.string().max(2000) }),
    evidenceNote: t.string({ required: false, description: '佐证说明 — evidence note', validate: z.string().max(2000) }),
    photos: t.stringList({ required: false, description: '照片 — file references (uploaded to the document store)' }),
  }),
});

const RecordInspectionInput = builder.inputType('RecordInspectionInput', {
  description: '登记检查 — one visit or self-check; the score is computed from the item results',
  fields: (t) => ({
    kind: t.field({ type: InspectionKindEnum, required: true, description: '检查方式 — kind' }),
    date: t.field({ type: 'LocalDate', required: true, description: '检查日期 — day of the visit' }),
    planId: t.id({ required: false, description: '督查计划 — the plan it carries out' }),
    inspectingUnitId: t.id({ required: false, description: '检查单位 — the inspecting office (a self-check: the unit itself, the default)' }),
    unitId: t.id({ required: false, description: '被检查单位 — the inspected unit (default: the department’s unit)' }),
    departmentId: t.id({ required: false, description: '被检查部门 — a department’s window, when that is what was inspected' }),
    inspectors: t.stringList({ required: true, description: '检查人员 — inspectors’ names' }),
    templateCode: t.string({ required: false, description: '评分模板 — template code (default BOARD_AND_WINDOW; the version in effect on the day is used)' }),
    results: t.field({ type: [ItemResultInput], required: true, description: '评分项结果 — one per template item' }),
    findings: t.field({ type: [FindingInput], required: false, description: '问题与佐证 — evidence and further observations' }),
    rectificationDays: t.int({ required: false, description: '整改期限 — working days for each finding (default configured, 20)' }),
    ownerPerson: t.string({ required: false, description: '整改责任人 — named owner of the rectifications' }),
    selfCheckWindow: t.string({ required: false, description: '自查批次 — self-checks: H1 (end of June) or H2 (end of November)' }),
    reportedOn: t.field({ type: 'LocalDate', required: false, description: '总结报送日期 — self-checks: the day the report was sent' }),
    note: t.string({ required: false, description: '备注 — note', validate: z.string().max(4000) }),
    externalRef: t.string({ required: false, description: '来源编号 — the feeding system’s reference (unique)' }),
  }),
});

type RecordInput = typeof RecordInspectionInput.$inferInput;
const toInspectionInput = (i: RecordInput): InspectionInput => ({ ...i, inspectors: i.inspectors ?? [], results: i.results ?? [] }) as InspectionInput;

builder.mutationFields((t) => {
  interface StepFields {
    /** The note is required (progress, 督办). */
    noteRequired?: boolean;
    reason?: boolean;
    evidence?: boolean;
    workingDays?: boolean;
  }
  function step(name: string, description: string, inputName: string, fields: StepFields, type: StepCommand['type']) {
    const Input = builder.inputType(inputName, {
      description,
      fields: (f) => ({
        rectificationId: f.id({ required: true, description: '整改 — rectification id' }),
        on: f.field({ type: 'LocalDate', required: false, description: '日期 — day of the step: today; an earlier day from other systems only' }),
        note: f.string({ required: fields.noteRequired === true, description: '说明 — note', validate: z.string().max(4000) }),
        ...(fields.reason ? { reason: f.string({ required: true, description: '理由 — why verification failed', validate: z.string().max(4000) }) } : {}),
        ...(fields.evidence ? { evidence: f.stringList({ required: true, description: '佐证材料 — file references of the evidence' }) } : {}),
        ...(fields.workingDays ? { workingDays: f.int({ required: false, description: '重新整改期限 — working days granted again (default configured, 10)' }) } : {}),
      }),
    });
    return t.field({
      type: RectificationPayloadRef,
      description,
      args: {
        input: t.arg({ type: Input, required: true, description: '输入 — input' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => {
        const input = args.input as { rectificationId: string; on?: string | null; note?: string | null; reason?: string; evidence?: string[]; workingDays?: number | null };
        const today = toLocalDate(ctx.services.now());
        // People's steps are dated the day they are taken: a chosen date would let an owner
        // backdate a late submission. Other systems bring the dates of their own records.
        if (input.on && ctx.viewer.role !== 'system' && input.on !== today) {
          return { rectificationId: null, userErrors: [userError('input.on', 'DATED_BY_SYSTEMS_ONLY', '只有对接系统可以补录以往日期', 'only other systems may record a step on an earlier day')] };
        }
        const on = input.on ? dateOrNull(input.on) : today;
        if (!on) return { rectificationId: null, userErrors: [userError('input.on', 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD')] };
        const data = {
          PROGRESS_REPORTED: { note: input.note ?? '' },
          SUBMITTED: { evidence: input.evidence ?? [], note: input.note ?? '' },
          VERIFIED: { note: input.note ?? '' },
          REJECTED: { reason: input.reason ?? '', workingDays: input.workingDays ?? undefined },
          ESCALATED: { note: input.note ?? '' },
        }[type];
        return takeRectificationStep(ctx, input.rectificationId, { type, on, data } as StepCommand, { operation: name, input, idempotencyKey: args.idempotencyKey });
      },
    });
  }

  return {
    recordInspection: t.field({
      type: InspectionPayloadRef,
      description: '登记检查 — record a visit or self-check: scored from the item results; every failed item becomes a finding with a rectification',
      args: {
        input: t.arg({ type: RecordInspectionInput, required: true, description: '输入 — input' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => {
        assertMayWrite(ctx.viewer);
        return recordInspections(ctx, [toInspectionInput(args.input)], {
          operation: 'recordInspection',
          input: args.input,
          idempotencyKey: args.idempotencyKey,
          fieldPrefix: () => 'input.',
          imported: false,
        });
      },
    }),
    importInspections: t.field({
      type: ImportInspectionsPayloadRef,
      description: '批量导入检查 — inspections from another system (e.g. a provincial supervision platform), atomically; for systems (API keys) only',
      args: {
        batch: t.arg({ type: [RecordInspectionInput], required: true, description: '检查 — up to 500 inspections', validate: z.array(z.unknown()).min(1).max(500) }),
        idempotencyKey: t.arg.string({ required: true, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => {
        assertMayWrite(ctx.viewer);
        return recordInspections(ctx, args.batch.map(toInspectionInput), {
          operation: 'importInspections',
          input: args.batch,
          idempotencyKey: args.idempotencyKey,
          fieldPrefix: (i) => `batch.${i}.`,
          imported: true,
        });
      },
    }),
    recordSelfCheckReport: t.field({
      type: InspectionPayloadRef,
      description: '报送自查总结 — record the day a self-check’s report (工作总结) was sent',
      args: {
        inspectionId: t.arg.id({ required: true, description: '自查 — the self-check' }),
        reportedOn: t.arg({ type: 'LocalDate', required: true, description: '报送日期 — day sent: today; an earlier day from other systems only' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => {
        assertMayWrite(ctx.viewer);
        const refused = (userErrors: RecordOutcome['userErrors']): RecordOutcome => ({ inspectionIds: [], findings: 0, rectifications: 0, userErrors });
        return writeTransaction(
          ctx,
          { operation: 'recordSelfCheckReport', input: { inspectionId: args.inspectionId, reportedOn: args.reportedOn }, idempotencyKey: args.idempotencyKey },
          async (tx) => {
            const row = await tx.inspection.findFirst({ where: { AND: [{ id: args.inspectionId }, readableInspectionsWhere(ctx.viewer)] } });
            if (!row || row.kind !== 'SELF_CHECK') throw new Refused([userError('inspectionId', 'NOT_FOUND', '自查记录不存在或不在您的范围内', 'no such self-check in your scope')]);
            const today = toLocalDate(ctx.services.now());
            if (!(ctx.viewer.role === 'system' || (ctx.viewer.role === 'operator' && ctx.viewer.departmentId === null && ctx.viewer.scopePath === row.unitPath))) {
              throw new Refused([userError('inspectionId', 'UNIT_ONLY', '只有本单位可以报送自查总结', 'only the unit itself sends its report')]);
            }
            if (args.reportedOn > today) throw new Refused([userError('reportedOn', 'DATE_IN_FUTURE', '报送日期不能晚于今天', 'the report day cannot be in the future')]);
            if (ctx.viewer.role !== 'system' && args.reportedOn !== today) throw new Refused([REPORTED_TODAY_ERROR]);
            if (args.reportedOn < row.date) throw new Refused([userError('reportedOn', 'REPORT_BEFORE_CHECK', '总结报送日期不能早于自查日期', 'the report cannot precede the self-check')]);
            await tx.inspection.update({ where: { id: row.id }, data: { reportedOn: args.reportedOn } });
            return { inspectionIds: [row.id], findings: 0, rectifications: 0, userErrors: [] };
          },
          refused,
        );
      },
    }),
    reportRectificationProgress: step('reportRectificationProgress', '报告整改进展 — the owner reports progress', 'ReportRectificationProgressInput', { noteRequired: true }, 'PROGRESS_REPORTED'),
    submitRectification: step('submitRectification', '提交整改 — the owner submits the rectification with evidence for verification', 'SubmitRectificationInput', { evidence: true }, 'SUBMITTED'),
    verifyRectification: step('verifyRectification', '验收销号 — the inspecting office verifies and closes it', 'VerifyRectificationInput', {}, 'VERIFIED'),
    rejectRectification: step('rejectRectification', '验收不通过 — verification failed: reopened with a new deadline', 'RejectRectificationInput', { reason: true, workingDays: true }, 'REJECTED'),
    escalateRectification: step('escalateRectification', '督办 — the inspecting office escalates an overdue rectification', 'EscalateRectificationInput', { noteRequired: true }, 'ESCALATED'),
    createInspectionPlan: t.field({
      type: PlanPayloadRef,
      description: '制定督查计划 — plan visits of one kind to a list of units',
      args: {
        input: t.arg({
          type: builder.inputType('CreateInspectionPlanInput', {
            description: '督查计划 — plan',
            fields: (f) => ({
              title: f.string({ required: true, description: '名称 — title', validate: z.string().max(200) }),
              kind: f.field({ type: InspectionKindEnum, required: true, description: '检查方式 — kind (not a self-check)' }),
              inspectingUnitId: f.id({ required: true, description: '检查单位 — inspecting office' }),
              startsOn: f.field({ type: 'LocalDate', required: true, description: '开始 — first day' }),
              endsOn: f.field({ type: 'LocalDate', required: true, description: '结束 — last day (same year)' }),
              targets: f.field({
                type: [
                  builder.inputType('InspectionPlanTargetInput', {
                    description: '检查对象 — a unit, or a department’s window at it',
                    fields: (g) => ({
                      unitId: g.id({ required: true, description: '单位 — org unit' }),
                      departmentId: g.id({ required: false, description: '部门 — a department of that unit' }),
                    }),
                  }),
                ],
                required: true,
                description: '检查对象 — units to visit',
              }),
              note: f.string({ required: false, description: '说明 — note', validate: z.string().max(4000) }),
            }),
          }),
          required: true,
          description: '输入 — input',
        }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => createInspectionPlan(ctx, args.input, args.idempotencyKey),
    }),
    publishScoringTemplate: t.field({
      type: TemplatePayloadRef,
      description: '发布评分模板版本 — the next version of a template; past inspections keep theirs',
      args: {
        input: t.arg({
          type: builder.inputType('PublishScoringTemplateInput', {
            description: '评分模板 — template version',
            fields: (f) => ({
              code: f.string({ required: true, description: '模板代码 — code', validate: z.string().regex(/^[A-Z][A-Z0-9_]{1,63}$/) }),
              name: f.string({ required: true, description: '名称 — name in Chinese', validate: z.string().max(200) }),
              nameEn: f.string({ required: true, description: '名称（英文） — name in English', validate: z.string().max(200) }),
              effectiveFrom: f.field({ type: 'LocalDate', required: true, description: '生效日期 — applies to inspections from this day' }),
              itemsJson: f.string({ required: true, description: '评分项 — TemplateItem[] as JSON: code, label {zh, en}, weight, rule {kind: BOOLEAN | MIN_NUMBER | CHOICE | CHECKLIST, …}', validate: z.string().max(100_000) }),
            }),
          }),
          required: true,
          description: '输入 — input',
        }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => publishScoringTemplate(ctx, args.input, args.idempotencyKey),
    }),
    issueQuarterlyGrades: t.field({
      type: GradesPayloadRef,
      description: '评定季度等次 — grade every unit in your scope for an ended quarter and issue 监察建议书 to those graded 不合格 (safe to repeat)',
      args: {
        year: t.arg.int({ required: true, description: '年度 — year' }),
        quarter: t.arg.int({ required: true, description: '季度 — 1–4' }),
        idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
      },
      resolve: (_root, args, ctx) => issueQuarterlyGrades(ctx, args),
    }),
  };
});
