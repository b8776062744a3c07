import http from 'node:http';

/** A closed-loop load: `clients` callers, each starting its next request when the last one answers. */
export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
}

export async function runLoad(task: () => Promise<unknown>, clients: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          await task();
          latencies.push(performance.now() - begin);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
  };
}

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

/**
 * Kept-alive connections, reused by every request of a load process. The built-in `fetch` spends
 * a whole core at about 1,000 requests a second on this machine, so a load measured with it
 * measures the client; `node:http` with kept-alive sockets costs a fraction of that.
 */
const keptAlive = new http.Agent({ keepAlive: true });

/** Posts one GraphQL operation and fails on any error, so that a broken answer never counts as fast. */
export async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> {
  const { status, text } = await postJson(url, JSON.stringify({ query, variables }), headers);
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
  if (status !== 200 || body.errors) throw new Error(body.errors?.[0]?.message ?? `HTTP ${status}`);
  return body.data;
}

function postJson(url: string, json: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent: keptAlive, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(json);
  });
}
