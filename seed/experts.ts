import { subjects as allSubjects, type Subject } from '../kit/platform/vocabulary.js';
import { listLabels, subjectLabels } from './labels.js';
import { range, tickets } from './lists.js';
import { demoEmail, mobile, personName, type Bilingual } from './names.js';
import type { Random } from './random.js';
import type { ExpertRow } from './rows.js';
import { venueProfiles } from './venueProfiles.js';
import type { VenueFacts, VenueIndex } from './venues.js';

export interface ExpertFacts {
  id: number;
  name: Bilingual;
  title: Bilingual;
  venue: VenueFacts | null;
  fields: Subject[];
  academician: boolean;
  published: boolean;
}

export interface ExpertCatalogue {
  rows: ExpertRow[];
  facts: ExpertFacts[];
}

const academies = {
  CAS: { zh: '中国科学院', en: 'Chinese Academy of Sciences' },
  CAE: { zh: '中国工程院', en: 'Chinese Academy of Engineering' },
} as const;

const engineeringFields = new Set<Subject>(['ENGINEERING', 'TRANSPORT', 'AEROSPACE', 'COMPUTING', 'AGRICULTURE']);

const independentTitles: readonly Bilingual[] = [
  { zh: '科普作家', en: 'Science Writer' }, { zh: '退休教授', en: 'Retired Professor' }, { zh: '独立科普讲师', en: 'Independent Science Communicator' },
];

const achievements: readonly Bilingual[] = [
  { zh: '担任多所中小学的科学副校长。', en: ' Science vice-principal of several schools.' },
  { zh: '出版多部青少年科普读物。', en: ' Author of popular-science books for young readers.' },
  { zh: '指导的学生科技创新项目多次获奖。', en: " Mentor to award-winning students' science projects." },
  { zh: '', en: '' },
];

/** One expert in ten is an academician, at a university or research institute; one in twelve of the others works independently. */
export function generateExperts(random: Random, venues: VenueIndex, total: number): ExpertCatalogue {
  const academicians = new Set(random.sample(range(total), Math.round(total / 10)));
  const academicHomes = tickets(venues.all, (venue) =>
    (venue.kind === 'UNIVERSITY' || venue.kind === 'RESEARCH_INSTITUTE' ? 1 : 0) * (venue.real ? 4 : 1));
  const workplaces = tickets(venues.all, (venue) => venueProfiles[venue.kind].expertShare * (venue.real ? 2 : 1));
  const catalogue: ExpertCatalogue = { rows: [], facts: [] };
  for (let id = 1; id <= total; id++) {
    const academician = academicians.has(id - 1);
    const venue = academician ? random.pick(academicHomes) : random.chance(1 / 12) ? null : random.pick(workplaces);
    const facts = expertFacts(random, id, venue, academician);
    catalogue.facts.push(facts);
    catalogue.rows.push(expertRow(random, facts));
  }
  return catalogue;
}

function expertFacts(random: Random, id: number, venue: VenueFacts | null, academician: boolean): ExpertFacts {
  const fields = random.sample(venue?.subjects ?? allSubjects, random.int(1, venue ? 3 : 2));
  const titles = venue ? venueProfiles[venue.kind].expertTitles : independentTitles;
  // An academician holds the senior title of the house: professor, research professor.
  const title = academician ? titles[0]! : random.pick(titles);
  return { id, name: personName(random), title, venue, fields, academician, published: random.chance(0.95) };
}

function expertRow(random: Random, expert: ExpertFacts): ExpertRow {
  const academy = expert.academician ? academyOf(random, expert.fields) : null;
  const honour = academy ? { zh: `${academies[academy].zh}院士，`, en: `Academician of the ${academies[academy].en}; ` } : { zh: '', en: '' };
  const where = expert.venue ? { zh: expert.venue.name.zh, en: `, ${expert.venue.name.en}` } : { zh: '', en: '' };
  const fields = listLabels(expert.fields.map((field) => subjectLabels[field]));
  const achievement = expert.academician
    ? { zh: '多次参加“院士进校园”活动，为中小学生作科普报告。', en: ' A regular speaker in schools through the "academicians entering campus" programme.' }
    : random.pick(achievements);
  return {
    id: expert.id,
    nameZh: expert.name.zh,
    nameEn: expert.name.en,
    titleZh: honour.zh + expert.title.zh,
    titleEn: honour.en + expert.title.en,
    affiliationVenueId: expert.venue?.id ?? null,
    academicianOf: academy,
    fields: expert.fields,
    bioZh: `${expert.name.zh}，${honour.zh}${where.zh}${expert.title.zh}，长期从事${fields.zh}领域的研究与科普工作。${achievement.zh}`,
    bioEn: `${expert.name.en}, ${honour.en}${expert.title.en}${where.en}, works on ${fields.en} research and science outreach.${achievement.en}`,
    contactEmail: random.chance(0.6) ? demoEmail(`${expert.name.en.replace(/ /g, '.')}.${expert.id}`) : null,
    contactPhone: random.chance(0.4) ? mobile(random) : null,
    status: expert.published ? 'PUBLISHED' : 'DRAFT',
  };
}

function academyOf(random: Random, fields: readonly Subject[]): keyof typeof academies {
  const engineering = fields.some((field) => engineeringFields.has(field));
  return random.chance(engineering ? 0.7 : 0.15) ? 'CAE' : 'CAS';
}
