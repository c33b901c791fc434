// A year of demo inspections (督查 / 考核) for one county: deterministic (seeded PRNG, no
// Math.random, no clock, no I/O), built from the departments subgraph's catalogue. The generator
// only produces what a caller would send — the inspections as InspectionInput with their item
// results (never a score: the write path computes it) and, for each finding the write path will
// open, the rectification steps to take afterwards. seed-demo.ts writes them through the real
// write paths.
//
// What the year contains (the calendar year of `end`, 1 January to `end`, plus a few visits of
// the previous December):
//  - Every township: the county office's 定期检查 and 经常性检查 spread so each milestone of the
//    frequency rules is met by its day (defaults: one regular visit per half-year, one routine
//    visit per quarter), its own 自查 for each window, each with its 工作总结 report sent by the
//    report day; some townships also get a 明察暗访 or a 专项督查.
//  - Four townships behind as of `end`, each for one reason: routine visits stopped after the
//    latest milestone's window opened (too few 经常性检查); no regular visit in that window (too
//    few 定期检查); the first window's self-check never done (MISSED); the latest report never sent
//    (MISSING). One more township did its first self-check late (LATE, caught up: not behind).
//  - One township scoring below the pass mark in the latest ended quarter (capped at Q3), so that
//    quarter's grades give it a 监察建议书; every other unit's quarterly average stays at or above
//    it. Grades are issued for every ended quarter of the year, a week after the quarter.
//  - 部门 windows (department set, unit = the department's unit) and a few villages, visited by the
//    county office.
//  - Findings come from failed items (the write path opens one per failed item, plus an
//    inspector's own observation now and then). Each rectification then moves on: most are
//    verified (progress → submit with evidence → 销号), some rejected once and resubmitted, some
//    submitted late (a few after a 督办), some still open past their deadline (half of them
//    escalated), some awaiting verification. Steps are working days after the inspection, in
//    order, never after `end`; each is checked against the lifecycle as the API checks it.
import {
  addCalendarDays,
  calendarDaysBetween,
  CalendarYearNotCoveredError,
  maxLocalDate,
  minLocalDate,
  toLocalDate,
  weekday,
  type LocalDate,
  type WorkingCalendar,
} from '../../shared/calendar';
import { personName, Rng, shuffled } from '../../shared/demo-random';
import type { Catalogue, DepartmentRef, UnitRef } from '../../shared/departments-directory';
import { DEFAULT_FREQUENCY_RULES, dayOfYear, type CountRequirement, type FrequencyRules } from '../domain/frequency';
import { DEFAULT_GRADE_OPTIONS, quarterOf, type GradeOptions } from '../domain/grades';
import type { InspectionKind } from '../domain/inspection-kinds';
import {
  DEFAULT_RECTIFICATION_DAYS,
  foldRectification,
  openRectification,
  proposeRectificationEvent,
  type RectificationCommand,
  type RectificationEvent,
  type RectificationOptions,
} from '../domain/rectification';
import { averageOneDecimal } from '../domain/rounding';
import { scoreInspection, type FailedItem } from '../domain/scoring';
import { DEFAULT_BOARD_AND_WINDOW_TEMPLATE, SEVEN_DISCLOSURES } from '../domain/scoring-template';
import { observationOf, type FindingInput, type InspectionInput, type ItemResultInput } from '../inspection-input';
import type { StepCommand } from '../rectification-steps';
import { ownerKey } from '../rectification-store';

/** An inspection as the demo sends it, with the fields the generator always sets. */
export interface DemoInspectionInput extends InspectionInput {
  kind: InspectionKind;
  date: LocalDate;
  unitId: string;
  inspectingUnitId: string;
  results: ItemResultInput[];
  findings: FindingInput[];
  reportedOn: LocalDate | null;
}

/** The rectification the write path opens for one finding, and the steps taken on it afterwards. */
export interface DemoRectification {
  /** The failed item; null for an inspector's own observation. */
  itemCode: string | null;
  /** The finding as stored (descriptionZh): the failed item's description, or the observation. */
  description: string;
  /** The first deadline, as the write path computes it. */
  dueOn: LocalDate;
  steps: StepCommand[];
}

export interface DemoInspection {
  input: DemoInspectionInput;
  unitPath: string;
  /** What the write path will compute from the results (the generator shapes the year with it). */
  score: number;
  /** One per finding, in the order the write path creates them (failed items, then observations). */
  rectifications: DemoRectification[];
}

export type BehindReason = 'COUNT' | 'SELF_CHECK_MISSED' | 'REPORT_MISSING';

export interface DemoBehind {
  unit: UnitRef;
  reason: BehindReason;
  /** The count requirement (e.g. ROUTINE) or the self-check window (e.g. H1). */
  code: string;
}

