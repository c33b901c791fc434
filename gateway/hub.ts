// One HTTP server for the gateway, optionally hosting the subgraphs too (embedded mode): the
// gateway still calls them over real HTTP on loopback, exactly as it calls remote ones.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../subgraphs/shared/repo-root';
import { sendJson } from '../subgraphs/shared/http';
import type { SubgraphService } from '../subgraphs/shared/subgraph-server';
import { secretKey } from '../subgraphs/shared/viewer';
import { createAuthenticator, type ApiKeyConfig } from './auth';
import { createGateway, type Gateway } from './gateway';

const dashboardDir = path.join(repoRoot, 'dashboard');

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
  log?: (message: string, error?: unknown) => void;
}

export interface Hub {
  url: string;
  gateway: Gateway;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? ((message, error) => console.error(`[hub] ${message}`, error ?? ''));
  const embedded = new Map((options.embedded ?? []).map((s) => [s.name, s]));
  let gateway: Gateway | null = null;
  let page: Buffer | undefined;

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
      case '/':
      case '/index.html': {
        page ??= await readFile(path.join(dashboardDir, 'index.html'));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
        return;
      }
      default:
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
    authenticator: createAuthenticator({ jwtKey: secretKey(options.jwtSecret), apiKeys: options.apiKeys }),
    log,
  });

  return {
    url,
    gateway,
    async stop() {
      await gateway?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([...embedded.values()].map((s) => s.stop()));
    },
  };
}
