// Benchmark: the complaints subgraph's statistics SQL and the supervision list on a generated
// county of REQUESTS requests, on SQLite and on PostgreSQL. The data is the demo generator's
// (seed/demo-complaints.ts, a year of requests and hotline calls for the demo county 安乡县, the
// catalogue built offline from the departments seed) loaded by the demo loader
// (seed/load-demo-complaints.ts). Prints load time, latency p50/p95 of
//   - the township query (20 sibling subtrees, orgUnitStatsQuery) for a year and for a quarter,
//   - the department query (40 departments, departmentStatsQuery) for the year,
//   - the hotline days query (the county, hotlineDaysQuery) for the year,
// run exactly as loaders.ts runs them (Prisma $queryRawUnsafe), and of the supervision page's list
// (requests overdue now, most overdue first, first 50, through db.complaint.findMany, with the
// filter and order of schema/queries.ts: overdueOnly, MOST_OVERDUE_FIRST) and its count;
// a sanity count for each, the SQL, its parameters and the query plan. Figures, not assertions.
//
//   tsx scripts/bench-complaint-stats.ts [--requests=N] [--dbs=sqlite,postgres] [--runs=N] [--pg-url=URL] [--keep]
//   env: REQUESTS (200000: 300 000 took ~3 min to generate and load on SQLite and ~3 GB of memory,
//        the generator holding every history), DBS ("sqlite,postgres"), RUNS (5), YG_BENCH_PG_URL
//        (postgresql://postgres@127.0.0.1:5432/postgres), KEEP=1 (keep the database afterwards),
//        QUIET_SQL=1 (do not print the SQL text).
import { statSync } from 'node:fs';
import { createComplaintsDb, type ComplaintsDb } from '../subgraphs/complaints/db';
import { statsWindow } from '../subgraphs/complaints/domain/complaint-stats';
import { OPEN_STATES } from '../subgraphs/complaints/domain/complaint-state';
import { hotlineDaysQuery } from '../subgraphs/complaints/domain/hotline-stats';
import { departmentStatsQuery, orgUnitStatsQuery } from '../subgraphs/complaints/domain/stats-query';
import { generateDemoComplaints } from '../subgraphs/complaints/seed/demo-complaints';
import { loadDemoComplaints } from '../subgraphs/complaints/seed/load-demo-complaints';
import { complaintsConfig } from '../subgraphs/complaints/services';
import { createWorkingCalendar, parseLocalDate, toLocalDate, type LocalDate } from '../subgraphs/shared/calendar';
import { applyMigrations } from '../subgraphs/shared/migrate';
import { subtreeRange } from '../subgraphs/shared/scope';
import type { BuiltQuery, Dialect } from '../subgraphs/shared/sql-params';
import { benchOptions, check, demoCounty, indent, sqlitePlanTree, time, withScratchSchema, withScratchSqlite, type SqlitePlanRow, type Timing } from './bench-support';

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

const { count: REQUESTS, dbs: DBS, runs: RUNS, pgUrl: PG_URL, keep: KEEP, quietSql: QUIET_SQL } = benchOptions('REQUESTS', 200_000);
const PG_SCHEMA = 'bench_complaints';

/** The generated year ends at NOW, which is also the "now" of every query (a year-end report). */
const NOW = new Date('2025-12-31T21:00:00+08:00');
const YEAR = { from: parseLocalDate('2025-01-01'), to: parseLocalDate('2025-12-31'), asOf: parseLocalDate('2025-12-31') };
const QUARTER = { from: parseLocalDate('2025-10-01'), to: YEAR.to, asOf: YEAR.asOf };
const calendar = createWorkingCalendar();
const config = complaintsConfig({});

// ---------------------------------------------------------------------------
// The demo county as the departments subgraph would list it (ids made up, deterministic)
// ---------------------------------------------------------------------------

const { catalogue, county, townships, villages, departments } = demoCounty();

// ---------------------------------------------------------------------------
// Generating (once, for every database)
// ---------------------------------------------------------------------------

const g0 = performance.now();
const { complaints, calls } = generateDemoComplaints(catalogue, {
  end: NOW,
  count: REQUESTS,
  calendar,
  limits: config.limits,
  maxReopens: config.maxReopens,
});
const generateMs = performance.now() - g0;

