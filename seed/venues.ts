import { venueKinds, type ComplianceStatus, type Subject, type VenueKind } from '../kit/platform/vocabulary.js';
import { complianceRecordsFor, complianceStories, currentStatus } from './compliance.js';
import { venueKindLabels, listLabels, subjectLabels } from './labels.js';
import { demoEmail, landline, uniqueName, type Bilingual } from './names.js';
import { groupBy } from './lists.js';
import { pointIn, type City, type District, type Places, type Point } from './places.js';
import type { Random } from './random.js';
import { realVenueFocus } from './realVenueFocus.js';
import type { ComplianceRecordRow, VenueRow } from './rows.js';
import { venueProfiles } from './venueProfiles.js';

/** What later tables need to know about a venue, beyond its row. */
export interface VenueFacts {
  id: number;
  kind: VenueKind;
  name: Bilingual;
  city: City;
  district: District;
  subjects: readonly Subject[];
  maxGroup: number;
  real: boolean;
  published: boolean;
  compliance: ComplianceStatus;
}

/** A venue that schools may visit: published and whitelisted. */
export function isOpen(venue: VenueFacts): boolean {
  return venue.published && venue.compliance === 'WHITELISTED';
}

export interface VenueCatalogue {
  rows: VenueRow[];
  complianceRecords: ComplianceRecordRow[];
  facts: VenueFacts[];
}

/** `total` venues, a twentieth of them drafts, and every venue's compliance history. */
export function generateVenues(random: Random, places: Places, total: number, now: Date): VenueCatalogue {
  const sketches = sketchVenues(random.derive('sketches'), places, total);
  const invented = sketches.flatMap((sketch, i) => (sketch.real ? [] : [i + 1]));
  const stories = complianceStories(random.derive('compliance'), invented, total);
  const drafts = new Set(random.derive('drafts').sample(invented, Math.round(total * 0.05)));
  const rowRandom = random.derive('rows');
  const facts = sketches.map((sketch, i): VenueFacts => ({
    id: i + 1, kind: sketch.kind, name: sketch.name, city: sketch.district.city, district: sketch.district,
    subjects: sketch.subjects, maxGroup: groupLimit(rowRandom, sketch.kind), real: sketch.real,
    published: !drafts.has(i + 1), compliance: currentStatus[stories.get(i + 1) ?? 'CLEAN'],
  }));
  const recordRandom = random.derive('records');
  let recordId = 0;
  return {
    rows: sketches.map((sketch, i) => venueRow(rowRandom, sketch, facts[i]!)),
    complianceRecords: facts.flatMap((venue) =>
      complianceRecordsFor(recordRandom, venue.id, venue.district, stories.get(venue.id) ?? 'CLEAN', now, () => ++recordId)),
    facts,
  };
}

/** Open venues by city and by district, for finding partners near a school or stops on a route. */
export interface VenueIndex {
  all: VenueFacts[];
  openInCity: Map<City, VenueFacts[]>;
  openInDistrict: Map<District, VenueFacts[]>;
}

export function indexVenues(facts: VenueFacts[]): VenueIndex {
  const open = facts.filter(isOpen);
  return { all: facts, openInCity: groupBy(open, (venue) => venue.city), openInDistrict: groupBy(open, (venue) => venue.district) };
}

interface VenueSketch {
  kind: VenueKind;
  name: Bilingual;
  district: District;
  point: Point;
  subjects: readonly Subject[];
  real: boolean;
}

