// Serving one subgraph over HTTP: refuse anything not signed by the gateway, build the
// per-request context (viewer, database, batch loaders), and answer liveness and readiness.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { executeGraphQL, sendGraphQLError, sendJson } from './http';
import { VIEWER_HEADER, ViewerRejectedError, verifyViewer, type Viewer } from './viewer';
import type { SubgraphContext } from './builder';
import type { DbOptions } from './database';
import { ERROR_CODES } from './errors';
import { releaseSharedSqliteReaders } from './sqlite-readers';

/** Where a subgraph finds the others it reads from (e.g. approvals reads departments). */
export type PeerUrls = Partial<Record<string, string | (() => string)>>;

/** What a subgraph's long-lived services are built from. */
export interface RuntimeOptions {
  databaseUrl: string;
  signingKey: Uint8Array;
  peers: PeerUrls;
  env: NodeJS.ProcessEnv;
  log: (message: string, error?: unknown) => void;
  /** Called with every SQL statement, including those run off the client (sqlite-readers.ts). */
  onQuery?: (sql: string) => void;
}

/** What a subgraph folder exports. */
export interface SubgraphDefinition<DB, Loaders, Services = undefined> {
  name: string;
  schema: GraphQLSchema;
  createDb(url: string, options?: DbOptions): DB;
  /** Long-lived services (calendar, peer clients, configuration), built once per process. */
  createServices?(db: DB, options: RuntimeOptions): Services;
  /** Per request; the viewer is passed for loaders that call other subgraphs on the caller's behalf. */
  createLoaders(db: DB, services: Services, viewer: Viewer): Loaders;
  /** Periodic jobs (e.g. warning evaluation); returns a function that stops them. */
  startJobs?(db: DB, services: Services, log: RuntimeOptions['log']): () => void;
}

interface PrismaLike {
  $queryRawUnsafe(sql: string): Promise<unknown>;
  $disconnect(): Promise<void>;
}

/** Error codes a caller may see; anything else is an internal error and is masked. */
const PUBLIC_CODES = new Set<string>([
  ...ERROR_CODES,
  // Apollo Server's own request errors.
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function maskInternalErrors(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
    // Domain errors that carry a public code (e.g. CalendarYearNotCoveredError, which pure calendar
    // code throws without knowing GraphQL) reach the caller as that code; they are logged too,
    // because an operator has to act on them.
    const original = (error as { originalError?: { code?: unknown; message?: string } } | null)?.originalError;
    if (typeof original?.code === 'string' && PUBLIC_CODES.has(original.code)) {
      log(original.code, original);
      return { message: original.message ?? original.code, extensions: { code: original.code }, path: formatted.path };
    }
    log('internal error', error);
    return { message: '服务器内部错误 / internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
  };
}

export interface SubgraphService {
  name: string;
  /** Handles `/graphql`, `/health` and `/ready` relative to wherever the service is mounted. */
  handle(req: IncomingMessage, res: ServerResponse, subpath: string): Promise<void>;
  ready(): Promise<boolean>;
  stop(): Promise<void>;
}

export interface SubgraphServiceOptions {
  databaseUrl: string;
  signingKey: Uint8Array;
  log?: (message: string, error?: unknown) => void;
  onQuery?: (sql: string) => void;
  peers?: PeerUrls;
  env?: NodeJS.ProcessEnv;
  /** Periodic jobs run unless false (tests trigger them explicitly instead). */
  jobs?: boolean;
}

export async function startSubgraphService<DB extends PrismaLike, Loaders, Services>(
  definition: SubgraphDefinition<DB, Loaders, Services>,
  options: SubgraphServiceOptions,
): Promise<SubgraphService> {
  const log = options.log ?? ((message, error) => console.error(`[${definition.name}] ${message}`, error ?? ''));
  const db = definition.createDb(options.databaseUrl, { onQuery: options.onQuery });
  const services = definition.createServices
    ? definition.createServices(db, { databaseUrl: options.databaseUrl, signingKey: options.signingKey, peers: options.peers ?? {}, env: options.env ?? process.env, log, onQuery: options.onQuery })
    : (undefined as Services);
  const stopJobs = options.jobs !== false && definition.startJobs ? definition.startJobs(db, services, log) : () => {};
  const server = new ApolloServer<SubgraphContext<DB, Loaders, Services>>({
    schema: definition.schema,
    formatError: maskInternalErrors(log),
    includeStacktraceInErrorResponses: false,
    // Traces would go to Apollo's hosted studio; there is none here.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await server.start();

  const ready = async () => {
    try {
      await db.$queryRawUnsafe('SELECT 1');
      return true;
    } catch {
      return false;
    }
  };

  return {
    name: definition.name,
    ready,
    async handle(req, res, subpath) {
      if (subpath === '/health') return sendJson(res, 200, { status: 'ok' });
      if (subpath === '/ready') {
        const ok = await ready();
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable' });
      }
      if (subpath !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      let viewer;
      try {
        const header = req.headers[VIEWER_HEADER];
        viewer = await verifyViewer(Array.isArray(header) ? header[0] : header, options.signingKey);
      } catch (error) {
        if (error instanceof ViewerRejectedError) {
          return sendGraphQLError(res, 401, 'UNAUTHENTICATED', `只接受经网关签名的请求 / ${error.message}`);
        }
        throw error;
      }
      await executeGraphQL(server, req, res, async () => ({ viewer, db, services, loaders: definition.createLoaders(db, services, viewer) }));
    },
    async stop() {
      stopJobs();
      await server.stop();
      await db.$disconnect();
      await releaseSharedSqliteReaders(options.databaseUrl);
    },
  };
}
