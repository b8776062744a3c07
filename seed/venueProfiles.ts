import type { ProgrammeKind, Subject, VenueKind } from '../kit/platform/vocabulary.js';
import type { Bilingual } from './names.js';
import type { District } from './places.js';
import type { Random } from './random.js';

/** A generated venue's name and the subjects its name promises. */
export interface Theme extends Bilingual {
  subjects: readonly Subject[];
}

interface Focus extends Bilingual {
  subjects: readonly Subject[];
}

export interface VenueProfile {
  /** Relative share among generated venues. */
  share: number;
  /** A name for a venue in `district`; later attempts, made when a name is taken, add a locality or a branch. */
  name(random: Random, district: District, attempt: number): Theme;
  /** Indexes into `gradeBands`: the youngest and oldest band its programmes suit. */
  bands: readonly [number, number];
  programmeKinds: readonly (readonly [ProgrammeKind, number])[];
  group: readonly [number, number];
  openingHours: string;
  /** Relative chance, in whole numbers, that an expert works at one such venue; 0 where no scientists are on staff. */
  expertShare: number;
  expertTitles: readonly Bilingual[];
}

const localities: readonly Bilingual[] = [
  { zh: '清河', en: 'Qinghe' }, { zh: '东坝', en: 'Dongba' }, { zh: '龙泉', en: 'Longquan' }, { zh: '白沙', en: 'Baisha' },
  { zh: '石桥', en: 'Shiqiao' }, { zh: '杨柳', en: 'Yangliu' }, { zh: '高新', en: 'Gaoxin' }, { zh: '新城', en: 'Xincheng' },
  { zh: '滨湖', en: 'Binhu' }, { zh: '南湖', en: 'Nanhu' }, { zh: '西山', en: 'Xishan' }, { zh: '北苑', en: 'Beiyuan' },
  { zh: '金桥', en: 'Jinqiao' }, { zh: '青龙', en: 'Qinglong' }, { zh: '双桥', en: 'Shuangqiao' }, { zh: '长安', en: "Chang'an" },
  { zh: '太平', en: 'Taiping' }, { zh: '兴隆', en: 'Xinglong' }, { zh: '永安', en: "Yong'an" }, { zh: '桃源', en: 'Taoyuan' },
  { zh: '柳林', en: 'Liulin' }, { zh: '三合', en: 'Sanhe' }, { zh: '云湖', en: 'Yunhu' }, { zh: '马坊', en: 'Mafang' },
  { zh: '东湖', en: 'Donghu' }, { zh: '江湾', en: 'Jiangwan' }, { zh: '凤凰', en: 'Fenghuang' }, { zh: '花园', en: 'Huayuan' },
  { zh: '大石', en: 'Dashi' }, { zh: '溪口', en: 'Xikou' }, { zh: '黄土坡', en: 'Huangtupo' }, { zh: '梨园', en: 'Liyuan' },
  { zh: '双河', en: 'Shuanghe' }, { zh: '新民', en: 'Xinmin' }, { zh: '红旗', en: 'Hongqi' }, { zh: '望江', en: 'Wangjiang' },
  { zh: '古城', en: 'Gucheng' }, { zh: '学府', en: 'Xuefu' }, { zh: '临河', en: 'Linhe' }, { zh: '安宁', en: 'Anning' },
];

/** Towns, streets and neighbourhoods that generated institutions and schools are named after. */
export function locality(random: Random): Bilingual {
  return random.pick(localities);
}

