// What the statistics benchmarks (bench-approval-stats.ts, bench-complaint-stats.ts) share: their
// options, the timing loop, output helpers, SQLite's plan as a tree, the scratch databases they
// run on and the demo county they generate for. Each script keeps its own output format.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { childPath } from '../subgraphs/departments/domain/org-tree';
import {
  DEMO_CITY,
  DEMO_COUNTY,
  DEMO_DEPARTMENTS,
  DEMO_SERVICE_ITEMS,
  demoTownships,
  demoVillages,
  type DemoOrgUnit,
} from '../subgraphs/departments/seed/demo-data';
import { Rng, uuidFrom } from '../subgraphs/shared/demo-random';
import type { Catalogue, DepartmentRef, ItemRef, UnitRef } from '../subgraphs/shared/departments-directory';
import type { Dialect } from '../subgraphs/shared/sql-params';

// ---------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------

export interface BenchOptions {
  /** How much data to generate (CASES, REQUESTS). */
  count: number;
  dbs: Dialect[];
  runs: number;
  pgUrl: string;
  keep: boolean;
  quietSql: boolean;
}

/**
 * `--name=value` arguments (a bare `--name` is 1), else environment variables, else defaults. The
 * size is `--<countVariable in lower case>` or the variable `countVariable` itself (e.g. CASES).
 */