export interface DemoInspections {
  county: UnitRef;
  /** In date order. */
  inspections: DemoInspection[];
  /** Townships meant to be behind on the frequency rules as of `end`, with why. */
  behind: DemoBehind[];
  /** A township whose first self-check came late (caught up, so not behind). */
  lateSelfCheck: { unit: UnitRef; window: string } | null;
  /** The one unit graded 不合格, and for which quarter; null before any quarter has ended. */
  failing: { unit: UnitRef; year: number; quarter: number } | null;
  /** Ended quarters of the year, each graded on the day given (≤ end). */
  grading: { year: number; quarter: number; on: LocalDate }[];
}

export interface DemoInspectionOptions {
  /** Nothing is dated after this instant's local day. */
  end: Date;
  calendar: WorkingCalendar;
  seed?: number;
  frequency?: FrequencyRules;
  rectification?: { workingDays: number; reopenWorkingDays: number };
  grades?: GradeOptions;
}

export const DEFAULT_DEMO_INSPECTION_SEED = 2026;

const TEMPLATE = DEFAULT_BOARD_AND_WINDOW_TEMPLATE;
/** The demo's own system actor when it checks steps against the lifecycle (the loader's viewer acts for real). */
const CHECK_ACTOR_ID = 'demo-check';

// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

const PROGRESS_NOTES: Readonly<Record<string, readonly string[]>> = {
  BOARD_LOCATION: ['已选定政府大门口新址，公开栏正在迁移安装', '已协调场地，公开栏将移至便民服务中心入口醒目位置'],
  BOARD_AREA: ['已订制 12 平方米以上的新公开栏，待安装', '已完成公开栏扩建设计，材料已到位'],
  BOARD_SECTIONS: ['已增设财务公开、办事指南等栏目，正在排版', '正在按要求调整栏目设置，补齐六个以上栏目'],
  BOARD_CURRENT: ['已收集本季度公开内容，正在更新上墙', '已明确专人负责，按季度更新公开内容'],
  SERVICE_ITEMS_DISCLOSED: ['已对照“七公开”要求补充办事指南内容', '正在逐项核对服务事项的设定依据、收费标准和投诉渠道'],
  WINDOW_STAFF_PRESENT: ['已调整窗口排班，落实首问负责和 AB 岗制度', '已对脱岗人员进行约谈，建立考勤通报机制'],
  OBSERVATION: ['已制定整改方案，明确责任人和完成时限', '正在整改，预计按期完成'],
};
const SUBMIT_NOTES: Readonly<Record<string, readonly string[]>> = {
  BOARD_LOCATION: ['公开栏已迁至政府大门口，附整改前后照片'],
  BOARD_AREA: ['新公开栏已安装到位，面积 15 平方米，附照片'],
  BOARD_SECTIONS: ['栏目已增至 8 个，附照片'],
  BOARD_CURRENT: ['本季度公开内容已全部更新上墙，附照片和更新台账'],
  SERVICE_ITEMS_DISCLOSED: ['服务事项办事指南已按“七公开”要求补齐并上墙，附照片'],
  WINDOW_STAFF_PRESENT: ['窗口排班表和考勤记录已报送，附照片'],
  OBSERVATION: ['问题已整改到位，附佐证材料'],
};
const VERIFY_NOTES = ['经现场复查，整改到位，予以销号', '经核查佐证材料，整改完成，同意销号', '复查合格，销号'];
const REJECT_REASONS = ['复查发现整改不到位，请继续整改', '佐证材料不足，现场核查仍未达标', '公开内容仍未更新至本季度，整改不彻底'];
const ESCALATE_NOTES = ['整改逾期未完成，予以督办，请尽快报送整改结果', '逾期未整改，县政务公开办督办', '超过整改期限，挂牌督办'];
const OBSERVATIONS = ['便民服务中心未公示监督投诉电话', '办事指南样表缺失，群众填表不便', '窗口工作人员未佩戴工作牌', '意见箱长期未开启，群众意见未登记', '电子显示屏公开内容未及时更新'];
const EVIDENCE_NOTES: Readonly<Record<string, readonly string[]>> = {
  BOARD_LOCATION: ['公开栏设在院内走廊尽头，群众不易看到'],
  BOARD_AREA: ['现场丈量公开栏面积不足'],
  BOARD_SECTIONS: ['公开栏栏目设置不全'],
  BOARD_CURRENT: ['公开栏内容仍为上季度', '财务公开内容未更新'],
  SERVICE_ITEMS_DISCLOSED: ['部分服务事项办事指南要素不全'],
  WINDOW_STAFF_PRESENT: ['检查时窗口无人值守', '窗口工作人员离岗未留联系方式'],
};
const SLUGS: Readonly<Record<string, string>> = {
  BOARD_LOCATION: 'board-location',
  BOARD_AREA: 'board-area',
  BOARD_SECTIONS: 'board-sections',
  BOARD_CURRENT: 'board-current',
  SERVICE_ITEMS_DISCLOSED: 'seven-facts',
  WINDOW_STAFF_PRESENT: 'window-staff',
  OBSERVATION: 'observation',
};

