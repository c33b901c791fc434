// Starts a real hub for a test file: every subgraph plus the gateway over HTTP on a free port,
// on fresh SQLite files, or on throw-away PostgreSQL schemas when YG_TEST_POSTGRES_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbedded, type EmbeddedHub } from '../../gateway/embedded';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/registry-names';
import { writeTestCalendarFile } from './test-calendar';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface TestHub extends EmbeddedHub {
  /** Runs a GraphQL operation through the gateway as a demo user, a raw token or an API key. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: { token?: string; apiKey?: string }): Promise<GraphQLResponse<T>>;
  provider: 'sqlite' | 'postgres';
  databaseUrls: Record<SubgraphName, string>;
  /** The settings the subgraphs run with: pass them to a seeder a test calls itself. */
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export const postgresUrl = process.env.YG_TEST_POSTGRES_URL;

export function freshDatabaseUrls(dataDir: string): { urls: Record<SubgraphName, string>; schemas: string[] } {
  const suffix = randomBytes(4).toString('hex');
  const schemas: string[] = [];
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => {
      if (!postgresUrl) return [name, `file:${path.join(dataDir, `${name}.db`)}`];
      const schema = `t_${suffix}_${name}`;
      schemas.push(schema);
      const url = new URL(postgresUrl);
      url.searchParams.set('schema', schema);
      return [name, url.toString()];
    }),
  ) as Record<SubgraphName, string>;
  return { urls, schemas };
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  if (!postgresUrl || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function startTestHub(
  options: { seedDemo?: boolean; seedActivity?: boolean; onQuery?: Partial<Record<SubgraphName, (sql: string) => void>>; dashboardDist?: string } = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yg-test-'));
  const { urls, schemas } = freshDatabaseUrls(dataDir);
  // Deadlines set in December end in a year chinese-days may not cover yet (and in January today is
  // in it): the hub gets a provisional schedule for those years the way a deployment gets next
  // year's official one, so the tests pass whatever the day. Tests compute with the same calendar.
  const env = { ...process.env, YG_CALENDAR_FILE: writeTestCalendarFile(dataDir) };
  // Tests build the activity they assert on; the year of demo cases is opt-in (it takes seconds).
  const hub = await startEmbedded({
    dataDir,
    port: 0,
    databaseUrls: urls,
    seedDemo: options.seedDemo ?? true,
    seedActivity: options.seedActivity ?? false,
    jobs: false,
    onQuery: options.onQuery,
    dashboardDist: options.dashboardDist,
    env,
    // YG_TEST_LOG=1 shows the subgraphs' internal errors while debugging a test.
    log: process.env.YG_TEST_LOG ? (message, error) => console.error(message, error ?? '') : () => {},
  });
  return {
    ...hub,
    provider: postgresUrl ? 'postgres' : 'sqlite',
    databaseUrls: urls,
    env,
    async gql(query, variables = {}, as = { token: hub.tokens.leader }) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as.token) headers.authorization = `Bearer ${as.token}`;
      if (as.apiKey) headers['x-api-key'] = as.apiKey;
      const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await hub.stop();
      await dropSchemas(schemas);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails with the GraphQL errors' text, so a broken query reads as such in the test output. */
export function expectData<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
