import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { log, REQUEST_ID_HEADER, requestIdFrom } from '../platform/log.js';
import { inSpan, incomingContext, SpanKind } from '../platform/tracing.js';
import { metrics, operationLabel, requestErrorsTotal, requestSeconds, requestsTotal } from '../platform/metrics.js';
import type { Subgraph } from './server.js';
import { IDENTITY_HEADER, signedForDocument } from '../platform/identity.js';

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface GraphQLRouteOptions<Context extends BaseContext> {
  server: ApolloServer<Context>;
  context(headers: HeaderMap, request: IncomingMessage): Promise<Context>;
  maxBodyBytes?: number;
  /** Answers `GET /ready` (and `/health`): 200 when ready to answer, 503 otherwise. */
  isReady?: () => boolean | Promise<boolean>;
  /** Answers every other path; a JSON 404 pointing at /graphql when omitted. */
  otherwise?: RequestListener;
  /** Answers only operations the gateway signed (`signedForDocument`); anything else is a 401. */
  gatewayOnly?: boolean;
  /** An answer given without the server running the operation (a kept one), or null to run it. */
  answerEarly?(body: unknown, headers: HeaderMap, request: IncomingMessage): Promise<EarlyAnswer | null>;
}

export interface EarlyAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * An HTTP listener serving `/graphql` and `/health`, with no framework in between. Every GraphQL
 * request has an id (the caller's `X-Request-Id`, or a new one), answered in the same header and
 * logged in one line when the answer is sent.
 */
export function graphqlListener<Context extends BaseContext>(options: GraphQLRouteOptions<Context>): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/live') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/ready' || url.pathname === '/health') return answerHealth(response, (await options.isReady?.()) ?? true);
    if (url.pathname === '/metrics') return sendMetrics(response);
    if (url.pathname !== '/graphql') return (options.otherwise ?? notFound)(request, response);
    return inSpan('graphql request', { kind: SpanKind.SERVER, parent: incomingContext(request.headers) }, () => answer(request, response, url));
  };

  async function answer(request: IncomingMessage, response: ServerResponse, url: URL): Promise<unknown> {
    const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER] as string | undefined);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    let operationName: string | undefined;
    let failed = false;
    response.once('finish', () => {
      const ms = performance.now() - started;
      const operation = operationLabel(operationName);
      requestsTotal.inc({ operation, status: response.statusCode });
      requestSeconds.observe({ operation }, ms / 1000);
      if (failed || response.statusCode >= 400) requestErrorsTotal.inc({ operation });
      log.info({ requestId, method: request.method, status: response.statusCode, operationName, ms: Math.round(ms) }, 'request');
    });
    const body = await readBody(request, maxBodyBytes);
    if (body === null) {
      // The rest of the body is never read: the connection closes once the refusal is sent.
      response.setHeader('connection', 'close');
      response.once('finish', () => request.socket.destroySoon());
      return sendJson(response, 413, { errors: [{ message: `Request body is over ${maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId } }] });
    }
    const headers = toHeaderMap(request);
    const parsed = parseBody(body, headers);
    if (parsed instanceof Error) {
      return sendJson(response, 400, { errors: [{ message: parsed.message, extensions: { code: 'BAD_REQUEST', requestId } }] });
    }
    operationName = operationNameOf(parsed, url);
    if (options.gatewayOnly && !signedForDocument(headers.get(IDENTITY_HEADER), documentOf(parsed, url))) {
      return sendJson(response, 401, { errors: [{ message: GATEWAY_ONLY, extensions: { code: 'UNAUTHENTICATED', requestId } }] });
    }
    const send = (status: number, answerHeaders: Iterable<[string, string]>, answerBody: string) => {
      for (const [name, value] of answerHeaders) response.setHeader(name, value);
      response.statusCode = status;
      const answer = withRequestId(answerBody, requestId);
      failed = answer !== answerBody;
      response.end(answer);
    };
    const early = await options.answerEarly?.(parsed, headers, request);
    if (early) return send(early.status, [['content-type', 'application/json; charset=utf-8'], ...early.headers], early.body);
    const result = await options.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsed },
      context: () => options.context(headers, request),
    });
    if (result.body.kind === 'complete') return send(result.status ?? 200, result.headers, result.body.string);
    for (const [name, value] of result.headers) response.setHeader(name, value);
    response.statusCode = result.status ?? 200;
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }
}

const GATEWAY_ONLY = 'This is an internal Kepu service: it answers operations signed by the Kepu gateway only. Send your request to the gateway.';

/**
 * A subgraph's Apollo Server over HTTP, each request with the context the subgraph builds from its
 * headers. It answers only operations the gateway signed, so that nobody reaches around the
 * gateway's limits, rate limits and authentication (health, readiness and metrics aside).
 */
export function serveSubgraph(subgraph: Subgraph<any, any>, port: number, host?: string, isReady?: () => Promise<boolean>): Promise<Listening> {
  return listen(graphqlListener({ server: subgraph.server, context: (headers) => subgraph.contextFor(headers), isReady, gatewayOnly: true }), port, host);
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

/** Each error in an answer carries the request's id, for the caller to quote and the operator to find in the log. */
function withRequestId(body: string, requestId: string): string {
  if (!body.includes('"errors"')) return body;
  const answer = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
  if (!Array.isArray(answer.errors)) return body;
  answer.errors = answer.errors.map((error) => ({ ...error, extensions: { ...error.extensions, requestId } }));
  return JSON.stringify(answer);
}

async function sendMetrics(response: ServerResponse): Promise<void> {
  response.writeHead(200, { 'content-type': metrics.contentType });
  response.end(await metrics.metrics());
}

const notFound: RequestListener = (_, response) => sendJson(response, 404, { errors: [{ message: 'Not found; the API is at /graphql.' }] });

function answerHealth(response: ServerResponse, ready: boolean): void {
  sendJson(response, ready ? 200 : 503, { status: ready ? 'ok' : 'not ready' });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export function toHeaderMap(request: IncomingMessage): HeaderMap {
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

/** The operation's document, from a JSON body or a GET request's query string. */
function documentOf(body: unknown, url: URL): unknown {
  return body && typeof body === 'object' ? (body as { query?: unknown }).query : url.searchParams.get('query');
}

/** The operation's name as the request gives it, or as its document's first operation is named. */
function operationNameOf(body: unknown, url: URL): string | undefined {
  const { operationName, query } = (body && typeof body === 'object' ? body : Object.fromEntries(url.searchParams)) as { operationName?: unknown; query?: unknown };
  if (typeof operationName === 'string') return operationName;
  return typeof query === 'string' ? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1] : undefined;
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