/** What the statistics should find, counted from the generated data. */
const inPeriod = (d: string, p: { from: LocalDate; to: LocalDate }) => d >= p.from && d <= p.to;
const receipts = complaints.map((c) => {
  const e = c.events[0]!;
  if (e.type !== 'RECEIVED') throw new Error(`request ${c.id}: the first event is ${e.type}`);
  return { on: toLocalDate(e.at), path: e.data.location.path };
});
const generatedTownshipReceived = (p: { from: LocalDate; to: LocalDate }) => receipts.filter((r) => r.path !== county.path && inPeriod(r.on, p)).length;
const generatedCalls = calls.filter((c) => c.orgPath.startsWith(county.path) && inPeriod(c.startedOn, YEAR)).length;

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

const fmt = (t: Timing) => `p50 ${t.p50.toFixed(1)} ms / p95 ${t.p95.toFixed(1)} ms`;

type Row = Record<string, unknown>;
const total = (rows: readonly Row[], column: string, part?: string) =>
  rows.filter((r) => part === undefined || r.part === part).reduce((s, r) => s + Number(r[column] ?? 0), 0);

/** EXPLAIN QUERY PLAN (SQLite, as a tree) or EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL), through the same client. */
async function plan(db: ComplaintsDb, dialect: Dialect, sql: string, params: readonly unknown[]): Promise<string> {
  if (dialect === 'sqlite') {
    return sqlitePlanTree(await db.$queryRawUnsafe<SqlitePlanRow[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params));
  }
  const rows = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...params);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function printQuery(db: ComplaintsDb, dialect: Dialect, title: string, sql: string, params: readonly unknown[]): Promise<void> {
  console.log(`    ${title}: ${sql.length.toLocaleString('en-US')} characters, ${params.length} parameters`);
  if (!QUIET_SQL) console.log(indent(sql, '      '));
  console.log(`      params: ${JSON.stringify(params)}`);
  console.log(`    plan:\n${indent(await plan(db, dialect, sql, params), '      ')}`);
}

interface Timings {
  townshipYear: Timing;
  townshipQuarter: Timing;
  departments: Timing;
  hotline: Timing;
  overduePage: Timing;
  overdueCount: Timing;
}

