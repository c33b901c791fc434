// The annual report (国办公开办函〔2021〕30号) as an XLSX workbook, for offices that file or re-key the
// figures in a spreadsheet: one sheet per table in the official layout with real numeric cells,
// and a 说明 sheet with the check, dates and narratives. Wording and layouts come from
// domain/report-html.ts so the workbook and the printed report say the same thing.
import ExcelJS from 'exceljs';
import { TABLE_THREE_COLUMNS, type AnnualReport } from './domain/annual-report';
import {
  REMEDY_COLUMNS,
  REMEDY_HEADERS,
  REPORT_TEXT,
  checkSummary,
  columnLabel,
  formatDate,
  isHeadingRow,
  isOrganizationColumn,
  lateLabel,
  paragraphs,
  proactiveSections,
  PROACTIVE_VALUE_COLUMNS,
  remedyGroups,
  reportTitle,
  rowNumber,
  standsAlone,
  text,
  type Label,
  type ReportLang,
} from './domain/report-html';

/** Sheet names per language; Excel caps them at 31 characters and forbids []:*?/\. */
export const SHEET_NAMES: Readonly<Record<ReportLang, { proactive: string; requests: string; remedies: string; notes: string }>> = {
  zh: { proactive: '二 主动公开', requests: '三 依申请公开', remedies: '四 复议诉讼', notes: '说明' },
  en: { proactive: 'II Proactive', requests: 'III Requests', remedies: 'IV Review & litigation', notes: 'Notes' },
};

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const CENTER: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
const FONT = 'Microsoft YaHei';

interface CellStyle {
  bold?: boolean;
  border?: boolean;
  alignment?: Partial<ExcelJS.Alignment>;
  numFmt?: string;
  size?: number;
}

/**
 * Writes a value into a rectangle (merged when larger than one cell). The style is set before the
 * merge because exceljs gives the merged cells the master's style, which is what draws the border
 * around the whole rectangle.
 */
function put(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, value: ExcelJS.CellValue, style: CellStyle = {}): void {
  const cell = ws.getCell(top, left);
  cell.value = value;
  cell.font = { name: FONT, bold: style.bold ?? false, size: style.size ?? 10 };
  cell.alignment = style.alignment ?? CENTER;
  if (style.border ?? true) cell.border = BORDER;
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (bottom > top || right > left) ws.mergeCells(top, left, bottom, right);
}

const header = (ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, label: Label, lang: ReportLang) =>
  put(ws, top, left, bottom, right, text(label, lang), { bold: true });

function title(ws: ExcelJS.Worksheet, width: number, value: string): void {
  put(ws, 1, 1, 1, width, value, { bold: true, size: 12, border: false, alignment: { horizontal: 'left', vertical: 'middle' } });
  ws.getRow(1).height = 22;
}

/** Table 二: one block per item of 第二十条, a one-figure block spanning the three figure columns. */
function addProactiveSheet(wb: ExcelJS.Workbook, report: AnnualReport, lang: ReportLang): void {
  const ws = wb.addWorksheet(SHEET_NAMES[lang].proactive, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = 1 + PROACTIVE_VALUE_COLUMNS;
  ws.getColumn(1).width = 30;
  for (let c = 2; c <= width; c++) ws.getColumn(c).width = 20;
  title(ws, width, text(REPORT_TEXT.sectionProactive, lang));
  let r = 2;
  for (const section of proactiveSections(report.proactive)) {
    header(ws, r, 1, r, width, section.item, lang);
    r += 1;
    const span = PROACTIVE_VALUE_COLUMNS / section.columns.length;
    header(ws, r, 1, r, 1, REPORT_TEXT.content, lang);
    section.columns.forEach((c, i) => header(ws, r, 2 + i * span, r, 1 + (i + 1) * span, c, lang));
    r += 1;
    for (const row of section.rows) {
      put(ws, r, 1, r, 1, text(row.label, lang));
      row.values.forEach((v, i) => put(ws, r, 2 + i * span, r, 1 + (i + 1) * span, v, { numFmt: row.unit === 'wan' ? '0.0000' : '0' }));
      r += 1;
    }
  }
}

/** Table 三's two-level header over rows 2–4; returns the first data row. */
function tableThreeHeader(ws: ExcelJS.Worksheet, lang: ReportLang): number {
  const first = 3;
  const last = first + TABLE_THREE_COLUMNS.length - 1;
  put(ws, 2, 1, 4, 2, text(REPORT_TEXT.balanceNote, lang), { alignment: { ...CENTER, horizontal: 'left' } });
  header(ws, 2, first, 2, last, REPORT_TEXT.applicants, lang);
  const orgs = TABLE_THREE_COLUMNS.map((c, i) => ({ c, col: first + i })).filter(({ c }) => isOrganizationColumn(c));
  TABLE_THREE_COLUMNS.forEach((column, i) => {
    if (isOrganizationColumn(column)) header(ws, 4, first + i, 4, first + i, columnLabel(column), lang);
    else header(ws, 3, first + i, 4, first + i, columnLabel(column), lang);
  });
  if (orgs.length > 0) header(ws, 3, orgs[0]!.col, 3, orgs[orgs.length - 1]!.col, REPORT_TEXT.organizations, lang);
  return 5;
}

/** Table 三: number in A, label in B (indented by depth), the seven figures as numbers in C–I. */
function addRequestsSheet(wb: ExcelJS.Workbook, report: AnnualReport, lang: ReportLang): void {
  const ws = wb.addWorksheet(SHEET_NAMES[lang].requests, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:4' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 4 }],
  });
  const width = 2 + TABLE_THREE_COLUMNS.length;
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 48;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 12;
  title(ws, width, text(REPORT_TEXT.sectionRequests, lang));
  let r = tableThreeHeader(ws, lang);
  for (const row of report.tableThree) {
    put(ws, r, 1, r, 1, rowNumber(row, lang), { bold: row.depth === 0, alignment: { horizontal: 'left', vertical: 'middle' } });
    const label = lang === 'zh' ? row.label.zh : text(row.label, lang);
    put(ws, r, 2, r, 2, label, { bold: row.depth === 0, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true, indent: row.depth * 2 } });
    // Heading rows keep empty bordered cells, as in the official table.
    TABLE_THREE_COLUMNS.forEach((_, i) => put(ws, r, 3 + i, r, 3 + i, isHeadingRow(row) ? null : (row.cells[i] ?? null), { numFmt: '0' }));
    r += 1;
  }
  put(ws, r + 1, 1, r + 1, width, checkSummary(report.check, lang), { bold: true, border: false, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } });
  ws.getRow(r + 1).height = report.check.passed ? 18 : 48;
}

