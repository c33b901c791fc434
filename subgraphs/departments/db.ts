// The departments subgraph's Prisma client on SQLite or PostgreSQL. Both generated clients have
// the same model API; the SQLite one's type stands for both.
import { PrismaClient as SqliteClient } from '../../prisma/generated/departments/sqlite';
import { PrismaClient as PostgresClient } from '../../prisma/generated/departments/postgres';
import { createAdapter, parseDatabaseUrl, type DbOptions } from '../shared/database';

export type DepartmentsDb = SqliteClient;

export function createDepartmentsDb(url: string, options: DbOptions = {}): DepartmentsDb {
  const db = parseDatabaseUrl(url, 'departments');
  const adapter = createAdapter(db);
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  const client =
    db.provider === 'sqlite'
      ? new SqliteClient({ adapter, log })
      : (new PostgresClient({ adapter, log }) as unknown as SqliteClient);
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) => onQuery(e.query));
  }
  return client;
}
