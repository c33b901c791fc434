// The approvals subgraph's Prisma client on SQLite or PostgreSQL. Both generated clients have
// the same model API; the SQLite one's type stands for both.
import { PrismaClient as SqliteClient } from '../../prisma/generated/approvals/sqlite';
import { PrismaClient as PostgresClient } from '../../prisma/generated/approvals/postgres';
import { createAdapter, parseDatabaseUrl, type DbOptions } from '../shared/database';

export type ApprovalsDb = SqliteClient;

export function createApprovalsDb(url: string, options: DbOptions = {}): ApprovalsDb {
  const db = parseDatabaseUrl(url, 'approvals');
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
