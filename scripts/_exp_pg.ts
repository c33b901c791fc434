import pg from 'pg';
import { statsWindow } from '../subgraphs/approvals/domain/approval-stats';
import { departmentStatsQuery, orgUnitStatsQuery } from '../subgraphs/approvals/domain/stats-query';
import { createWorkingCalendar, parseLocalDate } from '../subgraphs/shared/calendar';
const c = new pg.Client({ connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres' });
await c.connect();
await c.query('SET search_path TO bench_approvals');
const paths = (await c.query(`SELECT DISTINCT substr("orgPath",1,23) p FROM "Case" WHERE length("orgPath") > 13 ORDER BY 1`)).rows.map((r) => r.p as string);
const depts = (await c.query(`SELECT DISTINCT "departmentId" d FROM "SubTask" ORDER BY 1`)).rows.map((r) => r.d as string);
console.log(paths.length, depts.length);
const w = statsWindow(createWorkingCalendar(), { from: parseLocalDate('2025-01-01'), to: parseLocalDate('2025-12-31'), asOf: parseLocalDate('2025-12-31') }, 4);
const t = orgUnitStatsQuery('postgres', paths, w);
const d = departmentStatsQuery('postgres', depts, w);
async function timeIt(label: string, sql: string, params: string[], n = 3) {
  await c.query(sql, params);
  const ts: number[] = [];
  for (let i = 0; i < n; i++) { const t0 = performance.now(); await c.query(sql, params); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  console.log(label, ts.map((x) => x.toFixed(0)).join(' '));
}
const mode = process.argv[2] ?? 'jit';
if (mode === 'jit') {
  for (const jit of ['on', 'off']) {
    await c.query(`SET jit = ${jit}`);
    await timeIt(`township jit=${jit}`, t.sql, t.params);
    await timeIt(`department jit=${jit}`, d.sql, d.params);
  }
  await c.query('SET jit = off');
  await c.query('SET max_parallel_workers_per_gather = 0');
  await timeIt(`township jit=off serial`, t.sql, t.params);
  await timeIt(`department jit=off serial`, d.sql, d.params);
}
if (mode === 'plan') {
  await c.query(`SET jit = ${process.argv[3] ?? 'off'}`);
  const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${process.argv[4] === 'd' ? d.sql : t.sql}`, process.argv[4] === 'd' ? d.params : t.params);
  console.log(r.rows.map((x) => x['QUERY PLAN']).filter((l: string) => !/Bitmap Index Scan on|Index Cond|Buffers: shared (hit|read)=\d+( read=\d+)?$/.test(l)).map((l: string) => l.slice(0, 220)).join('\n'));
}
if (mode === 'sql') {
  await c.query('SET jit = off');
  const sql = process.argv[3]!;
  await timeIt('custom', sql, []);
}
await c.end();