export function benchOptions(countVariable: string, countDefault: number): BenchOptions {
  const args = new Map(
    process.argv.slice(2).map((a) => {
      const [key, ...value] = a.replace(/^--/, '').split('=');
      return [key!.toLowerCase(), value.length > 0 ? value.join('=') : '1'] as const;
    }),
  );
  const option = (arg: string, env: string, fallback: string) => args.get(arg) ?? process.env[env] ?? fallback;

  const count = Number(option(countVariable.toLowerCase(), countVariable, String(countDefault)));
  const dbs = option('dbs', 'DBS', 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const runs = Math.max(1, Number(option('runs', 'RUNS', '5')));
  const pgUrl = option('pg-url', 'YG_BENCH_PG_URL', 'postgresql://postgres@127.0.0.1:5432/postgres');
  const keep = option('keep', 'KEEP', '0') === '1';
  const quietSql = option('quiet-sql', 'QUIET_SQL', '0') === '1';
  if (!Number.isInteger(count) || count < 1) throw new Error(`${countVariable} must be a positive integer, got ${count}`);
  for (const db of dbs) if (db !== 'sqlite' && db !== 'postgres') throw new Error(`DBS: unknown database ${db}`);
  return { count, dbs: dbs as Dialect[], runs, pgUrl, keep, quietSql };
}

// ---------------------------------------------------------------------------
// Timing and output
// ---------------------------------------------------------------------------

/** The timed runs, by nearest rank: p50 is the median (the lower one for an even number of runs). */
export interface Timing {
  min: number;
  p50: number;
  p95: number;
  max: number;
}

/** One warm-up (whose result is returned), then `runs` timed runs. */
export async function time<T>(runs: number, run: () => Promise<T>): Promise<{ timing: Timing; result: T }> {
  const result = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const rank = (q: number) => times[Math.max(0, Math.ceil(q * times.length) - 1)]!;
  return { timing: { min: times[0]!, p50: rank(0.5), p95: rank(0.95), max: times[times.length - 1]! }, result };
}

export const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');

/** `OK label: a 1 | b 1` when every value agrees, else `!!! MISMATCH label: …`. */
export const check = (label: string, values: Record<string, number>) =>
  `${new Set(Object.values(values)).size === 1 ? 'OK' : '!!! MISMATCH'} ${label}: ${Object.entries(values)
    .map(([k, v]) => `${k} ${v}`)
    .join(' | ')}`;

/** A row of SQLite's EXPLAIN QUERY PLAN, as better-sqlite3 (numbers) or Prisma (bigints) returns it. */
export interface SqlitePlanRow {
  id: number | bigint;
  parent: number | bigint;
  detail: string;
}

/** EXPLAIN QUERY PLAN rows indented as the tree they describe. */
export function sqlitePlanTree(rows: readonly SqlitePlanRow[]): string {
  const depth = new Map<number, number>([[0, -1]]);
  return rows
    .map((r) => {
      const level = (depth.get(Number(r.parent)) ?? -1) + 1;
      depth.set(Number(r.id), level);
      return `${'  '.repeat(level)}${r.detail}`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------
// Scratch databases
// ---------------------------------------------------------------------------

/** A new SQLite file `<name>.db` in a temporary folder, removed after `body` unless `keep`. */
export async function withScratchSqlite<T>(name: string, keep: boolean, body: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), `yg-bench-${name}-`));
  const file = path.join(dir, `${name}.db`);
  console.log(`\n=== SQLite (${file}) ===`);
  try {
    return await body(file);
  } finally {
    if (keep) console.log(`  kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The schema `schema` on the server of `pgUrl`, dropped before `body` and after it unless `keep`.
 * `body` gets the database URL with `?schema=`.
 */
export async function withScratchSchema<T>(pgUrl: string, schema: string, keep: boolean, body: (url: string) => Promise<T>): Promise<T> {
  const base = new URL(pgUrl);
  base.searchParams.delete('schema');
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  console.log(`\n=== PostgreSQL (${base.host}${base.pathname}, schema ${schema}) ===`);
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    console.log(`  ${(await admin.query<{ version: string }>('SELECT version()')).rows[0]!.version.split(',')[0]}`);
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    return await body(url.toString());
  } finally {
    if (keep) console.log(`  kept schema ${schema} (${url.toString()})`);
    else await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}

// ---------------------------------------------------------------------------
// The demo county
// ---------------------------------------------------------------------------

export interface DemoCounty {
  catalogue: Catalogue;
  city: UnitRef;
  county: UnitRef;
  townships: UnitRef[];
  villages: UnitRef[];
  departments: DepartmentRef[];
  items: ItemRef[];
}

/**
 * The demo county (安乡县, departments/seed/demo-data.ts) as the departments subgraph would list
 * it: units, the county's departments and their items, with made-up deterministic ids.
 */
export function demoCounty(): DemoCounty {
  const idRng = new Rng(20251231);
  const unitRef = (u: DemoOrgUnit, parentPath: string | null): UnitRef => ({
    id: uuidFrom(idRng),
    code: u.code,
    name: u.name,
    tier: u.tier,
    path: childPath(parentPath, u.code),
    active: true,
  });
  const city = unitRef(DEMO_CITY, null);
  const county = unitRef(DEMO_COUNTY, city.path);
  const townships = demoTownships().map((t) => unitRef(t, county.path));
  const townshipByCode = new Map(townships.map((t) => [t.code, t]));
  const villages = demoVillages().map((v) => unitRef(v, townshipByCode.get(v.parentCode!)!.path));
  const departments: DepartmentRef[] = DEMO_DEPARTMENTS.map((d) => ({
    id: uuidFrom(idRng),
    code: d.code,
    name: d.name,
    active: true,
    orgUnit: { id: county.id, path: county.path },
  }));
  const departmentByCode = new Map(departments.map((d) => [d.code, d]));
  const items: ItemRef[] = DEMO_SERVICE_ITEMS.map((i) => ({
    id: uuidFrom(idRng),
    code: i.code,
    name: i.name,
    kind: i.kind,
    legalDays: i.legalDays,
    promisedDays: i.promisedDays,
    onlineAvailable: i.onlineAvailable,
    active: true,
    department: { id: departmentByCode.get(i.departmentCode)!.id },
  }));
  const catalogue: Catalogue = { units: [city, county, ...townships, ...villages], departments, items };
  return { catalogue, city, county, townships, villages, departments, items };
}