const researchTopics: readonly Focus[] = [
  { zh: '智能传感', en: 'Intelligent Sensing', subjects: ['PHYSICS', 'ENGINEERING', 'COMPUTING'] },
  { zh: '先进材料', en: 'Advanced Materials', subjects: ['CHEMISTRY', 'PHYSICS', 'ENGINEERING'] },
  { zh: '生物医药', en: 'Biomedicine', subjects: ['BIOLOGY', 'HEALTH', 'CHEMISTRY'] },
  { zh: '量子信息', en: 'Quantum Information', subjects: ['PHYSICS', 'COMPUTING'] },
  { zh: '先进制造', en: 'Advanced Manufacturing', subjects: ['ENGINEERING'] },
  { zh: '环境监测', en: 'Environmental Monitoring', subjects: ['ENVIRONMENT', 'CHEMISTRY'] },
  { zh: '作物遗传育种', en: 'Crop Genetics and Breeding', subjects: ['AGRICULTURE', 'BIOLOGY'] },
  { zh: '储能技术', en: 'Energy Storage', subjects: ['CHEMISTRY', 'PHYSICS', 'ENGINEERING'] },
  { zh: '智能机器人', en: 'Intelligent Robotics', subjects: ['ENGINEERING', 'COMPUTING'] },
  { zh: '大数据', en: 'Big Data', subjects: ['COMPUTING', 'MATHEMATICS'] },
  { zh: '光电子', en: 'Optoelectronics', subjects: ['PHYSICS'] },
  { zh: '山地灾害防治', en: 'Mountain Hazard Prevention', subjects: ['EARTH_SCIENCE', 'ENVIRONMENT'] },
  { zh: '空间科学', en: 'Space Science', subjects: ['AEROSPACE', 'ASTRONOMY', 'PHYSICS'] },
  { zh: '轨道交通', en: 'Rail Transit', subjects: ['TRANSPORT', 'ENGINEERING'] },
  { zh: '气象科学', en: 'Meteorological Science', subjects: ['EARTH_SCIENCE', 'ENVIRONMENT'] },
];

const universityKinds: readonly Focus[] = [
  { zh: '理工学院', en: 'Institute of Technology', subjects: ['ENGINEERING', 'PHYSICS', 'COMPUTING'] },
  { zh: '师范学院', en: 'Normal College', subjects: ['BIOLOGY', 'CHEMISTRY', 'MATHEMATICS', 'PHYSICS'] },
  { zh: '医学院', en: 'Medical College', subjects: ['HEALTH', 'BIOLOGY'] },
  { zh: '农林大学', en: 'Agriculture and Forestry University', subjects: ['AGRICULTURE', 'BIOLOGY', 'ENVIRONMENT'] },
  { zh: '交通学院', en: 'Transport College', subjects: ['TRANSPORT', 'ENGINEERING'] },
  { zh: '科技大学', en: 'University of Science and Technology', subjects: ['COMPUTING', 'ENGINEERING', 'PHYSICS'] },
  { zh: '航空航天学院', en: 'College of Aeronautics and Astronautics', subjects: ['AEROSPACE', 'ENGINEERING'] },
  { zh: '信息工程学院', en: 'College of Information Engineering', subjects: ['COMPUTING', 'MATHEMATICS'] },
];

const industries: readonly Focus[] = [
  { zh: '机器人', en: 'Robotics', subjects: ['ENGINEERING', 'COMPUTING'] },
  { zh: '航天科技', en: 'Aerospace Technology', subjects: ['AEROSPACE', 'ENGINEERING'] },
  { zh: '生物科技', en: 'Biotech', subjects: ['BIOLOGY', 'HEALTH', 'CHEMISTRY'] },
  { zh: '新能源', en: 'New Energy', subjects: ['PHYSICS', 'ENVIRONMENT', 'ENGINEERING'] },
  { zh: '智能装备', en: 'Intelligent Equipment', subjects: ['ENGINEERING'] },
  { zh: '电子信息', en: 'Electronics', subjects: ['PHYSICS', 'COMPUTING'] },
  { zh: '新材料', en: 'New Materials', subjects: ['CHEMISTRY', 'ENGINEERING'] },
  { zh: '农业科技', en: 'Agritech', subjects: ['AGRICULTURE', 'BIOLOGY'] },
  { zh: '环保科技', en: 'Environmental Technology', subjects: ['ENVIRONMENT', 'CHEMISTRY'] },
  { zh: '无人机', en: 'Drone', subjects: ['AEROSPACE', 'ENGINEERING', 'COMPUTING'] },
  { zh: '新能源汽车', en: 'Electric Vehicle', subjects: ['TRANSPORT', 'ENGINEERING'] },
];

