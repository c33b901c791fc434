// 政府信息公开工作年度报告 (条例 第四十九条, 第五十条) in the national format (国办公开办函〔2021〕30号):
// the computed tables 二, 三 and 四, the 勾稽 check of table 三, the narrative sections the office
// writes, and the publication due date. Pure: the counts come from stats (report-query.ts).
import { OUTCOME_GROUP_LABELS, OUTCOME_GROUP_NUMBERS, OUTCOME_GROUPS, OUTCOME_TERMS, OUTCOMES, APPLICANT_TYPES, REMEDY_KINDS, REMEDY_RESULTS, type ApplicantType, type Outcome, type RemedyKind, type RemedyResult } from './request-terms';

/** One count per applicant column of table 三. */
export type ColumnCounts = Readonly<Record<ApplicantType, number>>;
export const zeroColumns = (): Record<ApplicantType, number> => Object.fromEntries(APPLICANT_TYPES.map((t) => [t, 0])) as Record<ApplicantType, number>;

export interface DocumentCounts {
  /** 本年制发. */
  issued: number;
  /** 本年废止. */
  repealed: number;
  /** 现行有效 at the end of the year. */
  inForce: number;
}

export interface ProactiveCounts {
  regulations: DocumentCounts;
  normativeDocuments: DocumentCounts;
  /** 本年处理决定数量. */
  licensing: number;
  penalties: number;
  enforcement: number;
  /** 本年收费金额, 万元 (from whole yuan, so exact to four decimals). */
  feesWan: number;
}

export interface RequestCounts {
  /** 一、本年新收政府信息公开申请数量. */
  received: ColumnCounts;
  /** 二、上年结转政府信息公开申请数量. */
  carriedOver: ColumnCounts;
  /** 三、本年度办理结果, one per report row. */
  outcomes: Readonly<Record<Outcome, ColumnCounts>>;
  /** 四、结转下年度继续办理. */
  carriedForward: ColumnCounts;
}

export type RemedyCounts = Readonly<Record<RemedyKind, Readonly<Record<RemedyResult, number>>>>;

export interface ReportCounts {
  proactive: ProactiveCounts;
  requests: RequestCounts;
  remedies: RemedyCounts;
}

/** The seven columns of table 三: the six applicant types, then 总计. */
export const TABLE_THREE_COLUMNS = [...APPLICANT_TYPES, 'TOTAL'] as const;
export type TableThreeColumn = (typeof TABLE_THREE_COLUMNS)[number];

export interface TableThreeRow {
  /** Stable code: RECEIVED, CARRIED_OVER, RESULTS (heading), an Outcome, `GROUP:<group>` (the heading of (三) … (六)), RESULTS_TOTAL, CARRIED_FORWARD. */
  code: string;
  /** The row's number as printed: 一, 二, 三, （一）…（七）, 1 … 8, 四. */
  number: string;
  label: { zh: string; en: string };
  /** Nesting for printing: 0 for 一/二/三/四, 1 for （一）…（七）, 2 for numbered reasons. */
  depth: 0 | 1 | 2;
  /** One value per TABLE_THREE_COLUMNS entry (total last); empty for heading rows (三, and （三）…（六) above their numbered reasons), as printed. */
  cells: number[];
}

export interface CheckColumn {
  column: TableThreeColumn;
  /** 一 + 二. */
  left: number;
  /** 三（七）+ 四. */
  right: number;
  difference: number;
}

export interface BalanceCheck {
  passed: boolean;
  /** (一 + 二) − (三（七）+ 四) in the total column. */
  difference: number;
  /** Every column that does not balance. */
  failing: CheckColumn[];
}

export interface RemedyRow {
  kind: RemedyKind;
  /** 维持, 纠正, 其他结果, 尚未审结, 总计. */
  cells: number[];
}

export type ReportSubjectKind = 'ORG_UNIT' | 'DEPARTMENT';

export interface NarrativeSections {
  /** 一、总体情况. */
  overview: string;
  /** 五、存在的主要问题及改进情况. */
  problems: string;
  /** 六、其他需要报告的事项. */
  other: string;
}

export interface AnnualReport {
  subject: { kind: ReportSubjectKind; id: string; name: string; tier: string | null };
  year: number;
  /** Whether the figures include the subject's subordinate units and their departments (全县汇总). */
  includesSubordinates: boolean;
  /** 第四十九条: departments by 1月31日, county (and higher) governments by 3月31日. */
  dueOn: string;
  publishedOn: string | null;
  /** Published after the due date, or still unpublished with the due date passed. */
  late: boolean;
  /** Whether the figures are the frozen ones of the published report. */
  frozen: boolean;
  proactive: ProactiveCounts;
  tableThree: TableThreeRow[];
  tableFour: RemedyRow[];
  check: BalanceCheck;
  narrative: NarrativeSections;
}

const withTotal = (c: ColumnCounts): number[] => {
  const cells = APPLICANT_TYPES.map((t) => c[t]);
  return [...cells, cells.reduce((a, b) => a + b, 0)];
};
const addColumns = (a: ColumnCounts, b: ColumnCounts): ColumnCounts => Object.fromEntries(APPLICANT_TYPES.map((t) => [t, a[t] + b[t]])) as ColumnCounts;
const sumColumns = (cs: readonly ColumnCounts[]) => cs.reduce<ColumnCounts>(addColumns, zeroColumns());

