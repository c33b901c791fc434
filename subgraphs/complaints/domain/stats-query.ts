// The SQL behind `complaintStats`: one grouped statement for any number of sibling units (or
// departments) with four parts — request figures, dispatch figures (签收, 退单), callback ratings
// (满意率) and received counts per category — portable between SQLite and PostgreSQL. Pure: builds
// text and parameters.
import type { LocalDate } from '../../shared/calendar';
import { lastOf, Params, siblingPathLength, subtreeRanges, sum, windowList, windowSource, type BuiltQuery, type Dialect } from '../../shared/sql-params';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from './complaint-state';

export { kindColumn, channelColumn };

export interface ComplaintStatsWindow {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  /** Requests whose reply deadline (local minute) is before this are overdue at the snapshot. */
  overdueBefore: string;
  /** Overdue by at least n working days ⇔ the deadline's day is before thresholds[n]. */
  thresholds: Record<1 | 6 | 11, LocalDate>;
  /** Lowest satisfaction level counted as satisfied (3: 基本满意 and above). */
  satisfiedFrom: number;
}

const kindColumn = <K extends string>(k: K) => `kind_${k}` as const;
const channelColumn = <C extends string>(c: C) => `channel_${c}` as const;

export const COUNT_COLUMNS = [
  'received',
  ...COMPLAINT_KINDS.map(kindColumn),
  ...COMPLAINT_CHANNELS.map(channelColumn),
  'duplicates',
  'replied',
  'repliedOnTime',
  'replyMinutesSum',
  'calledBack',
  'rated',
  'satisfied',
  'dissatisfied',
  'reopened',
  'escalated',
  'overdueOpen',
  'overdueUnder1',
  'overdue1to5',
  'overdue6to10',
  'overdue11plus',
  'dispatched',
  'signed',
  'signedOnTime',
  'returned',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];
export type ComplaintCounts = Record<CountColumn, number>;

export const EMPTY_COUNTS: ComplaintCounts = Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as ComplaintCounts;

export function addCounts(a: ComplaintCounts, b: Partial<Record<string, number | bigint | null>>): ComplaintCounts {
  const out = { ...a };
  for (const key of COUNT_COLUMNS) out[key] += Number(b[key] ?? 0);
  return out;
}

const BOUNDS = ['from', 'to', 'asOf', 'before', 't1', 't6', 't11'] as const;
type W = Record<(typeof BOUNDS)[number], string>;
const boundsOf = (w: ComplaintStatsWindow): W => ({
  from: w.from,
  to: w.to,
  asOf: w.asOf,
  before: w.overdueBefore,
  t1: w.thresholds[1],
  t6: w.thresholds[6],
  t11: w.thresholds[11],
});

const inPeriod = (w: W, col: string) => `${col} >= ${w.from} AND ${col} <= ${w.to}`;

/** The open requests overdue at the snapshot: open, and the promised deadline passed. */
const overdueAt = (w: W) =>
  `"receivedOn" <= ${w.asOf} AND ("repliedOn" IS NULL OR "repliedOn" > ${w.asOf}) AND ("closedOn" IS NULL OR "closedOn" > ${w.asOf}) AND "promisedReplyLocal" < ${w.before}`;

/**
 * A request some request metric counts in the window (each metric's condition implies one of
 * these): leaving the others out changes no sum, and spares a trend evaluating every metric of
 * every request for every month.
 */
const requestCounted = (w: W) => `(${inPeriod(w, '"receivedOn"')} OR ${inPeriod(w, '"repliedOn"')} OR ${inPeriod(w, '"escalatedOn"')} OR (${overdueAt(w)}))`;
const dispatchCounted = (w: W) => `(${inPeriod(w, '"dispatchedOn"')} OR ${inPeriod(w, '"signedOn"')} OR ${inPeriod(w, '"returnedOn"')})`;

function requestMetrics(w: W): Partial<Record<CountColumn, string>> {
  const received = inPeriod(w, '"receivedOn"');
  const replied = inPeriod(w, '"repliedOn"');
  // Against the promised deadline: a 督办 gives a new working deadline but does not excuse the delay.
  const overdue = overdueAt(w);
  const dueDay = 'substr("promisedReplyLocal", 1, 10)';
  return {
    received: sum(received),
    ...Object.fromEntries(COMPLAINT_KINDS.map((k) => [kindColumn(k), sum(`${received} AND "kind" = '${k}'`)])),
    ...Object.fromEntries(COMPLAINT_CHANNELS.map((c) => [channelColumn(c), sum(`${received} AND "channel" = '${c}'`)])),
    duplicates: sum(`${received} AND "duplicateOfId" IS NOT NULL`),
    replied: sum(replied),
    repliedOnTime: sum(`${replied} AND "replyOnTime" = TRUE`),
    // BIGINT: a city's year of minutes can pass 2^31 (PostgreSQL would refuse an INTEGER sum).
    replyMinutesSum: `CAST(SUM(CASE WHEN ${replied} THEN COALESCE("replyMinutes", 0) ELSE 0 END) AS BIGINT)`,
    calledBack: sum(`${replied} AND "calledBackOn" <= ${w.asOf}`),
    reopened: sum(`${received} AND "reopenCount" > 0`),
    escalated: sum(inPeriod(w, '"escalatedOn"')),
    overdueOpen: sum(overdue),
    overdueUnder1: sum(`${overdue} AND ${dueDay} >= ${w.t1}`),
    overdue1to5: sum(`${overdue} AND ${dueDay} < ${w.t1} AND ${dueDay} >= ${w.t6}`),
    overdue6to10: sum(`${overdue} AND ${dueDay} < ${w.t6} AND ${dueDay} >= ${w.t11}`),
    overdue11plus: sum(`${overdue} AND ${dueDay} < ${w.t11}`),
  };
}

