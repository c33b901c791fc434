// The SQL behind `complaintStats`: one grouped statement for any number of sibling units (or
// departments) with four parts — request figures, dispatch figures (签收, 退单), callback ratings
// (满意率) and received counts per category — portable between SQLite and PostgreSQL. Pure: builds
// text and parameters.
import type { LocalDate } from '../../shared/calendar';
import { Params, siblingPathLength, subtreeRanges, sum, type BuiltQuery, type Dialect } from '../../shared/sql-params';
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

function windowParams(p: Params, w: ComplaintStatsWindow) {
  return {
    from: p.add(w.from),
    to: p.add(w.to),
    asOf: p.add(w.asOf),
    before: p.add(w.overdueBefore),
    t1: p.add(w.thresholds[1]),
    t6: p.add(w.thresholds[6]),
    t11: p.add(w.thresholds[11]),
  };
}
type W = ReturnType<typeof windowParams>;

const inPeriod = (w: W, col: string) => `${col} >= ${w.from} AND ${col} <= ${w.to}`;

function requestMetrics(w: W): Partial<Record<CountColumn, string>> {
  const received = inPeriod(w, '"receivedOn"');
  const replied = inPeriod(w, '"repliedOn"');
  const open = `"receivedOn" <= ${w.asOf} AND ("repliedOn" IS NULL OR "repliedOn" > ${w.asOf}) AND ("closedOn" IS NULL OR "closedOn" > ${w.asOf})`;
  // Against the promised deadline: a 督办 gives a new working deadline but does not excuse the delay.
  const overdue = `${open} AND "promisedReplyLocal" < ${w.before}`;
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

/** Rows: { groupKey, part: 'requests' | 'dispatches' | 'callbacks' | 'category', category, ...counts }. */
function statement(
  dialect: Dialect,
  window: ComplaintStatsWindow,
  keys: (p: Params) => { requests: { key: string; where: string }; dispatches: { key: string; where: string }; callbacks: { key: string; where: string } },
): BuiltQuery {
  const p = new Params(dialect);
  const w = windowParams(p, window);
  const { requests, dispatches, callbacks } = keys(p);
  const sql = `SELECT ${requests.key} AS "groupKey", 'requests' AS "part", NULL AS "category",
  ${selectList(requestMetrics(w))}
FROM "Complaint"
WHERE (${requests.where}) AND "receivedOn" <= ${w.to}
GROUP BY ${requests.key}
UNION ALL
SELECT ${dispatches.key} AS "groupKey", 'dispatches' AS "part", NULL AS "category",
  ${selectList(dispatchMetrics(w))}
FROM "Dispatch"
WHERE (${dispatches.where}) AND "dispatchedOn" <= ${w.to}
GROUP BY ${dispatches.key}
UNION ALL
SELECT ${callbacks.key} AS "groupKey", 'callbacks' AS "part", NULL AS "category",
  ${selectList(callbackMetrics(w, window.satisfiedFrom))}
FROM "ComplaintCallback"
WHERE (${callbacks.where}) AND ${inPeriod(w, '"ratedOn"')}
GROUP BY ${callbacks.key}
UNION ALL
SELECT ${requests.key} AS "groupKey", 'category' AS "part", "category",
  ${selectList({ received: 'CAST(COUNT(*) AS INTEGER)' })}
FROM "Complaint"
WHERE (${requests.where}) AND ${inPeriod(w, '"receivedOn"')}
GROUP BY ${requests.key}, "category"`;
  return p.build(sql);
}

/** Territorial figures for sibling units (paths of one length): requests located in each subtree. */
export function orgUnitStatsQuery(dialect: Dialect, unitPaths: readonly string[], window: ComplaintStatsWindow): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitStatsQuery');
  return statement(dialect, window, (p) => {
    const ranges = subtreeRanges(p, '"orgPath"', unitPaths);
    const key = `substr("orgPath", 1, ${length})`;
    return { requests: { key, where: ranges }, dispatches: { key, where: ranges }, callbacks: { key, where: ranges } };
  });
}

/** Figures per 承办部门: the requests it holds now, and every dispatch it was given. */
export function departmentStatsQuery(dialect: Dialect, departmentIds: readonly string[], window: ComplaintStatsWindow): BuiltQuery {
  return statement(dialect, window, (p) => {
    const list = departmentIds.map((id) => p.add(id)).join(', ');
    return {
      requests: { key: '"assigneeDepartmentId"', where: `"assigneeDepartmentId" IN (${list})` },
      dispatches: { key: '"departmentId"', where: `"departmentId" IN (${list})` },
      callbacks: { key: '"departmentId"', where: `"departmentId" IN (${list})` },
    };
  });
}
