// Prisma CLI configuration. The CLI must run with the JS schema engine and a driver adapter:
// the native schema engine is a download, which these machines cannot fetch (docs/toolchain).
// subgraphs/shared/prisma-cli.ts sets YG_PRISMA_SUBGRAPH and YG_PRISMA_URL for each run.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { createAdapter, parseDatabaseUrl } from '../subgraphs/shared/database';

const subgraph = process.env.YG_PRISMA_SUBGRAPH ?? 'departments';
const db = parseDatabaseUrl(process.env.YG_PRISMA_URL ?? 'file:./data/prisma-cli.db', subgraph);
// Paths are relative to this file's folder (prisma/).
const root = path.join(subgraph, db.provider);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: root,
  migrations: { path: path.join(root, 'migrations') },
  // The same adapter as at run time: on PostgreSQL it sets search_path, which migrate's
  // unqualified DDL needs to land in the subgraph's schema.
  adapter: async () => createAdapter(db),
});
