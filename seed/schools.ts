import type { SchoolStage } from '../kit/platform/vocabulary.js';
import { groupBy, range } from './lists.js';
import { chineseNumber, demoEmail, landline, personName, uniqueName, type Bilingual } from './names.js';
import { pointIn, type City, type District, type Places } from './places.js';
import type { Random } from './random.js';
import type { SchoolRow } from './rows.js';
import { locality } from './venueProfiles.js';
import { pickDistrict, type VenueFacts } from './venues.js';

export interface SchoolFacts {
  id: number;
  district: District;
  rural: boolean;
}

export interface SchoolCatalogue {
  rows: SchoolRow[];
  facts: SchoolFacts[];
}

const stageNames: Record<SchoolStage, Bilingual> = {
  PRIMARY: { zh: '小学', en: 'Primary School' },
  JUNIOR: { zh: '初级中学', en: 'Junior Middle School' },
  SENIOR: { zh: '高级中学', en: 'Senior High School' },
  NINE_YEAR: { zh: '九年一贯制学校', en: 'Nine-Year School' },
  COMPLETE: { zh: '中学', en: 'Middle School' },
};

const mottos: readonly Bilingual[] = [
  { zh: '育才', en: 'Yucai' }, { zh: '树人', en: 'Shuren' }, { zh: '启明', en: 'Qiming' }, { zh: '育英', en: 'Yuying' },
  { zh: '明德', en: 'Mingde' }, { zh: '新华', en: 'Xinhua' }, { zh: '光明', en: 'Guangming' }, { zh: '培英', en: 'Peiying' },
  { zh: '致远', en: 'Zhiyuan' }, { zh: '博文', en: 'Bowen' }, { zh: '崇文', en: 'Chongwen' }, { zh: '求实', en: 'Qiushi' },
  { zh: '立人', en: 'Liren' }, { zh: '文华', en: 'Wenhua' }, { zh: '行知', en: 'Xingzhi' }, { zh: '青云', en: 'Qingyun' },
];

const urbanStages: readonly (readonly [SchoolStage, number])[] = [['PRIMARY', 45], ['JUNIOR', 15], ['SENIOR', 12], ['COMPLETE', 18], ['NINE_YEAR', 10]];
const ruralStages: readonly (readonly [SchoolStage, number])[] = [['PRIMARY', 55], ['NINE_YEAR', 25], ['JUNIOR', 15], ['COMPLETE', 5]];

const pupils: Record<SchoolStage, readonly [number, number]> = {
  PRIMARY: [600, 2400], JUNIOR: [500, 1800], SENIOR: [800, 2500], COMPLETE: [1200, 3500], NINE_YEAR: [400, 2000],
};

/** Every district has a school; exactly a quarter of all schools are rural, all of them outside the urban cores. */
export function generateSchools(random: Random, places: Places, universities: readonly VenueFacts[], total: number): SchoolCatalogue {
  const districts = range(total).map((i) => places.districts[i] ?? pickDistrict(random, places));
  const rural = ruralSchools(random, districts);
  const names = new SchoolNames(random, universities.filter((university) => !university.real));
  const rows = districts.map((district, i) => schoolRow(random, names, i + 1, district, rural.has(i)));
  return { rows, facts: rows.map((row, i) => ({ id: row.id, district: districts[i]!, rural: row.rural! })) };
}

/** Indexes of the schools that are rural: a quarter, drawn from schools outside the cities' cores first. */
function ruralSchools(random: Random, districts: readonly District[]): Set<number> {
  const scored = districts.map((district, i) => ({ i, score: (district.central ? 0 : 1) + random.next() }));
  scored.sort((a, b) => b.score - a.score);
  return new Set(scored.slice(0, Math.round(districts.length / 4)).map(({ i }) => i));
}

