// The gateway factory, used by the server entry points and the tests alike: Apollo Gateway over
// the committed supergraph, authentication at the edge, and a signed viewer to every subgraph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { executeGraphQL, sendGraphQLError, sendJson } from '../subgraphs/shared/http';
import { maskInternalErrors } from '../subgraphs/shared/subgraph-server';
import { VIEWER_HEADER, signViewer, type Viewer } from '../subgraphs/shared/viewer';
import { AuthenticationError, type Authenticator } from './auth';
import { readCommittedSupergraph } from './compose';

export interface GatewayContext {
  viewer: Viewer;
  /** Signed once per request and reused for every subgraph call of its query plan. */
  viewerHeader: string;
}

class ViewerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and other context-free calls carry no viewer and are refused downstream.
    if ('viewerHeader' in context && context.viewerHeader) request.http?.headers.set(VIEWER_HEADER, context.viewerHeader);
  }

  /**
   * A subgraph refuses a variable its scalar rejects (a LocalDate that is not a date) with HTTP
   * 400 and a BAD_USER_INPUT error; pass that on as the caller's input error, not an internal one.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await response.clone().json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
      const first = body?.errors?.[0];
      if (first?.extensions?.code === 'BAD_USER_INPUT') return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return super.errorFromResponse(response);
  }
}

export interface GatewayOptions {
  /** Where each subgraph's /graphql endpoint is, by name. */
  subgraphUrls: Record<string, string>;
  signingKey: Uint8Array;
  authenticator: Authenticator;
  supergraphSdl?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface Gateway {
  handleGraphQL(req: IncomingMessage, res: ServerResponse): Promise<void>;
  health(res: ServerResponse): void;
  ready(res: ServerResponse): Promise<void>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 2000;

export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const log = options.log ?? ((message, error) => console.error(`[gateway] ${message}`, error ?? ''));
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readCommittedSupergraph(),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph ${name}`);
      return new ViewerForwardingDataSource({ url });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskInternalErrors(log),
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  let stopping = false;

  return {
    async handleGraphQL(req, res) {
      let viewer: Viewer;
      try {
        viewer = await options.authenticator.authenticate({
          authorization: req.headers.authorization,
          'x-api-key': typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined,
          'accept-language': req.headers['accept-language'],
        });
      } catch (error) {
        if (error instanceof AuthenticationError) {
          return sendGraphQLError(res, 401, 'UNAUTHENTICATED', error.message);
        }
        throw error;
      }
      const viewerHeader = await signViewer(viewer, options.signingKey);
      await executeGraphQL(server, req, res, async () => ({ viewer, viewerHeader }));
    },
    health(res) {
      // Live while the process serves; 503 once shutdown has begun so balancers drain it first.
      sendJson(res, stopping ? 503 : 200, { status: stopping ? 'stopping' : 'ok' });
    },
    async ready(res) {
      const checks = await Promise.all(
        Object.entries(options.subgraphUrls).map(async ([name, url]) => {
          try {
            const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
            return [name, response.ok] as const;
          } catch {
            return [name, false] as const;
          }
        }),
      );
      const subgraphs = Object.fromEntries(checks);
      const ok = !stopping && checks.every(([, up]) => up);
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', supergraph: 'loaded', subgraphs });
    },
    async stop() {
      stopping = true;
      await server.stop();
    },
  };
}
