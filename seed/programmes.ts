import { gradeBands, type Delivery, type GradeBand, type ProgrammeKind, type PublicationStatus, type Subject } from '../kit/platform/vocabulary.js';
import { bandRange, listLabels, programmeKindLabels, subjectLabels } from './labels.js';
import { tickets } from './lists.js';
import { capitalise, type Bilingual } from './names.js';
import type { Random } from './random.js';
import type { CurriculumLinkRow, ProgrammeRow, RouteStopRow } from './rows.js';
import { curriculumPoints, topics } from './topics.js';
import { venueProfiles } from './venueProfiles.js';
import { isOpen, type VenueFacts, type VenueIndex } from './venues.js';

/** What sessions need to know about a programme. */
export interface ProgrammeFacts {
  id: number;
  venue: VenueFacts;
  durationMinutes: number;
  minGroup: number;
  maxGroup: number;
  kind: ProgrammeKind;
  delivery: Delivery;
  /** Published, at an open venue: schools can book it. */
  bookable: boolean;
}

export interface ProgrammeCatalogue {
  rows: ProgrammeRow[];
  routeStops: RouteStopRow[];
  curriculumLinks: CurriculumLinkRow[];
  facts: ProgrammeFacts[];
}

/** Every venue offers at least one programme; the real ones, being better known, offer more. */
export function generateProgrammes(random: Random, venues: VenueIndex, total: number): ProgrammeCatalogue {
  const hosts = tickets(venues.all, (venue) => (venue.real ? 3 : 1));
  const catalogue: ProgrammeCatalogue = { rows: [], routeStops: [], curriculumLinks: [], facts: [] };
  for (let id = 1; id <= total; id++) {
    const venue = venues.all[id - 1] ?? random.pick(hosts);
    const drawn = random.weighted(venueProfiles[venue.kind].programmeKinds);
    const stops = drawn === 'STUDY_TOUR' ? routeFor(random, venues, venue, id) : [];
    const kind = drawn === 'STUDY_TOUR' && stops.length === 0 ? 'VISIT' : drawn;
    const row = programmeRow(random, venue, kind, id, stops);
    catalogue.rows.push(row);
    catalogue.routeStops.push(...stops);
    catalogue.curriculumLinks.push(...curriculumLinksFor(random, id, row.subjects));
    catalogue.facts.push({
      id, venue, kind, durationMinutes: row.durationMinutes, minGroup: row.minGroup!, maxGroup: row.maxGroup, delivery: row.delivery,
      bookable: row.status === 'PUBLISHED' && isOpen(venue),
    });
  }
  return catalogue;
}

const activities = ['参观讲解', '动手实验', '完成研学任务单', '聆听专家讲座', '户外观察记录'];

/** Two to four other open venues of the venue's city; none when the city has too few, and the tour becomes a visit. */
function routeFor(random: Random, venues: VenueIndex, venue: VenueFacts, programmeId: number): RouteStopRow[] {
  const wanted = random.int(2, 4);
  const others = random.sample(venues.openInCity.get(venue.city) ?? [], wanted + 1).filter((other) => other.id !== venue.id);
  if (others.length < 2) return [];
  return others.slice(0, wanted).map((stop, i) => ({
    programmeId, position: i + 1, venueId: stop.id, minutes: random.pick([60, 75, 90, 105]),
    activityZh: `在${stop.name.zh}${random.pick(activities)}`,
  }));
}

function programmeRow(random: Random, venue: VenueFacts, kind: ProgrammeKind, id: number, stops: RouteStopRow[]): ProgrammeRow {
  // A venue's first subject is what it is known for: a planetarium's programmes are all about astronomy.
  const subjects = [venue.subjects[0]!, ...random.sample(venue.subjects.slice(1), random.int(0, 1))];
  const topic = random.pick(topics[random.pick(subjects)]);
  const bands = bandRun(random, venueProfiles[venue.kind].bands);
  const delivery = deliveryOf(random, kind);
  const maxGroup = groupCap(random, venue, kind, delivery);
  return {
    id,
    venueId: venue.id,
    kind,
    ...titled(topic, kind, venue),
    ...summarised(topic, kind, venue, subjects, bands),
    subjects,
    gradeBands: bands,
    durationMinutes: durationOf(random, kind, stops),
    minGroup: Math.min(maxGroup, random.pick([1, 5, 10, 15])),
    maxGroup,
    priceCents: priceOf(random, kind),
    delivery,
    status: random.weighted<PublicationStatus>([['PUBLISHED', 90], ['DRAFT', 8], ['UNPUBLISHED', 2]]),
  };
}

