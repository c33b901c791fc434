// The disclosures subgraph's Prisma client on SQLite or PostgreSQL (../shared/database.ts).
import { PrismaClient as Sqlite } from '../../prisma/generated/disclosures/sqlite';
import { PrismaClient as Postgres } from '../../prisma/generated/disclosures/postgres';
import { createSubgraphClient, type DbOptions } from '../shared/database';

export type DisclosuresDb = Sqlite;

export const createDisclosuresDb = (url: string, options: DbOptions = {}): DisclosuresDb => createSubgraphClient({ Sqlite, Postgres }, 'disclosures', url, options);
