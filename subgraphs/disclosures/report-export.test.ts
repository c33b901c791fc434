import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { DEFAULT_DUE_DATES, TABLE_THREE_COLUMNS, buildAnnualReport, reportDueOn, type AnnualReport, type ColumnCounts, type ReportCounts, type ReportMeta } from './domain/annual-report';
import { formatWan, renderReportHtml, tableThreeLayout } from './domain/report-html';
import { APPLICANT_TYPES, OUTCOMES, REMEDY_KINDS, type Outcome } from './domain/request-terms';
import { renderReportXlsx } from './report-xlsx';

const ARTIFACTS = path.resolve(import.meta.dirname, '../../test-artifacts/disclosures');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);

// ——— fixtures ———

const columns = (f: (j: number) => number): ColumnCounts => Object.fromEntries(APPLICANT_TYPES.map((t, j) => [t, f(j)])) as ColumnCounts;

// Every figure differs from every other (row totals included, checked below), so a figure printed in
// the wrong row or column cannot match by accident: outcome i, column j is 100(i+1)+(j+1), ending in
// 01–06; its row total ends in 21.
const outcomes = Object.fromEntries(OUTCOMES.map((o, i) => [o, columns((j) => 100 * (i + 1) + (j + 1))])) as Record<Outcome, ColumnCounts>;
// 三（七） in column j is 23100 + 21(j+1); 四 is chosen so that 一 + 二 = 三（七）+ 四 in every column.
const received = columns((j) => 21050 + 111 * (j + 1));
const carriedOver = columns((j) => 3000 + 13 * (j + 1));
const carriedForward = columns((j) => 950 + 103 * (j + 1));

const COUNTS: ReportCounts = {
  proactive: {
    regulations: { issued: 2, repealed: 1, inForce: 14 },
    normativeDocuments: { issued: 23, repealed: 4, inForce: 187 },
    licensing: 3456,
    penalties: 789,
    enforcement: 65,
    feesWan: 1234.5,
  },
  requests: { received, carriedOver, outcomes, carriedForward },
  remedies: {
    REVIEW: { UPHELD: 3, CORRECTED: 5, OTHER: 7, PENDING: 11 },
    SUIT_DIRECT: { UPHELD: 13, CORRECTED: 17, OTHER: 19, PENDING: 23 },
    SUIT_AFTER_REVIEW: { UPHELD: 29, CORRECTED: 31, OTHER: 37, PENDING: 41 },
  },
};

// Five more 予以公开 for natural persons and two more 结转 for enterprises than came in: out by −5, −2, −7.
const UNBALANCED: ReportCounts = {
  ...COUNTS,
  requests: {
    ...COUNTS.requests,
    outcomes: { ...outcomes, DISCLOSED: { ...outcomes.DISCLOSED, NATURAL_PERSON: outcomes.DISCLOSED.NATURAL_PERSON + 5 } },
    carriedForward: { ...carriedForward, COMMERCIAL: carriedForward.COMMERCIAL + 2 },
  },
};

const COUNTY = { kind: 'ORG_UNIT' as const, id: 'ou-yuqing', name: '余庆县人民政府', tier: 'COUNTY' };
const DEPARTMENT = { kind: 'DEPARTMENT' as const, id: 'dept-market', name: '余庆县市场监督管理局', tier: null };

const NARRATIVE = {
  overview: '2025年，我县坚持以公开为常态、不公开为例外。\n\n全年主动公开政府信息4567条。\n网站访问量稳步增长。',
  problems: '一是政策解读形式单一；二是基层公开标准化仍需加强。',
  other: '',
};

function meta(overrides: Partial<ReportMeta> = {}): ReportMeta {
  return {
    subject: COUNTY,
    year: 2025,
    includesSubordinates: true,
    dueOn: reportDueOn(DEFAULT_DUE_DATES, 2025, COUNTY),
    publishedOn: '2026-04-02',
    frozen: true,
    narrative: NARRATIVE,
    today: '2026-04-10',
    ...overrides,
  };
}

/** County report, frozen, published two days after its 3月31日 due date. */
const LATE_REPORT = buildAnnualReport(COUNTS, meta());
/** Department draft with the unbalanced counts, unpublished before its 1月31日 due date. */
const DRAFT_REPORT = buildAnnualReport(UNBALANCED, meta({ subject: DEPARTMENT, includesSubordinates: false, dueOn: reportDueOn(DEFAULT_DUE_DATES, 2025, DEPARTMENT), publishedOn: null, frozen: false, today: '2026-01-10' }));

