import { describe, expect, it } from 'vitest';
import { toDocument } from '../../subgraphs/search/documents.js';
import type { PlaceFragment, ProgrammeDocumentFragment } from '../../subgraphs/search/operations.generated.js';
import { hanTokens, latinTokens, parseQuery, swappedSpellings, typosAllowed } from '../../search/text.js';

describe('reading Chinese text', () => {
  it('indexes every pair of adjacent characters, so 科技馆 is found inside 重庆科技馆 whatever the segmenter does', () => {
    expect(hanTokens('重庆科技馆', false)).toEqual(['重庆', '庆科', '科技', '技馆']);
    expect(parseQuery('科技馆')[0]!.alternatives[0]).toEqual(['科技', '技馆']);
  });

  it('reads 科技 as the abbreviation of 科学技术, so 科技馆 also looks for 科学技术馆', () => {
    const [clause] = parseQuery('科技馆');
    expect(clause!.alternatives).toContainEqual(['科学', '学技', '技术', '术馆']);
    expect(hanTokens('中国科学技术馆', false)).toEqual(expect.arrayContaining(['科学', '学技', '技术', '术馆']));
  });

  it('keeps the Mandarin tokenizer’s words for names, so a single character finds a name', () => {
    expect(hanTokens('北京天文馆', true)).toContain('馆');
    expect(hanTokens('北京天文馆', false)).not.toContain('馆');
  });

  it('splits a mixed query into a Chinese part and English words, lower-cased', () => {
    expect(parseQuery('北京 Planetarium').map((clause) => [clause.script, clause.alternatives[0]])).toEqual([
      ['han', ['北京']],
      ['latin', ['planetarium']],
    ]);
    expect(latinTokens('Beijing 天文馆 Planetarium')).toEqual(['beijing', 'planetarium']);
  });

  it('treats quotes and operators as nothing but word boundaries', () => {
    expect(parseQuery('" OR 1=1').map((clause) => clause.alternatives[0])).toEqual([['or'], ['1'], ['1']]);
    expect(parseQuery('""')).toEqual([]);
  });
});

describe('typos in English', () => {
  it('allows none up to four letters, one from five, two from nine', () => {
    expect([typosAllowed('lab'), typosAllowed('musuem'), typosAllowed('planetarim')]).toEqual([0, 1, 2]);
  });

  it('counts two swapped neighbouring letters as one typo', () => {
    expect(swappedSpellings('musuem')).toContain('museum');
    expect(swappedSpellings('lab')).toEqual([]);
  });
});

const place: PlaceFragment = { id: 'ven_1', kind: 'MUSEUM', name: '馆', nameEn: 'Hall', city: 'Beijing', district: 'Chaoyang', location: { lat: 40, lon: 116 }, complianceStatus: 'WHITELISTED' };
const programme: ProgrammeDocumentFragment = {
  id: 'prg_1', kind: 'VISIT', title: '参观', titleEn: 'Visit', summary: '', summaryEn: '', subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], delivery: 'ON_SITE', free: true,
  venue: place, sessions: { edges: [{ node: { startsAt: '2026-12-01T09:00:00+08:00' } }] },
};

describe('documents built from what the public API answers', () => {
  it('carries the venue’s place, kind and compliance onto a programme, and its open sessions', () => {
    expect(toDocument('Programme', programme)).toMatchObject({
      id: 'prg_1', type: 'Programme', venueId: 'ven_1', venueKind: 'MUSEUM', city: 'Beijing', location: { lat: 40, lon: 116 },
      openSessionStarts: [Date.parse('2026-12-01T01:00:00Z')],
    });
  });

  it('leaves out whatever the API does not show, and anything of a blacklisted or suspended venue', () => {
    expect(toDocument('Programme', null)).toBeNull();
    expect(toDocument('Programme', { ...programme, venue: null })).toBeNull();
    expect(toDocument('Programme', { ...programme, venue: { ...place, complianceStatus: 'BLACKLISTED' } })).toBeNull();
    expect(toDocument('Venue', { ...place, complianceStatus: 'SUSPENDED', description: '', descriptionEn: '', address: '', programmes: { edges: [] } })).toBeNull();
    expect(toDocument('Venue', { ...place, complianceStatus: 'UNDER_RECTIFICATION', description: '', descriptionEn: '', address: '', programmes: { edges: [] } })).not.toBeNull();
  });

  it('gives a venue the subjects, grade bands and deliveries of its programmes, so filters find it', () => {
    const venue = toDocument('Venue', {
      ...place, description: '', descriptionEn: '', address: '',
      programmes: { edges: [{ node: { subjects: ['PHYSICS'], gradeBands: ['JUNIOR'], delivery: 'ON_SITE', free: false } }, { node: { subjects: ['PHYSICS', 'BIOLOGY'], gradeBands: ['SENIOR'], delivery: 'ONLINE', free: true } }] },
    });
    expect(venue).toMatchObject({ subjects: ['PHYSICS', 'BIOLOGY'], gradeBands: ['JUNIOR', 'SENIOR'], deliveries: ['ON_SITE', 'ONLINE'], free: true });
  });
});
