import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { catalogueSettings, createMeilisearchEngine, filterExpression, meilisearchQuery, quote } from '../../search/meilisearch.js';
import type { SearchEngine } from '../../search/engine.js';
import { catalogue } from '../support/search-fixtures.js';

/**
 * Meilisearch cannot run here, so the adapter talks through the official client to a server
 * that records every request and answers as Meilisearch's API reference says it does.
 */
interface Recorded {
  method: string;
  path: string;
  body: any;
}

let server: Server;
let host: string;
let requests: Recorded[] = [];
let nextTask = 0;
let failTasks = false;
let indexes = new Set<string>();
let searchAnswer: unknown | ((body: any) => unknown) = {};
/** Names of the items the recording server pretends to hold, for answers worked out from a query's words. */
const held = [{ id: 'prg_1', type: 'Programme', text: 'telescope stars night' }, { id: 'prg_2', type: 'Programme', text: 'stars planets' }];

/** Answers a search as Meilisearch would with `matchingStrategy: 'all'` over `held`: items holding every word. */
function answerFromHeld(body: any) {
  const words = String(body.q).split(' ').filter(Boolean);
  const hits = held.filter((item) => words.every((word) => item.text.includes(word)))
    .map((item) => ({ id: item.id, type: item.type, _rankingScore: item.text.startsWith(words[0]!) ? 0.9 : 0.5 }));
  return { hits: hits.slice(0, body.limit ?? body.hitsPerPage ?? 20), query: body.q, processingTimeMs: 0, totalHits: hits.length, hitsPerPage: 10, page: 1, totalPages: 1 };
}