/** The real venues first, then invented ones until there are `total`, each district and kind having at least one. */
function sketchVenues(random: Random, places: Places, total: number): VenueSketch[] {
  const used = new Set(places.realVenues.map((venue) => venue.nameZh));
  const sketches: VenueSketch[] = places.realVenues.map((venue) => ({
    kind: venue.kind,
    name: { zh: venue.nameZh, en: venue.nameEn },
    district: places.districts.find((district) => district.city.name === venue.city && district.name === venue.district)!,
    point: { lat: venue.lat, lon: venue.lon },
    subjects: focusOf(venue.nameZh),
    real: true,
  }));
  const kindShares = venueKinds.map((kind) => [kind, venueProfiles[kind].share] as const);
  for (let i = 0; sketches.length < total; i++) {
    const district = places.districts[i] ?? pickDistrict(random, places);
    const kind = venueKinds[i] ?? random.weighted(kindShares);
    const theme = uniqueNamedTheme(random, used, kind, district);
    sketches.push({ kind, name: theme, district, point: pointIn(random, district, 0.04), subjects: theme.subjects, real: false });
  }
  return sketches;
}

function focusOf(realVenue: string): readonly Subject[] {
  const subjects = realVenueFocus[realVenue];
  if (!subjects) throw new Error(`no subjects listed for the real venue ${realVenue} in realVenueFocus.ts`);
  return subjects;
}

function uniqueNamedTheme(random: Random, used: Set<string>, kind: VenueKind, district: District) {
  let subjects: readonly Subject[] = [];
  const name = uniqueName(used, (attempt) => {
    const theme = venueProfiles[kind].name(random, district, attempt);
    subjects = theme.subjects;
    return theme;
  });
  return { ...name, subjects };
}

/** A city by its share of venues and schools, then one of its districts. */
export function pickDistrict(random: Random, places: Places): District {
  const city = random.weighted(places.cities.map((each) => [each, each.weight] as const));
  return random.pick(city.districts);
}

const streets = [
  '科学路', '学院路', '创新大道', '文化路', '青年路', '建设路', '人民路', '滨河路', '科技园路', '育才路',
  '新华路', '中山路', '长江路', '振兴路', '光明路', '湖滨路', '园区一路', '迎宾大道',
];

const accessibilityFeatures = ['WHEELCHAIR_ACCESS', 'LIFT', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'BRAILLE_SIGNAGE', 'NURSING_ROOM'];

function venueRow(random: Random, sketch: VenueSketch, facts: VenueFacts): VenueRow {
  const { district, point } = sketch;
  const profile = venueProfiles[sketch.kind];
  const place = `${district.city.nameZh}市${district.nameZh}`;
  return {
    id: facts.id,
    kind: sketch.kind,
    nameZh: sketch.name.zh,
    nameEn: sketch.name.en,
    ...describe(sketch),
    city: district.city.name,
    district: district.name,
    // Real venues get no invented street address or telephone number.
    addressZh: sketch.real ? place : `${place}${random.pick(streets)}${random.int(1, 299)}号`,
    lat: point.lat,
    lon: point.lon,
    openingHours: profile.openingHours,
    minGroup: random.pick([1, 5, 10]),
    maxGroup: facts.maxGroup,
    accessibility: random.sample(accessibilityFeatures, random.int(sketch.real ? 2 : 0, 5)),
    contactPhone: sketch.real ? null : landline(random, district.city.areaCode),
    contactEmail: sketch.real ? null : demoEmail(`visit.v${facts.id}`),
    complianceStatus: facts.compliance,
    status: facts.published ? 'PUBLISHED' : 'DRAFT',
  };
}

function groupLimit(random: Random, kind: VenueKind): number {
  const [low, high] = venueProfiles[kind].group;
  return Math.max(low, Math.round(random.int(low, high) / 10) * 10);
}

function describe(sketch: VenueSketch): Pick<VenueRow, 'descriptionZh' | 'descriptionEn'> {
  const kind = venueKindLabels[sketch.kind];
  const subjects = listLabels(sketch.subjects.map((subject) => subjectLabels[subject]));
  return {
    descriptionZh: `${sketch.name.zh}是面向中小学生开放的${kind.zh}，围绕${subjects.zh}开展参观讲解、动手实践和研学活动，接待学校团体预约。`,
    descriptionEn: `${sketch.name.en} is a ${kind.en} open to primary and secondary schools, offering guided visits, hands-on activities and study tours in ${subjects.en}. School groups book ahead.`,
  };
}