function schoolRow(random: Random, names: SchoolNames, id: number, district: District, rural: boolean): SchoolRow {
  const stage = random.weighted(rural ? ruralStages : urbanStages);
  const name = rural ? names.rural(district, stage) : names.urban(district, stage);
  const [fewest, most] = pupils[stage];
  const point = pointIn(random, district, rural ? 0.1 : 0.04);
  return {
    id,
    nameZh: name.zh,
    nameEn: name.en,
    city: district.city.name,
    district: district.name,
    stage,
    lat: point.lat,
    lon: point.lon,
    rural,
    underResourced: random.chance(rural ? 0.4 : 0.065),
    educationGroup: !rural && random.chance(0.3) ? `${district.nameZh}${random.pick(mottos).zh}教育集团` : null,
    // Rural schools are small: a fifth to a third of a city school.
    studentCount: Math.round(random.int(fewest, most) / (rural ? random.int(3, 5) : 1) / 10) * 10,
    contactName: personName(random).zh,
    contactPhone: landline(random, district.city.areaCode),
    contactEmail: demoEmail(`science.s${id}`),
  };
}

/**
 * School names as cities give them: numbered, named for a virtue, attached to a university, or
 * after their town and village. When a name is taken, the next number in the district or town.
 */
class SchoolNames {
  private readonly used = new Set<string>();
  private readonly numbers = new Map<string, number>();
  private readonly universities: Map<City, VenueFacts[]>;

  constructor(private readonly random: Random, universities: readonly VenueFacts[]) {
    this.universities = groupBy(universities, (university) => university.city);
  }

  urban(district: District, stage: SchoolStage): Bilingual {
    const universities = this.universities.get(district.city) ?? [];
    const place = { zh: `${district.city.nameZh}市${district.nameZh}`, en: district.name, suffix: `, ${district.city.name}` };
    return uniqueName(this.used, (attempt) => {
      const style = attempt >= 2 ? 'numbered' : this.random.weighted([['numbered', 45], ['motto', 40], ['affiliated', universities.length > 0 ? 15 : 0]] as const);
      if (style === 'affiliated') return affiliatedName(this.random.pick(universities), stage);
      if (style === 'numbered') return this.numbered(place, stage);
      const motto = this.random.pick(mottos);
      return { zh: `${place.zh}${motto.zh}${stageNames[stage].zh}`, en: `${place.en} ${motto.en} ${stageNames[stage].en}${place.suffix}` };
    });
  }

  rural(district: District, stage: SchoolStage): Bilingual {
    return uniqueName(this.used, (attempt) => {
      const town = locality(this.random);
      const place = { zh: `${district.city.nameZh}市${district.nameZh}${town.zh}镇`, en: `${town.en} Town`, suffix: `, ${district.name}, ${district.city.name}` };
      if (attempt >= 2) return this.numbered(place, stage);
      if (stage === 'PRIMARY' && this.random.chance(0.5)) {
        const village = locality(this.random);
        return { zh: `${place.zh}${village.zh}村小学`, en: `${village.en} Village Primary School, ${place.en}${place.suffix}` };
      }
      const name = stage === 'PRIMARY' ? { zh: '中心小学', en: 'Central Primary School' } : stageNames[stage];
      return { zh: `${place.zh}${name.zh}`, en: `${place.en} ${name.en}${place.suffix}` };
    });
  }

  /** 北京市海淀区第二实验小学 / Haidian No.2 Experimental Primary School, Beijing. */
  private numbered(place: Bilingual & { suffix: string }, stage: SchoolStage): Bilingual {
    const number = (this.numbers.get(place.zh + stage) ?? 0) + 1;
    this.numbers.set(place.zh + stage, number);
    const experimental = this.random.chance(0.3) ? { zh: '实验', en: 'Experimental ' } : { zh: '', en: '' };
    return {
      zh: `${place.zh}第${chineseNumber(number)}${experimental.zh}${stageNames[stage].zh}`,
      en: `${place.en} No.${number} ${experimental.en}${stageNames[stage].en}${place.suffix}`,
    };
  }
}

function affiliatedName(university: VenueFacts, stage: SchoolStage): Bilingual {
  const stageName = stage === 'NINE_YEAR' ? stageNames.COMPLETE : stageNames[stage];
  return { zh: `${university.name.zh}附属${stageName.zh}`, en: `${stageName.en} Affiliated to ${university.name.en}` };
}