const figureRows = (report: AnnualReport) => report.tableThree.filter((r) => r.cells.length > 0);
const remedyFigures = (report: AnnualReport) => report.tableFour.flatMap((r) => r.cells);

describe('report fixtures', () => {
  it('use a distinct figure in every cell of table 三 and table 四', () => {
    const figures = figureRows(LATE_REPORT).flatMap((r) => r.cells);
    expect(figures).toHaveLength(25 * 7);
    expect(new Set(figures).size).toBe(figures.length);
    expect(new Set(remedyFigures(LATE_REPORT)).size).toBe(15);
  });

  it('balance, except the deliberately unbalanced set', () => {
    expect(LATE_REPORT.check).toEqual({ passed: true, difference: 0, failing: [] });
    expect(LATE_REPORT.late).toBe(true);
    expect(DRAFT_REPORT.check.passed).toBe(false);
    expect(DRAFT_REPORT.check.failing.map((c) => [c.column, c.difference])).toEqual([
      ['NATURAL_PERSON', -5],
      ['COMMERCIAL', -2],
      ['TOTAL', -7],
    ]);
    expect(DRAFT_REPORT.late).toBe(false);
  });
});

// ——— HTML without a browser ———

const html = (report: AnnualReport, lang: 'zh' | 'en' = 'zh') => renderReportHtml(report, { lang, generatedOn: '2026-04-10' });

