import { describe, expect, it } from 'vitest';
import {
  balanceCheck,
  buildAnnualReport,
  carriedForwardOf,
  DEFAULT_DUE_DATES,
  reportDueOn,
  tableFourRows,
  tableThreeRows,
  zeroColumns,
  type ColumnCounts,
  type ReportCounts,
  type ReportMeta,
  type RequestCounts,
  type TableThreeRow,
} from './annual-report';
import { OUTCOMES, type Outcome } from './request-terms';

// 国办公开办函〔2021〕30号 table 三: columns 自然人 | 商业企业 科研机构 社会公益组织 法律服务机构 其他 | 总计;
// check 一 + 二 = 三（七）+ 四 in every column. Table 四: 维持, 纠正, 其他结果, 尚未审结, 总计.

/** Columns in the table's order: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
const cols = (np = 0, com = 0, res = 0, pw = 0, ls = 0, oth = 0): ColumnCounts => ({
  NATURAL_PERSON: np,
  COMMERCIAL: com,
  RESEARCH: res,
  PUBLIC_WELFARE: pw,
  LEGAL_SERVICE: ls,
  OTHER_ORGANIZATION: oth,
});

const outcomes = (given: Partial<Record<Outcome, ColumnCounts>>): Record<Outcome, ColumnCounts> =>
  Object.fromEntries(OUTCOMES.map((o) => [o, given[o] ?? zeroColumns()])) as Record<Outcome, ColumnCounts>;

// A consistent year. Left side 一 + 二: received (10,3,1,0,2,1)=17 + carried over (2,1,0,0,0,0)=3
// → (12,4,1,0,2,1)=20. Right side: results (9,3,1,0,1,1)=15 + carried forward (3,1,0,0,1,0)=5
// → (12,4,1,0,2,1)=20.
const consistent = (): RequestCounts => ({
  received: cols(10, 3, 1, 0, 2, 1),
  carriedOver: cols(2, 1),
  outcomes: outcomes({
    DISCLOSED: cols(5, 2),
    PARTIALLY_DISCLOSED: cols(1),
    NOT_DISCLOSED_THIRD_PARTY: cols(0, 1),
    UNABLE_NOT_HELD: cols(2, 0, 1),
    NOT_PROCESSED_REPEATED: cols(1),
    OTHER_NO_CORRECTION: cols(0, 0, 0, 0, 1),
    OTHER_FEE_UNPAID: cols(0, 0, 0, 0, 0, 1),
  }),
  carriedForward: cols(3, 1, 0, 0, 1),
});

const row = (rows: TableThreeRow[], code: string) => {
  const found = rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row ${code}`);
  return found;
};

describe('tableThreeRows', () => {
  const rows = tableThreeRows(consistent());

  it('prints the rows in the national order with their numbers and nesting', () => {
    expect(rows.map((r) => [r.number, r.code, r.depth])).toEqual([
      ['一', 'RECEIVED', 0],
      ['二', 'CARRIED_OVER', 0],
      ['三', 'RESULTS', 0],
      ['（一）', 'DISCLOSED', 1],
      ['（二）', 'PARTIALLY_DISCLOSED', 1],
      ['（三）', 'GROUP:NOT_DISCLOSED', 1],
      ['1', 'NOT_DISCLOSED_STATE_SECRET', 2],
      ['2', 'NOT_DISCLOSED_PROHIBITED_BY_LAW', 2],
      ['3', 'NOT_DISCLOSED_THREE_SAFETIES', 2],
      ['4', 'NOT_DISCLOSED_THIRD_PARTY', 2],
      ['5', 'NOT_DISCLOSED_INTERNAL_AFFAIRS', 2],
      ['6', 'NOT_DISCLOSED_PROCESS_INFO', 2],
      ['7', 'NOT_DISCLOSED_ENFORCEMENT_FILE', 2],
      ['8', 'NOT_DISCLOSED_QUERY_SERVICE', 2],
      ['（四）', 'GROUP:UNABLE_TO_PROVIDE', 1],
      ['1', 'UNABLE_NOT_HELD', 2],
      ['2', 'UNABLE_NEEDS_CREATION', 2],
      ['3', 'UNABLE_STILL_UNCLEAR', 2],
      ['（五）', 'GROUP:NOT_PROCESSED', 1],
      ['1', 'NOT_PROCESSED_PETITION', 2],
      ['2', 'NOT_PROCESSED_REPEATED', 2],
      ['3', 'NOT_PROCESSED_PUBLICATION', 2],
      ['4', 'NOT_PROCESSED_MASS_REQUESTS', 2],
      ['5', 'NOT_PROCESSED_CONFIRMATION', 2],
      ['（六）', 'GROUP:OTHER', 1],
      ['1', 'OTHER_NO_CORRECTION', 2],
      ['2', 'OTHER_FEE_UNPAID', 2],
      ['3', 'OTHER', 2],
      ['（七）', 'RESULTS_TOTAL', 1],
      ['四', 'CARRIED_FORWARD', 0],
    ]);
  });

  it('labels the rows with the national wording', () => {
    expect(rows.map((r) => r.label.zh)).toEqual([
      '本年新收政府信息公开申请数量',
      '上年结转政府信息公开申请数量',
      '本年度办理结果',
      '予以公开',
      '部分公开（区分处理的，只计这一情形，不计其他情形）',
      '不予公开',
      '属于国家秘密',
      '其他法律行政法规禁止公开',
      '危及“三安全一稳定”',
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于四类过程性信息',
      '属于行政执法案卷',
      '属于行政查询事项',
      '无法提供',
      '本机关不掌握相关政府信息',
      '没有现成信息需要另行制作',
      '补正后申请内容仍不明确',
      '不予处理',
      '信访举报投诉类申请',
      '重复申请',
      '要求提供公开出版物',
      '无正当理由大量反复申请',
      '要求行政机关确认或重新出具已获取信息',
      '其他处理',
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
      '总计',
      '结转下年度继续办理',
    ]);
  });

  it('fills each counted row with the six columns and their total last', () => {
    expect(row(rows, 'RECEIVED').cells).toEqual([10, 3, 1, 0, 2, 1, 17]);
    expect(row(rows, 'CARRIED_OVER').cells).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row(rows, 'DISCLOSED').cells).toEqual([5, 2, 0, 0, 0, 0, 7]);
    expect(row(rows, 'PARTIALLY_DISCLOSED').cells).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(rows, 'NOT_DISCLOSED_THIRD_PARTY').cells).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(row(rows, 'NOT_DISCLOSED_STATE_SECRET').cells).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(rows, 'UNABLE_NOT_HELD').cells).toEqual([2, 0, 1, 0, 0, 0, 3]);
    expect(row(rows, 'NOT_PROCESSED_REPEATED').cells).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(rows, 'OTHER_NO_CORRECTION').cells).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(row(rows, 'OTHER_FEE_UNPAID').cells).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(row(rows, 'CARRIED_FORWARD').cells).toEqual([3, 1, 0, 0, 1, 0, 5]);
  });

  it('（七）总计 sums every outcome row in each column', () => {
    // 自然人 5+1+2+1 = 9; 商业企业 2+1 = 3; 科研机构 1; 法律服务机构 1; 其他 1; total 15.
    expect(row(rows, 'RESULTS_TOTAL').cells).toEqual([9, 3, 1, 0, 1, 1, 15]);
  });

  it.each([...OUTCOMES])('（七）总计 counts a single %s result exactly once, in its own row', (outcome) => {
    const only = tableThreeRows({ received: cols(), carriedOver: cols(), outcomes: outcomes({ [outcome]: cols(0, 0, 1) }), carriedForward: cols() });
    expect(row(only, outcome).cells).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row(only, 'RESULTS_TOTAL').cells).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(only.filter((r) => r.cells.some((c) => c > 0)).map((r) => r.code)).toEqual([outcome, 'RESULTS_TOTAL']);
  });

  it('prints the heading rows 三 and （三）…（六） without figures (their items carry them)', () => {
    for (const code of ['RESULTS', 'GROUP:NOT_DISCLOSED', 'GROUP:UNABLE_TO_PROVIDE', 'GROUP:NOT_PROCESSED', 'GROUP:OTHER']) {
      expect(row(rows, code).cells).toEqual([]);
    }
  });

  it('gives every counted row seven cells', () => {
    for (const r of rows.filter((x) => x.cells.length > 0)) expect(r.cells).toHaveLength(7);
    expect(rows.filter((x) => x.cells.length > 0)).toHaveLength(30 - 5);
  });
});

describe('balanceCheck (勾稽关系: 一 + 二 = 三（七）+ 四)', () => {
  it('passes on consistent counts', () => {
    expect(balanceCheck(consistent())).toEqual({ passed: true, difference: 0, failing: [] });
  });

  it('passes on an empty year', () => {
    expect(balanceCheck({ received: cols(), carriedOver: cols(), outcomes: outcomes({}), carriedForward: cols() })).toEqual({ passed: true, difference: 0, failing: [] });
  });

  it('fails with the difference and the failing columns when a request is neither answered nor carried forward', () => {
    const counts = { ...consistent(), received: cols(11, 3, 1, 0, 2, 1) };
    expect(balanceCheck(counts)).toEqual({
      passed: false,
      difference: 1,
      failing: [
        { column: 'NATURAL_PERSON', left: 13, right: 12, difference: 1 },
        { column: 'TOTAL', left: 21, right: 20, difference: 1 },
      ],
    });
  });

  it('gives a negative difference when the right side is larger', () => {
    // Carried forward 法律服务机构 1 → 3: right 法律服务机构 4 vs left 2, total 22 vs 20.
    const counts = { ...consistent(), carriedForward: cols(3, 1, 0, 0, 3) };
    expect(balanceCheck(counts)).toEqual({
      passed: false,
      difference: -2,
      failing: [
        { column: 'LEGAL_SERVICE', left: 2, right: 4, difference: -2 },
        { column: 'TOTAL', left: 20, right: 22, difference: -2 },
      ],
    });
  });

  it('fails even when the totals balance but a result sits in the wrong column', () => {
    // One 予以公开 counted for 自然人 instead of 商业企业: 自然人 12 vs 13, 商业企业 4 vs 3, totals 20 = 20.
    const base = consistent();
    const counts = { ...base, outcomes: { ...base.outcomes, DISCLOSED: cols(6, 1) } };
    expect(balanceCheck(counts)).toEqual({
      passed: false,
      difference: 0,
      failing: [
        { column: 'NATURAL_PERSON', left: 12, right: 13, difference: -1 },
        { column: 'COMMERCIAL', left: 4, right: 3, difference: 1 },
      ],
    });
  });

  it('counts outcomes deep in the groups (（六）3 其他) on the right side', () => {
    const base = consistent();
    const counts = { ...base, outcomes: { ...base.outcomes, OTHER: cols(0, 0, 0, 1) } };
    expect(balanceCheck(counts)).toMatchObject({ passed: false, difference: -1, failing: [{ column: 'PUBLIC_WELFARE', left: 0, right: 1 }, { column: 'TOTAL' }] });
  });
});

describe('tableFourRows (行政复议 / 行政诉讼)', () => {
  it('gives 维持, 纠正, 其他结果, 尚未审结 and 总计 for each block in order', () => {
    expect(
      tableFourRows({
        REVIEW: { UPHELD: 3, CORRECTED: 1, OTHER: 0, PENDING: 2 },
        SUIT_DIRECT: { UPHELD: 1, CORRECTED: 0, OTHER: 1, PENDING: 0 },
        SUIT_AFTER_REVIEW: { UPHELD: 0, CORRECTED: 0, OTHER: 0, PENDING: 0 },
      }),
    ).toEqual([
      { kind: 'REVIEW', cells: [3, 1, 0, 2, 6] },
      { kind: 'SUIT_DIRECT', cells: [1, 0, 1, 0, 2] },
      { kind: 'SUIT_AFTER_REVIEW', cells: [0, 0, 0, 0, 0] },
    ]);
  });
});

describe('reportDueOn (第四十九条)', () => {
  it('departments by 31 January of the next year', () => {
    expect(reportDueOn(DEFAULT_DUE_DATES, 2025, { kind: 'DEPARTMENT', tier: 'COUNTY' })).toBe('2026-01-31');
    expect(reportDueOn(DEFAULT_DUE_DATES, 2025, { kind: 'DEPARTMENT', tier: null })).toBe('2026-01-31');
  });

  it('county and city governments by 31 March of the next year', () => {
    expect(reportDueOn(DEFAULT_DUE_DATES, 2025, { kind: 'ORG_UNIT', tier: 'COUNTY' })).toBe('2026-03-31');
    expect(reportDueOn(DEFAULT_DUE_DATES, 2024, { kind: 'ORG_UNIT', tier: 'CITY' })).toBe('2025-03-31');
  });

  it('townships (not 县级以上) by the department date under the defaults', () => {
    expect(reportDueOn(DEFAULT_DUE_DATES, 2025, { kind: 'ORG_UNIT', tier: 'TOWNSHIP' })).toBe('2026-01-31');
    expect(reportDueOn(DEFAULT_DUE_DATES, 2025, { kind: 'ORG_UNIT', tier: null })).toBe('2026-01-31');
  });

  it('follows a county’s own rules', () => {
    const rules = { department: '01-15', government: '03-15', governmentTiers: ['COUNTY', 'TOWNSHIP'] };
    expect(reportDueOn(rules, 2025, { kind: 'ORG_UNIT', tier: 'TOWNSHIP' })).toBe('2026-03-15');
    expect(reportDueOn(rules, 2025, { kind: 'DEPARTMENT', tier: 'TOWNSHIP' })).toBe('2026-01-15');
  });
});

describe('buildAnnualReport', () => {
  const counts = (): ReportCounts => ({
    proactive: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 4, repealed: 1, inForce: 27 },
      licensing: 1520,
      penalties: 86,
      enforcement: 3,
      feesWan: 12.3456,
    },
    requests: consistent(),
    remedies: {
      REVIEW: { UPHELD: 1, CORRECTED: 0, OTHER: 0, PENDING: 1 },
      SUIT_DIRECT: { UPHELD: 0, CORRECTED: 0, OTHER: 0, PENDING: 0 },
      SUIT_AFTER_REVIEW: { UPHELD: 0, CORRECTED: 0, OTHER: 0, PENDING: 0 },
    },
  });
  const meta = (over: Partial<ReportMeta>): ReportMeta => ({
    subject: { kind: 'ORG_UNIT', id: 'unit-430721', name: '安乡县人民政府', tier: 'COUNTY' },
    year: 2025,
    includesSubordinates: true,
    dueOn: '2026-03-31',
    publishedOn: null,
    frozen: false,
    narrative: { overview: '总体情况', problems: '存在的问题', other: '无' },
    today: '2026-03-01',
    ...over,
  });

  it('is on time when published on the due day', () => {
    expect(buildAnnualReport(counts(), meta({ publishedOn: '2026-03-31', today: '2026-05-01' })).late).toBe(false);
  });

  it('is late when published the day after the due day', () => {
    expect(buildAnnualReport(counts(), meta({ publishedOn: '2026-04-01', today: '2026-04-01' })).late).toBe(true);
  });

  it('stays on time once published early, however late it is now', () => {
    expect(buildAnnualReport(counts(), meta({ publishedOn: '2026-02-10', today: '2026-06-30' })).late).toBe(false);
  });

  it('unpublished: on time up to the due day, late after it', () => {
    expect(buildAnnualReport(counts(), meta({ today: '2026-03-31' })).late).toBe(false);
    expect(buildAnnualReport(counts(), meta({ today: '2026-04-01' })).late).toBe(true);
  });

  it('carries the meta, the proactive figures, the tables and the check', () => {
    const report = buildAnnualReport(counts(), meta({ publishedOn: '2026-03-20', frozen: true }));
    expect(report).toMatchObject({
      subject: { kind: 'ORG_UNIT', id: 'unit-430721', name: '安乡县人民政府', tier: 'COUNTY' },
      year: 2025,
      includesSubordinates: true,
      dueOn: '2026-03-31',
      publishedOn: '2026-03-20',
      frozen: true,
      late: false,
      narrative: { overview: '总体情况', problems: '存在的问题', other: '无' },
      proactive: { normativeDocuments: { issued: 4, repealed: 1, inForce: 27 }, licensing: 1520, feesWan: 12.3456 },
      check: { passed: true, difference: 0, failing: [] },
      tableFour: [{ kind: 'REVIEW', cells: [1, 0, 0, 1, 2] }, { kind: 'SUIT_DIRECT' }, { kind: 'SUIT_AFTER_REVIEW' }],
    });
    expect(report.tableThree).toHaveLength(30);
    expect(row(report.tableThree, 'RESULTS_TOTAL').cells).toEqual([9, 3, 1, 0, 1, 1, 15]);
    expect(report).not.toHaveProperty('today');
  });

  it('shows a failing check in the report', () => {
    const c = counts();
    const report = buildAnnualReport({ ...c, requests: { ...c.requests, carriedForward: cols(3, 1) } }, meta({}));
    // 法律服务机构 carried forward dropped from 1 to 0: left 2, right 1.
    expect(report.check).toEqual({
      passed: false,
      difference: 1,
      failing: [
        { column: 'LEGAL_SERVICE', left: 2, right: 1, difference: 1 },
        { column: 'TOTAL', left: 20, right: 19, difference: 1 },
      ],
    });
  });
});

describe('carriedForwardOf', () => {
  it('reads next year’s 上年结转 back from a published table 三', () => {
    expect(carriedForwardOf({ tableThree: tableThreeRows(consistent()) })).toEqual(cols(3, 1, 0, 0, 1));
    expect(carriedForwardOf({ tableThree: [] })).toBeNull();
  });
});
