// Frequency compliance (检查频次) per unit and year, from the 余庆县 notice (余府办发〔2010〕97号):
// “每年定期检查不少于二次，经常性检查不少于四次”; “6月底前和11月底前 … 分两次 … 进行自查和考核测评
// … 分别于7月15日前、11月15前报送半年工作总结、全年工作总结”. Every number is configuration with these
// as defaults.
//
// When a unit is "behind" (judged pro rata, not only at year end):
//  - Each count requirement has milestones: cumulative counts due by a day of the year. Defaults:
//    定期检查 1 by 30 June and 2 by 31 December (the notice's county inspections fall in July and
//    December: one per half-year); 经常性检查 1 per quarter (1 by 31 March, 2 by 30 June, 3 by 30
//    September, 4 by 31 December).
//  - Expected by now = the cumulative count of the latest milestone whose day is BEFORE the as-of
//    day. On the milestone day itself the unit is not yet behind (an inspection that day still
//    counts); from the next day it is.
//  - Done = inspections of the counted kinds dated in the year, on or before the as-of day
//    (planned, future-dated visits do not count). Behind = done < expected by now.
//
// Self-check windows: each has a due day for the self-check and one for its report. Note the
// notice's second report (全年工作总结, 15 November) falls before the second self-check deadline (end
// of November); the defaults follow the notice literally, so no order between the two is imposed.
//  - A self-check may name the window it is for; otherwise self-checks are taken in date order and
//    each fills the earliest window still open to it (opened the day after the previous window's
//    due day, or 1 January). So a catch-up self-check on 10 July fills the June window, late, and
//    the November window still needs its own; a second self-check in April fills nothing (a window
//    cannot be done before it opens) and is counted as extra. Only self-checks dated in the year
//    count, so a window's self-check done in the next January stays MISSED for this year.
//  - Self-check status: ON_TIME (on or before the due day), LATE (after it), MISSED (none and the
//    due day has passed), PENDING (none yet, not yet due). MISSED becomes LATE once one is done.
//  - Report status likewise: ON_TIME, LATE, MISSING (none and the report due day has passed),
//    PENDING. A report dated after the as-of day is not yet known and does not count.
//  - A unit is behind when a count requirement is behind, a self-check is MISSED, or a report is
//    MISSING. Late ones are listed but do not keep the unit behind once done.
import { addCalendarDays, compareLocalDate, parseLocalDate, yearOf, type LocalDate } from '../../shared/calendar';
import { userError, type UserError } from '../../shared/errors';
import { isInspectionKind, type InspectionKind } from './inspection-kinds';

/** A day of the year, 'MM-DD' (29 February is not accepted: it does not exist every year). */
export type MonthDay = string;

export interface Milestone {
  by: MonthDay;
  /** Inspections required, counted from 1 January, by that day. */
  cumulative: number;
}

export interface CountRequirement {
  code: string;
  label: { zh: string; en: string };
  /** Kinds that count towards it, e.g. a county may count 明察暗访 as 经常性检查. */
  countedKinds: readonly InspectionKind[];
  /** Required in the year: the last milestone's cumulative count. */
  perYear: number;
  milestones: readonly Milestone[];
}

export interface SelfCheckWindow {
  code: string;
  label: { zh: string; en: string };
  /** The self-check is done by this day … */
  dueBy: MonthDay;
  /** … and its report (工作总结) sent by this day. */
  reportDueBy: MonthDay;
}

export interface FrequencyRules {
  counts: readonly CountRequirement[];
  selfChecks: readonly SelfCheckWindow[];
}

