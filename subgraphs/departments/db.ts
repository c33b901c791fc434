// The departments subgraph's Prisma client on SQLite or PostgreSQL. Both generated clients have
// the same model API; the SQLite one's type stands for both.
import { PrismaClient as SqliteClient } from '../../prisma/generated/departments/sqlite';
import { PrismaClient as PostgresClient } from '../../prisma/generated/departments/postgres';
import { createAdapter, parseDatabaseUrl } from '../shared/database';

export type DepartmentsDb = SqliteClient;

export function createDepartmentsDb(url: string): DepartmentsDb {
  const db = parseDatabaseUrl(url, 'departments');
  const adapter = createAdapter(db);
  return db.provider === 'sqlite'
    ? new SqliteClient({ adapter })
    : (new PostgresClient({ adapter }) as unknown as DepartmentsDb);
}