// ---------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------

/** Working-day questions that do not throw for a year the calendar does not cover (weekdays then). */
class Days {
  constructor(
    private readonly calendar: WorkingCalendar,
    private readonly rng: Rng,
  ) {}

  isWorking(d: LocalDate): boolean {
    try {
      return this.calendar.isWorkingDay(d);
    } catch (error) {
      if (!(error instanceof CalendarYearNotCoveredError)) throw error;
      const dow = weekday(d);
      return dow !== 0 && dow !== 6;
    }
  }

  /** The n-th working day after d, or null when the calendar cannot say (the API could not either). */
  addWorking(d: LocalDate, n: number): LocalDate | null {
    try {
      return this.calendar.addWorkingDays(d, n);
    } catch (error) {
      if (error instanceof CalendarYearNotCoveredError) return null;
      throw error;
    }
  }

  /** The first working day on or after d. */
  onOrAfter(d: LocalDate): LocalDate {
    let day = d;
    for (let i = 0; i < 15 && !this.isWorking(day); i += 1) day = addCalendarDays(day, 1);
    return day;
  }

  /** A working day in [from, to], or null when there is none. */
  between(from: LocalDate, to: LocalDate): LocalDate | null {
    if (to < from) return null;
    const span = calendarDaysBetween(from, to);
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const day = addCalendarDays(from, this.rng.int(0, span));
      if (this.isWorking(day)) return day;
    }
    for (let day = to; day >= from; day = addCalendarDays(day, -1)) if (this.isWorking(day)) return day;
    return null;
  }

  /** A working day min..max calendar days after d. */
  after(d: LocalDate, min: number, max: number): LocalDate {
    return this.onOrAfter(addCalendarDays(d, this.rng.int(min, max)));
  }
}

// ---------------------------------------------------------------------------
// Item results
// ---------------------------------------------------------------------------

const PASSING_AREAS = [12, 12.5, 14, 15, 16, 18, 20, 24];
const FAILING_AREAS = [6, 8, 9, 10, 10.5, 11];
const FACT_CODES = SEVEN_DISCLOSURES.map((f) => f.code);

/** Results for the default template; each item fails with probability `fail`. */
function rollResults(rng: Rng, fail: number): ItemResultInput[] {
  const missing = rng.chance(fail) ? rng.int(1, 3) : 0;
  const present = [...FACT_CODES];
  for (let i = 0; i < missing; i += 1) present.splice(rng.int(0, present.length - 1), 1);
  return [
    { code: 'BOARD_LOCATION', option: rng.chance(fail * 0.6) ? 'OTHER' : rng.pick(['GATE', 'GATE', 'VISIBLE_PLACE']) },
    { code: 'BOARD_AREA', value: rng.chance(fail * 0.6) ? rng.pick(FAILING_AREAS) : rng.pick(PASSING_AREAS) },
    { code: 'BOARD_SECTIONS', value: rng.chance(fail * 0.6) ? rng.int(3, 5) : rng.int(6, 10) },
    { code: 'BOARD_CURRENT', met: !rng.chance(fail * 1.3) },
    { code: 'SERVICE_ITEMS_DISCLOSED', present },
    { code: 'WINDOW_STAFF_PRESENT', met: !rng.chance(fail) },
  ];
}

/** A poor visit: contents stale, facts missing, nobody at the window, and one board fault. */
function poorResults(rng: Rng): ItemResultInput[] {
  const present = [...FACT_CODES];
  const missing = rng.int(3, 5);
  for (let i = 0; i < missing; i += 1) present.splice(rng.int(0, present.length - 1), 1);
  const boardFault = rng.int(0, 2);
  return [
    { code: 'BOARD_LOCATION', option: boardFault === 0 ? 'OTHER' : 'VISIBLE_PLACE' },
    { code: 'BOARD_AREA', value: boardFault === 1 ? rng.pick(FAILING_AREAS) : rng.pick(PASSING_AREAS) },
    { code: 'BOARD_SECTIONS', value: boardFault === 2 ? rng.int(3, 5) : rng.int(6, 8) },
    { code: 'BOARD_CURRENT', met: false },
    { code: 'SERVICE_ITEMS_DISCLOSED', present },
    { code: 'WINDOW_STAFF_PRESENT', met: rng.chance(0.3) },
  ];
}