const brands: readonly Bilingual[] = [
  { zh: '星河', en: 'Xinghe' }, { zh: '蓝海', en: 'Lanhai' }, { zh: '天工', en: 'Tiangong' }, { zh: '博睿', en: 'Borui' },
  { zh: '云图', en: 'Yuntu' }, { zh: '青禾', en: 'Qinghe' }, { zh: '极光', en: 'Jiguang' }, { zh: '凌云', en: 'Lingyun' },
  { zh: '远航', en: 'Yuanhang' }, { zh: '华芯', en: 'Huaxin' }, { zh: '智行', en: 'Zhixing' }, { zh: '金穗', en: 'Jinsui' },
  { zh: '鼎力', en: 'Dingli' }, { zh: '启航', en: 'Qihang' }, { zh: '瀚海', en: 'Hanhai' }, { zh: '众擎', en: 'Zhongqing' },
];

/** Names like 海淀区青少年科技创新基地 / Haidian Youth Science Innovation Base, or 海淀区清河… once those are taken. */
function districtNamed(themes: readonly Focus[]) {
  return (random: Random, district: District, attempt: number): Theme => {
    const theme = random.pick(themes);
    const place = attempt < 2 ? { zh: district.nameZh, en: district.name } : placeIn(district, locality(random));
    return { zh: place.zh + theme.zh, en: `${place.en} ${theme.en}`, subjects: theme.subjects };
  };
}

function placeIn(district: District, place: Bilingual): Bilingual {
  return { zh: district.nameZh + place.zh, en: `${district.name} ${place.en}` };
}

/** Named after their place, as 怀柔实验室 and 中关村实验室 are. */
function laboratoryName(random: Random): Theme {
  const place = locality(random);
  const topic = random.pick(researchTopics);
  return { zh: `${place.zh}${topic.zh}实验室`, en: `${place.en} Laboratory of ${topic.en}`, subjects: topic.subjects };
}

function universityName(random: Random, { city }: District): Theme {
  const place = locality(random);
  const kind = random.pick(universityKinds);
  return { zh: `${city.nameZh}${place.zh}${kind.zh}`, en: `${city.name} ${place.en} ${kind.en}`, subjects: kind.subjects };
}

function instituteName(random: Random, { city }: District): Theme {
  const place = locality(random);
  const topic = random.pick(researchTopics);
  return { zh: `${city.nameZh}${place.zh}${topic.zh}研究院`, en: `${city.name} ${place.en} Institute of ${topic.en}`, subjects: topic.subjects };
}

function companyName(random: Random, { city }: District): Theme {
  const brand = random.pick(brands);
  const industry = random.pick(industries);
  return { zh: `${city.nameZh}${brand.zh}${industry.zh}有限公司`, en: `${city.name} ${brand.en} ${industry.en} Co., Ltd.`, subjects: industry.subjects };
}

/** Once plain names run short, an institution's campus or branch in the district: 北京清河理工学院海淀校区. */
function branched(name: (random: Random, district: District) => Theme, branch: Bilingual) {
  return (random: Random, district: District, attempt: number): Theme => {
    const theme = name(random, district);
    if (attempt < 2) return theme;
    return { ...theme, zh: `${theme.zh}${shortName(district)}${branch.zh}`, en: `${theme.en}, ${district.name} ${branch.en}` };
  };
}

/** 海淀区 is 海淀 and 滨海新区 is 滨海 when naming a campus or branch. */
function shortName(district: District): string {
  const short = district.nameZh.replace(/(新区|区|县|市)$/, '');
  return short.length >= 2 ? short : district.nameZh;
}

