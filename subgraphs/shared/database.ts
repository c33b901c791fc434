// Where a subgraph keeps its data: an SQLite file (embedded) or a schema in PostgreSQL
// (production, one schema per subgraph). Both clients are generated from the same models.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

export type DatabaseConfig =
  | { provider: 'sqlite'; url: string }
  | { provider: 'postgres'; url: string; schema: string };

/**
 * Reads a database URL: `file:` means SQLite; `postgres(ql)://` means PostgreSQL, with the
 * schema taken from `?schema=` or else the subgraph's name.
 */
export function parseDatabaseUrl(url: string, defaultSchema: string): DatabaseConfig {
  if (url.startsWith('file:')) return { provider: 'sqlite', url };
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? defaultSchema;
    // node-postgres does not understand `schema`; the adapter takes it as an option instead.
    parsed.searchParams.delete('schema');
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
    return { provider: 'postgres', url: parsed.toString(), schema };
  }
  throw new Error(`unsupported database URL (expected file: or postgresql://): ${url}`);
}

/** The Prisma driver adapter factory for a database. */
export function createAdapter(db: DatabaseConfig): PrismaBetterSQLite3 | PrismaPg {
  return db.provider === 'sqlite'
    ? new PrismaBetterSQLite3({ url: db.url })
    : // search_path too: raw SQL (bulk re-path updates) is unqualified. JIT off: the grouped stats
      // statements cross jit_above_cost and spent ~600 ms compiling per run on a 1M-case county
      // (npm run bench:approvals), more than the JIT ever saved.
      new PrismaPg({ connectionString: db.url, max: 10, options: `-c search_path="${db.schema}" -c jit=off` }, { schema: db.schema });
}

export interface DbOptions {
  /** Called with every SQL statement (tests count queries; benchmarks report them). */
  onQuery?: (sql: string) => void;
}

type ClientClass<C> = new (options: { adapter: PrismaBetterSQLite3 | PrismaPg; log: { emit: 'event'; level: 'query' }[] }) => C;

/**
 * A subgraph's Prisma client on SQLite or PostgreSQL. The two generated clients share one model
 * API; the SQLite client's type stands for both.
 */
export function createSubgraphClient<C>(
  clients: { Sqlite: ClientClass<C>; Postgres: ClientClass<unknown> },
  subgraph: string,
  url: string,
  options: DbOptions = {},
): C {
  const db = parseDatabaseUrl(url, subgraph);
  const adapter = createAdapter(db);
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  const client = db.provider === 'sqlite' ? new clients.Sqlite({ adapter, log }) : (new clients.Postgres({ adapter, log }) as C);
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) => onQuery(e.query));
  }
  return client;
}

/** The client an interactive transaction (`db.$transaction(async (tx) => …)`) hands its callback. */
export type TransactionClient<DB extends { $transaction: (...args: never[]) => unknown }> = Parameters<Parameters<DB['$transaction']>[0]>[0];