/** Every callback that reached the citizen with a level counts, including one that reopened the request. */
function callbackMetrics(w: W, satisfiedFrom: number): Partial<Record<CountColumn, string>> {
  const rated = inPeriod(w, '"ratedOn"');
  const level = Math.max(1, Math.min(5, Math.trunc(satisfiedFrom)));
  return {
    rated: sum(rated),
    satisfied: sum(`${rated} AND "satisfaction" >= ${level}`),
    dissatisfied: sum(`${rated} AND "satisfaction" <= 2`),
  };
}

function dispatchMetrics(w: W): Partial<Record<CountColumn, string>> {
  const signed = inPeriod(w, '"signedOn"');
  return {
    dispatched: sum(inPeriod(w, '"dispatchedOn"')),
    signed: sum(signed),
    signedOnTime: sum(`${signed} AND "signedOnTime" = TRUE`),
    returned: sum(inPeriod(w, '"returnedOn"')),
  };
}

const selectList = (columns: Partial<Record<CountColumn, string>>) => COUNT_COLUMNS.map((c) => `${columns[c] ?? '0'} AS "${c}"`).join(',\n  ');

/**
 * Rows: { groupKey, window, part: 'requests' | 'dispatches' | 'callbacks' | 'category', category,
 * ...counts }; `window` indexes `windows` when several are given (a monthly trend), else 0.
 */
function statement(
  dialect: Dialect,
  windows: ComplaintStatsWindow | readonly ComplaintStatsWindow[],
  keys: (p: Params) => { requests: { key: string; where: string }; dispatches: { key: string; where: string }; callbacks: { key: string; where: string } },
): BuiltQuery {
  const p = new Params(dialect);
  // One window's bounds as parameters, or several (a monthly trend) as a joined table: the text
  // is otherwise the same, so a trend's month agrees with that month's own figures.
  const source = windowSource(p, windows, BOUNDS, boundsOf);
  const w = source.bounds;
  const until = p.add(lastOf(windows, (x) => x.to));
  const { requests, dispatches, callbacks } = keys(p);
  const head = (key: string, part: string, category: string) => `SELECT ${key} AS "groupKey", ${source.idx} AS "window", '${part}' AS "part", ${category} AS "category"`;
  const sql = `${source.with}${head(requests.key, 'requests', 'NULL')},
  ${selectList(requestMetrics(w))}
FROM "Complaint"${source.join}
WHERE (${requests.where}) AND "receivedOn" <= ${until} AND ${requestCounted(w)}
GROUP BY ${requests.key}${source.groupBy}
UNION ALL
${head(dispatches.key, 'dispatches', 'NULL')},
  ${selectList(dispatchMetrics(w))}
FROM "Dispatch"${source.join}
WHERE (${dispatches.where}) AND "dispatchedOn" <= ${until} AND ${dispatchCounted(w)}
GROUP BY ${dispatches.key}${source.groupBy}
UNION ALL
${head(callbacks.key, 'callbacks', 'NULL')},
  ${selectList(callbackMetrics(w, windowList(windows)[0]!.satisfiedFrom))}
FROM "ComplaintCallback"${source.join}
WHERE (${callbacks.where}) AND ${inPeriod(w, '"ratedOn"')}
GROUP BY ${callbacks.key}${source.groupBy}
UNION ALL
${head(requests.key, 'category', '"category"')},
  ${selectList({ received: 'CAST(COUNT(*) AS INTEGER)' })}
FROM "Complaint"${source.join}
WHERE (${requests.where}) AND ${inPeriod(w, '"receivedOn"')}
GROUP BY ${requests.key}${source.groupBy}, "category"`;
  return p.build(sql);
}

/** Territorial figures for sibling units (paths of one length): requests located in each subtree. */
export function orgUnitStatsQuery(dialect: Dialect, unitPaths: readonly string[], windows: ComplaintStatsWindow | readonly ComplaintStatsWindow[]): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitStatsQuery');
  return statement(dialect, windows, (p) => {
    const ranges = subtreeRanges(p, '"orgPath"', unitPaths);
    const key = `substr("orgPath", 1, ${length})`;
    return { requests: { key, where: ranges }, dispatches: { key, where: ranges }, callbacks: { key, where: ranges } };
  });
}

/** Figures per 承办部门: the requests it holds now, and every dispatch it was given. */
export function departmentStatsQuery(dialect: Dialect, departmentIds: readonly string[], windows: ComplaintStatsWindow | readonly ComplaintStatsWindow[]): BuiltQuery {
  return statement(dialect, windows, (p) => {
    const list = departmentIds.map((id) => p.add(id)).join(', ');
    return {
      requests: { key: '"assigneeDepartmentId"', where: `"assigneeDepartmentId" IN (${list})` },
      dispatches: { key: '"departmentId"', where: `"departmentId" IN (${list})` },
      callbacks: { key: '"departmentId"', where: `"departmentId" IN (${list})` },
    };
  });
}