function scored(results: readonly ItemResultInput[]): { total: number; failed: FailedItem[] } {
  const outcome = scoreInspection(
    TEMPLATE,
    results.map((r) => ({ code: r.code, observation: observationOf(r)! })),
  );
  if (!outcome.ok) throw new Error(`demo inspection results refused: ${outcome.errors.map((e) => e.messageEn).join('; ')}`);
  return { total: outcome.score.total, failed: outcome.score.failedItems };
}

const ALL_PASS: ItemResultInput[] = [
  { code: 'BOARD_LOCATION', option: 'GATE' },
  { code: 'BOARD_AREA', value: 15 },
  { code: 'BOARD_SECTIONS', value: 8 },
  { code: 'BOARD_CURRENT', met: true },
  { code: 'SERVICE_ITEMS_DISCLOSED', present: FACT_CODES },
  { code: 'WINDOW_STAFF_PRESENT', met: true },
];

// ---------------------------------------------------------------------------
// Drafts
// ---------------------------------------------------------------------------

interface Draft {
  kind: InspectionKind;
  date: LocalDate;
  unit: UnitRef;
  department: DepartmentRef | null;
  inspecting: UnitRef;
  selfCheckWindow: string | null;
  reportedOn: LocalDate | null;
  note: string;
  /** Probability an item fails. */
  fail: number;
  poor: boolean;
  results: ItemResultInput[];
  score: number;
}

const quarterEnd = (year: number, quarter: number) => dayOfYear(year, ['03-31', '06-30', '09-30', '12-31'][quarter - 1]!);
const halfName = (d: LocalDate) => (d.slice(5) <= '06-30' ? '上半年' : '下半年');
const compact = (d: LocalDate) => d.replaceAll('-', '');

/** The requirement counted as 经常性检查 (most milestones) and the other (定期检查). */
function requirementRoles(rules: FrequencyRules): { routine: CountRequirement | null; regular: CountRequirement | null } {
  const withVisits = rules.counts.filter((c) => c.perYear > 0 && c.milestones.length > 0);
  const routine = [...withVisits].sort((a, b) => b.milestones.length - a.milestones.length)[0] ?? null;
  const regular = withVisits.find((c) => c !== routine) ?? null;
  return { routine, regular };
}

/** The latest milestone before the as-of day that raised the count: visits of its window and later are the ones a unit behind lacks. */
function latestPassedMilestone(req: CountRequirement, year: number, asOf: LocalDate): number | null {
  let found: number | null = null;
  let previous = 0;
  req.milestones.forEach((m, i) => {
    if (dayOfYear(year, m.by) < asOf && m.cumulative > previous) found = i;
    previous = m.cumulative;
  });
  return found;
}

