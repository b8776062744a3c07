import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { System } from '../../gateway/system.js';
import { distDir } from '../../web/server/build.js';
import { pagesListener } from '../../web/server/pages.js';
import { signedIn } from '../support/bearer.js';
import { graphql, startTestSystem } from '../support/system.js';

let system: System;
let origin: string;

beforeAll(async () => {
  system = await startTestSystem({ pages: pagesListener() });
  origin = system.url.replace(/\/graphql$/, '');
});

afterAll(() => system?.stop());

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

describe('the pages beside the API', () => {
  it('serves the app at / and at every page path, under a Content-Security-Policy', async () => {
    for (const path of ['/', '/venues/ven_1', '/school', '/sign-in']) {
      const answer = await fetch(`${origin}${path}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await answer.text()).toContain('<div id="root">');
    }
  });

  it('sends the hashed scripts gzipped and cacheable for a year, and the API still answers at /graphql', async () => {
    const script = readdirSync(`${distDir}/assets`).find((name) => name.startsWith('index-') && name.endsWith('.js'))!;
    const answer = await rawGet(`/assets/${script}`, { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(answer.body).toString('utf8').length).toBeGreaterThan(answer.body.length);
    expect((await graphql(system.url, '{ venues(first: 1) { totalCount } }')).data.venues.totalCount).toBeGreaterThan(0);
  });

  it('keeps the search page within its budget: under 250 KB of JavaScript gzipped, in a production build', async () => {
    const html = await (await fetch(origin)).text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((found) => found[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const script of scripts) {
      const answer = await rawGet(script, { 'accept-encoding': 'gzip' });
      const text = answer.headers['content-encoding'] === 'gzip' ? gunzipSync(answer.body) : answer.body;
      expect(text.toString('utf8'), 'React development build').not.toContain('cannot be a child of');
      gzipped += answer.body.length;
    }
    expect(gzipped).toBeLessThan(250 * 1024);
  });

  it('answers a missing file or a path out of the folder with 404, and a write with 405', async () => {
    for (const path of ['/assets/missing.js', '/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e%2f..%2fpackage.json', '/.sources']) {
      const answer = await rawGet(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString('utf8')).not.toContain('"name": "kepu"');
    }
    expect((await fetch(`${origin}/school`, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

/** The first search's answer the server wrote into a page, with the request it answers; null when there is none. */
function writtenAnswer(html: string): { request: { operationName: string; query: string; variables: Record<string, unknown> }; answer: unknown } | null {
  const found = /<script type="application\/json" id="kepu-first-answer" data-request="([^"]*)">([^<]*)<\/script>/.exec(html);
  if (!found) return null;
  const attribute = found[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { request: JSON.parse(attribute), answer: JSON.parse(found[2]!) };
}

async function anonymousAnswer(request: object): Promise<unknown> {
  const answer = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  return answer.json();
}

describe('the search page answered in the page', () => {
  it('holds the answer an anonymous caller gets from /graphql for the search the URL holds', async () => {
    for (const [path, words] of [['/', null], ['/?q=%E7%A7%91%E6%8A%80%E9%A6%86&type=VENUE', '科技馆']] as const) {
      const written = writtenAnswer(await (await fetch(`${origin}${path}`)).text());
      expect(written, path).not.toBeNull();
      expect(written!.request.operationName).toBe('SearchPage');
      expect(written!.request.variables.query).toBe(words);
      expect(written!.answer, path).toEqual(await anonymousAnswer(written!.request));
      expect((written!.answer as { data: { search: { hits: unknown[] } } }).data.search.hits.length).toBeGreaterThan(0);
    }
  });

  it('answers as for anyone whoever asks, and no text in the URL can end the data block or add a script', async () => {
    const school = await signedIn({ role: 'school', schoolId: 'sch_1' });
    const words = '</script><script>alert(1)</script>"&<!--';
    const answer = await rawGet(`/?q=${encodeURIComponent(words)}`, school);
    const html = answer.body.toString('utf8');
    const written = writtenAnswer(html);
    expect(written!.request.variables.query).toBe(words);
    expect(written!.answer).toEqual(await anonymousAnswer(written!.request));
    const plain = (await (await fetch(`${origin}/school`)).text()).match(/<script/g)!.length;
    expect(html.match(/<script/g)!.length).toBe(plain + 1);
    expect(html).not.toContain('alert(1)</script>');
  });

  it('writes no answer into the other pages', async () => {
    for (const path of ['/venues/ven_1', '/school', '/district']) expect(writtenAnswer(await (await fetch(`${origin}${path}`)).text()), path).toBeNull();
  });
});

describe('demo sign-in in development', () => {
  const post = (body: string) => fetch(`${origin}/auth/demo-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('gives a token the gateway accepts for the demo school asked for', async () => {
    expect(await (await fetch(`${origin}/auth/demo-token`)).json()).toEqual({ available: true });
    const { token } = (await (await post('{"role":"school","id":"sch_2"}')).json()) as { token: string };
    const me = await graphql(system.url, '{ me { role school { id } } }', {}, { authorization: `Bearer ${token}` });
    expect(me.data.me).toEqual({ role: 'SCHOOL', school: { id: 'sch_2' } });
  });

  it('refuses an unknown role, a missing or malformed id, bad JSON and a body over 1 KiB', async () => {
    for (const body of ['{"role":"root"}', '{"role":"school"}', '{"role":"venue","id":"sch_1"}', 'not json', JSON.stringify({ role: 'admin', pad: 'x'.repeat(2000) })]) {
      const answer = await post(body);
      expect(answer.status, body.slice(0, 40)).toBe(400);
      expect(((await answer.json()) as { error: string }).error).toBeTruthy();
    }
  });

  it('does not exist once a real secret is configured', async () => {
    process.env.KEPU_JWT_SECRET = 'a-deployment-secret-of-enough-length-0123456789';
    try {
      expect((await fetch(`${origin}/auth/demo-token`)).status).toBe(404);
      expect((await post('{"role":"admin"}')).status).toBe(404);
    } finally {
      delete process.env.KEPU_JWT_SECRET;
    }
  });
});
