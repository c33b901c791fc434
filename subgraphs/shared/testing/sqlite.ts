// A real in-memory SQLite database with a subgraph's tables, created by running the SQL migrations
// the deployment runs, for checking statistics SQL. Rows go in through the driver in the
// representation Prisma's SQLite adapter writes: DateTime as ISO text, Boolean as 1/0.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from '../repo-root';
import type { BuiltQuery } from '../sql-params';

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

/** An empty in-memory database with every migration of the subgraph applied, oldest first. */
export function migratedDatabase(subgraph: string): SqliteDatabase {
  const migrations = path.join(repoRoot, 'prisma', subgraph, 'sqlite', 'migrations');
  const db = new BetterSqlite3(':memory:');
  const folders = readdirSync(migrations)
    .filter((name) => statSync(path.join(migrations, name)).isDirectory())
    .sort();
  if (folders.length === 0) throw new Error(`no migrations in ${migrations}`);
  for (const folder of folders) db.exec(readFileSync(path.join(migrations, folder, 'migration.sql'), 'utf8'));
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

/** Runs a built statement (positional `?` parameters) and returns its rows. */
export function run<T = Record<string, unknown>>(db: SqliteDatabase, query: BuiltQuery): T[] {
  const markers = query.sql.match(/\?/g)?.length ?? 0;
  if (markers !== query.params.length) throw new Error(`${markers} markers but ${query.params.length} parameters`);
  return db.prepare(query.sql).all(...query.params) as T[];
}
