// The SQL behind `inspectionStats` (and, with a window per month, `inspectionTrend`): one statement for any number of sibling units (or
// departments) with three parts — inspections per kind with their score sums, rectification
// counts, and the year's dated inspections of each unit for frequency compliance. Portable between
// SQLite and PostgreSQL. Pure: builds text and parameters.
import type { LocalDate } from '../../shared/calendar';
import { Params, siblingPathLength, subtreeRanges, sum, windowList, windowSource, type BuiltQuery, type Dialect } from '../../shared/sql-params';
import { ACTIVE_STATES } from './rectification';
import type { InspectionKind } from './inspection-kinds';

export interface InspectionStatsWindow {
  from: LocalDate;
  /** The snapshot day: the period's last day, or today if earlier. Nothing after it counts. */
  asOf: LocalDate;
  /** 1 January of the as-of day's year: frequency compliance is per year. */
  yearStart: LocalDate;
  /** Kinds the frequency rules count (self-checks are always read). */
  frequencyKinds: readonly InspectionKind[];
}

export const RECTIFICATION_COLUMNS = ['opened', 'verifiedOfOpened', 'openNow', 'overdue', 'escalatedOverdue', 'awaitingVerification', 'verifiedInPeriod'] as const;
export type RectificationCounts = Record<(typeof RECTIFICATION_COLUMNS)[number], number>;

/** Every row of the statement; a part fills its own columns and leaves the others null. */
export interface StatsRow {
  groupKey: string;
  /** Index of the window (a trend's month); 0 for one window. */
  window?: number | bigint;
  part: 'inspections' | 'rectifications' | 'frequency';
  kind: string | null;
  unitPath: string | null;
  day: string | null;
  win: string | null;
  reportedOn: string | null;
  n: number | bigint | null;
  scoreSum: number | null;
  opened: number | bigint | null;
  verifiedOfOpened: number | bigint | null;
  openNow: number | bigint | null;
  overdue: number | bigint | null;
  escalatedOverdue: number | bigint | null;
  awaitingVerification: number | bigint | null;
  verifiedInPeriod: number | bigint | null;
}

const NULL_TEXT = 'CAST(NULL AS TEXT)';
const NULL_INT = 'CAST(NULL AS INTEGER)';

function columns(values: Partial<Record<Exclude<keyof StatsRow, 'groupKey' | 'part'>, string>>): string {
  const text = ['kind', 'unitPath', 'day', 'win', 'reportedOn'] as const;
  const ints = ['n', ...RECTIFICATION_COLUMNS] as const;
  return [
    ...text.map((c) => `${values[c] ?? NULL_TEXT} AS "${c}"`),
    `${values.n ?? NULL_INT} AS "n"`,
    // A float on both sides of the UNION, so PostgreSQL resolves the column as double precision.
    `${values.scoreSum ?? 'CAST(NULL AS DOUBLE PRECISION)'} AS "scoreSum"`,
    ...ints.slice(1).map((c) => `${values[c] ?? NULL_INT} AS "${c}"`),
  ].join(', ');
}

interface Subject {
  /** Inspections of the subjects, keyed. */
  inspections: { key: string; where: string };
  rectifications: { key: string; where: string };
  /** Null: no frequency part (departments are not held to the frequency rules). */
  frequency: { key: string; where: string } | null;
}

const BOUNDS = ['from', 'asOf', 'yearStart'] as const;
const boundsOf = (w: InspectionStatsWindow) => ({ from: w.from, asOf: w.asOf, yearStart: w.yearStart });

/**
 * One window's bounds as parameters, or several (a monthly trend) as a table every part is joined
 * with and grouped by: the text is otherwise the same, so a trend's month agrees with that
 * month's own figures. Windows share the frequency kinds (a setting, not a bound).
 */
