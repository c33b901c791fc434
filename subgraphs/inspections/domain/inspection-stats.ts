// `inspectionStats` from the rows of one grouped statement (stats-query.ts): inspections by kind,
// the average score and the grade it earns, rectification counts and 整改完成率, and frequency
// compliance of the units the rules apply to in the subtree. Pure.
//
//  - Average score: over the period's inspections of the graded kinds (self-checks excluded by
//    default: a unit does not grade itself), one decimal; the grade is read from that figure with
//    the configured thresholds, null without inspections (grades.ts).
//  - 整改完成率: of the rectifications opened in the period, the share verified (销号) by now.
//  - Open / overdue: rectifications at the snapshot, overdue when the owner still has to act and
//    the deadline day has passed.
//  - Frequency: each required unit in the subtree judged for the as-of day's year (frequency.ts);
//    the roll-up counts the units behind and lists them with the reasons.
import type { LocalDate } from '../../shared/calendar';
import { rate, type Rate } from '../../shared/rate';
import { gradeFor, type Grade, type GradeOptions } from './grades';
import { INSPECTION_KINDS, type InspectionKind } from './inspection-kinds';
import { describeBehind, frequencyCompliance, type FrequencyCompliance, type FrequencyRules, type InspectionRecord } from './frequency';
import { roundTo } from './rounding';
import type { RateLike } from './scorecard';
import { RECTIFICATION_COLUMNS, type RectificationCounts, type StatsRow } from './stats-query';

export interface SubjectRows {
  byKind: Map<InspectionKind, { count: number; scoreSum: number }>;
  rectifications: RectificationCounts;
  /** Dated inspections per unit path (frequency part). */
  records: Map<string, InspectionRecord[]>;
}

export const emptySubjectRows = (): SubjectRows => ({
  byKind: new Map(),
  rectifications: Object.fromEntries(RECTIFICATION_COLUMNS.map((c) => [c, 0])) as RectificationCounts,
  records: new Map(),
});

/** Sorts the statement's rows by subject. */
export function collectRows(subjects: readonly string[], rows: readonly StatsRow[]): Map<string, SubjectRows> {
  const out = new Map(subjects.map((s) => [s, emptySubjectRows()]));
  for (const row of rows) {
    const target = out.get(row.groupKey);
    if (!target) continue;
    if (row.part === 'inspections') {
      target.byKind.set(row.kind as InspectionKind, { count: Number(row.n ?? 0), scoreSum: Number(row.scoreSum ?? 0) });
    } else if (row.part === 'rectifications') {
      for (const c of RECTIFICATION_COLUMNS) target.rectifications[c] += Number(row[c] ?? 0);
    } else {
      const list = target.records.get(row.unitPath!) ?? [];
      const record: InspectionRecord = { kind: row.kind as InspectionKind, date: row.day as LocalDate, selfCheckWindow: row.win, reportedOn: row.reportedOn as LocalDate | null };
      for (let i = 0; i < Number(row.n ?? 1); i += 1) list.push(record);
      target.records.set(row.unitPath!, list);
    }
  }
  return out;
}

export interface RequiredUnit {
  id: string;
  path: string;
  name: string;
}

export interface UnitBehind {
  unit: RequiredUnit;
  reasons: { zh: string; en: string }[];
}

export interface FrequencyRollup {
  year: number;
  asOf: LocalDate;
  unitsRequired: number;
  unitsBehind: number;
  behind: UnitBehind[];
  /** The subject unit's own compliance, when the rules apply to it. */
  own: FrequencyCompliance | null;
}

export interface InspectionStats {
  inspections: number;
  byKind: { kind: InspectionKind; count: number }[];
  /** Inspections of the graded kinds, and their average score (one decimal). */
  scored: number;
  averageScore: number | null;
  grade: Grade | null;
  /** The average as a rate (value = average / 100) for the scorecard. */
  scoreRate: RateLike;
  rectifications: RectificationCounts & { completionRate: Rate };
  frequency: FrequencyRollup | null;
}

/**
 * Compliance of the required units for the as-of day's year. A period that is over is judged at
 * its end, its last day included (a milestone on that day is then due); the current one as of
 * today, when a milestone due today is not yet missed (frequency.ts).
 */
export function frequencyRollup(
  records: ReadonlyMap<string, readonly InspectionRecord[]>,
  required: readonly RequiredUnit[],
  subjectPath: string | null,
  asOf: LocalDate,
  today: LocalDate,
  rules: FrequencyRules,
): FrequencyRollup {
  const year = Number(asOf.slice(0, 4));
  const asOfDayOver = asOf < today;
  const behind: UnitBehind[] = [];
  let own: FrequencyCompliance | null = null;
  for (const unit of required) {
    const compliance = frequencyCompliance(records.get(unit.path) ?? [], year, asOf, rules, { asOfDayOver });
    if (unit.path === subjectPath) own = compliance;
    if (compliance.behind) behind.push({ unit, reasons: describeBehind(compliance) });
  }
  behind.sort((a, b) => a.unit.path.localeCompare(b.unit.path));
  return { year, asOf, unitsRequired: required.length, unitsBehind: behind.length, behind, own };
}

export function inspectionStats(rows: SubjectRows, grades: GradeOptions, frequency: FrequencyRollup | null, completionTarget = 1): InspectionStats {
  const byKind = INSPECTION_KINDS.map((kind) => ({ kind, count: rows.byKind.get(kind)?.count ?? 0 }));
  let scored = 0;
  let scoreSum = 0;
  for (const kind of grades.gradedKinds) {
    const k = rows.byKind.get(kind);
    if (!k) continue;
    scored += k.count;
    scoreSum += k.scoreSum;
  }
  const averageScore = scored === 0 ? null : roundTo(scoreSum / scored, 1);
  const r = rows.rectifications;
  return {
    inspections: byKind.reduce((s, k) => s + k.count, 0),
    byKind,
    scored,
    averageScore,
    grade: averageScore === null ? null : gradeFor(averageScore, grades.thresholds),
    scoreRate: { numerator: scoreSum / 100, denominator: scored, value: scored === 0 ? null : scoreSum / 100 / scored },
    rectifications: { ...r, completionRate: rate(r.verifiedOfOpened, r.opened, completionTarget) },
    frequency,
  };
}