export function generateDemoInspections(catalogue: Catalogue, options: DemoInspectionOptions): DemoInspections {
  const rng = new Rng(options.seed ?? DEFAULT_DEMO_INSPECTION_SEED);
  const days = new Days(options.calendar, rng);
  const rules = options.frequency ?? DEFAULT_FREQUENCY_RULES;
  const grades = options.grades ?? DEFAULT_GRADE_OPTIONS;
  const lifecycle: RectificationOptions = { calendar: options.calendar, ...(options.rectification ?? DEFAULT_RECTIFICATION_DAYS) };
  const end = toLocalDate(options.end);
  const year = Number(end.slice(0, 4));
  const jan1 = dayOfYear(year, '01-01');

  const active = catalogue.units.filter((u) => u.active);
  const county = active.find((u) => u.tier === 'COUNTY');
  if (!county) throw new Error('demo inspections: the catalogue has no county');
  const townships = active.filter((u) => u.tier === 'TOWNSHIP' && u.path.startsWith(county.path)).sort((a, b) => a.path.localeCompare(b.path));
  const villages = active.filter((u) => u.tier === 'VILLAGE' && u.path.startsWith(county.path)).sort((a, b) => a.path.localeCompare(b.path));
  const unitIds = new Set(active.map((u) => u.id));
  const departments = catalogue.departments.filter((d) => d.active && unitIds.has(d.orgUnit.id) && d.orgUnit.path.startsWith(county.path)).sort((a, b) => a.code.localeCompare(b.code));
  const unitById = new Map(active.map((u) => [u.id, u]));

  const drafts: Draft[] = [];
  const add = (d: Omit<Draft, 'results' | 'score' | 'poor' | 'selfCheckWindow' | 'reportedOn' | 'department'> & Partial<Draft>) =>
    drafts.push({ selfCheckWindow: null, reportedOn: null, department: null, poor: false, results: [], score: 0, ...d });

  // --- Townships: the visits the rules ask for, each before its milestone ---------------------
  const { routine, regular } = requirementRoles(rules);
  for (const township of townships) {
    const fail = 0.08 + rng.next() * 0.14;
    for (const req of rules.counts) {
      const kind = req.countedKinds[0];
      if (!kind || kind === 'SELF_CHECK') continue;
      let opens = jan1;
      let previous = 0;
      for (const m of req.milestones) {
        const by = dayOfYear(year, m.by);
        const n = m.cumulative - previous;
        const span = Math.max(0, calendarDaysBetween(opens, by));
        for (let i = 0; i < n; i += 1) {
          // Regular visits come as county campaigns late in their window; routine ones anywhere in it.
          const from = addCalendarDays(opens, Math.floor((span * i) / n) + (req === regular ? Math.floor(span / (2 * n)) : 3));
          const to = addCalendarDays(opens, Math.floor((span * (i + 1)) / n) - 1);
          const date = days.between(minLocalDate(from, to), to) ?? days.between(opens, by);
          if (!date) continue;
          const label = req === regular ? `${year}年${halfName(date)}定期检查` : `${year}年第${quarterOf(date).quarter}季度经常性检查`;
          add({ kind, date, unit: township, inspecting: county, note: label, fail });
        }
        previous = m.cumulative;
        opens = addCalendarDays(by, 1);
      }
    }
    let opens = jan1;
    for (const w of rules.selfChecks) {
      const due = dayOfYear(year, w.dueBy);
      const reportDue = dayOfYear(year, w.reportDueBy);
      const latest = maxLocalDate(opens, minLocalDate(due, addCalendarDays(reportDue, -4)));
      const date = days.between(maxLocalDate(opens, addCalendarDays(latest, -45)), latest);
      if (date) {
        const reportBy = maxLocalDate(date, minLocalDate(reportDue, addCalendarDays(date, 18)));
        const reportedOn = days.between(minLocalDate(reportBy, addCalendarDays(date, 2)), reportBy) ?? date;
        add({ kind: 'SELF_CHECK', date, unit: township, inspecting: township, selfCheckWindow: w.code, reportedOn, note: `${year}年${w.label.zh}`, fail: fail * 0.6 });
      }
      opens = addCalendarDays(due, 1);
    }
    if (rng.chance(0.4)) {
      const date = days.between(addCalendarDays(jan1, 20), dayOfYear(year, '12-20'));
      if (date) add({ kind: 'UNANNOUNCED', date, unit: township, inspecting: county, note: '明察暗访：便民服务中心窗口作风', fail: fail * 1.3 });
    }
    if (rng.chance(0.3)) {
      const date = days.between(dayOfYear(year, '09-01'), dayOfYear(year, '09-25'));
      if (date) add({ kind: 'SPECIAL', date, unit: township, inspecting: county, note: `${year}年政务公开专项督查`, fail });
    }
  }

  // --- The previous December's second regular visits of a few townships -------------------------
  for (const township of shuffled(rng, townships).slice(0, Math.min(5, townships.length))) {
    const date = days.between(dayOfYear(year - 1, '12-01'), dayOfYear(year - 1, '12-25'));
    if (date && date >= TEMPLATE.effectiveFrom) add({ kind: 'REGULAR', date, unit: township, inspecting: county, note: `${year - 1}年下半年定期检查`, fail: 0.1 });
  }

  // --- Department windows and villages, visited by the county office -----------------------------
  for (const department of departments) {
    if (!rng.chance(0.7)) continue;
    const unit = unitById.get(department.orgUnit.id)!;
    const visits = rng.chance(0.35) ? 2 : 1;
    for (let i = 0; i < visits; i += 1) {
      const kind = rng.weighted<InspectionKind>([
        ['ROUTINE', 0.4],
        ['UNANNOUNCED', 0.35],
        ['SPECIAL', 0.25],
      ]);
      const date =
        kind === 'SPECIAL' ? days.between(dayOfYear(year, '04-07'), dayOfYear(year, '04-28')) : days.between(addCalendarDays(jan1, 10), dayOfYear(year, '12-20'));
      if (!date) continue;
      const notes: Partial<Record<InspectionKind, string>> = { ROUTINE: `${department.name}窗口经常性检查`, UNANNOUNCED: `明察暗访：${department.name}窗口`, SPECIAL: '政务服务事项“七公开”专项督查' };
      const note = notes[kind] ?? department.name;
      add({ kind, date, unit, department, inspecting: county, note, fail: 0.04 + rng.next() * 0.12 });
    }
  }
  for (const village of shuffled(rng, villages).slice(0, Math.min(18, villages.length))) {
    const kind: InspectionKind = rng.chance(0.6) ? 'ROUTINE' : 'UNANNOUNCED';
    const date = days.between(dayOfYear(year, '02-15'), dayOfYear(year, '12-20'));
    if (date) add({ kind, date, unit: village, inspecting: county, note: `${village.name}便民服务站${kind === 'ROUTINE' ? '经常性检查' : '明察暗访'}`, fail: 0.08 + rng.next() * 0.1 });
  }

  // --- Who is behind, who is late, who fails ----------------------------------------------------
  const endedQuarters = [1, 2, 3, 4].filter((q) => quarterEnd(year, q) < end);
  const failQuarter = endedQuarters.filter((q) => q <= 3).pop() ?? null;
  const picks = shuffled(rng, townships);
  const failingTownship = failQuarter !== null ? (picks.shift() ?? null) : null;
  const behind: DemoBehind[] = [];
  const drop = (pred: (d: Draft) => boolean) => {
    for (let i = drafts.length - 1; i >= 0; i -= 1) if (pred(drafts[i]!)) drafts.splice(i, 1);
  };
  for (const req of [routine, regular]) {
    if (!req) continue;
    const milestone = latestPassedMilestone(req, year, end);
    const unit = milestone === null ? undefined : picks.shift();
    if (milestone === null || !unit) continue;
    // Nothing it counts from the start of that milestone's stretch on.
    const stretch = milestone === 0 ? jan1 : addCalendarDays(dayOfYear(year, req.milestones[milestone - 1]!.by), 1);
    drop((d) => d.unit === unit && d.department === null && req.countedKinds.includes(d.kind) && d.date >= stretch);
    behind.push({ unit, reason: 'COUNT', code: req.code });
  }
  const missedWindow = rules.selfChecks.find((w) => dayOfYear(year, w.dueBy) < end);
  const missedUnit = missedWindow ? picks.shift() : undefined;
  if (missedWindow && missedUnit) {
    drop((d) => d.unit === missedUnit && d.kind === 'SELF_CHECK' && d.selfCheckWindow === missedWindow.code);
    behind.push({ unit: missedUnit, reason: 'SELF_CHECK_MISSED', code: missedWindow.code });
  }
  const reportWindow = [...rules.selfChecks].reverse().find((w) => dayOfYear(year, w.reportDueBy) < end);
  const silentUnit = reportWindow ? picks.shift() : undefined;
  if (reportWindow && silentUnit) {
    const check = drafts.find((d) => d.unit === silentUnit && d.kind === 'SELF_CHECK' && d.selfCheckWindow === reportWindow.code);
    if (check) {
      check.reportedOn = null;
      behind.push({ unit: silentUnit, reason: 'REPORT_MISSING', code: reportWindow.code });
    }
  }
  let lateSelfCheck: DemoInspections['lateSelfCheck'] = null;
  const lateUnit = missedWindow ? picks.shift() : undefined;
  if (missedWindow && lateUnit) {
    const check = drafts.find((d) => d.unit === lateUnit && d.kind === 'SELF_CHECK' && d.selfCheckWindow === missedWindow.code);
    const date = days.after(dayOfYear(year, missedWindow.dueBy), 4, 12);
    if (check && date <= end) {
      check.date = date;
      check.reportedOn = minLocalDate(end, days.after(date, 1, 5));
      check.note = `${check.note}（逾期补做）`;
      lateSelfCheck = { unit: lateUnit, window: missedWindow.code };
    }
  }

  // --- Results: poor ones for the failing township's quarter, then no other quarter below the mark ---
  let failing: DemoInspections['failing'] = null;
  if (failingTownship && failQuarter !== null) {
    const from = dayOfYear(year, ['01-01', '04-01', '07-01', '10-01'][failQuarter - 1]!);
    const to = quarterEnd(year, failQuarter);
    const date = days.between(addCalendarDays(from, 20), to);
    if (date) add({ kind: 'UNANNOUNCED', date, unit: failingTownship, inspecting: county, note: '明察暗访：便民服务中心窗口作风', fail: 0.5 });
    for (const d of drafts) {
      if (d.unit === failingTownship && d.department === null && grades.gradedKinds.includes(d.kind) && d.date >= from && d.date <= to) d.poor = true;
    }
    failing = { unit: failingTownship, year, quarter: failQuarter };
  }

  const kept = drafts.filter((d) => d.date <= end && d.date >= TEMPLATE.effectiveFrom);
  for (const d of kept) {
    // A finding needs a deadline; where the calendar cannot give one, the visit found nothing.
    const canOpen = days.addWorking(d.date, lifecycle.workingDays) !== null;
    for (let attempt = 0; ; attempt += 1) {
      d.results = !canOpen ? ALL_PASS : d.poor ? poorResults(rng) : rollResults(rng, d.fail);
      d.score = scored(d.results).total;
      if (!canOpen || !d.poor || d.score <= grades.thresholds.PASS - 6 || attempt > 20) break;
    }
  }
  const gradedGroups = new Map<string, Draft[]>();
  for (const d of kept) {
    if (d.department !== null || !grades.gradedKinds.includes(d.kind)) continue;
    const q = quarterOf(d.date);
    const key = `${d.unit.id}|${q.year}|${q.quarter}`;
    gradedGroups.set(key, [...(gradedGroups.get(key) ?? []), d]);
  }
  const average = (list: readonly Draft[]) => averageOneDecimal(list.map((d) => d.score)) ?? 100;
  for (const [key, list] of gradedGroups) {
    if (failing && key === `${failing.unit.id}|${failing.year}|${failing.quarter}`) {
      // Only where the calendar cannot give deadlines (a year it does not cover) can it not fail: then nobody does.
      if (average(list) >= grades.thresholds.PASS) failing = null;
      continue;
    }
    for (let guard = 0; average(list) < grades.thresholds.PASS && guard < 10; guard += 1) {
      const lowest = list.reduce((a, b) => (b.score < a.score ? b : a));
      lowest.results = rollResults(rng, 0.03);
      lowest.score = scored(lowest.results).total;
    }
    while (average(list) < grades.thresholds.PASS) {
      const lowest = list.reduce((a, b) => (b.score < a.score ? b : a));
      lowest.results = ALL_PASS;
      lowest.score = 100;
    }
  }

  // --- Inputs and rectification plans -----------------------------------------------------------
  kept.sort((a, b) => a.date.localeCompare(b.date) || a.unit.path.localeCompare(b.unit.path) || (a.department?.code ?? '').localeCompare(b.department?.code ?? '') || a.kind.localeCompare(b.kind));
  const inspections = kept.map((d) => buildInspection(d, rng, days, lifecycle, end));

  const grading = endedQuarters.map((quarter) => ({ year, quarter, on: minLocalDate(end, days.after(quarterEnd(year, quarter), 6, 10)) }));
  return { county, inspections, behind, lateSelfCheck, failing, grading };
}

