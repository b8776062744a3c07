import type { Delivery, PublicationStatus } from '../kit/platform/vocabulary.js';
import type { ExpertFacts } from './experts.js';
import { bandRange, listLabels, subjectLabels } from './labels.js';
import { tickets } from './lists.js';
import type { Bilingual } from './names.js';
import { bandRun } from './programmes.js';
import type { Random } from './random.js';
import type { TalkRow } from './rows.js';
import { topics } from './topics.js';

export interface TalkFacts {
  id: number;
  expert: ExpertFacts;
  durationMinutes: number;
  maxAudience: number;
  /** Published, by a published expert: schools can book it. */
  bookable: boolean;
}

export interface TalkCatalogue {
  rows: TalkRow[];
  facts: TalkFacts[];
}

type Framing = (topic: Bilingual) => Bilingual;

const framings: readonly Framing[] = [
  (topic) => ({ zh: `${topic.zh}：从课本到前沿`, en: `${topic.en}: From Textbook to Frontier` }),
  (topic) => ({ zh: `${topic.zh}漫谈`, en: `${topic.en}: A Conversation` }),
  (topic) => ({ zh: `科学家眼中的${topic.zh}`, en: `${topic.en}, Through a Scientist's Eyes` }),
  (topic) => ({ zh: `${topic.zh}十问`, en: `${topic.en}: Ten Questions` }),
];

const academicianFraming: Framing = (topic) => ({ zh: `院士讲${topic.zh}`, en: `${topic.en}, Told by an Academician` });

/** Every expert gives at least one talk; academicians, much asked for, give more. */
export function generateTalks(random: Random, experts: ExpertFacts[], total: number): TalkCatalogue {
  const speakers = tickets(experts, (expert) => (expert.academician ? 3 : 1));
  const catalogue: TalkCatalogue = { rows: [], facts: [] };
  for (let id = 1; id <= total; id++) {
    const expert = experts[id - 1] ?? random.pick(speakers);
    const row = talkRow(random, id, expert);
    catalogue.rows.push(row);
    catalogue.facts.push({
      id, expert, durationMinutes: row.durationMinutes, maxAudience: row.maxAudience, bookable: row.status === 'PUBLISHED',
    });
  }
  return catalogue;
}

function talkRow(random: Random, id: number, expert: ExpertFacts): TalkRow {
  const subjects = random.sample(expert.fields, random.int(1, 2));
  const topic = random.pick(topics[subjects[0]!]);
  const title = random.pick(expert.academician ? [...framings, academicianFraming] : framings)(topic);
  const bands = bandRun(random, random.chance(0.3) ? [0, 3] : [1, 3]);
  const range = bandRange(bands);
  const fields = listLabels(subjects.map((subject) => subjectLabels[subject]));
  return {
    id,
    expertId: expert.id,
    titleZh: title.zh,
    titleEn: title.en,
    summaryZh: `${expert.name.zh}${expert.title.zh}为${range.zh}学生讲述“${topic.zh}”，结合自己的科研经历，介绍${fields.zh}领域的新进展。`,
    summaryEn: `${expert.name.en} (${expert.title.en}) tells ${range.en} pupils about "${topic.en}", drawing on their own research to show what is new in ${fields.en}.`,
    subjects,
    gradeBands: bands,
    durationMinutes: random.pick([40, 45, 60, 90]),
    maxAudience: random.pick([40, 60, 100, 200, 300, 500]),
    delivery: random.weighted<Delivery>([['IN_SCHOOL', 55], ['ON_SITE', 30], ['ONLINE', 15]]),
    status: expert.published ? random.weighted<PublicationStatus>([['PUBLISHED', 92], ['DRAFT', 8]]) : 'DRAFT',
  };
}
