// Benchmark: the approvals subgraph's statistics SQL on a generated county of CASES cases, on SQLite
// and on PostgreSQL. Prints load time, the latency of the township query (20 sibling subtrees,
// orgUnitStatsQuery) and of the department query (40 departments, departmentStatsQuery) exactly as
// loaders.ts runs them (Prisma $queryRawUnsafe), a sanity count, the SQL, its parameters and the
// query plan. Figures, not assertions.
//
//   tsx scripts/bench-approval-stats.ts [--cases=N] [--dbs=sqlite,postgres] [--runs=N] [--pg-url=URL] [--keep]
//   env: CASES (1000000), DBS ("sqlite,postgres"), RUNS (5), YG_BENCH_PG_URL
//        (postgresql://postgres@127.0.0.1:5432/postgres), KEEP=1 (keep the database afterwards),
//        QUIET_SQL=1 (do not print the SQL text).
//
// Only the Case projection (and SubTask rows of parallel cases) is generated, never CaseEvent:
// statistics read nothing else. Rows go in through the drivers directly (better-sqlite3 prepared
// INSERT; pg INSERT … SELECT FROM unnest(arrays)), in the representation Prisma itself writes,
// which the script checks by reading the first case back through the Prisma client.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';
import { createApprovalsDb, type ApprovalsDb } from '../subgraphs/approvals/db';
import { statsWindow } from '../subgraphs/approvals/domain/approval-stats';
import type { CaseRow as ProjectedCaseRow, SubTaskRow } from '../subgraphs/approvals/domain/case-row';
import { departmentStatsQuery, orgUnitStatsQuery } from '../subgraphs/approvals/domain/stats-query';
import type { BuiltQuery, Dialect } from '../subgraphs/shared/sql-params';
import { addCalendarDays, createWorkingCalendar, parseLocalDate, type LocalDate } from '../subgraphs/shared/calendar';
import { parseDatabaseUrl } from '../subgraphs/shared/database';
import { Rng, uuidFrom } from '../subgraphs/shared/demo-random';
import { applyMigrations } from '../subgraphs/shared/migrate';
import { subtreeRange } from '../subgraphs/shared/scope';
import { benchOptions, check, demoCounty, indent, sqlitePlanTree, time, withScratchSchema, withScratchSqlite, type SqlitePlanRow, type Timing } from './bench-support';

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

const { count: CASES, dbs: DBS, runs: RUNS, pgUrl: PG_URL, keep: KEEP, quietSql: QUIET_SQL } = benchOptions('CASES', 1_000_000);
const PG_SCHEMA = 'bench_approvals';

/** The period asked for: calendar 2025, as of its last day (what a year-end report runs). */
const PERIOD = { from: parseLocalDate('2025-01-01'), to: parseLocalDate('2025-12-31'), asOf: parseLocalDate('2025-12-31') };
const SATISFIED_FROM = 4;
/** Cases are received on the working days of this range; nothing happens after its end. */
const FIRST_DAY = parseLocalDate('2024-01-01');
const LAST_DAY = parseLocalDate('2026-10-31');

// ---------------------------------------------------------------------------
// The county (demo units, departments and items; ids are made up, deterministic)
// ---------------------------------------------------------------------------

const { county, townships, villages, departments, items } = demoCounty();
const immediateItems = items.filter((i) => i.promisedDays === 0);
const promisedItems = items.filter((i) => i.promisedDays > 0);

// ---------------------------------------------------------------------------
// Calendar: working days of the range, and memoised look-ups (the generator asks ~10⁷ times)
// ---------------------------------------------------------------------------

const calendar = createWorkingCalendar();
const workingDays: LocalDate[] = [];
for (let d = FIRST_DAY; d <= LAST_DAY; d = addCalendarDays(d, 1)) if (calendar.isWorkingDay(d)) workingDays.push(d);
const addWorkingDaysMemo = new Map<string, LocalDate>();
// Row fields are plain strings; every date in them came from the calendar.
const addWorkingDays = (d: string, n: number): LocalDate => {
  const key = `${d}|${n}`;
  let out = addWorkingDaysMemo.get(key);
  if (out === undefined) addWorkingDaysMemo.set(key, (out = calendar.addWorkingDays(d as LocalDate, n)));
  return out;
};
const addCalendarDaysMemo = new Map<string, LocalDate>();
const addDays = (d: LocalDate, n: number): LocalDate => {
  const key = `${d}|${n}`;
  let out = addCalendarDaysMemo.get(key);
  if (out === undefined) addCalendarDaysMemo.set(key, (out = addCalendarDays(d, n)));
  return out;
};
const betweenMemo = new Map<string, number>();
const workingDaysBetween = (a: string, b: string): number => {
  const key = `${a}|${b}`;
  let out = betweenMemo.get(key);
  if (out === undefined) betweenMemo.set(key, (out = calendar.workingDaysBetween(a as LocalDate, b as LocalDate)));
  return out;
};