function inspectorsOf(rng: Rng, n: number): string[] {
  const names = new Set<string>();
  while (names.size < n) names.add(personName(rng, rng.chance(0.6)));
  return [...names];
}

function buildInspection(d: Draft, rng: Rng, days: Days, lifecycle: RectificationOptions, end: LocalDate): DemoInspection {
  const { failed } = scored(d.results);
  const findings: FindingInput[] = [];
  const evidenceYear = d.date.slice(0, 4);
  const ref = (slug: string, what: string) => `evidence/${evidenceYear}/${d.unit.code}${d.department ? `-${d.department.code}` : ''}-${compact(d.date)}-${slug}-${what}.jpg`;
  for (const item of failed) {
    if (!rng.chance(0.6)) continue;
    findings.push({ itemCode: item.code, evidenceNote: rng.pick(EVIDENCE_NOTES[item.code] ?? ['现场检查发现']), photos: [ref(SLUGS[item.code] ?? 'item', 'before')] });
  }
  const canOpen = days.addWorking(d.date, lifecycle.workingDays) !== null;
  const observation = canOpen && rng.chance(d.kind === 'SELF_CHECK' ? 0.04 : 0.1) ? rng.pick(OBSERVATIONS) : null;
  if (observation) findings.push({ description: observation, photos: rng.chance(0.5) ? [ref('observation', 'before')] : [] });
  const hasFindings = failed.length > 0 || observation !== null;
  const selfCheck = d.kind === 'SELF_CHECK';
  const input: DemoInspectionInput = {
    kind: d.kind,
    date: d.date,
    unitId: d.unit.id,
    departmentId: d.department?.id ?? null,
    inspectingUnitId: d.inspecting.id,
    inspectors: inspectorsOf(rng, selfCheck ? 2 : rng.int(2, 3)),
    results: d.results,
    findings,
    ownerPerson: hasFindings && rng.chance(0.9) ? personName(rng, rng.chance(0.5)) : null,
    selfCheckWindow: d.selfCheckWindow,
    reportedOn: d.reportedOn,
    note: d.note,
  };
  const owner = ownerKey(d.unit.path, d.department?.id ?? null);
  const office = d.inspecting.path;
  const drafts = [
    ...failed.map((item) => ({ itemCode: item.code as string | null, description: item.finding.zh, slug: SLUGS[item.code] ?? 'item', key: item.code })),
    ...(observation ? [{ itemCode: null, description: observation, slug: 'observation', key: 'OBSERVATION' }] : []),
  ];
  const rectifications = drafts.map((f, i) => {
    const opened = openRectification(
      { findingId: `${d.unit.code}-${d.date}-${i}`, inspectingUnitId: office, owner: { unitId: owner, person: input.ownerPerson ?? null }, foundOn: d.date, on: d.date, actor: { id: CHECK_ACTOR_ID, unitId: office } },
      end,
      lifecycle,
    );
    if (!opened.ok) throw new Error(`demo rectification refused: ${opened.errors.map((e) => e.messageEn).join('; ')}`);
    const r = foldRectification(opened.events);
    const steps = planSteps(rng, days, lifecycle, end, opened.events, { owner, office, selfCheck, key: f.key, ref: (what) => ref(f.slug, what) });
    return { itemCode: f.itemCode, description: f.description, dueOn: r.dueOn, steps };
  });
  return { input, unitPath: d.unit.path, score: d.score, rectifications };
}

