// Serves the built dashboard (dashboard/dist) from the hub: hashed assets cached for a year,
// index.html revalidated on every load, client-side routes answered with index.html, and a page
// explaining how to build the dashboard when there is no build.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

/**
 * Only this origin, nothing inline but styles (charting and editor libraries set style attributes).
 * The API explorer's editor (Monaco in GraphiQL) starts web workers from bundled files and blob:
 * URLs, and its icon font may be inlined as a data: URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

// The file kinds a Vite build of the dashboard produces; anything else is sent as bytes.
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.txt', '.svg', '.ttf', '.wasm', '.ico']);

/** Paths the single-page app never answers, so API clients get their own 404s and errors. */
const SERVER_PATHS = /^\/(?:graphql|health|ready|auth|subgraphs)(?:\/|$)/;

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  etag: string;
  gzipped?: Promise<Buffer>;
}

/**
 * The file under `root` a request path names, or null when the path is refused: undecodable,
 * with a NUL or a backslash, with a `.`/`..` segment or a hidden one (.vite/manifest.json), or
 * resolving outside `root`. Node hands the path over exactly as sent (no normalisation), so
 * `/assets/../..` and its encoded forms reach this check.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s.startsWith('.'))) return null;
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

const notBuiltPage = Buffer.from(`<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>阳光 · 看板尚未构建 / dashboard not built</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:720px;margin:48px auto;padding:0 24px;color:#1f2329}code{background:#f0f1f3;padding:2px 6px;border-radius:4px}</style>
</head>
<body>
<h1>阳光 · 看板尚未构建</h1>
<p>服务与 GraphQL 接口（<code>/graphql</code>）正常运行，但看板页面还没有构建。请在项目目录运行 <code>npm run build:dashboard</code>，然后刷新本页；<code>npm start</code> 启动时也会自动构建。</p>
<h2 lang="en">Dashboard not built</h2>
<p lang="en">The hub and its GraphQL API (<code>/graphql</code>) are running, but the dashboard has not been built. Run <code>npm run build:dashboard</code> in the project folder, then reload this page; <code>npm start</code> also builds it when it starts.</p>
</body>
</html>
`);

export interface StaticSite {
  /** Answers a GET or HEAD for the dashboard; false when the request is not the dashboard's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export function createStaticSite(options: { distDir: string }): StaticSite {
  const root = path.resolve(options.distDir);
  const indexFile = path.join(root, 'index.html');
  // Files are read once and kept with their gzip while unchanged on disk; a rebuild while the
  // hub runs is picked up on the next request (same size and mtime = same file).
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | null> {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return null;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const body = await readFile(file);
    const entry = { mtimeMs: info.mtimeMs, size: info.size, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    cache.set(file, entry);
    return entry;
  }

  async function send(req: IncomingMessage, res: ServerResponse, file: string, entry: CachedFile, cacheControl: string): Promise<void> {
    const ext = path.extname(file).toLowerCase();
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': cacheControl,
      etag: entry.etag,
    };
    const compressible = COMPRESSIBLE.has(ext);
    if (compressible) headers.vary = 'Accept-Encoding';
    if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let body = entry.body;
    if (compressible && acceptsGzip(req.headers['accept-encoding'])) {
      entry.gzipped ??= gzip(entry.body, { level: 9 });
      body = await entry.gzipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return {
    async handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const urlPath = (req.url ?? '/').split('?')[0]!;
      if (SERVER_PATHS.test(urlPath)) return false;
      const notFound = () => {
        res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ error: 'not found' }));
        return true;
      };

      const file = urlPath === '/' ? indexFile : resolveStaticPath(root, urlPath);
      if (!file) return notFound();
      const entry = file === indexFile ? null : await load(file);
      if (entry) {
        await send(req, res, file, entry, urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
        return true;
      }
      // index.html for / and for the app's own routes (a reload of /overdue?unit=…): browsers
      // navigating ask for text/html; a missing script or image is a 404, never a page.
      const wantsPage = urlPath === '/' || urlPath === '/index.html' || ((req.headers.accept ?? '').includes('text/html') && !urlPath.startsWith('/assets/'));
      if (!wantsPage) return notFound();
      const index = await load(indexFile);
      if (index) {
        await send(req, res, indexFile, index, REVALIDATE);
        return true;
      }
      // 200, not 503: the hub is up and its API usable (/ready reports that); this is the right
      // answer for "/" in a deployment without a build, and monitors pointed at / should not flap.
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': String(notBuiltPage.length) });
      res.end(req.method === 'HEAD' ? undefined : notBuiltPage);
      return true;
    },
  };
}
