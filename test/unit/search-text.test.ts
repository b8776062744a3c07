import { describe, expect, it } from 'vitest';
import { toDocument } from '../../subgraphs/search/documents.js';
import type { PlaceFragment, ProgrammeDocumentFragment } from '../../subgraphs/search/operations.generated.js';
import { parseQuery } from '../../search/query.js';
import { hanTokens, latinTokens, pinyinTokens, stem, typosAllowed } from '../../search/text.js';
import { Vocabulary } from '../../search/vocabulary.js';
import { catalogue } from '../support/search-fixtures.js';

const tokensOf = (text: string) => parseQuery(text).clauses.map((clause) => clause.alternatives[0]!.terms.map((term) => term.token));

describe('reading Chinese text', () => {
  it('indexes every pair of adjacent characters, so 科技馆 is found inside 重庆科技馆 whatever the segmenter does', () => {
    expect(hanTokens('重庆科技馆', false)).toEqual(['重庆', '庆科', '科技', '技馆']);
    expect(tokensOf('科技馆')).toEqual([['科技', '技馆']]);
  });

  it('cuts an unspaced query into words and never asks for the pair across two words', () => {
    expect(tokensOf('重庆博物馆')).toEqual([['重庆'], ['博物', '物馆']]);
  });

  it('reads 科技 as the abbreviation of 科学技术, so 科技馆 also looks for 科学技术馆', () => {
    const [clause] = parseQuery('科技馆').clauses;
    expect(clause!.alternatives.map((alternative) => alternative.terms.map((term) => term.token))).toContainEqual(['科学', '学技', '技术', '术馆']);
  });

  it('reads traditional characters as simplified', () => {
    expect(tokensOf('北京天文館')).toEqual(tokensOf('北京天文馆'));
  });

  it('turns a word for a kind of offering into an item type', () => {
    expect(parseQuery('天文讲座')).toMatchObject({ types: ['Talk'], clauses: [{ text: '天文' }] });
    expect(parseQuery('lab session').types).toEqual(['Programme']);
  });

  it('indexes names by pinyin, whole and by initials', () => {
    expect(pinyinTokens('北京天文馆')).toEqual(expect.arrayContaining(['beijingtianwenguan', 'bjtwg', 'tianwenguan']));
  });

  it('corrects a character with the right sound and the wrong form to a word of the names, keeping the typed one first', () => {
    const vocabulary = new Vocabulary();
    for (const document of catalogue) vocabulary.add(document);
    const parsed = parseQuery('北京天文官', vocabulary);
    expect(parsed.corrected).toBe('北京天文馆');
    expect(parsed.clauses.at(-1)!.alternatives.map((alternative) => alternative.how)).toEqual(expect.arrayContaining(['exact', 'sound-alike']));
  });

  it('splits a mixed query into Chinese words and English words, lower-cased', () => {
    expect(parseQuery('北京 Planetarium').clauses.map((clause) => clause.alternatives[0]!.terms[0]!.kind)).toEqual(['han', 'latin']);
    expect(latinTokens('Beijing 天文馆 Planetariums')).toEqual(expect.arrayContaining(['beijing', 'planetarium', 'planetariums']));
    expect(latinTokens('Beijing 天文馆 Planetariums')).not.toContain('天文馆');
  });

  it('treats quotes and operators as nothing but word boundaries', () => {
    expect(tokensOf('" OR 1=1')).toEqual([['or'], ['1'], ['1']]);
    expect(parseQuery('""').clauses).toEqual([]);
  });
});

describe('English words', () => {
  it('allows no typo up to four letters, one from five, two from nine', () => {
    expect([typosAllowed('lab'), typosAllowed('musuem'), typosAllowed('planetarim')]).toEqual([0, 1, 2]);
  });

  it('reads plurals and common endings as the same stem on both sides', () => {
    expect(stem('museums')).toBe(stem('museum'));
    expect(stem('laboratories')).toBe(stem('laboratory'));
    expect(stem('programming')).toBe(stem('programme'));
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