/** One to three neighbouring grade bands within `[first, last]` (indexes into `gradeBands`). */
export function bandRun(random: Random, [first, last]: readonly [number, number]): GradeBand[] {
  const start = random.int(first, last);
  return gradeBands.slice(start, Math.min(last, start + random.int(0, 2)) + 1);
}

function titled(topic: Bilingual, kind: ProgrammeKind, venue: VenueFacts): Pick<ProgrammeRow, 'titleZh' | 'titleEn'> {
  if (kind === 'STUDY_TOUR') {
    return { titleZh: `${venue.city.nameZh}“${topic.zh}”研学线路`, titleEn: `${topic.en}: A Study Tour of ${venue.city.name}` };
  }
  const label = programmeKindLabels[kind];
  return { titleZh: `${topic.zh}${label.zh}`, titleEn: `${topic.en}: ${titleCase(label.en)}` };
}

function summarised(
  topic: Bilingual, kind: ProgrammeKind, venue: VenueFacts, subjects: Subject[], bands: GradeBand[],
): Pick<ProgrammeRow, 'summaryZh' | 'summaryEn'> {
  const label = programmeKindLabels[kind];
  const range = bandRange(bands);
  const fields = listLabels(subjects.map((subject) => subjectLabels[subject]));
  return {
    summaryZh: `${venue.name.zh}面向${range.zh}学生开设的${label.zh}，围绕“${topic.zh}”展开，涉及${fields.zh}知识。`,
    summaryEn: `A ${label.en} at ${venue.name.en} for ${range.en} pupils on "${topic.en}", touching on ${fields.en}.`,
  };
}

function titleCase(text: string): string {
  return text.split(' ').map(capitalise).join(' ');
}

function deliveryOf(random: Random, kind: ProgrammeKind): Delivery {
  if (kind === 'ONLINE_COURSE') return 'ONLINE';
  if (kind === 'WORKSHOP' || kind === 'COURSE') return random.weighted<Delivery>([['ON_SITE', 60], ['IN_SCHOOL', 35], ['ONLINE', 5]]);
  return 'ON_SITE';
}

const kindCaps: Record<ProgrammeKind, number> = {
  VISIT: 200, LAB_SESSION: 40, WORKSHOP: 50, COURSE: 45, STUDY_TOUR: 120, ONLINE_COURSE: 500,
};

/** The largest group one booking may bring: what the venue holds, what the activity allows, a class or two in school. */
function groupCap(random: Random, venue: VenueFacts, kind: ProgrammeKind, delivery: Delivery): number {
  const cap = delivery === 'ONLINE' ? kindCaps[kind] : delivery === 'IN_SCHOOL' ? 90 : Math.min(venue.maxGroup, kindCaps[kind]);
  return Math.max(10, Math.round(random.int(Math.max(10, Math.floor(cap / 3)), cap) / 10) * 10);
}

const durations: Record<Exclude<ProgrammeKind, 'STUDY_TOUR'>, readonly number[]> = {
  VISIT: [60, 90, 120], LAB_SESSION: [90, 120, 150], WORKSHOP: [60, 90, 120], COURSE: [45, 60, 90], ONLINE_COURSE: [40, 45, 60],
};

/** A study tour lasts its stops plus half an hour on the road between each. */
function durationOf(random: Random, kind: ProgrammeKind, stops: RouteStopRow[]): number {
  if (kind !== 'STUDY_TOUR') return random.pick(durations[kind]);
  return stops.reduce((sum, stop) => sum + stop.minutes, 0) + 30 * (stops.length - 1);
}

/** In fen: most programmes are free, study tours mostly are not. */
function priceOf(random: Random, kind: ProgrammeKind): number {
  if (kind === 'STUDY_TOUR') return random.chance(0.8) ? random.int(16, 60) * 500 : 0;
  return random.chance(0.2) ? random.int(2, 30) * 500 : 0;
}

function curriculumLinksFor(random: Random, programmeId: number, subjects: readonly Subject[]): CurriculumLinkRow[] {
  if (random.chance(0.15)) return [];
  const points = random.sample(curriculumPoints(subjects), random.int(1, 2));
  return points.map((point) => ({ programmeId, ...point }));
}
