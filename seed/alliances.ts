import type { VenueKind } from '../kit/platform/vocabulary.js';
import { DAY, daysBefore, later, shanghaiDate } from './clock.js';
import { uniqueName, type Bilingual } from './names.js';
import type { City, District, Places } from './places.js';
import type { Random } from './random.js';
import type { AllianceMemberRow, AllianceRow } from './rows.js';
import { pickDistrict, type VenueFacts, type VenueIndex } from './venues.js';

interface AllianceTheme extends Bilingual {
  /** Kinds of venue the alliance recruits; any kind when absent. */
  kinds?: readonly VenueKind[];
}

const districtThemes: readonly AllianceTheme[] = [
  { zh: '科学教育联盟', en: 'Science Education Alliance' },
  { zh: '馆校合作联盟', en: 'Museum-School Partnership Alliance' },
  { zh: '科技创新教育联盟', en: 'Science and Innovation Education Alliance' },
  { zh: '研学实践教育联盟', en: 'Study Tour Education Alliance' },
  { zh: '人工智能教育联盟', en: 'Artificial Intelligence Education Alliance' },
  { zh: '生态环境教育联盟', en: 'Environmental Education Alliance' },
];

const cityThemes: readonly AllianceTheme[] = [
  { zh: '青少年科技教育联盟', en: 'Youth Science Education Alliance' },
  { zh: '高校科普联盟', en: 'University Science Outreach Alliance', kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'LABORATORY'] },
  { zh: '科普场馆联盟', en: 'Science Venues Alliance', kinds: ['MUSEUM', 'SCIENCE_CENTRE', 'PLANETARIUM', 'SCIENCE_BASE'] },
];

/** Institutions that district alliances bring in from across their city. */
const researchKinds: readonly VenueKind[] = ['UNIVERSITY', 'RESEARCH_INSTITUTE', 'ENTERPRISE'];

interface Charter {
  city: City;
  district: District | null;
  theme: AllianceTheme;
}

/** The alliances a reader of the brief would look for first, such as Chaoyang's museums joined with its schools. */
function flagships(places: Places): Charter[] {
  const city = (name: string) => places.cities.find((each) => each.name === name)!;
  const district = (cityName: string, name: string) => city(cityName).districts.find((each) => each.name === name)!;
  return [
    { city: city('Beijing'), district: district('Beijing', 'Haidian'), theme: districtThemes[0]! },
    { city: city('Beijing'), district: district('Beijing', 'Chaoyang'), theme: districtThemes[1]! },
    { city: city('Tianjin'), district: district('Tianjin', 'Binhai New Area'), theme: districtThemes[2]! },
    { city: city('Chongqing'), district: district('Chongqing', 'Beibei'), theme: districtThemes[0]! },
    { city: city('Guiyang'), district: district('Guiyang', 'Guanshanhu'), theme: districtThemes[3]! },
    { city: city('Jinchang'), district: null, theme: cityThemes[0]! },
    { city: city('Chongqing'), district: null, theme: cityThemes[1]! },
    { city: city('Beijing'), district: null, theme: cityThemes[2]! },
  ];
}

export interface AllianceCatalogue {
  alliances: AllianceRow[];
  allianceMembers: AllianceMemberRow[];
}

export function generateAlliances(random: Random, places: Places, venues: VenueIndex, total: number, now: Date): AllianceCatalogue {
  const charters = flagships(places);
  const used = new Set<string>();
  const catalogue: AllianceCatalogue = { alliances: [], allianceMembers: [] };
  for (let id = 1; id <= total; id++) {
    let charter = charters[id - 1] ?? randomCharter(random, places);
    const name = uniqueName(used, (attempt) => {
      if (attempt > 0) charter = { ...charter, theme: themeFor(random, charter.district) };
      return nameOf(charter);
    });
    const founded = daysBefore(now, random.int(300, 2500));
    catalogue.alliances.push({
      id, nameZh: name.zh, nameEn: name.en, city: charter.city.name, district: charter.district?.name ?? null, foundedOn: shanghaiDate(founded),
    });
    catalogue.allianceMembers.push(...membersOf(random, venues, charter).map((venue, i) => ({
      allianceId: id,
      venueId: venue.id,
      // The first few founded it; the others joined since.
      joinedOn: shanghaiDate(i < 3 ? founded : later(founded, random.int(0, Math.floor((now.getTime() - founded.getTime()) / DAY)) * DAY)),
    })));
  }
  return catalogue;
}

function randomCharter(random: Random, places: Places): Charter {
  const district = pickDistrict(random, places);
  const districtWide = random.chance(0.7);
  return { city: district.city, district: districtWide ? district : null, theme: themeFor(random, districtWide ? district : null) };
}

function themeFor(random: Random, district: District | null): AllianceTheme {
  return random.pick(district ? districtThemes : cityThemes);
}

function nameOf({ city, district, theme }: Charter): Bilingual {
  return district
    ? { zh: district.nameZh + theme.zh, en: `${district.name} ${theme.en}` }
    : { zh: `${city.nameZh}市${theme.zh}`, en: `${city.name} ${theme.en}` };
}

/** A district alliance joins its district's venues with a few universities, institutes and companies of its city. */
function membersOf(random: Random, venues: VenueIndex, { city, district, theme }: Charter): VenueFacts[] {
  const inCity = venues.openInCity.get(city) ?? [];
  const wanted = theme.kinds ?? (district ? researchKinds : undefined);
  const recruits = wanted ? inCity.filter((venue) => wanted.includes(venue.kind)) : inCity;
  const local = district ? random.sample(venues.openInDistrict.get(district) ?? [], 12) : [];
  const members = [...local, ...random.sample(recruits, district ? random.int(2, 4) : random.int(8, 15))];
  return [...new Map(members.map((venue) => [venue.id, venue])).values()];
}
