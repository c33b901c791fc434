// The SQL behind `disclosureStats`: one statement for any number of sibling units (or departments)
// with five parts — request counts, outcomes, proactive items, review and litigation results, and
// the board postings due in the period. Portable between SQLite and PostgreSQL. Pure.
//
// Past days read the projection safely: a request's deadline never moves once passed
// (request-lifecycle.ts), so "overdue on day D" is "received by D, not answered by D, final
// deadline before D".
import type { LocalDate } from '../../shared/calendar';
import { Params, siblingPathLength, subtreeRanges, sum, type BuiltQuery, type Dialect } from '../../shared/sql-params';

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

function statement(dialect: Dialect, window: DisclosureStatsWindow, subjects: (p: Params) => Subjects): BuiltQuery {
  const p = new Params(dialect);
  const from = p.add(window.from);
  const asOf = p.add(window.asOf);
  const s = subjects(p);
  const answered = `"answeredOn" >= ${from} AND "answeredOn" <= ${asOf}`;
  const openAsOf = `"receivedOn" <= ${asOf} AND ("answeredOn" IS NULL OR "answeredOn" > ${asOf})`;
  const parts = [
    `SELECT ${s.requests.key} AS "groupKey", 'requests' AS "part", ${columns({
      a: sum(`"receivedOn" >= ${from} AND "receivedOn" <= ${asOf}`),
      b: sum(answered),
      c: sum(`${answered} AND "answeredOnTime" = TRUE`),
      d: sum(openAsOf),
      e: sum(`${openAsOf} AND "dueOn" IS NOT NULL AND "dueOn" < ${asOf}`),
    })}
FROM "DisclosureRequest"
WHERE (${s.requests.where}) AND "receivedOn" <= ${asOf}
GROUP BY ${s.requests.key}`,
    `SELECT ${s.requests.key} AS "groupKey", 'outcomes' AS "part", ${columns({ code: '"outcome"', a: 'CAST(COUNT(*) AS INTEGER)' })}
FROM "DisclosureRequest"
WHERE (${s.requests.where}) AND ${answered}
GROUP BY ${s.requests.key}, "outcome"`,
    `SELECT ${s.items.key} AS "groupKey", 'proactive' AS "part", ${columns({
      a: 'CAST(COUNT(*) AS INTEGER)',
      b: sum('"publishedOnTime" = TRUE'),
      c: sum('"fullTextElectronic" = TRUE'),
    })}
FROM "ProactiveItem"
WHERE (${s.items.where}) AND "publishedOn" >= ${from} AND "publishedOn" <= ${asOf}
GROUP BY ${s.items.key}`,
    // A result reached after the snapshot day was still pending on it.
    `SELECT ${s.remedies.key} AS "groupKey", 'remedies' AS "part", ${columns({
      code: `"kind" || '|' || CASE WHEN "decidedOn" IS NOT NULL AND "decidedOn" <= ${asOf} THEN "result" ELSE 'PENDING' END`,
      a: 'CAST(COUNT(*) AS INTEGER)',
    })}
FROM "Remedy"
WHERE (${s.remedies.where}) AND "filedOn" >= ${from} AND "filedOn" <= ${asOf}
GROUP BY ${s.remedies.key}, "kind", CASE WHEN "decidedOn" IS NOT NULL AND "decidedOn" <= ${asOf} THEN "result" ELSE 'PENDING' END`,
  ];
  if (s.boards) {
    // Added only with its part: PostgreSQL cannot type a parameter the statement never uses.
    const to = p.add(window.to);
    parts.push(`SELECT ${s.boards.key} AS "groupKey", 'boards' AS "part", ${columns({
      code: '"unitId"',
      day: '"postedOn"',
      a: '"year"',
      b: '"quarter"',
      c: `CASE WHEN "onTime" = TRUE THEN 1 ELSE 0 END`,
    })}
FROM "BoardPosting"
WHERE (${s.boards.where}) AND "dueOn" >= ${from} AND "dueOn" <= ${to}`);
  }
  return p.build(parts.join('\nUNION ALL\n'));
}

/** Figures for sibling units (paths of one length): every agency and board in each unit's subtree. */
export function orgUnitDisclosureQuery(dialect: Dialect, unitPaths: readonly string[], window: DisclosureStatsWindow): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'orgUnitDisclosureQuery');
  return statement(dialect, window, (p) => ({
    requests: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    items: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    remedies: { key: `substr("agencyPath", 1, ${length})`, where: subtreeRanges(p, '"agencyPath"', unitPaths) },
    boards: { key: `substr("unitPath", 1, ${length})`, where: subtreeRanges(p, '"unitPath"', unitPaths) },
  }));
}

/** Figures of departments (requests addressed to them, items they published, remedies against them). */
export function departmentDisclosureQuery(dialect: Dialect, departmentIds: readonly string[], window: DisclosureStatsWindow): BuiltQuery {
  return statement(dialect, window, (p) => {
    const list = () => departmentIds.map((id) => p.add(id)).join(', ');
    return {
      requests: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      items: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      remedies: { key: '"departmentId"', where: `"departmentId" IN (${list()})` },
      boards: null,
    };
  });
}
