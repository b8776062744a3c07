import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Subgraph } from './server.js';

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface GraphQLRouteOptions<Context extends BaseContext> {
  server: ApolloServer<Context>;
  context(headers: HeaderMap, request: IncomingMessage): Promise<Context>;
  maxBodyBytes?: number;
  /** Answers `GET /health`: 200 when ready, 503 before. */
  isReady?: () => boolean;
  /** Answers every other path; a JSON 404 pointing at /graphql when omitted. */
  otherwise?: RequestListener;
}

/** An HTTP listener serving `/graphql` and `/health`, with no framework in between. */
export function graphqlListener<Context extends BaseContext>(options: GraphQLRouteOptions<Context>): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return answerHealth(response, options.isReady?.() ?? true);
    if (url.pathname !== '/graphql') return (options.otherwise ?? notFound)(request, response);
    const body = await readBody(request, maxBodyBytes);
    if (body === null) {
      // The rest of the body is never read: the connection closes once the refusal is sent.
      response.setHeader('connection', 'close');
      response.once('finish', () => request.socket.destroySoon());
      return sendJson(response, 413, { errors: [{ message: `Request body is over ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
    const headers = toHeaderMap(request);
    const parsed = parseBody(body, headers);
    if (parsed instanceof Error) {
      return sendJson(response, 400, { errors: [{ message: parsed.message, extensions: { code: 'BAD_REQUEST' } }] });
    }
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsed },
      context: () => options.context(headers, request),
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };
}

/** A subgraph's Apollo Server over HTTP, each request with the context the subgraph builds from its headers. */
export function serveSubgraph(subgraph: Subgraph<any, any>, port: number, host?: string): Promise<Listening> {
  return listen(graphqlListener({ server: subgraph.server, context: (headers) => subgraph.contextFor(headers) }), port, host);
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function listen(listener: RequestListener, port: number, host = '127.0.0.1'): Promise<Listening> {
  const server = createServer(listener);
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/graphql`,
        port: actual,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

const notFound: RequestListener = (_, response) => sendJson(response, 404, { errors: [{ message: 'Not found; the API is at /graphql.' }] });

function answerHealth(response: ServerResponse, ready: boolean): void {
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'starting' });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function toHeaderMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * The raw body, or null when it is over the limit: a declared length over it is refused before
 * reading anything, and reading stops at the first byte past it.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  if (Number(request.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      resolve(null);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}

function parseBody(body: string, headers: HeaderMap): unknown {
  if (body === '') return undefined;
  if (!headers.get('content-type')?.includes('application/json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    return new Error('The request body is not valid JSON.');
  }
}