function task(indexUid: string | null, type: string) {
  return { taskUid: ++nextTask, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => { raw += chunk; });
    request.on('end', () => {
      const path = request.url!;
      requests.push({ method: request.method!, path, body: raw ? JSON.parse(raw) : undefined });
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      const taskMatch = path.match(/^\/tasks\/(\d+)$/);
      if (taskMatch) {
        const status = failTasks ? 'failed' : 'succeeded';
        return send(200, { uid: Number(taskMatch[1]), indexUid: null, status, type: 'documentAdditionOrUpdate', error: failTasks ? { message: 'invalid document', code: 'invalid_document_fields' } : null, enqueuedAt: new Date().toISOString() });
      }
      const indexMatch = path.match(/^\/indexes\/([^/?]+)(\/.*)?$/);
      if (request.method === 'GET' && indexMatch && !indexMatch[2]) {
        return indexes.has(indexMatch[1]!) ? send(200, { uid: indexMatch[1], primaryKey: 'id' }) : send(404, { message: 'Index not found', code: 'index_not_found', type: 'invalid_request', link: '' });
      }
      if (request.method === 'GET' && indexMatch?.[2] === '/stats') return send(200, { numberOfDocuments: 9, isIndexing: false, fieldDistribution: {} });
      if (request.method === 'POST' && indexMatch?.[2] === '/search') return send(200, typeof searchAnswer === 'function' ? searchAnswer(JSON.parse(raw)) : searchAnswer);
      if (request.method === 'POST' && path === '/multi-search') return send(200, { results: JSON.parse(raw).queries.map(answerFromHeld) });
      if (request.method === 'POST' && path === '/indexes') {
        indexes.add(JSON.parse(raw).uid);
        return send(202, task(JSON.parse(raw).uid, 'indexCreation'));
      }
      if (request.method === 'DELETE' && indexMatch) {
        indexes.delete(indexMatch[1]!);
        return send(202, task(indexMatch[1]!, 'indexDeletion'));
      }
      return send(202, task(indexMatch?.[1] ?? null, 'other'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let engine: SearchEngine;
beforeEach(() => {
  requests = [];
  failTasks = false;
  indexes = new Set(['catalogue']);
  engine = createMeilisearchEngine({ host, index: 'catalogue' });
});

/** The writes sent, each followed by a poll of its task before anything else is written. */
function writesAwaited(): void {
  const writes = requests.filter((request) => request.method !== 'GET' && !request.path.endsWith('/search'));
  for (const write of writes) {
    const at = requests.indexOf(write);
    const following = requests.slice(at + 1).find((request) => request.method !== 'GET' || request.path.startsWith('/tasks/'));
    expect(following?.path ?? '(nothing)', `${write.method} ${write.path} was not awaited`).toMatch(/^\/tasks\/\d+$/);
  }
}

describe('the Meilisearch adapter', () => {
  it('builds a new index with the catalogue settings, fills it, swaps it in and deletes the old one, awaiting every task', async () => {
    const build = await engine.startBuild();
    await build.add(catalogue.slice(0, 2));
    await build.commit();
    const calls = requests.filter((request) => !request.path.startsWith('/tasks/')).map((request) => `${request.method} ${request.path.split('?')[0]}`);
    expect(calls).toEqual([
      'DELETE /indexes/catalogue_next',
      'POST /indexes',
      'PATCH /indexes/catalogue_next/settings',
      'GET /indexes/catalogue',
      'POST /indexes/catalogue_next/documents',
      'POST /swap-indexes',
      'DELETE /indexes/catalogue_next',
    ]);
    writesAwaited();
    expect(requests.find((request) => request.path === '/indexes')!.body).toEqual({ uid: 'catalogue_next', primaryKey: 'id' });
    expect(requests.find((request) => request.path === '/swap-indexes')!.body).toEqual([{ indexes: ['catalogue', 'catalogue_next'], rename: false }]);
  });

  it('sends settings with searchable, filterable and sortable attributes, geosearch and synonyms', async () => {
    await (await engine.startBuild()).abandon();
    const settings = requests.find((request) => request.method === 'PATCH')!.body;
    expect(settings).toEqual(catalogueSettings);
    expect(settings.searchableAttributes).toEqual(['name', 'nameEn', 'namePinyin', 'context', 'body']);
    expect(settings.localizedAttributes).toContainEqual({ attributePatterns: ['name', 'context', 'body'], locales: ['cmn'] });
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.rankingRules.slice(0, 6)).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
    expect(settings.synonyms['中科院']).toEqual(['中国科学院']);
    expect(settings.synonyms['pku']).toEqual(['peking university']);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['type', 'venueId', 'venueKind', 'subjects', 'gradeBands', 'city', 'district', 'deliveries', 'free', 'complianceStatus', 'openSessionStarts', '_geo']));
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'order']));
    expect(settings.synonyms['科技']).toContain('科学技术');
    expect(settings.synonyms['科学技术']).toContain('科技');
  });

  it('sends documents with _geo in Meilisearch form and without it when an item has no place', async () => {
    await engine.upsert([catalogue[0]!, catalogue.find((document) => document.id === 'exp_1')!]);
    const added = requests.find((request) => request.path.startsWith('/indexes/catalogue/documents'))!;
    expect(added.path).toBe('/indexes/catalogue/documents?primaryKey=id');
    expect(added.body[0]).toMatchObject({ id: 'ven_1', type: 'Venue', venueId: 'ven_1', _geo: { lat: 40.0035, lng: 116.3945 } });
    expect(added.body[0]).not.toHaveProperty('location');
    expect(added.body[0].namePinyin.split(' ')).toEqual(expect.arrayContaining(['zhongguokexuejishuguan', 'zgkxjsg']));
    expect(added.body[1]).not.toHaveProperty('_geo');
    writesAwaited();
  });

  it('deletes documents by id and waits for the task', async () => {
    await engine.remove(['ven_1', 'prg_2']);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/indexes/catalogue/documents/delete-batch', body: ['ven_1', 'prg_2'] });
    writesAwaited();
  });

  it('fails when Meilisearch reports a task failed', async () => {
    failTasks = true;
    await expect(engine.upsert(catalogue.slice(0, 1))).rejects.toThrow(/invalid document/);
  });

  it('searches with an escaped filter expression, geo radius and sort, facets and an exact count', async () => {
    searchAnswer = {
      hits: [{ id: 'ven_3', type: 'Venue', _geoDistance: 5612 }], query: '天文馆', processingTimeMs: 1, hitsPerPage: 10, page: 2, totalPages: 3, totalHits: 21,
      facetDistribution: { city: { Beijing: 21 }, venueKind: { PLANETARIUM: 1, MUSEUM: 20 } },
    };
    const result = await engine.search({
      text: '天文馆', offset: 10, limit: 10, facets: ['kind', 'city'],
      filter: { cities: ['Beijing" OR city != "x'], gradeBands: ['JUNIOR'], venueIds: ['ven_3'], freeOnly: true, openBetween: { from: 1000, to: 2000 } },
      near: { lat: 39.95, lon: 116.4, radiusKm: 15 },
    });
    const sent = requests.find((request) => request.path === '/indexes/catalogue/search')!.body;
    expect(sent).toEqual({
      q: '天文馆',
      filter: 'venueId IN ["ven_3"] AND gradeBands IN ["JUNIOR"] AND city IN ["Beijing\\" OR city != \\"x"] AND free = true AND openSessionStarts 1000 TO 1999 AND _geoRadius(39.95, 116.4, 15000)',
      sort: ['_geoPoint(39.95, 116.4):asc'],
      facets: ['venueKind', 'city'],
      attributesToRetrieve: ['id', 'type'],
      matchingStrategy: 'all',
      hitsPerPage: 10,
      page: 2,
    });
    expect(result).toEqual({
      totalCount: 21,
      hits: [{ id: 'ven_3', type: 'Venue', distanceKm: 5.612 }],
      facets: [
        { field: 'kind', values: [{ value: 'MUSEUM', count: 20 }, { value: 'PLANETARIUM', count: 1 }] },
        { field: 'city', values: [{ value: 'Beijing', count: 21 }] },
      ],
    });
  });

  it('lists the whole catalogue in catalogue order for an empty query', async () => {
    searchAnswer = { hits: [], query: '', processingTimeMs: 0, offset: 3, limit: 7, estimatedTotalHits: 0 };
    await engine.search({ text: '', offset: 3, limit: 7, facets: [], filter: {} });
    const sent = requests.find((request) => request.path.endsWith('/search'))!.body;
    expect(sent).toEqual({ q: '', sort: ['order:asc'], facets: [], attributesToRetrieve: ['id', 'type'], matchingStrategy: 'all', offset: 3, limit: 7 });
  });
});

