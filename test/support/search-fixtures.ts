import type { SearchDocument } from '../../search/engine.js';

export const DAY = 86_400_000;
export const NOW = Date.parse('2026-12-01T00:00:00+08:00');

function venue(id: number, name: string, nameEn: string, fields: Partial<SearchDocument>): SearchDocument {
  return {
    id: `ven_${id}`, type: 'Venue', name, nameEn, body: '', venueId: `ven_${id}`, venueKind: 'MUSEUM', subjects: [], gradeBands: [], deliveries: ['ON_SITE'],
    free: false, city: 'Beijing', district: 'Chaoyang', complianceStatus: 'WHITELISTED', location: { lat: 40, lon: 116.4 }, openSessionStarts: [], ...fields,
  };
}

/** A small catalogue every engine is checked against: each document is there to prove one rule. */
export const catalogue: SearchDocument[] = [
  venue(1, '中国科学技术馆', 'China Science and Technology Museum', { venueKind: 'SCIENCE_CENTRE', location: { lat: 40.0035, lon: 116.3945 }, subjects: ['PHYSICS'], gradeBands: ['JUNIOR'] }),
  venue(2, '重庆科技馆', 'Chongqing Science and Technology Museum', { venueKind: 'SCIENCE_CENTRE', city: 'Chongqing', district: 'Yuzhong', location: { lat: 29.56, lon: 106.55 } }),
  venue(3, '北京天文馆', 'Beijing Planetarium', { venueKind: 'PLANETARIUM', district: 'Xicheng', location: { lat: 39.937, lon: 116.336 }, subjects: ['ASTRONOMY'], gradeBands: ['JUNIOR', 'SENIOR'], free: true }),
  venue(4, '上海自然博物馆', 'Shanghai Natural History Museum', { city: 'Shanghai', district: "Jing'an", location: { lat: 31.235, lon: 121.46 }, subjects: ['BIOLOGY'], complianceStatus: 'UNDER_RECTIFICATION' }),
  venue(5, '引号实验室', 'Quote Lab', { venueKind: 'LABORATORY', city: 'Quote" OR 1=1', district: 'x\\"y', location: { lat: 40.05, lon: 116.45 } }),
  {
    id: 'prg_1', type: 'Programme', name: '星空观测工作坊', nameEn: 'Stargazing Workshop', body: '北京天文馆 Beijing Planetarium 观测 telescope',
    venueId: 'ven_3', venueKind: 'PLANETARIUM', subjects: ['ASTRONOMY'], gradeBands: ['JUNIOR'], deliveries: ['ON_SITE'], free: true, city: 'Beijing', district: 'Xicheng',
    complianceStatus: 'WHITELISTED', location: { lat: 39.937, lon: 116.336 }, openSessionStarts: [NOW + 3 * DAY],
  },
  {
    id: 'prg_2', type: 'Programme', name: '机器人编程课程', nameEn: 'Robot Programming Course', body: '中国科学技术馆 China Science and Technology Museum',
    venueId: 'ven_1', venueKind: 'SCIENCE_CENTRE', subjects: ['COMPUTING'], gradeBands: ['SENIOR'], deliveries: ['ON_SITE'], free: false, city: 'Beijing', district: 'Chaoyang',
    complianceStatus: 'WHITELISTED', location: { lat: 40.0035, lon: 116.3945 }, openSessionStarts: [NOW + 30 * DAY],
  },
  {
    id: 'tlk_1', type: 'Talk', name: '火星探测漫谈', nameEn: 'Exploring Mars', body: '王院士 Wang Academician', venueId: 'ven_1', venueKind: 'SCIENCE_CENTRE',
    subjects: ['AEROSPACE'], gradeBands: ['PRIMARY_UPPER', 'JUNIOR'], deliveries: ['IN_SCHOOL'], free: true, city: 'Beijing', district: 'Chaoyang',
    complianceStatus: 'WHITELISTED', location: { lat: 40.0035, lon: 116.3945 }, openSessionStarts: [NOW + 10 * DAY],
  },
  {
    id: 'exp_1', type: 'Expert', name: '王院士', nameEn: 'Wang Academician', body: '航天 aerospace engineer', venueId: null, venueKind: null,
    subjects: ['AEROSPACE'], gradeBands: ['JUNIOR'], deliveries: ['IN_SCHOOL', 'ONLINE'], free: true, city: null, district: null,
    complianceStatus: null, location: null, openSessionStarts: [],
  },
];
