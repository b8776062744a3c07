import { readFileSync } from 'node:fs';
import { venueKinds, type VenueKind } from '../kit/platform/vocabulary.js';
import { Random, hashString } from './random.js';

export interface Point {
  lat: number;
  lon: number;
}

export interface RealVenue extends Point {
  nameZh: string;
  nameEn: string;
  kind: VenueKind;
  city: string;
  district: string;
}

export interface City {
  name: string;
  nameZh: string;
  centre: Point;
  areaCode: string;
  /** Share of generated venues and schools. */
  weight: number;
  districts: District[];
}

export interface District {
  city: City;
  name: string;
  nameZh: string;
  /** Urban core rather than suburb or county; rural schools are drawn from the others. */
  central: boolean;
  realVenues: RealVenue[];
  /** Where generated places go when the district has no real venue to cluster around. */
  anchor: Point;
}

/** Centres and shares from the reference data's README; area codes are the cities' telephone prefixes. */
const cityFacts: Record<string, Omit<City, 'name' | 'nameZh' | 'districts'>> = {
  Beijing: { centre: { lat: 39.904, lon: 116.407 }, areaCode: '010', weight: 32 },
  Chongqing: { centre: { lat: 29.563, lon: 106.551 }, areaCode: '023', weight: 27 },
  Tianjin: { centre: { lat: 39.084, lon: 117.201 }, areaCode: '022', weight: 22 },
  Guiyang: { centre: { lat: 26.647, lon: 106.63 }, areaCode: '0851', weight: 13 },
  Jinchang: { centre: { lat: 38.52, lon: 102.188 }, areaCode: '0935', weight: 6 },
};

const centralDistricts = new Set([
  'Beijing/Dongcheng', 'Beijing/Xicheng', 'Beijing/Chaoyang', 'Beijing/Haidian', 'Beijing/Fengtai', 'Beijing/Shijingshan',
  'Chongqing/Yuzhong', 'Chongqing/Jiangbei', 'Chongqing/Shapingba', 'Chongqing/Jiulongpo', "Chongqing/Nan'an", 'Chongqing/Dadukou',
  'Tianjin/Heping', 'Tianjin/Hexi', 'Tianjin/Nankai', 'Tianjin/Hedong', 'Tianjin/Hebei', 'Tianjin/Hongqiao',
  'Guiyang/Nanming', 'Guiyang/Yunyan', 'Guiyang/Guanshanhu',
  'Jinchang/Jinchuan',
]);

export interface Places {
  cities: City[];
  districts: District[];
  realVenues: RealVenue[];
}

/** The five cities, their real districts and their real venues, from the committed reference files. */
export function loadPlaces(): Places {
  const realVenues = readCsv('venues.csv').map(toRealVenue);
  const cities = new Map<string, City>();
  const districts: District[] = [];
  for (const row of readCsv('districts.csv')) {
    const city = cities.get(row.city!) ?? newCity(row.city!, row.city_zh!);
    cities.set(city.name, city);
    const district = newDistrict(city, row.district!, row.district_zh!, realVenues);
    city.districts.push(district);
    districts.push(district);
  }
  return { cities: [...cities.values()], districts, realVenues };
}

/** A point about `spread` degrees around one of the district's real venues, or around its anchor. */
export function pointIn(random: Random, district: District, spread: number): Point {
  const base = district.realVenues.length > 0 ? random.pick(district.realVenues) : district.anchor;
  return { lat: round5(base.lat + random.float(-spread, spread)), lon: round5(base.lon + random.float(-spread, spread)) };
}

function newCity(name: string, nameZh: string): City {
  const facts = cityFacts[name];
  if (!facts) throw new Error(`no centre known for city ${name}`);
  return { name, nameZh, ...facts, districts: [] };
}

function newDistrict(city: City, name: string, nameZh: string, realVenues: RealVenue[]): District {
  const own = realVenues.filter((venue) => venue.city === city.name && venue.district === name);
  const central = centralDistricts.has(`${city.name}/${name}`);
  return { city, name, nameZh, central, realVenues: own, anchor: anchorFor(city, name, central) };
}

/**
 * The reference data gives only city centres, so a district without a real venue sits at a fixed
 * offset from its centre: near it for the urban core, further out for suburbs and counties. The
 * offset depends on the district's name only, so the map is the same whatever the seed.
 */
function anchorFor(city: City, district: string, central: boolean): Point {
  const random = new Random(hashString(`${city.name}/${district}`));
  const [near, far] = central ? [0.02, 0.08] : [0.12, 0.3];
  const offset = () => random.float(near, far) * (random.chance(0.5) ? 1 : -1);
  return { lat: round5(city.centre.lat + offset()), lon: round5(city.centre.lon + offset()) };
}

function toRealVenue(row: Record<string, string>): RealVenue {
  const kind = row.kind!.toUpperCase() as VenueKind;
  if (!venueKinds.includes(kind)) throw new Error(`unknown venue kind ${row.kind} for ${row.name_zh}`);
  return {
    nameZh: row.name_zh!, nameEn: row.name_en!, kind, city: row.city!, district: row.district!,
    lat: Number(row.lat), lon: Number(row.lon),
  };
}

/** The reference files are plain comma-separated values without quoting. */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const values = line.split(',');
    if (values.length !== columns.length) throw new Error(`${file}: expected ${columns.length} fields in "${line}"`);
    return Object.fromEntries(columns.map((column, i) => [column, values[i]!]));
  });
}

function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
