import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facetFields, type SearchEngine, type SearchRequest } from '../../search/engine.js';
import { createMeilisearchEngine } from '../../search/meilisearch.js';
import { createEmbeddedEngine } from '../../search/orama.js';
import { createThreadedEngine } from '../../search/threaded.js';
import { catalogue, DAY, NOW } from '../support/search-fixtures.js';

/** The one contract every engine keeps: the embedded one, in this thread and in one of its own, always; Meilisearch whenever MEILISEARCH_URL is set. */
const engines: [string, () => SearchEngine | Promise<SearchEngine>][] = [['embedded', createEmbeddedEngine], ['threaded embedded', createThreadedEngine]];
if (process.env.MEILISEARCH_URL) {
  engines.push(['meilisearch', () => createMeilisearchEngine({ host: process.env.MEILISEARCH_URL!, apiKey: process.env.MEILISEARCH_KEY, index: `kepu_contract_${randomBytes(4).toString('hex')}` })]);
}

/** The haversine distance, written out here so that the engines' own is checked against it. */
function distanceKm(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const a = Math.sin(((to.lat - from.lat) * radians) / 2) ** 2 + Math.cos(from.lat * radians) * Math.cos(to.lat * radians) * Math.sin(((to.lon - from.lon) * radians) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

function request(fields: Partial<SearchRequest>): SearchRequest {
  return { text: '', filter: {}, offset: 0, limit: 100, facets: [], ...fields };
}

describe.each(engines)('the %s search engine', (_, createEngine) => {
  let engine: SearchEngine;
  const ids = async (fields: Partial<SearchRequest>) => (await engine.search(request(fields))).hits.map((hit) => hit.id);

  beforeAll(async () => {
    engine = await createEngine();
    const build = await engine.startBuild();
    await build.add(catalogue);
    await build.commit();
  });
  afterAll(() => engine?.close());

  it('holds every document once, however often it is written', async () => {
    await engine.upsert(catalogue.slice(0, 3));
    expect(await engine.count()).toBe(catalogue.length);
    expect((await engine.search(request({}))).totalCount).toBe(catalogue.length);
  });

  it('finds Chinese names without spaces, abbreviations included: 科技馆', async () => {
    expect(await ids({ text: '科技馆', filter: { types: ['Venue'] } })).toEqual(expect.arrayContaining(['ven_1', 'ven_2']));
    expect(await ids({ text: '天文馆', filter: { types: ['Venue'] } })).toEqual(['ven_3']);
  });

  it('forgives typos in English words', async () => {
    expect(await ids({ text: 'planetarim' })).toContain('ven_3');
    expect(await ids({ text: 'musuem', filter: { types: ['Venue'] } })).toEqual(expect.arrayContaining(['ven_1', 'ven_2', 'ven_4']));
  });

  it('needs every word of a query, in either language, and ranks names first', async () => {
    const hits = await ids({ text: '北京 planetarium' });
    expect(hits[0]).toBe('ven_3');
    expect(hits).not.toContain('ven_2');
    expect(await ids({ text: 'robot 编程' })).toEqual(['prg_2']);
  });

  it('completes a Chinese, pinyin or English prefix with the names of the catalogue', async () => {
    const suggested = async (prefix: string) => (await engine.suggest(prefix, 5)).filter((suggestion) => suggestion.id).map((suggestion) => suggestion.id);
    expect(await suggested('北京天')).toContain('ven_3');
    expect(await suggested('beijingtian')).toContain('ven_3');
    expect(await suggested('Beijing Pla')).toContain('ven_3');
    expect(await engine.suggest('  ', 5)).toEqual([]);
  });

  it('reads words for kinds of offering as item types: 讲座 finds talks', async () => {
    expect(await ids({ text: '火星讲座' })).toEqual(['tlk_1']);
    expect(await ids({ text: '讲座', filter: { types: ['Venue'] } })).toEqual([]);
  });

  it('searches quotes and operators as text', async () => {
    for (const text of ['" OR 1=1', "' OR '1'='1", 'type = Venue']) {
      await expect(engine.search(request({ text }))).resolves.toMatchObject({ totalCount: 0 });
    }
  });

  it('keeps a filter value with quotes and backslashes one value', async () => {
    expect(await ids({ filter: { cities: ['Quote" OR 1=1'] } })).toEqual(['ven_5']);
    expect(await ids({ filter: { districts: ['x\\"y'] } })).toEqual(['ven_5']);
    expect(await ids({ filter: { cities: ['Quote'] } })).toEqual([]);
  });

  it.each([
    [{ types: ['Programme' as const] }, ['prg_1', 'prg_2']],
    [{ kinds: ['PLANETARIUM' as const] }, ['ven_3', 'prg_1']],
    [{ subjects: ['AEROSPACE' as const] }, ['tlk_1', 'exp_1']],
    [{ gradeBands: ['SENIOR' as const] }, ['ven_3', 'prg_2']],
    [{ cities: ['Chongqing', 'Shanghai'] }, ['ven_2', 'ven_4']],
    [{ districts: ['Xicheng'] }, ['ven_3', 'prg_1']],
    [{ deliveries: ['ONLINE' as const] }, ['exp_1']],
    [{ freeOnly: true, types: ['Venue' as const, 'Programme' as const] }, ['ven_3', 'prg_1']],
    [{ complianceStatuses: ['UNDER_RECTIFICATION' as const] }, ['ven_4']],
    [{ venueIds: ['ven_1', 'ven_2'] }, ['ven_1', 'ven_2', 'prg_2', 'tlk_1']],
    [{ openBetween: { from: NOW, to: NOW + 14 * DAY } }, ['prg_1', 'tlk_1']],
    [{ openBetween: { from: NOW + 3 * DAY + 1, to: NOW + 10 * DAY } }, []],
  ])('filters by %j', async (filter, expected) => {
    expect((await ids({ filter })).sort()).toEqual([...expected].sort());
  });

  it('counts facets over the hits of the current filter', async () => {
    const { facets, totalCount } = await engine.search(request({ filter: { cities: ['Beijing'] }, facets: facetFields }));
    expect(totalCount).toBe(5);
    expect(facets.find((facet) => facet.field === 'city')!.values).toEqual([{ value: 'Beijing', count: 5 }]);
    expect(facets.find((facet) => facet.field === 'kind')!.values).toEqual([
      { value: 'SCIENCE_CENTRE', count: 3 },
      { value: 'PLANETARIUM', count: 2 },
    ]);
    expect(facets.find((facet) => facet.field === 'district')!.values).toEqual([
      { value: 'Chaoyang', count: 3 },
      { value: 'Xicheng', count: 2 },
    ]);
    expect(facets.find((facet) => facet.field === 'subject')!.values).toEqual([
      { value: 'AEROSPACE', count: 1 },
      { value: 'ASTRONOMY', count: 2 },
      { value: 'COMPUTING', count: 1 },
      { value: 'PHYSICS', count: 1 },
    ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)));
  });

  it('orders by distance from a point within a radius, with the distance on each hit', async () => {
    const near = { lat: 39.95, lon: 116.4, radiusKm: 15 };
    const { hits } = await engine.search(request({ near, filter: { types: ['Venue'] } }));
    expect(hits.map((hit) => hit.id)).toEqual(['ven_3', 'ven_1', 'ven_5']);
    for (const hit of hits) {
      const place = catalogue.find((document) => document.id === hit.id)!.location!;
      expect(hit.distanceKm).toBeCloseTo(distanceKm(near, place), 0);
    }
  });

  it('with a point and no radius, lists items without a place last and without a distance', async () => {
    const { hits } = await engine.search(request({ near: { lat: 39.95, lon: 116.4 } }));
    expect(hits).toHaveLength(catalogue.length);
    expect(hits.at(-1)).toEqual({ id: 'exp_1', type: 'Expert', distanceKm: null });
    expect(hits.slice(0, -1).every((hit) => hit.distanceKm !== null)).toBe(true);
  });

  it('counts a moved or removed document only where it is now', async () => {
    const cityCounts = async () => (await engine.search(request({ facets: ['city'] }))).facets[0]!.values;
    await engine.upsert([{ ...catalogue[3]!, city: 'Beijing' }]);
    expect(await cityCounts()).toContainEqual({ value: 'Beijing', count: 6 });
    expect((await cityCounts()).map((count) => count.value)).not.toContain('Shanghai');
    await engine.remove(['ven_4']);
    expect(await cityCounts()).toContainEqual({ value: 'Beijing', count: 5 });
    await engine.upsert([catalogue[3]!]);
    expect(await cityCounts()).toContainEqual({ value: 'Shanghai', count: 1 });
  });

  it('counts facets within the radius, asked again from another point', async () => {
    const cityCounts = async (near: SearchRequest['near']) => (await engine.search(request({ near, facets: ['city'] }))).facets[0]!.values;
    const expected = (near: { lat: number; lon: number; radiusKm: number }) => {
      const counts = new Map<string, number>();
      for (const { city, location } of catalogue) if (city && location && distanceKm(near, location) <= near.radiusKm) counts.set(city, (counts.get(city) ?? 0) + 1);
      return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    };
    for (const near of [{ lat: 39.95, lon: 116.4, radiusKm: 15 }, { lat: 29.56, lon: 106.55, radiusKm: 50 }, { lat: 39.95, lon: 116.4, radiusKm: 8 }]) {
      expect(await cityCounts(near)).toEqual(expected(near));
    }
    expect(await cityCounts({ lat: 31.2, lon: 121.5 })).toEqual(await cityCounts(undefined));
  });

  it('counts without listing when asked for no hits', async () => {
    expect(await engine.search(request({ limit: 0, text: '科技馆' }))).toMatchObject({ hits: [], totalCount: 3 });
  });

  it('pages through the same order it would give in one page', async () => {
    const whole = await ids({ text: '' });
    const paged = [...(await ids({ limit: 4 })), ...(await ids({ offset: 4, limit: 4 })), ...(await ids({ offset: 8, limit: 4 }))];
    expect(paged).toEqual(whole);
  });

  it('shows a changed document as it is now, and forgets a removed one', async () => {
    await engine.upsert([{ ...catalogue[1]!, name: '重庆自然科普中心', nameEn: 'Chongqing Nature Centre' }]);
    expect(await ids({ text: '科普中心' })).toEqual(['ven_2']);
    expect(await ids({ text: '科技馆', filter: { types: ['Venue'] } })).not.toContain('ven_2');
    await engine.remove(['ven_2', 'ven_999']);
    expect(await ids({ text: '科普中心' })).toEqual([]);
    await engine.upsert([catalogue[1]!]);
  });

  it('answers from the old index while a new one is built, and from the new one after the swap', async () => {
    const build = await engine.startBuild();
    await build.add(catalogue.slice(0, 2));
    expect((await engine.search(request({}))).totalCount).toBe(catalogue.length);
    await engine.upsert([{ ...catalogue[0]!, name: '中国科技馆新馆' }]);
    await build.commit();
    expect((await engine.search(request({}))).totalCount).toBe(2);
    expect(await ids({ text: '新馆' })).toEqual(['ven_1']);
    const rebuild = await engine.startBuild();
    await rebuild.add(catalogue);
    await rebuild.commit();
    expect(await engine.count()).toBe(catalogue.length);
  });

  it('keeps a change that was being applied when a build was swapped in', async () => {
    const build = await engine.startBuild();
    await build.add(catalogue);
    const renaming = engine.upsert([{ ...catalogue[0]!, name: '中国科技馆东馆' }]);
    await build.commit();
    await renaming;
    expect(await ids({ text: '东馆' })).toEqual(['ven_1']);
    await engine.upsert([catalogue[0]!]);
  });
});