describe('a query no item matches in full', () => {
  it('is answered with the largest set of its words that finds something, and names the words dropped', async () => {
    searchAnswer = answerFromHeld;
    const result = await engine.search({ text: 'stars telescope qqqq', offset: 0, limit: 10, facets: [], filter: { cities: ['Beijing'] } });
    expect(result.droppedWords).toEqual(['qqqq']);
    expect(result.hits.map((hit) => hit.id)).toEqual(['prg_1']);
    const probes = requests.find((request) => request.path === '/multi-search')!.body.queries;
    expect(probes.map((probe: any) => probe.q).sort()).toEqual(['qqqq', 'stars', 'stars qqqq', 'stars telescope', 'telescope', 'telescope qqqq']);
    expect(probes.every((probe: any) => probe.filter === 'city IN ["Beijing"]' && probe.matchingStrategy === 'all')).toBe(true);
  });

  it('finds nothing and drops nothing when no word relates to anything', async () => {
    searchAnswer = answerFromHeld;
    const result = await engine.search({ text: 'qqqq zzzz', offset: 0, limit: 10, facets: [], filter: {} });
    expect(result).toMatchObject({ totalCount: 0, hits: [] });
    expect(result.droppedWords).toBeUndefined();
  });

  it('is not relaxed when every word matches', async () => {
    searchAnswer = answerFromHeld;
    const result = await engine.search({ text: 'stars planets', offset: 0, limit: 10, facets: [], filter: {} });
    expect(result.hits.map((hit) => hit.id)).toEqual(['prg_2']);
    expect(requests.some((request) => request.path === '/multi-search')).toBe(false);
  });
});

describe('explain', () => {
  it('asks for ranking score details and gives the score of each ranking rule, in the rules\' order', async () => {
    searchAnswer = {
      hits: [{ id: 'ven_3', type: 'Venue', _rankingScore: 0.8, _rankingScoreDetails: { typo: { order: 1, typoCount: 0, score: 1 }, words: { order: 0, matchingWords: 1, maxMatchingWords: 1, score: 1 }, 'order:asc': { order: 2, value: 3 } } }],
      query: 'museum', processingTimeMs: 0, totalHits: 1, hitsPerPage: 10, page: 1, totalPages: 1,
    };
    const result = await engine.search({ text: 'museum', offset: 0, limit: 10, facets: [], filter: {}, explain: true });
    const sent = requests.find((request) => request.path.endsWith('/search'))!.body;
    expect(sent).toMatchObject({ showRankingScore: true, showRankingScoreDetails: true });
    expect(result.hits[0]!.explanation).toEqual({ score: 0.8, parts: [{ name: 'words', value: 1 }, { name: 'typo', value: 1 }, { name: 'order:asc', value: 3 }] });
  });
});

describe('queries as Meilisearch receives them', () => {
  it('are read as the embedded engine reads them: simplified, cut into words, offering words turned into item types', () => {
    expect(meilisearchQuery('天文講座', {})).toEqual({ q: '天文', words: ['天文'], filter: { types: ['Talk'] } });
    expect(meilisearchQuery('重庆研学', { cities: ['Chongqing'] })).toEqual({ q: '重庆 研学', words: ['重庆', '研学'], filter: { cities: ['Chongqing'], types: ['Programme'] } });
    expect(meilisearchQuery('讲座', { types: ['Venue'] })).toBeNull();
  });
});

describe('Meilisearch filter values', () => {
  it('are quoted with quotes and backslashes escaped and control characters dropped', () => {
    expect(quote('Beijing')).toBe('"Beijing"');
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\"b')).toBe('"a\\\\\\"b"');
    expect(quote('x\n") OR (1=1')).toBe('"x\\") OR (1=1"');
  });

  it('cannot turn ` OR 1=1` into an operator', () => {
    const [condition] = filterExpression({ districts: ['" OR 1=1 OR district = "'] });
    expect(condition).toBe('district IN ["\\" OR 1=1 OR district = \\""]');
  });

  it('refuses a point that is not a number instead of writing it into the expression', () => {
    expect(() => filterExpression({}, { lat: Number.NaN, lon: 116, radiusKm: 5 })).toThrow();
  });
});