/** Table 四: 行政复议 over two header lines, 行政诉讼 over its two kinds, then the result columns. */
function addRemediesSheet(wb: ExcelJS.Workbook, report: AnnualReport, lang: ReportLang): void {
  const ws = wb.addWorksheet(SHEET_NAMES[lang].remedies, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const span = REMEDY_COLUMNS.length;
  const width = span * report.tableFour.length;
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = 10;
  title(ws, width, text(REPORT_TEXT.sectionRemedies, lang));
  let col = 1;
  for (const group of remedyGroups(report.tableFour)) {
    const alone = standsAlone(group);
    header(ws, 2, col, alone ? 3 : 2, col + span * group.items.length - 1, group.label, lang);
    for (const row of group.items) {
      if (!alone) header(ws, 3, col, 3, col + span - 1, REMEDY_HEADERS[row.kind].label, lang);
      REMEDY_COLUMNS.forEach((label, i) => {
        header(ws, 4, col + i, 4, col + i, label, lang);
        put(ws, 5, col + i, 5, col + i, row.cells[i] ?? 0, { numFmt: '0' });
      });
      col += span;
    }
  }
  ws.getRow(4).height = 30;
}

/** 说明: what the tables cannot say — the check, the dates, the state, and the narrative sections. */
function addNotesSheet(wb: ExcelJS.Workbook, report: AnnualReport, lang: ReportLang): void {
  const ws = wb.addWorksheet(SHEET_NAMES[lang].notes, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const t = REPORT_TEXT;
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 90;
  title(ws, 2, reportTitle(report, lang));
  const late = lateLabel(report);
  const entries: [Label, ExcelJS.CellValue][] = [
    [t.subject, report.subject.name],
    [t.year, report.year],
    [t.scope, text(report.includesSubordinates ? t.scopeAll : t.scopeOwn, lang)],
    [t.state, report.frozen ? text(t.frozen, lang) : `${text(t.draft, lang)}（${text(t.draftNote, lang)}）`],
    [t.checkTitle, checkSummary(report.check, lang)],
    [t.checkDifference, report.check.difference],
    [t.dueOn, formatDate(report.dueOn, lang)],
    [t.publishedOn, report.publishedOn ? formatDate(report.publishedOn, lang) : text(t.unpublished, lang)],
    [t.timeliness, text(late ?? t.onTime, lang)],
  ];
  let r = 2;
  const wrapLeft: Partial<ExcelJS.Alignment> = { horizontal: 'left', vertical: 'top', wrapText: true };
  for (const [label, value] of entries) {
    put(ws, r, 1, r, 1, text(label, lang), { bold: true, alignment: wrapLeft });
    put(ws, r, 2, r, 2, value, { alignment: wrapLeft, numFmt: typeof value === 'number' ? '0' : undefined });
    r += 1;
  }
  const narratives: [Label, string][] = [
    [t.sectionOverview, report.narrative.overview],
    [t.sectionProblems, report.narrative.problems],
    [t.sectionOther, report.narrative.other],
  ];
  // One paragraph per row: a cell holds at most 32,767 characters and reads badly long before that.
  for (const [label, narrative] of narratives) {
    const paras = paragraphs(narrative);
    const lines = paras.length > 0 ? paras : [text(t.none, lang)];
    put(ws, r, 1, r + lines.length - 1, 1, text(label, lang), { bold: true, alignment: wrapLeft });
    lines.forEach((p, i) => put(ws, r + i, 2, r + i, 2, p, { alignment: wrapLeft }));
    r += lines.length;
  }
}

export interface ReportXlsxOptions {
  lang: ReportLang;
}

export async function renderReportXlsx(report: AnnualReport, options: ReportXlsxOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yangguang';
  wb.title = reportTitle(report, options.lang);
  addProactiveSheet(wb, report, options.lang);
  addRequestsSheet(wb, report, options.lang);
  addRemediesSheet(wb, report, options.lang);
  addNotesSheet(wb, report, options.lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
