// The statutory annual report (政府信息公开工作年度报告) as GraphQL data, with its printable HTML and
// XLSX exports, and the writes: narrative sections and publication.
import { toLocalDate } from '../../shared/calendar';
import { badInput, type UserError } from '../../shared/errors';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../../shared/value-types';
import { builder } from '../builder';
import { annualReport, publishReport, resolveReportSubject, saveNarrative, type ReportSubjectInput } from '../annual-reports';
import { TABLE_THREE_COLUMNS, type AnnualReport, type CheckColumn, type DocumentCounts, type RemedyRow, type TableThreeRow } from '../domain/annual-report';
import { renderReportHtml } from '../domain/report-html';
import { APPLICANT_TYPE_LABELS, REMEDY_KIND_LABELS } from '../domain/request-terms';
import { renderReportXlsx } from '../report-xlsx';
import { UserErrorRef } from './entities';
import { RemedyKindEnum } from './enums';

const COLUMN_LABELS: Record<string, string> = { ...Object.fromEntries(Object.entries(APPLICANT_TYPE_LABELS).map(([k, v]) => [k, v.zh])), TOTAL: '总计' };

const DocumentCountsRef = builder.objectRef<DocumentCounts>('AnnualReportDocumentCounts').implement({
  description: '文件数量 — 本年制发, 本年废止, 现行有效',
  fields: (t) => ({
    issued: t.exposeInt('issued', { description: '本年制发件数 — issued this year' }),
    repealed: t.exposeInt('repealed', { description: '本年废止件数 — repealed this year' }),
    inForce: t.exposeInt('inForce', { description: '现行有效件数 — in force at the year’s end' }),
  }),
});

const TableTwoRef = builder.objectRef<AnnualReport['proactive']>('AnnualReportTableTwo').implement({
  description: '表二 主动公开政府信息情况',
  fields: (t) => ({
    regulations: t.field({ type: DocumentCountsRef, description: '规章 — regulations', resolve: (p) => p.regulations }),
    normativeDocuments: t.field({ type: DocumentCountsRef, description: '行政规范性文件 — normative documents', resolve: (p) => p.normativeDocuments }),
    licensingDecisions: t.int({ description: '行政许可 本年处理决定数量', resolve: (p) => p.licensing }),
    penaltyDecisions: t.int({ description: '行政处罚 本年处理决定数量', resolve: (p) => p.penalties }),
    enforcementDecisions: t.int({ description: '行政强制 本年处理决定数量', resolve: (p) => p.enforcement }),
    feesWan: t.exposeFloat('feesWan', { description: '行政事业性收费 本年收费金额（万元）' }),
  }),
});

const TableThreeRowRef = builder.objectRef<TableThreeRow>('AnnualReportTableThreeRow').implement({
  description: '表三 一行 — one row of table 三 with a value per column (自然人, the five kinds of 法人或其他组织, 总计); heading rows have no cells',
  fields: (t) => ({
    code: t.exposeString('code', { description: '行代码 — RECEIVED, CARRIED_OVER, a DisclosureOutcome, GROUP:<group>, RESULTS_TOTAL, CARRIED_FORWARD, RESULTS' }),
    number: t.exposeString('number', { description: '序号 — as printed (一, （三）, 4 …)' }),
    label: t.string({ description: '名称 — row in Chinese', resolve: (r) => r.label.zh }),
    labelEn: t.string({ description: '名称（英文） — row in English', resolve: (r) => r.label.en }),
    depth: t.exposeInt('depth', { description: '层级 — 0, 1 or 2 (indentation)' }),
    cells: t.exposeIntList('cells', { description: '数值 — one per column (see AnnualReport.columns); empty for heading rows' }),
  }),
});

const TableFourRowRef = builder.objectRef<RemedyRow>('AnnualReportTableFourRow').implement({
  description: '表四 一块 — 维持, 纠正, 其他结果, 尚未审结, 总计 of reviews, direct suits or suits after review',
  fields: (t) => ({
    kind: t.field({ type: RemedyKindEnum, description: '类型 — kind', resolve: (r) => r.kind }),
    label: t.string({ description: '名称 — in Chinese', resolve: (r) => REMEDY_KIND_LABELS[r.kind].zh }),
    cells: t.exposeIntList('cells', { description: '数值 — 结果维持, 结果纠正, 其他结果, 尚未审结, 总计' }),
  }),
});

