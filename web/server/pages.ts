import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { distDir } from './build.js';
import { answerElement, firstSearchAnswer } from './first-answer.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

interface Asset {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
  /** Vite's hashed file names never change content, so browsers may keep them. */
  immutable: boolean;
}

/** Serves the built pages: files from web/dist, and index.html for every other page path, so links into the app work. */
export function pagesListener(root: string = distDir): RequestListener {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`The web pages are not built in ${root}: run npm run web:build.`);
  const cache = new Map<string, Asset | null>();
  const assetAt = (path: string) => {
    if (!cache.has(path)) cache.set(path, readAsset(root, path));
    return cache.get(path)!;
  };
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Pages answer GET only; the API is at /graphql.');
    const path = pathOf(request);
    if (path === null) return refuse(response, 400, 'Bad path.');
    if (path.split('/').some((segment) => segment.startsWith('.'))) return refuse(response, 404, 'Not found; the API is at /graphql.');
    const asset = assetAt(path) ?? (extname(path) === '' ? assetAt('/index.html') : null);
    if (!asset) return refuse(response, 404, 'Not found; the API is at /graphql.');
    if (isSearchPage(request)) return void sendSearchPage(request, response, asset).catch(() => response.destroy());
    send(request, response, asset);
  };
}

function pathOf(request: IncomingMessage): string | null {
  try {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    if (path.includes('\0') || path.split(sep).includes('..')) return null;
    return path === '/' ? '/index.html' : path;
  } catch {
    return null;
  }
}

function readAsset(root: string, path: string): Asset | null {
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return null;
  const body = readFileSync(file);
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  const compressible = /text|json|svg|manifest/.test(type) && body.length > 1024;
  return { body, gzipped: compressible ? gzipSync(body, { level: 9 }) : null, type, immutable: path.startsWith('/assets/') };
}

function send(request: IncomingMessage, response: ServerResponse, asset: Asset): void {
  const gzip = asset.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzipped! : asset.body;
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': asset.type,
    'content-length': body.length,
    'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

function isSearchPage(request: IncomingMessage): boolean {
  return request.method === 'GET' && (request.url ?? '/').split('?')[0] === '/';
}

/**
 * The search page with the first search's answer in it, so it shows results without a request of
 * its own. The head goes out at once, so the browser fetches the scripts while the answer is found;
 * the answer follows at the end of the body, before the scripts run.
 */
async function sendSearchPage(request: IncomingMessage, response: ServerResponse, asset: Asset): Promise<void> {
  const html = asset.body.toString('utf8');
  const end = html.lastIndexOf('</body>');
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  response.writeHead(200, {
    ...securityHeaders,
    'content-type': asset.type,
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(gzip && { 'content-encoding': 'gzip' }),
  });
  const out = gzip ? createGzip() : null;
  out?.pipe(response);
  const write = (text: string) => (out ?? response).write(text);
  write(html.slice(0, end));
  out?.flush();
  const answer = await firstSearchAnswer(request);
  write(`${answer ? answerElement(answer) : ''}${html.slice(end)}`);
  (out ?? response).end();
}

function refuse(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' });
  response.end(message);
}