export const DEFAULT_FREQUENCY_RULES: FrequencyRules = {
  counts: [
    {
      code: 'REGULAR',
      label: { zh: '定期检查', en: 'regular inspections' },
      countedKinds: ['REGULAR'],
      perYear: 2,
      milestones: [
        { by: '06-30', cumulative: 1 },
        { by: '12-31', cumulative: 2 },
      ],
    },
    {
      code: 'ROUTINE',
      label: { zh: '经常性检查', en: 'routine inspections' },
      countedKinds: ['ROUTINE'],
      perYear: 4,
      milestones: [
        { by: '03-31', cumulative: 1 },
        { by: '06-30', cumulative: 2 },
        { by: '09-30', cumulative: 3 },
        { by: '12-31', cumulative: 4 },
      ],
    },
  ],
  selfChecks: [
    { code: 'H1', label: { zh: '上半年自查', en: 'first-half self-check' }, dueBy: '06-30', reportDueBy: '07-15' },
    { code: 'H2', label: { zh: '下半年自查', en: 'second-half self-check' }, dueBy: '11-30', reportDueBy: '11-15' },
  ],
};

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** The day of `year` a MonthDay names; throws RangeError for a malformed one. */
export function dayOfYear(year: number, md: MonthDay): LocalDate {
  if (!MONTH_DAY.test(md) || md === '02-29') throw new RangeError(`无效月日「${md}」 / invalid month-day "${md}"`);
  return parseLocalDate(`${String(year).padStart(4, '0')}-${md}`);
}

const validMonthDay = (md: MonthDay) => {
  try {
    dayOfYear(2025, md);
    return true;
  } catch {
    return false;
  }
};
const monthDayError = (field: string) => userError(field, 'MONTH_DAY_FORMAT', '日期格式应为 MM-DD（不含2月29日）', 'a day of the year is MM-DD (not 02-29)');

export function validateFrequencyRules(rules: FrequencyRules): UserError[] {
  const errors: UserError[] = [];
  const codes = new Set<string>();
  rules.counts.forEach((req, i) => {
    const f = `counts[${i}]`;
    if (codes.has(req.code)) errors.push(userError(`${f}.code`, 'CODE_UNIQUE', `要求代码“${req.code}”重复`, `the requirement code "${req.code}" is used twice`));
    codes.add(req.code);
    if (req.countedKinds.length === 0 || !req.countedKinds.every(isInspectionKind)) {
      errors.push(userError(`${f}.countedKinds`, 'COUNTED_KINDS', '须指定计入的检查方式', 'name the inspection kinds that count'));
    }
    if (!Number.isInteger(req.perYear) || req.perYear < 0) {
      errors.push(userError(`${f}.perYear`, 'COUNT_NON_NEGATIVE', '年度次数须为非负整数', 'the yearly count is a non-negative integer'));
    }
    let previous: Milestone | null = null;
    req.milestones.forEach((m, j) => {
      const mf = `${f}.milestones[${j}]`;
      if (!validMonthDay(m.by)) errors.push(monthDayError(`${mf}.by`));
      else if (previous && validMonthDay(previous.by) && m.by <= previous.by) {
        errors.push(userError(`${mf}.by`, 'MILESTONES_ASCENDING', '节点日期须依次递增', 'milestone days must ascend'));
      }
      if (!Number.isInteger(m.cumulative) || m.cumulative < 0 || (previous && m.cumulative < previous.cumulative)) {
        errors.push(userError(`${mf}.cumulative`, 'CUMULATIVE_NON_DECREASING', '累计次数须为非负整数且不减', 'cumulative counts are non-negative integers that never decrease'));
      }
      previous = m;
    });
    const last = req.milestones[req.milestones.length - 1];
    if (req.perYear > 0 && last?.cumulative !== req.perYear) {
      errors.push(userError(`${f}.milestones`, 'MILESTONES_REACH_YEARLY', `最后一个节点的累计次数须等于年度次数${req.perYear}`, `the last milestone must reach the yearly count ${req.perYear}`));
    }
  });
  const windows = new Set<string>();
  rules.selfChecks.forEach((w, i) => {
    const f = `selfChecks[${i}]`;
    if (windows.has(w.code)) errors.push(userError(`${f}.code`, 'CODE_UNIQUE', `自查批次代码“${w.code}”重复`, `the window code "${w.code}" is used twice`));
    windows.add(w.code);
    const previousDue = rules.selfChecks[i - 1]?.dueBy;
    if (!validMonthDay(w.dueBy)) errors.push(monthDayError(`${f}.dueBy`));
    else if (previousDue !== undefined && validMonthDay(previousDue) && w.dueBy <= previousDue) {
      errors.push(userError(`${f}.dueBy`, 'WINDOWS_ASCENDING', '自查截止日期须依次递增', 'self-check due days must ascend'));
    }
    if (!validMonthDay(w.reportDueBy)) errors.push(monthDayError(`${f}.reportDueBy`));
  });
  return errors;
}