const CheckColumnRef = builder.objectRef<CheckColumn>('AnnualReportCheckColumn').implement({
  description: '不平衡的列 — a column where 一 + 二 ≠ 三（七）+ 四',
  fields: (t) => ({
    column: t.exposeString('column', { description: '列 — applicant type or TOTAL' }),
    label: t.string({ description: '列名 — in Chinese', resolve: (c) => COLUMN_LABELS[c.column] ?? c.column }),
    left: t.exposeInt('left', { description: '一 + 二' }),
    right: t.exposeInt('right', { description: '三（七）+ 四' }),
    difference: t.exposeInt('difference', { description: '差额 — left − right' }),
  }),
});

const CheckRef = builder.objectRef<AnnualReport['check']>('AnnualReportCheck').implement({
  description: '勾稽关系 — 一 + 二 = 三（七）+ 四 in every column of table 三',
  fields: (t) => ({
    passed: t.exposeBoolean('passed', { description: '是否通过 — every column balances' }),
    difference: t.exposeInt('difference', { description: '差额 — in the total column (left − right)' }),
    failing: t.field({ type: [CheckColumnRef], description: '不平衡的列 — columns that do not balance', resolve: (c) => c.failing }),
  }),
});

const ExportRef = builder.objectRef<{ filename: string; contentType: string; base64: string }>('AnnualReportFile').implement({
  description: '导出文件 — a file, base64-encoded',
  fields: (t) => ({
    filename: t.exposeString('filename', { description: '文件名 — file name' }),
    contentType: t.exposeString('contentType', { description: '类型 — MIME type' }),
    base64: t.exposeString('base64', { description: '内容 — base64' }),
  }),
});

const LangEnum = builder.enumType('AnnualReportLanguage', {
  description: '语言 — language of an export',
  values: { ZH: { description: '中文' }, EN: { description: 'English' } },
});

const fileStem = (r: AnnualReport) => `${r.subject.name}${r.year}年政府信息公开工作年度报告${r.includesSubordinates ? '（汇总）' : ''}`;

