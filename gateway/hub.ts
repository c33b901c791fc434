// One HTTP server for the gateway, optionally hosting the subgraphs too (embedded mode): the
// gateway still calls them over real HTTP on loopback, exactly as it calls remote ones.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson } from '../subgraphs/shared/http';
import type { SubgraphService } from '../subgraphs/shared/subgraph-server';
import { secretKey } from '../subgraphs/shared/viewer';
import { createAuthenticator, type ApiKeyConfig } from './auth';
import { createAuthRoutes } from './auth-routes';
import { DASHBOARD_PATHS } from './dashboard-freshness';
import { createGateway, type Gateway } from './gateway';
import { createStaticSite } from './static-files';
import type { UserDirectory } from './users';

export interface HubOptions {
  host: string;
  port: number;
  signingSecret: string;
  jwtSecret: string;
  apiKeys: ApiKeyConfig[];
  /** Subgraphs served by this process under /subgraphs/<name>/ (embedded mode). */
  embedded?: SubgraphService[];
  /** URLs of subgraphs running elsewhere (production mode), by name. */
  subgraphUrls?: Record<string, string>;
  /** People who may log in at /auth/login; without it login answers 404 (tokens come from SSO). */
  users?: UserDirectory;
  /** Lifetime of tokens issued at login (default 12 h). */
  tokenTtlSeconds?: number;
  /**
   * Behind a reverse proxy every client shares the proxy's address, so the login limits would
   * lock everyone out together; true takes the client from the last X-Forwarded-For entry (the
   * one the proxy appended). Only set it when a proxy is always in front.
   */
  trustProxy?: boolean;
  /** The built dashboard served at / (default dashboard/dist). */
  dashboardDist?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface Hub {
  url: string;
  gateway: Gateway;
  /**
   * Stops one embedded subgraph and unmounts it, as if its process had died: the gateway then
   * reports that domain as SUBGRAPH_UNAVAILABLE while the others keep answering (resilience tests).
   */
  stopSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
  return last || req.socket.remoteAddress || 'unknown';
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? ((message, error) => console.error(`[hub] ${message}`, error ?? ''));
  const embedded = new Map((options.embedded ?? []).map((s) => [s.name, s]));
  let gateway: Gateway | null = null;
  const authenticator = createAuthenticator({ jwtKey: secretKey(options.jwtSecret), apiKeys: options.apiKeys });
  const auth = createAuthRoutes({
    authenticator,
    jwtKey: secretKey(options.jwtSecret),
    users: options.users,
    tokenTtlSeconds: options.tokenTtlSeconds,
    clientIp: (req) => clientIp(req, options.trustProxy ?? false),
  });
  const site = createStaticSite({ distDir: options.dashboardDist ?? DASHBOARD_PATHS.distDir });

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const mounted = pathname.match(/^\/subgraphs\/([a-z]+)(\/[a-z]+)$/);
    if (mounted) {
      const service = embedded.get(mounted[1]!);
      return service ? service.handle(req, res, mounted[2]!) : sendJson(res, 404, { error: 'no such subgraph' });
    }
    if (!gateway) return sendJson(res, 503, { status: 'starting' });
    switch (pathname) {
      case '/graphql':
        return gateway.handleGraphQL(req, res);
      case '/health':
        return gateway.health(res);
      case '/ready':
        return gateway.ready(res);
      case '/auth/login':
        return auth.login(req, res);
      case '/auth/me':
        return auth.me(req, res);
      default:
        if (await site.handle(req, res)) return;
        return sendJson(res, 404, { error: 'not found' });
    }
  };

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      log(`unhandled error on ${req.method} ${req.url}`, error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal server error' });
      else res.end();
    });
  });
  const address = await listen(server, options.port, options.host);
  const url = `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${address.port}`;

  const subgraphUrls = {
    ...options.subgraphUrls,
    ...Object.fromEntries([...embedded.keys()].map((name) => [name, `${url}/subgraphs/${name}/graphql`])),
  };
  gateway = await createGateway({
    subgraphUrls,
    signingKey: secretKey(options.signingSecret),
    authenticator,
    log,
  });

  return {
    url,
    gateway,
    async stopSubgraph(name) {
      const service = embedded.get(name);
      if (!service) throw new Error(`no embedded subgraph ${name}`);
      embedded.delete(name);
      await service.stop();
    },
    async stop() {
      await gateway?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([...embedded.values()].map((s) => s.stop()));
    },
  };
}