async function measureQueries(dialect: Dialect, url: string): Promise<Timings> {
  const db = createComplaintsDb(url);
  // A second client that reports its SQL with parameters: only to show what findMany sends.
  const sent: { query: string; params: string }[] = [];
  const spy = createComplaintsDb(url, { onQuery: () => {} });
  (spy as unknown as { $on(event: 'query', cb: (e: { query: string; params: string }) => void): void }).$on('query', (e) => sent.push(e));
  const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');
  const count = async (sql: string, ...params: unknown[]) => Number((await db.$queryRawUnsafe<{ n: number | bigint }[]>(sql, ...params))[0]!.n);
  const stats = (query: BuiltQuery) => db.$queryRawUnsafe<Row[]>(query.sql, ...query.params);
  const countyRange = subtreeRange(county.path);
  try {
    // (1) Township query: the county's 20 townships in one statement, for the year and a quarter.
    const township: Partial<Record<'year' | 'quarter', Timing>> = {};
    for (const [name, period] of [['year', YEAR], ['quarter', QUARTER]] as const) {
      const query = orgUnitStatsQuery(dialect, townships.map((t) => t.path), statsWindow(calendar, period, NOW, config.satisfiedFrom));
      const t = await time(RUNS, () => stats(query));
      township[name] = t.timing;
      const direct = await count(
        `SELECT COUNT(*) AS n FROM "Complaint" WHERE "orgPath" > ${p(1)} AND "orgPath" < ${p(2)} AND "receivedOn" >= ${p(3)} AND "receivedOn" <= ${p(4)}`,
        countyRange.from, countyRange.below, period.from, period.to,
      );
      const rows = t.result;
      console.log(`\n  (1) township stats, ${townships.length} townships, ${name} ${period.from}..${period.to}: ${fmt(t.timing)}`);
      console.log(`    rows: ${rows.length} (${[...new Set(rows.map((r) => String(r.part)))].map((part) => `${rows.filter((r) => r.part === part).length} ${part}`).join(', ')})`);
      console.log(`    ${check('received', { 'Σ rows': total(rows, 'received', 'requests'), 'direct COUNT': direct, generated: generatedTownshipReceived(period) })}`);
      console.log(
        `    Σ replied ${total(rows, 'replied')}, repliedOnTime ${total(rows, 'repliedOnTime')}, rated ${total(rows, 'rated')}, satisfied ${total(rows, 'satisfied')},` +
          ` overdueOpen ${total(rows, 'overdueOpen')}, dispatched ${total(rows, 'dispatched')}, returned ${total(rows, 'returned')}`,
      );
      await printQuery(db, dialect, 'township SQL', query.sql, query.params);
    }

    // (2) Department query: all 40 departments in one statement, for the year.
    const department = departmentStatsQuery(dialect, departments.map((d) => d.id), statsWindow(calendar, YEAR, NOW, config.satisfiedFrom));
    const d = await time(RUNS, () => stats(department));
    const heldDirect = await count(
      `SELECT COUNT(*) AS n FROM "Complaint" WHERE "assigneeDepartmentId" IS NOT NULL AND "receivedOn" >= ${p(1)} AND "receivedOn" <= ${p(2)}`,
      YEAR.from, YEAR.to,
    );
    const dispatchedDirect = await count(
      `SELECT COUNT(*) AS n FROM "Dispatch" WHERE "departmentId" IS NOT NULL AND "dispatchedOn" >= ${p(1)} AND "dispatchedOn" <= ${p(2)}`,
      YEAR.from, YEAR.to,
    );
    console.log(`\n  (2) department stats, ${departments.length} departments, year: ${fmt(d.timing)}`);
    console.log(`    rows: ${d.result.length}`);
    console.log(`    ${check('received (held by a department)', { 'Σ rows': total(d.result, 'received', 'requests'), 'direct COUNT': heldDirect })}`);
    console.log(`    ${check('dispatched to a department', { 'Σ rows': total(d.result, 'dispatched', 'dispatches'), 'direct COUNT': dispatchedDirect })}`);
    await printQuery(db, dialect, 'department SQL', department.sql, department.params);

    // (3) Hotline days: the county's calls per day for the year.
    const hotline = hotlineDaysQuery(dialect, [county.path], YEAR.from, YEAR.to);
    const h = await time(RUNS, () => stats(hotline));
    const callsDirect = await count(
      `SELECT COUNT(*) AS n FROM "CallRecord" WHERE "orgPath" >= ${p(1)} AND "orgPath" < ${p(2)} AND "startedOn" >= ${p(3)} AND "startedOn" <= ${p(4)}`,
      countyRange.from, countyRange.below, YEAR.from, YEAR.to,
    );
    console.log(`\n  (3) hotline days, the county, year: ${fmt(h.timing)}`);
    console.log(`    rows (days): ${h.result.length}; Σ answered ${total(h.result, 'answered')}, within 15 s ${total(h.result, 'answeredWithin15s')}`);
    console.log(`    ${check('offered', { 'Σ rows': total(h.result, 'offered'), 'direct COUNT': callsDirect, generated: generatedCalls })}`);
    await printQuery(db, dialect, 'hotline SQL', hotline.sql, hotline.params);

    // (4) The supervision page: requests overdue now (against the promised deadline), most overdue
    // first, first 50, and their count — the overdueOnly filter and MOST_OVERDUE_FIRST of schema/queries.ts.
    const overdue = { state: { in: [...OPEN_STATES] }, promisedReplyAt: { lt: NOW } };
    const order = [{ promisedReplyAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] as const;
    const listPage = (client: ComplaintsDb) => client.complaint.findMany({ where: overdue, orderBy: [...order], take: 50 });
    const page = await time(RUNS, () => listPage(db));
    const counted = await time(RUNS, () => db.complaint.count({ where: overdue }));
    const countyOverdue = total(
      await stats(orgUnitStatsQuery(dialect, [county.path], statsWindow(calendar, YEAR, NOW, config.satisfiedFrom))),
      'overdueOpen',
      'requests',
    );
    const rows = page.result;
    console.log(`\n  (4) overdue now (${NOW.toISOString()}), by promisedReplyAt, first 50, via db.complaint.findMany: ${fmt(page.timing)}`);
    console.log(`      and db.complaint.count: ${fmt(counted.timing)}`);
    console.log(`    page: ${rows.length} rows, promisedReplyAt ${rows[0]?.promisedReplyAt?.toISOString() ?? '—'} .. ${rows.at(-1)?.promisedReplyAt?.toISOString() ?? '—'}`);
    console.log(`    ${check('overdue open requests', { 'count()': counted.result, 'overdueOpen of the county by the stats SQL': countyOverdue })}`);
    for (const [title, run] of [
      ['list SQL (findMany)', () => listPage(spy)],
      ['count SQL (count)', () => spy.complaint.count({ where: overdue })],
    ] as const) {
      sent.length = 0;
      await run();
      const statement = sent.find((s) => /^\s*SELECT/i.test(s.query))!;
      const params = (JSON.parse(statement.params) as unknown[]).map((v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) ? new Date(v) : v));
      await printQuery(db, dialect, title, statement.query, params);
    }
    return {
      townshipYear: township.year!,
      townshipQuarter: township.quarter!,
      departments: d.timing,
      hotline: h.timing,
      overduePage: page.timing,
      overdueCount: counted.timing,
    };
  } finally {
    await db.$disconnect();
    await spy.$disconnect();
  }
}

