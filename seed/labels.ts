import type { GradeBand, ProgrammeKind, Subject, VenueKind } from '../kit/platform/vocabulary.js';
import type { Bilingual } from './names.js';

export const subjectLabels: Record<Subject, Bilingual> = {
  PHYSICS: { zh: '物理', en: 'physics' },
  CHEMISTRY: { zh: '化学', en: 'chemistry' },
  BIOLOGY: { zh: '生命科学', en: 'biology' },
  EARTH_SCIENCE: { zh: '地球科学', en: 'earth science' },
  ASTRONOMY: { zh: '天文', en: 'astronomy' },
  MATHEMATICS: { zh: '数学', en: 'mathematics' },
  COMPUTING: { zh: '信息科技', en: 'computing' },
  ENGINEERING: { zh: '工程技术', en: 'engineering' },
  ENVIRONMENT: { zh: '生态环境', en: 'the environment' },
  AGRICULTURE: { zh: '农业', en: 'agriculture' },
  HEALTH: { zh: '健康', en: 'health' },
  AEROSPACE: { zh: '航空航天', en: 'aerospace' },
  TRANSPORT: { zh: '交通', en: 'transport' },
  HISTORY_OF_SCIENCE: { zh: '科技史', en: 'the history of science' },
};

export const venueKindLabels: Record<VenueKind, Bilingual> = {
  MUSEUM: { zh: '博物馆', en: 'museum' },
  SCIENCE_CENTRE: { zh: '科技馆', en: 'science centre' },
  PLANETARIUM: { zh: '天文馆', en: 'planetarium' },
  LABORATORY: { zh: '实验室', en: 'laboratory' },
  UNIVERSITY: { zh: '高校', en: 'university' },
  RESEARCH_INSTITUTE: { zh: '科研院所', en: 'research institute' },
  ENTERPRISE: { zh: '科技企业', en: 'technology company' },
  SCIENCE_BASE: { zh: '科普教育基地', en: 'popular-science education base' },
  PARK: { zh: '科普公园', en: 'park' },
  ZOO: { zh: '动物园', en: 'zoo' },
  BOTANICAL_GARDEN: { zh: '植物园', en: 'botanical garden' },
};

export const programmeKindLabels: Record<ProgrammeKind, Bilingual> = {
  VISIT: { zh: '参观讲解', en: 'guided visit' },
  LAB_SESSION: { zh: '实验课', en: 'lab session' },
  WORKSHOP: { zh: '动手工作坊', en: 'hands-on workshop' },
  COURSE: { zh: '系列课程', en: 'course' },
  STUDY_TOUR: { zh: '研学线路', en: 'study tour' },
  ONLINE_COURSE: { zh: '线上课程', en: 'online course' },
};

const gradeBandLabels: Record<GradeBand, Bilingual> = {
  PRIMARY_LOWER: { zh: '小学低年级', en: 'lower-primary' },
  PRIMARY_UPPER: { zh: '小学高年级', en: 'upper-primary' },
  JUNIOR: { zh: '初中', en: 'junior-secondary' },
  SENIOR: { zh: '高中', en: 'senior-secondary' },
};

/** A run of grade bands as one phrase: 小学高年级至初中 / upper-primary to junior-secondary. */
export function bandRange(bands: readonly GradeBand[]): Bilingual {
  const first = gradeBandLabels[bands[0]!];
  const last = gradeBandLabels[bands[bands.length - 1]!];
  return bands.length === 1 ? first : { zh: `${first.zh}至${last.zh}`, en: `${first.en} to ${last.en}` };
}

/** Joins labels the way each language lists them: 物理、化学和天文 / physics, chemistry and astronomy. */
export function listLabels(labels: readonly Bilingual[]): Bilingual {
  const join = (words: string[], comma: string, and: string) =>
    words.length < 2 ? words.join('') : `${words.slice(0, -1).join(comma)}${and}${words[words.length - 1]}`;
  return { zh: join(labels.map((label) => label.zh), '、', '和'), en: join(labels.map((label) => label.en), ', ', ' and ') };
}
