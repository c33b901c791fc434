import { createRequire } from 'node:module';
import pg from 'pg';
import { statsWindow } from '../subgraphs/approvals/domain/approval-stats';
import { departmentStatsQuery, orgUnitStatsQuery, type BuiltQuery } from '../subgraphs/approvals/domain/stats-query';
import { createWorkingCalendar, parseLocalDate } from '../subgraphs/shared/calendar';
const dialect = process.argv[2] as 'sqlite' | 'postgres';
const which = process.argv.slice(3);
type Run = (sql: string) => Promise<unknown[]>;
let run: Run; let close: () => Promise<void>; let plan: (sql: string) => Promise<string>;
if (dialect === 'postgres') {
  const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
  await c.connect(); await c.query('SET search_path TO bench_approvals'); await c.query('SET jit = off');
  run = async (sql) => (await c.query(sql)).rows; close = () => c.end();
  plan = async (sql) => (await c.query('EXPLAIN (ANALYZE) ' + sql)).rows.map((r) => r['QUERY PLAN']).filter((l: string) => !/Bitmap Index Scan on|Index Cond|Filter:/.test(l)).map((l: string) => l.slice(0, 200)).join('\n');
} else {
  const D = createRequire(import.meta.url)('better-sqlite3');
  const db = new D(process.env.SQLITE_FILE, { readonly: true });
  run = async (sql) => db.prepare(sql).all(); close = async () => db.close();
  plan = async (sql) => db.prepare('EXPLAIN QUERY PLAN ' + sql).all().map((r: { detail: string }) => r.detail).filter((d: string) => !/^INDEX \d|SEARCH Case USING (COVERING )?INDEX Case_(orgPath|handlingPath)/.test(d)).join('\n');
}
const paths = (await run(`SELECT DISTINCT substr("orgPath",1,23) AS p FROM "Case" WHERE length("orgPath") > 13 ORDER BY 1`)).map((r) => (r as { p: string }).p);
const depts = (await run(`SELECT DISTINCT "departmentId" AS d FROM "SubTask" ORDER BY 1`)).map((r) => (r as { d: string }).d);
const w = statsWindow(createWorkingCalendar(), { from: parseLocalDate('2025-01-01'), to: parseLocalDate('2025-12-31'), asOf: parseLocalDate('2025-12-31') }, 4);
function inline(q: BuiltQuery): string {
  let i = 0;
  return dialect === 'postgres' ? q.sql.replace(/\$(\d+)/g, (_m, n: string) => `'${q.params[Number(n) - 1]}'`) : q.sql.replace(/\?/g, () => `'${q.params[i++]}'`);
}
const T = inline(orgUnitStatsQuery(dialect, paths, w));
const Dq = inline(departmentStatsQuery(dialect, depts, w));
const F = "'2025-01-01'", TO = "'2025-12-31'", AS = "'2025-12-31'";
const relevant = `("receivedOn" >= ${F} OR "acceptedOn" >= ${F} OR "closedOn" >= ${F} OR "ratedOn" >= ${F} OR "decidedOn" > ${AS} OR ("decidedOn" IS NULL AND "closedOn" IS NULL))`;
const territoryEnd = `AND "receivedOn" <= ${TO}\nGROUP BY substr("orgPath"`;
const variants: Record<string, string> = {
  township: T,
  'township+relevantFilter': T.replace(territoryEnd, `AND "receivedOn" <= ${TO} AND ${relevant}\nGROUP BY substr("orgPath"`),
  'township+receivedOn>=from (NOT equivalent, lower bound only)': T.replace(territoryEnd, `AND "receivedOn" <= ${TO} AND "receivedOn" >= ${F}\nGROUP BY substr("orgPath"`),
  'township COUNT only': `SELECT COUNT(*) AS n FROM "Case" WHERE ${T.slice(T.indexOf('WHERE (') + 6, T.indexOf('\nGROUP BY'))}`,
  department: Dq,
  'department merged 1+3': Dq.replace(/\n  UNION ALL\n  SELECT "handlingDepartmentId", NULL, NULL[^\n]*\n  FROM "Case" WHERE [^\n]*\n/, '\n')
    .replace('SELECT "handlingDepartmentId" AS "departmentId", "acceptedOn", "decidedOn", "dueOn", "onTime", "workingDaysUsed", "itemKind", "closedOn", "clockStopped", "stoppedOn", "state", "ratingLevel", "ratedOn", "calledBackOn", "rectifiedOn"',
      `SELECT "handlingDepartmentId" AS "departmentId", CASE WHEN "parallel" THEN NULL ELSE "acceptedOn" END, CASE WHEN "parallel" THEN NULL ELSE "decidedOn" END, CASE WHEN "parallel" THEN NULL ELSE "dueOn" END, CASE WHEN "parallel" THEN NULL ELSE "onTime" END, CASE WHEN "parallel" THEN NULL ELSE "workingDaysUsed" END, "itemKind", CASE WHEN "parallel" THEN NULL ELSE "closedOn" END, CASE WHEN "parallel" THEN FALSE ELSE "clockStopped" END, CASE WHEN "parallel" THEN NULL ELSE "stoppedOn" END, "state", "ratingLevel", "ratedOn", "calledBackOn", "rectifiedOn"`)
    .replace(/AND "parallel" = FALSE AND ("receivedOn" <= '2025-12-31')/, `AND ("parallel" = FALSE OR "ratedOn" IS NOT NULL) AND $1`),
};
for (const name of which.length ? which : Object.keys(variants)) {
  const sql = variants[name]!;
  if (process.env.PLAN) { console.log(`--- ${name}\n${await plan(sql)}`); continue; }
  const rows = await run(sql);
  const ts: number[] = [];
  for (let i = 0; i < 3; i++) { const t0 = performance.now(); await run(sql); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  const sumCol = (c: string) => rows.reduce((s: number, r) => s + Number((r as Record<string, unknown>)[c] ?? 0), 0);
  console.log(`${name}: ${ts.map((t) => t.toFixed(0)).join(' / ')} ms; rows ${rows.length}; Σ accepted ${sumCol('accepted')} overdueOpen ${sumCol('overdueOpen')} rated ${sumCol('rated')} notAccepted ${sumCol('notAccepted')} bad ${sumCol('bad')} n ${sumCol('n')}`);
}
await close();