type Plan = 'VERIFY' | 'LATE' | 'REJECT' | 'STUCK' | 'AWAIT';

/**
 * The steps of one rectification: a plan drawn by its age, its days laid out in order, cut at
 * `end`, and each step proposed to the lifecycle as the API would (a refusal is a bug here).
 */
function planSteps(
  rng: Rng,
  days: Days,
  lifecycle: RectificationOptions,
  end: LocalDate,
  openedEvents: readonly RectificationEvent[],
  f: { owner: string; office: string; selfCheck: boolean; key: string; ref: (what: string) => string },
): StepCommand[] {
  const opened = foldRectification(openedEvents);
  const due = opened.dueOn;
  const old = addCalendarDays(due, 10) < end;
  const plan = rng.weighted<Plan>(
    old
      ? [
          ['VERIFY', 0.7],
          ['LATE', 0.09],
          ['REJECT', 0.08],
          ['STUCK', 0.09],
          ['AWAIT', 0.04],
        ]
      : [
          ['VERIFY', 0.85],
          ['REJECT', 0.05],
          ['AWAIT', 0.1],
        ],
  );
  const steps: StepCommand[] = [];
  let last = opened.foundOn;
  const push = (step: StepCommand) => {
    const on = maxLocalDate(step.on, last);
    steps.push({ ...step, on } as StepCommand);
    last = on;
  };
  const progress = (chance: number) => {
    if (rng.chance(chance)) push({ type: 'PROGRESS_REPORTED', on: days.after(last, 2, 8), data: { note: rng.pick(PROGRESS_NOTES[f.key] ?? PROGRESS_NOTES.OBSERVATION!) } });
  };
  const submit = (on: LocalDate, round: number) =>
    push({
      type: 'SUBMITTED',
      on,
      data: {
        evidence: Array.from({ length: rng.int(1, 3) }, (_, i) => f.ref(`after${round > 1 ? round : ''}-${i + 1}`)),
        note: rng.pick(SUBMIT_NOTES[f.key] ?? SUBMIT_NOTES.OBSERVATION!),
      },
    });
  const byDue = (deadline: LocalDate) => days.between(addCalendarDays(last, 1), deadline) ?? days.after(last, 1, 3);
  const verify = () => push({ type: 'VERIFIED', on: days.after(last, 1, 9), data: { note: rng.pick(VERIFY_NOTES) } });
  const escalate = (missed: LocalDate) => push({ type: 'ESCALATED', on: days.after(missed, 2, 12), data: { note: rng.pick(ESCALATE_NOTES) } });

  switch (plan) {
    case 'VERIFY':
      progress(0.7);
      submit(byDue(due), 1);
      verify();
      break;
    case 'LATE':
      progress(0.6);
      if (!f.selfCheck && rng.chance(0.6)) escalate(due);
      submit(days.after(maxLocalDate(last, due), 3, 18), 1);
      verify();
      break;
    case 'REJECT': {
      progress(0.7);
      submit(byDue(due), 1);
      const rejectOn = days.after(last, 1, 6);
      const newDue = days.addWorking(rejectOn, lifecycle.reopenWorkingDays);
      if (newDue === null) {
        verify();
        break;
      }
      push({ type: 'REJECTED', on: rejectOn, data: { reason: rng.pick(REJECT_REASONS) } });
      progress(0.3);
      submit(byDue(newDue), 2);
      verify();
      break;
    }
    case 'STUCK':
      progress(0.5);
      if (!f.selfCheck && rng.chance(0.6)) escalate(due);
      break;
    case 'AWAIT':
      progress(0.7);
      submit(maxLocalDate(byDue(due), days.between(addCalendarDays(end, -15), end) ?? end), 1);
      break;
  }

  // Cut at the end, then check every step as the API would.
  const cut = steps.findIndex((s) => s.on > end);
  const taken = cut === -1 ? steps : steps.slice(0, cut);
  const history = [...openedEvents];
  for (const step of taken) {
    const office = step.type === 'VERIFIED' || step.type === 'REJECTED' || step.type === 'ESCALATED';
    const command = { ...step, actor: { id: CHECK_ACTOR_ID, unitId: office ? f.office : f.owner } } as RectificationCommand;
    const proposal = proposeRectificationEvent(foldRectification(history), command, end, lifecycle);
    if (!proposal.ok) throw new Error(`demo rectification step ${step.type} on ${step.on} refused: ${proposal.errors.map((e) => e.messageEn).join('; ')}`);
    history.push(...proposal.events);
  }
  return taken;
}