export interface InspectionRecord {
  kind: InspectionKind;
  date: LocalDate;
  /** Self-checks: the window it is for (e.g. 'H1'), when the record says so. */
  selfCheckWindow?: string | null;
  /** Self-checks: the day its report (工作总结) was sent, if it was. */
  reportedOn?: LocalDate | null;
}

export interface CountCompliance {
  code: string;
  label: { zh: string; en: string };
  done: number;
  required: number;
  /** Cumulative count due by the as-of day (the latest passed milestone). */
  expectedByNow: number;
  behind: boolean;
  /** The next milestone still to come, with its day. */
  nextMilestone: { by: LocalDate; cumulative: number } | null;
}

export type SelfCheckStatus = 'ON_TIME' | 'LATE' | 'MISSED' | 'PENDING';
export type ReportStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export const SELF_CHECK_STATUS_LABELS: Readonly<Record<SelfCheckStatus, { zh: string; en: string }>> = {
  ON_TIME: { zh: '按时完成', en: 'done on time' },
  LATE: { zh: '逾期完成', en: 'done late' },
  MISSED: { zh: '逾期未完成', en: 'overdue' },
  PENDING: { zh: '未到期', en: 'not yet due' },
};

export interface WindowCompliance {
  code: string;
  label: { zh: string; en: string };
  dueBy: LocalDate;
  reportDueBy: LocalDate;
  doneOn: LocalDate | null;
  status: SelfCheckStatus;
  reportedOn: LocalDate | null;
  reportStatus: ReportStatus;
}

export interface FrequencyCompliance {
  year: number;
  asOf: LocalDate;
  counts: CountCompliance[];
  selfChecks: WindowCompliance[];
  /** Window codes whose self-check is overdue and not done. */
  missedSelfChecks: string[];
  /** Window codes whose self-check or report was done after its due day. */
  lateSelfChecks: string[];
  lateReports: string[];
  missingReports: string[];
  /** Self-checks beyond one per window. */
  extraSelfChecks: number;
  behind: boolean;
}

const before = (a: LocalDate, b: LocalDate) => compareLocalDate(a, b) < 0;
const notAfter = (a: LocalDate, b: LocalDate) => compareLocalDate(a, b) <= 0;

/** Whether a due day has passed as of the as-of day: strictly before it, or on it too once that day is over. */
type Passed = (day: LocalDate) => boolean;

function countCompliance(req: CountRequirement, year: number, passed: Passed, inYear: readonly InspectionRecord[]): CountCompliance {
  const done = inYear.filter((r) => req.countedKinds.includes(r.kind)).length;
  let expectedByNow = 0;
  let nextMilestone: CountCompliance['nextMilestone'] = null;
  for (const m of req.milestones) {
    const by = dayOfYear(year, m.by);
    if (passed(by)) expectedByNow = m.cumulative;
    else if (nextMilestone === null) nextMilestone = { by, cumulative: m.cumulative };
  }
  return { code: req.code, label: req.label, done, required: req.perYear, expectedByNow, behind: done < expectedByNow, nextMilestone };
}

function assignSelfChecks(windows: readonly SelfCheckWindow[], year: number, checks: readonly InspectionRecord[]) {
  const assigned = new Map<string, InspectionRecord>();
  let extra = 0;
  const sorted = [...checks].sort((a, b) => compareLocalDate(a.date, b.date));
  const untagged: InspectionRecord[] = [];
  for (const check of sorted) {
    const tag = check.selfCheckWindow;
    // A window code the rules do not know (e.g. from an older configuration) is treated as untagged.
    if (tag == null || !windows.some((w) => w.code === tag)) untagged.push(check);
    else if (assigned.has(tag)) extra += 1;
    else assigned.set(tag, check);
  }
  for (const check of untagged) {
    let opens = dayOfYear(year, '01-01');
    let target: SelfCheckWindow | null = null;
    for (const w of windows) {
      if (!assigned.has(w.code) && notAfter(opens, check.date)) {
        target = w;
        break;
      }
      opens = addCalendarDays(dayOfYear(year, w.dueBy), 1);
    }
    if (target) assigned.set(target.code, check);
    else extra += 1;
  }
  return { assigned, extra };
}