/** The instant of a local (Asia/Shanghai) date and second of the day. */
const midnightMemo = new Map<string, number>();
function instant(day: string, secondOfDay: number): Date {
  let midnight = midnightMemo.get(day);
  if (midnight === undefined) midnightMemo.set(day, (midnight = Date.parse(`${day}T00:00:00+08:00`)));
  return new Date(midnight + secondOfDay * 1000);
}
/** A second within office hours (08:30–12:00, 14:30–17:30), so the local date is the day's. */
function officeSecond(rng: Rng): number {
  const s = Math.floor(rng.next() * (6.5 * 3600));
  return s < 3.5 * 3600 ? 8.5 * 3600 + s : 14.5 * 3600 + (s - 3.5 * 3600);
}

// ---------------------------------------------------------------------------
// Synthetic cases
// ---------------------------------------------------------------------------

/**
 * The Case columns written: every NOT NULL one and every one statistics read — the projection
 * row the subgraph writes (domain/case-row.ts) without the columns only the detail views use.
 */
type CaseRow = Omit<ProjectedCaseRow, 'externalRef' | 'applicantPhone' | 'applicantIdNumber' | 'stoppedOn' | 'stageName' | 'stageDueOn'> & {
  warningLevel: string;
  updatedAt: Date;
};
type ColumnType = 'text' | 'int' | 'bool' | 'timestamp';
const CASE_COLUMNS: readonly [keyof CaseRow, ColumnType][] = [
  ['id', 'text'], ['caseNo', 'text'], ['applicantKind', 'text'], ['applicantName', 'text'],
  ['serviceItemId', 'text'], ['serviceItemCode', 'text'], ['serviceItemName', 'text'], ['itemKind', 'text'],
  ['limitDays', 'int'], ['extensionDays', 'int'], ['channel', 'text'], ['orgUnitId', 'text'], ['orgPath', 'text'],
  ['currentUnitId', 'text'], ['currentPath', 'text'], ['handlingDepartmentId', 'text'], ['handlingPath', 'text'],
  ['parallel', 'bool'], ['state', 'text'], ['receivedAt', 'timestamp'], ['receivedOn', 'text'],
  ['acceptedAt', 'timestamp'], ['acceptedOn', 'text'], ['decidedAt', 'timestamp'], ['decidedOn', 'text'],
  ['closedOn', 'text'], ['dueOn', 'text'], ['clockStopped', 'bool'], ['onTime', 'bool'], ['workingDaysUsed', 'int'],
  ['warningLevel', 'text'], ['escalated', 'bool'], ['ratingLevel', 'int'], ['ratedOn', 'text'],
  ['followupState', 'text'], ['calledBackOn', 'text'], ['rectifiedOn', 'text'], ['version', 'int'], ['updatedAt', 'timestamp'],
];

const SUBTASK_COLUMNS: readonly [keyof SubTaskRow, ColumnType][] = [
  ['id', 'text'], ['caseId', 'text'], ['departmentId', 'text'], ['departmentPath', 'text'], ['limitDays', 'int'],
  ['acceptedOn', 'text'], ['dueOn', 'text'], ['state', 'text'], ['decidedOn', 'text'], ['onTime', 'bool'], ['workingDaysUsed', 'int'],
];

