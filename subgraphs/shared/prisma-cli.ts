// How the Prisma CLI is run for one subgraph's database: the binary, the config file, and the
// environment prisma/prisma.config.ts reads. The provider follows from the URL.
import path from 'node:path';
import { repoRoot } from './repo-root';
import { parseDatabaseUrl } from './database';

export { repoRoot };
export const prismaBin = path.join(repoRoot, 'node_modules', '.bin', 'prisma');
export const PRISMA_CONFIG_ARGS = ['--config', 'prisma/prisma.config.ts'];

export function prismaCliEnv(subgraph: string, url: string): NodeJS.ProcessEnv {
  const db = parseDatabaseUrl(url, subgraph);
  return {
    ...process.env,
    // Generators such as prisma-pothos-types are looked up on PATH.
    PATH: `${path.join(repoRoot, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    // The schema files read env("<SUBGRAPH>_<PROVIDER>_URL"); a missing one breaks the CLI oddly.
    [`${subgraph.toUpperCase()}_${db.provider.toUpperCase()}_URL`]: db.url,
    YG_PRISMA_SUBGRAPH: subgraph,
    YG_PRISMA_URL: url,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  };
}
