// The complaints subgraph's Prisma client on SQLite or PostgreSQL (../shared/database.ts).
import { PrismaClient as Sqlite } from '../../prisma/generated/complaints/sqlite';
import { PrismaClient as Postgres } from '../../prisma/generated/complaints/postgres';
import { createSubgraphClient, type DbOptions } from '../shared/database';

export type ComplaintsDb = Sqlite;

export const createComplaintsDb = (url: string, options: DbOptions = {}): ComplaintsDb => createSubgraphClient({ Sqlite, Postgres }, 'complaints', url, options);