/** What the statistics should find, counted while generating (for the sanity check). */
interface Expected {
  townshipAccepted: number;
  departmentAccepted: number;
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国文斌志鹏辉飞'];
const FIRMS = ['农业专业合作社', '商贸有限公司', '建筑工程有限公司', '家庭农场', '餐饮店', '水产养殖场', '物流有限公司', '超市'];

function* generateCases(count: number, expected: Expected): Generator<{ row: CaseRow; subTasks: SubTaskRow[] }> {
  const rng = new Rng(430721);
  const inPeriod = (d: string | null) => d !== null && d >= PERIOD.from && d <= PERIOD.to;
  const days = workingDays.length;
  for (let i = 0; i < count; i++) {
    // Receipt: spread evenly over the working days, in time order (as a real table fills).
    const receivedOn = workingDays[Math.floor((i * days) / count)]!;
    const receivedSecond = officeSecond(rng);
    const receivedAt = instant(receivedOn, receivedSecond);
    // Receiving unit: county 60 %, townships 25 %, villages 15 %.
    const u = rng.next();
    const unit = u < 0.6 ? county : u < 0.85 ? rng.pick(townships) : rng.pick(villages);
    const channel = unit === county ? (rng.next() < 0.6 ? 'WINDOW' : 'ONLINE') : unit.path.length > 23 ? 'AGENCY_POINT' : 'WINDOW';
    // Item: 40 % 即办件 (limit 0), else 承诺件 with 3–20 working days.
    const immediate = rng.next() < 0.4;
    const item = immediate ? rng.pick(immediateItems) : rng.pick(promisedItems);
    const limitDays = immediate ? 0 : Math.min(20, Math.max(3, item.promisedDays + rng.int(-1, 2)));
    const person = rng.next() < 0.85;
    const applicantName = person ? rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.next() < 0.6 ? rng.pick(GIVEN) : '') : `安乡县${rng.pick(SURNAMES)}氏${rng.pick(FIRMS)}`;

    const row: CaseRow = {
      id: uuidFrom(rng),
      caseNo: `${county.code}-${receivedOn.replaceAll('-', '')}-${String(i + 1).padStart(7, '0')}`,
      applicantKind: person ? 'PERSON' : 'ORGANISATION',
      applicantName,
      serviceItemId: item.id,
      serviceItemCode: item.code,
      serviceItemName: item.name,
      itemKind: immediate ? 'IMMEDIATE' : 'PROMISED',
      limitDays,
      extensionDays: 0,
      channel,
      orgUnitId: unit.id,
      orgPath: unit.path,
      currentUnitId: county.id,
      currentPath: county.path,
      handlingDepartmentId: item.department.id,
      handlingPath: county.path,
      parallel: false,
      state: 'UNDER_REVIEW',
      receivedAt,
      receivedOn,
      acceptedAt: null,
      acceptedOn: null,
      decidedAt: null,
      decidedOn: null,
      closedOn: null,
      dueOn: null,
      clockStopped: false,
      onTime: null,
      workingDaysUsed: null,
      warningLevel: 'NONE',
      escalated: false,
      ratingLevel: null,
      ratedOn: null,
      followupState: null,
      calledBackOn: null,
      rectifiedOn: null,
      version: 1,
      updatedAt: receivedAt,
    };
    const subTasks: SubTaskRow[] = [];
    const fate = rng.next();
    if (fate < 0.015) {
      // 不予受理 (1.5 %): closed at the receiving unit within two working days.
      row.state = 'NOT_ACCEPTED';
      row.closedOn = addWorkingDays(receivedOn, rng.int(0, 2));
      if (row.closedOn > LAST_DAY) row.closedOn = receivedOn;
      row.currentUnitId = unit.id;
      row.currentPath = unit.path;
      row.version = 2;
      row.updatedAt = instant(row.closedOn, officeSecond(rng));
    } else {
      // Accepted the same day.
      row.acceptedOn = receivedOn;
      row.acceptedAt = new Date(receivedAt.getTime() + rng.int(5, 90) * 60_000);
      row.dueOn = addWorkingDays(receivedOn, limitDays);
      row.version = 2;
      row.updatedAt = row.acceptedAt;
      if (fate < 0.02) {
        // 撤回 (0.5 %) a few working days after acceptance.
        const closedOn = addWorkingDays(receivedOn, rng.int(1, 5));
        if (closedOn <= LAST_DAY) {
          row.state = 'WITHDRAWN';
          row.closedOn = closedOn;
          row.version = 3;
          row.updatedAt = instant(closedOn, officeSecond(rng));
        }
      } else if (fate < 0.03) {
        // Still open (1 %), never decided: long-overdue cases for the ageing buckets.
        row.version = 3;
      } else {
        // Decided (97 %): 3 % of them late, the rest within the limit.
        const late = rng.next() < 0.03;
        const decidedOn = late
          ? addWorkingDays(row.dueOn, rng.int(1, 25))
          : addWorkingDays(receivedOn, immediate ? 0 : Math.floor(limitDays * (0.25 + 0.75 * rng.next())));
        if (decidedOn <= LAST_DAY) {
          row.decidedOn = decidedOn;
          row.decidedAt = instant(decidedOn, Math.max(officeSecond(rng), decidedOn === receivedOn ? receivedSecond + 3600 : 0));
          const r = rng.next();
          row.state = r < 0.03 ? 'REFUSED' : r < 0.6 ? 'DELIVERED' : 'APPROVED';
          row.onTime = decidedOn <= row.dueOn;
          row.workingDaysUsed = workingDaysBetween(receivedOn, decidedOn);
          row.version = row.state === 'DELIVERED' ? 5 : 4;
          row.updatedAt = row.decidedAt;
          // 好差评 on 70 % of decided cases: 5 80 %, 4 15 %, 3 3 %, 2 1.5 %, 1 0.5 %.
          if (rng.next() < 0.7) {
            const ratedOn = addDays(decidedOn, rng.int(0, 3));
            if (ratedOn <= LAST_DAY) {
              const l = rng.next();
              row.ratingLevel = l < 0.8 ? 5 : l < 0.95 ? 4 : l < 0.98 ? 3 : l < 0.995 ? 2 : 1;
              row.ratedOn = ratedOn;
              row.version += 1;
              if (row.ratingLevel <= 2) {
                // 差评: called back within 3 days, rectified within 10, unless that is still ahead.
                row.followupState = 'AWAITING_CALLBACK';
                const calledBackOn = addDays(ratedOn, rng.int(1, 3));
                if (calledBackOn <= LAST_DAY) {
                  row.calledBackOn = calledBackOn;
                  row.followupState = 'CALLED_BACK';
                  row.version += 1;
                  const rectifiedOn = addDays(calledBackOn, rng.int(2, 10));
                  if (rectifiedOn <= LAST_DAY) {
                    row.rectifiedOn = rectifiedOn;
                    row.followupState = 'RECTIFIED';
                    row.version += 1;
                  }
                }
              }
            }
          }
        }
      }
      // 并联审批 on 3 % of all cases (承诺件 only): two other departments each review a part.
      if (!immediate && row.state !== 'WITHDRAWN' && rng.next() < 0.05) {
        row.parallel = true;
        const others = departments.filter((d) => d.id !== item.department.id);
        const first = rng.pick(others);
        let second = rng.pick(others);
        if (second === first) second = others[(others.indexOf(first) + 1) % others.length]!;
        [first, second].forEach((d, k) => {
          const decidedOn = row.decidedOn === null ? null : k === 1 ? row.decidedOn : addWorkingDays(receivedOn, Math.floor(workingDaysBetween(receivedOn, row.decidedOn) * rng.next()));
          subTasks.push({
            id: `${row.id}:${d.id}`,
            caseId: row.id,
            departmentId: d.id,
            departmentPath: county.path,
            limitDays,
            acceptedOn: receivedOn,
            dueOn: row.dueOn,
            state: decidedOn === null ? 'OPEN' : row.state === 'REFUSED' && k === 1 ? 'REFUSED' : 'APPROVED',
            decidedOn,
            onTime: decidedOn === null ? null : decidedOn <= row.dueOn!,
            workingDaysUsed: decidedOn === null ? null : workingDaysBetween(receivedOn, decidedOn),
          });
        });
        row.version += 4;
      }
    }
    if (unit !== county && inPeriod(row.acceptedOn)) expected.townshipAccepted++;
    if (!row.parallel && inPeriod(row.acceptedOn)) expected.departmentAccepted++;
    for (const t of subTasks) if (inPeriod(t.acceptedOn)) expected.departmentAccepted++;
    yield { row, subTasks };
  }
}

