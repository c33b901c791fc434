// Applies a subgraph's committed migrations with `prisma migrate deploy` (JS schema engine),
// creating the PostgreSQL schema first: the generated SQL assumes it exists.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { parseDatabaseUrl } from './database';
import { PRISMA_CONFIG_ARGS, prismaBin, prismaCliEnv, repoRoot } from './prisma-cli';

const DONE = /(No pending migrations to apply|All migrations have been successfully applied)/;

export async function ensurePostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}

export async function applyMigrations(options: { subgraph: string; url: string }): Promise<void> {
  const db = parseDatabaseUrl(options.url, options.subgraph);
  if (db.provider === 'postgres') await ensurePostgresSchema(db.url, db.schema);
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(prismaBin, ['migrate', 'deploy', ...PRISMA_CONFIG_ARGS], { cwd: repoRoot, env: prismaCliEnv(options.subgraph, options.url) });
    let text = '';
    let finished = false;
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      // With the pg adapter the CLI lingers ~10 s after its work is done (a connection it never
      // releases). Once it has reported the outcome there is nothing left to wait for.
      if (!finished && DONE.test(text)) {
        finished = true;
        setTimeout(() => child.kill('SIGTERM'), 300).unref();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: finished ? 0 : code, text }));
  });
  if (output.code !== 0) {
    throw new Error(`migrate deploy failed for ${options.subgraph} (${db.provider}):\n${output.text}`);
  }
}
