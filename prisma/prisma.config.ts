// Prisma CLI configuration. The CLI must run with the JS schema engine and a driver adapter:
// the native schema engine is a download, which these machines cannot fetch (docs/toolchain).
// scripts/prisma.ts sets YG_PRISMA_SUBGRAPH / YG_PRISMA_PROVIDER / YG_PRISMA_URL and runs the CLI
// once per subgraph and provider.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

const subgraph = process.env.YG_PRISMA_SUBGRAPH ?? 'departments';
const provider = process.env.YG_PRISMA_PROVIDER === 'postgres' ? 'postgres' : 'sqlite';
const url = process.env.YG_PRISMA_URL ?? 'file:./data/prisma-cli.db';
const pgSchema = process.env.YG_PRISMA_PG_SCHEMA ?? subgraph;
// Paths are relative to this file's folder (prisma/).
const root = path.join(subgraph, provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: root,
  migrations: { path: path.join(root, 'migrations') },
  adapter: async () =>
    provider === 'postgres'
      ? // migrate runs unqualified DDL: point search_path at the subgraph's schema.
        new PrismaPg({ connectionString: url, options: `-c search_path="${pgSchema}"`, max: 2 }, { schema: pgSchema })
      : new PrismaBetterSQLite3({ url }),
});