function windowCompliance(w: SelfCheckWindow, year: number, asOf: LocalDate, passed: Passed, check: InspectionRecord | undefined): WindowCompliance {
  const dueBy = dayOfYear(year, w.dueBy);
  const reportDueBy = dayOfYear(year, w.reportDueBy);
  const doneOn = check?.date ?? null;
  const status: SelfCheckStatus = doneOn ? (notAfter(doneOn, dueBy) ? 'ON_TIME' : 'LATE') : passed(dueBy) ? 'MISSED' : 'PENDING';
  const reported = check?.reportedOn ?? null;
  const reportedOn = reported && notAfter(reported, asOf) ? reported : null;
  const reportStatus: ReportStatus = reportedOn
    ? notAfter(reportedOn, reportDueBy)
      ? 'ON_TIME'
      : 'LATE'
    : passed(reportDueBy)
      ? 'MISSING'
      : 'PENDING';
  return { code: w.code, label: w.label, dueBy, reportDueBy, doneOn, status, reportedOn, reportStatus };
}

export interface ComplianceOptions {
  /**
   * The as-of day is over (a period that has ended is judged at its end): something due that day
   * is then due, not still pending. Nothing dated after the as-of day counts either way.
   */
  asOfDayOver?: boolean;
}

/**
 * Compliance of one unit for one year as of a day. Throws RangeError for rules that do not
 * validate (validateFrequencyRules gives the details): configuration is checked when saved.
 */
export function frequencyCompliance(
  inspections: readonly InspectionRecord[],
  year: number,
  asOf: LocalDate,
  rules: FrequencyRules = DEFAULT_FREQUENCY_RULES,
  options: ComplianceOptions = {},
): FrequencyCompliance {
  const problems = validateFrequencyRules(rules);
  if (problems.length > 0) throw new RangeError(problems.map((p) => `${p.field}: ${p.messageEn}`).join('; '));
  const inYear = inspections.filter((r) => yearOf(r.date) === year && notAfter(r.date, asOf));
  const passed: Passed = options.asOfDayOver ? (day) => notAfter(day, asOf) : (day) => before(day, asOf);
  const counts = rules.counts.map((req) => countCompliance(req, year, passed, inYear));
  const { assigned, extra } = assignSelfChecks(
    rules.selfChecks,
    year,
    inYear.filter((r) => r.kind === 'SELF_CHECK'),
  );
  const selfChecks = rules.selfChecks.map((w) => windowCompliance(w, year, asOf, passed, assigned.get(w.code)));
  const codes = (pick: (w: WindowCompliance) => boolean) => selfChecks.filter(pick).map((w) => w.code);
  const missedSelfChecks = codes((w) => w.status === 'MISSED');
  const missingReports = codes((w) => w.reportStatus === 'MISSING');
  return {
    year,
    asOf,
    counts,
    selfChecks,
    missedSelfChecks,
    lateSelfChecks: codes((w) => w.status === 'LATE'),
    lateReports: codes((w) => w.reportStatus === 'LATE'),
    missingReports,
    extraSelfChecks: extra,
    behind: counts.some((c) => c.behind) || missedSelfChecks.length > 0 || missingReports.length > 0,
  };
}

/** A short account of why a unit is behind, for warnings and the dashboard. */
export function describeBehind(c: FrequencyCompliance): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  for (const count of c.counts.filter((x) => x.behind)) {
    out.push({
      zh: `${count.label.zh}：已完成${count.done}次，截至目前应完成${count.expectedByNow}次`,
      en: `${count.label.en}: ${count.done} done, ${count.expectedByNow} due by now`,
    });
  }
  for (const w of c.selfChecks) {
    if (w.status === 'MISSED') out.push({ zh: `${w.label.zh}逾期未完成（应于${w.dueBy}前完成）`, en: `${w.label.en} overdue (due by ${w.dueBy})` });
    if (w.reportStatus === 'MISSING') out.push({ zh: `${w.label.zh}总结逾期未报送（应于${w.reportDueBy}前报送）`, en: `${w.label.en} report overdue (due by ${w.reportDueBy})` });
  }
  return out;
}