describe('renderReportHtml', () => {
  it('is a standalone document: doctype, charset, language, title, no scripts, nothing fetched', () => {
    const doc = html(LATE_REPORT);
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).toContain('<meta charset="utf-8">');
    expect(doc).toContain('<html lang="zh-CN">');
    expect(doc).toContain('<title>余庆县人民政府2025年政府信息公开工作年度报告</title>');
    expect(doc).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
    expect(doc).toContain('"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", "WenQuanYi Zen Hei", sans-serif');
    expect(doc).toMatch(/@page\s*\{\s*size:\s*A4/);
    expect(doc).toContain('break-inside: avoid');
  });

  it('keeps the national order of the six sections', () => {
    const doc = html(LATE_REPORT);
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const positions = headings.map((h) => doc.indexOf(`<h2>${h}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes narrative text and names, and splits paragraphs at blank lines', () => {
    const hostile = buildAnnualReport(
      COUNTS,
      meta({ subject: { ...COUNTY, name: '某县<b>&</b>' }, narrative: { overview: '<script>window.__pwned = 1</script>\n\n"引号" & \'单引号\'', problems: '<img src=x onerror=alert(1)>', other: '' } }),
    );
    const doc = html(hostile);
    expect(doc).not.toMatch(/<script|<img/i);
    expect(doc).toContain('<p>&lt;script&gt;window.__pwned = 1&lt;/script&gt;</p><p>&quot;引号&quot; &amp; &#39;单引号&#39;</p>');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).toContain('<title>某县&lt;b&gt;&amp;&lt;/b&gt;2025年政府信息公开工作年度报告</title>');
    // 一、总体情况 from the fixture: two paragraphs, the single line break kept inside the second.
    expect(html(LATE_REPORT)).toContain('<p>全年主动公开政府信息4567条。<br>网站访问量稳步增长。</p>');
    expect(html(LATE_REPORT)).toMatch(/<section id="other"><h2>六、其他需要报告的事项<\/h2><p class="empty">（无）<\/p>/);
  });

  it('prints fees in 万元 to four decimals with trailing zeros dropped', () => {
    expect([formatWan(1234.5), formatWan(0), formatWan(3), formatWan(12.3456), formatWan(0.0001), formatWan(100)]).toEqual(['1234.5', '0', '3', '12.3456', '0.0001', '100']);
    expect(html(LATE_REPORT)).toContain('<tr data-key="FEES"><th scope="row">行政事业性收费</th><td colspan="3">1234.5</td></tr>');
  });

  it('marks a report still unpublished past its due date 逾期未发布, not 逾期发布', () => {
    const overdue = buildAnnualReport(COUNTS, meta({ publishedOn: null, frozen: false }));
    const doc = html(overdue);
    expect(overdue.late).toBe(true);
    expect(doc).toContain('<span id="late-flag" class="flag late">逾期未发布</span>');
    expect(doc).toContain('<span id="published-on">未发布</span>');
  });

  it('renders English labels in English mode', () => {
    const doc = html(DRAFT_REPORT, 'en');
    expect(doc).toContain('<html lang="en">');
    for (const label of ['I. Overview', 'II. Proactive disclosure', 'Natural person', 'Commercial enterprise', 'Legal persons or other organizations', 'Administrative review', 'Filed directly', 'Upheld', 'Regulation (rules)', 'Decisions this year', 'I. New requests this year', '(3) Not disclosed', '1. State secret', 'Failed', 'Draft', 'Not published', '31 January 2026']) {
      expect(doc, label).toContain(label);
    }
    expect(doc).not.toMatch(/总体情况|本年新收|结果维持|申请人情况|勾稽/);
  });

  it('lays table 三 out as the official table: headings beside their numbered rows', () => {
    const lines = tableThreeLayout(LATE_REPORT.tableThree);
    expect(lines.map((l) => l.row.code)).toEqual(figureRows(LATE_REPORT).map((r) => r.code));
    const headings = lines.flatMap((l) => l.labels.filter((c) => c.row !== l.row)).map((c) => [c.row.code, c.column, c.rowspan]);
    expect(headings).toEqual([
      ['RESULTS', 0, 22],
      ['GROUP:NOT_DISCLOSED', 1, 8],
      ['GROUP:UNABLE_TO_PROVIDE', 1, 3],
      ['GROUP:NOT_PROCESSED', 1, 5],
      ['GROUP:OTHER', 1, 3],
    ]);
    // Every printed line fills exactly the three label columns.
    const covered = new Array<number>(lines.length).fill(0);
    lines.forEach((line, i) => line.labels.forEach((c) => Array.from({ length: c.rowspan }, (_, k) => (covered[i + k]! += c.colspan))));
    expect(covered.every((n) => n === 3)).toBe(true);
  });
});

// ——— HTML in a real browser ———

const BROWSER_SUITE = hasChromium ? 'annual report HTML in headless Chromium' : `annual report HTML in headless Chromium — SKIPPED: ${CHROMIUM} not found`;
/** A4's printable width at 96 dpi (210 mm less 2 × 15 mm margins), so overflow shows up as it would on paper. */
const PRINTABLE_WIDTH = 680;

describe.skipIf(!hasChromium)(BROWSER_SUITE, { timeout: 30_000 }, () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yangguang-report-'));
    context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: PRINTABLE_WIDTH, height: 1000 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const load = async (report: AnnualReport, lang: 'zh' | 'en' = 'zh') => {
    await page.emulateMedia({ media: 'screen' });
    await page.setContent(html(report, lang), { waitUntil: 'load' });
  };
  const textOf = (selector: string) => page.$eval(selector, (el) => el.textContent?.trim() ?? '');

  it('shows every figure of table 三 in its row and under its column header', async () => {
    await load(LATE_REPORT);
    const rows = await page.$$eval('#table-three tbody tr', (trs) =>
      trs.map((tr) => ({ code: (tr as HTMLElement).dataset.code, cells: Array.from(tr.querySelectorAll('td'), (td) => [td.dataset.column, td.textContent]) })),
    );
    expect(rows).toEqual(figureRows(LATE_REPORT).map((r) => ({ code: r.code, cells: r.cells.map((v, i) => [TABLE_THREE_COLUMNS[i], String(v)]) })));
    // Geometry, not markup: each figure's centre lies inside its applicant column's header.
    const misplaced = await page.$$eval('#table-three tbody td', (tds) =>
      tds.flatMap((td) => {
        const head = document.querySelector(`#table-three thead th[data-column="${td.dataset.column}"]`)!.getBoundingClientRect();
        const box = td.getBoundingClientRect();
        const centre = box.left + box.width / 2;
        return centre > head.left && centre < head.right ? [] : [`${td.closest('tr')!.dataset.code}/${td.dataset.column}`];
      }),
    );
    expect(misplaced).toEqual([]);
    const headings = await page.$$eval('#table-three tbody th[rowspan]', (ths) => ths.map((th) => [th.textContent, th.getAttribute('rowspan')]));
    expect(headings).toEqual([
      ['三、本年度办理结果', '22'],
      ['（三）不予公开', '8'],
      ['（四）无法提供', '3'],
      ['（五）不予处理', '5'],
      ['（六）其他处理', '3'],
    ]);
    const header = await page.$$eval('#table-three thead tr', (trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(header).toEqual([
      ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '申请人情况'],
      ['自然人', '法人或其他组织', '总计'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
    ]);
    // The two-level headers are tied to their figures by `headers`; every id named must exist.
    const dangling = await page.$$eval('td[headers]', (tds) => tds.flatMap((td) => td.getAttribute('headers')!.split(' ').filter((id) => !document.getElementById(id))));
    expect(dangling).toEqual([]);
    expect(await page.$$eval('table', (ts) => ts.every((t) => t.querySelector('caption') !== null && Array.from(t.querySelectorAll('th')).every((th) => th.hasAttribute('scope'))))).toBe(true);
  });

  it('shows table 二 and table 四 figures in the official layout', async () => {
    await load(LATE_REPORT);
    const proactive = await page.$$eval('table.proactive tbody tr', (trs) => trs.map((tr) => [(tr as HTMLElement).dataset.key, ...Array.from(tr.querySelectorAll('td'), (td) => td.textContent)]));
    expect(proactive).toEqual([
      ['REGULATION', '2', '1', '14'],
      ['NORMATIVE_DOCUMENT', '23', '4', '187'],
      ['LICENSING_DECISION', '3456'],
      ['PENALTY_DECISION', '789'],
      ['ENFORCEMENT_DECISION', '65'],
      ['FEES', '1234.5'],
    ]);
    expect(await page.$$eval('table.proactive caption', (cs) => cs.map((c) => c.textContent))).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    const remedies = await page.$$eval('#table-four tbody td', (tds) => tds.map((td) => Number(td.textContent)));
    expect(remedies).toEqual(remedyFigures(LATE_REPORT));
    expect(remedies).toEqual([3, 5, 7, 11, 26, 13, 17, 19, 23, 72, 29, 31, 37, 41, 138]);
    const header = await page.$$eval('#table-four thead tr', (trs) => trs.map((tr) => Array.from(tr.children, (c) => [c.textContent, c.getAttribute('colspan')])));
    expect(header.slice(0, 2)).toEqual([
      [
        ['行政复议', '5'],
        ['行政诉讼', '10'],
      ],
      [
        ['未经复议直接起诉', '5'],
        ['复议后起诉', '5'],
      ],
    ]);
    expect(header[2]!.map(([t]) => t)).toEqual(Array.from({ length: REMEDY_KINDS.length }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat());
  });

  it('shows the passed check, the due and publication dates and the 逾期发布 flag', async () => {
    await load(LATE_REPORT);
    expect(await textOf('#check-verdict')).toBe('通过');
    expect(await textOf('#check-summary')).toBe('勾稽关系校验：通过');
    expect(await textOf('#due-on')).toBe('2026年3月31日');
    expect(await textOf('#published-on')).toBe('2026年4月2日');
    expect(await textOf('#late-flag')).toBe('逾期发布');
    expect(await page.$('#draft-flag')).toBeNull();
    expect(await page.$('#check-table')).toBeNull();
    expect(await textOf('h1')).toBe('余庆县人民政府2025年政府信息公开工作年度报告');
  });

  it('shows a failing check with its difference and columns, 未发布 and 草稿', async () => {
    await load(DRAFT_REPORT);
    expect(await textOf('#check-verdict')).toBe('未通过');
    expect(await textOf('#check-difference')).toBe('总计列差额（第一项＋第二项－第三项（七）－第四项）：-7');
    const failing = await page.$$eval('#check-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    const left = (j: number) => received[APPLICANT_TYPES[j]!] + carriedOver[APPLICANT_TYPES[j]!];
    const grand = APPLICANT_TYPES.reduce((sum, _, j) => sum + left(j), 0);
    expect(failing).toEqual([
      ['自然人', String(left(0)), String(left(0) + 5), '-5'],
      ['商业企业', String(left(1)), String(left(1) + 2), '-2'],
      ['总计', String(grand), String(grand + 7), '-7'],
    ]);
    expect(await textOf('#check-summary')).toContain('勾稽关系校验：未通过');
    expect(await textOf('#due-on')).toBe('2026年1月31日');
    expect(await textOf('#published-on')).toBe('未发布');
    expect(await page.$('#late-flag')).toBeNull();
    expect(await textOf('#draft-flag')).toBe('草稿');
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'annual-report-draft.png'), fullPage: true });
  });

  it('keeps hostile narrative text inert', async () => {
    const hostile = buildAnnualReport(COUNTS, meta({ narrative: { overview: '<script>window.__pwned = 1</script>', problems: '<img src=x onerror="window.__pwned = 2">', other: '' } }));
    await load(hostile);
    expect(await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: number }).__pwned, scripts: document.scripts.length, images: document.images.length }))).toEqual({ pwned: undefined, scripts: 0, images: 0 });
    expect(await textOf('#overview p')).toBe('<script>window.__pwned = 1</script>');
  });

  it('renders the English report with English headers', async () => {
    await load(LATE_REPORT, 'en');
    const header = await page.$$eval('#table-three thead tr', (trs) => trs.map((tr) => Array.from(tr.children, (c) => c.textContent)));
    expect(header[1]).toEqual(['Natural person', 'Legal persons or other organizations', 'Total']);
    expect(await textOf('#check-verdict')).toBe('Passed');
    expect(await textOf('#due-on')).toBe('31 March 2026');
    expect(await textOf('#late-flag')).toBe('Published late');
    // Latin glyphs render without CJK fonts, so this screenshot shows the layout on any machine.
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'annual-report-en.png'), fullPage: true });
  });

  it('fits the printable A4 width in print media and saves a screenshot and a PDF', async () => {
    await load(LATE_REPORT);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const png = path.join(ARTIFACTS, 'annual-report.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(fs.statSync(png).size).toBeGreaterThan(10_000);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    fs.writeFileSync(path.join(ARTIFACTS, 'annual-report.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

// ——— XLSX, read back with an independent reader ———

type Grid = unknown[][];

async function readWorkbook(report: AnnualReport, lang: 'zh' | 'en' = 'zh') {
  const buffer = await renderReportXlsx(report, { lang });
  const book = XLSX.read(buffer, { type: 'buffer', cellNF: true });
  const grid = (name: string): Grid => XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name]!, { header: 1, raw: true, defval: null, blankrows: true });
  const merges = (name: string) => (book.Sheets[name]!['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m));
  return { buffer, book, grid, merges };
}

/** The index of the first row whose cell in `column` (A by default) is the given text. */
const rowIndex = (grid: Grid, value: string, column = 0) => grid.findIndex((row) => row[column] === value);

describe('renderReportXlsx', () => {
  it('names the sheets as specified', async () => {
    expect((await readWorkbook(LATE_REPORT)).book.SheetNames).toEqual(['二 主动公开', '三 依申请公开', '四 复议诉讼', '说明']);
    expect((await readWorkbook(LATE_REPORT, 'en')).book.SheetNames).toEqual(['II Proactive', 'III Requests', 'IV Review & litigation', 'Notes']);
  });

  it('writes every figure of table 三 as a number in its row and column, under the two-level header', async () => {
    const { buffer, grid, merges } = await readWorkbook(LATE_REPORT);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'annual-report.xlsx'), buffer);
    const sheet = grid('三 依申请公开');
    expect(sheet[1]!.slice(0, 3)).toEqual(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', null, '申请人情况']);
    expect(sheet[2]!.slice(2)).toEqual(['自然人', '法人或其他组织', null, null, null, null, '总计']);
    expect(sheet[3]!.slice(3, 8)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(merges('三 依申请公开')).toEqual(expect.arrayContaining(['A2:B4', 'C2:I2', 'C3:C4', 'D3:H3', 'I3:I4']));
    const start = rowIndex(sheet, '本年新收政府信息公开申请数量', 1);
    expect(start).toBe(4);
    LATE_REPORT.tableThree.forEach((row, k) => {
      const line = sheet[start + k]!;
      expect(line[1], row.code).toBe(row.label.zh);
      const cells = line.slice(2, 9);
      if (row.cells.length === 0) expect(cells, row.code).toEqual(new Array(7).fill(null));
      else {
        expect(cells, row.code).toEqual(row.cells);
        expect(cells.every((c) => typeof c === 'number')).toBe(true);
      }
    });
    expect(sheet[start]![0]).toBe('一、');
    expect(sheet.slice(start).map((r) => r[0])).toContain('（三）');
    expect(sheet.flat()).toContain('勾稽关系校验：通过');
  });

  it('states a failing check under table 三', async () => {
    const { grid } = await readWorkbook(DRAFT_REPORT);
    const summary = grid('三 依申请公开').flat().find((c) => typeof c === 'string' && c.startsWith('勾稽关系校验'));
    expect(summary).toMatch(/^勾稽关系校验：未通过；总计列差额.*：-7；不平衡的列：自然人（.*差额 -5）；商业企业（.*差额 -2）；总计（.*差额 -7）$/);
  });

  it('writes the 15 figures of table 四 as numbers under merged headers', async () => {
    const { grid, merges } = await readWorkbook(LATE_REPORT);
    const sheet = grid('四 复议诉讼');
    expect(sheet[1]![0]).toBe('行政复议');
    expect(sheet[1]![5]).toBe('行政诉讼');
    expect([sheet[2]![5], sheet[2]![10]]).toEqual(['未经复议直接起诉', '复议后起诉']);
    expect(sheet[3]!.slice(0, 5)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(sheet[4]).toEqual(remedyFigures(LATE_REPORT));
    expect(sheet[4]!.every((c) => typeof c === 'number')).toBe(true);
    expect(merges('四 复议诉讼')).toEqual(expect.arrayContaining(['A2:E3', 'F2:O2', 'F3:J3', 'K3:O3']));
  });

  it('writes table 二 in the official layout, fees as a number with four decimals', async () => {
    const { grid, book } = await readWorkbook(LATE_REPORT);
    const sheet = grid('二 主动公开');
    const figures = (label: string) => sheet[rowIndex(sheet, label)]!.slice(1).filter((c) => c !== null);
    expect(figures('规章')).toEqual([2, 1, 14]);
    expect(figures('行政规范性文件')).toEqual([23, 4, 187]);
    expect(figures('行政许可')).toEqual([3456]);
    expect(figures('行政处罚')).toEqual([789]);
    expect(figures('行政强制')).toEqual([65]);
    expect(figures('行政事业性收费')).toEqual([1234.5]);
    const items = sheet.map((r) => r[0]).filter((c): c is string => typeof c === 'string' && c.startsWith('第二十条'));
    expect(items).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项']);
    expect(sheet[rowIndex(sheet, '行政事业性收费') - 1]!.slice(0, 2)).toEqual(['信息内容', '本年收费金额（单位：万元）']);
    const fee = book.Sheets['二 主动公开']![XLSX.utils.encode_cell({ r: rowIndex(sheet, '行政事业性收费'), c: 1 })]!;
    expect([fee.t, fee.v, fee.z]).toEqual(['n', 1234.5, '0.0000']);
  });

  it('notes the check, dates, late flag, state and narratives in 说明', async () => {
    const late = (await readWorkbook(LATE_REPORT)).grid('说明');
    const value = (sheet: Grid, label: string) => sheet[rowIndex(sheet, label)]![1];
    expect(value(late, '勾稽关系校验')).toBe('勾稽关系校验：通过');
    expect(value(late, '发布期限')).toBe('2026年3月31日');
    expect(value(late, '发布日期')).toBe('2026年4月2日');
    expect(value(late, '是否逾期')).toBe('逾期发布');
    expect(value(late, '状态')).toBe('已定稿（发布时冻结的数据）');
    const overview = rowIndex(late, '一、总体情况');
    expect([late[overview]![1], late[overview + 1]![1]]).toEqual(['2025年，我县坚持以公开为常态、不公开为例外。', '全年主动公开政府信息4567条。\n网站访问量稳步增长。']);
    expect(value(late, '六、其他需要报告的事项')).toBe('（无）');
    const draft = (await readWorkbook(DRAFT_REPORT)).grid('说明');
    expect(value(draft, '发布日期')).toBe('未发布');
    expect(value(draft, '是否逾期')).toBe('未逾期');
    expect(value(draft, '状态')).toMatch(/^草稿/);
    expect(value(draft, '总计列差额（第一项＋第二项－第三项（七）－第四项）')).toBe(-7);
  });

  it('uses English labels in English mode', async () => {
    const { grid } = await readWorkbook(LATE_REPORT, 'en');
    const sheet = grid('III Requests');
    expect(sheet[2]!.slice(2, 4)).toEqual(['Natural person', 'Legal persons or other organizations']);
    expect(sheet[4]!.slice(0, 2)).toEqual(['I.', 'New requests this year']);
    expect(grid('IV Review & litigation')[1]![0]).toBe('Administrative review');
    expect(grid('Notes').flat()).toContain('Published late');
  });
});