// ---------------------------------------------------------------------------
// Loading: the value representations Prisma writes (checked after the load)
// ---------------------------------------------------------------------------

/** The better-sqlite3 API used here (the package ships no types). */
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(source: string): unknown;
  close(): void;
}
const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDatabase;

/** @prisma/adapter-better-sqlite3 (timestampFormat iso8601): DateTime as ISO text with +00:00, Boolean as 0/1. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}
/** PostgreSQL timestamp(3) without time zone holding UTC, as @prisma/adapter-pg writes it. */
function pgValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value ?? null;
}

const quote = (c: string) => `"${c}"`;
const insertHead = (table: string, columns: readonly (readonly [string, ColumnType])[]) =>
  `INSERT INTO "${table}" (${columns.map(([c]) => quote(c)).join(', ')})`;

interface LoadResult {
  cases: number;
  subTasks: number;
  /** Everything: rows, then the secondary indexes. */
  ms: number;
  generateMs: number;
  /** Rebuilding the secondary indexes after the rows (part of ms). */
  indexMs: number;
  indexes: number;
  firstCase: CaseRow;
  expected: Expected;
}

const SQLITE_BATCH = 50_000;
const PG_BATCH = 10_000;

async function loadSqlite(file: string): Promise<LoadResult> {
  const db = new BetterSqlite3(file);
  // Load-time only (not persistent): no rollback journal, no fsync.
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576'); // 1 GiB: the indexes stay in memory while they grow
  const caseInsert = db.prepare(`${insertHead('Case', CASE_COLUMNS)} VALUES (${CASE_COLUMNS.map(() => '?').join(', ')})`);
  const subTaskInsert = db.prepare(`${insertHead('SubTask', SUBTASK_COLUMNS)} VALUES (${SUBTASK_COLUMNS.map(() => '?').join(', ')})`);
  const expected: Expected = { townshipAccepted: 0, departmentAccepted: 0 };
  const t0 = performance.now();
  // Secondary indexes (unique ones included) are dropped for the load and rebuilt from their own
  // definitions afterwards: one sort each instead of a million random insertions.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Case', 'SubTask') AND sql IS NOT NULL`)
    .all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  let generateMs = 0;
  let firstCase: CaseRow | null = null;
  let n = 0;
  let subTasks = 0;
  const generator = generateCases(CASES, expected);
  while (n < CASES) {
    db.exec('BEGIN');
    for (let k = 0; k < SQLITE_BATCH && n < CASES; k++, n++) {
      const g0 = performance.now();
      const { row, subTasks: tasks } = generator.next().value as { row: CaseRow; subTasks: SubTaskRow[] };
      generateMs += performance.now() - g0;
      firstCase ??= row;
      caseInsert.run(...CASE_COLUMNS.map(([c]) => sqliteValue(row[c])));
      for (const t of tasks) subTaskInsert.run(...SUBTASK_COLUMNS.map(([c]) => sqliteValue(t[c])));
      subTasks += tasks.length;
    }
    db.exec('COMMIT');
    progress(n);
  }
  const i0 = performance.now();
  for (const index of indexes) db.exec(index.sql);
  const indexMs = performance.now() - i0;
  const ms = performance.now() - t0;
  db.close();
  return { cases: n, subTasks, ms, generateMs, indexMs, indexes: indexes.length, firstCase: firstCase!, expected };
}

