// The SQL behind `approvalStats`: one grouped statement for any number of sibling units (or
// departments), portable between SQLite and PostgreSQL. Pure: builds text and parameters; the
// repository runs it. Local dates are 'YYYY-MM-DD' text, so comparisons are plain string ones.
import type { LocalDate } from '../../shared/calendar';
import { lastOf, Params, siblingPathLength, subtreeRanges, sum, windowList, windowSource as sourceOf, type BuiltQuery, type Dialect, type WindowSource } from '../../shared/sql-params';


export interface StatsWindow {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  /**
   * Ageing thresholds: overdue by at least n working days at asOf ⇔ dueOn < thresholds[n].
   * Keys 1, 6, 11 and 21 (buckets 1–5, 6–10, 11–20, 21+).
   */
  thresholds: Record<1 | 6 | 11 | 21, LocalDate>;
  /** Lowest rating level that counts as satisfied (4: top two, 3: top three). */
  satisfiedFrom: number;
}

export const COUNT_COLUMNS = [
  'received',
  'forwarded',
  'handled',
  'accepted',
  'notAccepted',
  'completed',
  'onTime',
  'early',
  'immediate',
  'workingDaysSum',
  'overdueOpen',
  'overdue1to5',
  'overdue6to10',
  'overdue11to20',
  'overdue21plus',
  'rated',
  'satisfied',
  'bad',
  'calledBack',
  'rectified',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type StatsCounts = Record<CountColumn, number>;


/**
 * Metric expressions over one row source with the Case columns (or the same names from a
 * sub-task union). `w` holds the window's placeholders.
 */
type WindowParams = Record<'from' | 'to' | 'asOf' | 't1' | 't6' | 't11' | 't21', string>;

/** A local-date column within the period. */
const inPeriodOf = (w: WindowParams) => (col: string) => `${col} >= ${w.from} AND ${col} <= ${w.to}`;

/**
 * A row some metric counts in the window: every metric's condition implies one of these. Rows
 * failing it add 0 to every sum, so leaving them out changes no figure; it spares a monthly trend
 * evaluating every metric of every case for every month.
 */
function counted(w: WindowParams): string {
  const inPeriod = inPeriodOf(w);
  const open = `"acceptedOn" <= ${w.asOf} AND ("decidedOn" IS NULL OR "decidedOn" > ${w.asOf}) AND ("closedOn" IS NULL OR "closedOn" > ${w.asOf}) AND "dueOn" < ${w.t1}`;
  return `(${inPeriod('"acceptedOn"')} OR ${inPeriod('"closedOn"')} OR ${inPeriod('"ratedOn"')} OR (${open}))`;
}

/** The last day any window reaches: nothing dated after it counts. */
const lastDay = (windows: StatsWindow | readonly StatsWindow[]) => lastOf(windows, (w) => w.to);

function metricExpressions(w: WindowParams, satisfiedFrom: number) {
  const inPeriod = inPeriodOf(w);
  const completed = `${inPeriod('"acceptedOn"')} AND "decidedOn" <= ${w.asOf}`;
  const openAtAsOf = `"acceptedOn" <= ${w.asOf} AND ("decidedOn" IS NULL OR "decidedOn" > ${w.asOf}) AND ("closedOn" IS NULL OR "closedOn" > ${w.asOf})`;
  // A stopped clock does not run, but a case that was overdue when it stopped stays overdue.
  const overdue = `${openAtAsOf} AND "dueOn" < ${w.t1} AND ("clockStopped" = FALSE OR "dueOn" < "stoppedOn")`;
  const rated = `${inPeriod('"ratedOn"')}`;
  const bad = `${rated} AND "ratingLevel" <= 2`;
  const satisfiedLevel = Math.max(1, Math.min(5, Math.trunc(satisfiedFrom)));
  return {
    accepted: sum(inPeriod('"acceptedOn"')),
    notAccepted: sum(`${inPeriod('"closedOn"')} AND "state" = 'NOT_ACCEPTED'`),
    completed: sum(completed),
    onTime: sum(`${completed} AND "onTime" = TRUE`),
    early: sum(`${completed} AND "decidedOn" < "dueOn"`),
    immediate: sum(`${completed} AND "itemKind" = 'IMMEDIATE' AND "decidedOn" = "acceptedOn"`),
    workingDaysSum: sum(completed, 'COALESCE("workingDaysUsed", 0)'),
    overdueOpen: sum(overdue),
    overdue1to5: sum(`${overdue} AND "dueOn" >= ${w.t6}`),
    overdue6to10: sum(`${overdue} AND "dueOn" < ${w.t6} AND "dueOn" >= ${w.t11}`),
    overdue11to20: sum(`${overdue} AND "dueOn" < ${w.t11} AND "dueOn" >= ${w.t21}`),
    overdue21plus: sum(`${overdue} AND "dueOn" < ${w.t21}`),
    rated: sum(rated),
    satisfied: sum(`${rated} AND "ratingLevel" >= ${satisfiedLevel}`),
    bad: sum(bad),
    calledBack: sum(`${bad} AND "calledBackOn" <= ${w.asOf}`),
    rectified: sum(`${bad} AND "rectifiedOn" <= ${w.asOf}`),
  } satisfies Partial<Record<CountColumn, string>>;
}

const BOUNDS = ['from', 'to', 'asOf', 't1', 't6', 't11', 't21'] as const;
const boundsOf = (window: StatsWindow): WindowParams => ({
  from: window.from,
  to: window.to,
  asOf: window.asOf,
  t1: window.thresholds[1],
  t6: window.thresholds[6],
  t11: window.thresholds[11],
  t21: window.thresholds[21],
});

/**
 * One window's bounds as parameters, or several windows (a monthly trend) as a joined table: the
 * statement text is otherwise the same, so a trend's month and that month's own figures agree by
 * construction. Windows share the satisfied level (a setting, not a bound).
 */
const windowSource = (p: Params, windows: StatsWindow | readonly StatsWindow[]): WindowSource<keyof WindowParams> => sourceOf(p, windows, BOUNDS, boundsOf);
const satisfiedFromOf = (windows: StatsWindow | readonly StatsWindow[]) => windowList(windows)[0]!.satisfiedFrom;

function selectList(columns: Partial<Record<CountColumn, string>>): string {
  return COUNT_COLUMNS.map((c) => `${columns[c] ?? '0'} AS "${c}"`).join(',\n  ');
}

/**
 * Territorial figures for units whose paths all have the same length (siblings): cases received
 * in each subtree, plus the cases handled by departments in it (四级联动: received, forwarded,
 * handled). Rows: { groupKey, window, part: 'territory' | 'handled', ...counts }; `window` is the
 * index into `windows` when several are given (a monthly trend, one statement for all), else 0.
 */
export function orgUnitStatsQuery(dialect: Dialect, unitPaths: readonly string[], windows: StatsWindow | readonly StatsWindow[]): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitStatsQuery');
  const p = new Params(dialect);
  const source = windowSource(p, windows);
  const w = source.bounds;
  const inPeriod = inPeriodOf(w);
  const ranges = (column: string) => subtreeRanges(p, column, unitPaths);
  const territory = {
    ...metricExpressions(w, satisfiedFromOf(windows)),
    received: sum(inPeriod('"receivedOn"')),
    forwarded: sum(`${inPeriod('"receivedOn"')} AND "handlingPath" IS NOT NULL AND substr("handlingPath", 1, ${length}) <> substr("orgPath", 1, ${length})`),
  };
  const territoryWhere = ranges('"orgPath"');
  const handledWhere = ranges('"handlingPath"');
  const until = p.add(lastDay(windows));
  const sql = `${source.with}SELECT substr("orgPath", 1, ${length}) AS "groupKey", ${source.idx} AS "window", 'territory' AS "part",
  ${selectList(territory)}
FROM "Case"${source.join}
WHERE (${territoryWhere}) AND "receivedOn" <= ${until} AND (${inPeriod('"receivedOn"')} OR ${counted(w)})
GROUP BY substr("orgPath", 1, ${length})${source.groupBy}
UNION ALL
SELECT substr("handlingPath", 1, ${length}) AS "groupKey", ${source.idx} AS "window", 'handled' AS "part",
  ${selectList({ handled: sum(inPeriod('"acceptedOn"')) })}
FROM "Case"${source.join}
WHERE (${handledWhere}) AND "acceptedOn" <= ${until} AND ${inPeriod('"acceptedOn"')}
GROUP BY substr("handlingPath", 1, ${length})${source.groupBy}`;
  return p.build(sql);
}

