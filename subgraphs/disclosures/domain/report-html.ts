// The annual report (国办公开办函〔2021〕30号) as one printable, self-contained HTML document, plus
// the wording and table layouts the XLSX export (../report-xlsx.ts) shares so both print the same
// report. Pure: no I/O, no clock (the caller passes generatedOn).
import { TABLE_THREE_COLUMNS, type AnnualReport, type BalanceCheck, type ProactiveCounts, type RemedyRow, type TableThreeColumn, type TableThreeRow } from './annual-report';
import { PROACTIVE_CATEGORY_LABELS } from './proactive-terms';
import { APPLICANT_TYPE_LABELS, REMEDY_RESULT_LABELS, REMEDY_RESULTS, isNaturalPerson, type RemedyKind } from './request-terms';

export type ReportLang = 'zh' | 'en';
export interface Label {
  zh: string;
  en: string;
}

/** Fixed wording of the report; zh is the statutory text, en a working translation. */
export const REPORT_TEXT = {
  sectionOverview: { zh: '一、总体情况', en: 'I. Overview' },
  sectionProactive: { zh: '二、主动公开政府信息情况', en: 'II. Proactive disclosure' },
  sectionRequests: { zh: '三、收到和处理政府信息公开申请情况', en: 'III. Disclosure requests received and handled' },
  sectionRemedies: { zh: '四、政府信息公开行政复议、行政诉讼情况', en: 'IV. Administrative review and litigation over disclosure' },
  sectionProblems: { zh: '五、存在的主要问题及改进情况', en: 'V. Main problems and improvements' },
  sectionOther: { zh: '六、其他需要报告的事项', en: 'VI. Other matters to report' },
  content: { zh: '信息内容', en: 'Information' },
  issued: { zh: '本年制发件数', en: 'Issued this year' },
  repealed: { zh: '本年废止件数', en: 'Repealed this year' },
  inForce: { zh: '现行有效件数', en: 'In force' },
  decisions: { zh: '本年处理决定数量', en: 'Decisions this year' },
  feesWan: { zh: '本年收费金额（单位：万元）', en: 'Fees collected this year (10,000 yuan)' },
  balanceNote: { zh: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', en: '(Check for every column: item I plus item II equals item III plus item IV)' },
  applicants: { zh: '申请人情况', en: 'Applicants' },
  organizations: { zh: '法人或其他组织', en: 'Legal persons or other organizations' },
  total: { zh: '总计', en: 'Total' },
  litigation: { zh: '行政诉讼', en: 'Administrative litigation' },
  tableThreeCaption: { zh: '收到和处理政府信息公开申请情况统计表', en: 'Disclosure requests received and handled' },
  tableFourCaption: { zh: '政府信息公开行政复议、行政诉讼情况统计表', en: 'Administrative review and litigation over disclosure' },
  checkTitle: { zh: '勾稽关系校验', en: 'Balance check' },
  checkPassed: { zh: '通过', en: 'Passed' },
  checkFailed: { zh: '未通过', en: 'Failed' },
  checkDifference: { zh: '总计列差额（第一项＋第二项－第三项（七）－第四项）', en: 'Difference in the total column (I + II − III(7) − IV)' },
  checkFailingColumns: { zh: '不平衡的列', en: 'Columns out of balance' },
  checkColumn: { zh: '列', en: 'Column' },
  checkLeft: { zh: '第一项＋第二项', en: 'I + II' },
  checkRight: { zh: '第三项（七）＋第四项', en: 'III(7) + IV' },
  checkDiff: { zh: '差额', en: 'Difference' },
  checkCaption: { zh: '勾稽关系不平衡的列', en: 'Columns that do not balance' },
  statusCaption: { zh: '报告状态', en: 'Report status' },
  subject: { zh: '报告主体', en: 'Reporting body' },
  scope: { zh: '统计范围', en: 'Scope' },
  scopeOwn: { zh: '本机关', en: 'This body only' },
  scopeAll: { zh: '本机关及所属单位、部门（汇总）', en: 'This body with its subordinate units and departments (consolidated)' },
  dueOn: { zh: '发布期限', en: 'Due' },
  publishedOn: { zh: '发布日期', en: 'Published' },
  unpublished: { zh: '未发布', en: 'Not published' },
  lateFlag: { zh: '逾期发布', en: 'Published late' },
  lateUnpublishedFlag: { zh: '逾期未发布', en: 'Overdue, not published' },
  onTime: { zh: '未逾期', en: 'Not late' },
  timeliness: { zh: '是否逾期', en: 'Timeliness' },
  draft: { zh: '草稿', en: 'Draft' },
  draftNote: { zh: '数据尚未定稿，随统计变化', en: 'figures not frozen; they change with the statistics' },
  frozen: { zh: '已定稿（发布时冻结的数据）', en: 'Final (figures frozen at publication)' },
  state: { zh: '状态', en: 'State' },
  year: { zh: '年度', en: 'Year' },
  generatedOn: { zh: '生成日期', en: 'Generated on' },
  none: { zh: '（无）', en: '(none)' },
} as const satisfies Record<string, Label>;

/** English labels in the domain vocabulary are lower-case phrases; headings and cells start with a capital. */
export function text(label: Label, lang: ReportLang): string {
  if (lang === 'zh') return label.zh;
  return label.en.charAt(0).toUpperCase() + label.en.slice(1);
}

export function reportTitle(report: Pick<AnnualReport, 'subject' | 'year'>, lang: ReportLang): string {
  return lang === 'zh' ? `${report.subject.name}${report.year}年政府信息公开工作年度报告` : `${report.subject.name}: Annual Report on Government Information Disclosure ${report.year}`;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 'YYYY-MM-DD' (a longer ISO string is cut to its date) as 2026年1月31日 / 31 January 2026; anything else as given. */
export function formatDate(iso: string, lang: ReportLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1] ?? month} ${year}`;
}

/** 万元 to at most four decimals (the amounts come from whole yuan), trailing zeros dropped: 12.5, 3, 0. */
export function formatWan(value: number): string {
  const fixed = value.toFixed(4);
  return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
}

/** Plain integers in every table cell: no grouping, so the printed figures read the same as the XLSX. */
export const formatCount = (value: number): string => String(value);

const formatSigned = (value: number): string => (value > 0 ? `+${value}` : String(value));

// ——— table 二 ———

export interface ProactiveRow {
  key: string;
  label: Label;
  values: number[];
  unit: 'count' | 'wan';
}

export interface ProactiveSection {
  key: string;
  /** The article item the block reports on, printed as the block's heading. */
  item: Label;
  columns: Label[];
  rows: ProactiveRow[];
}

/** Table 二 in the official order, one block per item of 第二十条. */
export function proactiveSections(p: ProactiveCounts): ProactiveSection[] {
  const t = REPORT_TEXT;
  const documents = (d: ProactiveCounts['regulations']) => [d.issued, d.repealed, d.inForce];
  return [
    {
      key: 'ARTICLE_20_1',
      item: { zh: '第二十条第（一）项', en: 'Article 20, item (1)' },
      columns: [t.issued, t.repealed, t.inForce],
      rows: [
        { key: 'REGULATION', label: PROACTIVE_CATEGORY_LABELS.REGULATION, values: documents(p.regulations), unit: 'count' },
        { key: 'NORMATIVE_DOCUMENT', label: PROACTIVE_CATEGORY_LABELS.NORMATIVE_DOCUMENT, values: documents(p.normativeDocuments), unit: 'count' },
      ],
    },
    {
      key: 'ARTICLE_20_5',
      item: { zh: '第二十条第（五）项', en: 'Article 20, item (5)' },
      columns: [t.decisions],
      rows: [{ key: 'LICENSING_DECISION', label: PROACTIVE_CATEGORY_LABELS.LICENSING_DECISION, values: [p.licensing], unit: 'count' }],
    },
    {
      key: 'ARTICLE_20_6',
      item: { zh: '第二十条第（六）项', en: 'Article 20, item (6)' },
      columns: [t.decisions],
      rows: [
        { key: 'PENALTY_DECISION', label: PROACTIVE_CATEGORY_LABELS.PENALTY_DECISION, values: [p.penalties], unit: 'count' },
        { key: 'ENFORCEMENT_DECISION', label: PROACTIVE_CATEGORY_LABELS.ENFORCEMENT_DECISION, values: [p.enforcement], unit: 'count' },
      ],
    },
    {
      key: 'ARTICLE_20_8',
      item: { zh: '第二十条第（八）项', en: 'Article 20, item (8)' },
      columns: [t.feesWan],
      rows: [{ key: 'FEES', label: PROACTIVE_CATEGORY_LABELS.FEES, values: [p.feesWan], unit: 'wan' }],
    },
  ];
}

/** The widest block of table 二 (规章: three figures); narrower blocks span their one figure across it. */
export const PROACTIVE_VALUE_COLUMNS = 3;

// ——— table 三 ———

export function columnLabel(column: TableThreeColumn): Label {
  return column === 'TOTAL' ? REPORT_TEXT.total : APPLICANT_TYPE_LABELS[column];
}

/** 法人或其他组织 groups every applicant type but 自然人; the total stands alone. */
export const isOrganizationColumn = (column: TableThreeColumn): boolean => column !== 'TOTAL' && !isNaturalPerson(column);

const CN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/**
 * The row number as the official table prints it: 一、 at depth 0, （一） at depth 1, 1. at depth 2.
 * English uses I., (1) and 1. — the row carries only the Chinese numeral, so it is converted here.
 */
export function rowNumber(row: Pick<TableThreeRow, 'number' | 'depth'>, lang: ReportLang): string {
  const bare = row.number.replace(/[（）()]/g, '');
  const index = CN_NUMERALS.indexOf(bare);
  if (row.depth === 2) return `${row.number}.`;
  if (lang === 'zh') return row.depth === 0 ? `${row.number}、` : row.number;
  if (index < 0) return row.number;
  return row.depth === 0 ? `${ROMAN[index]}.` : `(${index + 1})`;
}

export function rowLabel(row: TableThreeRow, lang: ReportLang): string {
  const number = rowNumber(row, lang);
  return lang === 'zh' ? `${number}${row.label.zh}` : `${number} ${text(row.label, lang)}`;
}

/** Rows without cells are headings (三、本年度办理结果 and the groups （三）…（六）). */
export const isHeadingRow = (row: TableThreeRow): boolean => row.cells.length === 0;

/** Label columns of the official table 三: 三、 | （三） | 1. side by side. */
export const TABLE_THREE_LABEL_COLUMNS = 3;

export interface LabelCell {
  row: TableThreeRow;
  column: number;
  colspan: number;
  rowspan: number;
}

export interface LayoutRow {
  /** The row whose figures the printed line carries (a heading row only when it has no sub-rows). */
  row: TableThreeRow;
  /** Label cells that start on this line: headings opening here, then the row's own label. */
  labels: LabelCell[];
}

/**
 * The official layout of table 三: a heading does not get a line of its own but a label cell that
 * spans the lines of its sub-rows, to their left (三、本年度办理结果 beside （一）…（七）, （三）不予公开
 * beside its reasons 1…8). Built from depths so it follows the rows, not a fixed list.
 */
export function tableThreeLayout(rows: readonly TableThreeRow[]): LayoutRow[] {
  const lines: LayoutRow[] = [];
  const open: { row: TableThreeRow; cell: LabelCell | null }[] = [];
  const emit = (row: TableThreeRow) => {
    const labels: LabelCell[] = [];
    open.forEach((heading, column) => {
      if (!heading.cell) {
        heading.cell = { row: heading.row, column, colspan: 1, rowspan: 0 };
        labels.push(heading.cell);
      }
      heading.cell.rowspan += 1;
    });
    const column = Math.min(open.length, TABLE_THREE_LABEL_COLUMNS - 1);
    labels.push({ row, column, colspan: TABLE_THREE_LABEL_COLUMNS - column, rowspan: 1 });
    lines.push({ row, labels });
  };
  // A heading that closes without sub-rows still prints, as a line with empty cells.
  const closeHeading = () => {
    const heading = open.pop()!;
    if (!heading.cell) emit(heading.row);
  };
  for (const row of rows) {
    while (open.length > 0 && open[open.length - 1]!.row.depth >= row.depth) closeHeading();
    if (isHeadingRow(row)) open.push({ row, cell: null });
    else emit(row);
  }
  while (open.length > 0) closeHeading();
  return lines;
}

// ——— table 四 ———

/** Table 四's header: 行政诉讼 spans its two kinds; 行政复议 stands alone over two header lines. */
export const REMEDY_HEADERS: Readonly<Record<RemedyKind, { group: Label | null; label: Label }>> = {
  REVIEW: { group: null, label: { zh: '行政复议', en: 'administrative review' } },
  SUIT_DIRECT: { group: REPORT_TEXT.litigation, label: { zh: '未经复议直接起诉', en: 'filed directly' } },
  SUIT_AFTER_REVIEW: { group: REPORT_TEXT.litigation, label: { zh: '复议后起诉', en: 'filed after review' } },
};

/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计: the five columns of every block. */
export const REMEDY_COLUMNS: readonly Label[] = [...REMEDY_RESULTS.map((r) => REMEDY_RESULT_LABELS[r]), REPORT_TEXT.total];

export interface HeaderSpan<T> {
  label: Label;
  items: T[];
}

/** Consecutive kinds under the same group, so 行政诉讼 is printed once over both suit blocks. */
export function remedyGroups(rows: readonly RemedyRow[]): HeaderSpan<RemedyRow>[] {
  const spans: (HeaderSpan<RemedyRow> & { group: Label | null })[] = [];
  for (const row of rows) {
    const { group, label } = REMEDY_HEADERS[row.kind];
    const last = spans[spans.length - 1];
    if (group && last && last.group === group) last.items.push(row);
    else spans.push({ group, label: group ?? label, items: [row] });
  }
  return spans;
}

/** 行政复议 has no group above it, so its label takes both upper header lines. */
export const standsAlone = (g: HeaderSpan<RemedyRow>): boolean => g.items.length === 1 && REMEDY_HEADERS[g.items[0]!.kind].group === null;

// ——— 勾稽 check ———

/** One line for the check: verdict, the total column's difference and every failing column. */
export function checkSummary(check: BalanceCheck, lang: ReportLang): string {
  const t = REPORT_TEXT;
  const sep = lang === 'zh' ? '：' : ': ';
  if (check.passed) return `${text(t.checkTitle, lang)}${sep}${text(t.checkPassed, lang)}`;
  const columns = check.failing.map((c) =>
    lang === 'zh'
      ? `${columnLabel(c.column).zh}（${t.checkLeft.zh} ${c.left}，${t.checkRight.zh} ${c.right}，${t.checkDiff.zh} ${formatSigned(c.difference)}）`
      : `${text(columnLabel(c.column), lang)} (I + II = ${c.left}, III(7) + IV = ${c.right}, difference ${formatSigned(c.difference)})`,
  );
  const parts = [
    `${text(t.checkTitle, lang)}${sep}${text(t.checkFailed, lang)}`,
    `${text(t.checkDifference, lang)}${sep}${formatSigned(check.difference)}`,
    `${text(t.checkFailingColumns, lang)}${sep}${columns.join(lang === 'zh' ? '；' : '; ')}`,
  ];
  return parts.join(lang === 'zh' ? '；' : '; ');
}

/** 逾期发布 once published after the due date; still unpublished past it is 逾期未发布 (nothing was published late yet). */
export function lateLabel(report: Pick<AnnualReport, 'late' | 'publishedOn'>): Label | null {
  if (!report.late) return null;
  return report.publishedOn ? REPORT_TEXT.lateFlag : REPORT_TEXT.lateUnpublishedFlag;
}

/** Narrative text split into paragraphs at blank lines. */
export function paragraphs(narrative: string): string[] {
  return narrative
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

// ——— HTML ———

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Ids may not carry the ':' of GROUP:<group> codes comfortably into CSS selectors. */
const idPart = (code: string) => code.replace(/[^A-Za-z0-9_-]/g, '-');

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    // A span of 1 is the default; leaving it out keeps the markup readable.
    .filter(([k, v]) => v !== undefined && !((k === 'rowspan' || k === 'colspan') && v === 1))
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');

const STYLE = `
@page { size: A4; margin: 18mm 15mm 18mm 15mm; }
* { box-sizing: border-box; }
html { color: #000; background: #fff; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", "WenQuanYi Zen Hei", sans-serif; font-size: 11pt; line-height: 1.6; margin: 0 auto; max-width: 210mm; padding: 12mm 15mm; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4mm; line-height: 1.35; }
h2 { font-size: 13pt; margin: 7mm 0 3mm; break-after: avoid; }
p { margin: 0 0 2mm; text-indent: 2em; }
p.empty { text-indent: 0; color: #555; }
p.note { text-indent: 0; margin-top: 1mm; }
p.note.failed { color: #b00000; font-weight: bold; }
.status { border: 1.5pt solid #000; padding: 3mm 4mm; margin: 0 0 5mm; break-inside: avoid; }
.status dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 4mm; margin: 0; }
.status dt { font-weight: bold; }
.status dd { margin: 0; }
.flags { margin: 0 0 2mm; }
.flag { display: inline-block; border: 2pt solid #000; padding: 0.5mm 3mm; margin-right: 3mm; font-weight: bold; font-size: 12pt; }
.flag.late, .flag.failed { color: #b00000; border-color: #b00000; }
.verdict { font-weight: bold; }
.verdict.failed { color: #b00000; }
table { border-collapse: collapse; width: 100%; margin: 0 0 4mm; font-size: 9.5pt; line-height: 1.35; }
th, td { border: 0.75pt solid #000; padding: 1mm 1.5mm; vertical-align: middle; }
th { font-weight: normal; text-align: center; overflow-wrap: anywhere; hyphens: auto; }
thead th { font-weight: bold; }
td { text-align: center; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
caption { font-weight: bold; text-align: left; padding: 1mm 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.proactive { table-layout: fixed; margin: 0; }
table.proactive + table.proactive caption { border-top: none; }
table.proactive caption { border: 0.75pt solid #000; border-bottom: none; padding: 1mm 1.5mm; text-align: center; }
table.proactive th[scope="row"], table.proactive th.content { width: 34%; }
table.proactive:last-of-type { margin-bottom: 4mm; }
#table-three { table-layout: fixed; font-size: 9pt; }
#table-three th[scope="row"] { text-align: left; }
#table-three th.heading { text-align: center; }
#table-three td.corner { font-size: 8.5pt; text-align: left; }
#table-three thead th, #table-four thead th { font-size: 8pt; padding: 1mm 0.5mm; }
#table-four { table-layout: fixed; font-size: 9pt; }
#check-table { width: auto; }
.draft-mark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 96pt; font-weight: bold; color: rgba(0, 0, 0, 0.07); transform: rotate(-30deg); pointer-events: none; z-index: -1; }
footer { margin-top: 8mm; font-size: 9pt; color: #333; text-align: right; }
@media print {
  body { padding: 0; max-width: none; }
}
`;

function renderStatus(report: AnnualReport, lang: ReportLang): string {
  const t = REPORT_TEXT;
  const late = lateLabel(report);
  const flags = [
    late ? `<span id="late-flag" class="flag late">${escapeHtml(text(late, lang))}</span>` : '',
    report.frozen ? '' : `<span id="draft-flag" class="flag draft">${escapeHtml(text(t.draft, lang))}</span>`,
    report.check.passed ? '' : `<span class="flag failed">${escapeHtml(`${text(t.checkTitle, lang)}${text(t.checkFailed, lang)}`)}</span>`,
  ].join('');
  const verdict = text(report.check.passed ? t.checkPassed : t.checkFailed, lang);
  const entries: [Label, string][] = [
    [t.subject, escapeHtml(report.subject.name)],
    [t.scope, escapeHtml(text(report.includesSubordinates ? t.scopeAll : t.scopeOwn, lang))],
    [t.state, escapeHtml(report.frozen ? text(t.frozen, lang) : `${text(t.draft, lang)}（${text(t.draftNote, lang)}）`)],
    [t.checkTitle, `<span id="check-verdict" class="verdict ${report.check.passed ? 'passed' : 'failed'}">${escapeHtml(verdict)}</span>`],
    [t.dueOn, `<span id="due-on">${escapeHtml(formatDate(report.dueOn, lang))}</span>`],
    [t.publishedOn, `<span id="published-on">${escapeHtml(report.publishedOn ? formatDate(report.publishedOn, lang) : text(t.unpublished, lang))}</span>`],
    [t.timeliness, escapeHtml(text(late ?? t.onTime, lang))],
  ];
  const list = entries.map(([k, v]) => `<dt>${escapeHtml(text(k, lang))}</dt><dd>${v}</dd>`).join('');
  return `<section class="status" aria-label="${escapeHtml(text(t.statusCaption, lang))}">${flags ? `<div class="flags">${flags}</div>` : ''}<dl>${list}</dl>${renderCheckDetail(report.check, lang)}</section>`;
}

function renderCheckDetail(check: BalanceCheck, lang: ReportLang): string {
  if (check.passed) return '';
  const t = REPORT_TEXT;
  const head = [t.checkColumn, t.checkLeft, t.checkRight, t.checkDiff].map((l) => `<th scope="col">${escapeHtml(text(l, lang))}</th>`).join('');
  const body = check.failing
    .map((c) => `<tr data-column="${c.column}"><th scope="row">${escapeHtml(text(columnLabel(c.column), lang))}</th><td>${c.left}</td><td>${c.right}</td><td>${escapeHtml(formatSigned(c.difference))}</td></tr>`)
    .join('');
  const difference = `<p class="note" id="check-difference">${escapeHtml(`${text(t.checkDifference, lang)}${lang === 'zh' ? '：' : ': '}${formatSigned(check.difference)}`)}</p>`;
  return `${difference}<table id="check-table"><caption>${escapeHtml(text(t.checkCaption, lang))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function renderNarrative(id: string, heading: Label, narrative: string, lang: ReportLang): string {
  const paras = paragraphs(narrative);
  const body = paras.length === 0 ? `<p class="empty">${escapeHtml(text(REPORT_TEXT.none, lang))}</p>` : paras.map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`).join('');
  return `<section id="${id}"><h2>${escapeHtml(text(heading, lang))}</h2>${body}</section>`;
}

function renderProactiveTable(section: ProactiveSection, lang: ReportLang): string {
  const span = (count: number) => (count === 1 ? PROACTIVE_VALUE_COLUMNS : 1);
  const head = section.columns.map((c) => `<th scope="col"${attrs({ colspan: span(section.columns.length) })}>${escapeHtml(text(c, lang))}</th>`).join('');
  const rows = section.rows
    .map((row) => {
      const cells = row.values.map((v) => `<td${attrs({ colspan: span(row.values.length) })}>${escapeHtml(row.unit === 'wan' ? formatWan(v) : formatCount(v))}</td>`).join('');
      return `<tr data-key="${row.key}"><th scope="row">${escapeHtml(text(row.label, lang))}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="proactive" data-section="${section.key}"><caption>${escapeHtml(text(section.item, lang))}</caption><thead><tr><th scope="col" class="content">${escapeHtml(text(REPORT_TEXT.content, lang))}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Header ids a figure of table 三 sits under, for `headers` (the two-level header needs them). */
function tableThreeColumnHeaders(column: TableThreeColumn): string {
  return ['t3-applicants', isOrganizationColumn(column) ? 't3-organizations' : null, `t3-col-${column}`].filter(Boolean).join(' ');
}

function renderTableThreeHead(lang: ReportLang): string {
  const t = REPORT_TEXT;
  const th = (id: string, label: Label, a: Record<string, string | number | undefined>) => `<th id="${id}"${attrs(a)}>${escapeHtml(text(label, lang))}</th>`;
  const orgColumns = TABLE_THREE_COLUMNS.filter(isOrganizationColumn);
  const second: string[] = [];
  for (const column of TABLE_THREE_COLUMNS) {
    if (!isOrganizationColumn(column)) second.push(th(`t3-col-${column}`, columnLabel(column), { scope: 'col', rowspan: 2, 'data-column': column }));
    else if (column === orgColumns[0]) second.push(th('t3-organizations', t.organizations, { scope: 'colgroup', colspan: orgColumns.length }));
  }
  const third = orgColumns.map((column) => th(`t3-col-${column}`, columnLabel(column), { scope: 'col', 'data-column': column }));
  const corner = `<td class="corner" colspan="${TABLE_THREE_LABEL_COLUMNS}" rowspan="3">${escapeHtml(text(t.balanceNote, lang))}</td>`;
  const first = `${corner}${th('t3-applicants', t.applicants, { scope: 'colgroup', colspan: TABLE_THREE_COLUMNS.length })}`;
  return `<thead><tr>${first}</tr><tr>${second.join('')}</tr><tr>${third.join('')}</tr></thead>`;
}

function renderTableThreeLine(line: LayoutRow, ancestors: Map<TableThreeRow, string[]>, lang: ReportLang): string {
  const labels = line.labels
    .map((cell) => {
      const heading = cell.row !== line.row;
      return `<th scope="row" id="t3-row-${idPart(cell.row.code)}" class="depth-${cell.row.depth}${heading ? ' heading' : ''}"${attrs({ rowspan: cell.rowspan, colspan: cell.colspan })}>${escapeHtml(rowLabel(cell.row, lang))}</th>`;
    })
    .join('');
  const rowHeaders = [...(ancestors.get(line.row) ?? []), `t3-row-${idPart(line.row.code)}`].join(' ');
  const cells = TABLE_THREE_COLUMNS.map((column, i) => {
    const value = line.row.cells[i];
    return `<td data-column="${column}" headers="${tableThreeColumnHeaders(column)} ${rowHeaders}">${value === undefined ? '' : formatCount(value)}</td>`;
  }).join('');
  return `<tr data-code="${escapeHtml(line.row.code)}">${labels}${cells}</tr>`;
}

/** For every printed row, the ids of the heading cells to its left. */
function headingAncestors(lines: readonly LayoutRow[]): Map<TableThreeRow, string[]> {
  const spans: { id: string; until: number }[] = [];
  const result = new Map<TableThreeRow, string[]>();
  lines.forEach((line, index) => {
    for (const cell of line.labels) if (cell.row !== line.row) spans.push({ id: `t3-row-${idPart(cell.row.code)}`, until: index + cell.rowspan });
    result.set(
      line.row,
      spans.filter((s) => s.until > index).map((s) => s.id),
    );
  });
  return result;
}

function renderTableThree(report: AnnualReport, lang: ReportLang): string {
  const lines = tableThreeLayout(report.tableThree);
  const ancestors = headingAncestors(lines);
  const cols = `<colgroup><col style="width:8%"><col style="width:11%"><col style="width:25%">${TABLE_THREE_COLUMNS.map(() => '<col>').join('')}</colgroup>`;
  const body = lines.map((line) => renderTableThreeLine(line, ancestors, lang)).join('');
  return `<table id="table-three"><caption class="visually-hidden">${escapeHtml(text(REPORT_TEXT.tableThreeCaption, lang))}</caption>${cols}${renderTableThreeHead(lang)}<tbody>${body}</tbody></table>`;
}

function renderTableFour(report: AnnualReport, lang: ReportLang): string {
  const groups = remedyGroups(report.tableFour);
  const width = REMEDY_COLUMNS.length;
  const th = (id: string, label: Label, a: Record<string, string | number | undefined>) => `<th id="${id}"${attrs(a)}>${escapeHtml(text(label, lang))}</th>`;
  const groupId = (g: HeaderSpan<RemedyRow>) => (standsAlone(g) ? `t4-kind-${g.items[0]!.kind}` : `t4-group-${g.items[0]!.kind}`);
  const first = groups.map((g) => th(groupId(g), g.label, { scope: 'colgroup', colspan: width * g.items.length, rowspan: standsAlone(g) ? 2 : 1 }));
  const second = groups.filter((g) => !standsAlone(g)).flatMap((g) => g.items.map((r) => th(`t4-kind-${r.kind}`, REMEDY_HEADERS[r.kind].label, { scope: 'colgroup', colspan: width })));
  const third = report.tableFour.flatMap((r) => REMEDY_COLUMNS.map((c, i) => th(`t4-${r.kind}-${i}`, c, { scope: 'col', 'data-column': `${r.kind}:${i}` })));
  const cells = groups.flatMap((g) =>
    g.items.flatMap((r) => {
      const above = standsAlone(g) ? '' : `${groupId(g)} `;
      return REMEDY_COLUMNS.map((_, i) => `<td data-column="${r.kind}:${i}" headers="${above}t4-kind-${r.kind} t4-${r.kind}-${i}">${formatCount(r.cells[i] ?? 0)}</td>`);
    }),
  );
  const cols = report.tableFour.map(() => `<colgroup span="${width}"></colgroup>`).join('');
  return `<table id="table-four"><caption class="visually-hidden">${escapeHtml(text(REPORT_TEXT.tableFourCaption, lang))}</caption>${cols}<thead><tr>${first.join('')}</tr><tr>${second.join('')}</tr><tr>${third.join('')}</tr></thead><tbody><tr>${cells.join('')}</tr></tbody></table>`;
}

export interface ReportHtmlOptions {
  lang: ReportLang;
  /** The date printed in the footer ('YYYY-MM-DD'); passed in so rendering stays pure. */
  generatedOn: string;
}

export function renderReportHtml(report: AnnualReport, options: ReportHtmlOptions): string {
  const { lang } = options;
  const t = REPORT_TEXT;
  const title = escapeHtml(reportTitle(report, lang));
  const body = [
    report.frozen ? '' : `<div class="draft-mark" aria-hidden="true">${escapeHtml(text(t.draft, lang))}</div>`,
    `<header><h1>${title}</h1></header>`,
    renderStatus(report, lang),
    renderNarrative('overview', t.sectionOverview, report.narrative.overview, lang),
    `<section id="proactive"><h2>${escapeHtml(text(t.sectionProactive, lang))}</h2>${proactiveSections(report.proactive).map((s) => renderProactiveTable(s, lang)).join('')}</section>`,
    `<section id="requests"><h2>${escapeHtml(text(t.sectionRequests, lang))}</h2>${renderTableThree(report, lang)}<p class="note${report.check.passed ? '' : ' failed'}" id="check-summary">${escapeHtml(checkSummary(report.check, lang))}</p></section>`,
    `<section id="remedies"><h2>${escapeHtml(text(t.sectionRemedies, lang))}</h2>${renderTableFour(report, lang)}</section>`,
    renderNarrative('problems', t.sectionProblems, report.narrative.problems, lang),
    renderNarrative('other', t.sectionOther, report.narrative.other, lang),
    `<footer>${escapeHtml(`${text(t.generatedOn, lang)}${lang === 'zh' ? '：' : ': '}${formatDate(options.generatedOn, lang)}`)}</footer>`,
  ].join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