const museumThemes: readonly Focus[] = [
  { zh: '自然博物馆', en: 'Natural History Museum', subjects: ['BIOLOGY', 'EARTH_SCIENCE'] },
  { zh: '地质博物馆', en: 'Geology Museum', subjects: ['EARTH_SCIENCE'] },
  { zh: '科学技术博物馆', en: 'Museum of Science and Technology', subjects: ['HISTORY_OF_SCIENCE', 'ENGINEERING'] },
  { zh: '交通博物馆', en: 'Transport Museum', subjects: ['TRANSPORT', 'ENGINEERING'] },
  { zh: '中医药博物馆', en: 'Museum of Traditional Chinese Medicine', subjects: ['HEALTH', 'BIOLOGY', 'HISTORY_OF_SCIENCE'] },
  { zh: '气象博物馆', en: 'Meteorological Museum', subjects: ['EARTH_SCIENCE', 'ENVIRONMENT'] },
  { zh: '农耕文化博物馆', en: 'Farming Culture Museum', subjects: ['AGRICULTURE', 'HISTORY_OF_SCIENCE'] },
  { zh: '通信博物馆', en: 'Telecommunications Museum', subjects: ['COMPUTING', 'PHYSICS', 'HISTORY_OF_SCIENCE'] },
  { zh: '昆虫博物馆', en: 'Insect Museum', subjects: ['BIOLOGY'] },
  { zh: '水文化博物馆', en: 'Water Museum', subjects: ['ENVIRONMENT', 'HISTORY_OF_SCIENCE'] },
];

const scienceCentreThemes: readonly Focus[] = [
  { zh: '科技馆', en: 'Science and Technology Museum', subjects: ['PHYSICS', 'ENGINEERING', 'COMPUTING'] },
  { zh: '青少年科技馆', en: 'Youth Science Centre', subjects: ['PHYSICS', 'ENGINEERING', 'AEROSPACE'] },
  { zh: '少年宫科技活动中心', en: "Children's Palace Science Activity Centre", subjects: ['ENGINEERING', 'COMPUTING', 'MATHEMATICS'] },
  { zh: '科学探索中心', en: 'Science Discovery Centre', subjects: ['PHYSICS', 'CHEMISTRY', 'BIOLOGY'] },
];

const planetariumThemes: readonly Focus[] = [
  { zh: '天文馆', en: 'Planetarium', subjects: ['ASTRONOMY', 'AEROSPACE', 'PHYSICS'] },
  { zh: '青少年天文台', en: 'Youth Observatory', subjects: ['ASTRONOMY', 'PHYSICS'] },
  { zh: '天文科普馆', en: 'Astronomy Centre', subjects: ['ASTRONOMY', 'AEROSPACE'] },
];

const scienceBaseThemes: readonly Focus[] = [
  { zh: '青少年科技创新基地', en: 'Youth Science Innovation Base', subjects: ['ENGINEERING', 'COMPUTING', 'PHYSICS'] },
  { zh: '航天科普教育基地', en: 'Aerospace Education Base', subjects: ['AEROSPACE', 'ASTRONOMY'] },
  { zh: '气象科普教育基地', en: 'Meteorology Education Base', subjects: ['EARTH_SCIENCE', 'ENVIRONMENT'] },
  { zh: '地震科普教育基地', en: 'Earthquake Education Base', subjects: ['EARTH_SCIENCE'] },
  { zh: '消防科普教育基地', en: 'Fire Safety Education Base', subjects: ['HEALTH', 'CHEMISTRY'] },
  { zh: '水利科普教育基地', en: 'Water Conservancy Education Base', subjects: ['ENVIRONMENT', 'ENGINEERING'] },
  { zh: '现代农业科普基地', en: 'Modern Agriculture Science Base', subjects: ['AGRICULTURE', 'BIOLOGY'] },
  { zh: '人工智能科普基地', en: 'Artificial Intelligence Education Base', subjects: ['COMPUTING', 'MATHEMATICS'] },
  { zh: '中医药科普基地', en: 'Traditional Chinese Medicine Education Base', subjects: ['HEALTH', 'BIOLOGY'] },
  { zh: '防灾减灾科普教育基地', en: 'Disaster Prevention Education Base', subjects: ['EARTH_SCIENCE', 'HEALTH'] },
  { zh: '无线电科普基地', en: 'Radio Science Base', subjects: ['PHYSICS', 'ENGINEERING'] },
  { zh: '生态环境科普基地', en: 'Ecology Education Base', subjects: ['ENVIRONMENT', 'BIOLOGY'] },
  { zh: '能源科普教育基地', en: 'Energy Education Base', subjects: ['PHYSICS', 'ENVIRONMENT'] },
  { zh: '交通安全科普基地', en: 'Road Safety Education Base', subjects: ['TRANSPORT', 'HEALTH'] },
];