/**
 * Figures per department, each measured on its own work (并联审批: its sub-task, not the whole
 * case). Ratings of a parallel case count for its lead (受理) department. Several windows: as
 * orgUnitStatsQuery.
 */
export function departmentStatsQuery(dialect: Dialect, departmentIds: readonly string[], windows: StatsWindow | readonly StatsWindow[]): BuiltQuery {
  const p = new Params(dialect);
  const source = windowSource(p, windows);
  const w = source.bounds;
  const until = p.add(lastDay(windows));
  const ids = (alias: string) => `${alias} IN (${departmentIds.map((id) => p.add(id)).join(', ')})`;
  const columns =
    '"acceptedOn", "decidedOn", "dueOn", "onTime", "workingDaysUsed", "itemKind", "closedOn", "clockStopped", "stoppedOn", "state", "ratingLevel", "ratedOn", "calledBackOn", "rectifiedOn"';
  const sql = `${source.with}SELECT "departmentId" AS "groupKey", ${source.idx} AS "window", 'department' AS "part",
  ${selectList(metricExpressions(w, satisfiedFromOf(windows)))}
FROM (
  SELECT "handlingDepartmentId" AS "departmentId", ${columns}
  FROM "Case" WHERE ${ids('"handlingDepartmentId"')} AND "parallel" = FALSE AND "receivedOn" <= ${until}
  UNION ALL
  SELECT s."departmentId", s."acceptedOn", s."decidedOn", s."dueOn", s."onTime", s."workingDaysUsed", 'PROMISED', c."closedOn",
    c."clockStopped", c."stoppedOn", c."state", NULL, NULL, NULL, NULL
  FROM "SubTask" s JOIN "Case" c ON c."id" = s."caseId" WHERE ${ids('s."departmentId"')} AND s."acceptedOn" <= ${until}
  UNION ALL
  SELECT "handlingDepartmentId", NULL, NULL, NULL, NULL, NULL, "itemKind", NULL, FALSE, NULL, "state", "ratingLevel", "ratedOn", "calledBackOn", "rectifiedOn"
  FROM "Case" WHERE ${ids('"handlingDepartmentId"')} AND "parallel" = TRUE AND "ratedOn" IS NOT NULL
) work${source.join}
WHERE ${counted(w)}
GROUP BY "departmentId"${source.groupBy}`;
  return p.build(sql);
}
