// The approvals subgraph's Prisma client on SQLite or PostgreSQL (../shared/database.ts).
import { PrismaClient as Sqlite } from '../../prisma/generated/approvals/sqlite';
import { PrismaClient as Postgres } from '../../prisma/generated/approvals/postgres';
import { createSubgraphClient, type DbOptions } from '../shared/database';

export type ApprovalsDb = Sqlite;

export const createApprovalsDb = (url: string, options: DbOptions = {}): ApprovalsDb => createSubgraphClient({ Sqlite, Postgres }, 'approvals', url, options);