const parkThemes: readonly Focus[] = [
  { zh: '湿地公园', en: 'Wetland Park', subjects: ['ENVIRONMENT', 'BIOLOGY'] },
  { zh: '科普公园', en: 'Science Park', subjects: ['PHYSICS', 'ENVIRONMENT'] },
  { zh: '地质公园', en: 'Geopark', subjects: ['EARTH_SCIENCE'] },
  { zh: '森林公园', en: 'Forest Park', subjects: ['BIOLOGY', 'ENVIRONMENT'] },
  { zh: '航天主题公园', en: 'Space Theme Park', subjects: ['AEROSPACE', 'ASTRONOMY'] },
  { zh: '生态农业公园', en: 'Eco-Agriculture Park', subjects: ['AGRICULTURE', 'ENVIRONMENT'] },
];

const zooThemes: readonly Focus[] = [
  { zh: '野生动物园', en: 'Wildlife Park', subjects: ['BIOLOGY', 'ENVIRONMENT'] },
  { zh: '海洋馆', en: 'Aquarium', subjects: ['BIOLOGY', 'ENVIRONMENT', 'EARTH_SCIENCE'] },
  { zh: '动物科普园', en: 'Animal Science Garden', subjects: ['BIOLOGY'] },
];

const gardenThemes: readonly Focus[] = [
  { zh: '植物园', en: 'Botanical Garden', subjects: ['BIOLOGY', 'ENVIRONMENT'] },
  { zh: '药用植物园', en: 'Medicinal Plant Garden', subjects: ['HEALTH', 'BIOLOGY'] },
  { zh: '树木园', en: 'Arboretum', subjects: ['BIOLOGY', 'ENVIRONMENT', 'AGRICULTURE'] },
];

const museumHours = '周二至周日 09:00-17:00（16:00 停止入馆），周一闭馆';
const outdoorKinds = [['VISIT', 5], ['WORKSHOP', 2], ['STUDY_TOUR', 2], ['COURSE', 1]] as const;
const communicators: readonly Bilingual[] = [
  { zh: '科普辅导员', en: 'Science Instructor' }, { zh: '高级工程师', en: 'Senior Engineer' }, { zh: '科普教育专家', en: 'Science Educator' },
];

