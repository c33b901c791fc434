// The inspections subgraph's Prisma client on SQLite or PostgreSQL (../shared/database.ts).
import { PrismaClient as Sqlite } from '../../prisma/generated/inspections/sqlite';
import { PrismaClient as Postgres } from '../../prisma/generated/inspections/postgres';
import { createSubgraphClient, type DbOptions } from '../shared/database';

export type InspectionsDb = Sqlite;

export const createInspectionsDb = (url: string, options: DbOptions = {}): InspectionsDb => createSubgraphClient({ Sqlite, Postgres }, 'inspections', url, options);
