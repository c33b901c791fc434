// Production mode: one subgraph in its own process (any number of replicas) on PostgreSQL.
//   YG_DEPARTMENTS_DATABASE_URL=postgresql://…  YG_SIGNING_SECRET=…  PORT=4101  npm run start:subgraph -- departments
import { createServer } from 'node:http';
import { sendJson } from '../subgraphs/shared/http';
import { ConfigError, subgraphEnv } from '../subgraphs/shared/env';
import { applyMigrations } from '../subgraphs/shared/migrate';
import { startSubgraphService } from '../subgraphs/shared/subgraph-server';
import { secretKey } from '../subgraphs/shared/viewer';
import { loadSubgraph, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/registry';

const name = process.argv[2] as SubgraphName | undefined;
if (!name || !SUBGRAPH_NAMES.includes(name)) {
  console.error(`usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}

let env: ReturnType<typeof subgraphEnv>;
try {
  env = subgraphEnv(name);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
const databaseUrl = env[`YG_${name.toUpperCase()}_DATABASE_URL`]!;

// Migrations are idempotent and serialised by Prisma's advisory lock, so replicas may all run them.
if (process.env.YG_SKIP_MIGRATIONS !== 'true') await applyMigrations({ subgraph: name, url: databaseUrl });
const service = await startSubgraphService((await loadSubgraph(name)) as never, { databaseUrl, signingKey: secretKey(env.YG_SIGNING_SECRET) });
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  service.handle(req, res, pathname).catch((error: unknown) => {
    console.error(`[${name}]`, error);
    if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
  });
});
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  console.log(`${name} subgraph listening on http://${env.HOST}:${typeof address === 'object' && address ? address.port : env.PORT}/graphql`);
});
const shutdown = () => server.close(() => void service.stop().then(() => process.exit(0)));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