export const AnnualReportRef = builder.objectRef<AnnualReport>('DisclosureAnnualReport').implement({
  description: '政府信息公开工作年度报告 — the national format (国办公开办函〔2021〕30号): tables 二, 三 and 四 computed from the records (frozen once published), the 勾稽 check, and the office’s narrative',
  fields: (t) => ({
    subjectKind: t.string({ description: '主体类型 — ORG_UNIT or DEPARTMENT', resolve: (r) => r.subject.kind }),
    subjectId: t.id({ description: '主体 — org unit or department id', resolve: (r) => r.subject.id }),
    subjectName: t.string({ description: '主体名称 — name', resolve: (r) => r.subject.name }),
    year: t.exposeInt('year', { description: '年度 — year' }),
    includesSubordinates: t.exposeBoolean('includesSubordinates', { description: '含下级汇总 — figures include the units below and their departments' }),
    dueOn: t.field({ type: 'LocalDate', description: '发布期限 — 1月31日 for departments, 3月31日 for county governments (第四十九条)', resolve: (r) => r.dueOn as never }),
    publishedOn: t.field({ type: 'LocalDate', nullable: true, description: '发布日期 — null until published', resolve: (r) => r.publishedOn as never }),
    late: t.exposeBoolean('late', { description: '逾期 — published after the due date, or still unpublished with it passed' }),
    frozen: t.exposeBoolean('frozen', { description: '已定稿 — the published figures (they no longer follow the records)' }),
    columns: t.stringList({ description: '表三列 — column codes of table 三', resolve: () => [...TABLE_THREE_COLUMNS] }),
    columnLabels: t.stringList({ description: '表三列名 — in Chinese', resolve: () => TABLE_THREE_COLUMNS.map((c) => COLUMN_LABELS[c]!) }),
    tableTwo: t.field({ type: TableTwoRef, description: '表二 主动公开', resolve: (r) => r.proactive }),
    tableThree: t.field({ type: [TableThreeRowRef], description: '表三 收到和处理政府信息公开申请情况 — every row in order', resolve: (r) => r.tableThree }),
    tableFour: t.field({ type: [TableFourRowRef], description: '表四 行政复议、行政诉讼情况', resolve: (r) => r.tableFour }),
    check: t.field({ type: CheckRef, description: '勾稽关系 — balance check of table 三', resolve: (r) => r.check }),
    overview: t.string({ description: '一、总体情况 — text the office writes', resolve: (r) => r.narrative.overview }),
    problems: t.string({ description: '五、存在的主要问题及改进情况', resolve: (r) => r.narrative.problems }),
    other: t.string({ description: '六、其他需要报告的事项', resolve: (r) => r.narrative.other }),
    html: t.string({
      description: '可打印网页 — the report as a standalone printable HTML document',
      args: { lang: t.arg({ type: LangEnum, required: false, description: '语言 — default ZH' }) },
      resolve: (r, args, ctx) => renderReportHtml(r, { lang: args.lang === 'EN' ? 'en' : 'zh', generatedOn: toLocalDate(ctx.services.now()) }),
    }),
    xlsx: t.field({
      type: ExportRef,
      description: 'Excel 文件 — the tables as an XLSX workbook',
      args: { lang: t.arg({ type: LangEnum, required: false, description: '语言 — default ZH' }) },
      resolve: async (r, args) => ({
        filename: `${fileStem(r)}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: (await renderReportXlsx(r, { lang: args.lang === 'EN' ? 'en' : 'zh' })).toString('base64'),
      }),
    }),
  }),
});

const ReportSubjectInputRef = builder.inputType('AnnualReportSubjectInput', {
  description: '报告主体 — a government (org unit) or a department, and the year',
  fields: (t) => ({
    orgUnitId: t.id({ required: false, description: '单位 — a government (county, township); villages publish none' }),
    departmentId: t.id({ required: false, description: '部门 — a department' }),
    year: t.int({ required: true, description: '年度 — year' }),
    includeSubordinates: t.boolean({ required: false, description: '含下级汇总 — units only: include the units below and all their departments (default false: the government itself)' }),
  }),
});

const ReportPayloadRef = builder.objectRef<{ report: AnnualReport | null; userErrors: { field: string; rule: string; message: string; messageEn: string }[] }>('AnnualReportPayload').implement({
  description: '年度报告操作结果 — the report after the write, or the rules the input broke',
  fields: (t) => ({
    report: t.field({ type: AnnualReportRef, nullable: true, description: '报告 — null when refused', resolve: (p) => p.report }),
    userErrors: t.field({ type: [UserErrorRef], description: '输入错误 — broken rules; empty on success', resolve: (p) => p.userErrors }),
  }),
});

/** A subject's refusals, named under the `subject` argument. */
const underSubject = (errors: UserError[]) => errors.map((e) => ({ ...e, field: `subject.${e.field}` }));

builder.queryFields((t) => ({
  disclosureAnnualReport: t.field({
    type: AnnualReportRef,
    description: '政府信息公开工作年度报告 — the report of a government or department for a year (live figures until published)',
    args: { subject: t.arg({ type: ReportSubjectInputRef, required: true, description: '报告主体 — whose report' }) },
    resolve: async (_root, args, ctx) => {
      const resolved = await resolveReportSubject(ctx, args.subject as ReportSubjectInput);
      if (!resolved.ok) throw badInput(underSubject(resolved.errors)[0]!);
      return annualReport(ctx, resolved.subject);
    },
  }),
}));

builder.mutationFields((t) => ({
  saveAnnualReportNarrative: t.field({
    type: ReportPayloadRef,
    description: '编辑年度报告文字部分 — sections 一、五、六 of a report not yet published (omitted sections stay as they are)',
    args: {
      subject: t.arg({ type: ReportSubjectInputRef, required: true, description: '报告主体 — whose report' }),
      overview: t.arg.string({ required: false, description: '一、总体情况' }),
      problems: t.arg.string({ required: false, description: '五、存在的主要问题及改进情况' }),
      other: t.arg.string({ required: false, description: '六、其他需要报告的事项' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const resolved = await resolveReportSubject(ctx, args.subject as ReportSubjectInput);
      if (!resolved.ok) return { report: null, userErrors: underSubject(resolved.errors) };
      const outcome = await saveNarrative(ctx, resolved.subject, { overview: args.overview ?? undefined, problems: args.problems ?? undefined, other: args.other ?? undefined }, {
        operation: 'saveAnnualReportNarrative',
        input: args,
        idempotencyKey: args.idempotencyKey,
      });
      return { report: outcome.ok ? await annualReport(ctx, resolved.subject) : null, userErrors: outcome.userErrors };
    },
  }),
  publishAnnualReport: t.field({
    type: ReportPayloadRef,
    description: '发布年度报告 — freezes its figures as of today; next year’s 上年结转 then comes from it',
    args: {
      subject: t.arg({ type: ReportSubjectInputRef, required: true, description: '报告主体 — whose report' }),
      publishedOn: t.arg({ type: 'LocalDate', required: true, description: '发布日期 — the day it was published' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, args, ctx) => {
      const resolved = await resolveReportSubject(ctx, args.subject as ReportSubjectInput);
      if (!resolved.ok) return { report: null, userErrors: underSubject(resolved.errors) };
      const outcome = await publishReport(ctx, resolved.subject, String(args.publishedOn), { operation: 'publishAnnualReport', input: args, idempotencyKey: args.idempotencyKey });
      return { report: outcome.ok ? await annualReport(ctx, resolved.subject) : null, userErrors: outcome.userErrors };
    },
  }),
}));
