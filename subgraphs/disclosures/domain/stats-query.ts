// The SQL behind `disclosureStats` (and, with a window per month, `disclosureTrend`): one statement
// for any number of sibling units (or departments) with five parts — request counts, outcomes, proactive items, review and litigation results, and
// the board postings due in the period. Portable between SQLite and PostgreSQL. Pure.
//
// Past days read the projection safely: a request's deadline never moves once passed
// (request-lifecycle.ts), so "overdue on day D" is "received by D, not answered by D, final
// deadline before D".
import type { LocalDate } from '../../shared/calendar';
import { lastOf, Params, siblingPathLength, subtreeRanges, sum, windowSource, type BuiltQuery, type Dialect } from '../../shared/sql-params';

export interface DisclosureStatsWindow {
  from: LocalDate;
  /** The period's last day: board postings due up to it belong to the period. */
  to: LocalDate;
  /** The snapshot day: the period's last day, or today if earlier. */
  asOf: LocalDate;
}

export type StatsPart = 'requests' | 'outcomes' | 'proactive' | 'remedies' | 'boards';

/** Every row of the statement; each part fills the columns it needs (see the part builders). */
export interface StatsRow {
  groupKey: string;
  /** Index of the window (a trend's month); 0 for one window. */
  window?: number | bigint;
  part: StatsPart;
  code: string | null;
  day: string | null;
  a: number | bigint | null;
  b: number | bigint | null;
  c: number | bigint | null;
  d: number | bigint | null;
  e: number | bigint | null;
}

const NULL_TEXT = 'CAST(NULL AS TEXT)';
const NULL_INT = 'CAST(NULL AS INTEGER)';

function columns(values: Partial<Record<'code' | 'day' | 'a' | 'b' | 'c' | 'd' | 'e', string>>): string {
  return [
    ...(['code', 'day'] as const).map((c) => `${values[c] ?? NULL_TEXT} AS "${c}"`),
    ...(['a', 'b', 'c', 'd', 'e'] as const).map((c) => `${values[c] ?? NULL_INT} AS "${c}"`),
  ].join(', ');
}

interface Keyed {
  key: string;
  where: string;
}

interface Subjects {
  requests: Keyed;
  items: Keyed;
  remedies: Keyed;
  /** Null for departments: boards belong to townships and villages. */
  boards: Keyed | null;
}

const BOUNDS = ['from', 'to', 'asOf'] as const;
const boundsOf = (w: DisclosureStatsWindow) => ({ from: w.from, to: w.to, asOf: w.asOf });

/**
 * One window's bounds as parameters, or several (a monthly trend) as a table every part is joined
 * with and grouped by: the text is otherwise the same, so a trend's month agrees with that
 * month's own figures.
 */
function statement(dialect: Dialect, windows: DisclosureStatsWindow | readonly DisclosureStatsWindow[], subjects: (p: Params) => Subjects): BuiltQuery {
  const p = new Params(dialect);
  const source = windowSource(p, windows, BOUNDS, boundsOf);
  const { from, asOf } = source.bounds;
  const s = subjects(p);
  const head = (key: string, part: StatsPart) => `SELECT ${key} AS "groupKey", ${source.idx} AS "window", '${part}' AS "part"`;
  const answered = `"answeredOn" >= ${from} AND "answeredOn" <= ${asOf}`;
  const openAsOf = `"receivedOn" <= ${asOf} AND ("answeredOn" IS NULL OR "answeredOn" > ${asOf})`;
  const received = `"receivedOn" >= ${from} AND "receivedOn" <= ${asOf}`;
  const parts = [
    // Only requests some count takes in (received, answered or open): the others add 0 to each.
    `${head(s.requests.key, 'requests')}, ${columns({
      a: sum(received),
      b: sum(answered),
      c: sum(`${answered} AND "answeredOnTime" = TRUE`),
      d: sum(openAsOf),
      e: sum(`${openAsOf} AND "dueOn" IS NOT NULL AND "dueOn" < ${asOf}`),
    })}
FROM "DisclosureRequest"${source.join}
WHERE (${s.requests.where}) AND "receivedOn" <= ${p.add(lastOf(windows, (w) => w.asOf))} AND (${received} OR ${answered} OR (${openAsOf}))
GROUP BY ${s.requests.key}${source.groupBy}`,
    `${head(s.requests.key, 'outcomes')}, ${columns({ code: '"outcome"', a: 'CAST(COUNT(*) AS INTEGER)' })}
FROM "DisclosureRequest"${source.join}
WHERE (${s.requests.where}) AND ${answered}
GROUP BY ${s.requests.key}${source.groupBy}, "outcome"`,
    `${head(s.items.key, 'proactive')}, ${columns({
      a: 'CAST(COUNT(*) AS INTEGER)',
      b: sum('"publishedOnTime" = TRUE'),
      c: sum('"fullTextElectronic" = TRUE'),
    })}
FROM "ProactiveItem"${source.join}
WHERE (${s.items.where}) AND "publishedOn" >= ${from} AND "publishedOn" <= ${asOf}
GROUP BY ${s.items.key}${source.groupBy}`,
    // A result reached after the snapshot day was still pending on it.
    `${head(s.remedies.key, 'remedies')}, ${columns({
      code: `"kind" || '|' || CASE WHEN "decidedOn" IS NOT NULL AND "decidedOn" <= ${asOf} THEN "result" ELSE 'PENDING' END`,
      a: 'CAST(COUNT(*) AS INTEGER)',
    })}
FROM "Remedy"${source.join}
WHERE (${s.remedies.where}) AND "filedOn" >= ${from} AND "filedOn" <= ${asOf}
GROUP BY ${s.remedies.key}${source.groupBy}, "kind", CASE WHEN "decidedOn" IS NOT NULL AND "decidedOn" <= ${asOf} THEN "result" ELSE 'PENDING' END`,
  ];
  if (s.boards) {
    // Read here first for one window: PostgreSQL cannot type a parameter the statement never uses.
    const to = source.bounds.to;
    parts.push(`${head(s.boards.key, 'boards')}, ${columns({
      code: '"unitId"',
      day: '"postedOn"',
      a: '"year"',
      b: '"quarter"',
      c: `CASE WHEN "onTime" = TRUE THEN 1 ELSE 0 END`,
    })}
FROM "BoardPosting"${source.join}
WHERE (${s.boards.where}) AND "dueOn" >= ${from} AND "dueOn" <= ${to}`);
  }
  return p.build(source.with + parts.join('\nUNION ALL\n'));
}

/** Figures for sibling units (paths of one length): every agency and board in each unit's subtree. */
export function orgUnitDisclosureQuery(dialect: Dialect, unitPaths: readonly string[], windows: DisclosureStatsWindow | readonly DisclosureStatsWindow[]): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitDisclosureQuery');
  return statement(dialect, windows, (p) => ({
    requests: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    items: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    remedies: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    boards: { key: `substr("unitPath", 1, ${length})`, where: subtreeRanges(p, '"unitPath"', unitPaths) },
  }));
}

/** Figures of departments (requests addressed to them, items they published, remedies against them). */
export function departmentDisclosureQuery(dialect: Dialect, departmentIds: readonly string[], windows: DisclosureStatsWindow | readonly DisclosureStatsWindow[]): BuiltQuery {
  return statement(dialect, windows, (p) => {
    const list = () => departmentIds.map((id) => p.add(id)).join(', ');
    return {
      requests: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      items: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      remedies: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      boards: null,
    };
  });
}
