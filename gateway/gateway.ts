// The gateway factory, used by the server entry points and the tests alike: Apollo Gateway over
// the committed supergraph, authentication at the edge, and a signed viewer to every subgraph.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { executeGraphQL, sendGraphQLError, sendJson } from '../subgraphs/shared/http';
import { maskInternalErrors } from '../subgraphs/shared/subgraph-server';
import { VIEWER_HEADER, signViewer, type Viewer } from '../subgraphs/shared/viewer';
import { AuthenticationError, credentialHeaders, type Authenticator } from './auth';
import { readCommittedSupergraph } from './compose';

export interface GatewayContext {
  viewer: Viewer;
  /** Signed once per request and reused for every subgraph call of its query plan. */
  viewerHeader: string;
}

/** Names of the domains in the caller's words, for the unavailable-service error. */
const SERVICE_LABELS: Record<string, string> = {
  departments: '组织机构 / departments',
  approvals: '行政审批 / approvals',
  complaints: '诉求办理 / complaints',
  inspections: '督查考核 / inspections',
  disclosures: '政务公开 / disclosures',
};

class ViewerForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }

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

  /**
   * A subgraph that does not answer (refused connection, timeout, 5xx, no such route) becomes one
   * typed error naming the service, so a dashboard can grey out that domain's panels with the
   * reason while the rest of the page keeps its data. Input errors pass unchanged.
   */
  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): void {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw error;
    if (!response || response.status >= 500 || response.status === 404) {
      const label = SERVICE_LABELS[this.serviceName] ?? this.serviceName;
      throw new GraphQLError(`${label.split(' / ')[0]}服务暂不可用 / the ${this.serviceName} service is unavailable`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName, status: response?.status ?? null },
      });
    }
    throw error;
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
      return new ViewerForwardingDataSource(name, url);
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
        viewer = await options.authenticator.authenticate(credentialHeaders(req.headers));
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