const PG_ARRAY_TYPE: Record<ColumnType, string> = { text: 'text[]', int: 'int4[]', bool: 'bool[]', timestamp: 'timestamp(3)[]' };

async function loadPostgres(client: pg.Client): Promise<LoadResult> {
  // One statement per batch: every column as one array parameter, unnested into rows.
  const unnestInsert = (table: string, columns: readonly (readonly [string, ColumnType])[]) =>
    `${insertHead(table, columns)} SELECT * FROM unnest(${columns.map(([, type], i) => `$${i + 1}::${PG_ARRAY_TYPE[type]}`).join(', ')})`;
  const caseSql = unnestInsert('Case', CASE_COLUMNS);
  const subTaskSql = unnestInsert('SubTask', SUBTASK_COLUMNS);
  await client.query('SET synchronous_commit = off');
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const expected: Expected = { townshipAccepted: 0, departmentAccepted: 0 };
  const t0 = performance.now();
  // As on SQLite: secondary indexes off during the load, rebuilt from pg_indexes afterwards.
  // Primary keys stay (SubTask's foreign key needs Case's).
  const indexes = (
    await client.query<{ name: string; sql: string }>(
      `SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
       WHERE i.schemaname = current_schema() AND i.tablename IN ('Case', 'SubTask')
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  let generateMs = 0;
  let firstCase: CaseRow | null = null;
  let n = 0;
  let subTasks = 0;
  const generator = generateCases(CASES, expected);
  // The server inserts one batch while the next is generated: at most one statement in flight.
  let pending: Promise<unknown> = Promise.resolve();
  while (n < CASES) {
    const caseArrays: unknown[][] = CASE_COLUMNS.map(() => []);
    const taskArrays: unknown[][] = SUBTASK_COLUMNS.map(() => []);
    for (let k = 0; k < PG_BATCH && n < CASES; k++, n++) {
      const g0 = performance.now();
      const { row, subTasks: tasks } = generator.next().value as { row: CaseRow; subTasks: SubTaskRow[] };
      generateMs += performance.now() - g0;
      firstCase ??= row;
      CASE_COLUMNS.forEach(([c], j) => caseArrays[j]!.push(pgValue(row[c])));
      for (const t of tasks) SUBTASK_COLUMNS.forEach(([c], j) => taskArrays[j]!.push(pgValue(t[c])));
      subTasks += tasks.length;
    }
    await pending;
    progress(n);
    pending = client.query(caseSql, caseArrays).then(() => (taskArrays[0]!.length > 0 ? client.query(subTaskSql, taskArrays) : null));
  }
  await pending;
  const i0 = performance.now();
  for (const index of indexes) await client.query(index.sql);
  const indexMs = performance.now() - i0;
  const ms = performance.now() - t0;
  return { cases: n, subTasks, ms, generateMs, indexMs, indexes: indexes.length, firstCase: firstCase!, expected };
}

function progress(n: number): void {
  if (process.stdout.isTTY) process.stdout.write(`\r  … ${n.toLocaleString('en-US')} cases`);
  if (n >= CASES && process.stdout.isTTY) process.stdout.write('\r\x1b[K');
}

/** The first generated case, read back through the Prisma client, must equal what was generated. */
async function checkRoundTrip(db: ApprovalsDb, expected: CaseRow): Promise<void> {
  const stored = (await db.case.findUnique({ where: { id: expected.id } })) as Record<string, unknown> | null;
  if (!stored) throw new Error(`round trip: case ${expected.id} not found`);
  const differences = (Object.keys(expected) as (keyof CaseRow)[]).filter((key) => {
    const a = expected[key];
    const b = stored[key];
    return a instanceof Date ? !(b instanceof Date) || a.getTime() !== b.getTime() : a !== b;
  });
  if (differences.length > 0) {
    throw new Error(`round trip through Prisma differs on ${differences.map((k) => `${k}: ${String(expected[k])} ≠ ${String(stored[k])}`).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

const fmt = (t: Timing) => `min ${t.min.toFixed(1)} / median ${t.p50.toFixed(1)} / max ${t.max.toFixed(1)} ms`;

type CountRow = { groupKey: string; part: string } & Record<string, number | bigint | string | null>;
const total = (rows: readonly CountRow[], column: string) => rows.reduce((s, r) => s + Number(r[column] ?? 0), 0);

/** Driver access beside the Prisma client: sanity counts and plans. */
interface RawAccess {
  count(sql: string, params: readonly string[]): Promise<number>;
  plan(query: BuiltQuery): Promise<string>;
}

interface QueryTimings {
  township: Timing;
  department: Timing;
}

interface DbReport extends QueryTimings {
  db: Dialect;
  cases: number;
  loadMs: number;
  analyzeMs: number;
}

function printQuery(title: string, query: BuiltQuery): void {
  console.log(`\n  ${title}: ${query.sql.length.toLocaleString('en-US')} characters, ${query.params.length} parameters`);
  if (!QUIET_SQL) console.log(indent(query.sql, '    '));
  console.log(`    params: ${JSON.stringify(query.params)}`);
}

async function measureQueries(dialect: Dialect, url: string, raw: RawAccess, load: LoadResult): Promise<QueryTimings> {
  const db = createApprovalsDb(url);
  try {
    await checkRoundTrip(db, load.firstCase);
    console.log('  round trip: the first case reads back through Prisma exactly as generated');
    const window = statsWindow(calendar, PERIOD, SATISFIED_FROM);
    const dates = [PERIOD.from, PERIOD.to];
    const p = (i: number) => (dialect === 'postgres' ? `$${i}` : '?');

    // Township query: the county's 20 townships in one statement, as loaders.ts orgUnitStats runs it.
    const township = orgUnitStatsQuery(dialect, townships.map((t) => t.path), window);
    const t = await time(RUNS, () => db.$queryRawUnsafe<CountRow[]>(township.sql, ...township.params));
    const countyRange = subtreeRange(county.path);
    const townshipDirect = await raw.count(
      `SELECT COUNT(*) AS n FROM "Case" WHERE "orgPath" > ${p(1)} AND "orgPath" < ${p(2)} AND "acceptedOn" >= ${p(3)} AND "acceptedOn" <= ${p(4)}`,
      [countyRange.from, countyRange.below, ...dates],
    );
    const rows = t.result;
    console.log(`\n  township stats (${townships.length} townships, ${PERIOD.from}..${PERIOD.to}, asOf ${PERIOD.asOf}) via Prisma $queryRawUnsafe: ${fmt(t.timing)}`);
    console.log(`    rows: ${rows.length} (${rows.filter((r) => r.part === 'territory').length} territory, ${rows.filter((r) => r.part === 'handled').length} handled)`);
    console.log(`    ${check('accepted', { 'Σ over the rows': total(rows, 'accepted'), 'direct COUNT': townshipDirect, generated: load.expected.townshipAccepted })}`);
    console.log(
      `    Σ received ${total(rows, 'received')}, forwarded ${total(rows, 'forwarded')}, completed ${total(rows, 'completed')}, onTime ${total(rows, 'onTime')},` +
        ` overdueOpen ${total(rows, 'overdueOpen')}, notAccepted ${total(rows, 'notAccepted')}, rated ${total(rows, 'rated')}, bad ${total(rows, 'bad')}`,
    );
    printQuery('township SQL', township);
    console.log(`\n  township plan:\n${indent(await raw.plan(township), '    ')}`);

    // Department query: all 40 departments in one statement, as loaders.ts departmentStats runs it.
    const department = departmentStatsQuery(dialect, departments.map((d) => d.id), window);
    const d = await time(RUNS, () => db.$queryRawUnsafe<CountRow[]>(department.sql, ...department.params));
    const departmentDirect =
      (await raw.count(`SELECT COUNT(*) AS n FROM "Case" WHERE "parallel" = FALSE AND "acceptedOn" >= ${p(1)} AND "acceptedOn" <= ${p(2)}`, dates)) +
      (await raw.count(`SELECT COUNT(*) AS n FROM "SubTask" WHERE "acceptedOn" >= ${p(1)} AND "acceptedOn" <= ${p(2)}`, dates));
    console.log(`\n  department stats (${departments.length} departments) via Prisma $queryRawUnsafe: ${fmt(d.timing)}`);
    console.log(`    rows: ${d.result.length}`);
    console.log(
      `    ${check('accepted (own cases + sub-tasks)', { 'Σ over the rows': total(d.result, 'accepted'), 'direct COUNT': departmentDirect, generated: load.expected.departmentAccepted })}`,
    );
    console.log(`    Σ completed ${total(d.result, 'completed')}, overdueOpen ${total(d.result, 'overdueOpen')}, rated ${total(d.result, 'rated')}`);
    printQuery('department SQL', department);
    console.log(`\n  department plan:\n${indent(await raw.plan(department), '    ')}`);
    return { township: t.timing, department: d.timing };
  } finally {
    await db.$disconnect();
  }
}

function printLoad(load: LoadResult, analyzeMs: number, analyze: string): void {
  const s = load.ms / 1000;
  console.log(
    `  inserted ${load.cases.toLocaleString('en-US')} cases + ${load.subTasks.toLocaleString('en-US')} sub-tasks in ${s.toFixed(1)} s` +
      ` (${Math.round(load.cases / s).toLocaleString('en-US')} cases/s; of which generating the rows ${(load.generateMs / 1000).toFixed(1)} s,` +
      ` rebuilding ${load.indexes} secondary indexes ${(load.indexMs / 1000).toFixed(1)} s)`,
  );
  console.log(`  ${analyze}: ${(analyzeMs / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------
// The two databases
// ---------------------------------------------------------------------------

async function benchSqlite(): Promise<DbReport> {
  return withScratchSqlite('approvals', KEEP, async (file) => {
    const url = `file:${file}`;
    const m0 = performance.now();
    await applyMigrations({ subgraph: 'approvals', url });
    console.log(`  migrated in ${((performance.now() - m0) / 1000).toFixed(1)} s`);
    const load = await loadSqlite(file);
    const raw = new BetterSqlite3(file);
    try {
      const a0 = performance.now();
      raw.exec('ANALYZE');
      const analyzeMs = performance.now() - a0;
      printLoad(load, analyzeMs, 'ANALYZE');
      const version = (raw.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
      console.log(`  SQLite ${version}; database file ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`);
      const access: RawAccess = {
        count: async (sql, params) => Number((raw.prepare(sql).get(...params) as { n: number | bigint }).n),
        plan: async (q) => sqlitePlanTree(raw.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as SqlitePlanRow[]),
      };
      const timings = await measureQueries('sqlite', url, access, load);
      return { db: 'sqlite', cases: load.cases, loadMs: load.ms, analyzeMs, ...timings };
    } finally {
      raw.close();
    }
  });
}

async function benchPostgres(): Promise<DbReport> {
  return withScratchSchema(PG_URL, PG_SCHEMA, KEEP, async (url) => {
    const m0 = performance.now();
    await applyMigrations({ subgraph: 'approvals', url });
    console.log(`  migrated in ${((performance.now() - m0) / 1000).toFixed(1)} s`);
    const client = new pg.Client({ connectionString: parseDatabaseUrl(url, 'approvals').url });
    try {
      await client.connect();
      await client.query(`SET search_path TO "${PG_SCHEMA}"`);
      const load = await loadPostgres(client);
      // VACUUM as well as ANALYZE: autovacuum would have run on a table this size (insert
      // threshold), and index-only scans need the visibility map it sets.
      const a0 = performance.now();
      await client.query('VACUUM (ANALYZE) "Case", "SubTask"');
      const analyzeMs = performance.now() - a0;
      printLoad(load, analyzeMs, 'VACUUM (ANALYZE)');
      const sizes = await client.query<{ t: string; i: string }>(`SELECT pg_size_pretty(pg_table_size('"Case"')) AS t, pg_size_pretty(pg_indexes_size('"Case"')) AS i`);
      console.log(`  "Case": table ${sizes.rows[0]!.t}, indexes ${sizes.rows[0]!.i}`);
      const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
        `SELECT name, setting, unit FROM pg_settings
         WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'random_page_cost', 'jit', 'jit_above_cost')
         ORDER BY name`,
      );
      console.log(`  settings: ${settings.rows.map((r) => `${r.name}=${r.setting}${r.unit ?? ''}`).join(', ')}`);
      const access: RawAccess = {
        count: async (sql, params) => Number((await client.query<{ n: string }>(sql, [...params])).rows[0]!.n),
        plan: async (q) =>
          (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, [...q.params])).rows.map((r) => r['QUERY PLAN']).join('\n'),
      };
      const timings = await measureQueries('postgres', url, access, load);
      return { db: 'postgres', cases: load.cases, loadMs: load.ms, analyzeMs, ...timings };
    } finally {
      await client.end();
    }
  });
}

// ---------------------------------------------------------------------------

console.log(
  `approval stats benchmark: ${CASES.toLocaleString('en-US')} cases received ${FIRST_DAY}..${LAST_DAY} (${workingDays.length} working days),` +
    ` ${townships.length} townships, ${villages.length} villages, ${departments.length} departments, ${items.length} items;` +
    ` period ${PERIOD.from}..${PERIOD.to} asOf ${PERIOD.asOf}; ${RUNS} timed runs after one warm-up; Node ${process.version}`,
);
const reports: DbReport[] = [];
for (const db of DBS) reports.push(db === 'sqlite' ? await benchSqlite() : await benchPostgres());

const ms = (t: Timing) => `${t.p50.toFixed(0)} (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;
console.log(`\n=== Summary: ${CASES.toLocaleString('en-US')} cases; query times in ms, median (min–max) of ${RUNS} runs ===`);
console.table(
  reports.map((r) => ({
    db: r.db,
    'load s': Number((r.loadMs / 1000).toFixed(1)),
    'cases/s': Math.round(r.cases / (r.loadMs / 1000)),
    'analyze s': Number((r.analyzeMs / 1000).toFixed(1)),
    '20 townships': ms(r.township),
    '40 departments': ms(r.department),
  })),
);
