// Bulk loading of generated rows (demo data) into an empty database, for any subgraph.
//
// Rows go in as multi-row INSERTs with the values written as SQL literals, not through createMany
// or bound parameters: Prisma's client engine spends ~2.5 ms per 45-column row in createMany
// (30 000 approval cases took ~150 s on SQLite) and ~7 µs per bound parameter in $executeRaw,
// while a literal INSERT costs little more than SQLite's own work. The literals are written the
// way the drivers write the values — dates as ISO-8601 UTC ('…+00:00', what the SQLite adapter
// stores; a PostgreSQL TIMESTAMP(3) column takes the same text as UTC), booleans as TRUE/FALSE
// (1/0 in SQLite) — and the SQL is the same for SQLite and PostgreSQL (quoted identifiers,
// standard string literals; the PostgreSQL connection's search_path is the subgraph's schema).
//
// Only for data the code generated itself: values are escaped, but identifiers are trusted.

/** What an interactive transaction's client offers for raw SQL. */
export interface SqlExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<number>;
}

/** A Prisma client: runs a callback in an interactive transaction. */
export interface TransactionRunner<Tx extends SqlExecutor> {
  $transaction<R>(fn: (tx: Tx) => Promise<R>, options?: { timeout?: number }): Promise<R>;
}

/** Rows for one table, written with exactly the listed columns (in order: parents first). */
export interface TableRows {
  table: string;
  columns: readonly string[];
  rows: readonly object[];
}

/**
 * The keys of `Row` a column list leaves out. Loaders assert it is `never`, so adding a column to a
 * projected row without listing it fails to compile:
 *   const allListed: [Unlisted<Row, typeof COLUMNS>] extends [never] ? true : never = true;
 */
export type Unlisted<Row, Listed extends readonly string[]> = Exclude<keyof Row, Listed[number]>;

/** Rows per INSERT statement (≈0.5 MB of SQL for event rows). */
export const ROWS_PER_STATEMENT = 1_000;

/** A value as an SQL literal that SQLite and PostgreSQL read alike. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`bulk insert: cannot store ${value}`);
    return String(value);
  }
  if (value instanceof Date) return `'${value.toISOString().replace('Z', '+00:00')}'`;
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new Error('bulk insert: NUL character in a value');
    return `'${value.replaceAll("'", "''")}'`;
  }
  throw new Error(`bulk insert: unexpected value of type ${typeof value}`);
}

/** Multi-row INSERTs of `rows` into `table`, ROWS_PER_STATEMENT rows per statement. */
export async function insertRows(tx: SqlExecutor, { table, columns, rows }: TableRows, rowsPerStatement = ROWS_PER_STATEMENT): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += rowsPerStatement) {
    const values = rows
      .slice(i, i + rowsPerStatement)
      .map((row) => `(${columns.map((c) => sqlLiteral((row as Record<string, unknown>)[c])).join(', ')})`);
    await tx.$executeRawUnsafe(head + values.join(',\n'));
  }
}

/**
 * Loads `items` in chunks of `chunk`, one transaction per chunk: `tablesOf` turns a chunk into
 * its rows, table by table in insertion order (referenced tables first).
 */
export async function insertInChunks<T, Tx extends SqlExecutor>(
  db: TransactionRunner<Tx>,
  items: readonly T[],
  chunk: number,
  tablesOf: (slice: readonly T[]) => readonly TableRows[],
): Promise<void> {
  for (let start = 0; start < items.length; start += chunk) {
    const tables = tablesOf(items.slice(start, start + chunk));
    await db.$transaction(
      async (tx) => {
        for (const table of tables) await insertRows(tx, table);
      },
      { timeout: 60_000 },
    );
  }
}