export const venueProfiles: Record<VenueKind, VenueProfile> = {
  MUSEUM: {
    share: 12, name: districtNamed(museumThemes), bands: [0, 3], group: [10, 200], openingHours: museumHours,
    programmeKinds: [['VISIT', 5], ['WORKSHOP', 2], ['COURSE', 1], ['STUDY_TOUR', 2], ['ONLINE_COURSE', 1]],
    expertShare: 4,
    expertTitles: [{ zh: '研究馆员', en: 'Research Curator' }, { zh: '副研究馆员', en: 'Associate Research Curator' }, ...communicators],
  },
  SCIENCE_CENTRE: {
    share: 9, name: districtNamed(scienceCentreThemes), bands: [0, 3], group: [10, 300], openingHours: museumHours,
    programmeKinds: [['VISIT', 4], ['WORKSHOP', 3], ['LAB_SESSION', 1], ['COURSE', 2], ['STUDY_TOUR', 1], ['ONLINE_COURSE', 1]],
    expertShare: 2, expertTitles: communicators,
  },
  PLANETARIUM: {
    share: 3, name: districtNamed(planetariumThemes), bands: [0, 3], group: [10, 150],
    openingHours: '周三至周日 09:00-16:30，周一、周二闭馆（观星夜活动另行预约）',
    programmeKinds: [['VISIT', 4], ['WORKSHOP', 2], ['COURSE', 2], ['ONLINE_COURSE', 1]],
    expertShare: 2, expertTitles: [{ zh: '天文科普专家', en: 'Astronomy Educator' }, ...communicators],
  },
  LABORATORY: {
    share: 14,
    name: branched(laboratoryName, { zh: '基地', en: 'Site' }),
    bands: [1, 3], group: [5, 40], openingHours: '周一至周五 09:00-11:30、14:00-17:00（须提前预约）',
    programmeKinds: [['LAB_SESSION', 5], ['WORKSHOP', 2], ['COURSE', 2], ['ONLINE_COURSE', 1], ['VISIT', 1]],
    expertShare: 6,
    expertTitles: [{ zh: '实验室主任', en: 'Laboratory Director' }, { zh: '研究员', en: 'Research Professor' }, { zh: '工程师', en: 'Engineer' }],
  },
  UNIVERSITY: {
    share: 5,
    name: branched(universityName, { zh: '校区', en: 'Campus' }),
    bands: [1, 3], group: [10, 80], openingHours: '周一至周五 08:30-17:00（校园开放日及寒暑假另行安排）',
    programmeKinds: [['LAB_SESSION', 4], ['COURSE', 3], ['VISIT', 2], ['ONLINE_COURSE', 2], ['STUDY_TOUR', 1]],
    expertShare: 12,
    expertTitles: [{ zh: '教授', en: 'Professor' }, { zh: '副教授', en: 'Associate Professor' }, { zh: '讲师', en: 'Lecturer' }],
  },
  RESEARCH_INSTITUTE: {
    share: 8,
    name: branched(instituteName, { zh: '分院', en: 'Branch' }),
    bands: [1, 3], group: [10, 60], openingHours: '周一至周五 09:00-16:00（公众科学日全天开放）',
    programmeKinds: [['LAB_SESSION', 3], ['VISIT', 2], ['COURSE', 2], ['WORKSHOP', 1], ['ONLINE_COURSE', 1], ['STUDY_TOUR', 1]],
    expertShare: 12,
    expertTitles: [{ zh: '研究员', en: 'Research Professor' }, { zh: '副研究员', en: 'Associate Research Professor' }, { zh: '高级工程师', en: 'Senior Engineer' }],
  },
  ENTERPRISE: {
    share: 12,
    name: branched(companyName, { zh: '分公司', en: 'Branch' }),
    bands: [1, 3], group: [10, 50], openingHours: '周一至周五 09:00-17:00（团体参观须提前两周预约）',
    programmeKinds: [['VISIT', 4], ['WORKSHOP', 2], ['LAB_SESSION', 1], ['COURSE', 1], ['STUDY_TOUR', 2], ['ONLINE_COURSE', 1]],
    expertShare: 6,
    expertTitles: [{ zh: '首席工程师', en: 'Chief Engineer' }, { zh: '高级工程师', en: 'Senior Engineer' }, { zh: '研发总监', en: 'Director of R&D' }],
  },
  SCIENCE_BASE: {
    share: 20, name: districtNamed(scienceBaseThemes), bands: [0, 3], group: [10, 120], openingHours: '周一至周六 09:00-17:00',
    programmeKinds: [['VISIT', 3], ['WORKSHOP', 3], ['COURSE', 2], ['STUDY_TOUR', 2], ['LAB_SESSION', 1], ['ONLINE_COURSE', 1]],
    expertShare: 1, expertTitles: communicators,
  },
  PARK: {
    share: 7, name: districtNamed(parkThemes), bands: [0, 2], group: [10, 300],
    openingHours: '每日 06:00-21:00（科普中心 09:00-17:00）', programmeKinds: outdoorKinds,
    expertShare: 0, expertTitles: communicators,
  },
  ZOO: {
    share: 3, name: districtNamed(zooThemes), bands: [0, 2], group: [10, 200], openingHours: '每日 08:30-17:00',
    programmeKinds: outdoorKinds, expertShare: 1,
    expertTitles: [{ zh: '高级兽医师', en: 'Senior Veterinarian' }, { zh: '动物行为研究员', en: 'Animal Behaviour Researcher' }, ...communicators],
  },
  BOTANICAL_GARDEN: {
    share: 3, name: districtNamed(gardenThemes), bands: [0, 2], group: [10, 200], openingHours: '每日 08:00-17:30',
    programmeKinds: outdoorKinds, expertShare: 1,
    expertTitles: [{ zh: '高级园艺师', en: 'Senior Horticulturist' }, { zh: '植物分类学研究员', en: 'Plant Taxonomist' }, ...communicators],
  },
};
