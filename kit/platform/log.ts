import { randomUUID } from 'node:crypto';
import { pino, type Logger } from 'pino';

/** The header a request's id travels in: from the client or the gateway, to every subgraph it asks. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Kepu's log: one JSON object a line, at `LOG_LEVEL` (`info` unless set). On a terminal outside
 * production, or with `LOG_PRETTY=true`, lines are printed readably instead.
 */
export const log: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { pid: process.pid },
  ...(pretty() && { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }),
});

function pretty(): boolean {
  if (process.env.LOG_PRETTY !== undefined) return process.env.LOG_PRETTY === 'true';
  return Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production';
}

/** The id a caller or the gateway gave the request, when it is a sensible one; a new one otherwise. */
export function requestIdFrom(header: string | undefined): string {
  return header && /^[\w.:-]{1,128}$/.test(header) ? header : randomUUID();
}
