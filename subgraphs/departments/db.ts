// The departments subgraph's Prisma client on SQLite or PostgreSQL (../shared/database.ts).
import { PrismaClient as Sqlite } from '../../prisma/generated/departments/sqlite';
import { PrismaClient as Postgres } from '../../prisma/generated/departments/postgres';
import { createSubgraphClient, type DbOptions } from '../shared/database';

export type DepartmentsDb = Sqlite;

export const createDepartmentsDb = (url: string, options: DbOptions = {}): DepartmentsDb => createSubgraphClient({ Sqlite, Postgres }, 'departments', url, options);