/** Table 三, every row in the report's order with its cells. */
export function tableThreeRows(requests: RequestCounts): TableThreeRow[] {
  const rows: TableThreeRow[] = [
    { code: 'RECEIVED', number: '一', label: { zh: '本年新收政府信息公开申请数量', en: 'new requests this year' }, depth: 0, cells: withTotal(requests.received) },
    { code: 'CARRIED_OVER', number: '二', label: { zh: '上年结转政府信息公开申请数量', en: 'carried over from last year' }, depth: 0, cells: withTotal(requests.carriedOver) },
    { code: 'RESULTS', number: '三', label: { zh: '本年度办理结果', en: 'results this year' }, depth: 0, cells: [] },
  ];
  for (const group of OUTCOME_GROUPS) {
    const members = OUTCOMES.filter((o) => OUTCOME_TERMS[o].group === group);
    const groupCounts = sumColumns(members.map((o) => requests.outcomes[o]));
    const single = members.length === 1 && OUTCOME_TERMS[members[0]!].item === null;
    rows.push({ code: single ? members[0]! : `GROUP:${group}`, number: OUTCOME_GROUP_NUMBERS[group], label: OUTCOME_GROUP_LABELS[group], depth: 1, cells: single ? withTotal(groupCounts) : [] });
    if (single) continue;
    for (const outcome of members) {
      const term = OUTCOME_TERMS[outcome];
      rows.push({ code: outcome, number: String(term.item), label: { zh: term.zh, en: term.en }, depth: 2, cells: withTotal(requests.outcomes[outcome]) });
    }
  }
  const results = sumColumns(OUTCOMES.map((o) => requests.outcomes[o]));
  rows.push({ code: 'RESULTS_TOTAL', number: '（七）', label: { zh: '总计', en: 'total' }, depth: 1, cells: withTotal(results) });
  rows.push({ code: 'CARRIED_FORWARD', number: '四', label: { zh: '结转下年度继续办理', en: 'carried forward to next year' }, depth: 0, cells: withTotal(requests.carriedForward) });
  return rows;
}

/** 勾稽关系: 一 + 二 = 三（七）+ 四, checked in every column. */
export function balanceCheck(requests: RequestCounts): BalanceCheck {
  const left = withTotal(addColumns(requests.received, requests.carriedOver));
  const right = withTotal(addColumns(sumColumns(OUTCOMES.map((o) => requests.outcomes[o])), requests.carriedForward));
  const columns = TABLE_THREE_COLUMNS.map((column, i) => ({ column, left: left[i]!, right: right[i]!, difference: left[i]! - right[i]! }));
  const failing = columns.filter((c) => c.difference !== 0);
  return { passed: failing.length === 0, difference: columns[columns.length - 1]!.difference, failing };
}

/** Table 四: each block's 维持, 纠正, 其他结果, 尚未审结 and 总计. */
export function tableFourRows(remedies: RemedyCounts): RemedyRow[] {
  return REMEDY_KINDS.map((kind) => {
    const cells = REMEDY_RESULTS.map((r) => remedies[kind][r]);
    return { kind, cells: [...cells, cells.reduce((a, b) => a + b, 0)] };
  });
}

export interface DueDateRules {
  /** 'MM-DD' of the year after the report's year. */
  department: string;
  government: string;
  /** Tiers whose governments report by the government date; others by the department date. */
  governmentTiers: readonly string[];
}

/** 第四十九条: 县级以上人民政府部门 by 1月31日; 县级以上地方人民政府 by 3月31日. */
export const DEFAULT_DUE_DATES: DueDateRules = { department: '01-31', government: '03-31', governmentTiers: ['CITY', 'COUNTY'] };

export function reportDueOn(rules: DueDateRules, year: number, subject: { kind: ReportSubjectKind; tier: string | null }): string {
  const government = subject.kind === 'ORG_UNIT' && subject.tier !== null && rules.governmentTiers.includes(subject.tier);
  return `${year + 1}-${government ? rules.government : rules.department}`;
}

export interface ReportMeta {
  subject: AnnualReport['subject'];
  year: number;
  includesSubordinates: boolean;
  dueOn: string;
  publishedOn: string | null;
  frozen: boolean;
  narrative: NarrativeSections;
  today: string;
}

export function buildAnnualReport(counts: ReportCounts, meta: ReportMeta): AnnualReport {
  const { today, ...rest } = meta;
  return {
    ...rest,
    late: meta.publishedOn ? meta.publishedOn > meta.dueOn : today > meta.dueOn,
    proactive: counts.proactive,
    tableThree: tableThreeRows(counts.requests),
    tableFour: tableFourRows(counts.remedies),
    check: balanceCheck(counts.requests),
  };
}

/** The counts a published report froze (its table 三 rows back into counts), for next year's 上年结转. */
export function carriedForwardOf(report: Pick<AnnualReport, 'tableThree'>): ColumnCounts | null {
  const row = report.tableThree.find((r) => r.code === 'CARRIED_FORWARD');
  if (!row) return null;
  return Object.fromEntries(APPLICANT_TYPES.map((t, i) => [t, row.cells[i] ?? 0])) as ColumnCounts;
}
