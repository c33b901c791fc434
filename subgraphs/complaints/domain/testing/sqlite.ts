// A real in-memory SQLite database with the complaints tables, created by running the SQL
// migrations the deployment runs, for checking the statistics SQL. Rows go in through the driver
// in the representation Prisma's SQLite adapter writes: DateTime as ISO text, Boolean as 1/0.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../../../shared/repo-root';
import type { BuiltQuery } from '../../../shared/sql-params';
import type { ComplaintAggregate } from '../complaint-aggregate';
import { callbackRows, complaintRow, dispatchRows } from '../complaint-row';

/** The better-sqlite3 API used here (the package ships no types). */
interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  close(): void;
}
const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDatabase;

const MIGRATIONS = path.join(repoRoot, 'prisma', 'complaints', 'sqlite', 'migrations');

/** An empty in-memory database with every complaints migration applied, oldest first. */
export function complaintsDatabase(): SqliteDatabase {
  const db = new BetterSqlite3(':memory:');
  const folders = readdirSync(MIGRATIONS)
    .filter((name) => statSync(path.join(MIGRATIONS, name)).isDirectory())
    .sort();
  if (folders.length === 0) throw new Error(`no migrations in ${MIGRATIONS}`);
  for (const folder of folders) db.exec(readFileSync(path.join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
  return db;
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}

export function insert(db: SqliteDatabase, table: string, row: Record<string, unknown>): void {
  const columns = Object.keys(row);
  const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  db.prepare(sql).run(...columns.map((c) => sqliteValue(row[c])));
}

/** Stores the projection of each request: its Complaint, Dispatch and ComplaintCallback rows. */
export function storeRequests(db: SqliteDatabase, requests: readonly ComplaintAggregate[], updatedAt = new Date('2026-04-01T00:00:00Z')): void {
  for (const c of requests) {
    insert(db, 'Complaint', { ...complaintRow(c), warningLevel: 'NONE', updatedAt });
    for (const row of dispatchRows(c)) insert(db, 'Dispatch', row);
    for (const row of callbackRows(c)) insert(db, 'ComplaintCallback', row);
  }
}

export interface CallRecordRow {
  id: string;
  externalRef: string;
  orgUnitId: string;
  orgPath: string;
  line: string;
  startedAt: Date;
  startedOn: string;
  answered: boolean;
  waitSeconds: number;
  talkSeconds: number;
}

export function storeCalls(db: SqliteDatabase, calls: readonly CallRecordRow[]): void {
  for (const call of calls) insert(db, 'CallRecord', { ...call });
}

/** Runs a built statement (positional `?` parameters) and returns its rows. */
export function run<T = Record<string, unknown>>(db: SqliteDatabase, query: BuiltQuery): T[] {
  const markers = query.sql.match(/\?/g)?.length ?? 0;
  if (markers !== query.params.length) throw new Error(`${markers} markers but ${query.params.length} parameters`);
  return db.prepare(query.sql).all(...query.params) as T[];
}
