// A reader thread for statistics statements on SQLite (sqlite-readers.ts starts it). Plain
// JavaScript, as a worker thread is not compiled by tsx or vitest. It holds a read-only
// connection per database file it is asked about and answers { id, sql, params } with the rows
// as Prisma's $queryRawUnsafe would give them, or { unsupported } for a column type it does not
// convert (the caller then asks Prisma).
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** Prepared statements kept per connection; the dashboard's statements are a few dozen. */
const MAX_STATEMENTS = 200;

/** @type {Map<string, { db: import('better-sqlite3').Database, statements: Map<string, import('better-sqlite3').Statement> }>} */
const connections = new Map();

function connection(file) {
  let found = connections.get(file);
  if (!found) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    // A write committing on the subgraph's own connection holds the file for a moment.
    db.pragma('busy_timeout = 5000');
    // As Prisma's adapter reads: integers exactly, as BigInt, then typed per column below.
    db.defaultSafeIntegers(true);
    found = { db, statements: new Map() };
    connections.set(file, found);
  }
  return found;
}

/**
 * Prisma's column type for a declared SQLite type (adapter-better-sqlite3's mapDeclType), in the
 * few kinds this reader converts; 'other' for those it leaves to Prisma (dates, decimals, bytes).
 */
function declaredKind(type) {
  if (type == null || type === '') return null;
  switch (type.toUpperCase()) {
    case 'TINYINT':
    case 'SMALLINT':
    case 'MEDIUMINT':
    case 'INT':
    case 'INTEGER':
    case 'SERIAL':
    case 'INT2':
      return 'int32';
    case 'BIGINT':
    case 'UNSIGNED BIG INT':
    case 'INT8':
      return 'int64';
    case 'FLOAT':
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
    case 'REAL':
      return 'double';
    case 'TEXT':
    case 'CLOB':
    case 'CHARACTER':
    case 'VARCHAR':
    case 'VARYING CHARACTER':
    case 'NCHAR':
    case 'NATIVE CHARACTER':
    case 'NVARCHAR':
      return 'text';
    case 'BOOLEAN':
      return 'boolean';
    default:
      return 'other';
  }
}

/** An expression column's kind, from its first non-null value (as the adapter infers it). */
function inferredKind(values, index) {
  for (const row of values) {
    const value = row[index];
    if (value === null) continue;
    if (typeof value === 'string') return 'text';
    if (typeof value === 'bigint') return 'int64';
    if (typeof value === 'number') return 'double';
    return 'other';
  }
  return 'int32';
}

function convert(value, kind) {
  if (value === null) return null;
  switch (kind) {
    case 'int32':
      return typeof value === 'bigint' ? Number(value) : Math.trunc(Number(value));
    case 'int64':
      return typeof value === 'bigint' ? value : BigInt(Math.trunc(Number(value)));
    case 'double':
      return Number(value);
    case 'boolean':
      return Number(value) !== 0;
    case 'text':
      return typeof value === 'bigint' ? value.toString() : value;
    default:
      return value;
  }
}

/** Rows as objects, or null when a column's type is one this reader leaves to Prisma. */
function toRows(columns, values) {
  const kinds = columns.map((column, i) => declaredKind(column.type) ?? inferredKind(values, i));
  if (kinds.includes('other')) return null;
  if (values.some((row) => row.some((value) => value !== null && typeof value === 'object'))) return null;
  return values.map((row) => {
    const out = {};
    for (let i = 0; i < columns.length; i++) out[columns[i].name] = convert(row[i], kinds[i]);
    return out;
  });
}

parentPort.on('message', (message) => {
  if (message.type === 'release') {
    const found = connections.get(message.file);
    if (found) {
      connections.delete(message.file);
      found.db.close();
    }
    parentPort.postMessage({ type: 'released', id: message.id });
    return;
  }
  const { id, file, sql, params } = message;
  try {
    const { db, statements } = connection(file);
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(sql, statement);
    }
    if (!statement.reader) throw new Error('a reader thread runs only statements that return rows');
    const columns = statement.columns();
    const rows = toRows(columns, statement.raw(true).all(...params));
    parentPort.postMessage(rows === null ? { id, unsupported: true } : { id, rows });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
  }
});