function statement(dialect: Dialect, windows: InspectionStatsWindow | readonly InspectionStatsWindow[], subject: (p: Params) => Subject): BuiltQuery {
  const p = new Params(dialect);
  const source = windowSource(p, windows, BOUNDS, boundsOf);
  const { from, asOf } = source.bounds;
  const s = subject(p);
  const head = (key: string, part: StatsRow['part']) => `SELECT ${key} AS "groupKey", ${source.idx} AS "window", '${part}' AS "part"`;
  const active = ACTIVE_STATES.map((state) => `'${state}'`).join(', ');
  const opened = `r."openedOn" >= ${from} AND r."openedOn" <= ${asOf}`;
  // How each rectification stood at the snapshot: the last step taken on or before that day.
  const overdue = `s."stateAfter" IN (${active}) AND s."dueOnAfter" < ${asOf}`;
  const parts = [
    `${head(s.inspections.key, 'inspections')}, ${columns({
      kind: '"kind"',
      n: 'CAST(COUNT(*) AS INTEGER)',
      scoreSum: 'CAST(SUM("score") AS DOUBLE PRECISION)',
    })}
FROM "Inspection"${source.join}
WHERE (${s.inspections.where}) AND "date" >= ${from} AND "date" <= ${asOf}
GROUP BY ${s.inspections.key}${source.groupBy}, "kind"`,
    `${head(s.rectifications.key, 'rectifications')}, ${columns({
      opened: sum(opened),
      // 整改完成率 counts the period's rectifications verified by now.
      verifiedOfOpened: sum(`${opened} AND r."state" = 'VERIFIED'`),
      openNow: sum(`s."stateAfter" <> 'VERIFIED'`),
      overdue: sum(overdue),
      escalatedOverdue: sum(`${overdue} AND s."escalatedAfter" = TRUE`),
      awaitingVerification: sum(`s."stateAfter" = 'SUBMITTED'`),
      verifiedInPeriod: sum(`r."verifiedOn" >= ${from} AND r."verifiedOn" <= ${asOf}`),
    })}
FROM "Rectification" r${source.join}
JOIN "RectificationEvent" s ON s."rectificationId" = r."id"
  AND s."seq" = (SELECT MAX(e."seq") FROM "RectificationEvent" e WHERE e."rectificationId" = r."id" AND e."on" <= ${asOf})
WHERE (${s.rectifications.where}) AND r."openedOn" <= ${asOf}
GROUP BY ${s.rectifications.key}${source.groupBy}`,
  ];
  if (s.frequency) {
    // Read here first for one window: PostgreSQL cannot type a parameter the statement never uses.
    const yearStart = source.bounds.yearStart;
    const kinds = [...new Set([...windowList(windows)[0]!.frequencyKinds, 'SELF_CHECK'])].map((k) => p.add(k)).join(', ');
    parts.push(`${head(s.frequency.key, 'frequency')}, ${columns({
      kind: '"kind"',
      unitPath: '"unitPath"',
      day: '"date"',
      win: '"selfCheckWindow"',
      reportedOn: '"reportedOn"',
      n: 'CAST(COUNT(*) AS INTEGER)',
    })}
FROM "Inspection"${source.join}
WHERE (${s.frequency.where}) AND "departmentId" IS NULL AND "date" >= ${yearStart} AND "date" <= ${asOf} AND "kind" IN (${kinds})
GROUP BY ${s.frequency.key}${source.groupBy}, "unitPath", "kind", "date", "selfCheckWindow", "reportedOn"`);
  }
  return p.build(source.with + parts.join('\nUNION ALL\n'));
}

/** Figures for sibling units (paths of one length): everything in each unit's subtree. */
export function orgUnitInspectionQuery(dialect: Dialect, unitPaths: readonly string[], windows: InspectionStatsWindow | readonly InspectionStatsWindow[]): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitInspectionQuery');
  return statement(dialect, windows, (p) => {
    const unitKey = `substr("unitPath", 1, ${length})`;
    const units = subtreeRanges(p, '"unitPath"', unitPaths);
    return {
      inspections: { key: unitKey, where: units },
      rectifications: { key: `substr(r."ownerPath", 1, ${length})`, where: subtreeRanges(p, 'r."ownerPath"', unitPaths) },
      frequency: { key: unitKey, where: subtreeRanges(p, '"unitPath"', unitPaths) },
    };
  });
}

/** Figures of departments (their windows' inspections and rectifications). */
export function departmentInspectionQuery(dialect: Dialect, departmentIds: readonly string[], windows: InspectionStatsWindow | readonly InspectionStatsWindow[]): BuiltQuery {
  return statement(dialect, windows, (p) => {
    const list = departmentIds.map((id) => p.add(id)).join(', ');
    return {
      inspections: { key: '"departmentId"', where: `"departmentId" IN (${list})` },
      rectifications: { key: 'r."ownerDepartmentId"', where: `r."ownerDepartmentId" IN (${list})` },
      frequency: null,
    };
  });
}