interface Report extends Timings {
  db: Dialect;
  loadMs: number;
  analyzeMs: number;
}

/** Migrates, loads the generated data through the demo loader, refreshes statistics, measures. */
async function bench(dialect: Dialect, url: string, analyze: string): Promise<Report> {
  const m0 = performance.now();
  await applyMigrations({ subgraph: 'complaints', url });
  console.log(`  migrated in ${((performance.now() - m0) / 1000).toFixed(1)} s`);
  const db = createComplaintsDb(url);
  let loadMs: number;
  let analyzeMs: number;
  try {
    const l0 = performance.now();
    const loaded = await loadDemoComplaints(db, complaints, calls);
    loadMs = performance.now() - l0;
    if (!loaded) throw new Error('the database was not empty');
    console.log(
      `  loaded ${loaded.requests.toLocaleString('en-US')} requests, ${loaded.events.toLocaleString('en-US')} events, ${loaded.dispatches.toLocaleString('en-US')} dispatches,` +
        ` ${loaded.calls.toLocaleString('en-US')} calls in ${(loadMs / 1000).toFixed(1)} s (${Math.round(loaded.requests / (loadMs / 1000)).toLocaleString('en-US')} requests/s)`,
    );
    const a0 = performance.now();
    await db.$executeRawUnsafe(analyze);
    analyzeMs = performance.now() - a0;
    console.log(`  ${analyze}: ${(analyzeMs / 1000).toFixed(1)} s`);
    if (dialect === 'sqlite') {
      const [v] = await db.$queryRawUnsafe<{ v: string }[]>('SELECT sqlite_version() AS v');
      console.log(`  SQLite ${v!.v}; database file ${(statSync(url.slice('file:'.length)).size / 2 ** 20).toFixed(0)} MiB`);
    } else {
      const sizes = await db.$queryRawUnsafe<{ t: string; s: string }[]>(
        `SELECT tablename AS t, pg_size_pretty(pg_table_size(format('%I', tablename))) || ' + indexes ' || pg_size_pretty(pg_indexes_size(format('%I', tablename))) AS s
         FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY pg_total_relation_size(format('%I', tablename)) DESC`,
      );
      console.log(`  ${sizes.map((r) => `"${r.t}" ${r.s}`).join('; ')}`);
    }
  } finally {
    await db.$disconnect();
  }
  return { db: dialect, loadMs, analyzeMs, ...(await measureQueries(dialect, url)) };
}

const benchSqlite = () => withScratchSqlite('complaints', KEEP, (file) => bench('sqlite', `file:${file}`, 'ANALYZE'));

// VACUUM as well as ANALYZE: autovacuum would have run on tables this size, and index-only scans
// need the visibility map it sets.
const benchPostgres = () => withScratchSchema(PG_URL, PG_SCHEMA, KEEP, (url) => bench('postgres', url, 'VACUUM (ANALYZE)'));

// ---------------------------------------------------------------------------

console.log(
  `complaint stats benchmark: ${REQUESTS.toLocaleString('en-US')} requests and ${calls.length.toLocaleString('en-US')} calls generated in ${(generateMs / 1000).toFixed(1)} s` +
    ` (demo generator, year to ${NOW.toISOString()}); ${townships.length} townships, ${villages.length} villages, ${departments.length} departments;` +
    ` now = ${NOW.toISOString()}; ${RUNS} timed runs after one warm-up; Node ${process.version}`,
);
const reports: Report[] = [];
for (const db of DBS) reports.push(db === 'sqlite' ? await benchSqlite() : await benchPostgres());

const ms = (t: Timing) => `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`;
console.log(`\n=== Summary: ${REQUESTS.toLocaleString('en-US')} requests; query times in ms, p50 / p95 of ${RUNS} runs ===`);
console.table(
  reports.map((r) => ({
    db: r.db,
    'load s': Number((r.loadMs / 1000).toFixed(1)),
    'analyze s': Number((r.analyzeMs / 1000).toFixed(1)),
    'townships year': ms(r.townshipYear),
    'townships quarter': ms(r.townshipQuarter),
    '40 departments': ms(r.departments),
    'hotline year': ms(r.hotline),
    'overdue page': ms(r.overduePage),
    'overdue count': ms(r.overdueCount),
  })),
);
